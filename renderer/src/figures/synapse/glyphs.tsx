// Glyphs of the synapse drawing (receptors, the BiTE, activation markers, cytokines) and SVG text helpers:
// small pure React components drawn along +x from the membrane, in local drawing units.
import type { ReactNode } from 'react';
import { FONT_UNITS, type CytokineShape, type MARKERS } from './scene';
import { f1 } from './painter';

export function ReceptorGlyph({ kind }: { kind: 'cd19' | 'cd3' }): ReactNode {
  return (
    <>
      <line className="syn-receptor-stalk" x1={0} y1={0} x2={5.5} y2={0} />
      {kind === 'cd19' ? <rect className="syn-receptor-head" x={5} y={-3.2} width={5.5} height={6.4} rx={1.5} /> : <circle className="syn-receptor-head" cx={7.8} cy={0} r={3} />}
    </>
  );
}

/** Blinatumomab: anti-CD19 lobe (round, --dom-cd19) at 0, anti-CD3 lobe (diamond, --dom-cd3) at +13. */
export function BiteGlyph({ scale = 1 }: { scale?: number }): ReactNode {
  return (
    <g transform={scale === 1 ? undefined : `scale(${scale})`}>
      <line className="syn-bite-linker" x1={4.5} y1={0} x2={8.5} y2={0} />
      <ellipse className="syn-bite-cd19" cx={0} cy={0} rx={5} ry={4.2} />
      <path className="syn-bite-cd3" d="M8 0 L13 -5 L18 0 L13 5 Z" />
    </g>
  );
}

export function MarkerGlyph({ id }: { id: (typeof MARKERS)[number]['id'] }): ReactNode {
  switch (id) {
    case 'cd25':
      return <path className="syn-marker" d="M0 0 H7 M7 0 L12 -4 M7 0 L12 4" />;
    case 'cd69':
      return (
        <>
          <line className="syn-marker" x1={0} y1={0} x2={7} y2={0} />
          <rect className="syn-marker syn-marker-fill" x={7} y={-3} width={6} height={6} />
        </>
      );
    default:
      return (
        <>
          <line className="syn-marker" x1={0} y1={0} x2={12} y2={0} />
          <circle className="syn-marker syn-marker-fill" cx={6} cy={0} r={2.4} />
          <circle className="syn-marker syn-marker-fill" cx={11.5} cy={0} r={2.4} />
        </>
      );
  }
}

export function CytokineGlyph({ shape, size = 4.6 }: { shape: CytokineShape; size?: number }): ReactNode {
  const s = size;
  switch (shape) {
    case 'circle':
      return <circle r={s} />;
    case 'square':
      return <rect x={-s * 0.85} y={-s * 0.85} width={s * 1.7} height={s * 1.7} />;
    case 'triangle':
      return <path d={`M0 ${-s * 1.1} L${s} ${s * 0.75} L${-s} ${s * 0.75} Z`} />;
    case 'diamond':
      return <path d={`M0 ${-s * 1.15} L${s} 0 L0 ${s * 1.15} L${-s} 0 Z`} />;
    default: {
      const pts = Array.from({ length: 6 }, (_, k) => `${f1(s * Math.cos((k * Math.PI) / 3))},${f1(s * Math.sin((k * Math.PI) / 3))}`).join(' ');
      return <polygon points={pts} />;
    }
  }
}

/** Text with "K_D" written as K with a subscript D (HTML). */
export function withSubscripts(text: string): ReactNode[] {
  return text.split('K_D').flatMap((part, i) => (i === 0 ? [part] : [<span key={i}>K<sub>D</sub></span>, part]));
}

/** The same for SVG text: a lowered, smaller D. */
function svgSubscripts(text: string): ReactNode[] {
  return text.split('K_D').flatMap((part, i) =>
    i === 0
      ? [part]
      : [
          'K',
          <tspan key={`d${i}`} baselineShift="sub" fontSize="0.72em">
            D
          </tspan>,
          part,
        ],
  );
}

export function TextLines({ lines, x, y, anchor, className }: { lines: readonly string[]; x: number; y: number; anchor: 'start' | 'middle' | 'end'; className?: string }): ReactNode {
  return (
    <text className={`syn-text${className ? ` ${className}` : ''}`} x={x} y={y} textAnchor={anchor} fontSize={FONT_UNITS}>
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : FONT_UNITS * 1.15}>
          {svgSubscripts(i < lines.length - 1 ? `${l} ` : l)}
        </tspan>
      ))}
    </text>
  );
}


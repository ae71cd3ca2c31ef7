// The BiTE-structure diagram: blinatumomab beside an IgG from the pure layout (geometry.ts), parts as
// focusable buttons with roving tabindex, and the swinging group the figure's clock turns through a ref.
import { useMemo, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import {
  highlightedShapeIds,
  labelBox,
  partMassKDa,
  planParts,
  polylineToPath,
  roundedRectPath,
  swingTransform,
  type BiteStructureLayout,
  type Drawables,
  type DomainShape,
  type Layer,
  type LeaderLine,
  type LinkerShape,
  type OrientedBox,
  type TerminusMarker,
  type TextLabel,
} from './geometry';
import { PART_ORDER, PARTS, type PartId } from './parts';

const RING_PAD_UNITS = 5;

function inflate(box: OrientedBox, pad: number): OrientedBox {
  return {
    ...box,
    widthUnits: box.widthUnits + 2 * pad,
    heightUnits: box.heightUnits + 2 * pad,
    cornerRadiusUnits: box.cornerRadiusUnits + pad,
  };
}

function boxTransform(box: OrientedBox): string {
  return `translate(${box.cx.toFixed(2)} ${box.cy.toFixed(2)}) rotate(${box.rotationDeg})`;
}

function uprightTransform(label: TextLabel, swingDeg: number): string | undefined {
  if (!label.counterRotate || swingDeg === 0) return undefined;
  return `rotate(${(-swingDeg).toFixed(2)} ${label.x} ${label.y})`;
}

export function formatMass(massKDa: number | null): string {
  return massKDa === null ? 'no mass of its own' : `≈ ${massKDa.toFixed(1)} kDa`;
}

export interface BiteStructureDiagramProps {
  layout: BiteStructureLayout;
  uid: string;
  hintId: string;
  selected: PartId | null;
  /** The part that takes Tab focus (roving tabindex). */
  active: PartId;
  /** Angle drawn at render; the clock moves the group per frame through `swingGroupRef`. */
  swingDeg: number;
  swingGroupRef: RefObject<SVGGElement | null>;
  partRefs: RefObject<Map<PartId, SVGGElement>>;
  onSelect: (part: PartId) => void;
  onFocusPart: (part: PartId) => void;
  onActivate: (part: PartId) => void;
  onPartKeyDown: (event: KeyboardEvent<SVGGElement>, part: PartId) => void;
}

export function patternIdFor(uid: string, name: string): string {
  return `bs-${uid}-${name}`;
}

export function BiteStructureDiagram(props: BiteStructureDiagramProps): ReactNode {
  const { layout, uid, hintId, selected, active, swingDeg, swingGroupRef, partRefs } = props;
  const setSelected = props.onSelect;
  const focusPart = props.onFocusPart;
  const onPartKeyDown = props.onPartKeyDown;
  const patternId = (name: string): string => patternIdFor(uid, name);
  const plans = useMemo(() => planParts(layout, PART_ORDER), [layout]);
  const highlighted = useMemo(() => (selected ? highlightedShapeIds(layout, selected) : new Set<string>()), [layout, selected]);

  // ── drawing helpers ──
  const renderDomain = (d: DomainShape): ReactNode => {
    const pattern = d.kind === 'cd19' || d.kind === 'cd3' || d.kind === 'fc' ? patternId(d.kind) : null;
    const path = roundedRectPath(d);
    const isHi = highlighted.has(d.id);
    return (
      <g key={d.id} className={`bs-dom bs-dom--${d.kind}${isHi ? ' is-selected' : ''}`} transform={boxTransform(d)}>
        <path className="bs-ring" d={roundedRectPath(inflate(d, RING_PAD_UNITS))} />
        <path className="bs-dom-fill" d={path} />
        {pattern && <path className="bs-dom-pattern" d={path} fill={`url(#${pattern})`} />}
        <path className="bs-dom-outline" d={path} />
        <text className="bs-dom-label" textAnchor="middle" dominantBaseline="central" fontSize={layout.fontUnits} transform={`rotate(${-d.rotationDeg})`}>
          {d.label}
        </text>
      </g>
    );
  };

  const renderLinker = (k: LinkerShape): ReactNode => {
    const d = polylineToPath(k.points);
    return (
      <g key={k.id} className={`bs-linker${highlighted.has(k.id) ? ' is-selected' : ''}`}>
        <path className="bs-ring bs-ring--stroke" d={d} style={{ strokeWidth: k.widthUnits + 2 * RING_PAD_UNITS }} />
        <path className="bs-linker-halo" d={d} style={{ strokeWidth: k.widthUnits + 4 }} />
        <path className="bs-linker-band" d={d} style={{ strokeWidth: k.widthUnits }} />
      </g>
    );
  };

  const renderLabel = (label: TextLabel, withRing: boolean): ReactNode => {
    const box = labelBox(label);
    const text = (
      <text
        className={`bs-text${label.bold ? ' bs-text--bold' : ''}${label.partId && label.partId === selected ? ' is-selected' : ''}`}
        x={label.x}
        y={label.y}
        textAnchor={label.anchor}
        fontSize={label.fontUnits}
      >
        {label.lines.map((line, i) => (
          <tspan key={i} x={label.x} dy={i === 0 ? 0 : layout.lineHeightUnits} className={label.boldFirstLine && i === 0 ? 'bs-text--bold' : undefined}>
            {/* a space between lines keeps words apart for text extraction (accessible-name checks) */}
            {i < label.lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    );
    const ring = withRing ? (
      <rect className="bs-ring" x={box.x - 4} y={box.y - 3} width={box.width + 8} height={box.height + 6} rx={5} />
    ) : null;
    if (!label.counterRotate) {
      return (
        <g key={label.id}>
          {ring}
          {text}
        </g>
      );
    }
    return (
      <g key={label.id} data-upright="" data-ax={label.x} data-ay={label.y} transform={uprightTransform(label, swingDeg)}>
        {ring}
        {text}
      </g>
    );
  };

  const renderLeader = (ld: LeaderLine): ReactNode => (
    <path key={ld.id} className={`bs-leader${ld.partId === 'igg-hinge' && !ld.id.includes('leader') ? ' bs-leader--chain' : ''}`} d={polylineToPath(ld.points)} />
  );

  const renderTerminus = (t: TerminusMarker): ReactNode => (
    <g key={t.partId} className={`bs-terminus${t.partId === selected ? ' is-selected' : ''}`}>
      <path className="bs-leader bs-leader--chain" d={polylineToPath(t.stub)} />
      <circle className="bs-ring" cx={t.x} cy={t.y} r={t.radiusUnits + RING_PAD_UNITS} />
      <circle className="bs-terminus-circle" cx={t.x} cy={t.y} r={t.radiusUnits} />
      <text className="bs-text bs-text--bold" x={t.x} y={t.y} textAnchor="middle" dominantBaseline="central" fontSize={layout.fontUnits}>
        {t.letter}
      </text>
    </g>
  );

  const renderNoFc = (): ReactNode => {
    const b = layout.noFcBox;
    return (
      <g key="no-fc" className={`bs-nofc${selected === 'bite-no-fc' ? ' is-selected' : ''}`}>
        <rect className="bs-ring" x={b.x - 4} y={b.y - 4} width={b.width + 8} height={b.height + 8} rx={10} />
        <rect className="bs-nofc-box" x={b.x} y={b.y} width={b.width} height={b.height} rx={8} />
      </g>
    );
  };

  const renderDrawables = (p: Drawables, withRings: boolean): ReactNode[] => [
    ...p.linkers.map(renderLinker),
    ...p.leaders.map(renderLeader),
    ...p.domains.map(renderDomain),
    ...p.termini.map(renderTerminus),
    ...(p.noFc ? [renderNoFc()] : []),
    ...p.labels.map((l) => renderLabel(l, withRings)),
  ];

  const hasDrawables = (p: Drawables): boolean =>
    p.domains.length + p.linkers.length + p.labels.length + p.leaders.length + p.termini.length > 0 || p.noFc;

  const renderLayer = (layer: Layer): ReactNode[] =>
    PART_ORDER.flatMap((pid) => {
      const plan = plans.get(pid);
      if (!plan) return [];
      const out: ReactNode[] = [];
      const extras = plan.extras[layer];
      if (hasDrawables(extras)) {
        // Shapes that belong to the part but sit outside its focusable element (see planParts).
        out.push(
          <g key={`${pid}-extra`} className="bs-part-extra" data-part-extra={pid} onPointerEnter={() => setSelected(pid)} onClick={() => focusPart(pid)}>
            {renderDrawables(extras, false)}
          </g>,
        );
      }
      if (plan.focusLayer !== layer) return out;
      const part = PARTS[pid];
      out.push(
        <g
          key={pid}
          ref={(el) => {
            if (el) partRefs.current.set(pid, el);
            else partRefs.current.delete(pid);
          }}
          className={`bs-part${selected === pid ? ' is-current' : ''}`}
          role="button"
          aria-label={`${part.name}, ${formatMass(partMassKDa(layout, pid))}`}
          tabIndex={active === pid ? 0 : -1}
          data-part={pid}
          onFocus={() => props.onActivate(pid)}
          onPointerEnter={() => setSelected(pid)}
          onClick={() => setSelected(pid)}
          onKeyDown={(e) => onPartKeyDown(e, pid)}
        >
          {plan.ringBoxes.map((box, i) => (
            <path key={`ring-${i}`} className="bs-ring" d={roundedRectPath(inflate(box, RING_PAD_UNITS))} transform={boxTransform(box)} />
          ))}
          {renderDrawables(plan.focus, true)}
        </g>,
      );
      return out;
    });

  const hatch = (name: string, body: ReactNode, size: number, rotateDeg = 0): ReactNode => (
    <pattern id={patternId(name)} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform={rotateDeg ? `rotate(${rotateDeg})` : undefined}>
      {body}
    </pattern>
  );


  return (
    <div className="bs-scroll">
        <svg
          className="bs-svg"
          viewBox={`0 0 ${layout.viewBox.width} ${layout.viewBox.height}`}
          role="group"
          aria-label="Structure diagram of blinatumomab and an IgG"
          aria-describedby={hintId}
        >
          <defs>
            {hatch('cd19', <line className="bs-hatch" x1={0} y1={0} x2={0} y2={7} />, 7, 45)}
            {hatch('cd3', <circle className="bs-dot" cx={3.5} cy={3.5} r={1.4} />, 7)}
            {hatch(
              'fc',
              <>
                <line className="bs-hatch" x1={0} y1={0} x2={0} y2={8} />
                <line className="bs-hatch" x1={0} y1={0} x2={8} y2={0} />
              </>,
              8,
              45,
            )}
          </defs>
          <g className="bs-static">{renderLayer('static')}</g>
          <g ref={swingGroupRef} className="bs-swing" transform={swingTransform(layout.pivot, swingDeg)}>
            {renderLayer('swing')}
          </g>
          <circle className="bs-pivot" cx={layout.pivot[0]} cy={layout.pivot[1]} r={layout.linkers[0].widthUnits / 2 + 0.5} />
          <g className="bs-static-captions" aria-hidden="true">
            {layout.labels.filter((l) => l.partId === null).map((l) => renderLabel(l, false))}
            <g transform={boxTransform(layout.scaleKey.box)}>
              <path className="bs-scale-shape" d={roundedRectPath(layout.scaleKey.box)} />
            </g>
            {renderLabel(layout.scaleKey.caption, false)}
          </g>
        </svg>
      </div>
  );
}

// Thin render layer of the immune-synapse figure: React draws the structure once; the figure clock (story
// units, one per stage, mapped to hours after infusion start) moves every element through refs each frame.
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { simulate, type Trajectory } from '../../model';
import { useReducedMotion } from '../../app/prefs';
import { FigureFrame } from '../../ui/FigureFrame';
import { TimeControls } from '../../ui/TimeControls';
import { useClockState, useFigureClock, type FigureClock } from '../../ui/clock';
import { describeSynapse, formatConcentration, formatElapsed, formatEngagement, formatPercent, scaleNote, stageTable } from './describe';
import {
  ADHESION_OFFSETS,
  BLAST,
  BYSTANDER,
  CALLOUTS,
  COUNTS,
  CYTOKINES,
  FONT_UNITS,
  LABELLED_RECEPTORS,
  MAGNIFICATION,
  MAGNIFIER,
  MARKERS,
  NEXT_BLAST,
  VIEW,
  drawnProgress,
  receptorKinds,
  sceneAt,
  type CalloutId,
  type CircleState,
  type CytokineShape,
  type Placement,
  type Scene,
} from './scene';
import {
  DEFAULT_DOSE,
  DOSE_OPTIONS,
  DOSE_ORDER,
  STORY_END,
  buildTimeline,
  cytokineDotCount,
  drawingLevels,
  hoursAtProgress,
  readoutAt,
  simulationInputFor,
  stageIndexAt,
  timelineLandmarks,
  type SynapseDose,
  type SynapseTimeline,
} from './schedule';
import { STAGES, STAGE_COUNT } from './stages';
import './synapse.css';

export interface SynapseFigureProps {
  /** Element id of the figure (default "fig-synapse"). */
  id?: string;
  title?: string;
  caption?: ReactNode;
  sources?: ReactNode;
  /** Infusion rate shown first (default: the full dose, 28 µg/day). */
  initialDose?: SynapseDose;
}

/** Seconds of playing time per stage at speed 1. */
export const SECONDS_PER_STAGE = 5;

interface SynapseModel {
  tr: Trajectory;
  timeline: SynapseTimeline;
}

function buildModel(dose: SynapseDose): SynapseModel {
  const tr = simulate(simulationInputFor(dose));
  return { tr, timeline: buildTimeline(tr, dose) };
}

function sanitizeId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]/g, '');
}

const f1 = (v: number): string => (Math.round(v * 10) / 10).toString();
const f2 = (v: number): string => (Math.round(v * 100) / 100).toString();

function setIfChanged(el: Element | null | undefined, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function place(el: Element | null | undefined, pl: Placement, rotate = true): void {
  setIfChanged(el, 'transform', rotate ? `translate(${f1(pl.x)} ${f1(pl.y)}) rotate(${f1(pl.angleDeg)})` : `translate(${f1(pl.x)} ${f1(pl.y)})`);
  setIfChanged(el, 'opacity', f2(pl.opacity));
}

function circle(el: Element | null | undefined, c: CircleState): void {
  setIfChanged(el, 'cx', f1(c.x));
  setIfChanged(el, 'cy', f1(c.y));
  setIfChanged(el, 'r', f1(Math.max(0, c.r)));
  setIfChanged(el, 'opacity', f2(c.opacity));
}

// ── Glyphs (drawn along +x from the membrane, in local units) ─────────────────────────────────────────
function ReceptorGlyph({ kind }: { kind: 'cd19' | 'cd3' }): ReactNode {
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

function MarkerGlyph({ id }: { id: (typeof MARKERS)[number]['id'] }): ReactNode {
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

function CytokineGlyph({ shape, size = 4.6 }: { shape: CytokineShape; size?: number }): ReactNode {
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
function withSubscripts(text: string): ReactNode[] {
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

function TextLines({ lines, x, y, anchor, className }: { lines: readonly string[]; x: number; y: number; anchor: 'start' | 'middle' | 'end'; className?: string }): ReactNode {
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

// ── The drawing ──────────────────────────────────────────────────────────────────────────────────────
interface DrawingProps {
  clock: FigureClock;
  model: SynapseModel;
  reducedMotion: boolean;
  titleId: string;
}

interface DrawingRefs {
  tCell: SVGGElement | null;
  tOutline: SVGPathElement | null;
  tLabel: SVGTextElement | null;
  blastOutline: SVGPathElement | null;
  nucleus: SVGCircleElement | null;
  fragments: (SVGCircleElement | null)[];
  bodies: (SVGCircleElement | null)[];
  receptors: (SVGGElement | null)[];
  receptorLabels: (SVGTextElement | null)[];
  bites: (SVGGElement | null)[];
  granules: (SVGCircleElement | null)[];
  granzymes: (SVGCircleElement | null)[];
  pores: (SVGGElement | null)[];
  caspases: (SVGGElement | null)[];
  markers: (SVGGElement | null)[];
  markerLabels: (SVGTextElement | null)[];
  cytokines: (SVGGElement | null)[];
  cytokineLegend: SVGGElement | null;
  adhesion: (SVGGElement | null)[];
  callouts: Partial<Record<CalloutId, SVGGElement | null>>;
  leaders: Partial<Record<CalloutId, SVGPathElement | null>>;
}

function emptyRefs(): DrawingRefs {
  return {
    tCell: null,
    tOutline: null,
    tLabel: null,
    blastOutline: null,
    nucleus: null,
    fragments: [],
    bodies: [],
    receptors: [],
    receptorLabels: [],
    bites: [],
    granules: [],
    granzymes: [],
    pores: [],
    caspases: [],
    markers: [],
    markerLabels: [],
    cytokines: [],
    cytokineLegend: null,
    adhesion: [],
    callouts: {},
    leaders: {},
  };
}

function applyScene(refs: DrawingRefs, scene: Scene): void {
  setIfChanged(refs.tOutline, 'd', scene.tCell.outline);
  setIfChanged(refs.tCell, 'transform', `translate(${f1(scene.tCell.x)} ${f1(scene.tCell.y)})`);
  setIfChanged(refs.blastOutline, 'd', scene.blast.outline);
  circle(refs.nucleus, scene.blast.nucleus);
  scene.blast.nucleusFragments.forEach((c, i) => circle(refs.fragments[i], c));
  scene.blast.bodies.forEach((c, i) => circle(refs.bodies[i], c));
  scene.receptors.forEach((pl, i) => place(refs.receptors[i], pl));
  const labelFor = (index: number, el: SVGTextElement | null | undefined, dx: number, dy: number): void => {
    const pl = scene.receptors[index];
    if (!pl || !el) return;
    const a = (pl.angleDeg * Math.PI) / 180;
    setIfChanged(el, 'x', f1(pl.x + Math.cos(a) * 14 + dx));
    setIfChanged(el, 'y', f1(pl.y + Math.sin(a) * 14 + dy));
  };
  labelFor(LABELLED_RECEPTORS.blastCd19, refs.receptorLabels[0], 0, 5);
  labelFor(LABELLED_RECEPTORS.tCd3, refs.receptorLabels[1], -2, 4);
  setIfChanged(refs.receptorLabels[0], 'opacity', f2(scene.receptorLabelOpacity.cd19));
  setIfChanged(refs.receptorLabels[1], 'opacity', f2(scene.receptorLabelOpacity.cd3));
  scene.bites.forEach((pl, i) => place(refs.bites[i], pl));
  scene.granules.forEach((pl, i) => circle(refs.granules[i], { x: pl.x, y: pl.y, r: 5, opacity: pl.opacity }));
  scene.granzymes.forEach((pl, i) => circle(refs.granzymes[i], { x: pl.x, y: pl.y, r: 2.8, opacity: pl.opacity }));
  scene.pores.forEach((pl, i) => place(refs.pores[i], pl));
  scene.caspases.forEach((pl, i) => place(refs.caspases[i], pl));
  scene.markers.forEach((pl, i) => place(refs.markers[i], pl));
  scene.markerLabels.forEach((pl, i) => place(refs.markerLabels[i], pl, false));
  scene.cytokines.forEach((pl, i) => place(refs.cytokines[i], pl, false));
  setIfChanged(refs.cytokineLegend, 'opacity', f2(scene.cytokineLegendOpacity));
  scene.adhesion.forEach((pair, i) => {
    const el = refs.adhesion[i];
    if (!el) return;
    const midX = (pair.t.x + pair.blast.x) / 2;
    const midY = (pair.t.y + pair.blast.y) / 2;
    setIfChanged(el, 'opacity', f2(pair.opacity));
    const lines = el.querySelectorAll('path');
    setIfChanged(lines[0], 'd', `M${f1(pair.t.x)} ${f1(pair.t.y)} L${f1(midX - 2)} ${f1(midY)}`);
    setIfChanged(lines[1], 'd', `M${f1(pair.blast.x)} ${f1(pair.blast.y)} L${f1(midX + 2)} ${f1(midY)}`);
  });
  for (const c of CALLOUTS) {
    setIfChanged(refs.callouts[c.id], 'opacity', f2(scene.callouts[c.id]));
    const target = scene.leaderTargets[c.id];
    setIfChanged(refs.leaders[c.id], 'd', `M${f1(c.from.x)} ${f1(c.from.y)} L${f1(target.x)} ${f1(target.y)}`);
  }
}

const SynapseDrawing = memo(function SynapseDrawing({ clock, model, reducedMotion, titleId }: DrawingProps): ReactNode {
  const refs = useRef<DrawingRefs>(emptyRefs());
  const uid = sanitizeId(useId());
  const worldId = `${uid}-world`;
  const clipId = `${uid}-clip`;
  const M = MAGNIFIER;
  const kinds = useMemo(() => receptorKinds(), []);

  useEffect(() => {
    const { tr, timeline } = model;
    return clock.onTime((progress) => {
      // With reduced motion the drawing is one still frame per stage: the stage's keyframe, model and all.
      const drawn = drawnProgress(progress, reducedMotion);
      const readout = readoutAt(tr, timeline, hoursAtProgress(timeline, drawn));
      const levels = drawingLevels(readout);
      const scene = sceneAt({
        progress: drawn,
        freeLevel: levels.freeLevel,
        boundLevel: levels.boundLevel,
        cytokineDots: cytokineDotCount(readout.il6PgPerMl, timeline.il6BasePgPerMl),
      });
      applyScene(refs.current, scene);
    });
  }, [clock, model, reducedMotion]);

  const r = refs.current;
  const bind =
    <K extends keyof DrawingRefs>(key: K, index: number) =>
    (el: Element | null): void => {
      (r[key] as (Element | null)[])[index] = el;
    };

  return (
    <svg className="syn-svg" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="img" aria-labelledby={titleId}>
      <defs>
        <clipPath id={clipId}>
          <circle cx={M.source.x} cy={M.source.y} r={M.sourceRadius} />
        </clipPath>
      </defs>
      {/* everything that moves with the cells; the magnifier shows it again, enlarged */}
      <g id={worldId}>
        {/* free drug in the fluid */}
        <g className="syn-free-bites">
          {Array.from({ length: COUNTS.freeBites }, (_, i) => (
            <g key={i} ref={bind('bites', i)} opacity={0}>
              <BiteGlyph />
            </g>
          ))}
        </g>

        {/* the CD19-negative bystander: never bound, never killed */}
        <g className="syn-bystander">
          <circle className="syn-cell syn-cell--bystander" cx={BYSTANDER.x} cy={BYSTANDER.y} r={BYSTANDER.r} />
          <circle className="syn-nucleus syn-nucleus--bystander" cx={BYSTANDER.x - 4} cy={BYSTANDER.y - 3} r={24} />
          <TextLines lines={['CD19⁻ bystander:', 'no CD19, never bound']} x={BYSTANDER.x} y={BYSTANDER.y + BYSTANDER.r + 20} anchor="middle" />
        </g>

        {/* the next CD19+ blast */}
        <g className="syn-next">
          <circle className="syn-cell syn-cell--blast" cx={NEXT_BLAST.x} cy={NEXT_BLAST.y} r={NEXT_BLAST.r} />
          <circle className="syn-nucleus syn-nucleus--blast" cx={NEXT_BLAST.x + 4} cy={NEXT_BLAST.y - 2} r={32} />
          <TextLines lines={['next CD19⁺ blast']} x={NEXT_BLAST.x} y={NEXT_BLAST.y - NEXT_BLAST.r - 20} anchor="middle" />
        </g>

        {/* the target blast */}
        <g className="syn-blast">
          {Array.from({ length: COUNTS.bodies }, (_, i) => (
            <circle key={i} className="syn-cell syn-cell--blast syn-body" ref={bind('bodies', i)} cx={BLAST.x} cy={BLAST.y} r={0} opacity={0} />
          ))}
          <path className="syn-cell syn-cell--blast" ref={(el) => void (r.blastOutline = el)} />
          <circle className="syn-nucleus syn-nucleus--blast" ref={(el) => void (r.nucleus = el)} cx={BLAST.x + 8} cy={BLAST.y - 6} r={46} />
          {Array.from({ length: COUNTS.nucleusFragments }, (_, i) => (
            <circle key={i} className="syn-fragment" ref={bind('fragments', i)} cx={BLAST.x} cy={BLAST.y} r={0} opacity={0} />
          ))}
          {Array.from({ length: COUNTS.caspases }, (_, i) => (
            <g key={i} ref={bind('caspases', i)} opacity={0}>
              <path className="syn-caspase" d="M-6 0 H6 M-3 -5.2 L3 5.2 M-3 5.2 L3 -5.2" />
            </g>
          ))}
          {Array.from({ length: COUNTS.granzymes }, (_, i) => (
            <circle key={i} className="syn-granzyme" ref={bind('granzymes', i)} r={2.8} opacity={0} />
          ))}
        </g>

        {/* the T cell (moves as one group; its outline is redrawn to flatten at the synapse) */}
        <path className="syn-cell syn-cell--t" ref={(el) => void (r.tOutline = el)} />
        <g ref={(el) => void (r.tCell = el)} data-syn="t-cell">
          <path className="syn-nucleus syn-nucleus--t" d="M-30 -8 C-30 -30 -6 -36 8 -28 C20 -22 22 -8 14 0 C22 8 18 24 2 26 C-18 28 -30 14 -30 -8 Z" />
          <text className="syn-text syn-text--cell" ref={(el) => void (r.tLabel = el)} x={-4} y={48} textAnchor="middle" fontSize={FONT_UNITS}>
            T cell
          </text>
        </g>
        {Array.from({ length: COUNTS.granules }, (_, i) => (
          <circle key={i} className="syn-granule" ref={bind('granules', i)} r={5} />
        ))}

        {/* receptors on every cell; the drug bound to them; adhesion at the synapse's rim */}
        <g className="syn-receptors">
          {kinds.map((kind, i) => (
            <g key={i} ref={bind('receptors', i)} className={`syn-receptor syn-receptor--${kind}`}>
              <ReceptorGlyph kind={kind} />
            </g>
          ))}
        </g>
        {ADHESION_OFFSETS.map((_, i) => (
          <g key={i} className="syn-adhesion" ref={bind('adhesion', i)} opacity={0}>
            <path className="syn-adhesion-lfa1" />
            <path className="syn-adhesion-icam" />
          </g>
        ))}
        {Array.from({ length: COUNTS.pores }, (_, i) => (
          <g key={i} ref={bind('pores', i)} opacity={0}>
            <rect className="syn-pore" x={-3} y={-3} width={6} height={6} rx={2.5} />
          </g>
        ))}
        <g className="syn-bound-bites">
          {Array.from({ length: COUNTS.ringBites + COUNTS.bridgeBites + COUNTS.nextBites }, (_, i) => (
            <g key={i} ref={bind('bites', COUNTS.freeBites + i)} opacity={0}>
              <BiteGlyph />
            </g>
          ))}
        </g>
        {MARKERS.map((mk, i) => (
          <g key={mk.id} ref={bind('markers', i)} opacity={0}>
            <g transform="scale(1.6)">
              <MarkerGlyph id={mk.id} />
            </g>
          </g>
        ))}
        {MARKERS.map((mk, i) => (
          <text key={mk.id} className="syn-text syn-text--marker" ref={bind('markerLabels', i)} x={0} y={0} textAnchor="middle" fontSize={FONT_UNITS} opacity={0}>
            {mk.name}
          </text>
        ))}
      </g>

      {/* the cleft, enlarged */}
      <circle className="syn-mag-source" cx={M.source.x} cy={M.source.y} r={M.sourceRadius} />
      <g className="syn-magnifier">
        <circle className="syn-mag-bg" cx={M.centre.x} cy={M.centre.y} r={M.radius} />
        <g transform={`translate(${M.centre.x} ${M.centre.y}) scale(${f2(MAGNIFICATION)}) translate(${-M.source.x} ${-M.source.y})`}>
          <use href={`#${worldId}`} clipPath={`url(#${clipId})`} />
        </g>
        <circle className="syn-mag-ring" cx={M.centre.x} cy={M.centre.y} r={M.radius} />
        <text className="syn-text syn-text--small" x={M.centre.x + M.radius * 0.72} y={M.centre.y + M.radius + 2} textAnchor="start" fontSize={FONT_UNITS}>
          ×{MAGNIFICATION.toFixed(1)}
        </text>
      </g>

      <text className="syn-text syn-text--small" ref={bind('receptorLabels', 0)} textAnchor="start" fontSize={FONT_UNITS}>
        CD19
      </text>
      <text className="syn-text syn-text--small" ref={bind('receptorLabels', 1)} textAnchor="end" fontSize={FONT_UNITS}>
        CD3
      </text>

      {/* cytokines released by the activated T cell (count ∝ the model's serum IL-6) */}
      <g className="syn-cytokines">
        {Array.from({ length: COUNTS.cytokines }, (_, i) => {
          const c = CYTOKINES[i % CYTOKINES.length]!;
          return (
            <g key={i} ref={bind('cytokines', i)} className={`syn-cytokine syn-cytokine--${c.id}`} opacity={0}>
              <CytokineGlyph shape={c.shape} />
            </g>
          );
        })}
      </g>
      <g className="syn-cytokine-legend" ref={(el) => void (r.cytokineLegend = el)} opacity={0}>
        <text className="syn-text syn-text--bold" x={18} y={298} fontSize={FONT_UNITS}>
          cytokines
        </text>
        {CYTOKINES.map((c, i) => (
          <g key={c.id} transform={`translate(26 ${318 + i * 20})`}>
            <g className={`syn-cytokine syn-cytokine--${c.id}`}>
              <CytokineGlyph shape={c.shape} size={5.5} />
            </g>
            <text className="syn-text" x={14} y={5} fontSize={FONT_UNITS}>
              {c.name}
            </text>
          </g>
        ))}
      </g>

      {/* static labels */}
      <TextLines lines={['CD19⁺ leukaemic', 'blast (target)']} x={628} y={162} anchor="start" className="syn-text--bold" />

      {/* stage callouts */}
      {CALLOUTS.map((c) => (
        <g key={c.id} className="syn-callout" ref={(el) => void (r.callouts[c.id] = el)} opacity={0}>
          <path className="syn-leader" ref={(el) => void (r.leaders[c.id] = el)} />
          <TextLines lines={c.lines} x={c.x} y={c.y} anchor={c.anchor} />
        </g>
      ))}
    </svg>
  );
});

// ── Live readouts ────────────────────────────────────────────────────────────────────────────────────
interface ReadoutRow {
  id: 'time' | 'conc' | 'cd19' | 'cd3' | 'ek' | 'il6';
  label: ReactNode;
  bar: boolean;
}

const READOUT_ROWS: readonly ReadoutRow[] = [
  { id: 'time', label: 'Time after infusion start', bar: false },
  { id: 'conc', label: 'Serum blinatumomab', bar: true },
  {
    id: 'cd19',
    label: (
      <>
        CD19 bound (anti-CD19 arm, K<sub>D</sub> 1.49 nM)
      </>
    ),
    bar: true,
  },
  {
    id: 'cd3',
    label: (
      <>
        CD3 bound (anti-CD3 arm, K<sub>D</sub> 260 nM)
      </>
    ),
    bar: true,
  },
  { id: 'ek', label: 'Killing engagement Ek', bar: true },
  { id: 'il6', label: 'Serum IL-6 (from all T cells)', bar: true },
];

const SynapseReadouts = memo(function SynapseReadouts({ clock, model }: { clock: FigureClock; model: SynapseModel }): ReactNode {
  const values = useRef(new Map<ReadoutRow['id'], HTMLElement | null>());
  const notes = useRef(new Map<ReadoutRow['id'], HTMLElement | null>());
  const bars = useRef(new Map<ReadoutRow['id'], HTMLElement | null>());

  useEffect(() => {
    const { tr, timeline } = model;
    const il6Scale = Math.max(50, (timeline.il6PeakPgPerMl ?? 100) * 1.1);
    return clock.onTime((progress) => {
      const r = readoutAt(tr, timeline, hoursAtProgress(timeline, progress));
      const set = (id: ReadoutRow['id'], value: string, note: string, barFraction?: number): void => {
        const v = values.current.get(id);
        if (v && v.textContent !== value) v.textContent = value;
        const n = notes.current.get(id);
        if (n && n.textContent !== note) n.textContent = note;
        const b = bars.current.get(id);
        if (b && barFraction !== undefined) b.style.width = `${Math.min(100, Math.max(0, barFraction * 100)).toFixed(2)}%`;
      };
      set('time', formatElapsed(r.hours), `(${(r.hours / 24).toFixed(2)} days)`);
      set('conc', `${formatConcentration(r.concentrationPgPerMl)} pg/mL`, `${r.concentrationPicomolar.toFixed(1)} pM · ${Math.round(r.fractionOfSteadyState * 100)} % of steady state`, r.fractionOfSteadyState);
      set('cd19', `${formatPercent(r.cd19Occupancy)} %`, 'bar: 0–100 % of CD19', r.cd19Occupancy);
      set('cd3', `${formatPercent(r.cd3Occupancy)} %`, 'bar: 0–100 % of CD3', r.cd3Occupancy);
      set('ek', formatEngagement(r.killingEngagement), `C/(C + ${formatConcentration(timeline.ec50KillPgPerMl)} pg/mL): share of contacts that engage`, r.killingEngagement);
      set('il6', `${formatConcentration(r.il6PgPerMl)} pg/mL`, 'one drawn cytokine dot per 8 pg/mL', r.il6PgPerMl / il6Scale);
    });
  }, [clock, model]);

  return (
    <dl className="syn-readouts">
      {READOUT_ROWS.map((row) => (
        <div key={row.id} className={`syn-ro syn-ro--${row.id}`}>
          <dt>{row.label}</dt>
          <dd>
            <span className="syn-ro-value" ref={(el) => void values.current.set(row.id, el)} />
            {row.bar && (
              <span className="syn-bar" aria-hidden="true">
                <span className="syn-bar-fill" ref={(el) => void bars.current.set(row.id, el)} />
              </span>
            )}
            <span className="syn-ro-note" ref={(el) => void notes.current.set(row.id, el)} />
          </dd>
        </div>
      ))}
    </dl>
  );
});

// ── The figure ───────────────────────────────────────────────────────────────────────────────────────
export function SynapseFigure({
  id = 'fig-synapse',
  title = 'The immune synapse, stage by stage, during the first day of the infusion',
  caption = 'One T cell meets a CD19⁺ leukaemic blast after the infusion starts. The drug level, receptor occupancy, killing engagement and IL-6 come from the atlas model at each moment, and the model sets when each stage is reached. Every stage gets the same share of the timeline, so the timeline is not to scale in hours.',
  sources = 'Sources: liu2023 (dissociation constants 1.49 nM and 260 nM), dreier2002 (affinity range; half-maximal lysis at 10–50 pg/mL), ribera2015 (activation markers, cytokines, perforin, granzyme, caspases; PK), hoffmann2005 (serial killing; CD19⁻ bystanders spared), atlas-model (concentration, Ek, IL-6 and the stage times).',
  initialDose = DEFAULT_DOSE,
}: SynapseFigureProps): ReactNode {
  const reducedMotion = useReducedMotion();
  const uid = sanitizeId(useId());
  const [dose, setDose] = useState<SynapseDose>(initialDose);
  const model = useMemo(() => buildModel(dose), [dose]);
  const { tr, timeline } = model;
  const landmarks = useMemo(() => timelineLandmarks(timeline), [timeline]);
  const clock = useFigureClock(
    { endDays: STORY_END, daysPerSecond: 1 / SECONDS_PER_STAGE, stepDays: 1, landmarks: landmarks.map((l) => l.progress) },
    reducedMotion,
  );

  // A new dose makes a new clock (its landmarks move): keep the reader at the same place in the story.
  const lastProgress = useRef(0);
  useEffect(() => {
    clock.seek(lastProgress.current);
    return clock.onTime((t) => {
      lastProgress.current = t;
    });
  }, [clock]);

  const state = useClockState(clock, 250);
  const progress = state.t;
  const stageIndex = stageIndexAt(progress);
  const stage = STAGES[stageIndex]!;
  const readout = readoutAt(tr, timeline, hoursAtProgress(timeline, progress));
  const description = describeSynapse({ readout, stageIndex, timeline });
  const table = useMemo(() => stageTable(tr, timeline), [tr, timeline]);
  const formatTime = useCallback((p: number) => `${formatElapsed(hoursAtProgress(timeline, p))} after start`, [timeline]);
  const tcLandmarks = useMemo(() => landmarks.map((l) => ({ tDays: l.progress, label: l.label })), [landmarks]);

  const titleId = `${uid}-drawing-title`;
  const controls = (
    <>
      <TimeControls clock={clock} landmarks={tcLandmarks} formatTime={formatTime} label="Time controls for the immune-synapse figure" />
      <fieldset className="syn-dose">
        <legend>Infusion rate</legend>
        {DOSE_ORDER.map((d) => (
          <label key={d}>
            <input type="radio" name={`${uid}-dose`} value={d} checked={dose === d} onChange={() => setDose(d)} />
            {DOSE_OPTIONS[d].label}
          </label>
        ))}
      </fieldset>
    </>
  );

  return (
    <FigureFrame
      id={id}
      title={title}
      caption={caption}
      description={description}
      table={table}
      modelOutput
      sources={sources}
      controls={controls}
      announce={!state.playing}
    >
      <div className="syn">
        <p className="visually-hidden" id={titleId}>
          Drawing of a T cell, a CD19-positive blast, a CD19-negative bystander and the next blast at the current stage; the description and data table
          below give the same information in words and numbers.
        </p>
        <div className="syn-scroll">
          <SynapseDrawing clock={clock} model={model} reducedMotion={reducedMotion} titleId={titleId} />
        </div>
        <p className="syn-now">
          <strong>
            Stage {stageIndex + 1} of {STAGE_COUNT}: {stage.name}.
          </strong>{' '}
          {withSubscripts(stage.summary)}
        </p>
        <ul className="syn-key" aria-label="Key to the drawing">
          <li>
            <svg className="syn-swatch" viewBox="-8 -8 34 16" aria-hidden="true" focusable="false">
              <BiteGlyph />
            </svg>
            blinatumomab: round anti-CD19 arm, diamond anti-CD3 arm
          </li>
          <li>
            <svg className="syn-swatch" viewBox="-2 -8 16 16" aria-hidden="true" focusable="false">
              <g className="syn-receptor">
                <ReceptorGlyph kind="cd19" />
              </g>
            </svg>
            CD19 (square head)
          </li>
          <li>
            <svg className="syn-swatch" viewBox="-2 -8 16 16" aria-hidden="true" focusable="false">
              <g className="syn-receptor">
                <ReceptorGlyph kind="cd3" />
              </g>
            </svg>
            CD3 (round head)
          </li>
          <li>
            <svg className="syn-swatch" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
              <circle className="syn-granule" r={5} />
            </svg>
            granule; small dots: granzyme
          </li>
          <li>
            <svg className="syn-swatch" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
              <path className="syn-caspase" d="M-6 0 H6 M-3 -5.2 L3 5.2 M-3 5.2 L3 -5.2" />
            </svg>
            active caspase
          </li>
        </ul>
        <p className="syn-scale-note">{scaleNote(timeline)}</p>
        <div className="syn-panels">
          <div className="syn-panel">
            <p className="syn-panel-title" id={`${uid}-stages`}>
              Stages (press one to jump there)
            </p>
            <ol className="syn-stages" aria-labelledby={`${uid}-stages`}>
              {STAGES.map((s, i) => {
                const current = i === stageIndex;
                return (
                  <li key={s.id} className={current ? 'is-current' : undefined}>
                    <button
                      type="button"
                      aria-current={current ? 'step' : undefined}
                      onClick={() => {
                        clock.pause();
                        clock.seek(i);
                      }}
                    >
                      <span className="syn-stage-name">
                        {i + 1}. {s.name}
                      </span>
                      <span className="syn-stage-time">{formatElapsed(timeline.stageStartsHours[i]!)}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
          <div className="syn-panel">
            <p className="syn-panel-title">Model readouts now ({DOSE_OPTIONS[dose].label})</p>
            <SynapseReadouts clock={clock} model={model} />
          </div>
        </div>
        <details className="syn-how">
          <summary>How the model sets the stage times</summary>
          <p>
            Stage 2 begins when serum blinatumomab reaches {formatConcentration(timeline.ec50KillPgPerMl)} pg/mL, the level of half-maximal killing
            (Ek = 0.5), at {formatElapsed(timeline.effectiveHours)}. The synapse ends, and the T cell lets go, when the model’s serial-killing rate
            would have killed half of the blood’s blasts present at the start ({formatElapsed(timeline.killHours)}). It lasts{' '}
            {Math.round(timeline.synapseMinutes)} min, a fifth of the time a T cell needs per kill at that drug level (the agent model’s rule), about{' '}
            {Math.round(timeline.killsPerEngagedTCellPerDay)} kills per engaged T cell per day. Splitting the synapse into stages 3 to 6 is a drawing
            choice. The patient is the model’s default adult with relapsed or refractory ALL; the {DOSE_OPTIONS[dose].label} option is{' '}
            {DOSE_OPTIONS[dose].note}.
          </p>
        </details>
      </div>
    </FigureFrame>
  );
}

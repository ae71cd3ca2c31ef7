// Thin render layer of the BiTE-structure figure: React draws the SVG from the pure layout (geometry.ts),
// handles selection and keyboard moves between parts, and swings the linker with the shared figure clock
// (per-frame transforms through a ref; the time controls play, step, scrub and snap to the three poses).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useReducedMotion } from '../../app/prefs';
import { FigureFrame } from '../../ui/FigureFrame';
import { useClockState, useFigureClock } from '../../ui/clock';
import { TimeControls, type Landmark } from '../../ui/TimeControls';
import { describeBiteStructure, partsTable } from './describe';
import {
  FLEX_AMPLITUDE_DEG,
  FLEX_PERIOD_SECONDS,
  buildBiteStructureLayout,
  flexAngleAtPhase,
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
import { PART_ORDER, PARTS, neighbourPart, type PartId } from './parts';
import './bite-structure.css';

/** Swing angle at a clock position measured in turns (one full swing = 1). */
function swingAngleAt(turns: number): number {
  return flexAngleAtPhase(2 * Math.PI * turns);
}

/** The three poses as landmarks of the swing. */
const FLEX_LANDMARKS: readonly Landmark[] = [
  { tDays: 0, label: 'rest' },
  { tDays: 0.25, label: 'swung down' },
  { tDays: 0.5, label: 'back at rest' },
  { tDays: 0.75, label: 'swung up' },
];

function formatSwing(turns: number): string {
  const angle = Math.round(swingAngleAt(turns));
  const pose = Math.abs(angle) < 2 ? 'rest' : angle > 0 ? 'down' : 'up';
  return pose === 'rest' ? 'at rest (0°)' : `swung ${pose} ${Math.abs(angle)}° (of ±${FLEX_AMPLITUDE_DEG}°)`;
}

export interface BiteStructureFigureProps {
  /** Element id of the figure (default "fig-bite-structure"). */
  id?: string;
  title?: string;
  caption?: ReactNode;
  /** Sources line; lessons pass their citation components here. */
  sources?: ReactNode;
}

const LAYOUT: BiteStructureLayout = buildBiteStructureLayout();
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

const PLANS = planParts(LAYOUT, PART_ORDER);

/** Where an arrow, Home or End key moves focus from a part (null: not a navigation key). */
function keyTarget(key: string, from: PartId): PartId | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return neighbourPart(from, 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return neighbourPart(from, -1);
    case 'Home':
      return PART_ORDER[0];
    case 'End':
      return PART_ORDER[PART_ORDER.length - 1];
    default:
      return null;
  }
}

function sanitizeId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]/g, '');
}

function formatMass(massKDa: number | null): string {
  return massKDa === null ? 'no mass of its own' : `≈ ${massKDa.toFixed(1)} kDa`;
}

export function BiteStructureFigure({
  id = 'fig-bite-structure',
  title = 'Blinatumomab beside an IgG, drawn to scale',
  caption = 'One chain of two single-chain variable fragments joined by a flexible linker, about a third of an IgG’s mass, and no Fc. Area is proportional to mass.',
  sources = 'Sources: ribera2015 (structure, size, linker flexibility, t½ 1.25 h); loffler2000; asco2013 (≈ 55 kDa); dreier2002 (arm affinities); label-eu (t½ ≈ 2 h). Domain masses: a teaching approximation.',
}: BiteStructureFigureProps): ReactNode {
  const layout = LAYOUT;
  const reducedMotion = useReducedMotion();
  const uid = sanitizeId(useId());
  const patternId = (name: string): string => `bs-${uid}-${name}`;
  const infoId = `bs-${uid}-info`;
  const hintId = `bs-${uid}-hint`;

  const [selected, setSelected] = useState<PartId | null>(null);
  const [active, setActive] = useState<PartId>(PART_ORDER[0]);
  const swingGroupRef = useRef<SVGGElement>(null);
  const partRefs = useRef(new Map<PartId, SVGGElement>());

  // One clock "day" is one full swing of the linker; landmarks are the three poses.
  const clock = useFigureClock(
    { endDays: 1, daysPerSecond: 1 / FLEX_PERIOD_SECONDS, stepDays: 0.25, landmarks: FLEX_LANDMARKS.map((l) => l.tDays), loop: true, speeds: [0.25, 0.5, 1, 2] },
    reducedMotion,
  );
  const { t: phaseTurns, playing } = useClockState(clock, 250);
  // The description reads the (throttled) state; drawing reads the clock's live time, so a React render
  // during playback writes the same angle the frame loop would.
  const describedDeg = swingAngleAt(phaseTurns);
  const swingDeg = swingAngleAt(clock.getState().t);

  // Per frame: the swinging group and its upright labels follow the clock through refs.
  useEffect(() => {
    const group = swingGroupRef.current;
    if (!group) return;
    const upright = Array.from(group.querySelectorAll<SVGGElement>('[data-upright]'));
    return clock.onTime((turns) => {
      const angle = swingAngleAt(turns);
      group.setAttribute('transform', swingTransform(LAYOUT.pivot, angle));
      for (const el of upright) el.setAttribute('transform', `rotate(${(-angle).toFixed(2)} ${el.dataset.ax} ${el.dataset.ay})`);
    });
  }, [clock]);

  const focusPart = (partId: PartId): void => {
    setActive(partId);
    partRefs.current.get(partId)?.focus();
  };

  const onPartKeyDown = (event: KeyboardEvent<SVGGElement>, partId: PartId): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setSelected(partId);
      return;
    }
    const next = keyTarget(event.key, partId);
    if (next === null) return;
    event.preventDefault();
    focusPart(next);
  };

  const highlighted = useMemo(() => (selected ? highlightedShapeIds(layout, selected) : new Set<string>()), [layout, selected]);

  const description = describeBiteStructure(layout, {
    selectedPartId: selected,
    swingDeg: describedDeg,
    flexPlaying: playing,
    reducedMotion,
  });
  const table = useMemo(() => partsTable(layout), [layout]);

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
      const plan = PLANS.get(pid);
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
          onFocus={() => {
            setActive(pid);
            setSelected(pid);
          }}
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

  const selectedPart = selected ? PARTS[selected] : null;
  const hatch = (name: string, body: ReactNode, size: number, rotateDeg = 0): ReactNode => (
    <pattern id={patternId(name)} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform={rotateDeg ? `rotate(${rotateDeg})` : undefined}>
      {body}
    </pattern>
  );

  const controls = (
    <>
      <TimeControls clock={clock} landmarks={FLEX_LANDMARKS} label="Time controls for the linker swing" formatTime={formatSwing} />
      <span className="bs-controls-note">
        {reducedMotion ? 'Reduced motion: the linker steps between its poses.' : 'Play to swing the anti-CD3 scFv about the flexible linker; scrub, or jump between rest, swung down and swung up.'}
      </span>
    </>
  );

  return (
    <FigureFrame
      id={id}
      title={title}
      caption={caption}
      description={description}
      table={table}
      sources={sources}
      controls={controls}
      announce={!playing}
    >
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
      <p className="bs-hint" id={hintId}>
        Hover over or click a part, or Tab into the diagram and use the arrow keys to move between parts.
      </p>
      <div className="bs-info" id={infoId}>
        {selectedPart ? (
          <>
            <p className="bs-info-name">{selectedPart.name}</p>
            <p className="bs-info-meta">
              {selectedPart.molecule} · {selectedPart.domains} · {formatMass(partMassKDa(layout, selectedPart.id))}
            </p>
            <p className="bs-info-about">{selectedPart.about}</p>
          </>
        ) : (
          <p className="bs-info-about">Select a part of either molecule to see what it is and what it does.</p>
        )}
      </div>
      <ul className="bs-legend" aria-label="Legend">
        <LegendItem swatchClass="bs-dom--cd19" pattern={patternId('cd19')} text="anti-CD19 domains (striped) — bind the B cell" />
        <LegendItem swatchClass="bs-dom--cd3" pattern={patternId('cd3')} text="anti-CD3 domains (dotted) — bind the T cell" />
        <LegendItem swatchClass="bs-legend-linker" text="glycine–serine linkers (grey bands)" />
        <LegendItem swatchClass="bs-dom--fc" pattern={patternId('fc')} text="IgG Fc, CH2 + CH3 (cross-hatched) — absent from the BiTE" />
        <LegendItem swatchClass="bs-dom--heavy" text="IgG heavy chain (grey), light chain (white)" />
      </ul>
    </FigureFrame>
  );
}

function LegendItem({ swatchClass, pattern, text }: { swatchClass: string; pattern?: string; text: string }): ReactNode {
  return (
    <li>
      <svg className="bs-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
        {swatchClass === 'bs-legend-linker' ? (
          <path className="bs-linker-band" d="M2 8 C8 2 16 14 22 8" style={{ strokeWidth: 4 }} />
        ) : (
          <g className={`bs-dom ${swatchClass}`}>
            <rect className="bs-dom-fill" x={1} y={1} width={22} height={14} rx={4} />
            {pattern && <rect className="bs-dom-pattern" x={1} y={1} width={22} height={14} rx={4} fill={`url(#${pattern})`} />}
            <rect className="bs-dom-outline" x={1} y={1} width={22} height={14} rx={4} />
          </g>
        )}
      </svg>
      {text}
    </li>
  );
}


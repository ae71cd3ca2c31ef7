// The BiTE-structure figure (lesson 1): blinatumomab beside an IgG to scale, parts to select by pointer or
// keyboard, and the linker's swing on the figure's clock. State in state.ts; the diagram draws itself from
// the pure layout (geometry.ts) and turns its swinging group per frame through a ref.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFigure, type FigureProps } from '../../state/react';
import { FigureFrame, figureText, type FigureText, type FigureTextProps } from '../../ui/FigureFrame';
import { TimeControls } from '../../ui/TimeControls';
import { useFigureTime, useFigureUid } from '../../ui/ModelFigure';
import { describeBiteStructure, partsTable } from './describe';
import { BiteStructureDiagram, formatMass, patternIdFor } from './BiteStructureDiagram';
import { FLEX_AMPLITUDE_DEG, buildBiteStructureLayout, flexAngleAtPhase, partMassKDa, swingTransform, type BiteStructureLayout } from './geometry';
import { LegendItem } from './legend';
import { PART_ORDER, PARTS, neighbourPart, type PartId } from './parts';
import { SWING_TIME, biteStructureKind, type BiteStructureAction, type BiteStructureState } from './state';
import './bite-structure.css';

/** Swing angle at a clock position measured in turns (one full swing = 1). */
function swingAngleAt(turns: number): number {
  return flexAngleAtPhase(2 * Math.PI * turns);
}

function formatSwing(turns: number): string {
  const angle = Math.round(swingAngleAt(turns));
  const pose = Math.abs(angle) < 2 ? 'rest' : angle > 0 ? 'down' : 'up';
  return pose === 'rest' ? 'at rest (0°)' : `swung ${pose} ${Math.abs(angle)}° (of ±${FLEX_AMPLITUDE_DEG}°)`;
}

export interface BiteStructureFigureProps extends FigureProps<BiteStructureState, BiteStructureAction>, FigureTextProps {
  /** Lesson attributes (link fields, checked at build time): part="bite-linker", t="0.25" (turns). */
  part?: string;
  t?: string;
}

const LAYOUT: BiteStructureLayout = buildBiteStructureLayout();

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

const TEXT: FigureText = {
  title: 'Blinatumomab beside an IgG, drawn to scale',
  caption: 'One chain of two single-chain variable fragments joined by a flexible linker, about a third of an IgG’s mass, and no Fc. Area is proportional to mass.',
  sources: 'Sources: ribera2015 (structure, size, linker flexibility, t½ 1.25 h); loffler2000; asco2013 (≈ 55 kDa); dreier2002 (arm affinities); label-eu (t½ ≈ 2 h). Domain masses: a teaching approximation.',
};

export function BiteStructureFigure(props: BiteStructureFigureProps): ReactNode {
  const layout = LAYOUT;
  const uid = useFigureUid();
  const patternId = (name: string): string => patternIdFor(uid, name);
  const infoId = `bs-${uid}-info`;
  const hintId = `bs-${uid}-hint`;
  const { state, dispatch, id } = useFigure(biteStructureKind, props);
  const { selected } = state;
  const [active, setActive] = useState<PartId>(selected ?? PART_ORDER[0]);
  const swingGroupRef = useRef<SVGGElement>(null);
  const partRefs = useRef(new Map<PartId, SVGGElement>());

  // One clock unit is one full swing of the linker; landmarks are the three poses.
  const time = useFigureTime(state.time, SWING_TIME, dispatch);
  const { clock, reducedMotion } = time;
  const playing = state.time.playing;
  // The description reads the (throttled) state; drawing reads the clock's live time, so a React render
  // during playback writes the same angle the frame loop would.
  const describedDeg = swingAngleAt(state.time.t);
  const swingDeg = swingAngleAt(clock.now());

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
      dispatch({ type: 'select', part: partId });
      return;
    }
    const next = keyTarget(event.key, partId);
    if (next === null) return;
    event.preventDefault();
    focusPart(next);
  };

  const description = describeBiteStructure(layout, {
    selectedPartId: selected,
    swingDeg: describedDeg,
    flexPlaying: playing,
    reducedMotion,
  });
  const table = useMemo(() => partsTable(layout), [layout]);

  const selectedPart = selected ? PARTS[selected] : null;
  const controls = (
    <>
      <TimeControls clock={clock} config={time.config} time={time.time} dispatch={time.dispatch} label="Time controls for the linker swing" formatTime={formatSwing} />
      <span className="bs-controls-note">
        {reducedMotion ? 'Reduced motion: the linker steps between its poses.' : 'Play to swing the anti-CD3 scFv about the flexible linker; scrub, or jump between rest, swung down and swung up.'}
      </span>
    </>
  );
  const frameProps = { id, ...figureText(props, TEXT), description, table, controls };

  return (
    <FigureFrame {...frameProps} announce={!playing}>
      <BiteStructureDiagram
        layout={layout}
        uid={uid}
        hintId={hintId}
        selected={selected}
        active={active}
        swingDeg={swingDeg}
        swingGroupRef={swingGroupRef}
        partRefs={partRefs}
        onSelect={(part) => dispatch({ type: 'select', part })}
        onFocusPart={focusPart}
        onActivate={(part) => {
          setActive(part);
          dispatch({ type: 'select', part });
        }}
        onPartKeyDown={onPartKeyDown}
      />
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


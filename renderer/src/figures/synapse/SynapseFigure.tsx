// The immune-synapse figure (lesson 2): the dose choice, stage list, drawing and readouts around one story
// clock (a time unit per stage, mapped to hours after infusion start). State in state.ts; the drawing is
// painted through refs each frame (SynapseDrawing), the readouts likewise (SynapseReadouts).
import { useCallback, useMemo, type ReactNode } from 'react';
import { useFigure, type FigureProps } from '../../state/react';
import { ModelFigure, figureText, useFigureTime, useFigureUid, type FigureText, type FigureTextProps } from '../../ui/ModelFigure';
import { describeSynapse, formatConcentration, formatElapsed, scaleNote, stageTable } from './describe';
import { BiteGlyph, ReceptorGlyph, withSubscripts } from './glyphs';
import { DOSE_OPTIONS, DOSE_ORDER, hoursAtProgress, readoutAt, stageIndexAt, synapseModel } from './schedule';
import { STAGES, STAGE_COUNT } from './stages';
import { SynapseDrawing } from './SynapseDrawing';
import { SynapseReadouts } from './SynapseReadouts';
import { KeyEntry } from '../common/KeyEntry';
import { synapseKind, synapseTimeConfig, type SynapseAction, type SynapseState } from './state';
import './synapse.css';

export interface SynapseFigureProps extends FigureProps<SynapseState, SynapseAction>, FigureTextProps {
  /** Lesson attributes (link fields, checked at build time): dose="full|start", t="3.5" (stage units). */
  dose?: string;
  t?: string;
}

/** The key's swatches (their drawings are hidden from assistive technology; the labels say them). */
const SWATCH = { className: 'syn-swatch', focusable: 'false' } as const;
/** The receptors in the key, drawn as in the drawing. */
const RECEPTOR_KEYS = [
  { kind: 'cd19', label: 'CD19 (square head)' },
  { kind: 'cd3', label: 'CD3 (round head)' },
] as const;

const TEXT: FigureText = {
  title: 'The immune synapse, stage by stage, during the first day of the infusion',
  caption: 'One T cell meets a CD19⁺ leukaemic blast after the infusion starts. The drug level, receptor occupancy, killing engagement and IL-6 come from the atlas model at each moment, and the model sets when each stage is reached. Every stage gets the same share of the timeline, so the timeline is not to scale in hours.',
  sources: 'Sources: liu2023 (dissociation constants 1.49 nM and 260 nM), dreier2002 (affinity range; half-maximal lysis at 10–50 pg/mL), ribera2015 (activation markers, cytokines, perforin, granzyme, caspases; PK), hoffmann2005 (serial killing; CD19⁻ bystanders spared), atlas-model (concentration, Ek, IL-6 and the stage times).',
  name: 'immune-synapse figure',
};

export function SynapseFigure(props: SynapseFigureProps): ReactNode {
  const uid = useFigureUid();
  const { state, dispatch, id } = useFigure(synapseKind, props);
  const { dose } = state;
  const model = synapseModel(dose);
  const { tr, timeline } = model;
  const time = useFigureTime(state.time, synapseTimeConfig(dose), dispatch);
  const clock = time.clock;
  const progress = state.time.t;
  const stageIndex = stageIndexAt(progress);
  const stage = STAGES[stageIndex]!;
  const readout = readoutAt(tr, timeline, hoursAtProgress(timeline, progress));
  const description = describeSynapse({ readout, stageIndex, timeline });
  const table = useMemo(() => stageTable(tr, timeline), [tr, timeline]);
  const formatTime = useCallback((p: number) => `${formatElapsed(hoursAtProgress(timeline, p))} after start`, [timeline]);

  const titleId = `${uid}-drawing-title`;
  const controls = (
    <>
      <fieldset className="ff-group syn-dose">
        <legend>Infusion rate</legend>
        {DOSE_ORDER.map((d) => (
          <label key={d}>
            <input type="radio" name={`${uid}-dose`} value={d} checked={dose === d} onChange={() => dispatch({ type: 'dose', dose: d })} />
            {DOSE_OPTIONS[d].label}
          </label>
        ))}
      </fieldset>
    </>
  );
  const frameProps = { id, ...figureText(props, TEXT), description, table, controls };

  return (
    <ModelFigure {...frameProps} time={time} formatTime={formatTime}>
      <div className="syn">
        <p className="visually-hidden" id={titleId}>
          Drawing of a T cell, a CD19-positive blast, a CD19-negative bystander and the next blast at the current stage; the description and data table
          below give the same information in words and numbers.
        </p>
        <div className="syn-scroll">
          <SynapseDrawing clock={clock} model={model} reducedMotion={time.reducedMotion} titleId={titleId} />
        </div>
        <p className="syn-now">
          <strong>
            Stage {stageIndex + 1} of {STAGE_COUNT}: {stage.name}.
          </strong>{' '}
          {withSubscripts(stage.summary)}
        </p>
        <ul className="syn-key" aria-label="Key to the drawing">
          <KeyEntry {...SWATCH} viewBox="-8 -8 34 16" label="blinatumomab: round anti-CD19 arm, diamond anti-CD3 arm">
            <BiteGlyph />
          </KeyEntry>
          {RECEPTOR_KEYS.map(({ kind, label }) => (
            <KeyEntry key={kind} {...SWATCH} viewBox="-2 -8 16 16" label={label}>
              <g className="syn-receptor">
                <ReceptorGlyph kind={kind} />
              </g>
            </KeyEntry>
          ))}
          <KeyEntry {...SWATCH} viewBox="-8 -8 16 16" label="granule; small dots: granzyme">
            <circle className="syn-granule" r={5} />
          </KeyEntry>
          <KeyEntry {...SWATCH} viewBox="-8 -8 16 16" label="active caspase">
            <path className="syn-caspase" d="M-6 0 H6 M-3 -5.2 L3 5.2 M-3 5.2 L3 -5.2" />
          </KeyEntry>
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
                      onClick={() => dispatch({ type: 'stage', index: i })}
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
    </ModelFigure>
  );
}

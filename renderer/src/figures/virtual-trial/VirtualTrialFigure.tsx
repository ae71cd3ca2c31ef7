// <VirtualTrialFigure />: 200 virtual relapsed adults, each one run of the shared model, as a waterfall of
// marrow blasts at day 28 or 70 against the 5 % line; the share responding beside the trials' figures; the
// MRD arm beside BLAST. The reader changes the regimen or runs a new trial (seed) and watches the rate move;
// a patient opens in the PK/PD explorer. Cohorts run in a Web Worker (cohort-service.ts), cached.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CohortPatient, CohortResult } from '../../model';
import { useFigure, useReducedMotion, type FigureProps } from '../../state/react';
import { FigureFrame, figureText, type FigureText, type FigureTextProps } from '../../ui/FigureFrame';
import { useFigureUid } from '../../ui/ModelFigure';
import { ReferenceLinks } from '../../ui/sources';
import { formatPercent, formatSignificant } from '../pkpd-explorer/format';
import type { CohortJobSpec } from './cohort-protocol';
import { cohortKey } from './cohort-protocol';
import { sharedCohortService, useCohortProgress, useCohorts, type CohortService } from './cohort-service';
import { REGIMEN_LABELS, describeVirtualTrial, patientOutcomeInWords, virtualTrialTable } from './describe';
import { TYPICAL_KBM_PER_DAY, explorerHref, explorerPreview, findExplorer } from './explorer-link';
import { COLOUR_SCHEMES, formatShare, trialStats, type TrialStats } from './geometry';
import { COLOUR_BY, VT_COHORT_SIZE, VT_DAYS, VT_REGIMENS, virtualTrialKind, type VirtualTrialAction, type VirtualTrialState, type VtDay } from './state';
import { TRIAL_COMPARATORS, comparesFor, trialsNote, type TrialComparator } from './trials';
import { Waterfall } from './Waterfall';
import { KeyEntry } from '../common/KeyEntry';
import './virtual-trial.css';

export interface VirtualTrialFigureProps extends FigureProps<VirtualTrialState, VirtualTrialAction>, FigureTextProps {
  /** Lesson attributes (the figure's link fields): regimen="flat-5", trial="3", colour="burden", day="70", patient="17". */
  regimen?: string;
  trial?: string;
  colour?: string;
  day?: string;
  patient?: string;
  /** Where cohorts run (tests pass their own; the page shares one). */
  cohortService?: CohortService;
}

const COLOUR_LABELS = { treg: 'Tregs', burden: 'Burden' } as const;

function rrSpec(state: VirtualTrialState): CohortJobSpec {
  return { arm: 'rr', regimen: state.regimen, seed: state.seed, size: VT_COHORT_SIZE };
}

function mrdSpec(seed: number): CohortJobSpec {
  return { arm: 'mrd', regimen: 'mrd', seed, size: VT_COHORT_SIZE };
}

/** Goes to an address inside the atlas (the app reads the state link on hashchange). */
function go(href: string): void {
  if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = href;
}

interface SegmentsProps<T extends string | number> {
  legend: string;
  /** The radio group's name. */
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => ReactNode;
  /** A tooltip for each option. */
  title?: (option: T) => string;
  onChange: (option: T) => void;
  /** The small inline variant (beside the chart's title). */
  small?: boolean;
}

/** One choice among a few, as a row of radio segments. */
function Segments<T extends string | number>({ legend, name, options, value, label, title, onChange, small = false }: SegmentsProps<T>): ReactNode {
  return (
    <fieldset className={small ? 'vt-fieldset vt-fieldset--inline' : 'vt-fieldset'}>
      <legend>{legend}</legend>
      <div className={small ? 'vt-segments vt-segments--small' : 'vt-segments'}>
        {options.map((option) => (
          <label key={option} className="vt-segment" title={title?.(option)}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Progress({ service, spec }: { service: CohortService; spec: CohortJobSpec }): ReactNode {
  const progress = useCohortProgress(service, spec);
  if (!progress) return null;
  return (
    <span className="vt-progress" aria-hidden="true">
      <span className="vt-progress-count">
        {progress.done} of {progress.total} patients
      </span>
      <progress max={progress.total} value={progress.done} />
    </span>
  );
}

interface CompareRow {
  key: 'day28' | 'day70' | 'mrd';
  label: string;
  detail: string;
  /** The model's share (null while it runs). */
  share: number | null;
  trials: readonly TrialComparator[];
  emphasis: boolean;
}

const TRACK_TICKS = [0.25, 0.5, 0.75];

function CompareRowView({ row }: { row: CompareRow }): ReactNode {
  return (
    <li className={`vt-compare-row${row.emphasis ? ' vt-compare-row--emphasis' : ''}`} data-row={row.key}>
      <span className="vt-compare-label">
        {row.label}
        <span className="vt-compare-detail">{row.detail}</span>
      </span>
      <span className="vt-compare-track" aria-hidden="true">
        {TRACK_TICKS.map((t) => (
          <span key={t} className="vt-compare-grid" style={{ left: `${t * 100}%` }} />
        ))}
        {row.share !== null && <span className="vt-compare-fill" style={{ width: `${Math.min(100, row.share * 100)}%` }} />}
        {row.trials.map((c) => (
          <span key={c.id} className="vt-compare-mark" style={{ left: `${c.sharePct}%` }} />
        ))}
      </span>
      <span className="vt-compare-values">
        <strong className="vt-compare-value" data-value={row.key}>
          {row.share === null ? '…' : formatShare(row.share)}
        </strong>
        {' vs '}
        {row.trials.map((c, i) => (
          <span key={c.id} className="vt-compare-trial" title={c.measure}>
            {i > 0 && ', '}
            <ReferenceLinks keys={c.refs} />
            {c.id === 'tower' ? ' (TOWER)' : c.id === 'blast' ? ' (BLAST)' : ''} {c.derived ? '≈ ' : ''}
            {c.sharePct} %
          </span>
        ))}
      </span>
    </li>
  );
}

function Comparison({ stats, mrd, day }: { stats: TrialStats | null; mrd: CohortResult | null; day: VtDay }): ReactNode {
  const compares = comparesFor(day);
  const trials = (which: TrialComparator['compares']) => TRIAL_COMPARATORS.filter((c) => c.compares === which);
  const rows: CompareRow[] = [
    { key: 'day28', label: 'After cycle 1', detail: 'CR-like (≤ 5 %) at day 28', share: stats ? stats.share28 : null, trials: trials('day28'), emphasis: compares === 'day28' },
    { key: 'day70', label: 'Within two cycles', detail: 'CR-like at day 28 or 70', share: stats ? stats.share70 : null, trials: trials('day70'), emphasis: compares === 'day70' },
    { key: 'mrd', label: 'MRD arm, same trial', detail: 'MRD-negative-like (< 0.01 %) at day 28', share: mrd ? mrd.summary.mrdNegative28 : null, trials: trials('mrd'), emphasis: true },
  ];
  return (
    <div className="vt-compare">
      <p className="vt-compare-title">
        Share responding in this virtual trial <span className="vt-compare-key">(bar)</span> against the trials{' '}
        <span className="vt-compare-key">(<span className="vt-compare-mark-key" aria-hidden="true" /> marks)</span>
      </p>
      <ul className="vt-compare-rows">
        {rows.map((r) => (
          <CompareRowView key={r.key} row={r} />
        ))}
      </ul>
      <p className="vt-compare-note">{trialsNote()}</p>
    </div>
  );
}

function PatientCard({ patient, number, regimen, hovered }: { patient: CohortPatient | undefined; number: number; regimen: VirtualTrialState['regimen']; hovered: boolean }): ReactNode {
  const target = useMemo(() => findExplorer(), []);
  const preview = useMemo(() => (patient ? explorerPreview(patient, regimen) : null), [patient, regimen]);
  if (!patient) {
    return (
      <div className="vt-card vt-card--empty">
        <p>Point at a bar, or focus the waterfall and use the arrow keys, to see one patient; click or press Enter to open that patient in the PK/PD explorer.</p>
        <p>Patients are numbered in the order the trial drew them, so patient 17 is the same person under every regimen: watch where their bar goes.</p>
      </div>
    );
  }
  return (
    <div className="vt-card" data-patient={number}>
      <p className="vt-card-head">
        <strong>Patient {number}</strong>
        {hovered && <span className="vt-card-hint"> (pointed at)</span>}: marrow blasts {formatSignificant(patient.x0 * 100, 2)} % at the start, blood blasts {formatSignificant(patient.pbBlasts0 / 1000, 2)} × 10⁹/L,
        Tregs {formatSignificant(patient.treg, 2)} %, T cells {Math.round(patient.t0)}/µL, marrow killing rate kBm {formatSignificant(patient.kBm, 2)}/day. Marrow blasts {patientOutcomeInWords(patient)}.
      </p>
      {target && preview && (
        <p className="vt-card-link">
          <a href={explorerHref(patient, regimen, target)} data-open-patient={number}>
            Open patient {number} in the PK/PD explorer
          </a>{' '}
          <span className="vt-card-note">
            The explorer takes the clinical inputs only; kBm is not one of them, so it runs the typical {TYPICAL_KBM_PER_DAY}/day and shows {formatPercent(preview.X28)} at day 28.
          </span>
        </p>
      )}
    </div>
  );
}

const TEXT: FigureText = {
  title: 'A virtual trial: 200 relapsed patients on blinatumomab',
  caption: 'Each bar is one virtual adult with relapsed ALL — own burden, T cells, Tregs and marrow killing rate — run through the atlas’s model. Change the regimen or run a new trial: how many fall below the 5 % line?',
  sources: 'Sources: topp2015, kantarjian2017, gokbuget2018, duell2017, atlas-model.',
};

export function VirtualTrialFigure(props: VirtualTrialFigureProps): ReactNode {
  const uid = useFigureUid();
  const { state, dispatch, id } = useFigure(virtualTrialKind, props);
  const service = props.cohortService ?? sharedCohortService();
  const reducedMotion = useReducedMotion();
  const rr = useMemo(() => rrSpec(state), [state]);
  const mrd = useMemo(() => mrdSpec(state.seed), [state.seed]);
  const specs = useMemo(() => [rr, mrd], [rr, mrd]);
  const [rrStatus, mrdStatus] = useCohorts(service, specs);
  const rrResult = rrStatus?.status === 'done' ? rrStatus.result : null;
  const mrdResult = mrdStatus?.status === 'done' ? mrdStatus.result : null;

  // While a new cohort runs, the last one stays on screen (dimmed).
  const [previous, setPrevious] = useState<CohortResult | null>(null);
  useEffect(() => {
    if (rrResult) setPrevious(rrResult);
  }, [rrResult]);
  // The waterfall and the table (the heavy part) follow in a deferred, interruptible render, so the page's
  // thread is never held long when a cohort arrives; until they have, the figure still says it is running.
  const drawn = useDeferredValue(rrResult ?? previous);
  const computing = rrStatus?.status !== 'done';
  /** Not yet on screen: still computing, or computed and about to be drawn (data-status says when it is). */
  const running = computing || drawn !== rrResult;
  const [hovered, setHovered] = useState<number | null>(null);

  const stats = useMemo(() => (rrResult ? trialStats(rrResult, state.day) : null), [rrResult, state.day]);
  const cardNumber = hovered ?? state.patient;
  const cardPatient = rrResult && cardNumber > 0 ? rrResult.patients[cardNumber - 1] : undefined;
  const description = describeVirtualTrial({ state, rr: rrResult, mrd: mrdResult, patient: state.patient });
  // The table shows the cohort on screen (the last one while a new one runs), so its rows are updated, never rebuilt.
  const table = useMemo(() => (drawn ? virtualTrialTable(drawn) : undefined), [drawn]);
  const target = useMemo(() => findExplorer(), []);

  const onFocusPatient = useCallback((patient: number) => dispatch({ type: 'focus', patient }), [dispatch]);
  // Stable for the memoised waterfall: opens a patient of the cohort on screen (not while a new one runs).
  const openRef = useRef<(patient: number) => void>(() => undefined);
  useEffect(() => {
    openRef.current = (patient) => {
      const p = rrResult?.patients[patient - 1];
      if (p && target) go(explorerHref(p, rrResult.regimen, target));
    };
  }, [rrResult, target]);
  const onOpenPatient = useCallback((patient: number) => openRef.current(patient), []);
  const [keyboardInside, setKeyboardInside] = useState(false);
  const scheme = COLOUR_SCHEMES[state.colourBy];
  const error = rrStatus?.status === 'error' ? rrStatus.message : mrdStatus?.status === 'error' ? mrdStatus.message : null;

  const controls = (
    <div className="vt-controls">
      <Segments legend="Regimen" name={`vt-${uid}-regimen`} options={VT_REGIMENS} value={state.regimen} label={(r) => REGIMEN_LABELS[r].short} title={(r) => REGIMEN_LABELS[r].dose} onChange={(regimen) => dispatch({ type: 'regimen', regimen })} />
      <Segments legend="Marrow at" name={`vt-${uid}-day`} options={VT_DAYS} value={state.day} label={(d) => <>Day {d}</>} onChange={(day) => dispatch({ type: 'day', day })} />
      <div className="vt-trial">
        <span className="vt-trial-number" aria-live="off">
          Trial {state.seed}
        </span>
        <button type="button" onClick={() => dispatch({ type: 'new-trial' })} aria-describedby={`${uid}-new-trial`}>
          New trial
        </button>
        <span id={`${uid}-new-trial`} className="visually-hidden">
          Draws 200 new virtual patients (the next seed) and runs them on the chosen regimen.
        </span>
      </div>
    </div>
  );
  const frameProps = { id, ...figureText(props, TEXT), description, table, controls };

  return (
    <FigureFrame {...frameProps} modelOutput announce={!keyboardInside}>
      <div
        className={`vt-figure${reducedMotion ? ' vt-still' : ''}`}
        data-figure="virtual-trial"
        data-status={running ? 'running' : 'done'}
        data-cohort={cohortKey(rr)}
        data-backend={service.backendKind}
        aria-busy={running}
        onFocus={(e) => setKeyboardInside(e.target instanceof SVGElement)}
        onBlur={() => setKeyboardInside(false)}
      >
        <div className="vt-chart-head">
          <span className="vt-chart-title" id={`${uid}-chart-title`}>
            Marrow blasts at day {state.day}, one bar per patient (log scale)
          </span>
          <Segments small legend="Colour by" name={`vt-${uid}-colour`} options={COLOUR_BY} value={state.colourBy} label={(c) => COLOUR_LABELS[c]} onChange={(by) => dispatch({ type: 'colour', by })} />
          <ul className="vt-legend" aria-label={`Bar colours: ${scheme.title}`}>
            {scheme.bins.map((b) => (
              <KeyEntry key={b.id} className="vt-swatch" width="12" height="12" focusable="false" label={b.label}>
                <rect width="12" height="12" fill={b.color} />
              </KeyEntry>
            ))}
          </ul>
        </div>
        <div className="vt-chart" data-busy={computing || undefined}>
          {drawn ? (
            <Waterfall
              result={drawn}
              day={state.day}
              colourBy={state.colourBy}
              focused={state.patient}
              animate={!reducedMotion}
              uid={uid}
              onFocusPatient={onFocusPatient}
              onOpenPatient={onOpenPatient}
              onHoverPatient={setHovered}
            />
          ) : (
            <div className="vt-placeholder" />
          )}
          {computing && (
            <div className="vt-overlay">
              <span role="status">
                {error ? `The virtual trial could not be run: ${error}` : `Simulating trial ${state.seed} on ${REGIMEN_LABELS[state.regimen].dose}…`}
              </span>
              {!error && <Progress service={service} spec={rr} />}
            </div>
          )}
        </div>
        <PatientCard patient={cardPatient} number={cardNumber} regimen={state.regimen} hovered={hovered !== null} />
        <Comparison stats={stats} mrd={mrdResult} day={state.day} />
      </div>
    </FigureFrame>
  );
}

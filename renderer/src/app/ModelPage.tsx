// The Model page (#/model[/<anchor>]): what the shared model is for, its states and equations (KaTeX HTML
// rendered at build time), every parameter with its provenance and sources, the calibration targets
// computed live in slices when the page opens, and what the model leaves out. Its own chunk.
import { memo, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  CALIBRATION_TARGETS, CalibrationRuns, MODEL_DISCLAIMER, MODEL_EQUATIONS, MODEL_STATES, PARAMETER_NAMES, SCENARIOS, SCENARIO_IDS, TARGET_GROUPS, parameters,
  type CalibrationTarget, type ModelEquation, type ParameterName, type ProvenanceTag, type TargetGroup, type TargetResult,
} from '../model';
import { loadModelEquations } from '../data/content';
import { routeHref } from '../state/route';
import { takeRestoreScroll } from '../state/scroll';
import { ReferenceLink, ReferenceLinks } from '../ui/sources';
import { shouldMoveFocus } from '../ui/focus';
import { ColumnHeads } from '../ui/ColumnHeads';
import './model-page.css';

/** Longest a slice of target computation may hold the main thread before yielding [ms]. */
const SLICE_BUDGET_MS = 12;
/** Cohort patients simulated between two checks of the slice budget. */
const COHORT_PATIENTS_PER_CHECK = 2;

const PROVENANCE: Readonly<Record<ProvenanceTag, { name: string; text: ReactNode }>> = {
  S: { name: 'Source review', text: <>the review the atlas is built on (<ReferenceLink refKey="ribera2015" />).</> },
  L: { name: 'Label', text: 'the product label (EU summary of product characteristics, US prescribing information).' },
  P: { name: 'Paper', text: 'a published paper: a measurement in patients or in the laboratory.' },
  M: { name: 'Published model', text: 'a value taken from a published model — an assumption there, not a measurement.' },
  T: { name: 'Tuned here', text: 'chosen by the atlas so the model meets its calibration targets: a teaching choice, not a measurement.' },
  D: { name: 'Derived', text: 'follows from other sourced values (e.g. from the drug’s half-life).' },
};

const SECTIONS = [
  { id: 'model-purpose', title: 'What the model is for' },
  { id: 'model-states', title: 'States' },
  { id: 'model-equations', title: 'Equations' },
  { id: 'model-parameters', title: 'Parameters' },
  { id: 'model-targets', title: 'Calibration targets' },
  { id: 'model-limits', title: 'What the model leaves out' },
] as const;

/** Every anchor the page has: sections, equation groups, states, equations, parameters and targets. */
const ANCHORS: ReadonlySet<string> = new Set([
  ...SECTIONS.map((x) => x.id),
  'model-equations-algebraic',
  'model-equations-differential',
  ...MODEL_STATES.map((x) => `state-${x.name}`),
  ...MODEL_EQUATIONS.map((e) => `eq-${e.id}`),
  ...PARAMETER_NAMES.map((name) => `param-${name}`),
  ...CALIBRATION_TARGETS.map((t) => `target-${t.id}`),
]);

const CLINICAL_COUNT = PARAMETER_NAMES.filter((name) => parameters[name].clinical).length;
const FAST_TARGETS = CALIBRATION_TARGETS.filter((t) => !t.slow);
const SLOW_TARGETS = CALIBRATION_TARGETS.filter((t) => t.slow);
const GROUPS = [...new Set(CALIBRATION_TARGETS.map((t) => t.group))] as TargetGroup[];

type Outcome = TargetResult & { error?: true };

/** A target's result; a model error is shown as a failure with its message (never thrown into the page). */
function computeOutcome(target: CalibrationTarget, runs: CalibrationRuns): Outcome {
  try {
    return target.compute(runs);
  } catch (error) {
    return { value: `error: ${error instanceof Error ? error.message : String(error)}`, pass: false, error: true };
  }
}

const now = (): number => performance.now();

/** Runs `work` in slices of at most SLICE_BUDGET_MS, yielding to the browser between them; returns a cancel function. */
function inSlices(work: (deadline: number) => boolean, onDone: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const slice = (): void => {
    timer = undefined;
    if (work(now() + SLICE_BUDGET_MS)) onDone();
    else timer = setTimeout(slice, 0);
  };
  // The first slice waits for the next frame, so the page is painted before any model runs.
  frame = requestAnimationFrame(() => {
    frame = 0;
    timer = setTimeout(slice, 0);
  });
  return () => {
    if (frame) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

interface TargetsState {
  results: ReadonlyMap<string, Outcome>;
  /** Milliseconds the fast targets took from the first slice to the last (null while running). */
  fastMs: number | null;
  cohort: { state: 'idle' } | { state: 'running'; done: number; total: number } | { state: 'done'; ms: number };
}

/** The calibration targets, computed live: the fast ones when the page opens, the cohort ones on request. */
function useLiveTargets(): TargetsState & { runCohort: () => void } {
  const runsRef = useRef<CalibrationRuns | null>(null);
  const cancelCohort = useRef<(() => void) | null>(null);
  const [state, setState] = useState<TargetsState>({ results: new Map(), fastMs: null, cohort: { state: 'idle' } });

  useEffect(() => {
    const runs = new CalibrationRuns();
    runsRef.current = runs;
    let next = 0;
    let started = 0;
    const cancel = inSlices(
      (deadline) => {
        if (started === 0) started = now();
        const batch: [string, Outcome][] = [];
        do {
          const target = FAST_TARGETS[next++]!;
          batch.push([target.id, computeOutcome(target, runs)]);
        } while (next < FAST_TARGETS.length && now() < deadline);
        const finished = next >= FAST_TARGETS.length;
        const ms = finished ? now() - started : null;
        setState((s) => ({ ...s, results: new Map([...s.results, ...batch]), fastMs: ms }));
        return finished;
      },
      () => undefined,
    );
    return () => {
      cancel();
      cancelCohort.current?.();
      cancelCohort.current = null;
      runsRef.current = null;
    };
  }, []);

  const runCohort = (): void => {
    const runs = runsRef.current;
    if (!runs || cancelCohort.current) return;
    const arms = ['rr', 'mrd'] as const;
    let started = 0;
    let doneBefore = 0; // patients of the arms already finished
    let arm = 0;
    setState((s) => ({ ...s, cohort: { state: 'running', done: 0, total: 0 } }));
    cancelCohort.current = inSlices(
      (deadline) => {
        if (started === 0) started = now();
        let progress = runs.cohortStep(arms[arm]!, COHORT_PATIENTS_PER_CHECK);
        while (now() < deadline) {
          if (progress.done >= progress.total) {
            if (arm === arms.length - 1) break;
            doneBefore += progress.total;
            arm++;
          }
          progress = runs.cohortStep(arms[arm]!, COHORT_PATIENTS_PER_CHECK);
        }
        const total = progress.total * arms.length; // both arms have the default size
        const allDone = arm === arms.length - 1 && progress.done >= progress.total;
        if (!allDone) {
          setState((s) => ({ ...s, cohort: { state: 'running', done: doneBefore + progress.done, total } }));
          return false;
        }
        const batch = SLOW_TARGETS.map((t): [string, Outcome] => [t.id, computeOutcome(t, runs)]);
        const ms = now() - started;
        setState((s) => ({ ...s, results: new Map([...s.results, ...batch]), cohort: { state: 'done', ms } }));
        return true;
      },
      () => {
        cancelCohort.current = null;
      },
    );
  };

  return { ...state, runCohort };
}

/** Scrolls to the anchor once it exists (equations arrive a moment later), else back where the reader was, else the top. */
function useAnchor(anchor: string | undefined, titleRef: RefObject<HTMLHeadingElement | null>, equationsReady: boolean): void {
  const restored = useRef(false);
  useEffect(() => {
    document.title = 'The model · BiTE Atlas';
  }, []);
  useEffect(() => {
    if (!restored.current) {
      restored.current = true;
      const restore = takeRestoreScroll();
      if (restore !== undefined) {
        window.scrollTo({ top: restore });
        return;
      }
    }
    if (!anchor) {
      window.scrollTo({ top: 0 });
      if (shouldMoveFocus()) titleRef.current?.focus({ preventScroll: true });
      return;
    }
    const target = document.getElementById(anchor);
    if (!target) {
      if (!equationsReady) return; // an equation's anchor: try again once they have loaded
      window.scrollTo({ top: 0 });
      titleRef.current?.focus({ preventScroll: true });
      return;
    }
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start', behavior: document.documentElement.dataset.motion === 'reduce' ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  }, [anchor, equationsReady, titleRef]);
}

function formatValue(value: number): string {
  return String(value);
}

function paramHref(name: string): string {
  return routeHref({ name: 'model', anchor: `param-${name}` });
}

/** Links to the parameter rows of the table: "kBm, tRef, kX". */
function ParameterLinks({ names }: { names: readonly ParameterName[] }): ReactNode {
  return names.map((name, i) => (
    <span key={name}>
      {i > 0 && ', '}
      <a href={paramHref(name)}>
        <code>{name}</code>
      </a>
    </span>
  ));
}

/** Whether an equation needs a whole row (its visible symbols, roughly; short ones sit two to a row). */
function isWide(equation: ModelEquation): boolean {
  return equation.tex.replace(/\\textit\{([^}]*)\}/g, '$1').replace(/\\[a-z]+/g, '').length > 45;
}

const TARGET_ID = /\b((?:PK|CK|RSP|DR|CNS|VP)-\d+|PD-[BT]\d+)\b/g;

/** A parameter's provenance note with the calibration targets it names linked to their rows ("Tuned to PD-T1"). */
function NoteWithTargets({ text }: { text: string }): ReactNode {
  return text.split(TARGET_ID).map((part, i) =>
    i % 2 === 1 && CALIBRATION_TARGETS.some((t) => t.id === part) ? (
      <a key={i} href={routeHref({ name: 'model', anchor: `target-${part}` })} className="model-target-link">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

function EquationBlock({ equation, html }: { equation: ModelEquation; html: string | undefined }): ReactNode {
  return (
    <div className={isWide(equation) ? 'model-equation model-equation-wide' : 'model-equation'} id={`eq-${equation.id}`}>
      {html === undefined ? (
        <pre className="model-equation-tex">
          <code>{equation.tex}</code>
        </pre>
      ) : (
        // KaTeX's output for the model's own TeX, rendered by the build (build/scripts/lessons/model-equations.ts):
        // HTML for the eye, MathML for screen readers. Never text from a reader or a link.
        <div className="model-equation-math" dangerouslySetInnerHTML={{ __html: html }} />
      )}
      <p className="model-equation-meaning">{equation.meaning}</p>
      <p className="model-equation-why">
        <span className="model-equation-label">Why: </span>
        {equation.why}
      </p>
      {equation.parameters.length > 0 && (
        <p className="model-equation-params">
          <span className="model-equation-label">Parameters: </span>
          <ParameterLinks names={equation.parameters} />
        </p>
      )}
    </div>
  );
}

type EquationsHtml = Readonly<Record<string, string>> | 'failed' | null;

/** The build's KaTeX HTML of the equations (its own small chunk): null while loading. */
function useEquationsHtml(): EquationsHtml {
  const [html, setHtml] = useState<EquationsHtml>(null);
  useEffect(() => {
    let live = true;
    loadModelEquations()
      .then((h) => live && setHtml(h))
      .catch(() => live && setHtml('failed'));
    return () => {
      live = false;
    };
  }, []);
  return html;
}

const Equations = memo(function Equations({ loaded }: { loaded: EquationsHtml }): ReactNode {
  const failed = loaded === 'failed';
  const html = failed ? null : loaded;
  const groups = [
    { id: 'model-equations-algebraic', title: 'Quantities computed from the states', kind: 'algebraic' as const },
    { id: 'model-equations-differential', title: 'How the states change over time', kind: 'differential' as const },
  ];
  return (
    <div className="model-equations" data-ready={html !== null}>
      {failed && (
        <p className="notice notice-warning" role="status">
          The rendered equations could not be loaded; they are shown as TeX.
        </p>
      )}
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id}>
          <h3 id={g.id}>{g.title}</h3>
          <div className="model-equation-grid">
            {MODEL_EQUATIONS.filter((e) => e.kind === g.kind).map((e) => (
              <EquationBlock key={e.id} equation={e} html={html?.[e.id]} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
});

const ParametersTable = memo(function ParametersTable({ anchor }: { anchor: string | undefined }): ReactNode {
  return (
    <div className="model-table-scroll" role="region" aria-labelledby="model-parameters-caption" tabIndex={0}>
      <table className="model-table model-parameters">
        <caption id="model-parameters-caption">Every parameter of the model: default value, plausible range, meaning, provenance and sources</caption>
        <ColumnHeads names={['Parameter', 'Value', 'Unit', 'Plausible range', 'Meaning', 'Provenance', 'Sources']} />
        <tbody>
          {PARAMETER_NAMES.map((name) => {
            const p = parameters[name];
            const id = `param-${name}`;
            return (
              <tr key={name} id={id} data-current={anchor === id} data-parameter={name}>
                <th scope="row">
                  <a href={paramHref(name)} className="model-param-name">
                    <code>{name}</code>
                  </a>
                </th>
                <td className="model-num">{formatValue(p.value)}</td>
                <td>{p.unit}</td>
                <td className="model-num">
                  {formatValue(p.range[0])}–{formatValue(p.range[1])}
                </td>
                <td>
                  {p.meaning}
                  {p.clinical && <span className="model-clinical"> Set from a clinical input.</span>}
                </td>
                <td>
                  <abbr className="model-tag" title={PROVENANCE[p.provenance].name} data-tag={p.provenance}>
                    {p.provenance}
                  </abbr>{' '}
                  <NoteWithTargets text={p.note} />
                </td>
                <td>
                  <ReferenceLinks keys={p.citations} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

function ResultCell({ outcome, slow }: { outcome: Outcome | undefined; slow: boolean }): ReactNode {
  if (!outcome) {
    return <span className="model-result model-result-pending">{slow ? 'not run yet' : 'computing…'}</span>;
  }
  return outcome.pass ? (
    <span className="model-result model-result-pass">
      <span aria-hidden="true">✓ </span>pass
    </span>
  ) : (
    <span className="model-result model-result-fail">
      <span aria-hidden="true">✗ </span>fail
    </span>
  );
}

const TargetsTable = memo(function TargetsTable({ results, anchor }: { results: ReadonlyMap<string, Outcome>; anchor: string | undefined }): ReactNode {
  return (
    <div className="model-table-scroll" role="region" aria-labelledby="model-targets-caption" tabIndex={0}>
      <table className="model-table model-targets">
        <caption id="model-targets-caption">Calibration targets: what the model must reproduce, and what it reaches now</caption>
        <ColumnHeads names={['Target', 'Statement', 'Tolerance', 'Sources', 'The model reaches', 'Result']} />
        {GROUPS.map((group) => (
          <tbody key={group}>
            <tr className="model-group-row">
              <th scope="rowgroup" colSpan={6}>
                {TARGET_GROUPS[group]}
              </th>
            </tr>
            {CALIBRATION_TARGETS.filter((t) => t.group === group).map((t) => {
              const outcome = results.get(t.id);
              const id = `target-${t.id}`;
              const state = outcome ? (outcome.pass ? 'pass' : 'fail') : t.slow ? 'not-run' : 'pending';
              return (
                <tr key={t.id} id={id} data-target={t.id} data-result={state} data-current={anchor === id}>
                  <th scope="row">{t.id}</th>
                  <td>{t.statement}</td>
                  <td>
                    {t.tolerance}
                    {t.reference && <span className="model-reference">MODEL.md gives {t.reference}</span>}
                  </td>
                  <td>
                    {t.tags.map((tag) => (
                      <abbr key={tag} className="model-tag" title={PROVENANCE[tag].name} data-tag={tag}>
                        {tag}
                      </abbr>
                    ))}{' '}
                    <ReferenceLinks keys={t.sources} />
                    {t.sourceNote && <span className="model-source-note"> ({t.sourceNote})</span>}
                  </td>
                  <td className="model-reached">{outcome ? outcome.value : ''}</td>
                  <td>
                    <ResultCell outcome={outcome} slow={t.slow === true} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
});

function TargetsSummary({ state, runCohort }: { state: TargetsState; runCohort: () => void }): ReactNode {
  const fastDone = FAST_TARGETS.filter((t) => state.results.has(t.id)).length;
  const computed = [...state.results.values()];
  const passed = computed.filter((o) => o.pass).length;
  const failed = computed.length - passed;
  const running = state.fastMs === null;
  const { cohort } = state;
  return (
    <div className="model-targets-status">
      <p>
        <label htmlFor="model-targets-progress">Targets computed</label>{' '}
        <progress id="model-targets-progress" max={FAST_TARGETS.length} value={fastDone} data-done={!running}>
          {fastDone} of {FAST_TARGETS.length}
        </progress>{' '}
        <span aria-hidden="true">
          {fastDone} of {FAST_TARGETS.length}
        </span>
      </p>
      <p role="status" className="model-targets-summary" data-fast-ms={state.fastMs === null ? undefined : Math.round(state.fastMs)}>
        {running
          ? 'Running the model for each target…'
          : `${computed.length} of ${CALIBRATION_TARGETS.length} targets computed on this computer (the ${FAST_TARGETS.length} of MODEL.md §8 in ${Math.round(state.fastMs!)} ms): ${passed} pass, ${failed} fail.`}
        {cohort.state === 'done' && ` The virtual cohort took ${Math.round(cohort.ms)} ms.`}
      </p>
      {cohort.state !== 'done' && (
        <p className="model-cohort-run">
          <button type="button" className="button secondary" onClick={runCohort} disabled={cohort.state === 'running'} aria-describedby="model-cohort-hint">
            {cohort.state === 'running' ? 'Running the virtual cohort…' : `Run the ${SLOW_TARGETS.length} virtual-cohort targets`}
          </button>{' '}
          {cohort.state === 'running' && cohort.total > 0 && (
            <>
              <label htmlFor="model-cohort-progress" className="visually-hidden">
                Virtual patients simulated
              </label>
              <progress id="model-cohort-progress" max={cohort.total} value={cohort.done}>
                {cohort.done} of {cohort.total}
              </progress>{' '}
              <span aria-hidden="true">
                {cohort.done} of {cohort.total} patients
              </span>
            </>
          )}
          <span id="model-cohort-hint" className="model-hint">
            {' '}
            Simulates two arms of virtual patients (MODEL.md §12), one full model run each; it takes a moment, so it runs only when asked.
          </span>
        </p>
      )}
    </div>
  );
}

export default function ModelPage({ anchor }: { anchor?: string }): ReactNode {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const targets = useLiveTargets();
  const equations = useEquationsHtml();
  useAnchor(anchor, titleRef, equations !== null);
  const tagCounts = PARAMETER_NAMES.reduce<Partial<Record<ProvenanceTag, number>>>((acc, name) => {
    const tag = parameters[name].provenance;
    acc[tag] = (acc[tag] ?? 0) + 1;
    return acc;
  }, {});

  return (
    <article className="model-page" aria-labelledby="model-title">
      <header className="model-header">
        <h1 id="model-title" ref={titleRef} tabIndex={-1}>
          The model
        </h1>
        {anchor !== undefined && !ANCHORS.has(anchor) && (
          <p className="notice notice-warning" role="status">
            This page has no “{anchor}”: the link that brought you here may be out of date.
          </p>
        )}
        <p className="model-disclaimer">
          <strong>{MODEL_DISCLAIMER}</strong> A teaching model: mechanistic in shape, calibrated to published figures, not a clinical tool.
        </p>
        <nav aria-label="On this page" className="model-toc">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={routeHref({ name: 'model', anchor: s.id })}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <section aria-labelledby="model-purpose">
        <h2 id="model-purpose">What the model is for</h2>
        <p>
          Every animation, chart, live number and model-computed question in the atlas reads one model: blinatumomab’s pharmacokinetics
          driving T-cell and CD19⁺ B-cell kinetics and the cytokine burst, with an agent-based model of serial killing for the cell-level
          animations and a virtual cohort for response rates. Time is in days; a regimen is an infusion rate that changes at fixed days.
        </p>
        <p>
          It exists to make the reasons behind the label visible: why blood B cells vanish at any clinical dose while the marrow needs the
          higher dose, why the first days and each dose step carry the risk of cytokine release and neurological events, why cycle 2 is
          calmer than cycle 1, and why burden, T cells and regulatory T cells decide who responds. Each parameter below says where its value
          comes from; each target below is a published observation the model must reproduce, checked again now, on this computer.
        </p>
      </section>

      <section aria-labelledby="model-states">
        <h2 id="model-states">States</h2>
        <div className="model-table-scroll" role="region" aria-labelledby="model-states-caption" tabIndex={0}>
          <table className="model-table model-states">
            <caption id="model-states-caption">The quantities the model follows over time (t in days)</caption>
            <ColumnHeads names={['State', 'Meaning', 'Unit', 'At the start']} />
            <tbody>
              {MODEL_STATES.map((s) => (
                <tr key={s.name} id={`state-${s.name}`}>
                  <th scope="row">
                    <code>{s.name}</code>
                  </th>
                  <td>{s.meaning}</td>
                  <td>{s.unit}</td>
                  <td>
                    <code>{s.initial}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="model-equations">
        <h2 id="model-equations">Equations</h2>
        <p>
          The model as the code integrates it (an adaptive Runge–Kutta method, piecewise between dose changes). R(t) is the infusion rate
          in µg/day. Parameter names link to their rows in the table below.
        </p>
        <Equations loaded={equations} />
      </section>

      <section aria-labelledby="model-parameters">
        <h2 id="model-parameters">Parameters</h2>
        <p>
          The one parameter table the model reads (defaults of the reference patient). The plausible range bounds the sliders and the
          random tests; {CLINICAL_COUNT} of them are set from a patient’s clinical inputs (marrow and blood blasts, Tregs, T cells,
          body-surface area). Provenance says what kind of evidence a value rests on:
        </p>
        <dl className="model-provenance">
          {(Object.keys(PROVENANCE) as ProvenanceTag[]).map((tag) => (
            <div key={tag}>
              <dt>
                <span className="model-tag" data-tag={tag}>
                  {tag}
                </span>{' '}
                {PROVENANCE[tag].name}
              </dt>
              <dd>
                {PROVENANCE[tag].text}
                {tagCounts[tag] ? ` ${tagCounts[tag]} parameter${tagCounts[tag] === 1 ? '' : 's'}.` : ' Used by targets only.'}
              </dd>
            </div>
          ))}
        </dl>
        <ParametersTable anchor={anchor} />
      </section>

      <section aria-labelledby="model-targets">
        <h2 id="model-targets">Calibration targets</h2>
        <p>
          Each target is a published observation the model must reproduce within a tolerance (MODEL.md §8 and §12). The same definitions
          are the project’s tests; here they run again, in the background, when the page opens — the page stays usable meanwhile. The
          targets use three patients:
        </p>
        <ul className="model-scenarios">
          {SCENARIO_IDS.map((id) => (
            <li key={id}>
              <strong>{SCENARIOS[id].label}</strong>: {SCENARIOS[id].description.replace(/^[^:]*:\s*/, '')}.
            </li>
          ))}
        </ul>
        <TargetsSummary state={targets} runCohort={targets.runCohort} />
        <TargetsTable results={targets.results} anchor={anchor} />
      </section>

      <section aria-labelledby="model-limits">
        <h2 id="model-limits">What the model leaves out</h2>
        <ul className="model-limits">
          <li>
            <strong>One average patient.</strong> Pharmacokinetics are one compartment with body-surface area as the only covariate: no
            variability between patients (the label’s spread of steady-state levels is large), no antidrug antibodies. The virtual cohort
            varies only burden, T cells, marrow killing and Tregs.
          </li>
          <li>
            <strong>No treatment of side effects.</strong> No dexamethasone, tocilizumab or pre-phase, and no interruptions or dose changes
            for toxicity: the model never decides to stop. Interruptions happen only when a reader sets them.
          </li>
          <li>
            <strong>B cells come back in the breaks.</strong> Blood B cells refill within days of a stop (turnover only). In patients,
            B-cell aplasia persists through the treatment-free weeks and for months after therapy; the model has no marrow B-cell production.
          </li>
          <li>
            <strong>Blasts regrow in the breaks at the pre-treatment rate.</strong> One marrow fraction grows logistically whenever killing
            stops. There is no resistance, no CD19-negative escape or lineage switch (only the serial-killing animation shows an escape
            clone), and no extramedullary or CNS disease.
          </li>
          <li>
            <strong>Simple immune cells.</strong> One T-cell pool with redistribution and expansion: no CD4/CD8 or memory subsets, no
            exhaustion or activation-induced death; regulatory T cells are a constant brake. Engagement is a saturating function of the drug
            level, not receptor binding.
          </li>
          <li>
            <strong>IL-6 stands for the whole cytokine burst.</strong> No IFN-γ, IL-10 or TNF, no macrophage (HLH-like) loop, no fever.
          </li>
          <li>
            <strong>The indices are teaching constructs.</strong> The CRS index bands and the CNS-risk signal are not validated predictors;
            the bands are not the ASTCT grades.
          </li>
          <li>
            <strong>The cohort’s distributions are teaching choices.</strong> Burden, T cells, killing rate and Tregs are drawn from
            distributions chosen so response rates land near the trials’, not fitted to patient data; some random seeds miss the targets.
          </li>
        </ul>
        <p className="model-disclaimer">
          <strong>{MODEL_DISCLAIMER}</strong> Nothing here describes an individual patient.
        </p>
      </section>
    </article>
  );
}

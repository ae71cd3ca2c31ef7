// Building blocks of the model-computed templates: options around the model's answer (bins for times, ratios
// for magnitudes, fixed choices for directions) with exactly one right, and the PK/PD explorer state an
// explanation opens. Distractors are plausible on purpose: neighbouring bins, the usual slips (a factor of
// three, the other unit), the opposite direction.
import { SCENARIOS, metrics, simulate, type ClinicalInputs, type PeakMetric, type RegimenId } from '../../model';
import { EXPLORER_DEFAULTS, explorerKind, type ExplorerState } from '../../figures/pkpd-explorer/state';
import { DEFAULT_INPUTS, simulationInput, type InputKey, type RangeId } from '../../figures/pkpd-explorer/scenario';
import { formatPercent, formatSignificant } from '../../figures/pkpd-explorer/format';
import { formatDayTime } from '../../ui/clock';
import { LYSIS_DEFAULTS, lysisKind } from '../../figures/serial-lysis/state';
import { CYTOKINE_DEFAULTS, cytokineKind, type BurdenId, type DosingId } from '../../figures/cytokine/state';
import type { LysisFigureSettings } from '../../figures/serial-lysis/scenario';
import type { InstanceFigure, InstanceOption, Rng } from './template';

/** A bin of a time or a magnitude: [lo, hi), with its words. */
export interface Bin {
  lo: number;
  hi: number;
  text: string;
}

/**
 * Bins that tile [start, ∞) with neither gaps nor overlaps (times and ratios: from 0): each entry is a bin's upper
 * edge and its words, and each bin starts where the one before it ends (the last edge is Infinity).
 */
export function contiguousBins(edgesAndWords: readonly (readonly [hi: number, text: string])[], start = 0): readonly Bin[] {
  let lo = start;
  return edgesAndWords.map(([hi, text]) => {
    if (!(hi > lo)) throw new Error(`bin "${text}" ends at ${hi}, not above its start ${lo}`);
    const bin = { lo, hi, text };
    lo = hi;
    return bin;
  });
}

/**
 * `count` consecutive bins that contain `value`, the window placed at random among those that fit (so the right
 * bin is not always in the middle). Bins must be sorted and disjoint; exactly one option is right.
 */
export function binOptions(value: number, bins: readonly Bin[], count: number, rng: Rng, explain: (bin: Bin, right: boolean) => string): InstanceOption[] {
  const index = bins.findIndex((b) => value >= b.lo && value < b.hi);
  if (index < 0) throw new Error(`value ${value} lies outside every bin`);
  const n = Math.min(count, bins.length);
  const firstStart = Math.max(0, index - n + 1);
  const lastStart = Math.min(index, bins.length - n);
  const start = firstStart + Math.floor(rng.next() * (lastStart - firstStart + 1));
  return bins.slice(start, start + n).map((bin, k) => {
    const right = start + k === index;
    return { text: bin.text, correct: right, explanation: explain(bin, right) };
  });
}

/** A candidate wrong answer for a magnitude: its value and why someone would pick it. */
export interface Distractor {
  value: number;
  why: string;
}

/**
 * The model's value and `count − 1` distractors, each at least `minRatio` away from the answer and from each other
 * (on a ratio scale) and distinct as shown. Candidates are tried in order; the options come back sorted by value.
 */
export function magnitudeOptions(
  answer: { value: number; why: string },
  candidates: readonly Distractor[],
  count: number,
  format: (value: number) => string,
  minRatio = 1.3,
): InstanceOption[] {
  const chosen: Distractor[] = [];
  const far = (a: number, b: number) => Math.max(a, b) / Math.max(Math.min(a, b), Number.MIN_VALUE) >= minRatio;
  const shown = new Set([format(answer.value)]);
  for (const c of candidates) {
    if (chosen.length >= count - 1) break;
    if (!(c.value > 0) || !Number.isFinite(c.value)) continue;
    const text = format(c.value);
    if (shown.has(text) || !far(c.value, answer.value) || chosen.some((d) => !far(d.value, c.value))) continue;
    shown.add(text);
    chosen.push(c);
  }
  if (chosen.length < count - 1) throw new Error(`only ${chosen.length} distractors for ${format(answer.value)}`);
  return [{ value: answer.value, text: format(answer.value), correct: true, explanation: answer.why }, ...chosen.map((d) => ({ value: d.value, text: format(d.value), correct: false, explanation: d.why }))]
    .sort((a, b) => a.value - b.value)
    .map(({ text, correct, explanation }) => ({ text, correct, explanation }));
}

/** Fixed choices (e.g. "higher", "lower", "about the same"), the right one named by index. */
export function choiceOptions(choices: readonly { text: string; explanation: string }[], right: number): InstanceOption[] {
  return choices.map((c, k) => ({ text: c.text, correct: k === right, explanation: c.explanation }));
}

/** The PK/PD explorer showing a patient on a regimen, paused at `tDays` in the given view range. */
export function explorerFigure(options: { regimen: RegimenId; clinical: ClinicalInputs; tDays: number; range: RangeId; caption: string }): InstanceFigure {
  let state: ExplorerState = explorerKind.reduce(EXPLORER_DEFAULTS, { type: 'regimen', regimen: options.regimen });
  state = explorerKind.reduce(state, { type: 'range', range: options.range });
  for (const [key, value] of Object.entries(options.clinical) as [InputKey, number][]) {
    state = explorerKind.reduce(state, { type: 'input', key, value });
  }
  state = explorerKind.reduce(state, { type: 'time', action: { type: 'seek', t: options.tDays } });
  return { component: explorerKind.component, state, caption: options.caption };
}

/** The shown numbers of an instance: `value` as `shown`, by name (the test checks each appears in the explanation). */
export function shownNumbers(entries: Record<string, [number, string]>): Record<string, { value: number; shown: string }> {
  return Object.fromEntries(Object.entries(entries).map(([name, [value, shown]]) => [name, { value, shown }]));
}

/** Below this share of marrow blasts (%) a patient is taken to have no blasts in the blood (MRD-level burden). */
export const MRD_LEVEL_PCT = 5;

/**
 * A patient's clinical inputs with the blood blasts that go with the marrow: none at MRD level (< 5 % marrow blasts),
 * otherwise the model's default relapsed patient's 1 × 10⁹/L; a value given explicitly wins.
 */
export function withBloodBlasts(clinical: ClinicalInputs & { marrowBlastsPct: number }): ClinicalInputs {
  const relapsed = SCENARIOS.rr.clinical.peripheralBlastsGPerL;
  return { peripheralBlastsGPerL: clinical.marrowBlastsPct < MRD_LEVEL_PCT ? 0 : relapsed, ...clinical };
}

/** Body-surface area of a child under 45 kg, drawn from 0.6 to 1.3 m² (the per-m² doses stay under their caps). */
export function drawChildBsa(rng: Rng): number {
  return rng.uniform(0.6, 1.3, 0.05);
}

/** An adult in cycle 1: relapsed on the label schedule, or MRD-positive on 28 µg/day, with marrow blasts to match. */
export interface RelapsedOrMrdAdult {
  regimen: Extract<RegimenId, 'label-rr' | 'mrd'>;
  marrowBlastsPct: number;
  tregPct: number;
}

/**
 * Draws a relapsed adult (label schedule, marrow blasts 10–90 %) or an MRD-positive one (28 µg/day, marrow blasts
 * picked from `mrdBlastsPct`), with Tregs from 2 % to `maxTregPct` of CD4⁺.
 */
export function drawRelapsedOrMrdAdult(rng: Rng, mrdBlastsPct: readonly number[], maxTregPct: number): RelapsedOrMrdAdult {
  const regimen = rng.pick(['label-rr', 'mrd'] as const);
  return {
    regimen,
    marrowBlastsPct: regimen === 'mrd' ? rng.pick(mrdBlastsPct) : rng.uniform(10, 90, 5),
    tregPct: rng.uniform(2, maxTregPct, 0.5),
  };
}

/** The sentence every explanation ends with. */
export const ILLUSTRATIVE = 'Illustrative — not for dosing.';

/**
 * Draws inputs until `accept` holds for them — e.g. until the model's answer keeps clear of a bin edge or a
 * threshold, so that exactly one option is unambiguously right. Deterministic for a seed; throws if no draw of
 * `tries` is acceptable (the 200-draw test would show a range where that can happen).
 */
export function drawWhere<T>(rng: Rng, drawOnce: (rng: Rng) => T, accept: (inputs: T) => boolean, tries = 60): T {
  for (let k = 0; k < tries; k += 1) {
    const inputs = drawOnce(rng);
    if (accept(inputs)) return inputs;
  }
  throw new Error(`no acceptable draw in ${tries} tries`);
}

/** True when `value` lies more than `margin` (relative) away from every positive, finite edge. */
export function clearOf(value: number, edges: readonly number[], margin = 0.06): boolean {
  return edges.every((edge) => !(edge > 0 && Number.isFinite(edge)) || Math.abs(value / edge - 1) > margin);
}

/** The finite inner edges of bins (where a value could sit ambiguously between two options). */
export function binEdges(bins: readonly Bin[]): number[] {
  return bins.flatMap((b) => [b.lo, b.hi]).filter((e) => e > 0 && Number.isFinite(e));
}

/**
 * A pure function of the inputs that remembers its last call: `draw` checks the model's answer (to keep it
 * clear of an edge) and `build` uses the same run without simulating twice.
 */
export function rememberLast<I, O>(compute: (inputs: I) => O): (inputs: I) => O {
  let lastKey: string | null = null;
  let lastValue: O | undefined;
  return (inputs) => {
    const key = JSON.stringify(inputs);
    if (key !== lastKey) {
      lastValue = compute(inputs);
      lastKey = key;
    }
    return lastValue as O;
  };
}

/**
 * A pure function of few distinct inputs that remembers every call (up to `max` of them): for model runs whose
 * inputs come from short lists, so that repeated draws and several templates never simulate the same case twice.
 */
export function memoize<I, O>(compute: (inputs: I) => O, max = 2000): (inputs: I) => O {
  const cache = new Map<string, O>();
  return (inputs) => {
    const key = JSON.stringify(inputs);
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = compute(inputs);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * The cycle-1 IL-6 peak of a start (value and time; the burst comes within hours, so three days are simulated).
 * Remembered: the IL-6 templates draw their inputs from short lists and ask for the same cases again and again.
 */
export const firstIl6Peak = memoize(({ regimen, clinical }: { regimen: RegimenId; clinical: ClinicalInputs }): PeakMetric => {
  const peak = metrics(simulate({ regimen, days: 3, clinical })).il6PeakByCycle[0];
  if (!peak) throw new Error(`no cycle-1 IL-6 peak on ${regimen}`);
  return peak;
});

/** "About 3.1 %" for a fraction (0–1), with significant digits ("About 2.4 × 10⁻⁵ %" for tiny ones). */
export function aboutPercent(fraction: number, digits = 2): string {
  return `About ${formatPercent(fraction, digits)}`;
}

/** The serial-lysis well with the given settings, paused at `tDays` (its clock runs 0–2 days). */
export function lysisFigure(options: { settings: Partial<LysisFigureSettings>; tDays: number; caption: string }): InstanceFigure {
  let state = lysisKind.reduce(LYSIS_DEFAULTS, { type: 'settings', patch: options.settings });
  state = lysisKind.reduce(state, { type: 'time', action: { type: 'seek', t: options.tDays } });
  return { component: lysisKind.component, state, caption: options.caption };
}

/**
 * The activation-burst figure at a burden with the given regimens drawn (by default the flat 15 µg/m²/day and the
 * stepped 5 → 15 µg/m²/day starts), paused at `tDays` (0–10).
 */
export function cytokineFigure(options: { burden: BurdenId; tDays: number; caption: string; shown?: readonly DosingId[] }): InstanceFigure {
  const shown = options.shown ?? ['flat-15', 'weight-lt-45'];
  let state = cytokineKind.reduce(CYTOKINE_DEFAULTS, { type: 'burden', burden: options.burden });
  for (const dosing of ['flat-15', 'weight-lt-45', 'flat-60'] as const) {
    state = cytokineKind.reduce(state, { type: 'show', dosing, on: shown.includes(dosing) });
  }
  state = cytokineKind.reduce(state, { type: 'time', action: { type: 'seek', t: options.tDays } });
  return { component: cytokineKind.component, state, caption: options.caption };
}

/**
 * The candidate distractors for `magnitudeOptions`: the telling ones first (always offered when far enough from the
 * answer), then the others in a random order, so that the right option does not always sit in the same place.
 */
export function distractors(rng: Rng, telling: readonly Distractor[], others: readonly Distractor[]): Distractor[] {
  return [...telling, ...rng.shuffle(others)];
}

/**
 * Draws inputs whose answer falls in a class picked at random first, so that each class (a choice option, a
 * direction) is the right one about equally often. `drawOnce` is told the class sought (it may narrow its ranges
 * towards it, within the stated ones); `classOf` gives an acceptable draw's class, or null for a draw to refuse
 * (e.g. one too close to a line). If the class is not met in `tries` draws, the first acceptable draw is taken;
 * deterministic for a seed; throws only if no draw was acceptable at all.
 */
export function drawBalanced<T, C>(rng: Rng, classes: readonly C[], drawOnce: (rng: Rng, target: C) => T, classOf: (inputs: T) => C | null, tries = 40): T {
  const target = rng.pick(classes);
  let fallback: T | undefined;
  for (let k = 0; k < tries; k += 1) {
    const inputs = drawOnce(rng, target);
    const c = classOf(inputs);
    if (c === null) continue;
    if (c === target) return inputs;
    fallback ??= inputs;
  }
  if (fallback === undefined) throw new Error(`no acceptable draw in ${tries} tries`);
  return fallback;
}

/**
 * What the PK/PD explorer shows for a patient at a time: its inputs are the explorer's defaults (the model's
 * default relapsed patient, with 1 × 10⁹/L blood blasts) overridden by `clinical`, run over the explorer's
 * two cycles — so a caption can say what the figure actually draws, with the figure's own numbers.
 * Remembered: templates ask for the same few cases again and again.
 */
export const explorerReadout = memoize(({ regimen, clinical, tDays }: { regimen: RegimenId; clinical: ClinicalInputs; tDays: number }) => {
  const trajectory = simulate({ ...simulationInput(regimen, { ...DEFAULT_INPUTS, ...clinical }), outputStepMinutes: 60 });
  const point = trajectory.at(tDays);
  const start = trajectory.at(0);
  return {
    C: point.C,
    X: point.X,
    bp: point.Bp,
    bp0: start.Bp,
    tp: point.Tp,
    il6: point.I,
    /** The explorer's readout "Blood CD19⁺ < 1 % of baseline after …" (null: not within its two cycles). */
    depletionDay: metrics(trajectory).bCellDepletionDay,
  };
});

/**
 * A time as the atlas's figures show it ("day 7, 02:50": days counted from 0 at the start of infusion), with the
 * label's day (the label counts the first infusion day as day 1: the figure's day 7, 02:50 is label day 8, and the
 * figure's day 28, 00:00 is the end of label day 28).
 */
export function figureTime(tDays: number): string {
  const minutes = Math.round(tDays * 24 * 60);
  const whole = minutes % (24 * 60) === 0;
  const day = Math.floor(minutes / (24 * 60));
  return `${formatDayTime(tDays)} on the figure’s clock (${whole && day > 0 ? `the end of label day ${day}` : `label day ${day + 1}`})`;
}

/** For stems that name label days: how they map onto the figures' clocks. */
export const LABEL_DAYS_NOTE = 'Days are counted as the label counts them, the first infusion day being day 1; the atlas’s figures count from day 0, so on their clocks the day-8 step sits at day 7, 00:00.';

/** A blood count per µL as a caption shows it ("64 /µL"). */
export const perUl = (value: number): string => `${formatSignificant(value, 2)}/µL`;

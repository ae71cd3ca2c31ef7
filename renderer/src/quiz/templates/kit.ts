// Building blocks of the model-computed templates: options around the model's answer (bins for times, ratios
// for magnitudes, fixed choices for directions) with exactly one right, and the PK/PD explorer state an
// explanation opens. Distractors are plausible on purpose: neighbouring bins, the usual slips (a factor of
// three, the other unit), the opposite direction.
import type { ClinicalInputs, RegimenId } from '../../model';
import { EXPLORER_DEFAULTS, explorerKind, type ExplorerState } from '../../figures/pkpd-explorer/state';
import type { InputKey, RangeId } from '../../figures/pkpd-explorer/scenario';
import type { InstanceFigure, InstanceOption, Rng } from './template';

/** A bin of a time or a magnitude: [lo, hi), with its words. */
export interface Bin {
  lo: number;
  hi: number;
  text: string;
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

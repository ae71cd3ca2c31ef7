// Pure layout of the virtual-trial figure: the waterfall (patients sorted by marrow blasts on a log axis,
// one bar each, the 5 % and 0.01 % lines, the bracket of responders), the colour bins with their legend,
// and the cohort statistics the text and the comparison panel read. No DOM.
import { scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { CR_LIKE_MAX_BLASTS, MRD_NEGATIVE_MAX_BLASTS, isCrLike, isMrdNegative, type CohortPatient, type CohortResult } from '../../model';
import type { ColourBy, VtDay } from './state';

export interface WaterfallSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const WATERFALL: WaterfallSize = { width: 640, height: 258, margin: { top: 12, right: 82, bottom: 42, left: 58 } };

/** The log axis of marrow blasts [fraction]: 10⁻⁶ (0.0001 %, every deeper value sits on the floor) to 1 (100 %). */
export const BLAST_FLOOR = 1e-6;
export const BLAST_TOP = 1;

export function innerWidth(size: WaterfallSize = WATERFALL): number {
  return size.width - size.margin.left - size.margin.right;
}

export function innerHeight(size: WaterfallSize = WATERFALL): number {
  return size.height - size.margin.top - size.margin.bottom;
}

export function blastScale(size: WaterfallSize = WATERFALL): ScaleContinuousNumeric<number, number> {
  return scaleLog().domain([BLAST_FLOOR, BLAST_TOP]).range([innerHeight(size), 0]).clamp(true);
}

/** The y-axis ticks: every decade, labelled in percent (the floor says it holds everything below it). */
export const BLAST_TICKS: readonly { fraction: number; label: string }[] = [
  { fraction: 1, label: '100 %' },
  { fraction: 0.1, label: '10 %' },
  { fraction: 0.01, label: '1 %' },
  { fraction: 1e-3, label: '0.1 %' },
  { fraction: 1e-4, label: '0.01 %' },
  { fraction: 1e-5, label: '10⁻³ %' },
  { fraction: 1e-6, label: '≤ 10⁻⁴ %' },
];

/** Marrow blasts of a patient at the day shown [fraction]. */
export function blastsAt(p: CohortPatient, day: VtDay): number {
  return day === 28 ? p.X28 : (p.X70 ?? p.X28);
}

/** CR-like by the day shown: at day 28, or (day 70) at day 28 or day 70 — the model's responders28 / responders70. */
export function respondedBy(p: CohortPatient, day: VtDay): boolean {
  return day === 28 ? isCrLike(p.X28) : isCrLike(p.X28) || (p.X70 !== null && isCrLike(p.X70));
}

/** Patient indices (0-based) from the highest marrow blasts at `day` to the lowest; ties keep sampling order. */
export function sortOrder(patients: readonly CohortPatient[], day: VtDay): number[] {
  return patients.map((_, i) => i).sort((a, b) => blastsAt(patients[b]!, day) - blastsAt(patients[a]!, day) || a - b);
}

// ── colour bins ─────────────────────────────────────────────────────────────────────────────────────────

export interface ColourBin {
  id: 'low' | 'mid' | 'high';
  label: string;
  /** CSS colour from the theme's colour-blind-safe (Okabe–Ito) palette. */
  color: string;
}

export interface ColourScheme {
  by: ColourBy;
  /** Legend title. */
  title: string;
  bins: readonly ColourBin[];
  binOf(p: CohortPatient): number;
}

/** Blue → orange → vermillion: low, middle, high (told apart with every common colour-vision deficiency, and by lightness). */
const BIN_COLOURS = ['var(--series-drug)', 'var(--series-bcell)', 'var(--series-il6)'] as const;

/** Treg bins around the responders' median (~5 %) and the 8.5 % cut-off of Duell 2017. */
export const TREG_LOW_PCT = 5;
export const TREG_CUTOFF_PCT = 8.5;
/** Burden bins: the source review's pre-phase threshold (50 %) and the atlas's high-burden scenario (80 %). */
export const BURDEN_MID = 0.5;
export const BURDEN_HIGH = 0.8;

export const COLOUR_SCHEMES: Readonly<Record<ColourBy, ColourScheme>> = {
  treg: {
    by: 'treg',
    title: 'Tregs (% of CD4⁺)',
    bins: [
      { id: 'low', label: `< ${TREG_LOW_PCT} %`, color: BIN_COLOURS[0] },
      { id: 'mid', label: `${TREG_LOW_PCT}–${TREG_CUTOFF_PCT} %`, color: BIN_COLOURS[1] },
      { id: 'high', label: `≥ ${TREG_CUTOFF_PCT} % (cut-off)`, color: BIN_COLOURS[2] },
    ],
    binOf: (p) => (p.treg < TREG_LOW_PCT ? 0 : p.treg < TREG_CUTOFF_PCT ? 1 : 2),
  },
  burden: {
    by: 'burden',
    title: 'Marrow blasts at the start',
    bins: [
      { id: 'low', label: `≤ ${BURDEN_MID * 100} %`, color: BIN_COLOURS[0] },
      { id: 'mid', label: `${BURDEN_MID * 100}–${BURDEN_HIGH * 100} %`, color: BIN_COLOURS[1] },
      { id: 'high', label: `> ${BURDEN_HIGH * 100} %`, color: BIN_COLOURS[2] },
    ],
    binOf: (p) => (p.x0 <= BURDEN_MID ? 0 : p.x0 <= BURDEN_HIGH ? 1 : 2),
  },
};

// ── the waterfall ───────────────────────────────────────────────────────────────────────────────────────

export interface Bar {
  /** 1-based patient number (sampling order: the same person under every regimen). */
  patient: number;
  /** Position from the left (0 = highest marrow blasts). */
  slot: number;
  /** Left edge of the patient's slot and its width (inner-plot pixels): the hit area and focus ring. */
  slotX: number;
  slotWidth: number;
  /** The drawn bar: left edge, width, top and height (it stands on the floor). */
  x: number;
  width: number;
  y: number;
  height: number;
  blasts: number;
  /** Below the 5 % line at the day shown. */
  below: boolean;
  bin: number;
}

/** One bar per patient, in patient order; bars stand on the floor of the log axis. */
export function waterfallBars(patients: readonly CohortPatient[], day: VtDay, colourBy: ColourBy, size: WaterfallSize = WATERFALL): Bar[] {
  const order = sortOrder(patients, day);
  const slotWidth = patients.length ? innerWidth(size) / patients.length : 0;
  const gap = slotWidth >= 2.5 ? Math.min(1, slotWidth * 0.2) : 0;
  const y = blastScale(size);
  const bottom = innerHeight(size);
  const scheme = COLOUR_SCHEMES[colourBy];
  const bars: Bar[] = new Array(patients.length);
  order.forEach((index, slot) => {
    const p = patients[index]!;
    const blasts = blastsAt(p, day);
    // a bar on the floor still shows as a sliver
    const height = Math.max(1, bottom - y(blasts));
    bars[index] = {
      patient: index + 1,
      slot,
      slotX: slot * slotWidth,
      slotWidth,
      x: slot * slotWidth + gap / 2,
      width: slotWidth - gap,
      y: bottom - height,
      height,
      blasts,
      below: isCrLike(blasts),
      bin: scheme.binOf(p),
    };
  });
  return bars;
}

/** The patient (1-based) at each slot, left to right. */
export function patientsBySlot(bars: readonly Bar[]): number[] {
  const out = new Array<number>(bars.length);
  for (const b of bars) out[b.slot] = b.patient;
  return out;
}

/**
 * The patient a roving-focus key moves to from `patient` (0 = none yet: the first key lands on the first
 * bar): ←/→ one bar, Page Up/Down ten, Home/End the ends. Null for any other key.
 */
export function movedFocus(bySlot: readonly number[], patient: number, key: string): number | null {
  const n = bySlot.length;
  if (n === 0) return null;
  const at = bySlot.indexOf(patient);
  const from = at < 0 ? 0 : at;
  let to: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      to = at < 0 ? 0 : from + 1;
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      to = at < 0 ? 0 : from - 1;
      break;
    case 'PageDown':
      to = from + 10;
      break;
    case 'PageUp':
      to = from - 10;
      break;
    case 'Home':
      to = 0;
      break;
    case 'End':
      to = n - 1;
      break;
    default:
      return null;
  }
  return bySlot[Math.max(0, Math.min(n - 1, to))]!;
}

export interface ThresholdLine {
  id: 'cr' | 'mrd';
  y: number;
  /** Two short lines of label in the right margin. */
  label: [string, string];
}

/** The 5 % (CR-like) and 0.01 % (MRD-negative-like) lines — the model's clinical thresholds. */
export function thresholdLines(size: WaterfallSize = WATERFALL): ThresholdLine[] {
  const y = blastScale(size);
  return [
    { id: 'cr', y: y(CR_LIKE_MAX_BLASTS), label: ['≤ 5 %', 'CR-like'] },
    { id: 'mrd', y: y(MRD_NEGATIVE_MAX_BLASTS), label: ['< 0.01 %', 'MRD-neg.'] },
  ];
}

export interface Bracket {
  x0: number;
  x1: number;
  count: number;
  label: string;
}

/** The bracket under the bars that sit at or below the 5 % line at the day shown (they are the rightmost). */
export function responderBracket(bars: readonly Bar[], day: VtDay): Bracket | null {
  const below = bars.filter((b) => b.below);
  if (below.length === 0) return null;
  const x0 = Math.min(...below.map((b) => b.slotX));
  const x1 = Math.max(...below.map((b) => b.slotX + b.slotWidth));
  return { x0, x1, count: below.length, label: `${below.length} at or below 5 % at day ${day}` };
}

// ── statistics ──────────────────────────────────────────────────────────────────────────────────────────

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface TrialStats {
  size: number;
  /** Responders by the day shown (respondedBy) and their share. */
  responders: number;
  share: number;
  /** CR-like at day 28, and at day 28 or 70 (the model's responders28 / responders70). */
  share28: number;
  share70: number;
  /** MRD-negative-like (X < 10⁻⁴) at day 28. */
  mrdNegative28: number;
  medianTregResponders: number | null;
  medianTregNonResponders: number | null;
  medianBurdenResponders: number | null;
  medianBurdenNonResponders: number | null;
}

/** What the text and the comparison panel say about a cohort at the day shown. */
export function trialStats(result: CohortResult, day: VtDay): TrialStats {
  const responders = result.patients.filter((p) => respondedBy(p, day));
  const non = result.patients.filter((p) => !respondedBy(p, day));
  const n = result.patients.length;
  return {
    size: n,
    responders: responders.length,
    share: n ? responders.length / n : 0,
    share28: result.summary.responders28,
    share70: result.summary.responders70 ?? result.summary.responders28,
    mrdNegative28: result.patients.filter((p) => isMrdNegative(p.X28)).length,
    medianTregResponders: median(responders.map((p) => p.treg)),
    medianTregNonResponders: median(non.map((p) => p.treg)),
    medianBurdenResponders: median(responders.map((p) => p.x0)),
    medianBurdenNonResponders: median(non.map((p) => p.x0)),
  };
}

/** A share as readers write it: "30 %", "48.5 %". */
export function formatShare(share: number): string {
  return `${Number((share * 100).toFixed(1))} %`;
}

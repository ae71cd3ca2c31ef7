// The published response rates the virtual trial is read against, each with the trial row of
// content/quiz/trials.yaml it comes from and the words there that carry it (a unit test checks they match).
import type { VtDay } from './state';

export interface TrialComparator {
  id: 'topp-cycle1' | 'topp' | 'tower' | 'blast';
  /** Short name shown beside the bar. */
  label: string;
  /** What was counted, in the trial's own terms. */
  measure: string;
  /** The share as a percentage. */
  sharePct: number;
  /** Citation keys (content/references). */
  refs: readonly string[];
  /** The row of content/quiz/trials.yaml and the text in its efficacy column this figure is taken from. */
  trialId: string;
  evidence: readonly string[];
  /** Which comparison it belongs to: CR-like after cycle 1 (day 28), within two cycles (day 70), or MRD-negative. */
  compares: 'day28' | 'day70' | 'mrd';
  /** Set when the number is derived from the published ones (shown as "≈"). */
  derived?: string;
}

const TOPP_SHARE_PCT = 43;
const TOPP_CYCLE1_FRACTION = 0.79;

export const TRIAL_COMPARATORS: readonly TrialComparator[] = [
  {
    id: 'topp-cycle1',
    label: 'Topp 2015, cycle 1',
    measure: 'CR/CRh after cycle 1: 79 % of the 43 % came in cycle 1',
    sharePct: Math.round(TOPP_SHARE_PCT * TOPP_CYCLE1_FRACTION),
    refs: ['topp2015'],
    trialId: 'international-phase2',
    evidence: ['(43 %)', '79 % of responses in cycle 1'],
    compares: 'day28',
    derived: '43 % × 79 %',
  },
  {
    id: 'topp',
    label: 'Topp 2015',
    measure: 'CR/CRh within two cycles, 81 of 189',
    sharePct: TOPP_SHARE_PCT,
    refs: ['topp2015'],
    trialId: 'international-phase2',
    evidence: ['CR/CRh within 2 cycles 81/189 (43 %)'],
    compares: 'day70',
  },
  {
    id: 'tower',
    label: 'TOWER',
    measure: 'CR/CRh/CRi on blinatumomab (CR alone 34 %)',
    sharePct: 44,
    refs: ['kantarjian2017'],
    trialId: 'tower',
    evidence: ['CR/CRh/CRi 44 %', 'CR 34 %'],
    compares: 'day70',
  },
  {
    id: 'blast',
    label: 'BLAST',
    measure: 'complete MRD response after cycle 1, 88 of 113',
    sharePct: 78,
    refs: ['gokbuget2018'],
    trialId: 'blast',
    evidence: ['88/113 (78 %)'],
    compares: 'mrd',
  },
];

export function comparator(id: TrialComparator['id']): TrialComparator {
  return TRIAL_COMPARATORS.find((c) => c.id === id)!;
}

/** The comparison that matches the waterfall's day: after cycle 1 at day 28, within two cycles at day 70. */
export function comparesFor(day: VtDay): 'day28' | 'day70' {
  return day === 28 ? 'day28' : 'day70';
}

/** What each trial counted, in one short paragraph under the comparison. */
export function trialsNote(): string {
  const topp = comparator('topp');
  const cycle1 = comparator('topp-cycle1');
  const tower = comparator('tower');
  const blast = comparator('blast');
  return (
    `Topp 2015: ${topp.measure}; 79 % of them in cycle 1, so about ${cycle1.sharePct} % after cycle 1. ` +
    `TOWER: ${tower.measure}. BLAST: ${blast.measure}. The MRD arm runs the same trial’s MRD-positive patients on the mrd regimen.`
  );
}

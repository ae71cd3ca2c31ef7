// The rules the management cases teach, as pure functions: ASTCT grading of CRS and ICANS (Lee 2019) and
// the current label's action for adults ≥ 45 kg. The cases are content (content/cases/*.yaml); every marked
// answer is tested against these functions, and every rule path below is exercised by at least one case.

/** A citation key from content/references (the build checks every key a case cites). */
export type SourceKey = string;

export type Grade = 0 | 1 | 2 | 3 | 4;

// ── ASTCT CRS (Lee 2019): fever ≥ 38 °C plus the worse of hypotension and hypoxia ──

export type OxygenSupport =
  | { device: 'none' }
  | { device: 'nasal-cannula'; flowLPerMin: number }
  | { device: 'blow-by' }
  | { device: 'face-mask' | 'non-rebreather' | 'venturi' }
  | { device: 'cpap' | 'bipap' | 'ventilation' };

export interface CrsFindings {
  temperatureC: number;
  /** Fever is no longer required once antipyretics or anti-cytokine therapy have been given. */
  antipyreticsOrAntiCytokineGiven?: boolean;
  hypotension: boolean;
  /** Vasopressors needed, NOT counting vasopressin (ASTCT: "with or without vasopressin"). */
  vasopressorsExcludingVasopressin: number;
  oxygen: OxygenSupport;
}

/** Fever threshold of the ASTCT CRS definition (°C). */
export const CRS_FEVER_C = 38;
/** Nasal-cannula flow above which oxygen counts as high-flow (grade 3), L/min. */
export const LOW_FLOW_MAX_L_PER_MIN = 6;

export function hypotensionGrade(f: Pick<CrsFindings, 'hypotension' | 'vasopressorsExcludingVasopressin'>): Grade {
  if (!f.hypotension) return 1;
  if (f.vasopressorsExcludingVasopressin <= 0) return 2;
  return f.vasopressorsExcludingVasopressin === 1 ? 3 : 4;
}

export function hypoxiaGrade(o: OxygenSupport): Grade {
  switch (o.device) {
    case 'none':
      return 1;
    case 'blow-by':
      return 2;
    case 'nasal-cannula':
      return o.flowLPerMin > LOW_FLOW_MAX_L_PER_MIN ? 3 : 2;
    case 'face-mask':
    case 'non-rebreather':
    case 'venturi':
      return 3;
    case 'cpap':
    case 'bipap':
    case 'ventilation':
      return 4;
  }
}

/** ASTCT CRS grade (0 = no CRS: no fever and no antipyretic/anti-cytokine therapy masking it). */
export function gradeCrs(f: CrsFindings): Grade {
  if (f.temperatureC < CRS_FEVER_C && !f.antipyreticsOrAntiCytokineGiven) return 0;
  return Math.max(hypotensionGrade(f), hypoxiaGrade(f.oxygen)) as Grade;
}

// ── ASTCT ICANS (Lee 2019): the worst domain sets the grade ──

export interface IcansFindings {
  /** ICE score 0–10, or 'unable' when the patient cannot perform the test. */
  iceScore: number | 'unable';
  consciousness: 'normal' | 'wakes-spontaneously' | 'wakes-to-voice' | 'wakes-to-touch' | 'unarousable';
  seizure: 'none' | 'rapidly-resolving' | 'prolonged-or-repetitive';
  deepFocalMotorWeakness: boolean;
  cerebralOedema: 'none' | 'focal' | 'diffuse';
}

export function iceGrade(ice: IcansFindings['iceScore']): Grade {
  if (ice === 'unable') return 4;
  if (ice >= 10) return 0;
  if (ice >= 7) return 1;
  if (ice >= 3) return 2;
  return 3;
}

const CONSCIOUSNESS_GRADE: Record<IcansFindings['consciousness'], Grade> = {
  normal: 0,
  'wakes-spontaneously': 1,
  'wakes-to-voice': 2,
  'wakes-to-touch': 3,
  unarousable: 4,
};

const SEIZURE_GRADE: Record<IcansFindings['seizure'], Grade> = { none: 0, 'rapidly-resolving': 3, 'prolonged-or-repetitive': 4 };
const OEDEMA_GRADE: Record<IcansFindings['cerebralOedema'], Grade> = { none: 0, focal: 3, diffuse: 4 };

export function gradeIcans(f: IcansFindings): Grade {
  return Math.max(
    iceGrade(f.iceScore),
    CONSCIOUSNESS_GRADE[f.consciousness],
    SEIZURE_GRADE[f.seizure],
    f.deepFocalMotorWeakness ? 4 : 0,
    OEDEMA_GRADE[f.cerebralOedema],
  ) as Grade;
}

// ── The label's actions (adults ≥ 45 kg) ──
// The label's dose-modification table is written in CTCAE grades; the cases grade CRS and ICANS with ASTCT
// and then read that grade into the table, which is an approximation the cases say out loud.

export const ACTION_IDS = [
  'prephase-premed-start-9',
  'premed-start-9-no-prephase',
  'prephase-premed-start-28',
  'prephase-premed-start-per-m2',
  'premed-start-28-no-prephase',
  'start-9-no-premed',
  'continue',
  'reduce-rate',
  'interrupt-dexamethasone',
  'withhold-until-grade-1',
  'discontinue',
  'discontinue-dexamethasone',
  'discontinue-no-dexamethasone',
  'consider-discontinuation',
  'tocilizumab-continue',
  'restart-9-escalate',
  'restart-28',
  'restart-per-m2',
  'escalate-28-premed',
  'escalate-28-no-premed',
  'escalate-per-m2',
  'stay-9',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** A point in a case where the label prescribes one action. */
export type Situation =
  | { type: 'before-cycle-1'; weightKg: number; marrowBlastsPct: number; bloodBlastsGPerL: number }
  | { type: 'crs'; grade: Grade }
  | { type: 'neurotoxicity'; grade: Grade; seizuresSoFar: number; doseAtOnsetUgPerDay: number }
  | { type: 'other-adverse-reaction'; grade: Grade }
  | { type: 'resolved'; after: 'crs' | 'neurotoxicity' | 'other'; daysAtGrade1OrBetter: number; daysToResolve: number }
  | { type: 'restarted-no-recurrence'; daysAt9UgPerDay: number };

/** Pre-phase rule of the EU SmPC: marrow blasts ≥ 50 % or blood blasts > 15 000/µL (= 15 × 10⁹/L). */
export const PREPHASE_MARROW_BLASTS_PCT = 50;
export const PREPHASE_BLOOD_BLASTS_G_PER_L = 15;
/** Label doses for adults ≥ 45 kg (µg/day, flat) and dexamethasone doses (mg). */
export const ADULT_MIN_WEIGHT_KG = 45;
export const START_DOSE_UG_PER_DAY = 9;
export const FULL_DOSE_UG_PER_DAY = 28;
export const DAYS_BEFORE_ESCALATION = 7;
export const PREMEDICATION_DEXAMETHASONE_MG = 20;
export const CRS_DEXAMETHASONE_MG = 8;
export const CRS_DEXAMETHASONE_EVERY_HOURS = 8;
export const CRS_DEXAMETHASONE_MAX_DAYS = 3;
export const CRS_DEXAMETHASONE_TAPER_DAYS = 4;
/** Grade 3 neurological or other adverse reactions: withhold until ≤ grade 1 for at least this many days. */
export const DAYS_AT_GRADE_1_BEFORE_RESTART = 3;
/** Neurological toxicity taking longer than this to resolve ends treatment (current label). */
export const NEURO_MAX_DAYS_TO_RESOLVE = 7;
/** Other clinically relevant adverse reactions taking longer than this to resolve end treatment. */
export const OTHER_MAX_DAYS_TO_RESOLVE = 14;

export function needsPrePhase(marrowBlastsPct: number, bloodBlastsGPerL: number): boolean {
  return marrowBlastsPct >= PREPHASE_MARROW_BLASTS_PCT || bloodBlastsGPerL > PREPHASE_BLOOD_BLASTS_G_PER_L;
}

/** Every branch of the label's rules the cases teach; each one is exercised by at least one case. */
export const RULE_IDS = [
  'start:prephase-marrow',
  'start:prephase-blood',
  'start:no-prephase',
  'crs:grade-3',
  'crs:grade-4',
  'neuro:grade-3',
  'neuro:grade-3-at-9',
  'neuro:grade-4',
  'neuro:more-than-one-seizure',
  'other:grade-3',
  'other:grade-4',
  'resolved:crs',
  'resolved:neuro',
  'resolved:neuro-over-7-days',
  'resolved:other',
  'resolved:other-over-14-days',
  'restart:escalate-after-7-days',
  'restart:stay-at-9',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface LabelDecision {
  action: ActionId;
  rule: RuleId;
}

/** The label's action in a situation and the rule that gives it (adults ≥ 45 kg); throws outside the rules. */
export function labelDecision(s: Situation): LabelDecision {
  switch (s.type) {
    case 'before-cycle-1':
      if (s.weightKg < ADULT_MIN_WEIGHT_KG) throw new Error('the cases teach the adult (≥ 45 kg) schedule only');
      if (s.marrowBlastsPct >= PREPHASE_MARROW_BLASTS_PCT) return { action: 'prephase-premed-start-9', rule: 'start:prephase-marrow' };
      if (s.bloodBlastsGPerL > PREPHASE_BLOOD_BLASTS_G_PER_L) return { action: 'prephase-premed-start-9', rule: 'start:prephase-blood' };
      return { action: 'premed-start-9-no-prephase', rule: 'start:no-prephase' };
    case 'crs':
      if (s.grade === 4) return { action: 'discontinue-dexamethasone', rule: 'crs:grade-4' };
      if (s.grade === 3) return { action: 'interrupt-dexamethasone', rule: 'crs:grade-3' };
      throw new Error(`no label rule in the cases for CRS grade ${s.grade}`);
    case 'neurotoxicity':
      if (s.seizuresSoFar > 1) return { action: 'discontinue', rule: 'neuro:more-than-one-seizure' };
      if (s.grade === 4) return { action: 'discontinue', rule: 'neuro:grade-4' };
      if (s.grade === 3) {
        if (s.doseAtOnsetUgPerDay <= START_DOSE_UG_PER_DAY) return { action: 'discontinue', rule: 'neuro:grade-3-at-9' };
        return { action: 'withhold-until-grade-1', rule: 'neuro:grade-3' };
      }
      throw new Error(`no label rule in the cases for neurotoxicity grade ${s.grade}`);
    case 'other-adverse-reaction':
      if (s.grade === 4) return { action: 'consider-discontinuation', rule: 'other:grade-4' };
      if (s.grade === 3) return { action: 'withhold-until-grade-1', rule: 'other:grade-3' };
      throw new Error(`no label rule in the cases for an adverse reaction of grade ${s.grade}`);
    case 'resolved':
      if (s.after === 'crs') return { action: 'restart-9-escalate', rule: 'resolved:crs' };
      if (s.after === 'neurotoxicity' && s.daysToResolve > NEURO_MAX_DAYS_TO_RESOLVE) return { action: 'discontinue', rule: 'resolved:neuro-over-7-days' };
      if (s.after === 'other' && s.daysToResolve > OTHER_MAX_DAYS_TO_RESOLVE) return { action: 'discontinue', rule: 'resolved:other-over-14-days' };
      if (s.daysAtGrade1OrBetter < DAYS_AT_GRADE_1_BEFORE_RESTART) throw new Error('restart comes after ≥ 3 days at grade ≤ 1');
      return { action: 'restart-9-escalate', rule: s.after === 'neurotoxicity' ? 'resolved:neuro' : 'resolved:other' };
    case 'restarted-no-recurrence':
      return s.daysAt9UgPerDay >= DAYS_BEFORE_ESCALATION
        ? { action: 'escalate-28-premed', rule: 'restart:escalate-after-7-days' }
        : { action: 'stay-9', rule: 'restart:stay-at-9' };
  }
}

/** The label's action in a situation (adults ≥ 45 kg); throws for what the rules do not cover. */
export function labelAction(s: Situation): ActionId {
  return labelDecision(s).action;
}

// The rules the management cases teach, as pure functions: ASTCT grading of CRS and ICANS (Lee 2019) and
// the label's action for adults ≥ 45 kg (science.md §4.3–§4.5). Case data are tested against these.

/** Citation keys the cases cite (all defined in content/references). */
export type SourceKey = 'lee2019' | 'label-us' | 'eob2015' | 'ribera2015' | 'teachey2013' | 'jho2019';

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

export type ActionId =
  | 'prephase-premed-start-9'
  | 'premed-start-9-no-prephase'
  | 'prephase-premed-start-28'
  | 'prephase-premed-start-per-m2'
  | 'continue'
  | 'reduce-rate'
  | 'interrupt-dexamethasone'
  | 'withhold-until-grade-1'
  | 'discontinue'
  | 'discontinue-dexamethasone'
  | 'discontinue-no-dexamethasone'
  | 'tocilizumab-continue'
  | 'restart-9-escalate'
  | 'restart-28'
  | 'restart-per-m2'
  | 'escalate-28-premed'
  | 'escalate-28-no-premed'
  | 'escalate-per-m2'
  | 'stay-9';

/** A point in a case where the label prescribes one action. */
export type Situation =
  | { type: 'before-cycle-1'; weightKg: number; marrowBlastsPct: number; bloodBlastsGPerL: number }
  | { type: 'crs'; grade: Grade }
  | { type: 'neurotoxicity'; grade: Grade; seizuresSoFar: number }
  | { type: 'resolved'; after: 'crs' | 'neurotoxicity'; daysAtGrade1OrBetter: number; daysToResolve: number }
  | { type: 'restarted-no-recurrence'; daysAt9UgPerDay: number };

/** Pre-phase rule of the trials (source review): marrow blasts > 50 % or blood blasts > 15 × 10⁹/L. */
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
export const NEURO_DAYS_AT_GRADE_1_BEFORE_RESTART = 3;
/** Older label wording (eob2015): neurotoxicity taking longer than this to resolve ends treatment. */
export const NEURO_MAX_DAYS_TO_RESOLVE = 7;

export function needsPrePhase(marrowBlastsPct: number, bloodBlastsGPerL: number): boolean {
  return marrowBlastsPct > PREPHASE_MARROW_BLASTS_PCT || bloodBlastsGPerL > PREPHASE_BLOOD_BLASTS_G_PER_L;
}

/** The label's action in a situation (adults ≥ 45 kg); throws for what the cases do not cover. */
export function labelAction(s: Situation): ActionId {
  switch (s.type) {
    case 'before-cycle-1':
      if (s.weightKg < ADULT_MIN_WEIGHT_KG) throw new Error('the cases teach the adult (≥ 45 kg) schedule only');
      if (!needsPrePhase(s.marrowBlastsPct, s.bloodBlastsGPerL)) throw new Error('no case covers a start without pre-phase');
      return 'prephase-premed-start-9';
    case 'crs':
      if (s.grade === 4) return 'discontinue-dexamethasone';
      if (s.grade === 3) return 'interrupt-dexamethasone';
      throw new Error(`no label rule in the cases for CRS grade ${s.grade}`);
    case 'neurotoxicity':
      if (s.seizuresSoFar > 1 || s.grade === 4) return 'discontinue';
      if (s.grade === 3) return 'withhold-until-grade-1';
      throw new Error(`no label rule in the cases for neurotoxicity grade ${s.grade}`);
    case 'resolved':
      if (s.after === 'neurotoxicity') {
        if (s.daysToResolve > NEURO_MAX_DAYS_TO_RESOLVE) return 'discontinue';
        if (s.daysAtGrade1OrBetter < NEURO_DAYS_AT_GRADE_1_BEFORE_RESTART) throw new Error('restart comes after ≥ 3 days at grade ≤ 1');
      }
      return 'restart-9-escalate';
    case 'restarted-no-recurrence':
      return s.daysAt9UgPerDay >= DAYS_BEFORE_ESCALATION ? 'escalate-28-premed' : 'stay-9';
  }
}

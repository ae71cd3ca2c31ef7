// Tests of the rules the management cases teach: ASTCT CRS and ICANS grading (Lee 2019) and the label's
// action for adults ≥ 45 kg, each checked against the tables of science.md §4.4–§4.5.
import { describe, expect, it } from 'vitest';
import {
  gradeCrs,
  gradeIcans,
  hypoxiaGrade,
  iceGrade,
  labelAction,
  labelDecision,
  needsPrePhase,
  RULE_IDS,
  type CrsFindings,
  type IcansFindings,
} from '../../../../renderer/src/figures/management-case/rules';

const fever: CrsFindings = { temperatureC: 38.6, hypotension: false, vasopressorsExcludingVasopressin: 0, oxygen: { device: 'none' } };
const calm: IcansFindings = { iceScore: 10, consciousness: 'normal', seizure: 'none', deepFocalMotorWeakness: false, cerebralOedema: 'none' };

describe('ASTCT CRS grading', () => {
  it('needs a fever of at least 38 °C, unless antipyretics or anti-cytokine therapy have been given', () => {
    expect(gradeCrs({ ...fever, temperatureC: 37.9, hypotension: true })).toBe(0);
    expect(gradeCrs({ ...fever, temperatureC: 37.2, hypotension: true, antipyreticsOrAntiCytokineGiven: true })).toBe(2);
    expect(gradeCrs({ ...fever, temperatureC: 38 })).toBe(1);
  });

  it('grades hypotension by vasopressors, not counting vasopressin', () => {
    expect(gradeCrs({ ...fever, hypotension: true })).toBe(2);
    expect(gradeCrs({ ...fever, hypotension: true, vasopressorsExcludingVasopressin: 1 })).toBe(3);
    expect(gradeCrs({ ...fever, hypotension: true, vasopressorsExcludingVasopressin: 2 })).toBe(4);
  });

  it('grades hypoxia by the oxygen support: low-flow ≤ 6 L/min is 2, above it 3, positive pressure 4', () => {
    expect(hypoxiaGrade({ device: 'nasal-cannula', flowLPerMin: 6 })).toBe(2);
    expect(hypoxiaGrade({ device: 'blow-by' })).toBe(2);
    expect(hypoxiaGrade({ device: 'nasal-cannula', flowLPerMin: 6.5 })).toBe(3);
    expect(hypoxiaGrade({ device: 'venturi' })).toBe(3);
    expect(hypoxiaGrade({ device: 'non-rebreather' })).toBe(3);
    expect(hypoxiaGrade({ device: 'bipap' })).toBe(4);
    expect(hypoxiaGrade({ device: 'ventilation' })).toBe(4);
  });

  it('takes the worse of hypotension and hypoxia', () => {
    expect(gradeCrs({ ...fever, hypotension: true, oxygen: { device: 'cpap' } })).toBe(4);
    expect(gradeCrs({ ...fever, hypotension: true, vasopressorsExcludingVasopressin: 1, oxygen: { device: 'nasal-cannula', flowLPerMin: 2 } })).toBe(3);
  });
});

describe('ASTCT ICANS grading', () => {
  it('maps the ICE score to grades 0–4', () => {
    expect([10, 9, 7, 6, 3, 2, 0].map(iceGrade)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(iceGrade('unable')).toBe(4);
  });

  it('takes the worst domain: a single quickly settling seizure is grade 3, a prolonged one grade 4', () => {
    expect(gradeIcans({ ...calm, iceScore: 8, consciousness: 'wakes-to-voice' })).toBe(2);
    expect(gradeIcans({ ...calm, seizure: 'rapidly-resolving' })).toBe(3);
    expect(gradeIcans({ ...calm, iceScore: 2, consciousness: 'wakes-to-voice', seizure: 'rapidly-resolving' })).toBe(3);
    expect(gradeIcans({ ...calm, seizure: 'prolonged-or-repetitive' })).toBe(4);
    expect(gradeIcans({ ...calm, deepFocalMotorWeakness: true })).toBe(4);
    expect(gradeIcans({ ...calm, cerebralOedema: 'focal' })).toBe(3);
    expect(gradeIcans({ ...calm, cerebralOedema: 'diffuse' })).toBe(4);
    expect(gradeIcans(calm)).toBe(0);
  });
});

describe("the label's actions for adults of 45 kg or more", () => {
  it('uses the EU pre-phase rule: marrow blasts ≥ 50 % or blood blasts > 15 × 10⁹/L (15 000/µL)', () => {
    expect(needsPrePhase(50, 0)).toBe(true);
    expect(needsPrePhase(49, 15)).toBe(false);
    expect(needsPrePhase(10, 16)).toBe(true);
    expect(labelDecision({ type: 'before-cycle-1', weightKg: 70, marrowBlastsPct: 50, bloodBlastsGPerL: 4 })).toEqual({ action: 'prephase-premed-start-9', rule: 'start:prephase-marrow' });
    expect(labelDecision({ type: 'before-cycle-1', weightKg: 70, marrowBlastsPct: 40, bloodBlastsGPerL: 22 })).toEqual({ action: 'prephase-premed-start-9', rule: 'start:prephase-blood' });
    expect(labelDecision({ type: 'before-cycle-1', weightKg: 70, marrowBlastsPct: 30, bloodBlastsGPerL: 1 })).toEqual({ action: 'premed-start-9-no-prephase', rule: 'start:no-prephase' });
  });

  it('interrupts at CRS grade 3 and stops for good at grade 4, with dexamethasone in both', () => {
    expect(labelAction({ type: 'crs', grade: 3 })).toBe('interrupt-dexamethasone');
    expect(labelAction({ type: 'crs', grade: 4 })).toBe('discontinue-dexamethasone');
    expect(() => labelAction({ type: 'crs', grade: 2 })).toThrow(/no label rule/);
  });

  it('withholds grade 3 neurotoxicity that began at 28 µg/day, but stops it for good when it began at 9 µg/day', () => {
    expect(labelAction({ type: 'neurotoxicity', grade: 3, seizuresSoFar: 1, doseAtOnsetUgPerDay: 28 })).toBe('withhold-until-grade-1');
    expect(labelDecision({ type: 'neurotoxicity', grade: 3, seizuresSoFar: 0, doseAtOnsetUgPerDay: 9 })).toEqual({ action: 'discontinue', rule: 'neuro:grade-3-at-9' });
  });

  it('stops for good at neurotoxicity grade 4 or after more than one seizure', () => {
    expect(labelDecision({ type: 'neurotoxicity', grade: 3, seizuresSoFar: 2, doseAtOnsetUgPerDay: 28 })).toEqual({ action: 'discontinue', rule: 'neuro:more-than-one-seizure' });
    expect(labelDecision({ type: 'neurotoxicity', grade: 4, seizuresSoFar: 0, doseAtOnsetUgPerDay: 28 })).toEqual({ action: 'discontinue', rule: 'neuro:grade-4' });
  });

  it('withholds other grade 3 reactions and considers stopping at grade 4', () => {
    expect(labelAction({ type: 'other-adverse-reaction', grade: 3 })).toBe('withhold-until-grade-1');
    expect(labelAction({ type: 'other-adverse-reaction', grade: 4 })).toBe('consider-discontinuation');
  });

  it('restarts at 9 µg/day after resolution, unless neurotoxicity took more than 7 days or another reaction more than 14', () => {
    expect(labelAction({ type: 'resolved', after: 'crs', daysAtGrade1OrBetter: 1, daysToResolve: 2 })).toBe('restart-9-escalate');
    expect(labelAction({ type: 'resolved', after: 'neurotoxicity', daysAtGrade1OrBetter: 3, daysToResolve: 7 })).toBe('restart-9-escalate');
    expect(labelAction({ type: 'resolved', after: 'neurotoxicity', daysAtGrade1OrBetter: 3, daysToResolve: 8 })).toBe('discontinue');
    expect(labelAction({ type: 'resolved', after: 'other', daysAtGrade1OrBetter: 3, daysToResolve: 14 })).toBe('restart-9-escalate');
    expect(labelAction({ type: 'resolved', after: 'other', daysAtGrade1OrBetter: 3, daysToResolve: 15 })).toBe('discontinue');
    expect(() => labelAction({ type: 'resolved', after: 'neurotoxicity', daysAtGrade1OrBetter: 2, daysToResolve: 2 })).toThrow(/3 days/);
    expect(() => labelAction({ type: 'resolved', after: 'other', daysAtGrade1OrBetter: 2, daysToResolve: 2 })).toThrow(/3 days/);
  });

  it('escalates to 28 µg/day only after 7 days at 9 µg/day', () => {
    expect(labelAction({ type: 'restarted-no-recurrence', daysAt9UgPerDay: 7 })).toBe('escalate-28-premed');
    expect(labelAction({ type: 'restarted-no-recurrence', daysAt9UgPerDay: 4 })).toBe('stay-9');
  });

  it('teaches only the adult schedule', () => {
    expect(() => labelAction({ type: 'before-cycle-1', weightKg: 30, marrowBlastsPct: 62, bloodBlastsGPerL: 4 })).toThrow(/45 kg/);
  });

  it('names every rule it applies from one list, with no duplicates', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});

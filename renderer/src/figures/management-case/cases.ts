// The management cases as typed data (pure, no DOM): each case is a small decision tree of questions
// (grade by ASTCT, act by the label) and outcomes. Numbers follow science.md §4.3–§4.5 (adults ≥ 45 kg).
import type { ActionId, CrsFindings, Grade, IcansFindings, Situation, SourceKey } from './rules';

export interface CaseOption {
  id: string;
  text: string;
  /** Whether this is what the ASTCT tables / the label give (checked against rules.ts by the tests). */
  correct: boolean;
  /** Why this option is right or wrong, in the atlas's own words. */
  explanation: string;
  sources: readonly SourceKey[];
  /** For grading questions: the grade this option names. */
  grade?: Grade;
  /** For action questions: the action this option takes. */
  action?: ActionId;
  /** Where this choice leads, if not to the question's `next` (e.g. an outcome that leaves the label's path). */
  next?: string;
}

interface QuestionBase {
  type: 'question';
  id: string;
  /** Short name, for the progress line and the summary ("Grade the CRS"). */
  title: string;
  /** What happens in the case at this point. */
  scene: string;
  /** Findings, one per line. */
  findings?: readonly string[];
  question: string;
  options: readonly CaseOption[];
  /** The rule that decides the answer, stated once. */
  rule: string;
  sources: readonly SourceKey[];
  /** Node that follows, whatever the reader chose (unless the option says otherwise). */
  next: string;
}

export interface CrsGradeQuestion extends QuestionBase {
  kind: 'grade-crs';
  crs: CrsFindings;
}

export interface IcansGradeQuestion extends QuestionBase {
  kind: 'grade-icans';
  icans: IcansFindings;
}

export interface ActionQuestion extends QuestionBase {
  kind: 'action';
  situation: Situation;
}

export type QuestionNode = CrsGradeQuestion | IcansGradeQuestion | ActionQuestion;

export interface OutcomeNode {
  type: 'outcome';
  id: string;
  title: string;
  text: string;
  /** 'label': where the label's path ends; 'diverged': the reader's choice left the label's path. */
  kind: 'label' | 'diverged';
  sources: readonly SourceKey[];
}

export type CaseNode = QuestionNode | OutcomeNode;

export interface ManagementCaseData {
  id: string;
  /** Name on the case picker. */
  name: string;
  /** The patient, before the first question. */
  patient: string;
  start: string;
  nodes: Readonly<Record<string, CaseNode>>;
}

const ASTCT_CRS_RULE =
  'ASTCT CRS: fever ≥ 38 °C, graded by the worse of hypotension (grade 2 without vasopressors, 3 with one vasopressor with or without vasopressin, 4 with several, vasopressin not counted) and hypoxia (2 low-flow ≤ 6 L/min or blow-by, 3 high-flow > 6 L/min or a face, non-rebreather or Venturi mask, 4 positive pressure).';
const ASTCT_ICANS_RULE =
  'ASTCT ICANS: the worst domain sets the grade — ICE 7–9 is grade 1, 3–6 grade 2, 0–2 grade 3, unable to do the test grade 4; waking to voice grade 2, only to touch grade 3; a seizure that settles quickly grade 3, a prolonged or repeated one grade 4; focal oedema grade 3, diffuse oedema or deep focal weakness grade 4.';

const crsCase: ManagementCaseData = {
  id: 'crs-grade-3',
  name: 'Case 1: fever and low blood pressure on day 2',
  patient:
    'Ms A., 34, has relapsed Philadelphia-negative B-ALL after two lines of chemotherapy. She weighs 68 kg (body-surface area 1.76 m²), so the adult flat doses apply. Marrow blasts 62 %; blood blasts 4 × 10⁹/L. She is admitted to start blinatumomab.',
  start: 'a-start',
  nodes: {
    'a-start': {
      type: 'question',
      kind: 'action',
      id: 'a-start',
      title: 'Prepare and start cycle 1',
      scene: 'Before the first infusion.',
      findings: ['Weight 68 kg', 'Marrow blasts 62 %', 'Blood blasts 4 × 10⁹/L'],
      question: 'What comes before and at the start of cycle 1?',
      situation: { type: 'before-cycle-1', weightKg: 68, marrowBlastsPct: 62, bloodBlastsGPerL: 4 },
      rule: 'Pre-phase dexamethasone when marrow blasts are above 50 % or blood blasts above 15 × 10⁹/L (trial rule); dexamethasone 20 mg 1 h before the first dose of each cycle; adults of 45 kg or more start at 9 µg/day for 7 days, then 28 µg/day.',
      sources: ['ribera2015', 'label-us'],
      next: 'a-grade',
      options: [
        {
          id: 'prephase',
          text: 'A dexamethasone pre-phase first, then dexamethasone 20 mg 1 h before the first dose and the infusion at 9 µg/day',
          correct: true,
          action: 'prephase-premed-start-9',
          explanation:
            'With more than 50 % marrow blasts the trials gave a dexamethasone pre-phase (10 mg/m² for up to 5 days). The label then gives dexamethasone 20 mg 1 h before the first dose and starts adults of 45 kg or more at 9 µg/day for the first 7 days; she stays in hospital for the first 9 days of the cycle.',
          sources: ['ribera2015', 'label-us'],
        },
        {
          id: 'no-prephase',
          text: 'No pre-phase, because her blood blasts are below 15 × 10⁹/L; dexamethasone 20 mg 1 h before the first dose and 9 µg/day',
          correct: false,
          action: 'premed-start-9-no-prephase',
          explanation: 'Either criterion is enough: marrow blasts above 50 % alone call for the pre-phase, whatever the blood count.',
          sources: ['ribera2015'],
        },
        {
          id: 'start-28',
          text: 'Pre-phase and dexamethasone 20 mg, then the full 28 µg/day from day 1 to clear the blasts faster',
          correct: false,
          action: 'prephase-premed-start-28',
          explanation:
            'The label starts at 9 µg/day and steps up to 28 µg/day only on day 8: the low first week keeps the first activation burst, and the CRS it drives, smaller.',
          sources: ['label-us'],
        },
        {
          id: 'per-m2',
          text: 'Pre-phase and dexamethasone 20 mg, then 9 µg/m²/day',
          correct: false,
          action: 'prephase-premed-start-per-m2',
          explanation:
            'That is the source review’s unit slip. Adults of 45 kg or more get flat doses: 9 µg/day, then 28 µg/day. At her 1.76 m², 9 µg/m²/day would be about 16 µg/day, close to twice the label’s starting dose.',
          sources: ['ribera2015', 'label-us', 'jho2019'],
        },
      ],
    },
    'a-grade': {
      type: 'question',
      kind: 'grade-crs',
      id: 'a-grade',
      title: 'Grade the CRS',
      scene:
        'Day 2 of cycle 1, still at 9 µg/day. She has had a fever since the night. Her blood pressure stays low after fluids and a noradrenaline infusion is started. Her oxygen saturation falls on room air and she is put on a high-flow nasal cannula.',
      findings: [
        'Temperature 39.0 °C',
        'Blood pressure 82/45 mmHg after 2 L of fluid: one vasopressor (noradrenaline)',
        'Oxygen saturation 89 % on room air: high-flow nasal cannula at 40 L/min',
        'Alert and oriented, ICE score 10 of 10',
      ],
      crs: { temperatureC: 39, hypotension: true, vasopressorsExcludingVasopressin: 1, oxygen: { device: 'nasal-cannula', flowLPerMin: 40 } },
      question: 'What is her ASTCT CRS grade?',
      rule: ASTCT_CRS_RULE,
      sources: ['lee2019'],
      next: 'a-act',
      options: [
        {
          id: 'g1',
          text: 'Grade 1',
          grade: 1,
          correct: false,
          explanation: 'Grade 1 is fever alone, with neither hypotension nor hypoxia. She has both.',
          sources: ['lee2019'],
        },
        {
          id: 'g2',
          text: 'Grade 2',
          grade: 2,
          correct: false,
          explanation: 'Grade 2 is hypotension that needs no vasopressor, or low-flow oxygen (up to 6 L/min). She needs a vasopressor and 40 L/min.',
          sources: ['lee2019'],
        },
        {
          id: 'g3',
          text: 'Grade 3',
          grade: 3,
          correct: true,
          explanation: 'Fever with hypotension needing one vasopressor, and hypoxia needing a high-flow cannula (more than 6 L/min): both criteria are grade 3, and the worse of the two sets the grade.',
          sources: ['lee2019'],
        },
        {
          id: 'g4',
          text: 'Grade 4',
          grade: 4,
          correct: false,
          explanation: 'Grade 4 needs several vasopressors (vasopressin not counted) or positive-pressure support (CPAP, BiPAP, intubation). One vasopressor and a high-flow cannula stop at grade 3.',
          sources: ['lee2019'],
        },
      ],
    },
    'a-act': {
      type: 'question',
      kind: 'action',
      id: 'a-act',
      title: 'Act on grade 3 CRS',
      scene: 'Grade 3 CRS on day 2, at 9 µg/day.',
      question: 'What does the label say to do now?',
      situation: { type: 'crs', grade: 3 },
      rule: 'CRS grade 3: interrupt blinatumomab; dexamethasone 8 mg every 8 h (IV or by mouth) for up to 3 days, then taper over 4 days. CRS grade 4: discontinue permanently.',
      sources: ['label-us'],
      next: 'a-restart',
      options: [
        {
          id: 'continue',
          text: 'Keep the infusion running at 9 µg/day and treat the fever and blood pressure',
          correct: false,
          action: 'continue',
          explanation: 'At grade 3 the label interrupts blinatumomab; running on while she needs a vasopressor is not among its options.',
          sources: ['label-us'],
        },
        {
          id: 'interrupt',
          text: 'Interrupt blinatumomab; dexamethasone 8 mg every 8 h for up to 3 days, then taper over 4 days',
          correct: true,
          action: 'interrupt-dexamethasone',
          explanation:
            'This is the label’s rule for grade 3 CRS. Once the CRS has resolved she can restart. Tocilizumab is kept for CRS that resists steroids or turns into HLH.',
          sources: ['label-us', 'teachey2013'],
        },
        {
          id: 'stop',
          text: 'Stop blinatumomab permanently',
          correct: false,
          action: 'discontinue',
          explanation: 'Permanent discontinuation is the label’s rule for grade 4 CRS. At grade 3 the drug is interrupted and restarted once the CRS has resolved.',
          sources: ['label-us'],
          next: 'a-stopped',
        },
        {
          id: 'reduce',
          text: 'Keep the infusion running but lower the rate to 5 µg/day',
          correct: false,
          action: 'reduce-rate',
          explanation: 'The label has no lower rate for CRS: it interrupts, treats with dexamethasone and later restarts at 9 µg/day.',
          sources: ['label-us'],
        },
      ],
    },
    'a-restart': {
      type: 'question',
      kind: 'action',
      id: 'a-restart',
      title: 'Restart after CRS',
      scene:
        'The team interrupted the infusion on day 2 and gave dexamethasone. By day 4 she is afebrile, off noradrenaline and breathing room air: the CRS has resolved.',
      question: 'How does she restart?',
      situation: { type: 'resolved', after: 'crs', daysAtGrade1OrBetter: 1, daysToResolve: 2 },
      rule: 'After grade 3 CRS has resolved: restart at 9 µg/day and escalate to 28 µg/day after 7 days if it does not recur; dexamethasone 20 mg 1 h before restarting after an interruption of 4 h or more.',
      sources: ['label-us'],
      next: 'a-escalate',
      options: [
        {
          id: 'restart-9',
          text: 'Dexamethasone 20 mg 1 h before, restart at 9 µg/day, and step up to 28 µg/day after 7 days if the CRS does not recur',
          correct: true,
          action: 'restart-9-escalate',
          explanation:
            'The label restarts at 9 µg/day once the CRS has resolved and escalates to 28 µg/day after 7 days without recurrence. A restart after an interruption of 4 h or more has dexamethasone 20 mg premedication.',
          sources: ['label-us'],
        },
        {
          id: 'restart-28',
          text: 'Restart straight at 28 µg/day: she is due to step up on day 8 anyway',
          correct: false,
          action: 'restart-28',
          explanation: 'A restart after CRS begins again at 9 µg/day; the step to 28 µg/day comes only after 7 days without recurrence.',
          sources: ['label-us'],
        },
        {
          id: 'restart-m2',
          text: 'Restart at the “lowest dose”, 5 µg/m²/day',
          correct: false,
          action: 'restart-per-m2',
          explanation:
            '5 µg/m²/day is the starting dose for patients under 45 kg. For an adult of 45 kg or more, the source review’s “lowest dose” means the flat 9 µg/day of the label.',
          sources: ['ribera2015', 'label-us'],
        },
        {
          id: 'no-restart',
          text: 'Do not restart: one episode of grade 3 CRS ends treatment',
          correct: false,
          action: 'discontinue',
          explanation: 'Only grade 4 CRS ends treatment for good. After grade 3 the label restarts at 9 µg/day.',
          sources: ['label-us'],
          next: 'a-stopped',
        },
      ],
    },
    'a-escalate': {
      type: 'question',
      kind: 'action',
      id: 'a-escalate',
      title: 'Seven days after the restart',
      scene: 'She restarted at 9 µg/day on day 5 after dexamethasone 20 mg. Seven days later she has had no fever and no hypotension.',
      question: 'What now?',
      situation: { type: 'restarted-no-recurrence', daysAt9UgPerDay: 7 },
      rule: 'Escalate to 28 µg/day after 7 days at 9 µg/day if the toxicity has not recurred; dexamethasone 20 mg 1 h before a step dose.',
      sources: ['label-us'],
      next: 'a-end',
      options: [
        {
          id: 'escalate',
          text: 'Dexamethasone 20 mg 1 h before, then increase to 28 µg/day',
          correct: true,
          action: 'escalate-28-premed',
          explanation: 'Seven days at 9 µg/day without recurrence: the label escalates to 28 µg/day, with dexamethasone 20 mg before the step dose as before the first one.',
          sources: ['label-us'],
        },
        {
          id: 'stay',
          text: 'Stay at 9 µg/day for the rest of the cycle to be safe',
          correct: false,
          action: 'stay-9',
          explanation: 'The label escalates to 28 µg/day after 7 days without recurrence; staying at 9 µg/day is not its schedule.',
          sources: ['label-us'],
        },
        {
          id: 'escalate-m2',
          text: 'Increase to 28 µg/m²/day',
          correct: false,
          action: 'escalate-per-m2',
          explanation: 'That is the source review’s unit slip: at her 1.76 m², 28 µg/m²/day would be about 49 µg/day, far above the label’s flat 28 µg/day.',
          sources: ['ribera2015', 'label-us', 'jho2019'],
        },
        {
          id: 'no-premed',
          text: 'Increase to 28 µg/day without premedication: the CRS is over',
          correct: false,
          action: 'escalate-28-no-premed',
          explanation: 'The label gives dexamethasone 20 mg 1 h before a step dose, whatever happened before.',
          sources: ['label-us'],
        },
      ],
    },
    'a-end': {
      type: 'outcome',
      id: 'a-end',
      title: 'She continues cycle 1 at 28 µg/day',
      text: 'Interrupt and dexamethasone at grade 3, restart at 9 µg/day once resolved, escalate to 28 µg/day after 7 quiet days: the label’s path for grade 3 CRS. Only grade 4 CRS would have ended treatment.',
      kind: 'label',
      sources: ['label-us', 'lee2019'],
    },
    'a-stopped': {
      type: 'outcome',
      id: 'a-stopped',
      title: 'Treatment stopped for good',
      text: 'You ended blinatumomab after a grade 3 CRS. The label keeps permanent discontinuation for grade 4 CRS; at grade 3 it interrupts, gives dexamethasone and restarts at 9 µg/day once the CRS has resolved. Go back and choose again, or restart the case.',
      kind: 'diverged',
      sources: ['label-us'],
    },
  },
};

const neuroCase: ManagementCaseData = {
  id: 'icans-seizure',
  name: 'Case 2: confusion and a seizure on day 10',
  patient:
    'Mr B., 58, has relapsed B-ALL and weighs 81 kg. He started cycle 1 at 9 µg/day after dexamethasone 20 mg and stepped up to 28 µg/day on day 8, again after dexamethasone 20 mg.',
  start: 'b-grade',
  nodes: {
    'b-grade': {
      type: 'question',
      kind: 'grade-icans',
      id: 'b-grade',
      title: 'Grade the neurotoxicity',
      scene:
        'Day 10 of cycle 1, at 28 µg/day. His wife finds him confused and drowsy. Later that morning he has a generalised seizure that stops by itself within a minute, and he returns to how he was before it.',
      findings: [
        'ICE score 2 of 10: knows the year (1) and names one of three objects (1); cannot give the month, city or hospital, follow a command, write a sentence or count back by tens',
        'Wakes to voice',
        'One seizure, under a minute, settled by itself',
        'No focal weakness; CT: no cerebral oedema',
        'Temperature 37.2 °C',
      ],
      icans: { iceScore: 2, consciousness: 'wakes-to-voice', seizure: 'rapidly-resolving', deepFocalMotorWeakness: false, cerebralOedema: 'none' },
      question: 'What is his ASTCT ICANS grade?',
      rule: ASTCT_ICANS_RULE,
      sources: ['lee2019'],
      next: 'b-act',
      options: [
        {
          id: 'g1',
          text: 'Grade 1',
          grade: 1,
          correct: false,
          explanation: 'Grade 1 is an ICE score of 7–9 in a patient who wakes by himself. His ICE score is 2.',
          sources: ['lee2019'],
        },
        {
          id: 'g2',
          text: 'Grade 2',
          grade: 2,
          correct: false,
          explanation: 'Waking to voice is a grade 2 finding, but ICANS takes the worst domain: an ICE score of 0–2 and a seizure are grade 3.',
          sources: ['lee2019'],
        },
        {
          id: 'g3',
          text: 'Grade 3',
          grade: 3,
          correct: true,
          explanation: 'An ICE score of 2 (0–2) and a clinical seizure that settled quickly are both grade 3 findings; the worst domain sets the grade.',
          sources: ['lee2019'],
        },
        {
          id: 'g4',
          text: 'Grade 4',
          grade: 4,
          correct: false,
          explanation:
            'Grade 4 needs inability to do the ICE test, a prolonged (over 5 min) or repeated seizure without return to baseline, deep focal weakness or diffuse cerebral oedema. One brief seizure with full recovery is grade 3.',
          sources: ['lee2019'],
        },
      ],
    },
    'b-act': {
      type: 'question',
      kind: 'action',
      id: 'b-act',
      title: 'Act on grade 3 neurotoxicity',
      scene: 'Grade 3 neurotoxicity with one seizure, on day 10 at 28 µg/day.',
      question: 'What does the label say to do now?',
      situation: { type: 'neurotoxicity', grade: 3, seizuresSoFar: 1 },
      rule: 'Neurological toxicity grade 3: withhold until grade 1 or better for at least 3 days, then restart at 9 µg/day. Grade 4, or more than one seizure: discontinue permanently.',
      sources: ['label-us'],
      next: 'b-restart',
      options: [
        {
          id: 'withhold',
          text: 'Withhold blinatumomab until he has been at grade 1 or better for at least 3 days',
          correct: true,
          action: 'withhold-until-grade-1',
          explanation:
            'The label’s rule for grade 3 neurological toxicity. A single seizure is not yet a reason to stop for good; that takes more than one. The source review also gives dexamethasone at grade 3; seizure care follows local protocol.',
          sources: ['label-us', 'ribera2015'],
        },
        {
          id: 'stop',
          text: 'Stop blinatumomab permanently: he has had a seizure',
          correct: false,
          action: 'discontinue',
          explanation: 'The label stops treatment for good at grade 4 or after more than one seizure. After a single seizure at grade 3 it withholds and later restarts.',
          sources: ['label-us'],
          next: 'b-stopped',
        },
        {
          id: 'continue',
          text: 'Continue at 28 µg/day and add an anticonvulsant',
          correct: false,
          action: 'continue',
          explanation: 'At grade 3 the label withholds blinatumomab; carrying on at the full dose is not among its options.',
          sources: ['label-us'],
        },
        {
          id: 'reduce',
          text: 'Go straight back to 9 µg/day without stopping',
          correct: false,
          action: 'reduce-rate',
          explanation: 'The label first withholds until grade 1 or better for at least 3 days; the return to 9 µg/day comes with the restart.',
          sources: ['label-us'],
        },
      ],
    },
    'b-restart': {
      type: 'question',
      kind: 'action',
      id: 'b-restart',
      title: 'Restart after neurotoxicity',
      scene: 'The infusion was stopped on day 10. By day 12 his ICE score is 10 of 10 and he is fully alert. On day 15 he has been at grade 1 or better for 3 days.',
      question: 'How is blinatumomab restarted?',
      situation: { type: 'resolved', after: 'neurotoxicity', daysAtGrade1OrBetter: 3, daysToResolve: 2 },
      rule: 'After grade 3 neurotoxicity: restart at 9 µg/day once at grade 1 or better for at least 3 days, escalate to 28 µg/day after 7 days if it does not recur; dexamethasone 20 mg 1 h before restarting after an interruption of 4 h or more. Older label wording: toxicity that takes more than 7 days to resolve ends treatment.',
      sources: ['label-us', 'eob2015'],
      next: 'b-second',
      options: [
        {
          id: 'restart-9',
          text: 'Dexamethasone 20 mg 1 h before, restart at 9 µg/day, and escalate to 28 µg/day after 7 days if the toxicity does not recur',
          correct: true,
          action: 'restart-9-escalate',
          explanation:
            'After at least 3 days at grade 1 or better the label restarts at 9 µg/day and escalates after 7 days without recurrence, with dexamethasone 20 mg before the restart. His event resolved in 2 days; had it taken more than 7, the older label wording ends treatment.',
          sources: ['label-us', 'eob2015'],
        },
        {
          id: 'restart-28',
          text: 'Restart at 28 µg/day, the dose he was on',
          correct: false,
          action: 'restart-28',
          explanation: 'After grade 3 neurotoxicity the label restarts at 9 µg/day, not at the previous dose.',
          sources: ['label-us'],
        },
        {
          id: 'restart-m2',
          text: 'Restart at the “lowest dose”, 5 µg/m²/day',
          correct: false,
          action: 'restart-per-m2',
          explanation: '5 µg/m²/day is for patients under 45 kg. For an adult of 45 kg or more the source review’s “lowest dose” is the flat 9 µg/day.',
          sources: ['ribera2015', 'label-us'],
        },
        {
          id: 'no-restart',
          text: 'Do not restart: a seizure on blinatumomab ends treatment',
          correct: false,
          action: 'discontinue',
          explanation: 'It takes more than one seizure, or grade 4 toxicity, to end treatment for good.',
          sources: ['label-us'],
          next: 'b-stopped',
        },
      ],
    },
    'b-second': {
      type: 'question',
      kind: 'action',
      id: 'b-second',
      title: 'A second seizure',
      scene: 'He restarted at 9 µg/day on day 15 after dexamethasone 20 mg. Two days later he has a second brief generalised seizure that stops by itself.',
      question: 'What now?',
      situation: { type: 'neurotoxicity', grade: 3, seizuresSoFar: 2 },
      rule: 'More than one seizure: discontinue blinatumomab permanently.',
      sources: ['label-us'],
      next: 'b-end',
      options: [
        {
          id: 'stop',
          text: 'Stop blinatumomab permanently',
          correct: true,
          action: 'discontinue',
          explanation: 'This is his second seizure on blinatumomab: more than one seizure means permanent discontinuation.',
          sources: ['label-us'],
        },
        {
          id: 'withhold',
          text: 'Withhold again until grade 1 or better for 3 days, then restart at 9 µg/day',
          correct: false,
          action: 'withhold-until-grade-1',
          explanation: 'That is the rule for a first grade 3 event; a second seizure overrides it and ends treatment.',
          sources: ['label-us'],
        },
        {
          id: 'continue',
          text: 'Continue at 9 µg/day with an anticonvulsant: the dose is already low',
          correct: false,
          action: 'continue',
          explanation: 'The dose does not matter here: more than one seizure means permanent discontinuation.',
          sources: ['label-us'],
        },
      ],
    },
    'b-end': {
      type: 'outcome',
      id: 'b-end',
      title: 'Blinatumomab discontinued permanently',
      text: 'Withhold at grade 3, restart at 9 µg/day after 3 days at grade 1 or better, and stop for good after a second seizure: the label’s path. His team now plans other treatment.',
      kind: 'label',
      sources: ['label-us', 'lee2019'],
    },
    'b-stopped': {
      type: 'outcome',
      id: 'b-stopped',
      title: 'Treatment stopped after one seizure',
      text: 'You ended blinatumomab after a single seizure at grade 3. The label withholds until grade 1 or better for at least 3 days and restarts at 9 µg/day; it stops for good only at grade 4 or after more than one seizure. Go back and choose again, or restart the case.',
      kind: 'diverged',
      sources: ['label-us'],
    },
  },
};

const severeCrsCase: ManagementCaseData = {
  id: 'crs-grade-4',
  name: 'Case 3: rapid deterioration on day 1',
  patient:
    'Mr C., 45, weighs 74 kg and has relapsed B-ALL with 85 % marrow blasts. After a dexamethasone pre-phase he started cycle 1 at 9 µg/day, with dexamethasone 20 mg beforehand.',
  start: 'c-grade',
  nodes: {
    'c-grade': {
      type: 'question',
      kind: 'grade-crs',
      id: 'c-grade',
      title: 'Grade the CRS',
      scene: 'Eighteen hours into the infusion he is febrile and hypotensive. Noradrenaline is started and vasopressin added; he becomes breathless and is put on BiPAP.',
      findings: [
        'Temperature 40.1 °C',
        'Blood pressure 70/40 mmHg: noradrenaline plus vasopressin',
        'Hypoxia needing BiPAP (positive pressure)',
      ],
      crs: { temperatureC: 40.1, hypotension: true, vasopressorsExcludingVasopressin: 1, oxygen: { device: 'bipap' } },
      question: 'What is his ASTCT CRS grade?',
      rule: ASTCT_CRS_RULE,
      sources: ['lee2019'],
      next: 'c-act',
      options: [
        {
          id: 'g2',
          text: 'Grade 2',
          grade: 2,
          correct: false,
          explanation: 'Grade 2 needs no vasopressor and at most low-flow oxygen. He needs a vasopressor and positive pressure.',
          sources: ['lee2019'],
        },
        {
          id: 'g3',
          text: 'Grade 3',
          grade: 3,
          correct: false,
          explanation:
            'His blood pressure alone is grade 3: noradrenaline with vasopressin counts as one vasopressor. But BiPAP is positive-pressure support, a grade 4 criterion, and the worse of the two sets the grade.',
          sources: ['lee2019'],
        },
        {
          id: 'g4',
          text: 'Grade 4',
          grade: 4,
          correct: true,
          explanation: 'Positive-pressure support (BiPAP) makes the hypoxia grade 4; the worse of hypotension (grade 3: one vasopressor, vasopressin not counted) and hypoxia sets the grade.',
          sources: ['lee2019'],
        },
        {
          id: 'g1',
          text: 'Grade 1',
          grade: 1,
          correct: false,
          explanation: 'Grade 1 is fever without hypotension or hypoxia.',
          sources: ['lee2019'],
        },
      ],
    },
    'c-act': {
      type: 'question',
      kind: 'action',
      id: 'c-act',
      title: 'Act on grade 4 CRS',
      scene: 'Grade 4 CRS on day 1, at 9 µg/day.',
      question: 'What does the label say to do?',
      situation: { type: 'crs', grade: 4 },
      rule: 'CRS grade 4: discontinue blinatumomab permanently; dexamethasone as for grade 3 (8 mg every 8 h for up to 3 days, then taper over 4 days).',
      sources: ['label-us'],
      next: 'c-end',
      options: [
        {
          id: 'interrupt',
          text: 'Interrupt, dexamethasone 8 mg every 8 h, and restart at 9 µg/day once resolved',
          correct: false,
          action: 'interrupt-dexamethasone',
          explanation: 'That is the grade 3 rule. Grade 4 CRS means permanent discontinuation.',
          sources: ['label-us'],
        },
        {
          id: 'stop-dex',
          text: 'Stop blinatumomab permanently and give dexamethasone 8 mg every 8 h for up to 3 days, then taper over 4 days',
          correct: true,
          action: 'discontinue-dexamethasone',
          explanation: 'The label’s rule for grade 4 CRS: permanent discontinuation, with dexamethasone as for grade 3. Tocilizumab can be added if the CRS resists steroids or turns into HLH.',
          sources: ['label-us', 'teachey2013'],
        },
        {
          id: 'tocilizumab',
          text: 'Keep the infusion running and give tocilizumab',
          correct: false,
          action: 'tocilizumab-continue',
          explanation: 'Grade 4 CRS ends blinatumomab treatment. Tocilizumab is an option for CRS that resists steroids or turns into HLH, not a way to keep the infusion going.',
          sources: ['label-us', 'teachey2013'],
        },
        {
          id: 'stop-no-dex',
          text: 'Stop blinatumomab permanently; no steroids are needed once the drug is off',
          correct: false,
          action: 'discontinue-no-dexamethasone',
          explanation: 'The label pairs permanent discontinuation with dexamethasone, given as for grade 3 CRS.',
          sources: ['label-us'],
        },
      ],
    },
    'c-end': {
      type: 'outcome',
      id: 'c-end',
      title: 'Blinatumomab discontinued permanently',
      text: 'Grade 4 CRS: stop for good and treat with dexamethasone, as the label says.',
      kind: 'label',
      sources: ['label-us', 'lee2019'],
    },
  },
};

export const MANAGEMENT_CASES: readonly ManagementCaseData[] = [crsCase, neuroCase, severeCrsCase];

export function caseById(id: string): ManagementCaseData {
  const found = MANAGEMENT_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown management case ${id}`);
  return found;
}

export const TEACHING_DISCLAIMER = 'Teaching case — local protocols and the current product label govern real care.';

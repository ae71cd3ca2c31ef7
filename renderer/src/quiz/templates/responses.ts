// Where does a patient land at day 28? (three directions/categories). The model's marrow outcome against the
// response lines — CR-like (≤ 5 % blasts), MRD-negative-like (< 0.01 %) — and against the starting burden, for a
// relapsed patient on the label schedule, for the same patient on 5 µg/m²/day, and for an MRD-positive patient.
// Draws are kept at least 20 % away from every line, so exactly one category is right.
import { explorerFigure, choiceOptions, clearOf, drawWhere, figureTime, rememberLast, shownNumbers, withBloodBlasts, ILLUSTRATIVE } from './kit';
import { CR_LIKE_MAX_BLASTS, MRD_NEGATIVE_MAX_BLASTS, blastsText, marrowBlastsAt, responseWords } from './marrow';
import { marrowEngagement, parametersFor, steadyStatePgPerMl, type ClinicalInputs } from '../../model';
import { formatSignificant, formatPercent } from '../../figures/pkpd-explorer/format';
import type { ItemTemplate } from './template';

const MARGIN = 0.2;

interface Patient {
  marrowBlastsPct: number;
  tregPct: number;
  tCellsPerUl: number;
}

const clinicalOf = (i: Patient) => ({ marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, tCellsPerUl: i.tCellsPerUl });

const patientWords = (i: Patient) => `${i.marrowBlastsPct} % marrow blasts, Tregs ${i.tregPct} % of CD4⁺ cells, blood T cells ${i.tCellsPerUl}/µL`;

// ── relapsed patient on the label schedule: which category at day 28? ──

const labelRun = rememberLast((i: Patient) => marrowBlastsAt('label-rr', clinicalOf(i)));

export const responseDay28: ItemTemplate<Patient> = {
  id: 'response-day-28',
  lesson: 'clinical-evidence',
  section: 'what-the-model-can-and-cannot-show',
  tags: ['burden', 'tregs', 'model'],
  difficulty: 2,
  title: 'Response at day 28 on the label schedule',
  ranges: 'Relapsed adult on 9 → 28 µg/day; marrow blasts 5–95 %; Tregs 2–14 % of CD4⁺; blood T cells 500–2000/µL.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => ({ marrowBlastsPct: r.uniform(5, 95, 5), tregPct: r.uniform(2, 14, 0.5), tCellsPerUl: r.uniform(500, 2000, 50) }),
      (i) => clearOf(labelRun(i), [MRD_NEGATIVE_MAX_BLASTS, CR_LIKE_MAX_BLASTS, i.marrowBlastsPct / 100], MARGIN),
    ),
  build: (inputs) => {
    const x = labelRun(inputs);
    const x0 = inputs.marrowBlastsPct / 100;
    const right = x < MRD_NEGATIVE_MAX_BLASTS ? 0 : x <= CR_LIKE_MAX_BLASTS ? 1 : x < x0 ? 2 : 3;
    const shown = blastsText(x);
    const said = `the model gives ${shown} at day 28, from ${inputs.marrowBlastsPct} % at the start`;
    const logsNeeded = formatSignificant(Math.log10(x0 / MRD_NEGATIVE_MAX_BLASTS), 2);
    return {
      stem:
        `A 47-year-old with relapsed B-ALL (${patientWords(inputs)}) starts the label schedule: 9 µg/day for a week, then 28 µg/day. ` +
        'In the atlas’s teaching model, where are the marrow blasts at the end of cycle 1 (day 28)?',
      options: choiceOptions(
        [
          {
            text: 'Below 0.01 % (MRD-negative-like)',
            explanation:
              right === 0
                ? `Right: ${said}. Once blasts are scarce each T cell faces few targets, killing turns first-order and fast, and the marrow falls through the 0.01 % line.`
                : `No: ${said}. Below 0.01 % would mean a fall of more than ${logsNeeded} logs from ${inputs.marrowBlastsPct} % in 28 days; with Tregs at ${inputs.tregPct} % and ${inputs.tCellsPerUl} T cells/µL the killing does not get that far in one cycle.`,
          },
          {
            text: 'Between 0.01 % and 5 % (CR-like, still MRD-positive)',
            explanation:
              right === 1
                ? `Right: ${said}: below the 5 % line, but not yet below 0.01 %.`
                : right === 0
                  ? `No: ${said} — deeper than 0.01 %, so MRD-negative-like, not merely CR-like: killing speeds up per blast as the blasts get scarce.`
                  : `No: ${said}, above the 5 % line: at this burden, with Tregs at ${inputs.tregPct} % and ${inputs.tCellsPerUl} T cells/µL, one cycle does not bring the marrow below 5 %.`,
          },
          {
            text: 'Above 5 %, but below the starting burden (no CR-like response)',
            explanation:
              right === 2
                ? `Right: ${said}: the killing outpaces the blasts’ growth, but not by enough to reach the 5 % line in one cycle.`
                : right === 3
                  ? `No: ${said} — more than at the start, not less: here the killing is slower than the blasts grow, so the marrow does not fall at all.`
                  : `No: ${said}, under the 5 % line: from day 8 the full dose engages marrow killing far more than the first week’s 9 µg/day, and this patient’s T cells use it.`,
          },
          {
            text: 'Above the starting burden (the leukaemia grew)',
            explanation:
              right === 3
                ? `Right: ${said}; T-cell killing here is slower than the blasts grow.`
                : `No: ${said}, below the starting ${inputs.marrowBlastsPct} %: picking growth assumes the Treg brake or too few T cells stop the killing, but for this patient the killing outpaces the blasts’ growth.`,
          },
        ],
        right,
      ),
      explanation:
        `In the model this patient has ${shown} marrow blasts at day 28, ${responseWords(x)}. Burden, the absolute T-cell count and the Treg brake decide which side of the 5 % line a patient lands on; ` +
        'the model’s default patient (50 % blasts, Tregs 5 %, 1000 T cells/µL) sits near the line, like the median patient of the international phase II trial, where 43 % reached CR/CRh within two cycles. ' +
        'The model cannot show CD19-negative escape, CNS relapse or lasting B-cell aplasia. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ blastsDay28: [x * 100, shown] }),
      figure: explorerFigure({ regimen: 'label-rr', clinical: clinicalOf(inputs), tDays: 28, range: 'cycle-1', caption: `The PK/PD explorer with this patient, paused at ${figureTime(28)}, the end of cycle 1’s infusion: the marrow curve ends at ${shown}.` }),
      refs: ['atlas-model', 'topp2015', 'duell2017', 'ribera2015'],
    };
  },
};

// ── the same patient on 5 µg/m²/day: which regimen gives a CR-like marrow? ──

const pairRun = rememberLast((i: Patient) => ({ label: marrowBlastsAt('label-rr', clinicalOf(i)), low: marrowBlastsAt('flat-5', clinicalOf(i)) }));

/** Marrow killing engagement (Em) at the steady state of a rate, for the model's adult (1.88 m²). */
const emAt = (rateUgPerDay: number): number => {
  const p = parametersFor({});
  return marrowEngagement(steadyStatePgPerMl(rateUgPerDay, p), p);
};

/** The EU product information's pre-phase threshold (marrow blasts ≥ 50 %). */
const PRE_PHASE_PCT = 50;

/** The burden in words: none of these draws is a low burden (MRD level is below 5 %, let alone 0.1 %). */
const burdenWords = (pct: number): string =>
  pct >= PRE_PHASE_PCT
    ? `${pct} % marrow blasts is a high burden, at or above the 50 % at which the EU product information asks for a pre-phase`
    : `${pct} % marrow blasts is an intermediate burden — below the 50 % pre-phase threshold, but far above MRD level`;

/**
 * The draws where the model separates the regimens: CR-like on the label schedule, not on 5 µg/m²/day (each kept
 * 20 % clear of the line). Elsewhere both clear (a favourable patient) or neither does, and the item would not show
 * what the dose-finding showed — that 5 µg/m²/day alone falls short where the full dose does not.
 */
const separates = (i: Patient): boolean => {
  const { label, low } = pairRun(i);
  return label <= CR_LIKE_MAX_BLASTS && low > CR_LIKE_MAX_BLASTS && clearOf(label, [CR_LIKE_MAX_BLASTS], MARGIN) && clearOf(low, [CR_LIKE_MAX_BLASTS], MARGIN);
};

export const flat5VersusLabel: ItemTemplate<Patient> = {
  id: 'flat-5-vs-label',
  lesson: 'clinical-evidence',
  section: 'a-virtual-trial',
  tags: ['dosing', 'trials', 'model'],
  difficulty: 3,
  title: 'CR-like at day 28: label schedule against 5 µg/m²/day',
  ranges:
    'Relapsed adult (1.88 m²) on the label schedule against 5 µg/m²/day throughout (a what-if); marrow blasts 20–90 %; Tregs 2–8 % of CD4⁺; blood T cells 600–1500/µL — drawn among the patients for whom the model’s two regimens end on different sides of the 5 % line.',
  draw: (rng) => drawWhere(rng, (r) => ({ marrowBlastsPct: r.uniform(20, 90, 5), tregPct: r.uniform(2, 8, 0.5), tCellsPerUl: r.uniform(600, 1500, 50) }), separates),
  build: (inputs, rng) => {
    const { label, low } = pairRun(inputs);
    const labelShown = blastsText(label);
    const lowShown = blastsText(low);
    const lowRate = 5 * 1.88;
    const emLow = formatPercent(emAt(lowRate));
    const em28 = formatPercent(emAt(28));
    const em9 = formatPercent(emAt(9));
    const burden = burdenWords(inputs.marrowBlastsPct);
    const options = [
      {
        text: 'On both',
        correct: false,
        explanation:
          `No: on 5 µg/m²/day the model’s marrow still holds ${lowShown} at day 28, above the line. Picking “both” assumes the marrow clears like the blood, where killing is near its maximum at either dose; ` +
          `marrow killing is not: it is engaged at only ${emLow} on 5 µg/m²/day, too little against this burden in 28 days.`,
      },
      {
        text: 'On the label schedule only',
        correct: true,
        explanation: `Right: the model gives ${labelShown} on the label schedule and ${lowShown} on 5 µg/m²/day. The step to 28 µg/day on day 8 raises the marrow’s killing engagement from ${em9} to ${em28} for the last three weeks; kept at 5 µg/m²/day it stays at ${emLow}.`,
      },
      {
        text: 'On 5 µg/m²/day only',
        correct: false,
        explanation: 'No: that reasoning takes the gentle start, which shrinks the cytokine burst, for better killing; but a lower dose engages the model’s marrow killing less, never more, so it cannot clear the marrow where the full dose fails.',
      },
      {
        text: 'On neither',
        correct: false,
        explanation: `No: ${burden}, but not beyond reach — with Tregs at ${inputs.tregPct} % and ${inputs.tCellsPerUl} T cells/µL the label’s full dose brings it to ${labelShown}. Only the low dose falls short.`,
      },
    ];
    return {
      stem:
        `A virtual adult with relapsed B-ALL (${patientWords(inputs)}; body-surface area 1.88 m²) is run through cycle 1 twice: on the label schedule (9 µg/day for a week, then 28 µg/day) and, as a what-if, on 5 µg/m²/day throughout (about 9.4 µg/day, the first week’s dose kept on). ` +
        'In the atlas’s teaching model, on which regimen is the marrow CR-like (at most 5 % blasts) at day 28?',
      options: rng.shuffle(options),
      explanation:
        `In the atlas’s model this patient has ${labelShown} marrow blasts at day 28 on the label schedule and ${lowShown} on 5 µg/m²/day; ${burden}. ` +
        `Marrow killing is engaged at ${emLow} on 5 µg/m²/day against ${em28} on 28 µg/day, so from day 8 the dose decides the marrow. ` +
        'In the virtual trial a flat 5 µg/m²/day leaves far fewer patients below the line than the label schedule; the dose-finding trials found the low dose alone not enough. ' +
        '(Patients with few Tregs and many T cells clear on either dose in the model, and some clear on neither; this item draws only patients for whom the dose decides.) ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({
        labelDay28: [label * 100, labelShown],
        flat5Day28: [low * 100, lowShown],
        marrowEngagementFlat5Pct: [emAt(lowRate) * 100, emLow],
        marrowEngagement28Pct: [emAt(28) * 100, em28],
      }),
      figure: explorerFigure({
        regimen: 'flat-5',
        clinical: clinicalOf(inputs),
        tDays: 28,
        range: 'cycle-1',
        caption: `The PK/PD explorer with this patient on 5 µg/m²/day, paused at ${figureTime(28)}: the marrow curve ends at ${lowShown}; switch to the label regimen to see it end at ${labelShown}.`,
      }),
      refs: ['atlas-model', 'asco2013', 'topp2015', 'ribera2015'],
    };
  },
};

// ── an MRD-positive patient on 28 µg/day: MRD-negative-like at day 28? ──

const mrdClinical = (i: Patient): ClinicalInputs => withBloodBlasts(clinicalOf(i));

const mrdRun = rememberLast((i: Patient) => marrowBlastsAt('mrd', mrdClinical(i)));

export const mrdResponse: ItemTemplate<Patient> = {
  id: 'mrd-response',
  lesson: 'after-the-review',
  section: 'less-leukaemia-better-results',
  tags: ['burden', 'trials', 'tregs'],
  difficulty: 2,
  title: 'MRD response at day 28 for a low burden',
  ranges: 'MRD-positive adult on 28 µg/day; marrow blasts 0.02–2 % (no blood blasts); Tregs 2–16 % of CD4⁺; blood T cells 300–2000/µL.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => ({ marrowBlastsPct: r.pick([0.02, 0.05, 0.1, 0.2, 0.5, 1, 2]), tregPct: r.uniform(2, 16, 0.5), tCellsPerUl: r.uniform(300, 2000, 50) }),
      (i) => clearOf(mrdRun(i), [MRD_NEGATIVE_MAX_BLASTS, i.marrowBlastsPct / 100], MARGIN),
    ),
  build: (inputs) => {
    const x = mrdRun(inputs);
    const x0 = inputs.marrowBlastsPct / 100;
    const right = x < MRD_NEGATIVE_MAX_BLASTS ? 0 : x < x0 ? 1 : 2;
    const shown = blastsText(x);
    const said = `the model gives ${shown} at day 28, from ${inputs.marrowBlastsPct} %`;
    const where =
      right === 0
        ? 'below the 0.01 % line: MRD-negative-like, a complete MRD response'
        : right === 1
          ? 'lower than at the start but still 0.01 % or more: MRD-positive'
          : x <= CR_LIKE_MAX_BLASTS
            ? 'higher than at the start: molecular progression'
            : 'above 5 %: in the model a haematological relapse';
    const against = [
      ...(inputs.tregPct >= 7 ? [`Tregs at ${inputs.tregPct} %`] : []),
      ...(inputs.tCellsPerUl < 800 ? [`only ${inputs.tCellsPerUl} T cells/µL`] : []),
    ];
    const slowedBy = against.length ? against.join(' and ') : `this burden (${inputs.marrowBlastsPct} %)`;
    const why = [
      `With few targets per T cell, killing is fast and first-order: at ${inputs.tregPct} % Tregs and ${inputs.tCellsPerUl} T cells/µL it clears this marrow.`,
      `With ${slowedBy}, clearance is slower: the blasts fall, but not below the line in one cycle.`,
      `With ${slowedBy}, the killing is slower than the blasts grow.`,
    ];
    return {
      stem:
        `A 33-year-old in first remission but MRD-positive (${inputs.marrowBlastsPct} % marrow blasts by flow, no blood blasts; Tregs ${inputs.tregPct} % of CD4⁺, blood T cells ${inputs.tCellsPerUl}/µL) receives one cycle at 28 µg/day. ` +
        'In the atlas’s teaching model, where is the marrow at day 28?',
      options: choiceOptions(
        [
          {
            text: 'Below 0.01 % (MRD-negative-like, a complete MRD response)',
            explanation: right === 0 ? `Right: ${said}. ${why[0]}` : `No: ${said} — not below the 0.01 % line. Low burden alone does not guarantee it: with ${slowedBy} the killing is too slow to get there in one cycle.`,
          },
          {
            text: 'Lower than at the start, but still 0.01 % or more (MRD-positive)',
            explanation:
              right === 1
                ? `Right: ${said}. ${why[1]}`
                : right === 0
                  ? `No: ${said} — already below 0.01 %, not merely lower: at MRD level each T cell faces few targets, so killing is fast and first-order.`
                  : `No: ${said} — higher, not lower: with ${slowedBy}, killing is slower than the blasts grow.`,
          },
          {
            text: 'Higher than at the start (molecular progression)',
            explanation: right === 2 ? `Right: ${said}. ${why[2]}` : `No: ${said}, lower than at the start: picking progression assumes the few blasts escape, but at ${inputs.tregPct} % Tregs and ${inputs.tCellsPerUl} T cells/µL the killing outpaces their growth.`,
          },
        ],
        right,
      ),
      explanation:
        `In the model this patient has ${shown} marrow blasts at day 28, ${where}. At MRD level each T cell faces few targets, so killing is fast; what decides the outcome is the Treg brake and the absolute T-cell count. ` +
        'In BLAST 78 % of MRD-positive adults had a complete MRD response after one cycle, and those who did lived far longer (median 38.9 against 12.5 months). ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ blastsDay28: [x * 100, shown] }),
      figure: explorerFigure({ regimen: 'mrd', clinical: mrdClinical(inputs), tDays: 28, range: 'cycle-1', caption: `The PK/PD explorer with this patient on the MRD regimen, paused at ${figureTime(28)}: the marrow curve ends at ${shown}.` }),
      refs: ['atlas-model', 'gokbuget2018', 'duell2017'],
    };
  },
};

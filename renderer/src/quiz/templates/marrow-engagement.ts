// How hard does the drug engage killing in the marrow at a dose? (a magnitude). Blood killing saturates at
// picogram levels (Ek), marrow killing does not (Em = C/(C + EC50,m), half-maximal at 200 pg/mL): the
// distractor that matters is the blood value. Others: saturation, another dose's value, receptor occupancy.
import { killingEngagement, marrowEngagement, parametersFor, segmentRateUgPerDay, steadyStatePgPerMl, regimens, type RegimenId } from '../../model';
import { formatPercent, formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, aboutPercent, distractors, explorerFigure, explorerReadout, figureTime, magnitudeOptions, perUl, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

type Dose = 'label-9' | 'label-28' | 'flat-5' | 'flat-15' | 'flat-60';

interface Inputs {
  dose: Dose;
  bsaM2: number;
}

const DOSES: Record<Dose, { regimen: RegimenId; segment: number; words: string; day: number }> = {
  'label-9': { regimen: 'label-rr', segment: 0, words: '9 µg/day (the label’s first week)', day: 4 },
  'label-28': { regimen: 'label-rr', segment: 1, words: '28 µg/day (the label’s full dose)', day: 14 },
  'flat-5': { regimen: 'flat-5', segment: 0, words: '5 µg/m²/day throughout (a dose-finding level, as in the early adult cohorts; a what-if today)', day: 14 },
  'flat-15': { regimen: 'flat-15', segment: 0, words: '15 µg/m²/day from day 1 (a dose-finding level, as in the early adult cohorts; a what-if today)', day: 14 },
  'flat-60': { regimen: 'flat-60', segment: 0, words: '60 µg/m²/day (a lymphoma dose, a what-if in ALL)', day: 14 },
};

const format = (fraction: number) => `${aboutPercent(fraction)} of maximal marrow killing`;

export const marrowEngagementAtDose: ItemTemplate<Inputs> = {
  id: 'marrow-engagement',
  lesson: 'serial-lysis',
  section: 'blood-is-not-marrow',
  tags: ['killing', 'dosing', 'model'],
  difficulty: 2,
  title: 'Marrow killing engagement at a dose',
  ranges: 'Adult, body-surface area 1.5–2.3 m²; 9 or 28 µg/day, or 5, 15 or 60 µg/m²/day given throughout.',
  draw: (rng) => ({ dose: rng.pick(Object.keys(DOSES) as Dose[]), bsaM2: rng.uniform(1.5, 2.3, 0.05) }),
  build: ({ dose, bsaM2 }, rng) => {
    const d = DOSES[dose];
    const p = parametersFor({ clinical: { bsaM2 } });
    const rate = segmentRateUgPerDay(regimens[d.regimen].cycle1[d.segment]!, bsaM2);
    const css = steadyStatePgPerMl(rate, p);
    const em = marrowEngagement(css, p);
    const ek = killingEngagement(css, p);
    const emOther = marrowEngagement(css / 3, p);
    const cssShown = `${formatSignificant(css, 3)} pg/mL`;
    const emShown = formatPercent(em);
    const ekShown = formatPercent(ek);
    // What the figure opened below draws: the explorer's default relapsed patient (50 % marrow blasts, blood blasts
    // 1 × 10⁹/L) at this body-surface area, on this dose, on day `d.day` of its clock.
    const seen = explorerReadout({ regimen: d.regimen, clinical: { bsaM2 }, tDays: d.day });
    const bpShown = perUl(seen.bp);
    const bp0Shown = perUl(seen.bp0);
    const xShown = formatPercent(seen.X, 2);
    const falls = seen.depletionDay === null ? 'do not fall below 1 % of baseline within the two cycles the explorer shows' : `fall below 1 % of baseline only after ${formatSignificant(seen.depletionDay, 3)} days`;
    /** The level at which the marrow engagement would be `v` (Em = C/(C + EC50,m) solved for C). */
    const levelFor = (v: number) => `${formatSignificant((p.ec50Bm * v) / (1 - v), 2)} pg/mL`;
    const guess = (v: number) =>
      `${formatPercent(v)} would need a steady state of about ${levelFor(v)} (Em = C/(C + ${formatSignificant(p.ec50Bm, 3)} pg/mL)); this dose gives ${cssShown}, so the engagement is ${css > (p.ec50Bm * v) / (1 - v) ? 'higher' : 'lower'}.`;
    return {
      stem:
        `An adult (body-surface area ${bsaM2} m²) with relapsed B-ALL is at steady state on blinatumomab ${d.words}. ` +
        `The atlas’s teaching model gives marrow killing its own engagement, Em = C/(C + EC50,m), half-maximal at ${formatSignificant(p.ec50Bm, 3)} pg/mL. About how strongly is marrow killing engaged here?`,
      options: magnitudeOptions(
        { value: em, why: `Right: the level is ${cssShown}, so Em = ${cssShown} / (${cssShown} + ${formatSignificant(p.ec50Bm, 3)} pg/mL) = ${emShown}.` },
        distractors(
          rng,
          [{ value: ek, why: `That is the blood’s killing engagement, with its EC50 of ${formatSignificant(p.ec50Kill, 2)} pg/mL: blood killing saturates at picogram levels, marrow killing (EC50 ${formatSignificant(p.ec50Bm, 3)} pg/mL) does not.` }],
          [
            { value: emOther, why: 'That is the engagement at a third of this level — as if the dose were read in the wrong unit or the step to the full dose left out; the model’s level rises in proportion to the dose.' },
            { value: marrowEngagement(css * 3, p), why: 'That is the engagement at three times this level — as if the level were tripled; the model’s level rises in proportion to the dose, and this dose gives only this level.' },
            { value: 0.5, why: `Half is the engagement at the marrow’s half-maximal level (${formatSignificant(p.ec50Bm, 3)} pg/mL); this level (${cssShown}) is ${css > p.ec50Bm ? 'higher' : 'lower'}.` },
            { value: css / (css + 470), why: 'That puts the half-maximal level at the 470 pg/mL EC90 of leukaemia lines; the model’s marrow EC50 is lower, and an EC90 is not an EC50.' },
            { value: 0.25, why: guess(0.25) },
            { value: 0.1, why: guess(0.1) },
          ],
        ),
        4,
        format,
        1.15,
      ),
      explanation:
        `The model’s steady state on this dose is ${cssShown}: blood killing is engaged at ${ekShown}, marrow killing at ${emShown}. ` +
        'Tissue access, a low effector-to-target ratio and tired T cells are the model’s reasons for a higher half-maximal level in the marrow, tuned to the dose-finding results and to the 470 pg/mL EC90 of leukaemia lines. ' +
        'So killing of what reaches the blood is near its maximum at any clinical dose, while the marrow clears faster the higher the dose — why the label steps up to 28 µg/day and 5 µg/m²/day alone fails. ' +
        `The blood count still follows the marrow when blasts spill over: for the model’s default relapsed patient (50 % marrow blasts, 1 × 10⁹/L blood blasts) on this dose, blood CD19⁺ cells are ${bpShown} ${d.day} days after the start (from ${bp0Shown}), with ${xShown} marrow blasts, and ${falls}: the marrow keeps refilling the blood.` +
        `${dose === 'flat-60' ? ' 60 µg/m²/day comes from the lymphoma trials, where neurological events set it as the highest tolerated dose.' : ''} ` +
        ILLUSTRATIVE,
      numbers: shownNumbers({
        cssPgPerMl: [css, cssShown],
        marrowEngagementPct: [em * 100, emShown],
        bloodEngagementPct: [ek * 100, ekShown],
        figureBloodCd19PerUl: [seen.bp, bpShown],
        figureMarrowBlastsPct: [seen.X * 100, xShown],
      }),
      figure: explorerFigure({
        regimen: d.regimen,
        clinical: { bsaM2 },
        tDays: d.day,
        range: 'cycle-1',
        caption:
          `The PK/PD explorer on this dose for the model’s default relapsed patient (50 % marrow blasts, 1 × 10⁹/L blood blasts) at ${bsaM2} m², paused at ${figureTime(d.day)}: ` +
          `${xShown} marrow blasts, and blood CD19⁺ cells at ${bpShown} (from ${bp0Shown}); by its readout they ${falls}, because blasts keep coming from the marrow.`,
      }),
      refs: ['atlas-model', 'asco2013', 'dreier2002', 'ribera2015', ...(dose === 'flat-60' ? ['goebeler2016'] : [])],
    };
  },
};

// Marrow blasts at day 28 on one rung of the dose-finding ladder (a magnitude): 5, 15 or 60 µg/m²/day given for
// the whole cycle. Blood is saturated at every rung; the marrow is not, so the dose decides the marrow. The
// telling distractors are the other rungs' answers (as if dose did not matter in the marrow).
import { marrowEngagement, parametersFor, steadyStatePgPerMl, type RegimenId } from '../../model';
import { formatPercent } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, aboutPercent, distractors, explorerFigure, figureTime, magnitudeOptions, rememberLast, shownNumbers } from './kit';
import { blastsText, marrowBlastsAt, marrowDistractors, responseWords } from './marrow';
import type { ItemTemplate } from './template';

type Rung = 'flat-5' | 'flat-15' | 'flat-60';

interface Inputs {
  rung: Rung;
  marrowBlastsPct: number;
  tregPct: number;
  bsaM2: number;
}

const RUNGS: readonly Rung[] = ['flat-5', 'flat-15', 'flat-60'];
const PER_M2: Record<Rung, number> = { 'flat-5': 5, 'flat-15': 15, 'flat-60': 60 };
const RUNG_WORDS: Record<Rung, string> = {
  'flat-5': '5 µg/m²/day for the whole of cycle 1 (the first-week dose kept on, a what-if; the early dose-finding showed it alone falls short)',
  'flat-15': '15 µg/m²/day for the whole of cycle 1, without the step (the level the early dose-finding settled on; a what-if today)',
  'flat-60': '60 µg/m²/day for the whole of cycle 1 (the lymphoma trials’ highest tolerated dose, a what-if in ALL)',
};

const clinicalOf = (i: Inputs) => ({ marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, bsaM2: i.bsaM2 });

const ladder = rememberLast((i: Inputs) => Object.fromEntries(RUNGS.map((r) => [r, marrowBlastsAt(r as RegimenId, clinicalOf(i))])) as Record<Rung, number>);

export const doseLadderMarrow: ItemTemplate<Inputs> = {
  id: 'dose-ladder-marrow',
  lesson: 'kinetics-and-dosing',
  section: 'how-much-drug-is-enough',
  tags: ['dosing', 'burden', 'model'],
  difficulty: 3,
  title: 'Marrow blasts at day 28 on 5, 15 or 60 µg/m²/day',
  ranges: 'Relapsed adult, marrow blasts 30–70 %, Tregs 3–6 % of CD4⁺, body-surface area 1.6–2.2 m²; 5, 15 or 60 µg/m²/day for the whole cycle (what-ifs from dose-finding and the lymphoma trials; adults today get flat µg/day doses).',
  draw: (rng) => ({ rung: rng.pick(RUNGS), marrowBlastsPct: rng.uniform(30, 70, 5), tregPct: rng.uniform(3, 6, 0.5), bsaM2: rng.uniform(1.6, 2.2, 0.05) }),
  build: (inputs, rng) => {
    const x = ladder(inputs);
    const answer = x[inputs.rung];
    const p = parametersFor({ clinical: clinicalOf(inputs) });
    const em = Object.fromEntries(RUNGS.map((r) => [r, marrowEngagement(steadyStatePgPerMl(PER_M2[r] * inputs.bsaM2, p), p)])) as Record<Rung, number>;
    const shown = Object.fromEntries(RUNGS.map((r) => [r, blastsText(x[r])])) as Record<Rung, string>;
    const emShown = Object.fromEntries(RUNGS.map((r) => [r, formatPercent(em[r])])) as Record<Rung, string>;
    const others = RUNGS.filter((r) => r !== inputs.rung);
    return {
      stem:
        `A 41-year-old with relapsed B-ALL (${inputs.marrowBlastsPct} % marrow blasts, Tregs ${inputs.tregPct} % of CD4⁺, body-surface area ${inputs.bsaM2} m²) is run through the atlas’s teaching model on ` +
        `${RUNG_WORDS[inputs.rung]}. About what are the model’s marrow blasts at day 28?`,
      options: magnitudeOptions(
        { value: answer, why: `Right: the model gives ${shown[inputs.rung]}, ${responseWords(answer)}.` },
        distractors(
          rng,
          others.map((r) => ({
            value: x[r],
            why: `That is the model’s answer on ${PER_M2[r]} µg/m²/day: in the marrow, unlike the blood, the dose changes the outcome.`,
          })),
          marrowDistractors(answer, inputs.marrowBlastsPct / 100),
        ),
        4,
        aboutPercent,
      ),
      explanation:
        `In the model this patient has ${shown['flat-5']} marrow blasts at day 28 on 5 µg/m²/day, ${shown['flat-15']} on 15 and ${shown['flat-60']} on 60. ` +
        `Blood killing is near its maximum on all three (engagement 90 % or more), but the marrow’s engagement climbs from ${emShown['flat-5']} to ${emShown['flat-15']} and ${emShown['flat-60']} (5, 15 and 60 µg/m²/day): the 5 µg/m²/day level stays below the 470 pg/mL EC90 of leukaemia lines, 15 µg/m²/day exceeds it. ` +
        'That is the model’s version of the trials’ finding that at least 15 µg/m²/day was needed, and why the low dose runs for one week only. 60 µg/m²/day is a lymphoma dose, a what-if in ALL. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({
        day28Flat5: [x['flat-5'] * 100, shown['flat-5']],
        day28Flat15: [x['flat-15'] * 100, shown['flat-15']],
        day28Flat60: [x['flat-60'] * 100, shown['flat-60']],
        marrowEngagementFlat5Pct: [em['flat-5'] * 100, emShown['flat-5']],
        marrowEngagementFlat15Pct: [em['flat-15'] * 100, emShown['flat-15']],
        marrowEngagementFlat60Pct: [em['flat-60'] * 100, emShown['flat-60']],
      }),
      figure: explorerFigure({
        regimen: inputs.rung,
        clinical: clinicalOf(inputs),
        tDays: 28,
        range: 'cycle-1',
        caption: `The PK/PD explorer with this patient on ${PER_M2[inputs.rung]} µg/m²/day, paused at ${figureTime(28)}, where the marrow curve ends at ${shown[inputs.rung]}; switch the regimen to compare the other doses.`,
      }),
      refs: ['atlas-model', 'asco2013', 'ribera2015', 'goebeler2016'],
    };
  },
};

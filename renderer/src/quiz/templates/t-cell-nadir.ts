// When and how deep do blood T cells dip after the first dose? (a time, with its depth). Activated T cells stick
// to vessel walls within hours: the nadir comes within the first day and is deeper the larger the first dose's
// activation burst; they return within days. The options cross hours/days with above/below half of baseline.
import { metrics, simulate, type ClinicalInputs, type RegimenId } from '../../model';
import { formatHours, formatSignificant, formatSpan, formatPercent } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, choiceOptions, clearOf, drawWhere, explorerFigure, figureTime, rememberLast, shownNumbers, withBloodBlasts } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  regimen: Extract<RegimenId, 'label-rr' | 'mrd' | 'flat-15' | 'flat-5'>;
  marrowBlastsPct: number;
  tregPct: number;
  tCellsPerUl: number;
}

const REGIMEN_WORDS: Record<Inputs['regimen'], string> = {
  'label-rr': 'the label’s 9 µg/day for the first week (relapsed disease)',
  mrd: 'the label’s 28 µg/day from day 1 (the MRD regimen, no step)',
  'flat-15': '15 µg/m²/day from day 1 (a what-if without the step, as in early dose-finding cohorts)',
  'flat-5': '5 µg/m²/day throughout (a what-if: the low start without the step up)',
};

const clinicalOf = (i: Inputs): ClinicalInputs => withBloodBlasts({ marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, tCellsPerUl: i.tCellsPerUl });

const nadirOf = rememberLast((i: Inputs) => {
  const m = metrics(simulate({ regimen: i.regimen, days: 8, clinical: clinicalOf(i), outputStepMinutes: 10 }));
  return { nadir: m.tCellNadir!, recoveryDay: m.tCellRecoveryDay };
});

export const tCellNadir: ItemTemplate<Inputs> = {
  id: 't-cell-nadir',
  lesson: 'cns-toxicity-and-crs',
  section: 'the-activation-burst',
  tags: ['t-cell-kinetics', 'crs'],
  difficulty: 2,
  title: 'When and how deep blood T cells dip after the first dose',
  ranges: 'Adult starting on the label’s 9 µg/day (marrow blasts 10–90 %) or 28 µg/day (MRD-positive, 0.05–1 %), or on 5 or 15 µg/m²/day as what-ifs (10–90 %); Tregs 2–8 % of CD4⁺; blood T cells 400–2000/µL.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => {
        const regimen = r.pick(['label-rr', 'mrd', 'flat-15', 'flat-5'] as const);
        return {
          regimen,
          marrowBlastsPct: regimen === 'mrd' ? r.pick([0.05, 0.1, 0.5, 1]) : r.uniform(10, 90, 5),
          tregPct: r.uniform(2, 8, 0.5),
          tCellsPerUl: r.uniform(400, 2000, 50),
        };
      },
      (i) => {
        const { nadir } = nadirOf(i);
        return clearOf(nadir.fractionOfBaseline, [0.5], 0.08) && clearOf(nadir.day, [1, 3], 0.1);
      },
    ),
  build: (inputs) => {
    const { nadir, recoveryDay } = nadirOf(inputs);
    const within = nadir.day < 1;
    const deep = nadir.fractionOfBaseline < 0.5;
    const right = within ? (deep ? 0 : 1) : deep ? 2 : 3;
    const hoursShown = formatHours(nadir.day * 24);
    const depthShown = formatPercent(nadir.fractionOfBaseline);
    const countShown = `${formatSignificant(nadir.tpPerUl, 2)}/µL`;
    const recoveryShown = recoveryDay === null ? 'not within the week' : `after ${formatSpan(recoveryDay)}`;
    const said = `the model’s nadir comes ${hoursShown} after the start, at ${depthShown} of baseline`;
    return {
      stem:
        `An adult with B-ALL (${inputs.marrowBlastsPct} % marrow blasts; blood T cells ${inputs.tCellsPerUl}/µL, Tregs ${inputs.tregPct} % of CD4⁺) starts blinatumomab on ${REGIMEN_WORDS[inputs.regimen]}. ` +
        'In the atlas’s teaching model, when do blood T cells reach their lowest point, and how low do they go?',
      options: choiceOptions(
        [
          {
            text: 'Within the first day, to below half of the starting count',
            explanation:
              right === 0
                ? `Right: ${said}.`
                : `No: ${said}, above half: this first dose sets off a smaller activation burst, so fewer T cells leave the blood for the vessel walls.`,
          },
          {
            text: 'Within the first day, but staying above half of the starting count',
            explanation:
              right === 1
                ? `Right: ${said}; a low first dose gives a smaller activation burst and a shallower dip.`
                : `No: ${said}, below half: this first dose gives an activation burst large enough to send most blood T cells to the vessel walls for a while.`,
          },
          { text: 'After 3–5 days, to below half of the starting count', explanation: 'No: the dip is redistribution within hours — activated T cells stick to vessel walls — not killing or exhaustion that builds over days.' },
          { text: 'After 3–5 days, but staying above half of the starting count', explanation: 'No: the dip comes within hours of the start, as T cells move to vessel walls; by days 3–5 they are coming back.' },
        ],
        right,
      ),
      explanation:
        `In the model blood T cells bottom out at ${countShown}, ${depthShown} of baseline, ${hoursShown} after the start, and are back at baseline ${recoveryShown}. ` +
        'The cells have moved, not died: the activation burst of a new dose makes them stick to the endothelium (with rising CD69 and LFA-1), and a larger first dose gives a larger burst and a deeper dip. ' +
        (inputs.regimen === 'label-rr' ? 'A second, smaller dip follows the step to 28 µg/day on day 8. ' : 'On the label’s stepped schedule a second, smaller dip follows the day-8 step. ') +
        'The starting count, the burden and the Tregs hardly change the dip; the dose does. The same traffic to vessel walls is the model’s basis for its CNS-risk signal. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ nadirHours: [nadir.day * 24, hoursShown], nadirPctOfBaseline: [nadir.fractionOfBaseline * 100, depthShown], nadirPerUl: [nadir.tpPerUl, countShown] }),
      figure: explorerFigure({
        regimen: inputs.regimen,
        clinical: clinicalOf(inputs),
        tDays: nadir.day,
        range: 'first-3-days',
        caption: `The PK/PD explorer with this patient, paused at the T-cell nadir, ${figureTime(nadir.day)}: ${hoursShown} after the start, at ${countShown}.`,
      }),
      refs: ['atlas-model', 'klinger2012', 'nagele2017', 'ribera2015'],
    };
  },
};

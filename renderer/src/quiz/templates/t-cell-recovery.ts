// When are blood T cells back at baseline after the first-dose dip? (a time). They return from the vessel walls
// within days and then expand; the Treg brake slows expansion, so more Tregs delay the return. Bins of days,
// with draws kept clear of their edges.
import { metrics, simulate, type ClinicalInputs } from '../../model';
import { formatHours, formatSpan } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, binEdges, binOptions, clearOf, contiguousBins, drawRelapsedOrMrdAdult, drawWhere, explorerFigure, figureTime, rememberLast, shownNumbers, withBloodBlasts, type RelapsedOrMrdAdult } from './kit';
import type { ItemTemplate } from './template';

interface Inputs extends RelapsedOrMrdAdult {
  tCellsPerUl: number;
}

const BINS = contiguousBins([
  [1, 'Within 24 hours of the start'],
  [2, '1 to 2 days after the start'],
  [4, '2 to 4 days after the start'],
  [7, '4 to 7 days after the start'],
  [14, '1 to 2 weeks after the start'],
  [Infinity, 'Not within two weeks of the start'],
]);

const clinicalOf = (i: Inputs): ClinicalInputs => withBloodBlasts({ marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, tCellsPerUl: i.tCellsPerUl });

const recoveryOf = rememberLast((i: Inputs) => {
  const m = metrics(simulate({ regimen: i.regimen, days: 16, clinical: clinicalOf(i), outputStepMinutes: 20 }));
  return { day: m.tCellRecoveryDay ?? Infinity, nadir: m.tCellNadir! };
});

export const tCellRecovery: ItemTemplate<Inputs> = {
  id: 't-cell-recovery',
  lesson: 'kinetics-and-dosing',
  section: 'what-the-blood-shows',
  tags: ['t-cell-kinetics', 'tregs'],
  difficulty: 2,
  title: 'When blood T cells are back at baseline',
  ranges: 'MRD-positive adult on 28 µg/day (0.01–1 % blasts) or relapsed adult on the label schedule (10–90 %); Tregs 2–14 % of CD4⁺; blood T cells 400–2000/µL.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => ({ ...drawRelapsedOrMrdAdult(r, [0.01, 0.05, 0.1, 0.5, 1], 14), tCellsPerUl: r.uniform(400, 2000, 50) }),
      (i) => Number.isFinite(recoveryOf(i).day) && clearOf(recoveryOf(i).day, binEdges(BINS), 0.06),
    ),
  build: (inputs, rng) => {
    const { day, nadir } = recoveryOf(inputs);
    const dayShown = formatSpan(day);
    const nadirShown = formatHours(nadir.day * 24);
    const who =
      inputs.regimen === 'mrd'
        ? `An MRD-positive adult (${inputs.marrowBlastsPct} % marrow blasts) starts blinatumomab at 28 µg/day`
        : `An adult with relapsed B-ALL (${inputs.marrowBlastsPct} % marrow blasts) starts the label schedule, 9 µg/day for a week`;
    return {
      stem:
        `${who}; blood T cells are ${inputs.tCellsPerUl}/µL and Tregs ${inputs.tregPct} % of CD4⁺ cells. Blood T cells dip within hours of the start. ` +
        'In the atlas’s teaching model, when are they back at their starting count?',
      options: binOptions(day, BINS, 4, rng, (bin, right) => {
        if (right) return `Yes: the model’s T cells bottom out ${nadirShown} after the start and are back at baseline after ${dayShown}.`;
        if (bin.hi <= 1) return `No: within the first day the model’s T cells are at or near their low point (nadir at ${nadirShown}): they have only just left the blood for the vessel walls.`;
        if (bin.hi <= 2) return `No: by day 2 they are coming back from the vessel walls, but regaining the full count takes longer: the model gives ${dayShown}.`;
        if (bin.lo >= 14) return `No: never within two weeks would need the brake to stop expansion altogether; at ${inputs.tregPct} % Tregs the model’s T cells are back after ${dayShown}.`;
        const range = bin.text.replace(/ after the start$/, '').toLowerCase();
        return bin.hi <= day
          ? `No: ${range} is too early for this patient: Tregs at ${inputs.tregPct} % brake the expansion that brings the count back, so the model’s return comes after ${dayShown}.`
          : `No: ${range} is too late: the T cells return from the vessel walls within days and the drug makes them multiply, so the model has them back after ${dayShown}.`;
      }),
      explanation:
        `In the model blood T cells bottom out ${nadirShown} after the start and are back at baseline after ${dayShown}. ` +
        'The dip is redistribution: activated T cells stick to vessel walls and return over the next days, while the drug makes them multiply — on average more than doubling over 2–3 weeks. ' +
        `The Treg brake (${inputs.tregPct} % here) slows that expansion, so the return comes later the higher the Tregs; the starting count and the burden hardly change it. ` +
        ILLUSTRATIVE,
      numbers: shownNumbers({ recoveryDays: [day, dayShown], nadirHours: [nadir.day * 24, nadirShown] }),
      figure: explorerFigure({
        regimen: inputs.regimen,
        clinical: clinicalOf(inputs),
        tDays: day,
        range: 'cycle-1',
        caption: `The PK/PD explorer with this patient, paused when blood T cells are back at baseline, ${figureTime(day)}: ${dayShown} after the start.`,
      }),
      refs: ['atlas-model', 'klinger2012', 'ribera2015', 'duell2017'],
    };
  },
};

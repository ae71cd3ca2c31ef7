// How long until the level is at 90 % of its new plateau? (a time). One compartment: from zero it takes
// ln 10 · V/CL ≈ 4 h whatever the dose; from a level already part-way up (the day-8 step, a restart after a
// short pause) it takes less. The model's metrics give the time for every dose level. Bins of hours.
import { metrics, simulate, type RegimenId } from '../../model';
import { formatHours } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, LABEL_DAYS_NOTE, binEdges, binOptions, clearOf, contiguousBins, drawWhere, explorerFigure, figureTime, rememberLast, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

type Change = 'start' | 'step' | 'restart';

interface Inputs {
  change: Change;
  bsaM2: number;
  /** Length of the pause before a restart [h]. */
  pauseHours: number;
}

const BINS = contiguousBins([
  [1, 'Within 1 hour'],
  [2, '1 to 2 hours'],
  [3, '2 to 3 hours'],
  [5, '3 to 5 hours'],
  [12, '5 to 12 hours'],
  [24, '12 to 24 hours'],
  [Infinity, 'More than a day: a loading dose would be needed'],
]);

/** The dose level asked about: the run, and the index of the level in metrics().doseLevels. */
function runOf(i: Inputs): { regimen: RegimenId; days: number; level: number; interruptions?: { startDay: number; durationDays: number }[] } {
  if (i.change === 'start') return { regimen: 'mrd', days: 1, level: 0 };
  if (i.change === 'step') return { regimen: 'label-rr', days: 8, level: 1 };
  return { regimen: 'mrd', days: 3 + i.pauseHours / 24, level: 1, interruptions: [{ startDay: 2, durationDays: i.pauseHours / 24 }] };
}

const hoursOf = rememberLast((i: Inputs) => {
  const r = runOf(i);
  const m = metrics(simulate({ regimen: r.regimen, days: r.days, clinical: { bsaM2: i.bsaM2 }, interruptions: r.interruptions, outputStepMinutes: 60 }));
  return { hours: m.doseLevels[r.level]!.hoursTo90PctCss, startDay: m.doseLevels[r.level]!.startDay, start: m.doseLevels[0]!.hoursTo90PctCss };
});

const SCENES: Record<Change, (i: Inputs) => string> = {
  start: () => 'The pump starts at 28 µg/day (MRD-positive disease, no step). How long after the start is the serum level at 90 % of its plateau?',
  step: () => `On day 8 the rate steps from 9 to 28 µg/day, after a week at the 9 µg/day steady state. How long after the step is the level at 90 % of its new plateau? ${LABEL_DAYS_NOTE}`,
  restart: (i) => `On 28 µg/day at steady state, the line is blocked for ${i.pauseHours} h; the pump then restarts at the same rate. How long after the restart is the level back at 90 % of its plateau?`,
};

export const timeToPlateau: ItemTemplate<Inputs> = {
  id: 'time-to-plateau',
  lesson: 'kinetics-and-dosing',
  section: 'one-compartment-one-pump',
  tags: ['pharmacokinetics', 'dosing'],
  difficulty: 2,
  title: 'Time to 90 % of the plateau after a start, a step or a restart',
  ranges: 'Adult, body-surface area 1.5–2.3 m²; the first start at 28 µg/day, the day-8 step from 9 to 28 µg/day, or a restart after a pause of 15 min to 8 h.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => ({ change: r.pick(['start', 'step', 'restart'] as const), bsaM2: r.uniform(1.5, 2.3, 0.05), pauseHours: r.pick([0.25, 0.5, 1, 2, 4, 8]) }),
      (i) => clearOf(hoursOf(i).hours, binEdges(BINS), 0.08),
    ),
  build: (inputs, rng) => {
    const { hours, startDay, start } = hoursOf(inputs);
    const hoursShown = formatHours(hours);
    const startShown = formatHours(start);
    const regimen = inputs.change === 'step' ? 'label-rr' : 'mrd';
    return {
      stem: `An adult with B-ALL (body-surface area ${inputs.bsaM2} m²) is on blinatumomab. ${SCENES[inputs.change](inputs)} Answer with the atlas’s teaching model.`,
      options: binOptions(hours, BINS, 4, rng, (bin, right) =>
        right
          ? `Yes: the model’s level reaches 90 % of its plateau ${hoursShown} after the change.`
          : bin.lo >= 24
            ? 'No: a loading dose is needed only for drugs whose half-life is days long; with a half-life of about 1.2 h the level settles within hours of any change.'
            : bin.lo >= 12
              ? `No: half a day or more would fit a half-life of several hours, as for many antibodies; this one’s is about 1.2 h, so the model gives ${hoursShown}.`
            : bin.lo >= 5
              ? `No: the model gives ${hoursShown}. About 7 h would be 3.3 times the product information’s longer mean half-life (2.2 h); the atlas’s model uses the source review’s clearance and volume (half-life about 1.2 h).`
              : bin.hi <= hours
                ? `No: ${bin.text.toLowerCase()} is quicker than the model allows: that would need the level to start nearer its plateau or a shorter half-life; the model’s level gets there in ${hoursShown}.`
                : inputs.change === 'start'
                  ? `No: ${bin.text.toLowerCase()} is slower than the model: from zero the level needs about 3.3 half-lives, ${hoursShown}.`
                  : `No: ${bin.text.toLowerCase()} is slower than the model: from zero it takes ${startShown}, and this ${inputs.change} starts from a level already part-way up, so it takes ${hoursShown}.`,
      ),
      explanation:
        `In the model the level reaches 90 % of its plateau ${hoursShown} after the change. From zero, a one-compartment infusion needs ln 10 · V/CL, about 3.3 half-lives (${startShown}), whatever the dose and, ` +
        'since clearance and volume both scale with body-surface area, whatever the adult’s size. A step or a restart starts from a level already part-way up, so the remaining gap closes sooner; after a pause of several hours almost nothing is left and the rise takes as long as the first start. ' +
        'Either way the level follows the pump within hours, so a restart can set off a fresh activation burst. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ hoursTo90: [hours, hoursShown], hoursFromZero: [start, startShown] }),
      figure: explorerFigure({
        regimen,
        clinical: { bsaM2: inputs.bsaM2 },
        tDays: inputs.change === 'step' ? startDay + hours / 24 : (inputs.change === 'restart' ? start : hours) / 24,
        range: inputs.change === 'step' ? 'cycle-1' : 'first-3-days',
        caption:
          inputs.change === 'restart'
            ? `The explorer has no pauses: here is the first start, whose rise from zero reaches 90 % after ${startShown}; a restart after a short pause starts part-way up.`
            : `The PK/PD explorer paused when the level reaches 90 % of its plateau, ${figureTime(inputs.change === 'step' ? startDay + hours / 24 : hours / 24)}: ${hoursShown} after the ${inputs.change === 'step' ? 'step' : 'start'}.`,
      }),
      refs: ['atlas-model', 'ribera2015', 'label-eu', 'label-us'],
    };
  },
};

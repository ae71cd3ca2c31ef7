// When does the cycle's infusion finish after an interruption? (a time). The label counts infusion days: a pause
// of 7 days or less continues the same cycle to 28 infusion days; a longer one starts a new cycle when the pump
// restarts. The model's schedule builder applies exactly that rule. Distractors: calendar days (the pause ignored),
// the other branch of the rule, the break added as well.
import { INTERRUPTION_NEW_CYCLE_AFTER_DAYS, buildSchedule, type RegimenId } from '../../model';
import { ILLUSTRATIVE, explorerFigure, magnitudeOptions, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  regimen: Extract<RegimenId, 'label-rr' | 'mrd'>;
  /** Model day the pump stops (label day = this + 1). */
  stopDay: number;
  pauseDays: number;
}

const INFUSION_DAYS = 28;

const format = (day: number) => `On day ${day}`;

export const interruptionCycleEnd: ItemTemplate<Inputs> = {
  id: 'interruption-cycle-end',
  lesson: 'kinetics-and-dosing',
  section: 'interruptions-restarts-and-the-line',
  tags: ['dosing', 'management'],
  difficulty: 2,
  title: 'When the infusion finishes after an interruption',
  ranges: 'Relapsed (9 → 28 µg/day) or MRD-positive (28 µg/day) adult in cycle 1; the pump stops on day 3–21 for 1–14 days.',
  draw: (rng) => ({
    regimen: rng.pick(['label-rr', 'mrd'] as const),
    stopDay: rng.uniform(2, 20, 1),
    pauseDays: rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14]),
  }),
  build: ({ regimen, stopDay, pauseDays }) => {
    const schedule = buildSchedule(regimen, 1.88, 90, [{ startDay: stopDay, durationDays: pauseDays }]);
    const endDay = schedule.cycleInfusionEndsDays[0]!;
    const newCycle = pauseDays > INTERRUPTION_NEW_CYCLE_AFTER_DAYS;
    const restartDay = stopDay + pauseDays;
    // Day numbers as the label counts them: the start is day 1, so model day t ends on label day t.
    const shown = `day ${endDay}`;
    const continued = INFUSION_DAYS + pauseDays;
    const fresh = restartDay + INFUSION_DAYS;
    const given = newCycle ? stopDay : INFUSION_DAYS;
    return {
      stem:
        `An adult on blinatumomab (${regimen === 'mrd' ? 'MRD-positive, 28 µg/day' : 'relapsed disease, 9 µg/day then 28 µg/day'}) started cycle 1 on day 1. ` +
        `After ${stopDay} days of infusion the pump is stopped for an adverse event and restarted ${pauseDays} day${pauseDays === 1 ? '' : 's'} later. ` +
        'Following the label’s interruption rule, as the atlas’s model applies it, on which day (counting the first infusion day as day 1) does the infusion complete its 28 infusion days?',
      options: magnitudeOptions(
        {
          value: endDay,
          why: newCycle
            ? `Right: a pause of more than ${INTERRUPTION_NEW_CYCLE_AFTER_DAYS} days starts a new cycle at the restart (day ${restartDay + 1}), which runs its own 28 infusion days to ${shown}.`
            : `Right: a pause of ${INTERRUPTION_NEW_CYCLE_AFTER_DAYS} days or less continues the same cycle, so the 28 infusion days are complete on ${shown}.`,
        },
        [
          { value: INFUSION_DAYS, why: 'That counts calendar days and ignores the pause; the label counts infusion days.' },
          newCycle
            ? { value: continued, why: `That would continue the same cycle; but the pause was longer than ${INTERRUPTION_NEW_CYCLE_AFTER_DAYS} days, so a new cycle starts at the restart.` }
            : { value: fresh, why: `That would start a new cycle at the restart; a pause of ${INTERRUPTION_NEW_CYCLE_AFTER_DAYS} days or less continues the same cycle.` },
          { value: endDay + 14, why: 'That adds the 14-day break; the break comes after the infusion, not inside it.' },
          { value: endDay + pauseDays, why: 'That counts the pause twice.' },
        ],
        4,
        format,
        1.0001,
      ),
      explanation:
        `The model’s schedule ends the infusion on ${shown}: ` +
        (newCycle
          ? `the ${pauseDays}-day pause is longer than ${INTERRUPTION_NEW_CYCLE_AFTER_DAYS} days, so a new cycle of 28 infusion days starts at the restart and the ${given} days already given do not count towards it. `
          : `the ${pauseDays}-day pause is ${INTERRUPTION_NEW_CYCLE_AFTER_DAYS} days or less, so the same cycle continues until 28 infusion days in total have been given (${INFUSION_DAYS} + ${pauseDays}). `) +
        'Within hours of the stop the drug is gone, so the restart rebuilds the level from zero and can set off a fresh activation burst: dexamethasone comes before a restart after 4 h or more, and after a grade 3 event an adult restarts at 9 µg/day. Never flush the line. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ endDay: [endDay, shown] }),
      figure: explorerFigure({
        regimen,
        clinical: {},
        tDays: 28,
        range: 'cycle-1',
        caption: 'The explorer has no interruptions: this is the same cycle without the pause, whose infusion ends on day 28 and whose level falls within hours, as it does at any stop.',
      }),
      refs: ['atlas-model', 'label-us'],
    };
  },
};

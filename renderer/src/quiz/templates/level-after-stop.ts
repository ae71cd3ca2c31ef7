// How much drug is left some hours after the line blocks? (a magnitude). One compartment without an Fc: the
// level falls by half every ln 2 · V/CL ≈ 1.2 h. The distractors are an IgG's weeks-long half-life, the
// product information's longer mean half-life, the share gone read as the share left, and a doubled rate.
import { buildSchedule, concentrationAt, parametersFor, pkConstants } from '../../model';
import { formatSignificant, formatPercent } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, aboutPercent, distractors, explorerFigure, explorerReadout, figureTime, magnitudeOptions, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  rateUgPerDay: 9 | 28;
  bsaM2: number;
  hoursStopped: number;
}

/** The label's mean half-life (product information), a plausible slip for the model's. */
const LABEL_HALF_LIFE_HOURS = 2.2;

export const levelAfterStop: ItemTemplate<Inputs> = {
  id: 'level-after-stop',
  lesson: 'what-a-bite-is',
  section: 'small-without-an-fc-and-therefore-on-a-pump',
  tags: ['pharmacokinetics', 'structure'],
  difficulty: 2,
  title: 'Drug left hours after the pump stops',
  ranges: 'Adult at steady state on 9 or 28 µg/day; body-surface area 1.5–2.3 m²; the line found blocked 0.5–6 h after it stopped.',
  draw: (rng) => ({ rateUgPerDay: rng.pick([9, 28] as const), bsaM2: rng.uniform(1.5, 2.3, 0.05), hoursStopped: rng.uniform(0.5, 6, 0.5) }),
  build: ({ rateUgPerDay, bsaM2, hoursStopped }, rng) => {
    const p = parametersFor({ clinical: { bsaM2 } });
    // At steady state on the rate: day 5 of the 9 µg/day week, or day 12 on 28 µg/day; the line blocks then.
    const regimen = rateUgPerDay === 9 ? 'label-rr' : 'mrd';
    const stopDay = rateUgPerDay === 9 ? 4 : 11;
    const schedule = buildSchedule(regimen, bsaM2, stopDay + 1, [{ startDay: stopDay, durationDays: 1 }]);
    const before = concentrationAt(schedule, p, stopDay);
    const after = concentrationAt(schedule, p, stopDay + hoursStopped / 24);
    const left = after / before;
    const { volumeL, clearanceLPerDay } = pkConstants(p);
    const halfLifeHours = ((Math.LN2 * volumeL) / clearanceLPerDay) * 24;
    const leftShown = formatPercent(left);
    const halfShown = `${formatSignificant(halfLifeHours, 2)} h`;
    const beforeShown = `${formatSignificant(before, 3)} pg/mL`;
    const afterShown = `${formatSignificant(after, 2)} pg/mL`;
    const labelLeft = 2 ** (-hoursStopped / LABEL_HALF_LIFE_HOURS);
    return {
      stem:
        `An adult (body-surface area ${bsaM2} m²) has been on blinatumomab ${rateUgPerDay} µg/day for several days when the pump alarms: the line is occluded. ` +
        `The nurse finds that nothing has run for the last ${hoursStopped} h. In the atlas’s teaching model, about what share of the steady-state serum level is left now?`,
      options: magnitudeOptions(
        { value: left, why: `Right: the model’s half-life is ${halfShown}, so after ${hoursStopped} h about ${leftShown} of the level is left.` },
        distractors(
          rng,
          [
            { value: labelLeft, why: `That uses the product information’s mean half-life of ${LABEL_HALF_LIFE_HOURS} h; the atlas’s model uses the source review’s clearance and volume (half-life ${halfShown}).` },
          ],
          [
            { value: 0.99, why: 'That is what an IgG would keep: FcRn rescues an IgG for weeks, but blinatumomab has no Fc and is cleared within hours.' },
            { value: 1 - left, why: 'That is the share already gone, not the share left.' },
            { value: left * left, why: 'Too low: that is twice the elimination the model computes over this time.' },
            { value: Math.min(0.95, 3 * left), why: 'Too high: the level halves every half-life, whatever the dose.' },
            { value: left / 3, why: 'Too low: the level halves every half-life, whatever the dose.' },
          ],
        ),
        4,
        aboutPercent,
      ),
      explanation:
        `In the model the level was ${beforeShown} when the line blocked and is ${afterShown} ${hoursStopped} h later: ${leftShown} is left. ` +
        `With one compartment the level falls by half every ln 2 · V/CL = ${halfShown}, the same for every dose and, because clearance and volume both scale with body-surface area, for every adult. ` +
        'Without an Fc region the drug is not rescued by FcRn, so it must run continuously, and any stop empties the blood within hours; a restart then brings a new activation burst, which is why the label wants dexamethasone before a restart after 4 h or more. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ fractionLeftPct: [left * 100, leftShown], halfLifeHours: [halfLifeHours, halfShown], levelBefore: [before, beforeShown], levelAfter: [after, afterShown] }),
      figure: explorerFigure({
        regimen: 'label-rr',
        clinical: { bsaM2 },
        tDays: 28 + hoursStopped / 24,
        range: 'cycle-1',
        caption: `The explorer has no blocked line, but the end of cycle 1’s infusion (day 28 on its clock, after the 28 µg/day weeks) is the same kind of stop: paused at ${figureTime(28 + hoursStopped / 24)}, ${hoursStopped} h after it, its drug curve is at ${formatSignificant(explorerReadout({ regimen: 'label-rr', clinical: { bsaM2 }, tDays: 28 + hoursStopped / 24 }).C, 2)} pg/mL, down from ${formatSignificant(explorerReadout({ regimen: 'label-rr', clinical: { bsaM2 }, tDays: 28 }).C, 3)} pg/mL — the same ${leftShown} left.`,
      }),
      refs: ['atlas-model', 'ribera2015', 'loffler2000', 'label-eu', 'label-us'],
    };
  },
};

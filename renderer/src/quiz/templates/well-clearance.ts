// When has the well lost 95 % of its blasts? (a time). The population model's serial-killing term applied to the
// serial-lysis well: each engaged T cell kills k_serial · Ek · fT targets a day, so the time grows with the
// targets per T cell and shrinks with drug level, slowed by the Treg brake. Distractors are the neighbouring
// windows of the in-vitro experiment (4, 9, 24, 48 h).
import { createLysisWorld, killingEngagement, resolveParameters, tregBrake } from '../../model';
import { CONCENTRATION_STEPS_PG_PER_ML, DEFAULT_SETTINGS, cellComposition, etOption, predictWell, worldOptions, ET_OPTIONS, SPAN_HOURS } from '../../figures/serial-lysis/scenario';
import { formatHours, formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, binEdges, binOptions, clearOf, contiguousBins, drawWhere, lysisFigure, rememberLast, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  etId: string;
  concentrationPgPerMl: number;
  tregPct: number;
}

const BINS = contiguousBins([
  [4, 'Within 4 hours'],
  [9, 'Between 4 and 9 hours'],
  [24, 'Between 9 and 24 hours'],
  [SPAN_HOURS, 'Between 24 and 48 hours'],
  [Infinity, 'Not within the 48 hours of the experiment'],
]);

const LEVELS = CONCENTRATION_STEPS_PG_PER_ML.filter((c) => c >= 5);

/** The well's settings (the figure's defaults otherwise: 500 cells, seed 1, no escape clone). */
const settingsOf = (i: Inputs) => ({ ...DEFAULT_SETTINGS, etId: i.etId, concentrationIndex: CONCENTRATION_STEPS_PG_PER_ML.indexOf(i.concentrationPgPerMl), tregPct: i.tregPct, drugMode: 'fixed' as const });

/** Hours until 5 % of the CD19⁺ targets are left (interpolated between 5-min outputs), and what is left at 48 h. */
const prediction = rememberLast((i: Inputs) => {
  const settings = settingsOf(i);
  const world = createLysisWorld(worldOptions(settings));
  const cells = cellComposition(settings.cells, etOption(i.etId).targetsPerTCell, 0);
  const well = predictWell({ nT: cells.nT, nTargets: cells.nTargets, areaUm2: world.widthUm * world.heightUm, tregPct: i.tregPct, concentration: () => i.concentrationPgPerMl });
  const { minutes, survivingPct } = well;
  let hours = Infinity;
  for (let k = 1; k < minutes.length; k += 1) {
    if (survivingPct[k]! <= 5) {
      const a = survivingPct[k - 1]!;
      const b = survivingPct[k]!;
      hours = (minutes[k - 1]! + ((a - 5) / (a - b)) * (minutes[k]! - minutes[k - 1]!)) / 60;
      break;
    }
  }
  return { hours, leftAtEndPct: survivingPct[survivingPct.length - 1]!, nT: cells.nT, nTargets: cells.nTargets };
});

export const wellClearance: ItemTemplate<Inputs> = {
  id: 'well-clearance',
  lesson: 'serial-lysis',
  section: 'outnumbered-ratio-and-burden',
  tags: ['serial-lysis', 'killing', 'tregs'],
  difficulty: 3,
  title: 'When the well has lost 95 % of its blasts',
  ranges: 'E:T from 2:1 to 1:10; drug level 5–1000 pg/mL; Tregs 0–12 % of CD4⁺ (the serial-lysis well, 500 cells).',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => ({ etId: r.pick(ET_OPTIONS.map((o) => o.id)), concentrationPgPerMl: r.pick(LEVELS), tregPct: r.uniform(0, 12, 0.5) }),
      (i) => clearOf(prediction(i).hours, binEdges(BINS), 0.07),
    ),
  build: (inputs, rng) => {
    const { hours, leftAtEndPct, nT, nTargets } = prediction(inputs);
    const p = resolveParameters({ treg: inputs.tregPct });
    const perDay = p.kSerial * killingEngagement(inputs.concentrationPgPerMl, p) * tregBrake(p);
    const et = etOption(inputs.etId);
    const never = !Number.isFinite(hours);
    const hoursShown = never ? `${formatSignificant(leftAtEndPct, 2)} % of the blasts still alive at 48 h` : formatHours(hours);
    const rateShown = `${formatSignificant(perDay, 2)} kills per day`;
    const answer = never
      ? `the model’s well still has ${hoursShown}`
      : `the model’s well is down to 5 % of its blasts after ${hoursShown}`;
    return {
      stem:
        `In the serial-lysis well, T cells meet CD19⁺ blasts at an effector-to-target ratio of ${et.label} (${nT} T cells, ${nTargets} blasts) with blinatumomab at ${inputs.concentrationPgPerMl} pg/mL; ` +
        `Tregs make up ${inputs.tregPct} % of the CD4⁺ cells. In the atlas’s population model of this well, when have 95 % of the blasts been killed?`,
      options: binOptions(never ? 2 * SPAN_HOURS : hours, BINS, 4, rng, (bin, right) =>
        right
          ? `Yes: ${answer}. Each engaged T cell manages about ${rateShown}, and each has ${formatSignificant(et.targetsPerTCell, 2)} targets to get through.`
          : bin.hi <= 4
            ? 'No: killing is serial, not simultaneous; a T cell needs its handling time for each target in turn.'
            : bin.lo >= SPAN_HOURS
              ? `No: ${answer}; at ${rateShown} per T cell the targets run out sooner.`
              : bin.hi <= (never ? Infinity : hours)
                ? `No: ${bin.text.toLowerCase()} is too quick: ${formatSignificant(et.targetsPerTCell, 2)} targets per T cell at ${rateShown} take longer, and the last few longer still because T cells must search for them; ${answer}.`
                : `No: ${bin.text.toLowerCase()} is too slow: at ${rateShown} each T cell gets through its ${formatSignificant(et.targetsPerTCell, 2)} targets sooner; ${answer}.`,
      ),
      explanation:
        `In the model each engaged T cell manages k_serial · Ek · fT ≈ ${rateShown} at ${inputs.concentrationPgPerMl} pg/mL with Tregs at ${inputs.tregPct} %, and ${answer}. ` +
        'While targets are plentiful every T cell works at that top rate, so clearance takes longer the more targets each T cell faces; when targets get scarce, time goes into searching. ' +
        'In the lesson’s experiment, at E:T 1:5 every target was dead within 24 hours. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers(never ? { leftAt48hPct: [leftAtEndPct, hoursShown], killsPerDay: [perDay, rateShown] } : { hoursTo95Pct: [hours, hoursShown], killsPerDay: [perDay, rateShown] }),
      figure: lysisFigure({
        settings: settingsOf(inputs),
        tDays: Math.min(hours, SPAN_HOURS) / 24,
        caption: never
          ? 'The serial-lysis well with these settings at 48 h: the model’s curve has not yet reached the 5 % line.'
          : `The serial-lysis well with these settings, paused at ${hoursShown}, when the model’s curve crosses 5 %.`,
      }),
      refs: ['atlas-model', 'hoffmann2005', 'loffler2000', 'duell2017'],
    };
  },
};

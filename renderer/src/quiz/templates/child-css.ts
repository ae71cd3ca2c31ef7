// A child's steady-state level against an adult's at the same stage of the label schedule (a magnitude, in bins).
// Clearance scales with body-surface area, so the label's per-m² doses give a child about the adult's level at the
// matching stage — 5 µg/m²/day against 9 µg/day in the first week, 15 µg/m²/day against 28 µg/day after — while the
// adult's flat 28 µg/day given to a small child by mistake gives far more.
import { parametersFor, regimens, segmentRateUgPerDay, steadyStatePgPerMl, type RegimenId } from '../../model';
import { formatRate, formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, binEdges, binOptions, clearOf, contiguousBins, drawWhere, explorerFigure, explorerReadout, figureTime, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

type Dosing = 'full' | 'first-week' | 'adult-flat';

interface Inputs {
  dosing: Dosing;
  bsaM2: number;
}

const ADULT_BSA = 1.88;

const BINS = contiguousBins([
  [0.5, 'Less than half of the adult’s level'],
  [0.9, 'Between half and 90 % of the adult’s level'],
  [1.1, 'About the same as the adult’s (within ±10 %)'],
  [2, 'Between 1.1 and 2 times the adult’s level'],
  [Infinity, 'More than twice the adult’s level'],
]);

/** The child's dose, and the adult's dose at the same stage of the label schedule (the comparison asked about). */
const DOSINGS: Record<Dosing, { regimen: RegimenId; segment: number; words: string; day: number; adultRate: number; adultWords: string }> = {
  full: { regimen: 'weight-lt-45', segment: 1, words: 'the label’s 15 µg/m²/day (from day 8)', day: 12, adultRate: 28, adultWords: 'on the label’s 28 µg/day at the same stage (from day 8)' },
  'first-week': { regimen: 'weight-lt-45', segment: 0, words: 'the label’s first-week 5 µg/m²/day', day: 4, adultRate: 9, adultWords: 'on the label’s first-week 9 µg/day' },
  'adult-flat': { regimen: 'no-step', segment: 0, words: '28 µg/day — the adult dose, read from the wrong row of the table', day: 4, adultRate: 28, adultWords: 'on that same 28 µg/day' },
};

const pgPerMl = (value: number) => `${formatSignificant(value, 3)} pg/mL`;

function levels({ dosing, bsaM2 }: Inputs) {
  const d = DOSINGS[dosing];
  const childParameters = parametersFor({ clinical: { bsaM2 } });
  const adultParameters = parametersFor({ clinical: { bsaM2: ADULT_BSA } });
  const rate = segmentRateUgPerDay(regimens[d.regimen].cycle1[d.segment]!, bsaM2);
  const child = steadyStatePgPerMl(rate, childParameters);
  const adult = steadyStatePgPerMl(d.adultRate, adultParameters);
  return {
    rate,
    child,
    adult,
    ratio: child / adult,
    childClearance: childParameters.clPerM2 * bsaM2,
    adultClearance: adultParameters.clPerM2 * ADULT_BSA,
    // the label's two per-m² stages for this child, against the adult's two flat stages
    child5: steadyStatePgPerMl(5 * bsaM2, childParameters),
    child15: steadyStatePgPerMl(15 * bsaM2, childParameters),
    adult9: steadyStatePgPerMl(9, adultParameters),
    adult28: steadyStatePgPerMl(28, adultParameters),
  };
}

export const childCss: ItemTemplate<Inputs> = {
  id: 'child-css',
  lesson: 'kinetics-and-dosing',
  section: 'the-regimens-in-the-right-units',
  tags: ['paediatrics', 'dosing', 'pharmacokinetics'],
  difficulty: 2,
  title: 'A child’s steady-state level against an adult’s at the same stage',
  ranges:
    'Child under 45 kg with body-surface area 0.45–1.35 m², on 5 µg/m²/day (week 1), 15 µg/m²/day (from day 8) or (an error) 28 µg/day; adult reference 1.88 m² at the same stage: 9, 28 or 28 µg/day.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => ({ dosing: r.pick(['full', 'first-week', 'adult-flat'] as const), bsaM2: r.uniform(0.45, 1.35, 0.05) }),
      (i) => clearOf(levels(i).ratio, binEdges(BINS), 0.06),
    ),
  build: (inputs, rng) => {
    const l = levels(inputs);
    const d = DOSINGS[inputs.dosing];
    const perM2 = inputs.dosing !== 'adult-flat';
    const childShown = pgPerMl(l.child);
    const adultShown = pgPerMl(l.adult);
    const rateShown = `${formatRate(l.rate)} µg/day`;
    const ratioShown = `${l.ratio.toFixed(2)} ×`;
    const clChild = `${formatSignificant(l.childClearance, 3)} L/day`;
    const clAdult = `${formatSignificant(l.adultClearance, 3)} L/day`;
    const stages = { child5: pgPerMl(l.child5), child15: pgPerMl(l.child15), adult9: pgPerMl(l.adult9), adult28: pgPerMl(l.adult28) };
    const seen = explorerReadout({ regimen: d.regimen, clinical: { bsaM2: inputs.bsaM2 }, tDays: d.day });
    const seenShown = `${formatSignificant(seen.C, 2)} pg/mL`;
    return {
      stem:
        `A child with relapsed B-ALL, under 45 kg, with a body-surface area of ${inputs.bsaM2} m², receives blinatumomab at ${d.words}. ` +
        `In the atlas’s teaching model (clearance 22.3 L/day per m²), how does the child’s steady-state level compare with that of a ${ADULT_BSA} m² adult ${d.adultWords}?`,
      options: binOptions(l.ratio, BINS, 4, rng, (bin, right) => {
        if (right) return `Yes: ${rateShown} gives the child ${childShown} against the adult’s ${adultShown} on ${d.adultRate} µg/day (${ratioShown}).`;
        const range = bin.text.charAt(0).toLowerCase() + bin.text.slice(1);
        if (bin.lo >= 0.9 && bin.hi <= 1.1)
          return `No: the same level would need the same dose per m² of body-surface area; ${rateShown} for a ${inputs.bsaM2} m² child is ${formatSignificant(l.rate / inputs.bsaM2, 2)} µg/m²/day, against the adult’s ${formatSignificant(d.adultRate / ADULT_BSA, 2)} µg/m²/day, so the model gives ${ratioShown}.`;
        if (perM2)
          return bin.hi <= l.ratio
            ? `No: ${range} follows from comparing the doses alone (${rateShown} against ${d.adultRate} µg/day); but the child’s clearance is smaller in the same proportion (${clChild} against ${clAdult}), so the model gives ${ratioShown}.`
            : `No: ${range} would need the child to clear less per m² than the adult; in the model clearance is 22.3 L/day per m² at any size, so the model gives ${ratioShown}.`;
        const share = formatSignificant(inputs.bsaM2 / ADULT_BSA, 2);
        if (bin.hi <= 1)
          return `No: ${range} treats the flat dose as if it were scaled down for the child; 28 µg/day into a clearance of only ${clChild} gives ${childShown}, ${ratioShown} the adult’s.`;
        return bin.hi <= l.ratio
          ? `No: ${range} underrates the gap: the level goes with 1 ÷ clearance, and this child clears only ${share} of the adult’s ${clAdult}, so the same 28 µg/day gives ${ratioShown}.`
          : `No: ${range} overshoots: the child’s clearance (${clChild}) is ${share} of the adult’s (${clAdult}), so the same 28 µg/day gives ${ratioShown} the adult’s level.`;
      }),
      explanation:
        `In the model the child receives ${rateShown} into a clearance of ${clChild} (22.3 L/day per m²), and the level settles at ${childShown}; the ${ADULT_BSA} m² adult on ${d.adultRate} µg/day clears ${clAdult} and settles at ${adultShown}: ${ratioShown}. ` +
        `Css = rate ÷ clearance, and clearance grows with body-surface area, so the label’s per-m² doses give this child about the adult’s level at each stage: ${stages.child5} on 5 µg/m²/day against ${stages.adult9} on 9 µg/day in week 1, ${stages.child15} on 15 µg/m²/day against ${stages.adult28} on 28 µg/day after the step. ` +
        (perM2 ? 'The adult’s flat dose, by contrast, would give a small child far more. ' : 'The adult’s flat dose skips that scaling, which is why it gives a small child far more. ') +
        'Body-surface area is the one covariate the population analysis kept; hence flat doses for adults and per-m² doses (capped at 9 and 28 µg/day) below 45 kg. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({
        childCss: [l.child, childShown],
        adultCss: [l.adult, adultShown],
        ratio: [l.ratio, ratioShown],
        rateUgPerDay: [l.rate, rateShown],
        child5: [l.child5, stages.child5],
        child15: [l.child15, stages.child15],
        adult9: [l.adult9, stages.adult9],
        adult28: [l.adult28, stages.adult28],
      }),
      figure: explorerFigure({
        regimen: d.regimen,
        clinical: { bsaM2: inputs.bsaM2 },
        tDays: d.day,
        range: 'cycle-1',
        caption:
          `The PK/PD explorer for a ${inputs.bsaM2} m² child on this dose, paused at ${figureTime(d.day)}: the drug curve sits at ${seenShown}. ` +
          `The grey curves are the default ${ADULT_BSA} m² adult on the label schedule (9 µg/day until day 7 on the clock, then 28 µg/day)${perM2 ? ', so at every stage the two drug curves lie almost on top of each other' : ''}.`,
      }),
      refs: ['atlas-model', 'label-us', 'clements2020', 'ribera2015'],
    };
  },
};

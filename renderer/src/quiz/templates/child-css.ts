// A child's steady-state level against an adult's (a magnitude, in bins). Clearance scales with body-surface
// area, so a dose per m² gives a child the adult's level, while a flat adult dose given to a small child gives
// far more. Asked for the label's full dose, its first-week dose, or the adult's 28 µg/day given by mistake.
import { parametersFor, regimens, segmentRateUgPerDay, steadyStatePgPerMl, type RegimenId } from '../../model';
import { formatRate, formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, binEdges, binOptions, clearOf, drawWhere, explorerFigure, shownNumbers, type Bin } from './kit';
import type { ItemTemplate } from './template';

type Dosing = 'full' | 'first-week' | 'adult-flat';

interface Inputs {
  dosing: Dosing;
  bsaM2: number;
}

const ADULT_BSA = 1.88;
const ADULT_RATE = 28;

const BINS: readonly Bin[] = [
  { lo: 0, hi: 0.5, text: 'Less than half of the adult’s level' },
  { lo: 0.5, hi: 0.9, text: 'Between half and 90 % of the adult’s level' },
  { lo: 0.9, hi: 1.1, text: 'About the same as the adult’s (within ±10 %)' },
  { lo: 1.1, hi: 2, text: 'Between 1.1 and 2 times the adult’s level' },
  { lo: 2, hi: Infinity, text: 'More than twice the adult’s level' },
];

const DOSINGS: Record<Dosing, { regimen: RegimenId; segment: number; words: string; day: number }> = {
  full: { regimen: 'weight-lt-45', segment: 1, words: 'the label’s 15 µg/m²/day (from day 8)', day: 12 },
  'first-week': { regimen: 'weight-lt-45', segment: 0, words: 'the label’s first-week 5 µg/m²/day', day: 4 },
  'adult-flat': { regimen: 'no-step', segment: 0, words: '28 µg/day — the adult dose, read from the wrong row of the table', day: 4 },
};

function levels({ dosing, bsaM2 }: Inputs) {
  const d = DOSINGS[dosing];
  const rate = segmentRateUgPerDay(regimens[d.regimen].cycle1[d.segment]!, bsaM2);
  const child = steadyStatePgPerMl(rate, parametersFor({ clinical: { bsaM2 } }));
  const adult = steadyStatePgPerMl(ADULT_RATE, parametersFor({ clinical: { bsaM2: ADULT_BSA } }));
  return { rate, child, adult, ratio: child / adult };
}

export const childCss: ItemTemplate<Inputs> = {
  id: 'child-css',
  lesson: 'kinetics-and-dosing',
  section: 'the-regimens-in-the-right-units',
  tags: ['paediatrics', 'dosing', 'pharmacokinetics'],
  difficulty: 2,
  title: 'A child’s steady-state level against an adult’s',
  ranges: 'Child under 45 kg with body-surface area 0.45–1.35 m², on 15 µg/m²/day, 5 µg/m²/day or (an error) 28 µg/day; adult reference 28 µg/day at 1.88 m².',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => ({ dosing: r.pick(['full', 'first-week', 'adult-flat'] as const), bsaM2: r.uniform(0.45, 1.35, 0.05) }),
      (i) => clearOf(levels(i).ratio, binEdges(BINS), 0.06),
    ),
  build: (inputs, rng) => {
    const { rate, child, adult, ratio } = levels(inputs);
    const d = DOSINGS[inputs.dosing];
    const childShown = `${formatSignificant(child, 3)} pg/mL`;
    const adultShown = `${formatSignificant(adult, 3)} pg/mL`;
    const rateShown = `${formatRate(rate)} µg/day`;
    const ratioShown = `${formatSignificant(ratio, 2)} ×`;
    return {
      stem:
        `A child with relapsed B-ALL, under 45 kg, with a body-surface area of ${inputs.bsaM2} m², receives blinatumomab at ${d.words}. ` +
        `In the atlas’s teaching model (clearance 22.3 L/day per m²), how does the child’s steady-state level compare with that of a ${ADULT_BSA} m² adult on 28 µg/day?`,
      options: binOptions(ratio, BINS, 4, rng, (bin, right) =>
        right
          ? `Yes: ${rateShown} gives the child ${childShown} against the adult’s ${adultShown} (${ratioShown}).`
          : bin.lo >= 0.9 && bin.hi <= 1.1
            ? `No: the model gives ${ratioShown}. Only a dose per m² matches the adult’s level, because clearance scales with body-surface area.`
            : `No: the model gives ${ratioShown}: Css = rate ÷ clearance, and both the child’s clearance and a per-m² dose scale with body-surface area.`,
      ),
      explanation:
        `In the model the child receives ${rateShown}, and with a clearance of 22.3 L/day per m² the level settles at ${childShown}, against ${adultShown} for the adult: ${ratioShown}. ` +
        'Css = rate ÷ clearance, and clearance grows with body-surface area; so a dose per m² (5, then 15 µg/m²/day, capped at 9 and 28 µg/day) gives a child about the adult’s levels, while a flat adult dose gives a small child far more. ' +
        'Body-surface area is the one covariate the population analysis kept; hence flat doses for adults and per-m² doses below 45 kg. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ childCss: [child, childShown], adultCss: [adult, adultShown], ratio: [ratio, ratioShown], rateUgPerDay: [rate, rateShown] }),
      figure: explorerFigure({
        regimen: d.regimen,
        clinical: { bsaM2: inputs.bsaM2 },
        tDays: d.day,
        range: 'cycle-1',
        caption: `The PK/PD explorer for a ${inputs.bsaM2} m² child on this dose, paused at steady state; the grey curves are the default adult.`,
      }),
      refs: ['atlas-model', 'label-us', 'clements2020', 'ribera2015'],
    };
  },
};

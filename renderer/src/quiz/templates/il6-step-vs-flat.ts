// How much smaller is the first IL-6 peak with a stepped start? (a magnitude, as a ratio). In the model the
// burst follows the novelty of the activation signal, which saturates (Ea = C/(C + 1000 pg/mL)); a third of the
// dose therefore gives about half the peak, not a third, and a twelfth (the lymphoma schedule's first week against
// 60 µg/m²/day) about a third. Distractors: no difference, in proportion to the dose, a larger stepped peak.
import type { ClinicalInputs, RegimenId } from '../../model';
import { formatSignificant, formatHours } from '../../figures/pkpd-explorer/format';
import type { DosingId } from '../../figures/cytokine/state';
import { ILLUSTRATIVE, cytokineFigure, distractors, drawChildBsa, firstIl6Peak, magnitudeOptions, shownNumbers, withBloodBlasts } from './kit';
import type { ItemTemplate } from './template';

type Pair = 'adult' | 'child' | 'lymphoma';

interface Inputs {
  pair: Pair;
  marrowBlastsPct: number;
  bsaM2: number;
}

interface PairSpec {
  stepped: RegimenId;
  flat: RegimenId;
  steppedWords: string;
  flatWords: string;
  /** First dose of the stepped start over the flat start's dose. */
  doseRatio: number;
  /** The activation-burst figure's curves that draw the same comparison. */
  shown: readonly DosingId[];
  figureWords: string;
}

const PAIRS: Record<Pair, PairSpec> = {
  adult: {
    stepped: 'label-rr',
    flat: 'no-step',
    steppedWords: '9 µg/day for the first week (the label)',
    flatWords: '28 µg/day from day 1 (no step: a what-if in relapsed disease)',
    doseRatio: 9 / 28,
    shown: ['flat-15', 'weight-lt-45'],
    figureWords: 'the same comparison per m² (5 → 15 against 15 µg/m²/day, about 9 → 28 against 28 µg/day at 1.88 m²)',
  },
  child: {
    stepped: 'weight-lt-45',
    flat: 'flat-15',
    steppedWords: '5 µg/m²/day for the first week (the label)',
    flatWords: '15 µg/m²/day from day 1 (no step: a what-if in relapsed disease)',
    doseRatio: 5 / 15,
    shown: ['flat-15', 'weight-lt-45'],
    figureWords: 'the flat and stepped starts (15 µg/m²/day against 5 → 15 µg/m²/day)',
  },
  lymphoma: {
    stepped: 'nhl-step',
    flat: 'flat-60',
    steppedWords: '5 µg/m²/day for the first week (the lymphoma trials’ 5 → 15 → 60 µg/m²/day schedule, a what-if in ALL)',
    flatWords: '60 µg/m²/day from day 1 (a what-if)',
    doseRatio: 5 / 60,
    shown: ['flat-60', 'weight-lt-45'],
    figureWords: 'a flat 60 µg/m²/day against a start at 5 µg/m²/day (the stepped curve’s first week is the lymphoma schedule’s)',
  },
};

const clinicalOf = (i: Inputs): ClinicalInputs => withBloodBlasts({ marrowBlastsPct: i.marrowBlastsPct, bsaM2: i.bsaM2 });


const format = (ratio: number) => `About ${formatSignificant(ratio, 2)} × the flat start’s peak`;

export const il6StepVsFlat: ItemTemplate<Inputs> = {
  id: 'il6-step-vs-flat',
  lesson: 'cns-toxicity-and-crs',
  section: 'the-activation-burst',
  tags: ['crs', 'dosing', 'model'],
  difficulty: 2,
  title: 'First IL-6 peak: stepped against flat start',
  ranges:
    'Adult (1.88 m²) on 9 → 28 µg/day against 28 µg/day from day 1; a child under 45 kg (0.6–1.3 m²) on 5 → 15 against 15 µg/m²/day; or, as a what-if, an adult on the lymphoma schedule’s 5 µg/m²/day first week against 60 µg/m²/day; marrow blasts 0.1–95 %.',
  draw: (rng) => {
    const pair = rng.pick(['adult', 'child', 'lymphoma'] as const);
    return {
      pair,
      marrowBlastsPct: rng.pick([0.1, 0.5, 1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95]),
      bsaM2: pair === 'child' ? drawChildBsa(rng) : 1.88,
    };
  },
  build: (inputs, rng) => {
    const pair = PAIRS[inputs.pair];
    const stepped = firstIl6Peak({ regimen: pair.stepped, clinical: clinicalOf(inputs) });
    const flat = firstIl6Peak({ regimen: pair.flat, clinical: clinicalOf(inputs) });
    const ratio = stepped.peakPgPerMl / flat.peakPgPerMl;
    const ratioShown = `${formatSignificant(ratio, 2)} ×`;
    const steppedShown = `${formatSignificant(stepped.peakPgPerMl, 3)} pg/mL`;
    const flatShown = `${formatSignificant(flat.peakPgPerMl, 3)} pg/mL`;
    const doseShown = formatSignificant(pair.doseRatio, 2);
    const who =
      inputs.pair === 'child'
        ? `A 7-year-old with relapsed B-ALL (body-surface area ${inputs.bsaM2} m², under 45 kg) and ${inputs.marrowBlastsPct} % marrow blasts`
        : `A 38-year-old with relapsed B-ALL and ${inputs.marrowBlastsPct} % marrow blasts`;
    const burden = inputs.marrowBlastsPct >= 20 ? 'high' : 'low';
    return {
      stem:
        `${who} could start on ${pair.steppedWords} or on ${pair.flatWords}. ` +
        'In the atlas’s teaching model, how high is the cycle-1 IL-6 peak of the stepped start compared with that of the flat start?',
      options: magnitudeOptions(
        { value: ratio, why: `Right: the model’s peaks are ${steppedShown} stepped and ${flatShown} flat, a ratio of ${ratioShown}.` },
        distractors(
          rng,
          [],
          [
            { value: pair.doseRatio, why: `In proportion to the first dose would be ${doseShown} ×; the activation signal saturates, so a fraction of the dose gives a larger fraction of the burst.` },
            { value: 1, why: 'The same peak would mean the start dose does not matter; the burst follows the first activation, and a lower start makes it smaller.' },
            { value: 2, why: 'Higher with the step? The first burst follows the first dose, and the stepped start’s first dose is the lower one.' },
            { value: pair.doseRatio / 3, why: 'Too small: the low first dose still activates T cells against a full load of targets.' },
            { value: 0.75, why: 'Too close to the flat start: the lower first dose gives a clearly smaller burst.' },
          ],
        ),
        4,
        format,
      ),
      explanation:
        `In the model the stepped start peaks at ${steppedShown} and the flat start at ${flatShown}: ${ratioShown} the flat peak, with ${inputs.marrowBlastsPct} % blasts (the ratio hardly depends on the burden). ` +
        `The burst is driven by the novelty of the activation signal, which saturates with the level, so a first dose of ${doseShown} × the full one gives ${ratioShown} the peak, more than in proportion. ` +
        'The step is a trade: a smaller first burst while targets are most plentiful, for some marrow killing in the first week. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ ratio: [ratio, ratioShown], steppedPeak: [stepped.peakPgPerMl, steppedShown], flatPeak: [flat.peakPgPerMl, flatShown] }),
      figure: cytokineFigure({
        burden,
        shown: pair.shown,
        tDays: flat.peakDay,
        caption: `The activation-burst figure draws ${pair.figureWords} for its own adult with ${burden === 'high' ? '80 %' : 'MRD-level (0.1 %)'} blasts — it offers only those two burdens, and the ratio hardly depends on the burden — paused near the flat start’s peak, ${formatHours(flat.peakDay * 24)} after the start.`,
      }),
      refs: ['atlas-model', 'hijazi2018', 'klinger2012', 'label-us', ...(inputs.pair === 'lymphoma' ? ['goebeler2016'] : [])],
    };
  },
};

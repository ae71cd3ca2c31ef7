// Kills per engaged T cell per day in the well (a magnitude): kSerial · Ek · fT, the rate the agent animation is
// tuned to and the population model's killing term uses. Distractors drop one factor (the drug's engagement or
// the Treg brake), take the top rate, or assume one kill per T cell.
import { killingEngagement, parameters, resolveParameters, tregBrake } from '../../model';
import { CONCENTRATION_STEPS_PG_PER_ML } from '../../figures/serial-lysis/scenario';
import { formatSignificant, formatPercent } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, lysisFigure, magnitudeOptions, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  concentrationPgPerMl: number;
  tregPct: number;
}

/** Well levels offered (the figure's ladder from 5 pg/mL up). */
const LEVELS = CONCENTRATION_STEPS_PG_PER_ML.filter((c) => c >= 5);

const format = (perDay: number) => {
  const shown = formatSignificant(perDay, 2);
  return `About ${shown} ${shown === '1' ? 'kill' : 'kills'} per day`;
};

export const killsPerTCell: ItemTemplate<Inputs> = {
  id: 'kills-per-t-cell',
  lesson: 'serial-lysis',
  section: 'one-model-two-views',
  tags: ['serial-lysis', 'killing', 'tregs'],
  difficulty: 2,
  title: 'Kills per engaged T cell per day',
  ranges: 'Drug level in the well 5–1000 pg/mL (the figure’s ladder); Tregs 0–16 % of CD4⁺.',
  draw: (rng) => ({ concentrationPgPerMl: rng.pick(LEVELS), tregPct: rng.uniform(0, 16, 0.5) }),
  build: ({ concentrationPgPerMl: c, tregPct }) => {
    const p = resolveParameters({ treg: tregPct });
    const ek = killingEngagement(c, p);
    const fT = tregBrake(p);
    const k = p.kSerial;
    const kills = k * ek * fT;
    const killsShown = formatSignificant(kills, 2);
    const ekShown = formatPercent(ek);
    const fTShown = formatPercent(fT);
    return {
      stem:
        `In the serial-lysis well, T cells and CD19⁺ blasts meet at a blinatumomab level of ${c} pg/mL; Tregs make up ${tregPct} % of the CD4⁺ cells. ` +
        `The atlas’s teaching model gives an engaged T cell a top rate of ${formatSignificant(k, 2)} kills per day (k_serial, ${parameters.ec50Kill.value} pg/mL half-maximal engagement, Treg cut-off 8.5 %). About how many targets does one engaged T cell kill per day here?`,
      options: magnitudeOptions(
        { value: kills, why: `Right: k_serial × Ek × fT = ${formatSignificant(k, 2)} × ${ekShown} × ${fTShown} ≈ ${killsShown} per day.` },
        [
          { value: k * ek, why: `That leaves out the Treg brake fT (${fTShown} here), which multiplies killing.` },
          { value: k * fT, why: `That leaves out the drug’s engagement Ek = C/(C + EC50) (${ekShown} here).` },
          { value: k, why: 'That is the top rate, with full engagement and no Treg brake.' },
          { value: 1, why: `One kill per day is a T cell that kills once and is done for the day; the model’s rate is simply k_serial × Ek × fT, ${killsShown} here.` },
          { value: kills * 3, why: 'Too many: the top rate k_serial is scaled down by Ek and fT, and by nothing else.' },
          { value: kills / 3, why: 'Too few: multiply the top rate by Ek and fT, nothing more.' },
          { value: kills * 10, why: 'Far too many: no T cell kills faster than k_serial.' },
          { value: kills / 10, why: 'Far too few: multiply the top rate by Ek and fT, nothing more.' },
        ],
        4,
        format,
      ),
      explanation:
        `The model’s killing engagement at ${c} pg/mL is Ek = C/(C + ${parameters.ec50Kill.value}) = ${ekShown}, and the Treg brake at ${tregPct} % is fT = 1/(1 + (${tregPct}/8.5)⁴) = ${fTShown}. ` +
        `So an engaged T cell kills about ${killsShown} targets per day — the same number in the ODE’s killing term and in the animation, which is tuned to match it within 10 %. ` +
        'In vitro, at E:T 1:5 every target died within 24 hours, at least five kills per T cell per day; cytotoxic T cells in living animals manage roughly 2–16 per day. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ killsPerDay: [kills, killsShown], engagementPct: [ek * 100, ekShown], tregBrakePct: [fT * 100, fTShown] }),
      figure: lysisFigure({
        settings: { concentrationIndex: CONCENTRATION_STEPS_PG_PER_ML.indexOf(c), tregPct, drugMode: 'fixed' },
        tDays: 9 / 24,
        caption: `The serial-lysis well at ${c} pg/mL with Tregs at ${tregPct} %, paused at 9 h: follow one T cell’s kill counter.`,
      }),
      refs: ['atlas-model', 'hoffmann2005', 'halle2016', 'dreier2002', 'duell2017'],
    };
  },
};

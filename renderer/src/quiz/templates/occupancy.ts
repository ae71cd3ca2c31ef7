// Receptor occupancy at steady state (two magnitudes): the share of CD19 or CD3 carrying drug, and the drug
// molecules on one normal B cell. The model's level sits in the picomolar range, far below both K_D values,
// so θ = C/(C + K_D) ≈ C/K_D is small. Distractors: occupancy at the K_D (half), saturation, the other arm,
// a factor of ten from a unit slip.
import { BINDING, parameters, picogramsPerMlToMolar, receptorOccupancy, steadyStatePgPerMl } from '../../model';
import { formatSignificant, formatPercent } from '../../figures/pkpd-explorer/format';
import { SYNAPSE_DEFAULTS, synapseKind } from '../../figures/synapse/state';
import { STORY_END } from '../../figures/synapse/schedule';
import { ILLUSTRATIVE, aboutPercent, distractors, magnitudeOptions, shownNumbers } from './kit';
import type { InstanceFigure, ItemTemplate, Rng } from './template';

interface Dose {
  rateUgPerDay: 9 | 28;
  bsaM2: number;
}

/** CD19 molecules on a normal B cell (Ginaldi 1998, as the synapse lesson quotes). */
const CD19_PER_B_CELL = 22_000;

const ARM_WORDS = { cd19: 'CD19 (on the blasts and B cells)', cd3: 'CD3 (on the T cells)' } as const;

const drawDose = (rng: Rng): Dose => ({ rateUgPerDay: rng.pick([9, 28] as const), bsaM2: rng.uniform(1.5, 2.3, 0.05) });

/** The model's level and its molar concentration at the dose. */
function steadyState({ rateUgPerDay, bsaM2 }: Dose) {
  const css = steadyStatePgPerMl(rateUgPerDay, { bsa: bsaM2, clPerM2: parameters.clPerM2.value });
  const picomolar = picogramsPerMlToMolar(css) * 1e12;
  return { css, picomolar, cssShown: `${formatSignificant(css, 3)} pg/mL`, pmShown: `${formatSignificant(picomolar, 2)} pM` };
}

/** The synapse figure's patient: it has no body-surface-area setting and runs the model's default adult. */
const FIGURE_BSA = 1.88;

/**
 * The synapse figure at the dose, at the end of its story. It draws the model's default adult (1.88 m²), not the
 * drawn patient, so the caption says so and gives the figure's own level and occupancy beside the patient's.
 */
function synapseFigure({ rateUgPerDay, bsaM2 }: Dose, arm: 'cd19' | 'cd3'): InstanceFigure {
  let state = synapseKind.reduce(SYNAPSE_DEFAULTS, { type: 'dose', dose: rateUgPerDay === 28 ? 'full' : 'start' });
  state = synapseKind.reduce(state, { type: 'time', action: { type: 'seek', t: STORY_END } });
  const own = steadyState({ rateUgPerDay, bsaM2 });
  const shown = steadyState({ rateUgPerDay, bsaM2: FIGURE_BSA });
  const name = arm === 'cd19' ? 'CD19' : 'CD3';
  const occ = (css: number) => formatPercent(receptorOccupancy(css, arm));
  const same = Math.abs(bsaM2 - FIGURE_BSA) < 1e-9;
  return {
    component: synapseKind.component,
    state,
    caption:
      `The synapse figure at ${rateUgPerDay} µg/day, at the end of its story, where the occupancy readouts have settled far below saturation. ` +
      (same
        ? `It runs the model’s default adult (${FIGURE_BSA} m²), the same size as this patient: ${shown.cssShown}, ${occ(shown.css)} of ${name} bound.`
        : `It has no body-surface-area setting and runs the model’s default adult (${FIGURE_BSA} m²): ${shown.cssShown} and ${occ(shown.css)} of ${name} bound there, against ${own.cssShown} and ${occ(own.css)} for this ${bsaM2} m² patient — the level goes with 1 ÷ body-surface area, so the two differ by that factor only.`),
  };
}

const stemOf = ({ rateUgPerDay, bsaM2 }: Dose) =>
  `An adult with relapsed B-ALL (body-surface area ${bsaM2} m²) has been on blinatumomab ${rateUgPerDay} µg/day for several days, so the serum level is at steady state. `;

/** A count to 2 significant digits, thousands set apart by a space as in the lessons ("160", "1 700", "22 000"). */
const count = (n: number): string => String(Number(n.toPrecision(2))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** The occupancy a reader gets by taking the level in ng/mL for nM (the molar mass left out): a common slip. */
const unitSlip = (cssPgPerMl: number, arm: 'cd19' | 'cd3'): number => {
  const asNanomolar = cssPgPerMl / 1000;
  const kd = BINDING[arm].kdMolar * 1e9;
  return asNanomolar / (asNanomolar + kd);
};

const kdNm = (arm: 'cd19' | 'cd3') => `${formatSignificant(BINDING[arm].kdMolar * 1e9, 3)} nM`;

export const receptorOccupancyAtCss: ItemTemplate<Dose & { arm: 'cd19' | 'cd3' }> = {
  id: 'receptor-occupancy',
  lesson: 'immune-synapse',
  section: 'working-far-below-saturation',
  tags: ['synapse', 'pharmacokinetics'],
  difficulty: 2,
  title: 'Share of CD19 or CD3 bound at steady state',
  ranges: 'Adult on 9 or 28 µg/day at steady state; body-surface area 1.5–2.3 m²; the CD19 or the CD3 arm.',
  draw: (rng) => ({ ...drawDose(rng), arm: rng.pick(['cd19', 'cd3'] as const) }),
  build: (inputs, rng) => {
    const { css, picomolar, cssShown, pmShown } = steadyState(inputs);
    const other = inputs.arm === 'cd19' ? 'cd3' : 'cd19';
    const occ = receptorOccupancy(css, inputs.arm);
    const occOther = receptorOccupancy(css, other);
    const occShown = formatPercent(occ);
    const otherShown = formatPercent(occOther);
    return {
      stem:
        stemOf(inputs) +
        `In the atlas’s teaching model (K_D ${kdNm('cd19')} for the CD19 arm, ${kdNm('cd3')} for the CD3 arm), about what share of ${ARM_WORDS[inputs.arm]} carries a drug molecule at equilibrium?`,
      options: magnitudeOptions(
        { value: occ, why: `Right: ${cssShown} is ${pmShown}, and θ = C/(C + K_D) ≈ ${occShown}.` },
        distractors(
          rng,
          [{ value: occOther, why: `That is the ${other === 'cd19' ? 'CD19' : 'CD3'} arm’s occupancy: the two arms differ about 170-fold in K_D.` }],
          [
            { value: 0.5, why: 'Half is the occupancy when the drug level equals the K_D; the level here is far below it.' },
            { value: 0.99, why: 'Saturation would need levels far above the K_D; the drug works far below it.' },
            { value: occ * 10, why: 'A factor of ten too high: check the conversion from pg/mL to mol/L (54.1 kDa).' },
            { value: unitSlip(css, inputs.arm), why: 'That reads the level in ng/mL as if it were nM, leaving out the molar mass (54.1 kDa): 1 ng/mL is only about 18 pM.' },
            { value: occ / 10, why: 'A factor of ten too low: check the conversion from pg/mL to mol/L (54.1 kDa).' },
          ],
        ),
        4,
        aboutPercent,
      ),
      explanation:
        `In the model the steady state is ${cssShown}, which for a 54.1 kDa protein is ${pmShown}. With θ = C/(C + K_D), about ${occShown} of ${inputs.arm === 'cd19' ? 'CD19' : 'CD3'} carries drug, ` +
        `against ${otherShown} of ${other === 'cd19' ? 'CD19' : 'CD3'}. The drug works far below saturation because the killing it triggers is very potent (half-maximal lysis at 10–50 pg/mL) and the bridge is completed at the cell contact, where the weak CD3 arm only has to reach across a narrow gap. ` +
        ILLUSTRATIVE,
      numbers: shownNumbers({ cssPgPerMl: [css, cssShown], picomolar: [picomolar, pmShown], occupancyPct: [occ * 100, occShown], otherArmPct: [occOther * 100, otherShown] }),
      figure: synapseFigure(inputs, inputs.arm),
      refs: ['atlas-model', 'liu2023', 'dreier2002', 'ribera2015'],
    };
  },
};

export const drugPerBCell: ItemTemplate<Dose> = {
  id: 'drug-per-b-cell',
  lesson: 'immune-synapse',
  section: 'working-far-below-saturation',
  tags: ['synapse', 'pharmacokinetics'],
  difficulty: 3,
  title: 'Drug molecules on one B cell at steady state',
  ranges: 'Adult on 9 or 28 µg/day at steady state; body-surface area 1.5–2.3 m²; 22 000 CD19 molecules per normal B cell.',
  draw: drawDose,
  build: (inputs, rng) => {
    const { css, picomolar, cssShown, pmShown } = steadyState(inputs);
    const occ = receptorOccupancy(css, 'cd19');
    const molecules = occ * CD19_PER_B_CELL;
    const format = (n: number) => `About ${count(n)} ${count(n) === '1' ? 'molecule' : 'molecules'}`;
    const molShown = count(molecules);
    const occShown = formatPercent(occ);
    return {
      stem:
        stemOf(inputs) +
        `A normal B cell carries about ${count(CD19_PER_B_CELL)} CD19 molecules. In the atlas’s teaching model (CD19 arm K_D ${kdNm('cd19')}), about how many drug molecules sit on one such B cell at equilibrium?`,
      options: magnitudeOptions(
        { value: molecules, why: `Right: ${occShown} of ${count(CD19_PER_B_CELL)} CD19 molecules is about ${molShown}, each a potential bridge to a T cell.` },
        distractors(
          rng,
          [],
          [
            { value: CD19_PER_B_CELL, why: 'That would be every CD19 molecule: saturation needs levels far above the K_D.' },
            { value: CD19_PER_B_CELL / 2, why: 'Half the CD19 would be bound only if the level equalled the K_D.' },
            { value: molecules * 10, why: 'A factor of ten too many: check the conversion from pg/mL to mol/L.' },
            { value: molecules / 10, why: 'A factor of ten too few: check the conversion from pg/mL to mol/L.' },
            { value: unitSlip(css, 'cd19') * CD19_PER_B_CELL, why: 'That reads the level in ng/mL as if it were nM, leaving out the molar mass (54.1 kDa): 1 ng/mL is only about 18 pM.' },
          ],
        ),
        4,
        format,
      ),
      explanation:
        `In the model the steady state is ${cssShown} (${pmShown}), so θ = C/(C + K_D) ≈ ${occShown} of CD19 is occupied: about ${molShown} drug molecules on a B cell with ${count(CD19_PER_B_CELL)} CD19. ` +
        'A small share of a large number still leaves dozens to hundreds of potential bridges on every target, and the CD3 arm is caught at the cell contact, so the drug works far below saturation. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ cssPgPerMl: [css, cssShown], picomolar: [picomolar, pmShown], occupancyPct: [occ * 100, occShown], molecules: [molecules, molShown] }),
      figure: synapseFigure(inputs, 'cd19'),
      refs: ['atlas-model', 'liu2023', 'ginaldi1998', 'dreier2002'],
    };
  },
};

// Receptor binding of the two arms at a given serum concentration (science.md §2.3): the fraction of
// CD19 and CD3 bound at equilibrium, C/(C + K_D). Shows that the drug works far below saturation.

import { BLINATUMOMAB_MW_G_PER_MOL } from './clinical-constants';

/** Molecular mass of blinatumomab [g/mol] (54.1 kDa); defined once in clinical-constants.ts. */
export { BLINATUMOMAB_MW_G_PER_MOL };

export interface BindingConstant {
  readonly kdMolar: number;
  readonly source: string;
  readonly citations: readonly string[];
}

/** Dissociation constants of the two arms (model values from Liu 2023; order of magnitude Dreier 2002). */
export const BINDING: Readonly<Record<'cd19' | 'cd3', BindingConstant>> = Object.freeze({
  cd19: Object.freeze({ kdMolar: 1.49e-9, source: 'M (Liu 2023 model code; Dreier 2002: ~10⁻⁹ M)', citations: ['liu2023', 'dreier2002'] }),
  cd3: Object.freeze({ kdMolar: 2.6e-7, source: 'M (Liu 2023 model code; Dreier 2002: ~10⁻⁷ M)', citations: ['liu2023', 'dreier2002'] }),
});

/** pg/mL → mol/L for blinatumomab. */
export function picogramsPerMlToMolar(cPgPerMl: number): number {
  return (cPgPerMl * 1e-9) / BLINATUMOMAB_MW_G_PER_MOL;
}

/** Equilibrium fraction (0–1) of a receptor bound by the drug at concentration cPgPerMl. */
export function receptorOccupancy(cPgPerMl: number, arm: 'cd19' | 'cd3'): number {
  const c = picogramsPerMlToMolar(Math.max(0, cPgPerMl));
  return c / (c + BINDING[arm].kdMolar);
}

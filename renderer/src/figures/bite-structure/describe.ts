// Text alternatives of the BiTE-structure figure, generated from the layout and the view state: the
// screen-reader description (also shown by "Describe") and the data-table rows. Pure; no DOM.
import { BITE_LINKER_MASS_KDA, FLEX_AMPLITUDE_DEG, FLEX_STEP_SECONDS, IG_DOMAIN_MASS_KDA, IGG_MASS_KDA, partMassKDa, type BiteStructureLayout } from './geometry';
import { BLINATUMOMAB_MASS_KDA } from '../../model';
import { PART_ORDER, PARTS, type PartId } from './parts';

/** What the reader has done to the figure: which part is selected and what the linker is doing. */
export interface BiteStructureViewState {
  selectedPartId: PartId | null;
  /** Current swing of the anti-CD3 scFv about the central linker, degrees (negative = up). */
  swingDeg: number;
  /** Whether the "Flex linker" animation is running. */
  flexPlaying: boolean;
  /** Reduced motion: the animation steps between three fixed poses instead of moving smoothly. */
  reducedMotion: boolean;
}

export const DEFAULT_VIEW_STATE: BiteStructureViewState = {
  selectedPartId: null,
  swingDeg: 0,
  flexPlaying: false,
  reducedMotion: false,
};

/** "about a third", "about half" … for a ratio, as a teacher would say it. */
export function ratioInWords(ratio: number): string {
  const fractions: Array<[number, string]> = [
    [1 / 4, 'about a quarter'],
    [1 / 3, 'about a third'],
    [1 / 2, 'about half'],
    [2 / 3, 'about two thirds'],
    [1, 'about the same'],
  ];
  let best = fractions[0];
  for (const f of fractions) if (Math.abs(f[0] - ratio) < Math.abs(best[0] - ratio)) best = f;
  return best[1];
}

/** Words for a swing angle: the pose of the anti-CD3 scFv. */
export function describePose(swingDeg: number): string {
  const deg = Math.round(Math.abs(swingDeg));
  if (deg === 0) return 'at rest (0°)';
  return swingDeg < 0 ? `swung ${deg}° upwards` : `swung ${deg}° downwards`;
}

function describeLinker(state: BiteStructureViewState): string {
  if (state.flexPlaying && !state.reducedMotion) {
    return `Linker animation playing: the anti-CD3 scFv swings up to ${FLEX_AMPLITUDE_DEG}° either way about the central linker.`;
  }
  if (state.flexPlaying) {
    return `Linker poses stepping every ${FLEX_STEP_SECONDS} s (rest, up ${FLEX_AMPLITUDE_DEG}°, down ${FLEX_AMPLITUDE_DEG}°); current pose: anti-CD3 scFv ${describePose(state.swingDeg)}.`;
  }
  return `Linker pose: anti-CD3 scFv ${describePose(state.swingDeg)} about the central linker.`;
}

function formatMass(massKDa: number | null): string {
  return massKDa === null ? 'no mass of its own' : `about ${massKDa.toFixed(1)} kDa`;
}

/** The screen-reader description of the figure in its current state. */
export function describeBiteStructure(layout: BiteStructureLayout, state: BiteStructureViewState): string {
  const ratio = BLINATUMOMAB_MASS_KDA / IGG_MASS_KDA;
  const sentences = [
    `Blinatumomab (${BLINATUMOMAB_MASS_KDA} kDa) drawn beside an IgG antibody (${IGG_MASS_KDA} kDa) at one scale, area proportional to mass: blinatumomab is ${ratio.toFixed(2)} of an IgG, ${ratioInWords(ratio)}.`,
    'Blinatumomab is one polypeptide chain; from the N-terminus: anti-CD19 VL, glycine–serine linker, anti-CD19 VH (together the anti-CD19 scFv), a short flexible linker, then anti-CD3 VH, glycine–serine linker, anti-CD3 VL (the anti-CD3 scFv), ending at the C-terminus.',
    'The anti-CD19 end binds CD19 on the B cell; the anti-CD3 end binds CD3 on the T cell.',
    'The IgG has two heavy and two light chains: two Fab arms (VH, CH1, VL, CL), a hinge, and an Fc (CH2, CH3).',
    'Blinatumomab has no Fc, so FcRn cannot recycle it and its half-life is hours.',
    describeLinker(state),
  ];
  // The selected part comes first: it is what the reader just moved to, and a screen reader that
  // announces this description politely should say it before the (unchanged) overview.
  if (state.selectedPartId) {
    const part = PARTS[state.selectedPartId];
    sentences.unshift(`Selected: ${part.name} (${part.molecule}, ${formatMass(partMassKDa(layout, part.id))}). ${part.about}`);
  } else {
    sentences.push('No part selected.');
  }
  return sentences.join(' ');
}

export const PARTS_TABLE_COLUMNS = ['Part', 'Molecule', 'Domains', 'Approx. mass (kDa)'] as const;

/** Data-table alternative: one row per labelled part, then both whole molecules. */
export function partsTable(layout: BiteStructureLayout): {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
} {
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  const rows: (string | number)[][] = PART_ORDER.map((id) => {
    const part = PARTS[id];
    const mass = partMassKDa(layout, id);
    return [part.name, part.molecule, part.domains, mass === null ? '—' : round1(mass)];
  });
  rows.push(['Whole blinatumomab', 'Blinatumomab', '4 domains + linkers', BLINATUMOMAB_MASS_KDA]);
  rows.push(['Whole IgG', 'IgG', '12 domains (2 heavy + 2 light chains)', IGG_MASS_KDA]);
  return {
    caption: `Parts of blinatumomab and of an IgG with approximate masses. Each Ig domain is taken as ${IG_DOMAIN_MASS_KDA} kDa (a teaching approximation); blinatumomab’s remaining ${round1(BITE_LINKER_MASS_KDA)} kDa is shared among its linkers by drawn length. Fab, heavy- and light-chain masses are per copy.`,
    columns: [...PARTS_TABLE_COLUMNS],
    rows,
  };
}

// The labelled parts of the BiTE-structure figure: ids in keyboard order, accessible names and the
// info-panel text (what each part is and does), written in our own words from science.md §4.1 / §2.3.

export type PartId =
  | 'bite-n-terminus'
  | 'cd19-vl'
  | 'cd19-linker'
  | 'cd19-vh'
  | 'cd19-scfv'
  | 'central-linker'
  | 'cd3-vh'
  | 'cd3-linker'
  | 'cd3-vl'
  | 'cd3-scfv'
  | 'bite-c-terminus'
  | 'bite-no-fc'
  | 'igg-fab'
  | 'igg-light-chain'
  | 'igg-heavy-chain'
  | 'igg-hinge'
  | 'igg-fc';

export interface PartInfo {
  id: PartId;
  molecule: 'Blinatumomab' | 'IgG';
  /** Accessible name and info-panel heading; it contains the part's visible label (WCAG 2.5.3). */
  name: string;
  /** Domains the part is made of (data-table column). */
  domains: string;
  /** What the part is and what it does. */
  about: string;
}

/** Parts in reading (and arrow-key) order: along blinatumomab's chain from N to C, then the IgG. */
export const PART_ORDER: readonly PartId[] = [
  'bite-n-terminus',
  'cd19-vl',
  'cd19-linker',
  'cd19-vh',
  'cd19-scfv',
  'central-linker',
  'cd3-vh',
  'cd3-linker',
  'cd3-vl',
  'cd3-scfv',
  'bite-c-terminus',
  'bite-no-fc',
  'igg-fab',
  'igg-light-chain',
  'igg-heavy-chain',
  'igg-hinge',
  'igg-fc',
];

export const PARTS: Readonly<Record<PartId, PartInfo>> = {
  'bite-n-terminus': {
    id: 'bite-n-terminus',
    molecule: 'Blinatumomab',
    name: 'N-terminus of blinatumomab',
    domains: 'chain start',
    about: 'Where blinatumomab’s single polypeptide chain begins: the first domain is the anti-CD19 light-chain variable domain (VL).',
  },
  'cd19-vl': {
    id: 'cd19-vl',
    molecule: 'Blinatumomab',
    name: 'Anti-CD19 VL domain',
    domains: 'VL (anti-CD19)',
    about: 'Light-chain variable domain taken from an anti-CD19 antibody. Paired with the anti-CD19 VH it forms the site that grips CD19 on B cells, including B-lineage leukaemic blasts.',
  },
  'cd19-linker': {
    id: 'cd19-linker',
    molecule: 'Blinatumomab',
    name: 'Gly–Ser linker of the anti-CD19 scFv',
    domains: 'Gly–Ser linker',
    about: 'A flexible, non-immunogenic glycine–serine peptide that ties VL to VH so the two fold together as one single-chain variable fragment (scFv).',
  },
  'cd19-vh': {
    id: 'cd19-vh',
    molecule: 'Blinatumomab',
    name: 'Anti-CD19 VH domain',
    domains: 'VH (anti-CD19)',
    about: 'Heavy-chain variable domain of the anti-CD19 antibody; with the anti-CD19 VL it makes the CD19-binding site.',
  },
  'cd19-scfv': {
    id: 'cd19-scfv',
    molecule: 'Blinatumomab',
    name: 'Anti-CD19 scFv: binds CD19 on the B cell',
    domains: 'VL–linker–VH',
    about: 'The anti-CD19 single-chain variable fragment is the B-cell end of the molecule. It binds CD19 on B cells and B-lineage blasts tightly (affinity in the nanomolar range, roughly a hundred times tighter than the CD3 arm), so the drug stays on its target cell.',
  },
  'central-linker': {
    id: 'central-linker',
    molecule: 'Blinatumomab',
    name: 'Short flexible linker between the two scFvs',
    domains: 'Gly–Ser linker',
    about: 'A short non-immunogenic linker joining the two scFvs. Its rotational flexibility lets the two ends reach a B cell and a T cell pressed close together, which favours direct lysis. Press “Flex linker” to see it swing.',
  },
  'cd3-vh': {
    id: 'cd3-vh',
    molecule: 'Blinatumomab',
    name: 'Anti-CD3 VH domain',
    domains: 'VH (anti-CD3)',
    about: 'Heavy-chain variable domain of an anti-CD3 antibody; with the anti-CD3 VL it makes the CD3-binding site.',
  },
  'cd3-linker': {
    id: 'cd3-linker',
    molecule: 'Blinatumomab',
    name: 'Gly–Ser linker of the anti-CD3 scFv',
    domains: 'Gly–Ser linker',
    about: 'A flexible glycine–serine peptide that ties the anti-CD3 VH to its VL, making the second scFv.',
  },
  'cd3-vl': {
    id: 'cd3-vl',
    molecule: 'Blinatumomab',
    name: 'Anti-CD3 VL domain',
    domains: 'VL (anti-CD3)',
    about: 'Light-chain variable domain of the anti-CD3 antibody; the last domain of the chain.',
  },
  'cd3-scfv': {
    id: 'cd3-scfv',
    molecule: 'Blinatumomab',
    name: 'Anti-CD3 scFv: binds CD3 on the T cell',
    domains: 'VH–linker–VL',
    about: 'The anti-CD3 single-chain variable fragment is the T-cell end of the molecule. It binds CD3 on any T cell, whatever its receptor’s specificity and without MHC, and more weakly than the CD19 arm (affinity around 10⁻⁷ M), so a T cell can let go and move on to the next target.',
  },
  'bite-c-terminus': {
    id: 'bite-c-terminus',
    molecule: 'Blinatumomab',
    name: 'C-terminus of blinatumomab',
    domains: 'chain end',
    about: 'Where the single chain ends, after the anti-CD3 VL.',
  },
  'bite-no-fc': {
    id: 'bite-no-fc',
    molecule: 'Blinatumomab',
    name: 'No Fc region: no FcRn recycling, half-life of hours, continuous infusion',
    domains: 'none (absent)',
    about: 'Blinatumomab has no Fc. Without it, FcRn cannot rescue the drug from breakdown the way it recycles an IgG, so the half-life is hours (about 1.25 h in the source review, about 2 h on the label) and the drug is given as a continuous intravenous infusion.',
  },
  'igg-fab': {
    id: 'igg-fab',
    molecule: 'IgG',
    name: 'Fab arm of the IgG (one of two)',
    domains: 'VH + CH1 + VL + CL, each arm',
    about: 'Each of the two identical arms pairs the first half of a heavy chain (VH, CH1) with a whole light chain (VL, CL). The variable domains at the tip bind the antigen, so an IgG has two identical binding sites.',
  },
  'igg-light-chain': {
    id: 'igg-light-chain',
    molecule: 'IgG',
    name: 'Light chain of the IgG (one of two)',
    domains: 'VL + CL, each chain',
    about: 'Each light chain has one variable (VL) and one constant (CL) domain and sits on the outside of a Fab arm.',
  },
  'igg-heavy-chain': {
    id: 'igg-heavy-chain',
    molecule: 'IgG',
    name: 'Heavy chain of the IgG (one of two)',
    domains: 'VH + CH1 + CH2 + CH3, each chain',
    about: 'Each heavy chain runs from the tip of a Fab arm (VH, CH1) through the hinge into the Fc (CH2, CH3). Disulfide bonds in the hinge hold the two heavy chains together.',
  },
  'igg-hinge': {
    id: 'igg-hinge',
    molecule: 'IgG',
    name: 'IgG hinge',
    domains: 'hinge (no Ig domain)',
    about: 'A flexible stretch of the heavy chains between the Fab arms and the Fc, held together by disulfide bonds. It carries little mass and is drawn as lines.',
  },
  'igg-fc': {
    id: 'igg-fc',
    molecule: 'IgG',
    name: 'IgG Fc (CH2 + CH3), binds FcRn',
    domains: 'CH2 + CH3 of both heavy chains',
    about: 'The stem of the Y. The neonatal Fc receptor (FcRn) binds it and recycles the antibody away from breakdown, which keeps an IgG in the blood for weeks rather than hours. Blinatumomab has no Fc.',
  },
};

/** The part after (step +1) or before (step −1) a part in keyboard order, wrapping round. */
export function neighbourPart(id: PartId, step: number): PartId {
  const i = PART_ORDER.indexOf(id);
  const n = PART_ORDER.length;
  return PART_ORDER[(((i + step) % n) + n) % n];
}

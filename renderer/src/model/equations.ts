// The model's states and equations as data (MODEL.md §1–3, version 2, plus the CNS-risk signal N of §7):
// TeX, a one-line meaning and why each term is there. The build renders the TeX with KaTeX for the
// atlas's Model page (no KaTeX at run time); ode.ts is the code these equations describe.

import type { ParameterName } from './parameters';

export interface ModelState {
  /** The state's name in code and in the equations (A, S, Tp, …). */
  readonly name: 'A' | 'S' | 'Tp' | 'Tm' | 'X' | 'Bp' | 'I' | 'Q';
  readonly meaning: string;
  readonly unit: string;
  /** Its value at t = 0, in words (a parameter name where it starts from one). */
  readonly initial: string;
}

/** The eight states of MODEL.md §1 (time t in days). */
export const MODEL_STATES: readonly ModelState[] = Object.freeze([
  { name: 'A', meaning: 'blinatumomab amount in the central compartment', unit: 'µg', initial: '0' },
  { name: 'S', meaning: 'adapted activation level: how much of the current drug signal T cells have "got used to"', unit: '–', initial: '0' },
  { name: 'Tp', meaning: 'circulating (peripheral-blood) T cells', unit: 'cells/µL', initial: 't0' },
  { name: 'Tm', meaning: 'marginated T cells (adhered to endothelium or in tissue), blood-equivalent', unit: 'cells/µL', initial: '0' },
  { name: 'X', meaning: 'marrow blast fraction (leukaemic burden)', unit: 'fraction 0–1', initial: 'x0' },
  { name: 'Bp', meaning: 'CD19⁺ cells in blood (normal B cells and circulating blasts)', unit: 'cells/µL', initial: 'bNormal + pbBlasts0' },
  { name: 'I', meaning: 'serum IL-6', unit: 'pg/mL', initial: 'il6Base' },
  { name: 'Q', meaning: 'cytokine-release capacity (1 = fully primed, 0 = exhausted or tolerant)', unit: '–', initial: '1' },
] as const);

export type EquationKind = 'algebraic' | 'differential';

export interface ModelEquation {
  /** Stable id (also the page anchor eq-<id>): the quantity it defines, "d<state>" for a rate of change. */
  readonly id: string;
  readonly kind: EquationKind;
  /**
   * KaTeX-compatible TeX, ASCII only. Parameter names are \textit{name} (one MathML token, which a screen reader
   * reads as a word), t0 and x0 are t_0 and x_0.
   */
  readonly tex: string;
  /** What the quantity is, in one line (with its unit). */
  readonly meaning: string;
  /** Why the equation has this shape: what each term is there for. */
  readonly why: string;
  /** The parameters of MODEL.md §4 that appear in it. */
  readonly parameters: readonly ParameterName[];
}

function eq(id: string, kind: EquationKind, tex: string, meaning: string, why: string, parameters: readonly ParameterName[]): ModelEquation {
  return Object.freeze({ id, kind, tex, meaning, why, parameters: Object.freeze([...parameters]) });
}

/** MODEL.md §2 (algebraic quantities, with N from §7) and §3 (the rates of change), in the contract's order. */
export const MODEL_EQUATIONS: readonly ModelEquation[] = Object.freeze([
  eq('V', 'algebraic', String.raw`V = \textit{vPerM2} \cdot \textit{bsa}`,
    'Volume of distribution of the central compartment [L].',
    'PK scales with body-surface area, the only covariate the model has.', ['vPerM2', 'bsa']),
  eq('CL', 'algebraic', String.raw`\textit{CL} = \textit{clPerM2} \cdot \textit{bsa}`,
    'Clearance [L/day].',
    'Linear clearance: the steady state is proportional to the infusion rate (1000·R/CL).', ['clPerM2', 'bsa']),
  eq('C', 'algebraic', String.raw`C = \frac{1000 \, A}{V}`,
    'Serum concentration [pg/mL] (µg/L is ng/mL; × 1000 gives pg/mL).',
    'Everything the drug does is driven by this one concentration.', []),
  eq('Ek', 'algebraic', String.raw`E_k = \frac{C}{C + \textit{ec50Kill}}`,
    'Killing engagement in blood (0–1).',
    'Very potent (half-maximal at picograms per mL): saturated at every clinical dose, so blood B cells vanish within a day or two whatever the dose.',
    ['ec50Kill']),
  eq('Ea', 'algebraic', String.raw`E_a = \frac{C}{C + \textit{ec50Act}}`,
    'Activation signal (0–1) that drives redistribution and cytokine release.',
    'Far from saturated at clinical levels, so a higher first dose gives a bigger activation burst.', ['ec50Act']),
  eq('Em', 'algebraic', String.raw`E_m = \frac{C}{C + \textit{ec50Bm}}`,
    'Marrow killing engagement (0–1), referenced to the serum level.',
    'Not saturated at 9 µg/day: tissue access, low effector:target ratios and T-cell fitness make dose matter in the marrow — why the label steps up to 28 µg/day.',
    ['ec50Bm']),
  eq('D', 'algebraic', String.raw`D = \max(0,\, E_a - S)`,
    'Activation novelty: the part of the signal T cells have not yet adapted to.',
    'Only a new or rising signal activates: D is large right after the start or a dose step and fades as S catches up.', []),
  eq('fT', 'algebraic', String.raw`f_T = \frac{1}{1 + \left(\textit{treg} / \textit{tregRef}\right)^{\textit{tregHill}}}`,
    'Regulatory-T-cell brake (1 = no brake).',
    'Reproduces the Treg threshold (about 8.5 % of CD4⁺ cells) above which expansion and killing fail.', ['treg', 'tregRef', 'tregHill']),
  eq('Tt', 'algebraic', String.raw`T_t = T_p + T_m`,
    'All T cells, circulating and marginated [cells/µL].',
    'Redistribution moves T cells out of the blood without losing them.', []),
  eq('g', 'algebraic',
    String.raw`g = \textit{rExp}\, E_k f_T \left(1 - \frac{T_t}{\textit{kCap}\, t_0}\right) - \textit{kContract}\,(1 - E_k)\,\frac{T_t - t_0}{T_t}`,
    'Net T-cell growth rate [1/day].',
    'Logistic expansion while the drug engages (braked by Tregs, capped at kCap × t0), contraction back to baseline once the drug is gone.',
    ['rExp', 'kCap', 't0', 'kContract']),
  eq('egress', 'algebraic',
    String.raw`\textit{egress} = \begin{cases} \textit{deltaB}\, \textit{pbBlasts0} / x_0 & x_0 > 0 \\ 0 & x_0 = 0 \end{cases}`,
    'Blasts entering the blood per unit of marrow blast fraction [cells/µL/day].',
    'Keeps the starting blood blast count in balance with the marrow, so circulating blasts follow the marrow burden.',
    ['deltaB', 'pbBlasts0', 'x0']),
  eq('Z', 'algebraic', String.raw`Z = \frac{B_p + \textit{betaBm}\, X}{B_p + \textit{betaBm}\, X + \textit{kZ}}`,
    'Target availability for the cytokine burst (0–1).',
    'More targets (blood CD19⁺ cells and marrow blasts) → a bigger IL-6 burst: high burden means more cytokine release.', ['betaBm', 'kZ']),
  eq('N', 'algebraic', String.raw`N = \frac{\textit{kMarg}\, D\, Q\, T_p}{t_0}`,
    'CNS-risk signal [1/day], illustrative: the margination rate of still-primed T cells.',
    'Weighted by release capacity Q, so it peaks in the first days of cycle 1 and is smaller at the day-8 step and in cycle 2, as neurological events are.',
    ['kMarg', 't0']),
  eq('dA', 'differential', String.raw`\frac{dA}{dt} = R(t) - \frac{\textit{CL}}{V}\, A`,
    'Drug amount: zero-order infusion in, first-order elimination out (one compartment).',
    'R(t) is the regimen (µg/day, piecewise constant); the level reaches 90 % of its new steady state in about 4 hours.', []),
  eq('dS', 'differential', String.raw`\frac{dS}{dt} = \textit{kAdapt}\, (E_a - S)`,
    'Adaptation: S follows the activation signal with a lag.',
    'The lag is what makes the first dose and each dose step a burst rather than a steady activation.', ['kAdapt']),
  eq('dTp', 'differential', String.raw`\frac{dT_p}{dt} = -\textit{kMarg}\, D\, T_p + \textit{kRet}\, T_m + g\, T_p`,
    'Blood T cells: redistribution out, return, expansion.',
    'The early fall of blood T cells (and a smaller dip at the day-8 step) is margination driven by D, not death.', ['kMarg', 'kRet']),
  eq('dTm', 'differential', String.raw`\frac{dT_m}{dt} = \textit{kMarg}\, D\, T_p - \textit{kRet}\, T_m + g\, T_m`,
    'Marginated T cells: the mirror image of the blood pool.',
    'They return to the blood over days, so blood counts recover and then exceed baseline as the cells expand.', ['kMarg', 'kRet']),
  eq('dX', 'differential',
    String.raw`\frac{dX}{dt} = \textit{rLeuk}\, X (1 - X) - \textit{kBm}\, E_m f_T \frac{T_t}{\textit{tRef}} \frac{X}{X + \textit{kX}}`,
    'Marrow blasts: logistic growth against T-cell killing.',
    'Killing scales with marrow engagement Em, the Treg brake and the absolute T-cell count (fixed reference tRef: lymphopenic patients kill less); X/(X + kX) makes killing nearly zero-order at high burden and fast at MRD level.',
    ['rLeuk', 'kBm', 'tRef', 'kX']),
  eq('dBp', 'differential',
    String.raw`\frac{dB_p}{dt} = \textit{deltaB}\, \textit{bNormal}\, (1 - E_k) + \textit{egress}\, X - \textit{deltaB}\, B_p - \textit{kSerial}\, E_k f_T T_p \frac{B_p}{B_p + \textit{kB}}`,
    'Blood CD19⁺ cells: supply of normal B cells and blasts, turnover, serial killing.',
    'Serial killing by blood T cells (each kills several targets a day) empties the blood of CD19⁺ cells within 1–2 days; new B cells are not supplied while the drug engages.',
    ['deltaB', 'bNormal', 'kSerial', 'kB']),
  eq('dI', 'differential', String.raw`\frac{dI}{dt} = \textit{pIl6}\, D\, Q\, Z - \textit{kIl6}\, (I - \textit{il6Base})`,
    'Serum IL-6: a burst from newly activated T cells, cleared within minutes to hours.',
    'Release needs novelty D, capacity Q and targets Z: step dosing keeps D small while targets are plentiful — the mechanistic reason for 9 → 28 µg/day.',
    ['pIl6', 'kIl6', 'il6Base']),
  eq('dQ', 'differential', String.raw`\frac{dQ}{dt} = \textit{kQRec}\, (1 - Q) - \textit{kQUse}\, D\, Q`,
    'Cytokine-release capacity: used up by activation, recovered slowly.',
    'Capacity is spent in the first days and recovers over months, so a step-up or cycle 2 brings a smaller burst and a smaller CNS-risk peak.',
    ['kQRec', 'kQUse']),
]);

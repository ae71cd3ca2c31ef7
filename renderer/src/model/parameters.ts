// The ONE parameter table of the kinetics model (MODEL.md §4): value, unit, plausible range, provenance.
// Also resolves user overrides into a validated, complete parameter set (throws ModelInputError).

import { ModelInputError, requireFinite } from './errors';

/** Provenance tags of MODEL.md: Source review, Label, Paper, published Model, Tuned here, Derived. */
export type ProvenanceTag = 'S' | 'L' | 'P' | 'M' | 'T' | 'D';

/** Citation keys shared with content/references (common rules). */
export type CitationKey =
  | 'ribera2015' | 'label-us' | 'label-eu' | 'topp2015' | 'kantarjian2017' | 'gokbuget2018'
  | 'stein2018' | 'klinger2012' | 'nagele2017' | 'hijazi2018' | 'zhu2016' | 'clements2020'
  | 'asco2013' | 'fda2015' | 'loffler2000' | 'dreier2002' | 'hoffmann2005' | 'halle2016'
  | 'liu2023' | 'hosseini2020' | 'duell2017' | 'teachey2013'
  | 'lee2019' | 'ginaldi1998' | 'bloodadv2018' | 'goebeler2016'
  | 'atlas-model';

/** Every parameter name of MODEL.md §4, in table order. */
export const PARAMETER_NAMES = [
  'bsa', 'clPerM2', 'vPerM2', 'ec50Kill', 'ec50Act', 'kAdapt', 'treg', 'tregRef', 'tregHill', 't0',
  'kMarg', 'kRet', 'rExp', 'kCap', 'kContract', 'x0', 'rLeuk', 'kBm', 'ec50Bm', 'tRef', 'kX', 'bNormal', 'pbBlasts0',
  'deltaB', 'kSerial', 'kB', 'pIl6', 'kIl6', 'il6Base', 'betaBm', 'kZ', 'kQUse', 'kQRec',
] as const;

export type ParameterName = (typeof PARAMETER_NAMES)[number];

/** A complete parameter set (plain numbers, units as in the table). */
export type ParameterValues = Record<ParameterName, number>;

/** Allowed values: 'positive' (> 0), 'nonNegative' (≥ 0) or 'fraction' (0 … 1). */
export type ParameterDomain = 'positive' | 'nonNegative' | 'fraction';

export interface ParameterSpec {
  readonly name: ParameterName;
  /** Default value (MODEL.md §4). */
  readonly value: number;
  readonly unit: string;
  /** Plausible range [min, max] for sliders and fuzzing (advisory). */
  readonly range: readonly [number, number];
  /**
   * Hard bounds [min, max]: values outside are physically absurd and rejected (ModelInputError). Much
   * wider than `range`; they also keep every single rate below ~10⁴/day so integration stays bounded.
   */
  readonly limits: readonly [number, number];
  readonly provenance: ProvenanceTag;
  readonly citations: readonly CitationKey[];
  /** One-line meaning for the atlas's parameter-provenance table. */
  readonly meaning: string;
  /** Where the value comes from, in words (shown next to the tag). */
  readonly note: string;
  /** What values the model accepts (beyond the plausible range, which is advisory). */
  readonly domain: ParameterDomain;
  /** True for scenario inputs set from clinical quantities (MODEL.md §5). */
  readonly clinical: boolean;
}

export type ParameterTable = { readonly [K in ParameterName]: ParameterSpec };

function p(
  name: ParameterName,
  value: number,
  unit: string,
  range: readonly [number, number],
  limits: readonly [number, number],
  provenance: ProvenanceTag,
  citations: readonly CitationKey[],
  meaning: string,
  note: string,
  domain: ParameterDomain = 'positive',
  clinical = false,
): ParameterSpec {
  return Object.freeze({
    name, value, unit, range: Object.freeze(range), limits: Object.freeze(limits), provenance, citations: Object.freeze(citations),
    meaning, note, domain, clinical,
  });
}

/** The parameter table (MODEL.md §4). Frozen: overrides go through SimulationInput.parameters. */
export const parameters: ParameterTable = Object.freeze({
  bsa: p('bsa', 1.88, 'm²', [0.37, 2.6], [0.05, 5], 'P', ['clements2020'],
    'Body-surface area; scales clearance and volume and converts µg/m²/day doses.',
    'Median adult BSA of the population-PK analysis; 0.37 m² is the smallest paediatric BSA studied.', 'positive', true),
  clPerM2: p('clPerM2', 22.3, 'L/day/m²', [12, 33], [0.1, 500], 'S', ['ribera2015'],
    'Blinatumomab clearance per m² of body surface.', 'Source review: 22.3 ± 5 L/day/m².'),
  vPerM2: p('vPerM2', 1.61, 'L/m²', [0.6, 3.5], [0.05, 100], 'S', ['ribera2015'],
    'Volume of distribution of the central compartment per m².', 'Source review: 1.61 ± 0.74 L/m².'),
  ec50Kill: p('ec50Kill', 20, 'pg/mL', [5, 100], [0.001, 1e7], 'P', ['dreier2002'],
    'Concentration giving half-maximal killing engagement Ek.', 'Dreier 2002: half-maximal lysis at 10–50 pg/mL.'),
  ec50Act: p('ec50Act', 1000, 'pg/mL', [100, 3000], [0.001, 1e7], 'T', ['atlas-model', 'hosseini2020'],
    'Concentration giving half-maximal activation signal Ea (redistribution, cytokines).',
    'Tuned to CK-3 and CK-7; the Hosseini 2020 model uses 100 pg/mL.'),
  kAdapt: p('kAdapt', 2.0, '1/day', [0.5, 5], [1e-4, 1000], 'T', ['atlas-model', 'hosseini2020'],
    'Rate at which T cells adapt to the current activation signal.',
    'Tuned to PD-T1 and CK-1; Hosseini 2020 uses an "injection effect" with a 1-day half-life.'),
  treg: p('treg', 5, '% of CD4⁺', [0, 40], [0, 100], 'P', ['duell2017'],
    'Regulatory T cells as % of CD4⁺ T cells (patient input).',
    'Duell 2017: responders 4.8 %, non-responders 10.3 %.', 'nonNegative', true),
  tregRef: p('tregRef', 8.5, '%', [5, 12.5], [0.1, 100], 'P', ['duell2017', 'ribera2015'],
    'Treg % at which the regulatory brake halves expansion and killing.',
    'Duell 2017 cut-off 8.525 %; the source review\'s 12.5 % is an earlier report.'),
  tregHill: p('tregHill', 4, '–', [1, 8], [0.1, 20], 'T', ['atlas-model'],
    'Steepness of the Treg brake around tregRef.', 'Teaching choice (the functional form is not published).'),
  t0: p('t0', 1000, 'cells/µL', [100, 3000], [1, 20000], 'T', ['atlas-model'],
    'Baseline blood T-cell count.', 'Typical adult blood T-cell count.', 'positive', true),
  kMarg: p('kMarg', 12, '1/day', [2, 30], [0, 1000], 'T', ['atlas-model', 'klinger2012'],
    'Margination rate of blood T cells per unit of activation novelty D.', 'Tuned to PD-T1 and PD-T4.'),
  kRet: p('kRet', 0.7, '1/day', [0.2, 2], [1e-4, 1000], 'T', ['atlas-model', 'klinger2012'],
    'Return rate of marginated T cells to the blood.', 'Tuned to PD-T2.'),
  rExp: p('rExp', 0.12, '1/day', [0.03, 0.3], [0, 10], 'T', ['atlas-model', 'klinger2012'],
    'Maximal T-cell expansion rate under drug.', 'Tuned to PD-T3 (> 2 × baseline by 2–3 weeks).'),
  kCap: p('kCap', 3, '× t0', [1.5, 6], [1, 100], 'T', ['atlas-model'],
    'Carrying capacity of T-cell expansion, as a multiple of t0.', 'Teaching choice.'),
  kContract: p('kContract', 0.1, '1/day', [0.02, 0.5], [0, 100], 'T', ['atlas-model'],
    'Contraction rate of expanded T cells back to baseline without drug.', 'Teaching choice.'),
  x0: p('x0', 0.5, 'fraction', [0, 1], [0, 1], 'S', ['ribera2015'],
    'Marrow blast fraction at the start (marrow blasts % / 100).',
    'Scenario input; 50 % is the source review\'s pre-phase threshold.', 'fraction', true),
  rLeuk: p('rLeuk', 0.07, '1/day', [0.005, 0.15], [0, 10], 'T', ['atlas-model', 'hosseini2020'],
    'Net growth rate of marrow blasts.',
    'Tuned (v2): blasts double in ≈ 10 days at low burden, which limits late responders; Hosseini 2020 uses 0.025/day for lymphoma.'),
  kBm: p('kBm', 0.036, '1/day', [0.01, 0.2], [0, 100], 'T', ['atlas-model', 'topp2015'],
    'Maximal T-cell-mediated killing rate of marrow blasts (at Em = 1, fT = 1 and Tt = tRef).',
    'Tuned (v2) to RSP-1: the default relapsed patient ends cycle 1 near the 5 % line (Topp 2015: 43 % CR/CRh).'),
  ec50Bm: p('ec50Bm', 200, 'pg/mL', [50, 1000], [0.001, 1e7], 'T', ['atlas-model', 'asco2013', 'hijazi2018'],
    'Serum concentration giving half-maximal marrow killing engagement Em (not saturated at 9 µg/day).',
    'Tuned (v2), anchored on the ex-vivo EC90 of 470 pg/mL (ASCO 2013) and the dose-response 5 → 15 → 60 µg/m²/day (DR-1, DR-2, DR-4).'),
  tRef: p('tRef', 1000, 'cells/µL', [500, 2000], [1, 1e5], 'T', ['atlas-model'],
    'Fixed reference T-cell count for the marrow effector:target ratio (Tt/tRef): lymphopenic patients kill less.',
    'Teaching choice (v2): kept at 1000 in every scenario, the patient\'s t0 varies instead.'),
  kX: p('kX', 0.1, 'fraction', [0.05, 1], [1e-6, 10], 'T', ['atlas-model'],
    'Marrow blast fraction at which killing per blast halves (effector:target saturation).',
    'Tuned (v2): near zero-order killing at high burden, fast first-order killing at MRD level (RSP-1, RSP-3, RSP-4).'),
  bNormal: p('bNormal', 150, 'cells/µL', [20, 600], [0, 1e5], 'T', ['atlas-model'],
    'Normal CD19⁺ B cells in blood at steady state without drug.', 'Teaching choice.'),
  pbBlasts0: p('pbBlasts0', 1000, 'cells/µL', [0, 50000], [0, 1e6], 'T', ['atlas-model', 'ribera2015'],
    'Circulating blasts at the start (peripheral blasts × 10⁹/L × 1000).',
    'Scenario input (1.0 × 10⁹/L); the source review\'s pre-phase rule is > 15 × 10⁹/L.', 'nonNegative', true),
  deltaB: p('deltaB', 1.0, '1/day', [0.2, 3], [0.001, 100], 'T', ['atlas-model'],
    'Turnover rate of CD19⁺ cells in blood (replenishment and loss).', 'Teaching choice.'),
  kSerial: p('kSerial', 10, 'kills/T cell/day', [2, 20], [0, 1000], 'P', ['hoffmann2005', 'halle2016'],
    'Maximal serial kills per engaged T cell per day.', 'Hoffmann 2005: ≥ 5/day; Halle 2016: 2–16/day.'),
  kB: p('kB', 1500, 'cells/µL', [200, 5000], [1, 1e7], 'T', ['atlas-model', 'klinger2012'],
    'Blood CD19⁺ count at which serial killing per T cell is half-maximal (search limit).', 'Tuned to PD-B1.'),
  pIl6: p('pIl6', 60000, 'pg/mL/day', [5000, 200000], [0, 1e8], 'T', ['atlas-model', 'hosseini2020'],
    'Maximal IL-6 release rate from newly activated T cells.', 'Tuned to CK-3 magnitudes.'),
  kIl6: p('kIl6', 50, '1/day', [20, 100], [0.1, 1e4], 'M', ['hosseini2020'],
    'IL-6 elimination rate.', 'Hosseini 2020: IL-6 half-life 20 min.'),
  il6Base: p('il6Base', 2, 'pg/mL', [0.5, 10], [0, 1e4], 'T', ['atlas-model'],
    'Baseline serum IL-6.', 'Teaching choice.'),
  betaBm: p('betaBm', 20000, 'cells/µL per unit fraction', [2000, 60000], [0, 1e7], 'T', ['atlas-model'],
    'Weight of marrow blasts in the target availability Z of the cytokine burst.', 'Tuned to CK-6.'),
  kZ: p('kZ', 2000, 'cells/µL', [200, 10000], [1, 1e8], 'T', ['atlas-model'],
    'Target count at which the cytokine burst is half-maximal.', 'Tuned to CK-6 and CK-7.'),
  kQUse: p('kQUse', 18, '1/day', [2, 40], [0, 1e4], 'T', ['atlas-model', 'klinger2012'],
    'Rate at which activation novelty uses up cytokine-release capacity.', 'Tuned to CK-4 and CK-5.'),
  kQRec: p('kQRec', 0.005, '1/day', [0.001, 0.1], [0, 100], 'T', ['atlas-model', 'klinger2012', 'topp2015'],
    'Recovery rate of cytokine-release capacity (and of the CNS-risk signal\'s priming).',
    'Tuned (v2) to CK-5, CK-8 and CNS-1…CNS-6: priming recovers over months, so cycle 2 brings a smaller burst and CNS-risk peak.'),
});

/** The default parameter values as a plain object (a fresh copy each call). */
export function defaultParameterValues(): ParameterValues {
  const out = {} as ParameterValues;
  for (const name of PARAMETER_NAMES) out[name] = parameters[name].value;
  return out;
}

export function isParameterName(name: string): name is ParameterName {
  return Object.prototype.hasOwnProperty.call(parameters, name);
}

/** Validates one value against its parameter's domain and hard bounds; throws ModelInputError naming `field`. */
export function validateParameterValue(name: ParameterName, value: unknown, field: string = `parameters.${name}`): number {
  const v = requireFinite(field, value);
  if (v < 0) throw new ModelInputError(field, `must not be negative (got ${v})`);
  const domain = parameters[name].domain;
  if (domain === 'positive' && v === 0) throw new ModelInputError(field, 'must be greater than 0');
  if (domain === 'fraction' && v > 1) throw new ModelInputError(field, `is a fraction and must be ≤ 1 (got ${v})`);
  if (name === 'kCap' && v < 1) throw new ModelInputError(field, `must be ≥ 1 (capacity is a multiple of t0; got ${v})`);
  const [lo, hi] = parameters[name].limits;
  if (v < lo || v > hi) {
    throw new ModelInputError(field, `must be within its hard bounds ${lo}–${hi} ${parameters[name].unit} (got ${v}); plausible range ${parameters[name].range[0]}–${parameters[name].range[1]}`);
  }
  return v;
}

/**
 * Defaults overlaid with `overrides` (applied in order), each validated.
 * Unknown names, negative or non-finite values → ModelInputError naming the field.
 */
export function resolveParameters(...overrides: ReadonlyArray<Readonly<Record<string, unknown>> | undefined>): ParameterValues {
  const out = defaultParameterValues();
  for (const o of overrides) {
    if (o === undefined) continue;
    if (o === null || typeof o !== 'object') throw new ModelInputError('parameters', 'must be an object of name → value');
    for (const key of Object.keys(o)) {
      if (!isParameterName(key)) throw new ModelInputError(`parameters.${key}`, 'unknown parameter');
      out[key] = validateParameterValue(key, o[key]);
    }
  }
  return out;
}

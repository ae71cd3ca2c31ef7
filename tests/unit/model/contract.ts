// Test helper (not a test): MODEL.md §4 (version 2) default parameters, transcribed from the contract
// by hand — not read from the model's table — so the table test and the reference implementation check
// the model against the specification.

/** MODEL.md §4 defaults (version 2), copied from the contract. */
export const CONTRACT_DEFAULTS = {
  bsa: 1.88, clPerM2: 22.3, vPerM2: 1.61, ec50Kill: 20, ec50Act: 1000, kAdapt: 2.0, treg: 5, tregRef: 8.5,
  tregHill: 4, t0: 1000, kMarg: 12, kRet: 0.7, rExp: 0.12, kCap: 3, kContract: 0.1, x0: 0.5, rLeuk: 0.07,
  kBm: 0.036, ec50Bm: 200, tRef: 1000, kX: 0.1, bNormal: 150, pbBlasts0: 1000, deltaB: 1.0, kSerial: 10, kB: 1500,
  pIl6: 60000, kIl6: 50, il6Base: 2, betaBm: 20000, kZ: 2000, kQUse: 18, kQRec: 0.005,
} as const;

export type ContractParams = { -readonly [K in keyof typeof CONTRACT_DEFAULTS]: number };

/** MODEL.md §4 plausible ranges given explicitly in version 2. */
export const CONTRACT_RANGES = {
  rLeuk: [0.005, 0.15], ec50Bm: [50, 1000], tRef: [500, 2000], kX: [0.05, 1], kQRec: [0.001, 0.1],
} as const;

/** MODEL.md §8 scenarios. */
export const CONTRACT_SCENARIOS = {
  rr: {},
  mrd: { x0: 0.001, pbBlasts0: 0, treg: 4 },
  'high-burden': { x0: 0.8 },
} as const;

/** MODEL.md §8 target ids (version 2), in the contract's table order, copied from the contract. */
export const CONTRACT_TARGET_IDS = [
  'PK-1', 'PK-2', 'PK-3', 'PK-4', 'PK-5', 'PK-6', 'PK-7', 'PK-8',
  'PD-B1', 'PD-T1', 'PD-T2', 'PD-T3', 'PD-T4', 'PD-T5',
  'CK-1', 'CK-2', 'CK-3', 'CK-4', 'CK-5', 'CK-6', 'CK-7',
  'RSP-1', 'RSP-2', 'RSP-4',
  'DR-1', 'DR-2', 'DR-3', 'DR-4',
  'PD-B2', 'CK-8', 'CK-9', 'CK-10',
  'CNS-1', 'CNS-2', 'CNS-3', 'CNS-4', 'CNS-5', 'CNS-6',
  'RSP-3',
] as const;

/** MODEL.md §12 cohort target ids. */
export const CONTRACT_COHORT_TARGET_IDS = ['VP-1', 'VP-2', 'VP-3', 'VP-4'] as const;

/** MODEL.md §1 states, in order. */
export const CONTRACT_STATES = ['A', 'S', 'Tp', 'Tm', 'X', 'Bp', 'I', 'Q'] as const;

/** MODEL.md §2–3 (and N of §7): the quantities defined, in order; "dX" is the rate of change of X. */
export const CONTRACT_EQUATIONS = [
  'V', 'CL', 'C', 'Ek', 'Ea', 'Em', 'D', 'fT', 'Tt', 'g', 'egress', 'Z', 'N',
  'dA', 'dS', 'dTp', 'dTm', 'dX', 'dBp', 'dI', 'dQ',
] as const;

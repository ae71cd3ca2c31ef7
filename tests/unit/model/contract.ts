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

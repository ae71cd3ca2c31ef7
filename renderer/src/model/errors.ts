// Error type of the kinetics model: every rejected input names the offending field.
// Thrown by simulate(), regimen builders, fromClinical() and the lysis world on bad input.

/** Bad input to the model. `field` names the offending input (e.g. `parameters.kSerial`, `days`). */
export class ModelInputError extends Error {
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'ModelInputError';
    this.field = field;
  }
}

/** Throws ModelInputError unless `value` is a finite number. */
export function requireFinite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ModelInputError(field, `must be a finite number (got ${String(value)})`);
  }
  return value;
}

/** Throws ModelInputError unless `value` is a finite number ≥ 0. */
export function requireNonNegative(field: string, value: unknown): number {
  const v = requireFinite(field, value);
  if (v < 0) throw new ModelInputError(field, `must not be negative (got ${v})`);
  return v;
}

/** Throws ModelInputError unless `value` is a finite number > 0. */
export function requirePositive(field: string, value: unknown): number {
  const v = requireFinite(field, value);
  if (v <= 0) throw new ModelInputError(field, `must be greater than 0 (got ${v})`);
  return v;
}

// Number formatting for the PK/PD explorer's readouts, description, table and cursor labels: significant
// digits without binary noise, superscript powers of ten for tiny marrow fractions, hours and days.

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

function superscript(text: string): string {
  return [...text].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/**
 * A number with `digits` significant digits, written plainly between 0.001 and 10⁶ (668, 0.4, 12,
 * 0.072) and as "1.5 × 10⁻⁵" outside that range. Zero is "0"; non-finite values are "—".
 */
export function formatSignificant(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e6) {
    // whole numbers of at least `digits` digits are shown whole (668, not 670; 1000, not 1e3)
    if (abs >= 10 ** (digits - 1)) return String(Math.round(value));
    return String(Number(value.toPrecision(digits)));
  }
  const exponent = Math.floor(Math.log10(abs));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  let e = exponent;
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    e += 1;
  }
  return `${mantissa === 1 ? '' : `${mantissa} × `}10${superscript(String(e))}`;
}

/** A serum drug level in pg/mL: 3 significant digits, and "< 0.01" once the drug has washed out. */
export function formatDrugLevel(pgPerMl: number): string {
  if (Number.isFinite(pgPerMl) && pgPerMl < 0.01) return '< 0.01';
  return formatSignificant(pgPerMl, 3);
}

/** Hours, e.g. "3.1 h", "17 h". */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return '—';
  return `${hours < 10 ? Number(hours.toFixed(1)) : Math.round(hours)} h`;
}

/** A time span given in days, written in hours below 2 days ("17 h") and in days above ("15.3 days"). */
export function formatSpan(days: number): string {
  if (!Number.isFinite(days)) return '—';
  if (days < 2) return formatHours(days * 24);
  return `${Number(days.toFixed(1))} days`;
}

/** A fraction as a percentage with significant digits ("0.072 %", "1.5 × 10⁻⁵ %"). */
export function formatPercent(fraction: number, digits = 2): string {
  return `${formatSignificant(fraction * 100, digits)} %`;
}

/** An infusion rate in µg/day ("9", "28", "28.2", "112.8"). */
export function formatRate(ugPerDay: number): string {
  return String(Number(ugPerDay.toFixed(1)));
}

/** Capitalises the first letter ("day 8, 06:00" → "Day 8, 06:00"). */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

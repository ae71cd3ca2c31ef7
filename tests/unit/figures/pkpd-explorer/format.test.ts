// Tests of the explorer's number formatting: readable significant digits, powers of ten for tiny marrow
// fractions, hours below two days and days above.
import { describe, expect, it } from 'vitest';
import { capitalise, formatDrugLevel, formatHours, formatPercent, formatRate, formatSignificant, formatSpan } from '../../../../renderer/src/figures/pkpd-explorer/format';

describe('formatSignificant', () => {
  it('writes clinical numbers plainly, whole numbers whole', () => {
    expect(formatSignificant(667.875, 3)).toBe('668');
    expect(formatSignificant(1150, 2)).toBe('1150');
    expect(formatSignificant(0.4123, 2)).toBe('0.41');
    expect(formatSignificant(12.04, 2)).toBe('12');
    expect(formatSignificant(0.0721, 2)).toBe('0.072');
  });

  it('writes tiny and huge numbers with a superscript power of ten', () => {
    expect(formatSignificant(1.5e-5, 2)).toBe('1.5 × 10⁻⁵');
    expect(formatSignificant(1e-6, 2)).toBe('10⁻⁶');
    expect(formatSignificant(9.96e-5, 2)).toBe('10⁻⁴');
    expect(formatSignificant(2.5e7, 2)).toBe('2.5 × 10⁷');
  });

  it('handles zero and non-finite values', () => {
    expect(formatSignificant(0)).toBe('0');
    expect(formatSignificant(Number.NaN)).toBe('—');
  });
});

describe('times, percentages and rates', () => {
  it('writes hours with one decimal below 10 h', () => {
    expect(formatHours(3.0987)).toBe('3.1 h');
    expect(formatHours(17.4)).toBe('17 h');
  });

  it('writes spans under two days in hours and longer ones in days', () => {
    expect(formatSpan(0.72)).toBe('17 h');
    expect(formatSpan(15.297)).toBe('15.3 days');
  });

  it('writes drug levels to 3 digits and a washed-out level as "< 0.01"', () => {
    expect(formatDrugLevel(667.9)).toBe('668');
    expect(formatDrugLevel(2.6e-42)).toBe('< 0.01');
    expect(formatDrugLevel(0)).toBe('< 0.01');
  });

  it('writes fractions as percentages and rates in µg/day', () => {
    expect(formatPercent(0.5)).toBe('50 %');
    expect(formatPercent(1.5e-7)).toBe('1.5 × 10⁻⁵ %');
    expect(formatRate(28)).toBe('28');
    expect(formatRate(60 * 1.88)).toBe('112.8');
    expect(capitalise('day 8, 06:00')).toBe('Day 8, 06:00');
  });
});

// Sorting the trials table as a reader would: by name, by number of patients, back to the lesson's order.
import { describe, expect, it } from 'vitest';
import { firstNumber, sortTrials } from '../../../../renderer/src/figures/trials-table/sort';
import type { Trial } from '../../../../renderer/src/data/content';

const trial = (id: string, name: string, n: string): Trial => ({ id, name, n, population: 'p', schedule: 's', design: 'd', efficacy: 'e', survival: 'v', toxicity: 't', refs: ['x'] });
const trials = [trial('a', 'GMALL', '36'), trial('b', 'TOWER', '405 randomised 2:1 (271 vs 134)'), trial('c', 'BLAST', '116'), trial('d', 'Paediatric', '41 (phase I)')];

describe('trials table sorting', () => {
  it('reads the first number of the patients field', () => {
    expect(firstNumber('405 randomised 2:1 (271 vs 134)')).toBe(405);
    expect(firstNumber('1,200 patients')).toBe(1200);
    expect(Number.isNaN(firstNumber('none'))).toBe(true);
  });
  it('sorts by patients both ways and by name', () => {
    expect(sortTrials(trials, 'patients', 'ascending').map((t) => t.id)).toEqual(['a', 'd', 'c', 'b']);
    expect(sortTrials(trials, 'patients', 'descending').map((t) => t.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(sortTrials(trials, 'name', 'ascending').map((t) => t.name)).toEqual(['BLAST', 'GMALL', 'Paediatric', 'TOWER']);
  });
  it('keeps the authored order by default', () => {
    expect(sortTrials(trials, 'authored', 'ascending').map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

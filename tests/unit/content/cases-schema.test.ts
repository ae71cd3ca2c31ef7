// Cases are content: content/cases/*.yaml are schema-checked at build time, their citation keys checked
// against content/references, and the number-needs-a-source rule applied to their text. Every problem is
// reported as file:line:column with the case id and the field.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileContent } from '../../../build/scripts/lessons/compile';
import { ContentError, statesANumber } from '../../../build/scripts/lessons/content-schema';

const root = resolve(import.meta.dirname, '../../..');
const file = 'tests/fixtures/content/bad-case/cases/01-broken.yaml';

async function problems(): Promise<string[]> {
  try {
    await compileContent({ contentDir: resolve(root, 'tests/fixtures/content/bad-case'), rootDir: root });
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the broken case compiled');
}

describe('the case schema', () => {
  it('rejects an unknown action at its line and column, naming the case and the field', async () => {
    const lines = await problems();
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}:26:17: case "broken-case", field "nodes\\.0\\(x-start\\)\\.options\\.1\\(b\\)\\.action": `)));
  });

  it('once the schema passes, reports a broken link, an unknown key and numbers without a source, each where it is', async () => {
    const checks = 'tests/fixtures/content/bad-case-checks/cases/01-broken.yaml';
    let lines: string[] = [];
    try {
      await compileContent({ contentDir: resolve(root, 'tests/fixtures/content/bad-case-checks'), rootDir: root });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      lines = error.message.split('\n');
    }
    const at = (line: number, field: string, message: RegExp) =>
      expect(lines.some((l) => l.startsWith(`${checks}:${line}:`) && l.includes(`case "broken-case", field "${field}"`) && message.test(l)), `${line} ${field}`).toBe(true);
    at(4, 'patient', /states a number without a source/);
    at(16, 'nodes.0(x-start).next', /next node "x-missing" does not exist/);
    at(22, 'nodes.0(x-start).options.0(a).explanation', /states a number without a source/);
    at(34, 'nodes.0(x-start).options.2(c).sources.0', /unknown reference key "nobody1999"/);
  });

  it('treats names and notations as no quantity, but any other digit as a number that needs a source', () => {
    expect(statesANumber('Case 4: lost for words')).toBe(false);
    expect(statesANumber('CD19 and IL-6 both matter')).toBe(false);
    expect(statesANumber('dexamethasone 20 mg before the dose')).toBe(true);
    expect(statesANumber('Day 3 of cycle 1')).toBe(true);
  });
});

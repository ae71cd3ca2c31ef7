// The question bank as an author meets it: a good item compiles into quiz/bank.json; every kind of mistake in
// an item — each field — fails the build with file:line:column, the item's id and the field.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileContent, writeGenerated } from '../../../../build/scripts/lessons/compile';
import { ContentError } from '../../../../build/scripts/lessons/content-schema';

const root = resolve(import.meta.dirname, '../../../..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const TAGS = '- id: structure\n  label: Structure\n- id: pharmacokinetics\n  label: Pharmacokinetics\n';

/** A good item; `patch` replaces whole lines by their key (indentation kept) to break one field. */
function item(id: string, lines: Record<string, string | null> = {}): string {
  const base: [string, string][] = [
    ['id', `- id: ${id}`],
    ['lesson', '  lesson: first-lesson'],
    ['section', '  section: structure'],
    ['kind', '  kind: vignette'],
    ['difficulty', '  difficulty: 2'],
    ['tags', '  tags: [structure]'],
    ['stem', '  stem: A patient asks what the two arms of a BiTE bind. What do you say?'],
    ['options', '  options:'],
    ['o1', '    - text: CD19 and CD3\n      correct: true\n      explanation: One arm binds CD19 on the B cell, the other CD3 on the T cell.'],
    ['o2', '    - text: CD20 and CD3\n      correct: false\n      explanation: CD20 is the target of rituximab, not of blinatumomab.'],
    ['o3', '    - text: CD19 and CD28\n      correct: false\n      explanation: CD28 is a costimulatory receptor; the BiTE engages CD3.'],
    ['refs', '  refs: [ribera2015]'],
  ];
  return base
    .map(([key, line]) => (key in lines ? lines[key] : line))
    .filter((line): line is string => line !== null)
    .join('\n');
}

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bank-'));
  dirs.push(dir);
  cpSync(resolve(root, 'tests/fixtures/content/good'), dir, { recursive: true });
  mkdirSync(join(dir, 'quiz', 'bank'), { recursive: true });
  mkdirSync(join(dir, 'quiz', 'check-yourself'), { recursive: true });
  writeFileSync(join(dir, 'quiz', 'tags.yaml'), TAGS);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'quiz', name), text + '\n');
  return dir;
}

async function messagesOf(files: Record<string, string>): Promise<string[]> {
  try {
    await compileContent({ contentDir: contentWith(files), rootDir: root });
  } catch (error) {
    if (error instanceof ContentError) return error.diagnostics.map((d) => `${d.file.replace(/^.*\/quiz\//, 'quiz/')}:${d.line}:${d.column}: ${d.message}`);
    throw error;
  }
  throw new Error('the bank compiled but was expected to fail');
}

describe('the question bank', () => {
  it('compiles good items into quiz/bank.json (check-yourself first) with the tags beside it', async () => {
    const contentDir = contentWith({ 'bank/01-first.yaml': `${item('arms-one')}\n${item('arms-two')}` });
    const result = await compileContent({ contentDir, rootDir: root });
    expect(result.bank.map((i) => i.id)).toEqual(['arms-one', 'arms-two']);
    expect(result.bank[0]).toMatchObject({ section: 'structure', kind: 'vignette', difficulty: 2, tags: ['structure'] });
    const out = join(contentDir, 'out');
    writeGenerated(result, out);
    const bank = JSON.parse(readFileSync(join(out, 'quiz', 'bank.json'), 'utf8')) as { id: string }[];
    expect(bank.map((i) => i.id)).toEqual(['arms-one', 'arms-two']);
    expect(JSON.parse(readFileSync(join(out, 'quiz', 'tags.json'), 'utf8'))).toHaveLength(2);
  });

  // Each case breaks one field of the second item in the file (it starts on line 19); the message names file, line, column, id and field.
  const cases: [string, Record<string, string | null>, RegExp][] = [
    ['a missing section', { section: null }, /:19:3: item "broken", field "section": /],
    ['an unknown kind', { kind: '  kind: essay' }, /:22:9: item "broken", field "kind": /],
    ['a difficulty out of range', { difficulty: '  difficulty: 4' }, /:23:15: item "broken", field "difficulty": /],
    ['no tags', { tags: '  tags: []' }, /:24:3: item "broken", field "tags": /],
    ['a stem too short', { stem: '  stem: Why?' }, /:25:9: item "broken", field "stem": /],
    ['two correct options', { o2: '    - text: CD20 and CD3\n      correct: true\n      explanation: CD20 is the target of rituximab, not of blinatumomab.' }, /:26:3: item "broken", field "options": exactly one option must have correct: true/],
    ['an option without its explanation', { o3: '    - text: CD19 and CD28\n      correct: false' }, /:33:7: item "broken", field "options\.2\.explanation": /],
    ['no sources', { refs: '  refs: []' }, /:36:3: item "broken", field "refs": /],
    ['an unknown field', { refs: '  refs: [ribera2015]\n  hint: look at the figure' }, /:19:3: item "broken", field "\(item\)": Unrecognized key/],
  ];
  for (const [what, patch, expected] of cases) {
    it(`rejects ${what} with its location, id and field`, async () => {
      const messages = await messagesOf({ 'bank/01-first.yaml': `${item('fine')}\n${item('broken', patch)}` });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^quiz\/bank\/01-first\.yaml:/);
      expect(messages[0]).toMatch(expected);
    });
  }

  // Checks that need the compiled lesson, references and tags, located at the offending value.
  const crossCases: [string, Record<string, string | null>, string][] = [
    ['an unknown lesson', { lesson: '  lesson: no-such-lesson' }, ':2:11: item "broken", field "lesson": unknown lesson "no-such-lesson" (lessons: first-lesson)'],
    ['a section that is not a heading of the lesson', { section: '  section: synapse' }, ':3:12: item "broken", field "section": lesson "first-lesson" has no heading with id "synapse"'],
    ['an unknown tag', { tags: '  tags: [structure, crs]' }, ':6:21: item "broken", field "tags.1": unknown tag "crs" (tags are listed in content/quiz/tags.yaml)'],
    ['an unknown reference key', { refs: '  refs: [ribera2015, nobody1999]' }, ':18:22: item "broken", field "refs.1": unknown reference key "nobody1999" (not in content/references)'],
  ];
  for (const [what, patch, expected] of crossCases) {
    it(`rejects ${what} with its location, id and field`, async () => {
      const messages = await messagesOf({ 'bank/01-first.yaml': item('broken', patch) });
      expect(messages).toEqual([`quiz/bank/01-first.yaml${expected}`]);
    });
  }

  it('rejects an id used twice across the bank and check-yourself, pointing at both places', async () => {
    const messages = await messagesOf({ 'bank/01-first.yaml': item('same'), 'check-yourself/01-first.yaml': item('same') });
    expect(messages).toEqual(['quiz/bank/01-first.yaml:1:7: item "same", field "id": duplicate id (also in ' + messages[0].split('(also in ')[1]]);
    expect(messages[0]).toMatch(/also in .*check-yourself\/01-first\.yaml:1\)$/);
  });

  it('reports broken YAML at its line and an item without an id by its position', async () => {
    expect(await messagesOf({ 'bank/01-first.yaml': '- id: a\n  stem: [unclosed' })).toEqual([expect.stringMatching(/^quiz\/bank\/01-first\.yaml:\d+:\d+: invalid YAML: /)]);
    const [message] = await messagesOf({ 'bank/01-first.yaml': item('x', { id: '- lesson: first-lesson', lesson: null }) });
    expect(message).toMatch(/^quiz\/bank\/01-first\.yaml:1:3: item 1 \(no id\), field "id": /);
  });
});

// Search results show a short excerpt around the match: readers scan these, so an excerpt starts at a sentence
// or a word and ends at a word — never "…l recognises" — and says with "…" where text was left out.
import { describe, expect, it } from 'vitest';
import { createSearcher, mixKinds, normaliseName, snippetFor } from '../../../renderer/src/app/search';
import { glossary, loadSearchSections } from '../../../renderer/src/data/content';

const text =
  'A T cell carries a receptor that it uses to recognise one antigen. The receptor is held in a complex with CD3, which passes the signal on. Blinatumomab binds CD3 weakly, which is enough to switch the T cell on when it also touches a CD19-positive cell, and that is the point of the design.';

describe('snippetFor', () => {
  it('starts at the sentence holding the first match when it is close', () => {
    expect(snippetFor(text, 'cd3')).toBe('…The receptor is held in a complex with CD3, which passes the signal on.');
  });

  it('ends at a word, with "…", when no sentence ends well past the match', () => {
    const snippet = snippetFor(text, 'blinatumomab', 90);
    expect(snippet.startsWith('…Blinatumomab binds CD3 weakly')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    const body = snippet.slice(1, -1);
    expect(text).toContain(body);
    expect(text[text.indexOf(body) + body.length]).toBe(' '); // cut between words
  });

  it('ends with a whole sentence, without "…", when one ends well past the match', () => {
    const sentences = 'CD3 is part of the T-cell receptor complex and passes its signal into the cell. A second sentence follows here with more words in it than fit.';
    expect(snippetFor(sentences, 'cd3', 100)).toBe('CD3 is part of the T-cell receptor complex and passes its signal into the cell.');
  });

  it('starts at a word when no sentence begins close before the match', () => {
    const long = `${'word '.repeat(40)}then CD3 appears here and the text goes on ${'more '.repeat(40)}`;
    const snippet = snippetFor(long, 'cd3');
    expect(snippet).toMatch(/^…word /);
    expect(snippet).toContain('CD3 appears');
    expect(snippet).toMatch(/ more…$|more…$/);
  });

  it('shows short text whole, without ellipses, and the start of the text when nothing matches', () => {
    expect(snippetFor('CD3 on T cells.', 'cd3')).toBe('CD3 on T cells.');
    expect(snippetFor(text, 'zzz').startsWith('A T cell carries')).toBe(true);
  });

  it('shows text that fits whole, even when the match comes late in it', () => {
    const short = 'Blinatumomab is a bispecific antibody that links T cells to B cells bearing CD19.';
    expect(snippetFor(short, 'cd19')).toBe(short);
  });

  it('near the end of a long text, keeps a full window before the match', () => {
    const snippet = snippetFor(text, 'design');
    expect(snippet.length).toBeGreaterThan(100);
    expect(snippet.endsWith('the point of the design.')).toBe(true);
  });

  it('never cuts a long word in two', () => {
    const long = `${'word '.repeat(30)}CD3${'y'.repeat(200)} and more text after it`;
    const snippet = snippetFor(long, 'cd3');
    expect(snippet).toContain(`CD3${'y'.repeat(200)}`);
    expect(snippet.startsWith('…word ')).toBe(true);
    const glued = `${'x'.repeat(100)}CD3${'x'.repeat(100)} tail words here`;
    expect(snippetFor(glued, 'cd3').startsWith(`${'x'.repeat(100)}CD3`)).toBe(true);
  });

  it('keeps the match inside the excerpt', () => {
    for (const query of ['cd19', 'design', 'receptor', 'blinatumomab']) {
      expect(snippetFor(text, query).toLowerCase(), query).toContain(query);
    }
  });
});

// Ranking (issue 10): a common word such as "cell" is in the names of many short glossary terms, which the index
// scores above the longer lesson sections that explain it; lesson sections must still show among the first
// results. A query that names a glossary term exactly still shows that term first.
describe('mixKinds', () => {
  const hit = (kind: 'lesson' | 'glossary', score: number, exact = false) => ({ kind, score, exact, name: `${kind[0]}${score}` });
  const names = (hits: { name: string }[]) => hits.map((h) => h.name);

  it('puts exact hits first, then alternates the kinds, starting with the kind whose best hit scores higher', () => {
    const hits = [hit('glossary', 22), hit('glossary', 21), hit('glossary', 20), hit('lesson', 12), hit('lesson', 11), hit('glossary', 5, true)];
    expect(names(mixKinds(hits))).toEqual(['g5', 'g22', 'l12', 'g21', 'l11', 'g20']);
  });

  it('keeps each kind in its own score order whatever the input order', () => {
    const hits = [hit('lesson', 1), hit('glossary', 3), hit('lesson', 9), hit('glossary', 8)];
    expect(names(mixKinds(hits))).toEqual(['l9', 'g8', 'l1', 'g3']);
  });

  it('skips a turn when that kind only has a passing mention left, far below the best remaining hit', () => {
    const hits = [hit('lesson', 20), hit('lesson', 19), hit('lesson', 1), hit('glossary', 0.8)];
    expect(names(mixKinds(hits))).toEqual(['l20', 'l19', 'g0.8', 'l1']);
  });

  it('lists one kind alone in score order, and nothing for nothing', () => {
    expect(names(mixKinds([hit('lesson', 2), hit('lesson', 5)]))).toEqual(['l5', 'l2']);
    expect(mixKinds([])).toEqual([]);
  });
});

describe('normaliseName', () => {
  it('compares names without case, hyphens, dashes or extra space', () => {
    expect(normaliseName('  Half-Life ')).toBe('half life');
    expect(normaliseName('blood–brain   barrier')).toBe('blood brain barrier');
  });
});

describe('createSearcher on the atlas content', async () => {
  const sections = await loadSearchSections();
  const search = createSearcher(sections);
  /** All the text a hit was indexed under, to check why it matched. */
  const textOf = (id: string): string => {
    const [kind, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
    if (kind === 'lesson') {
      const s = sections.find((x) => x.id === key)!;
      return `${s.heading} ${s.lessonTitle} ${s.text}`;
    }
    const g = glossary.find((x) => x.id === key)!;
    return `${g.term} ${g.aliases.join(' ')} ${g.definition}`;
  };

  it('shows lesson sections among the first 8 results for a common word ("cell"), not only glossary terms', () => {
    const first = search('cell').slice(0, 8);
    expect(first.filter((h) => h.kind === 'lesson').length).toBeGreaterThanOrEqual(3);
    expect(first.filter((h) => h.kind === 'glossary').length).toBeGreaterThanOrEqual(1);
  });

  it('shows the glossary term first when the query names it: term, abbreviation, term without its abbreviation, alias', () => {
    for (const [query, id] of [
      ['perforin', 'perforin'],
      ['CRS', 'cytokine-release-syndrome'],
      ['cytokine release syndrome', 'cytokine-release-syndrome'],
      ['cd19', 'cd19'],
      ['half-life', 'half-life'],
      ['half life', 'half-life'],
      ['occupancy', 'receptor-occupancy'],
    ]) {
      expect(search(query)[0]?.id, query).toBe(`glossary:${id}`);
    }
  });

  it('returns every hit unless asked for fewer', () => {
    const all = search('cell');
    expect(all.length).toBeGreaterThan(8);
    expect(search('cell', 8)).toEqual(all.slice(0, 8));
    expect(new Set(all.map((h) => h.id)).size).toBe(all.length);
  });

  it('matches a four-letter word exactly or as a prefix, never by a typo ("cell" does not find "well")', () => {
    for (const h of search('cell')) expect(textOf(h.id), h.id).toMatch(/cell/i);
  });

  it('never expands a lone letter as a prefix ("t cell" needs a "T" of its own)', () => {
    const hits = search('t cell');
    expect(hits.length).toBeGreaterThan(8);
    for (const h of hits) expect(textOf(h.id), h.id).toMatch(/\bt\b/i);
  });

  it('still forgives a typo in a longer word and finds the word being typed by its start', () => {
    expect(search('cytokne')[0]?.id).toBe('glossary:cytokine-release-syndrome');
    expect(search('perfor')[0]?.id).toBe('glossary:perforin');
  });

  it('reads table cells, list items and callout paragraphs as separate words ("Fever Hypotension", not "FeverHypotension")', () => {
    const glued = sections.flatMap((s) => [...s.text.matchAll(/[a-z]{3}[.!?;:]?[A-Z][a-z]{3,}/g)].map((m) => `${s.id}: ${m[0]}`));
    expect(glued).toEqual([]);
  });
});

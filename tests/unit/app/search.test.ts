// Search results show a short excerpt around the match: readers scan these, so an excerpt starts at a sentence
// or a word and ends at a word — never "…l recognises" — and says with "…" where text was left out.
import { describe, expect, it } from 'vitest';
import { snippetFor } from '../../../renderer/src/app/search';

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

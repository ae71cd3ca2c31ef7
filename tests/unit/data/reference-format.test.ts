// References read as citations: no doubled full stops, no placeholder author names, no authoring notes.
import { describe, expect, it } from 'vitest';
import { formatReference } from '../../../renderer/src/data/reference-labels';

describe('reference formatting', () => {
  it('formats a paper without doubled full stops', () => {
    expect(formatReference({ key: 'loffler2000', kind: 'paper', authors: 'Löffler A et al.', title: 'A recombinant bispecific antibody', container: 'Blood', year: 2000, volume: '95', pages: '2098' })).toBe(
      'Löffler A et al. A recombinant bispecific antibody. Blood 2000;95:2098.',
    );
  });
  it('leaves out unconfirmed authors and the authoring note', () => {
    const text = formatReference({ key: 'x', kind: 'abstract', authors: '(first author unconfirmed)', title: 'PD markers', container: 'Exp Hematol Oncol', year: 2017, doi: '10.1186/s40164-017-0074-5', note: 'not recorded in science.md' });
    expect(text).toBe('PD markers. Exp Hematol Oncol 2017. doi:10.1186/s40164-017-0074-5.');
  });
});

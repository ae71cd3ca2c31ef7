// The search combobox in the header: results as you type (lessons and glossary), arrow keys to move,
// Enter opens the hit at its heading, Escape clears. Follows the ARIA 1.2 combobox pattern.
import { forwardRef, useCallback, useId, useMemo, useState } from 'react';
import type { Searcher } from './search';
import { navigate } from '../state/route';
import { loadSearchSections } from '../data/content';

let searcherPromise: Promise<Searcher> | null = null;
/** The search index is built on first use (its code and the lesson text stay out of the start-up bundle). */
function loadSearcher(): Promise<Searcher> {
  searcherPromise ??= Promise.all([import('./search'), loadSearchSections()]).then(([m, sections]) => m.createSearcher(sections));
  return searcherPromise;
}

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const prepare = useCallback(() => {
    if (!searcher) void loadSearcher().then((s) => setSearcher(() => s));
  }, [searcher]);
  const hits = useMemo(() => (searcher ? searcher(query) : []), [searcher, query]);
  const showList = open && query.trim().length >= 2;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setOpen(false);
    setQuery('');
    navigate(hit.route);
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search lessons and glossary
      </label>
      <input
        ref={ref}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search  (/)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          prepare();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          prepare();
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape') {
            if (query) setQuery('');
            else (e.target as HTMLInputElement).blur();
            setOpen(false);
          }
        }}
      />
      <div className="search-results" hidden={!showList}>
        <ul id={listId} role="listbox" aria-label="Search results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-hit"
              data-kind={hit.kind}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-hit-title">{hit.title}</span>
              <span className="search-hit-context">{hit.kind === 'glossary' ? 'Glossary' : hit.context}</span>
              <span className="search-hit-snippet">{hit.snippet}</span>
            </li>
          ))}
        </ul>
        {searcher && hits.length === 0 && (
          <p className="search-empty" role="status">
            No matches for “{query.trim()}”.
          </p>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {showList ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </p>
    </div>
  );
});

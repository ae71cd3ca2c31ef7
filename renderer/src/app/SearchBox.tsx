// The search combobox in the header: results as you type (lessons and glossary), arrow keys to move,
// Enter opens the hit at its heading, Escape clears. Follows the ARIA 1.2 combobox pattern. The first
// PAGE_SIZE hits show at once; when there are more, a last option "Show all N results" (arrow keys and Enter,
// or a click) shows every one. The list itself scrolls, and keeps the highlighted option in view.
import { forwardRef, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Searcher } from './search';
import { navigate } from '../state/route';
import { loadSearchSections } from '../data/content';

/** Results shown before "Show all N results". */
export const PAGE_SIZE = 8;

let searcherPromise: Promise<Searcher> | null = null;
/** The search index is built on first use (its code and the lesson text stay out of the start-up bundle). */
function loadSearcher(): Promise<Searcher> {
  searcherPromise ??= Promise.all([import('./search'), loadSearchSections()]).then(([m, sections]) => m.createSearcher(sections));
  return searcherPromise;
}

/** What the status line says: how many results, and how many of them show. */
function countText(total: number, shown: number): string {
  const results = `${total} result${total === 1 ? '' : 's'}`;
  if (shown >= total) return total > PAGE_SIZE ? `${results}, all shown.` : `${results}.`;
  return `${results}, ${shown} shown; the last option shows all.`;
}

/** Scrolls `list` (the listbox, the element that scrolls) just enough to show `option` whole. */
function keepInView(list: HTMLElement, option: HTMLElement): void {
  const box = list.getBoundingClientRect();
  const item = option.getBoundingClientRect();
  const pad = 4; // the list's own padding: a highlighted first or last option shows its outline too
  const top = box.top + list.clientTop;
  const bottom = top + list.clientHeight;
  if (item.top < top + pad) list.scrollTop -= top + pad - item.top;
  else if (item.bottom > bottom - pad) list.scrollTop += item.bottom - (bottom - pad);
}

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  /** Set when the keyboard (or "Show all") moved the highlight: only then is it scrolled into view, never on hover. */
  const reveal = useRef(false);
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const prepare = useCallback(() => {
    if (!searcher) void loadSearcher().then((s) => setSearcher(() => s));
  }, [searcher]);
  const hits = useMemo(() => (searcher ? searcher(query) : []), [searcher, query]);
  const shown = showAll ? hits : hits.slice(0, PAGE_SIZE);
  const hasMore = shown.length < hits.length;
  /** Options in the list: the shown hits, then "Show all" when some are hidden. */
  const optionCount = shown.length + (hasMore ? 1 : 0);
  const showList = open && query.trim().length >= 2;
  const optionId = (i: number) => `${listId}-${i}`;

  useLayoutEffect(() => {
    if (!reveal.current || !showList) return;
    reveal.current = false;
    const list = listRef.current;
    const option = document.getElementById(optionId(active));
    if (list && option) keepInView(list, option);
  });

  const moveTo = (i: number) => {
    reveal.current = true;
    setActive(i);
  };

  const expand = () => {
    reveal.current = true;
    setShowAll(true);
    setActive(PAGE_SIZE); // the first result that was hidden
  };

  const choose = (i: number) => {
    if (hasMore && i === shown.length) {
      expand();
      return;
    }
    const hit = shown[i];
    if (!hit) return;
    setOpen(false);
    setQuery('');
    setShowAll(false);
    navigate(hit.route);
  };

  return (
    <div className="search" role="search">
      <input
        ref={ref}
        aria-label="Search lessons and glossary"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active < optionCount ? optionId(active) : undefined}
        placeholder="Search  (/)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          prepare();
          setQuery(e.target.value);
          setActive(0);
          setShowAll(false);
          setOpen(true);
          if (listRef.current) listRef.current.scrollTop = 0;
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
            moveTo(Math.min(active + 1, Math.max(0, optionCount - 1)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            moveTo(Math.max(active - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape') {
            if (query) setQuery('');
            else (e.target as HTMLInputElement).blur();
            setShowAll(false);
            setOpen(false);
          }
        }}
      />
      <div className="search-results" hidden={!showList}>
        <ul id={listId} ref={listRef} role="listbox" aria-label="Search results">
          {shown.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
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
          {hasMore && (
            <li
              key="show-all"
              id={optionId(shown.length)}
              role="option"
              aria-selected={active === shown.length}
              className="search-more"
              onMouseDown={(e) => {
                e.preventDefault();
                expand();
              }}
              onMouseEnter={() => setActive(shown.length)}
            >
              Show all {hits.length} results
            </li>
          )}
        </ul>
        {searcher && hits.length === 0 && (
          <p className="search-empty" role="status">
            No matches for “{query.trim()}”.
          </p>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {showList ? countText(hits.length, shown.length) : ''}
      </p>
    </div>
  );
});

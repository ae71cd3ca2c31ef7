// Offline full-text search over lesson sections and glossary terms (MiniSearch, built once on first
// use): prefix and fuzzy matching as the reader types. A glossary term the query names exactly comes first;
// the other hits mix lesson sections with glossary terms, so a common word ("cell") that many short glossary
// terms carry in their names still shows the lesson sections that explain it.
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { glossary, type SearchSection } from '../data/content';
import type { Route } from '../state/route';

export interface SearchDoc {
  id: string;
  kind: 'lesson' | 'glossary';
  title: string;
  context: string;
  text: string;
  /** Other names (glossary aliases): found by search, not shown in snippets. */
  keywords: string;
  /** Every name a glossary term goes by, normalised (see `sameName`): a query equal to one is an exact hit. */
  names: readonly string[];
  route: Route;
}

export interface SearchHit {
  id: string;
  kind: SearchDoc['kind'];
  title: string;
  context: string;
  snippet: string;
  route: Route;
}

/** Every hit for a query, best first (or the first `limit`). */
export type Searcher = (query: string, limit?: number) => SearchHit[];

/**
 * Prefix matching for any word of three letters or more and for the word being typed (two letters or more) —
 * never for a lone letter, so "t cell" does not match every word starting with "t". Fuzzy matching (one typo)
 * only from five letters on, so "cell" does not find "well" or "tell".
 */
const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, keywords: 2, context: 0.5 },
  prefix: (term, i, terms) => term.length >= 3 || (i === terms.length - 1 && term.length >= 2),
  fuzzy: (term) => (term.length >= 5 ? 0.15 : false),
  combineWith: 'AND',
};

/** Builds the index over lesson sections and the glossary; returns the search function. */
export function createSearcher(searchSections: readonly SearchSection[]): Searcher {
  const docsById = new Map<string, SearchDoc>();
  const index = buildIndex(searchSections, docsById);
  return (query, limit = Infinity) => {
    const q = query.trim();
    if (q.length < 2) return [];
    let results: SearchResult[] = index.search(q);
    if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
    const name = normaliseName(q);
    const ranked = results.map((r) => {
      const doc = docsById.get(String(r.id))!;
      return { doc, kind: doc.kind, score: r.score, exact: doc.names.includes(name) };
    });
    return mixKinds(ranked)
      .slice(0, limit)
      .map(({ doc }) => ({ id: doc.id, kind: doc.kind, title: doc.title, context: doc.context, snippet: snippetFor(doc.text, q), route: doc.route }));
  };
}

/** A hit as ranked: its kind, its score from the index and whether the query names it exactly. */
export interface RankedHit {
  kind: SearchDoc['kind'];
  score: number;
  exact: boolean;
}

/**
 * The order results are shown in. Exact hits (a glossary term the query names) come first, best first. The rest
 * alternate between lesson sections and glossary terms, each kind in its own score order, starting with the kind
 * whose best hit scores higher. A kind gives up its turn when its best remaining hit scores less than `floor`
 * times the best remaining hit of either kind — a passing mention is not promoted over a strong match.
 */
export function mixKinds<T extends RankedHit>(hits: readonly T[], floor = 0.25): T[] {
  const byScore = (a: T, b: T) => b.score - a.score;
  const out = hits.filter((h) => h.exact).sort(byScore);
  const queues: Record<SearchDoc['kind'], T[]> = {
    lesson: hits.filter((h) => !h.exact && h.kind === 'lesson').sort(byScore),
    glossary: hits.filter((h) => !h.exact && h.kind === 'glossary').sort(byScore),
  };
  let last: SearchDoc['kind'] | null = null;
  for (;;) {
    const lesson = queues.lesson[0];
    const term = queues.glossary[0];
    if (!lesson && !term) return out;
    const best: SearchDoc['kind'] = !term || (lesson && lesson.score > term.score) ? 'lesson' : 'glossary';
    const turn: SearchDoc['kind'] = last === null ? best : last === 'lesson' ? 'glossary' : 'lesson';
    const head: T | undefined = queues[turn][0];
    const next: SearchDoc['kind'] = head && head.score >= floor * queues[best][0]!.score ? turn : best;
    out.push(queues[next].shift()!);
    last = next;
  }
}

/** A name as compared with a query: lower case, hyphens, dashes and runs of space as one space. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}

/** Every name of a glossary term: the term, the term without its bracketed abbreviation, the abbreviation, aliases. */
function namesOf(term: string, aliases: readonly string[]): string[] {
  const bracketed = /^(.*?)\s*\(([^)]+)\)$/.exec(term);
  const names = [term, ...(bracketed ? [bracketed[1]!, bracketed[2]!] : []), ...aliases];
  return [...new Set(names.map(normaliseName))];
}

function buildIndex(searchSections: readonly SearchSection[], docsById: Map<string, SearchDoc>): MiniSearch<SearchDoc> {
  const docs: SearchDoc[] = [
    ...searchSections.map((s) => ({
      id: `lesson:${s.id}`,
      kind: 'lesson' as const,
      title: s.heading,
      context: s.lessonTitle,
      text: s.text,
      keywords: '',
      names: [],
      route: { name: 'lesson', slug: s.slug, ...(s.anchor ? { anchor: s.anchor } : {}) } as Route,
    })),
    ...glossary.map((g) => ({
      id: `glossary:${g.id}`,
      kind: 'glossary' as const,
      title: g.term,
      context: 'Glossary',
      text: g.definition,
      keywords: g.aliases.join(' '),
      names: namesOf(g.term, g.aliases),
      route: { name: 'glossary', termId: g.id } as Route,
    })),
  ];
  const mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'keywords', 'text', 'context'],
    storeFields: ['id'],
    searchOptions: SEARCH_OPTIONS,
  });
  mini.addAll(docs);
  for (const d of docs) docsById.set(d.id, d);
  return mini;
}

/**
 * A short excerpt of `text` around the first query word found, for the results list. Short text is shown whole.
 * Otherwise the excerpt begins at the start of the sentence holding the match when that is close enough, else at
 * a word, and ends with a whole sentence when one ends well past the match, else at a word marked "…": it never
 * cuts a word in two.
 */
export function snippetFor(text: string, query: string, width = 140): string {
  if (text.length <= width) return text.trim();
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const lower = text.toLowerCase();
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  // A third of the width before the match, but never so late that the window would run past the end.
  let start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
  if (start > 0) {
    const before = text.slice(start, at);
    const sentence = [...before.matchAll(/[.!?]\s+/g)].at(-1);
    const firstSpace = before.search(/\s/);
    if (sentence) start += sentence.index + sentence[0].length;
    else if (firstSpace >= 0) start += firstSpace + 1;
    else start = lastSpace(text, start) + 1; // one long word up to the match: begin at its start
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const sentenceEnd = [...text.slice(start, end).matchAll(/[.!?](?=\s)/g)].at(-1);
    if (sentenceEnd && start + sentenceEnd.index > at && sentenceEnd.index >= width / 2) end = start + sentenceEnd.index + 1;
    else {
      const space = lastSpace(text, end);
      end = space > at ? space : nextSpace(text, end);
    }
  }
  const slice = text.slice(start, end).trim();
  const cutInSentence = end < text.length && !/[.!?]$/.test(slice);
  return `${start > 0 ? '…' : ''}${slice}${cutInSentence ? '…' : ''}`;
}

/** Index of the last whitespace before `index` (−1 when there is none). */
function lastSpace(text: string, index: number): number {
  return text.slice(0, index).search(/\s\S*$/);
}

/** Index of the first whitespace at or after `index` (the text's length when there is none). */
function nextSpace(text: string, index: number): number {
  const found = text.slice(index).search(/\s/);
  return found < 0 ? text.length : index + found;
}

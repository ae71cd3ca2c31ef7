// Offline full-text search over lesson sections and glossary terms (MiniSearch, built once on first
// use): prefix and fuzzy matching as the reader types, exact title and term matches ranked first.
import MiniSearch, { type SearchResult } from 'minisearch';
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

export type Searcher = (query: string, limit?: number) => SearchHit[];

/** Builds the index over lesson sections and the glossary; returns the search function. */
export function createSearcher(searchSections: readonly SearchSection[]): Searcher {
  const docsById = new Map<string, SearchDoc>();
  const index = buildIndex(searchSections, docsById);
  return (query, limit = 8) => {
    const q = query.trim();
    if (q.length < 2) return [];
    let results: SearchResult[] = index.search(q);
    if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
    return results.slice(0, limit).map((r) => {
      const doc = docsById.get(String(r.id))!;
      return { id: doc.id, kind: doc.kind, title: doc.title, context: doc.context, snippet: snippetFor(doc.text, q), route: doc.route };
    });
  };
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
      route: { name: 'lesson', slug: s.slug, ...(s.anchor ? { anchor: s.anchor } : {}) } as Route,
    })),
    ...glossary.map((g) => ({
      id: `glossary:${g.id}`,
      kind: 'glossary' as const,
      title: g.term,
      context: 'Glossary',
      text: g.definition,
      keywords: g.aliases.join(' '),
      route: { name: 'glossary', termId: g.id } as Route,
    })),
  ];
  const mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'keywords', 'text', 'context'],
    storeFields: ['id'],
    searchOptions: { boost: { title: 3, keywords: 2, context: 0.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
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

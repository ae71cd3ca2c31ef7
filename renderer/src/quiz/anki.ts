// The written questions as a CSV file Anki imports (File → Import): front (the stem and its options), back (the
// answer, why, the other options' explanations, the sources) and tags (lesson, topics, difficulty). Model-computed
// questions and cases are left out: their point is new numbers or branches at every review, which Anki cannot do.
import { csvFormatRows } from 'd3-dsv';
import type { QuizItem } from '../data/content';
import { referencesByKey } from '../data/content';
import { Rng } from './templates/template';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sourceName(key: string): string {
  const ref = referencesByKey.get(key);
  return ref ? `${ref.authors.split(',')[0]!.trim()} ${ref.year}` : key;
}

/** A fixed seed from the item's id (FNV-1a), so an export always orders an item's options the same way. */
function idSeed(id: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < id.length; k += 1) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193) >>> 0;
  return hash;
}

/**
 * One item as [front, back, tags]. Anki shows a card the same way every time, so the options are shuffled once, by
 * a seed from the item's id (the same in every export): the right answer's place in the file teaches nothing.
 */
export function ankiRow(source: QuizItem): [string, string, string] {
  const item = { ...source, options: new Rng(idSeed(source.id)).shuffle(source.options) };
  const right = item.options.findIndex((o) => o.correct);
  const front = `${escapeHtml(item.stem)}<br><br>${item.options.map((o, k) => `${LETTERS[k]}. ${escapeHtml(o.text)}`).join('<br>')}`;
  const others = item.options
    .map((o, k) => (k === right ? null : `${LETTERS[k]}. ${escapeHtml(o.explanation)}`))
    .filter((x): x is string => x !== null);
  const back =
    `<b>${LETTERS[right]}. ${escapeHtml(item.options[right]!.text)}</b><br>${escapeHtml(item.options[right]!.explanation)}` +
    `<br><br>${others.join('<br>')}<br><br><small>Sources: ${item.refs.map((k) => escapeHtml(sourceName(k))).join('; ')}. BiTE Atlas, ${escapeHtml(item.id)}.</small>`;
  const tags = ['bite-atlas', `bite-atlas::${item.lesson}`, ...item.tags.map((t) => `bite-atlas::topic::${t}`), `bite-atlas::difficulty::${item.difficulty}`, ...(item.kind === 'vignette' ? ['bite-atlas::vignette'] : [])];
  return [front, back, tags.join(' ')];
}

/** The whole file: Anki's header lines (separator, HTML, note type, deck, which column holds the tags), then one row per item. */
export function ankiCsv(items: readonly QuizItem[]): string {
  return ['#separator:Comma', '#html:true', '#notetype:Basic', '#deck:BiTE Atlas', '#columns:Front,Back,Tags', '#tags column:3', csvFormatRows(items.map(ankiRow))].join('\n') + '\n';
}

// The first-paint HTML of a lesson page: what boot.js shows before the app's JavaScript has loaded. Kept to
// what the first screen needs, because everything in it is parsed, styled and laid out before the first frame.
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Top-level blocks of a lesson body kept in the first paint (about the first two screens). */
const FIRST_PAINT_BLOCKS = 2;

function findByClass(node: Node, className: string): Element | null {
  const el = node as Element;
  if (el.attrs?.some((a) => a.name === 'class' && a.value.split(' ').includes(className))) return el;
  for (const child of (node as Element).childNodes ?? []) {
    const found = findByClass(child, className);
    if (found) return found;
  }
  return null;
}

/**
 * Keeps only the first blocks of the lesson body in the first-paint HTML:
 * the browser lays out a page's first screens, not the whole lesson; the app renders the rest.
 */
export function trimForFirstPaint(html: string, keep = FIRST_PAINT_BLOCKS): string {
  const fragment = parseFragment(html);
  const body = findByClass(fragment as unknown as Node, 'lesson-body');
  if (!body) return html;
  const blocks = body.childNodes.filter((n) => !n.nodeName.startsWith('#'));
  // Everything after the first blocks (the rest of the text, the bibliography, the pager) is below the fold.
  const drop = new Set(blocks.slice(keep));
  body.childNodes = body.childNodes.filter((n) => !drop.has(n));
  // The shortcut help is a closed dialog (with an autofocus button in a form, which makes the browser lay out
  // the page early to check it); the app adds it when it mounts.
  const help = findByClass(fragment as unknown as Node, 'help-overlay');
  if (help?.parentNode) help.parentNode.childNodes = help.parentNode.childNodes.filter((n) => n !== help);
  // Form controls are costly to lay out: the search box is drawn as a look-alike until the app mounts.
  const search = findByClass(fragment as unknown as Node, 'search');
  if (search) {
    search.attrs = [{ name: 'class', value: 'search search-placeholder' }, { name: 'aria-hidden', value: 'true' }];
    const box = parseFragment('<span class="search-placeholder-box">Search  (/)</span>').childNodes[0] as Element;
    box.parentNode = search;
    search.childNodes = [box];
  }
  return serialize(fragment);
}

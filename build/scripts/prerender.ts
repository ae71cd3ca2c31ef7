// Pre-renders every lesson page to static HTML fragments in out/renderer/prerendered/ (part of `npm run
// build`): renderer/public/boot.js shows the fragment for the opened route at first paint, before the
// JavaScript of the app has loaded; React then renders the same page over it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  // The table of contents sits beside the text on wide screens; it comes with the app a moment later.
  const toc = findByClass(fragment as unknown as Node, 'toc');
  if (toc) toc.childNodes = [];
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

const root = resolve(import.meta.dirname, '..', '..');
const started = performance.now();
const build = spawnSync('npx', ['vite', 'build', '--config', 'build/vite.prerender.config.ts'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The SSR bundle reads no browser globals at import time; MutationObserver etc. are only used in effects.
const { prerenderPages } = (await import(pathToFileURL(join(root, 'out/prerender/prerender.mjs')).href)) as typeof import('../../renderer/src/prerender');
const pages = await prerenderPages();
const outDir = join(root, 'out/renderer/prerendered');
mkdirSync(outDir, { recursive: true });
const index: Record<string, string> = {};
for (const page of pages) {
  page.html = trimForFirstPaint(page.html);
  writeFileSync(join(outDir, page.file), page.html);
  index[page.hash] = page.file;
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));

// boot.js gets this build's id (so local copies of old pages are never shown) and a content-hashed name
// (so browsers may cache it for good); index.html is pointed at it.
const buildId = createHash('sha256').update(pages.map((p) => p.html).join('\n')).digest('hex').slice(0, 12);
const renderer = join(root, 'out/renderer');
const bootSource = readFileSync(join(renderer, 'boot.js'), 'utf8');
for (const placeholder of ["'__BUILD_ID__'", "'__LESSON_SLUGS__'"]) {
  if (bootSource.split(placeholder).length !== 2) throw new Error(`prerender: boot.js must contain ${placeholder} exactly once`);
}
const boot = bootSource
  .replace("'__BUILD_ID__'", `'${buildId}'`)
  .replace("'__LESSON_SLUGS__'", `'${pages.map((p) => p.hash.replace('#/lesson/', '')).join(' ')}'`);
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 10)}.js`;
writeFileSync(join(renderer, 'assets', bootName), boot);
rmSync(join(renderer, 'boot.js'));
const html = readFileSync(join(renderer, 'index.html'), 'utf8');
if (!html.includes('src="./boot.js"')) throw new Error('prerender: index.html has no boot.js script to point at the built one');
writeFileSync(join(renderer, 'index.html'), html.replace('src="./boot.js"', `src="./assets/${bootName}"`));
console.log(`prerender: ${pages.length} page(s) in ${Math.round(performance.now() - started)} ms`);

// Pre-renders every lesson page to static HTML fragments in out/renderer/prerendered/ (part of `npm run
// build`): renderer/public/boot.js shows the fragment for the opened route at first paint, before the
// JavaScript of the app has loaded; React then renders the same page over it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RESPONSE_HEADERS_FILE } from '../../electron/common/response-headers.mjs';
import { trimForFirstPaint } from './first-paint';

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
// The first-paint stylesheet (theme + shell, ~12 KB minified) goes inline: one render-blocking request fewer before
// the first frame. The CSP allows inline styles, never inline scripts.
const stylesheet = /<link rel="stylesheet"[^>]*href="\.\/(assets\/index-[^"]+\.css)"[^>]*>/.exec(html);
if (!stylesheet) throw new Error('prerender: index.html has no first-paint stylesheet to inline');
const css = readFileSync(join(renderer, stylesheet[1]!), 'utf8');
if (/<\/style/i.test(css)) throw new Error('prerender: the first-paint stylesheet contains "</style" and cannot be inlined');
// Relative url()s would resolve against the page instead of assets/ once inlined.
if (/url\(/i.test(css)) throw new Error('prerender: the first-paint stylesheet refers to a url(); move that rule to app-later.css or inline the asset');
// boot.js stays first in <head> (measured: placed after the app's module script it runs ~20 ms later).
const bootTag = '<script src="./boot.js"></script>';
if (html.split(bootTag).length !== 2) throw new Error(`prerender: index.html must contain ${bootTag} exactly once`);
writeFileSync(
  join(renderer, 'index.html'),
  html.replace(stylesheet[0], () => `<style data-first-paint>${css}</style>`).replace(bootTag, `<script src="./assets/${bootName}"></script>`),
);
// Servers that honour it (build/scripts/static-server.mjs, the app:// protocol in electron/main/protocol.ts) send
// these headers with the file: a Link preload lets the browser fetch boot.js while the page itself is still
// arriving, instead of only when the parser reaches it.
const responseHeaders: Record<string, Record<string, string>> = {
  '/index.html': { link: `<./assets/${bootName}>; rel=preload; as=script` },
};
writeFileSync(join(renderer, RESPONSE_HEADERS_FILE), JSON.stringify(responseHeaders, null, 1));
console.log(`prerender: ${pages.length} page(s) in ${Math.round(performance.now() - started)} ms`);

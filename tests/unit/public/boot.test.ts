// @vitest-environment happy-dom
// renderer/public/boot.js runs in <head>, before the parser has created #root: it must apply the saved
// display settings at once and put this build's local copy of the opened lesson into #root as soon as
// the parser inserts it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const source = readFileSync(resolve(import.meta.dirname, '../../../renderer/public/boot.js'), 'utf8')
  .replace("'__BUILD_ID__'", "'build1'")
  .replace("'__LESSON_SLUGS__'", "'what-a-bite-is immune-synapse'");

type BootWindow = Window & { __atlasBoot?: Promise<unknown>; __atlasMounted?: boolean };

function runBoot(hash: string) {
  window.location.hash = hash;
  // eslint-disable-next-line no-restricted-syntax -- runs the classic boot script in the test DOM (the renderer itself never evaluates strings)
  new Function(source)();
}

/** Boots on lesson 1 with this build's local copy of it, then lets the parser insert #root. */
function bootWithLocalCopy(): HTMLElement {
  localStorage.setItem('atlas:prerender:build1:what-a-bite-is', '<h1 id="lesson-title">What a BiTE is</h1>');
  runBoot('#/lesson/what-a-bite-is');
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return root;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-theme');
  localStorage.clear();
  performance.clearMarks();
  delete (window as BootWindow).__atlasBoot;
  delete (window as BootWindow).__atlasMounted;
});
afterEach(() => vi.unstubAllGlobals());

describe('boot.js', () => {
  it('applies the saved theme and text size before anything is drawn', () => {
    localStorage.setItem('atlas:display', JSON.stringify({ theme: 'projector', textSize: 'large', textScale: 1.25 }));
    runBoot('#/');
    expect(document.documentElement.dataset.theme).toBe('projector');
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.25');
  });

  it('ignores unreadable saved settings', () => {
    localStorage.setItem('atlas:display', '{not json');
    expect(() => runBoot('#/')).not.toThrow();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('fills #root from the local copy the moment the parser inserts it', async () => {
    const root = bootWithLocalCopy();
    await flush();
    expect(root.innerHTML).toBe('<h1 id="lesson-title">What a BiTE is</h1>');
    await expect((window as BootWindow).__atlasBoot).resolves.toBeUndefined();
  });

  it('fills #root when DOMContentLoaded comes in the same task as #root, before the observer has reported', async () => {
    const root = bootWithLocalCopy();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(root.innerHTML).toBe('<h1 id="lesson-title">What a BiTE is</h1>');
    await flush();
    expect(performance.getEntriesByName('atlas:prerendered-shown')).toHaveLength(1); // shown once, not twice
  });

  it('fetches the page when this build has no local copy, keeps it, and drops other builds’ copies', async () => {
    localStorage.setItem('atlas:prerender:old:what-a-bite-is', '<p>stale</p>');
    const fetchMock = vi.fn(async () => new Response('<p>fresh</p>'));
    vi.stubGlobal('fetch', fetchMock);
    document.body.innerHTML = '<div id="root"></div>';
    runBoot('#/lesson/what-a-bite-is');
    await (window as BootWindow).__atlasBoot;
    expect(fetchMock).toHaveBeenCalledWith('./prerendered/lesson-what-a-bite-is.html');
    expect(document.getElementById('root')!.innerHTML).toBe('<p>fresh</p>');
    expect(localStorage.getItem('atlas:prerender:build1:what-a-bite-is')).toBe('<p>fresh</p>');
    expect(localStorage.getItem('atlas:prerender:old:what-a-bite-is')).toBeNull();
  });

  it('never writes over the app once it has mounted', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<p>late</p>')));
    document.body.innerHTML = '<div id="root"></div>';
    runBoot('#/lesson/immune-synapse');
    (window as BootWindow).__atlasMounted = true;
    await (window as BootWindow).__atlasBoot;
    expect(document.getElementById('root')!.innerHTML).toBe('');
  });

  it('does nothing for pages that are not lessons of this build', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    runBoot('#/lesson/not-a-lesson');
    runBoot('#/glossary');
    expect(fetchMock).not.toHaveBeenCalled();
    expect((window as BootWindow).__atlasBoot).toBeUndefined();
  });
});

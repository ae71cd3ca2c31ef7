// User stories for the sandboxed preload: the page gets `window.atlas` with one function per operation,
// each invoking its contract channel; ipcRenderer itself is never handed over, and nothing heavy is imported.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { AtlasApi } from '../../../../electron/common/api';
import { CHANNELS, EVENTS } from '../../../../electron/common/channels';

vi.mock('electron', () => import('../helpers/fake-electron'));

const electron = await import('../helpers/fake-electron');
await import('../../../../electron/preload/index');

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const [exposedName, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, AtlasApi];

describe('the page of the desktop atlas', () => {
  it('gets exactly one object, window.atlas, with the API functions and the desktop edition', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(exposedName).toBe('atlas');
    expect(exposed.edition).toBe('desktop');
    expect(Object.keys(exposed).sort()).toEqual(
      [
        'appInfo',
        'edition',
        'getProgress',
        'getSettings',
        'onOpenLink',
        'onSettingsChanged',
        'openExternal',
        'setSettings',
        'updateLessonProgress',
        'getReviews',
        'appendReviews',
        'importReviews',
        'onReviewsChanged',
        'saveTextFile',
        'openPresenter',
        'sendMirror',
        'onMirror',
        'saveHandoutPdf',
      ].sort(),
    );
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('never receives ipcRenderer or any generic send/invoke', () => {
    const values = Object.values(exposed);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) expect(exposed).not.toHaveProperty(name);
  });

  it('calls one contract channel per operation, passing only its own argument', async () => {
    const calls: [keyof AtlasApi, unknown[], string][] = [
      ['appInfo', [], CHANNELS.appInfo],
      ['getSettings', [], CHANNELS.getSettings],
      ['setSettings', [{ theme: 'dark' }], CHANNELS.setSettings],
      ['getProgress', [], CHANNELS.getProgress],
      ['updateLessonProgress', [{ slug: 'what-a-bite-is', readFraction: 0.3 }], CHANNELS.updateLessonProgress],
      ['openExternal', ['https://doi.org/10.2147/OTT.S60862'], CHANNELS.openExternal],
      ['getReviews', [], CHANNELS.getReviews],
      ['appendReviews', [[{ type: 'flag', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'bank:x' }]], CHANNELS.appendReviews],
      ['importReviews', [[]], CHANNELS.importReviews],
      ['saveTextFile', [{ suggestedName: 'reviews.json', text: '{}', kind: 'json' }], CHANNELS.saveTextFile],
      ['openPresenter', ['#/lesson/serial-lysis'], CHANNELS.openPresenter],
      ['sendMirror', [{ kind: 'hello', from: 'abc123', seq: 0, role: 'audience' }], CHANNELS.sendMirror],
      ['saveHandoutPdf', [{ suggestedName: 'bite-atlas-lesson-4-cns-toxicity-and-crs.pdf' }], CHANNELS.saveHandoutPdf],
    ];
    for (const [method, args, channel] of calls) {
      electron.ipcRenderer.invoke.mockClear();
      await (exposed[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      expect(electron.ipcRenderer.invoke, method).toHaveBeenCalledExactlyOnceWith(channel, ...args);
    }
  });
});

describe('push events from the main process', () => {
  it('reach each listener with the payload only (never the IPC event, whose sender is ipcRenderer) until it unsubscribes', () => {
    const received: unknown[][] = [];
    const stop = exposed.onSettingsChanged((...args: unknown[]) => received.push(args));
    const settings = { theme: 'dark', textScale: 1, reducedMotion: 'system' };
    electron.ipcRenderer.emitFromMain(EVENTS.settingsChanged, settings);
    stop();
    electron.ipcRenderer.emitFromMain(EVENTS.settingsChanged, { ...settings, theme: 'light' });
    expect(received).toEqual([[settings]]);
  });

  it('keep a link that arrives before the page listens, for the first listener only', () => {
    electron.ipcRenderer.emitFromMain(EVENTS.openLink, '#/lesson/serial-lysis');
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = exposed.onOpenLink((route) => first.push(route));
    exposed.onOpenLink((route) => second.push(route));
    electron.ipcRenderer.emitFromMain(EVENTS.openLink, '#/glossary/scfv');
    stopFirst();
    expect(first).toEqual(['#/lesson/serial-lysis', '#/glossary/scfv']);
    expect(second).toEqual(['#/glossary/scfv']);
  });

  it('a settings change nobody listened to is not replayed later', () => {
    electron.ipcRenderer.emitFromMain(EVENTS.settingsChanged, { theme: 'dark', textScale: 1, reducedMotion: 'system' });
    const late: unknown[] = [];
    exposed.onSettingsChanged((settings) => late.push(settings));
    expect(late).toEqual([]);
  });

  it('refuse a listener that is not a function', () => {
    expect(() => exposed.onOpenLink('alert(1)' as never)).toThrow(TypeError);
  });
});

describe('the preload source', () => {
  /** Follows the preload's value imports transitively and returns every module specifier it loads at run time. */
  function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) {
        const next = resolve(dirname(file), `${specifier}.ts`);
        if (!seen.has(next)) {
          seen.add(next);
          runtimeImports(next, seen);
        }
      } else {
        seen.add(specifier);
      }
    }
    return seen;
  }

  it('loads nothing at run time but electron and the channel-name constants (no zod)', () => {
    const loaded = [...runtimeImports(join(repoRoot, 'electron/preload/index.ts'))].map((entry) =>
      entry.startsWith('/') ? entry.slice(repoRoot.length + 1).replaceAll('\\', '/') : entry,
    );
    expect(loaded.sort()).toEqual(['electron', 'electron/common/channels.ts']);
  });
});

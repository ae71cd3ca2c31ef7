// User stories for the IPC domains as registered in the app: every contract channel has exactly one
// handler, calls reach the injected stores, and only allow-listed links reach the system browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../../../../electron/common/ipc';

vi.mock('electron', () => import('../../helpers/fake-electron'));

const electron = await import('../../helpers/fake-electron');
const { registerIpcHandlers } = await import('../../../../../electron/main/ipc');

const fromApp = electron.invokeEvent('app://atlas/index.html');
const call = (channel: string, ...args: unknown[]): Promise<unknown> =>
  Promise.resolve(electron.ipcMain.handlers.get(channel)?.(fromApp, ...args));

const settings = {
  get: vi.fn(async () => ({ value: { theme: 'system' as const, textScale: 1, reducedMotion: 'system' as const, retention: 0.9 } })),
  set: vi.fn(async () => ({ theme: 'dark' as const, textScale: 1.25, reducedMotion: 'reduce' as const, retention: 0.9 })),
};
const progress = {
  get: vi.fn(async () => ({ value: { version: 1 as const, lessons: {} } })),
  update: vi.fn(async () => ({ version: 1 as const, lessons: {} })),
};
const reviews = {
  get: vi.fn(async () => ({ value: { version: 1 as const, events: [] } })),
  append: vi.fn(async () => ({ count: 1 })),
  import: vi.fn(async () => ({ added: 1, duplicates: 0, conflicts: 0, count: 1 })),
};

const presenter = { open: vi.fn(async (_route: string) => true) };

beforeEach(() => {
  electron.ipcMain.handlers.clear();
  electron.shell.openExternal.mockClear();
  vi.clearAllMocks();
  registerIpcHandlers({ settings, progress, reviews, presenter });
});

describe('the registered IPC surface', () => {
  it('covers exactly the channels of the contract', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('routes settings and progress calls to the stores', async () => {
    await call('atlas:settings-set', { theme: 'dark', textScale: 1.25, reducedMotion: 'reduce' });
    expect(settings.set).toHaveBeenCalledWith({ theme: 'dark', textScale: 1.25, reducedMotion: 'reduce' });
    await call('atlas:progress-update', { slug: 'what-a-bite-is', readFraction: 0.4 });
    expect(progress.update).toHaveBeenCalledWith({ slug: 'what-a-bite-is', readFraction: 0.4 });
    expect(await call('atlas:settings-get')).toEqual(await settings.get());
  });

  it('routes review-log calls to the review store, with the validated events', async () => {
    const flag = { type: 'flag', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'tpl:il6-peak-time' };
    expect(await call('atlas:reviews-append', [flag])).toEqual({ count: 1 });
    expect(reviews.append).toHaveBeenCalledExactlyOnceWith([flag]);
    expect(await call('atlas:reviews-import', [flag])).toMatchObject({ added: 1 });
    expect(await call('atlas:reviews-get')).toEqual(await reviews.get());
  });

  it('refuses review events that are not valid, before the store sees them', async () => {
    const review = { type: 'review', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'bank:crs-grade-2', rating: 3, correct: true, ms: 4000, mode: 'review' };
    for (const bad of [{ ...review, rating: 5 }, { ...review, card: '../etc' }, { ...review, ms: -1 }, { ...review, at: 1764000000 }, { ...review, extra: 'x' }, { ...review, type: 'delete' }]) {
      await expect(call('atlas:reviews-append', [bad])).rejects.toThrow(/invalid arguments/);
    }
    await expect(call('atlas:reviews-append', review)).rejects.toThrow(/invalid arguments/);
    await expect(call('atlas:reviews-import')).rejects.toThrow(/invalid arguments/);
    expect(reviews.append).not.toHaveBeenCalled();
    expect(reviews.import).not.toHaveBeenCalled();
  });

  it('accepts progress only for lessons of this build', async () => {
    await expect(call('atlas:progress-update', { slug: 'not-a-lesson', readFraction: 0.4 })).rejects.toThrow(/not a lesson of this build/);
    await expect(call('atlas:progress-update', { slug: '../../etc', readFraction: 0.4 })).rejects.toThrow(/invalid arguments/);
    expect(progress.update).not.toHaveBeenCalledWith(expect.objectContaining({ slug: 'not-a-lesson' }));
  });

  it('describes the desktop app', async () => {
    expect(await call('atlas:app-info')).toMatchObject({ edition: 'desktop', version: '0.1.0', platform: process.platform });
  });
});

describe('opening a reference link from the renderer', () => {
  it('opens an allow-listed https link in the system browser', async () => {
    expect(await call('atlas:open-external', 'https://doi.org/10.1016/S1470-2045(14)71170-2')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://doi.org/10.1016/S1470-2045(14)71170-2');
  });

  it('refuses any other link and opens nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await call('atlas:open-external', 'https://evil.example/')).toBe(false);
    expect(await call('atlas:open-external', 'http://doi.org/x')).toBe(false);
    await expect(call('atlas:open-external', 'javascript:alert(1)')).resolves.toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

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

beforeEach(() => {
  electron.ipcMain.handlers.clear();
  electron.shell.openExternal.mockClear();
  registerIpcHandlers({ settings, progress });
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

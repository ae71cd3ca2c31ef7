// User stories for the one validating IPC wrapper: a handler runs only for a contract channel, called
// from the app's own main frame, with arguments that parse; otherwise a clear error and no handler call.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../helpers/fake-electron'));

const electron = await import('../../helpers/fake-electron');
const { IpcRejectedError, handle, isContractChannel } = await import('../../../../../electron/main/ipc/handle');

const APP_PAGE = 'app://atlas/index.html';

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const registered = electron.ipcMain.handlers.get(channel);
  if (!registered) throw new Error(`nothing registered on ${channel}`);
  return Promise.resolve(registered(event, ...args));
}

beforeEach(() => {
  electron.ipcMain.handlers.clear();
});

describe('a valid call from the atlas window', () => {
  it('reaches the handler with the parsed arguments and returns its result', async () => {
    const handler = vi.fn(async (patch: unknown) => ({ theme: 'dark', textScale: 1, reducedMotion: 'system', echoed: patch }));
    handle('atlas:settings-set', handler as never);
    const result = await invoke('atlas:settings-set', electron.invokeEvent(APP_PAGE), { theme: 'dark' });
    expect(handler).toHaveBeenCalledExactlyOnceWith({ theme: 'dark' });
    expect(result).toMatchObject({ theme: 'dark' });
  });

  it('works for a channel without arguments, from any page of the app', async () => {
    const handler = vi.fn(() => true);
    handle('atlas:app-info', handler as never);
    await invoke('atlas:app-info', electron.invokeEvent('app://atlas/index.html#/lessons/what-a-bite-is'));
    expect(handler).toHaveBeenCalledOnce();
  });
});

describe('an invalid payload', () => {
  it.each([
    ['a wrong type', 'atlas:settings-set', [{ theme: 'purple' }]],
    ['an unknown field', 'atlas:settings-set', [{ theme: 'dark', nodeIntegration: true }]],
    ['a missing argument', 'atlas:progress-update', []],
    ['an extra argument', 'atlas:progress-get', ['surprise']],
    ['a slug with a path in it', 'atlas:progress-update', [{ slug: '../../etc', readFraction: 0.5 }]],
    ['a fraction above 1', 'atlas:progress-update', [{ slug: 'what-a-bite-is', readFraction: 7 }]],
    ['not a URL', 'atlas:open-external', ['javascript alert(1)']],
    ['a number for a URL', 'atlas:open-external', [42]],
    ['review events that are not a list', 'atlas:reviews-append', [{ type: 'flag', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'bank:x' }]],
    ['a review with an unknown card kind', 'atlas:reviews-append', [[{ type: 'flag', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'file:x' }]]],
    ['an import with an event of unknown type', 'atlas:reviews-import', [[{ type: 'erase', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000 }]]],
  ] as const)('with %s is rejected before the handler runs', async (_story, channel, args) => {
    const handler = vi.fn();
    handle(channel, handler as never);
    await expect(invoke(channel, electron.invokeEvent(APP_PAGE), ...args)).rejects.toThrow(
      new RegExp(`IPC call to "${channel}" rejected: invalid arguments`),
    );
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('an untrusted sender', () => {
  it.each([
    ['a sub-frame of the app', electron.invokeEvent(APP_PAGE, { url: APP_PAGE, parent: null }), 'sub-frame'],
    ['a foreign https origin', electron.invokeEvent('https://example.com/'), 'origin is not app://atlas'],
    ['a file:// page', electron.invokeEvent('file:///tmp/evil.html'), 'origin is not app://atlas'],
    ['another app:// host', electron.invokeEvent('app://evil/index.html'), 'origin is not app://atlas'],
    ['a frame that is gone', { senderFrame: null }, 'frame is gone'],
  ] as const)('(%s) is rejected and the handler is not called', async (_story, event, reason) => {
    const handler = vi.fn();
    handle('atlas:settings-get', handler as never);
    await expect(invoke('atlas:settings-get', event)).rejects.toThrow(reason);
    expect(handler).not.toHaveBeenCalled();
  });

  it('cannot append to or import into the review log', async () => {
    const append = vi.fn();
    const importer = vi.fn();
    handle('atlas:reviews-append', append as never);
    handle('atlas:reviews-import', importer as never);
    const flag = [{ type: 'flag', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'bank:x' }];
    await expect(invoke('atlas:reviews-append', electron.invokeEvent('https://example.com/'), flag)).rejects.toThrow('origin is not app://atlas');
    await expect(invoke('atlas:reviews-import', electron.invokeEvent(APP_PAGE, { url: APP_PAGE, parent: null }), flag)).rejects.toThrow('sub-frame');
    expect(append).not.toHaveBeenCalled();
    expect(importer).not.toHaveBeenCalled();
  });
});

describe('a channel outside the contract', () => {
  it('cannot be registered', () => {
    const handler = vi.fn();
    expect(() => handle('atlas:run-shell' as never, handler as never)).toThrow(IpcRejectedError);
    expect(() => handle('__proto__' as never, handler as never)).toThrow('not part of the IPC contract');
    expect(electron.ipcMain.handle).not.toHaveBeenCalledWith('atlas:run-shell', expect.anything());
    expect(isContractChannel('toString')).toBe(false);
    expect(isContractChannel('atlas:settings-get')).toBe(true);
  });
});

// User stories for the app's start-up sequence (electron mocked): one instance only, the app:// scheme
// registered before ready, then security, protocol, menu, IPC and the window — in that order.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../helpers/fake-electron'));

/** Whether the built renderer (out/renderer/index.html) "exists" for the app under test. */
const rendererBuilt = vi.hoisted(() => ({ value: true }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    existsSync: (path: string) => (/renderer[\\/]index\.html$/.test(String(path)) ? rendererBuilt.value : actual.existsSync(path)),
  };
});

const electron = await import('../helpers/fake-electron');
const userData = mkdtempSync(join(tmpdir(), 'atlas-main-'));
vi.stubEnv('ATLAS_USER_DATA_DIR', userData);

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('starting the desktop atlas', () => {
  it('takes the single-instance lock and registers app:// before the app is ready', async () => {
    await import('../../../../electron/main/index');
    expect(electron.app.setName).toHaveBeenCalledWith('BiTE Atlas');
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', userData);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('once ready, locks the session down, serves app://, installs menu and IPC, then opens the window', async () => {
    electron.app.becomeReady();
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const session = electron.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect([...electron.ipcMain.handlers.keys()]).toContain('atlas:settings-get');
    const window = electron.BrowserWindow.instances[0];
    expect(window.loadURL).toHaveBeenCalledWith('app://atlas/index.html');
    expect((window.options.webPreferences as { preload: string }).preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('focuses the existing window when a second instance is started', () => {
    const window = electron.BrowserWindow.instances[0];
    window.isMinimized.mockReturnValue(true);
    electron.app.emit('second-instance', {}, ['bite-atlas'], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('opens a link given to a second instance in the running window (forwarded as lock data or in argv)', () => {
    const window = electron.BrowserWindow.instances[0];
    electron.app.emit('second-instance', {}, ['bite-atlas', '--flag'], '/', { link: 'bite-atlas://lesson/serial-lysis' });
    electron.app.emit('second-instance', {}, ['bite-atlas', 'bite-atlas://open/#/glossary/scfv'], '/', {});
    expect(window.webContents.sent).toEqual([
      ['atlas:open-link', '#/lesson/serial-lysis'],
      ['atlas:open-link', '#/glossary/scfv'],
    ]);
  });

  it('opens a macOS open-url link in the running window', () => {
    const window = electron.BrowserWindow.instances[0];
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-url', event, 'bite-atlas://lesson/immune-synapse');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.sent.at(-1)).toEqual(['atlas:open-link', '#/lesson/immune-synapse']);
  });

  it('tells every window when the settings change', async () => {
    const window = electron.BrowserWindow.instances[0];
    await electron.ipcMain.handlers.get('atlas:settings-set')?.(electron.invokeEvent('app://atlas/index.html'), { theme: 'projector' });
    expect(window.webContents.sent.at(-1)).toEqual(['atlas:settings-changed', expect.objectContaining({ theme: 'projector' })]);
  });

  it('keeps reviews in userData and tells every window what was added', async () => {
    const window = electron.BrowserWindow.instances[0];
    const flag = { type: 'flag', id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'tpl:il6-peak-time' };
    expect(await electron.ipcMain.handlers.get('atlas:reviews-append')?.(electron.invokeEvent('app://atlas/index.html'), [flag])).toEqual({ count: 1 });
    expect(window.webContents.sent.at(-1)).toEqual(['atlas:reviews-changed', { count: 1, events: [flag] }]);
    expect(JSON.parse(readFileSync(join(userData, 'reviews.json'), 'utf8')).data.events).toEqual([flag]);
  });

  it('does not take over the bite-atlas:// scheme from an installed atlas when run from the source tree', () => {
    expect(electron.app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
  });
});

describe('an installed atlas started by a bite-atlas:// link', () => {
  it('registers the scheme, passes the link on as lock data, and opens its window at that route', async () => {
    vi.resetModules();
    const current = (await import('electron')) as unknown as typeof electron;
    current.app.isPackaged = true;
    current.app.ready = false;
    current.app.requestSingleInstanceLock.mockClear();
    current.ipcMain.handlers.clear();
    const argv = process.argv;
    process.argv = ['/opt/BiTE Atlas/bite-atlas', 'bite-atlas://open/#/lesson/clinical-evidence'];
    try {
      const windowsBefore = current.BrowserWindow.instances.length;
      await import('../../../../electron/main/index');
      expect(current.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('bite-atlas');
      expect(current.app.requestSingleInstanceLock).toHaveBeenCalledWith({ link: 'bite-atlas://open/#/lesson/clinical-evidence' });
      current.app.becomeReady();
      await vi.waitFor(() => expect(current.BrowserWindow.instances).toHaveLength(windowsBefore + 1));
      expect(current.BrowserWindow.instances.at(-1)!.loadURL).toHaveBeenCalledWith('app://atlas/index.html#/lesson/clinical-evidence');
    } finally {
      process.argv = argv;
      current.app.isPackaged = false;
    }
  });

  it('as a second instance quits at once, leaving the link to the running one', async () => {
    vi.resetModules();
    const current = (await import('electron')) as unknown as typeof electron;
    current.app.gotLock = false;
    current.app.quit.mockClear();
    const windowsBefore = current.BrowserWindow.instances.length;
    try {
      await import('../../../../electron/main/index');
      expect(current.app.quit).toHaveBeenCalledOnce();
      current.app.becomeReady();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(current.BrowserWindow.instances).toHaveLength(windowsBefore);
    } finally {
      current.app.gotLock = true;
    }
  });
});

describe('starting without a built renderer', () => {
  it('says to run the build and exits with an error instead of showing a blank window', async () => {
    vi.resetModules();
    rendererBuilt.value = false;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The same (mocked) electron module the fresh copy of the main process will see.
    const current = (await import('electron')) as unknown as typeof electron;
    const windowsBefore = current.BrowserWindow.instances.length;
    await import('../../../../electron/main/index');
    current.app.becomeReady();
    await vi.waitFor(() => expect(current.app.exit).toHaveBeenCalledWith(1));
    expect(String(errors.mock.calls[0]?.[1])).toContain('npm run build');
    // Said in a dialog, not only on a console nobody sees.
    expect(current.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('BiTE Atlas could not start', expect.stringContaining('npm run build'));
    expect(current.BrowserWindow.instances).toHaveLength(windowsBefore);
  });
});

describe('starting when the settings folder cannot be used', () => {
  it('still opens the window, and the renderer is told that changes will not be saved', async () => {
    vi.resetModules();
    rendererBuilt.value = true;
    const notAFolder = join(userData, 'a-file-not-a-folder');
    writeFileSync(notAFolder, 'in the way');
    vi.stubEnv('ATLAS_USER_DATA_DIR', notAFolder);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const current = (await import('electron')) as unknown as typeof electron;
    current.ipcMain.handlers.clear();
    current.app.exit.mockClear();
    const windowsBefore = current.BrowserWindow.instances.length;
    await import('../../../../electron/main/index');
    current.app.becomeReady();
    await vi.waitFor(() => expect(current.BrowserWindow.instances).toHaveLength(windowsBefore + 1));
    expect(current.app.exit).not.toHaveBeenCalled();
    const loaded = (await current.ipcMain.handlers.get('atlas:settings-get')?.(current.invokeEvent('app://atlas/index.html'))) as { notice?: string };
    expect(loaded.notice).toMatch(/will not be saved/);
  });
});

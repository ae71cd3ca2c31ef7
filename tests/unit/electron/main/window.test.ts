// User stories for the one window factory: every hardened flag is set, the preload is the sandboxed
// CommonJS build, the remembered size/position and theme are used, and the window shows once painted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../helpers/fake-electron'));

const electron = await import('../helpers/fake-electron');
const { THEME_BACKGROUND_COLORS, backgroundColorFor, buildMainWindow, createMainWindow } = await import('../../../../electron/main/window');

/** The options the window was constructed with (the fake BrowserWindow records them). */
const getMainWindowOptions = (...args: Parameters<typeof buildMainWindow>): BrowserWindowConstructorOptions =>
  (buildMainWindow(...args) as unknown as InstanceType<typeof electron.FakeBrowserWindow>).options as BrowserWindowConstructorOptions;
const { MIN_WINDOW_SIZE, WINDOW_STATE_FILE_NAME } = await import('../../../../electron/main/window-state');

const paths = { preload: '/opt/atlas/out/preload/index.cjs' };

describe('the main window options', () => {
  const options = getMainWindowOptions(paths);
  const web = options.webPreferences ?? {};

  it('isolate the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webviewTag).toBe(false);
  });

  it('keep web security on and insecure content, experiments and drag-drop navigation off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.disableBlinkFeatures).toBe('Auxclick');
    expect(web.spellcheck).toBe(false);
    expect(web.autoplayPolicy).toBe('user-gesture-required');
  });

  it('load the sandboxed CommonJS preload', () => {
    expect(web.preload).toBe(paths.preload);
    expect(web.preload).toMatch(/\.cjs$/);
  });

  it('allow developer tools only when asked (development)', () => {
    expect(web.devTools).toBe(false);
    expect(getMainWindowOptions(paths, { allowDevTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('start hidden with a minimum size and the theme background, centred when no position is known', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.widthPx);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.heightPx);
    expect(options.backgroundColor).toBe(THEME_BACKGROUND_COLORS.light);
    expect(options.center).toBe(true);
    expect(options.x).toBeUndefined();
  });

  it('use a remembered position and size', () => {
    const placed = getMainWindowOptions(paths, {
      state: { x: 40, y: 60, width: 1111, height: 777, isMaximized: false, isFullScreen: false },
      backgroundColor: THEME_BACKGROUND_COLORS.dark,
    });
    expect(placed).toMatchObject({ x: 40, y: 60, width: 1111, height: 777, backgroundColor: THEME_BACKGROUND_COLORS.dark });
    expect(placed.center).toBeUndefined();
  });
});

describe('the window background', () => {
  it('matches the chosen theme, and the OS preference for "system"', () => {
    expect(backgroundColorFor('dark', false)).toBe(THEME_BACKGROUND_COLORS.dark);
    expect(backgroundColorFor('projector', true)).toBe(THEME_BACKGROUND_COLORS.projector);
    expect(backgroundColorFor('system', true)).toBe(THEME_BACKGROUND_COLORS.dark);
    expect(backgroundColorFor('system', false)).toBe(THEME_BACKGROUND_COLORS.light);
  });
});

describe('opening the main window', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'atlas-window-'));
    electron.FakeBrowserWindow.instances.length = 0;
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('loads app://atlas/index.html and shows the window only when it is ready to show', async () => {
    const window = (await createMainWindow({ paths, stateDirectory: directory, theme: 'dark', allowDevTools: false })) as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >;
    expect(window.loadURL).toHaveBeenCalledWith('app://atlas/index.html');
    expect(window.options.backgroundColor).toBe(THEME_BACKGROUND_COLORS.dark);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('comes back where it was last closed, maximized if it was', async () => {
    await writeFile(
      join(directory, WINDOW_STATE_FILE_NAME),
      JSON.stringify({ x: 100, y: 80, width: 1200, height: 800, isMaximized: true, isFullScreen: false }),
    );
    const window = (await createMainWindow({ paths, stateDirectory: directory, theme: 'light', allowDevTools: true })) as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >;
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1200, height: 800 });
    expect(window.maximize).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.setFullScreen).not.toHaveBeenCalled();
    expect((window.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });
});

// Main-process entry of the desktop atlas: the app's lifecycle as a list of setupX() steps
// (single instance, app:// scheme, session and webContents security, menu, IPC, the one window).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { setupSessionSecurity, setupWebContentsGuards } from './guards';
import { registerIpcHandlers } from './ipc';
import { setupMenu } from './menu';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { ProgressStore } from './services/progress-store';
import { SettingsStore } from './services/settings-store';
import { createMainWindow } from './window';

/** Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/. */
const outDir = join(import.meta.dirname, '..');
const paths = {
  preload: join(outDir, 'preload', 'index.cjs'),
  renderer: join(outDir, 'renderer'),
};

const APP_NAME = 'BiTE Atlas';

let mainWindow: BrowserWindow | null = null;
let settingsStore: SettingsStore;

/**
 * Fixes the app name (so userData is ".../BiTE Atlas" also when started as `electron out/main/index.js`);
 * tests and development may point userData at a scratch folder, an installed build never does.
 */
function setupUserDataPath(): void {
  app.setName(APP_NAME);
  const override = process.env.ATLAS_USER_DATA_DIR;
  if (override && !app.isPackaged) app.setPath('userData', override);
}

/** Returns false (and quits) when another instance already runs; that one gets focused instead. */
function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  return true;
}

function setupServices(): { settings: SettingsStore; progress: ProgressStore } {
  const directory = app.getPath('userData');
  settingsStore = new SettingsStore(directory);
  return { settings: settingsStore, progress: new ProgressStore(directory) };
}

async function openMainWindow(): Promise<void> {
  const { value: settings } = await settingsStore.get();
  mainWindow = await createMainWindow({
    paths,
    stateDirectory: app.getPath('userData'),
    theme: settings.theme,
    allowDevTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function setupLifecycle(): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
  });
}

async function onReady(): Promise<void> {
  if (!existsSync(join(paths.renderer, 'index.html'))) {
    throw new Error(`the renderer is not built (${join(paths.renderer, 'index.html')} is missing): run \`npm run build\``);
  }
  setupSessionSecurity(session.defaultSession);
  setupAppProtocol(paths.renderer, session.defaultSession.protocol);
  setupMenu({ platform: process.platform, appName: app.getName(), isDevelopment: !app.isPackaged, isPackaged: app.isPackaged });
  registerIpcHandlers(setupServices());
  await openMainWindow();
}

/**
 * A truly fatal start-up error (the app cannot show its window at all): said in a dialog, never silently.
 * Stored settings or progress that cannot be used are not fatal — the stores fall back to memory with a notice.
 */
function failToStart(error: unknown): void {
  console.error('[atlas] could not start:', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('BiTE Atlas could not start', `${detail}\n\nThe atlas will close now.`);
  app.exit(1);
}

function main(): void {
  setupUserDataPath();
  if (!setupSingleInstance()) return;
  registerAppScheme();
  setupWebContentsGuards();
  setupLifecycle();
  app.whenReady().then(onReady).catch(failToStart);
}

main();

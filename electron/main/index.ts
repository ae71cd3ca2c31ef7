// Main-process entry of the desktop atlas: the app's lifecycle as a list of setupX() steps
// (single instance, bite-atlas:// links, app:// scheme, session and webContents security, menu, IPC, the one window).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { DEEP_LINK_SCHEME, findDeepLinkArgument } from '../common/deep-link';
import { DeepLinks, revealWindow } from './deep-links';
import { setupSessionSecurity, setupWebContentsGuards } from './guards';
import { registerIpcHandlers } from './ipc';
import { broadcastEvent } from './ipc/events';
import { setupMenu } from './menu';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { ProgressStore } from './services/progress-store';
import { ReviewStore } from './services/review-store';
import { SettingsStore } from './services/settings-store';
import { createMainWindow, createPresenterWindow } from './window';

/** Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/. */
const outDir = join(import.meta.dirname, '..');
const paths = {
  preload: join(outDir, 'preload', 'index.cjs'),
  renderer: join(outDir, 'renderer'),
};

const APP_NAME = 'BiTE Atlas';

let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;
let openingWindow: Promise<void> | null = null;
let settingsStore: SettingsStore;

const deepLinks = new DeepLinks({
  window: () => mainWindow,
  openWindow: () => {
    if (app.isReady() && !mainWindow && !openingWindow) void openMainWindow().catch(failToStart);
  },
});

/**
 * Fixes the app name (so userData is ".../BiTE Atlas" also when started as `electron out/main/index.js`);
 * tests and development may point userData at a scratch folder, an installed build never does.
 */
function setupUserDataPath(): void {
  app.setName(APP_NAME);
  const override = process.env.ATLAS_USER_DATA_DIR;
  if (override && !app.isPackaged) app.setPath('userData', override);
}

/**
 * Returns false (and quits) when another instance already runs: that one is handed this launch's bite-atlas://
 * link (as lock data, and in its argv) and restores, focuses and opens it. A link this instance was started with
 * is kept for its window.
 */
function setupSingleInstance(): boolean {
  const link = findDeepLinkArgument(process.argv);
  if (!app.requestSingleInstanceLock({ link })) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, _workingDirectory, additionalData) => {
    const forwarded = (additionalData as { link?: unknown } | null | undefined)?.link ?? findDeepLinkArgument(argv);
    if (forwarded !== undefined) deepLinks.receive(forwarded);
    else if (mainWindow) revealWindow(mainWindow);
  });
  if (link !== undefined) deepLinks.receive(link);
  return true;
}

/**
 * bite-atlas:// opens the atlas: registered with the OS by installed builds (development runs do not take the
 * scheme over from an installed atlas); macOS delivers links as open-url, also before the app is ready.
 */
function setupDeepLinks(): void {
  // Every link is validated before use (parseDeepLink: scheme, length cap, only a hash route goes on).
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME); // eng-disable PROTOCOL_HANDLER_JS_CHECK
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deepLinks.receive(url);
  });
}

/** Opens the presenter view (a second window) or brings the open one forward. */
async function openPresenter(route: string): Promise<boolean> {
  if (presenterWindow && !presenterWindow.isDestroyed()) {
    revealWindow(presenterWindow);
    return false;
  }
  const { value: settings } = await settingsStore.get();
  presenterWindow = await createPresenterWindow({ paths, theme: settings.theme, allowDevTools: !app.isPackaged, audience: mainWindow, route });
  presenterWindow.on('closed', () => {
    presenterWindow = null;
  });
  return true;
}

function setupServices(): Parameters<typeof registerIpcHandlers>[0] {
  const directory = app.getPath('userData');
  settingsStore = new SettingsStore(directory);
  // A change made in one window is followed by every window (presenter and audience).
  settingsStore.subscribe((settings) => broadcastEvent('atlas:settings-changed', settings));
  const reviews = new ReviewStore(directory);
  reviews.onChange((change) => broadcastEvent('atlas:reviews-changed', change));
  return { settings: settingsStore, progress: new ProgressStore(directory), reviews, presenter: { open: openPresenter } };
}

async function openMainWindow(): Promise<void> {
  openingWindow ??= (async () => {
    const { value: settings } = await settingsStore.get();
    mainWindow = await createMainWindow({
      paths,
      stateDirectory: app.getPath('userData'),
      theme: settings.theme,
      allowDevTools: !app.isPackaged,
      initialRoute: deepLinks.takePending(),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  })().finally(() => {
    openingWindow = null;
  });
  await openingWindow;
  // A link that arrived while the window was being created.
  deepLinks.deliverPending();
}

function setupLifecycle(): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow().catch(failToStart);
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
  setupDeepLinks();
  registerAppScheme();
  setupWebContentsGuards();
  setupLifecycle();
  app.whenReady().then(onReady).catch(failToStart);
}

main();

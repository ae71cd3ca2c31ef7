// The one hardened window factory: buildMainWindow() constructs the window from one literal of options (every
// security flag fixed there, tested flag by flag); createMainWindow() places, loads and shows it.
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { isAtlasRoute } from '../common/deep-link';
import type { Settings } from '../common/settings';
import { APP_ENTRY_URL } from './security';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, loadWindowState, trackWindowState, type WindowState } from './window-state';

/** Page background of each theme (renderer/src/app/theme.css --bg), painted before the first frame. */
export const THEME_BACKGROUND_COLORS = Object.freeze({
  light: '#fbfaf7',
  dark: '#15171c',
  projector: '#ffffff',
});

export interface MainWindowPaths {
  /** Absolute path of the built sandboxed preload (out/preload/index.cjs). */
  preload: string;
}

export interface MainWindowOptionsInput {
  state?: WindowState;
  backgroundColor?: string;
  /** Developer tools are available only in development (never in a packaged build). */
  allowDevTools?: boolean;
}

/** Background for the stored theme; 'system' follows the OS dark-mode preference. */
export function backgroundColorFor(theme: Settings['theme'], systemPrefersDark: boolean): string {
  if (theme === 'system') return systemPrefersDark ? THEME_BACKGROUND_COLORS.dark : THEME_BACKGROUND_COLORS.light;
  return THEME_BACKGROUND_COLORS[theme];
}

/**
 * Builds the one atlas window. Every security flag is written in the object literal the constructor receives, so
 * that a reader — and Electron security scanners such as electronegativity — see exactly what the window gets.
 */
export function buildMainWindow(
  paths: MainWindowPaths,
  {
    state = DEFAULT_WINDOW_STATE,
    backgroundColor = THEME_BACKGROUND_COLORS.light,
    allowDevTools = false,
  }: MainWindowOptionsInput = {},
): BrowserWindow {
  return new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.widthPx,
    minHeight: MIN_WINDOW_SIZE.heightPx,
    show: false,
    title: 'BiTE Atlas',
    backgroundColor,
    autoHideMenuBar: false,
    webPreferences: {
      // Reviewed: the sandboxed preload exposes one named function per operation via contextBridge, never ipcRenderer.
      preload: paths.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open a link in a new window (the window-open handler denies it anyway).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      autoplayPolicy: 'user-gesture-required',
      safeDialogs: true,
      devTools: allowDevTools,
    },
  });
}

export interface CreateMainWindowInput {
  paths: MainWindowPaths;
  /** Folder for window-state.json (userData). */
  stateDirectory: string;
  theme: Settings['theme'];
  /** Whether the developer tools may be opened (false in packaged builds). */
  allowDevTools: boolean;
  /** The route to open ("#/lesson/…", from a bite-atlas:// link at start-up); home when absent. */
  initialRoute?: string;
}

/** Creates the main window at its remembered place, loads app://atlas/index.html, shows it when painted. */
export async function createMainWindow({ paths, stateDirectory, theme, allowDevTools, initialRoute }: CreateMainWindowInput): Promise<BrowserWindow> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = await loadWindowState(stateDirectory, workAreas);
  const window = buildMainWindow(paths, {
    state,
    backgroundColor: backgroundColorFor(theme, nativeTheme.shouldUseDarkColors),
    allowDevTools,
  });
  trackWindowState(window, stateDirectory);
  // Maximizing a hidden window shows it on some platforms: restore the remembered mode only once painted.
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    if (state.isFullScreen) window.setFullScreen(true);
    window.show();
  });
  await window.loadURL(`${APP_ENTRY_URL}${initialRoute && isAtlasRoute(initialRoute) ? initialRoute : ''}`);
  return window;
}

type Rect = { x: number; y: number; width: number; height: number };

/**
 * Where the presenter view goes: the work area of a display other than the one showing the audience window (the
 * projector), filling it; with one display, a window of 80 % of the work area offset from the audience window.
 */
export function presenterBounds(audience: Rect | null, displays: readonly { workArea: Rect }[]): Rect {
  const centre = audience ? { x: audience.x + audience.width / 2, y: audience.y + audience.height / 2 } : null;
  const contains = (area: Rect, p: { x: number; y: number }) => p.x >= area.x && p.x < area.x + area.width && p.y >= area.y && p.y < area.y + area.height;
  const audienceDisplay = centre ? displays.find((d) => contains(d.workArea, centre)) : undefined;
  const other = displays.find((d) => d !== audienceDisplay);
  if (other && displays.length > 1) return { ...other.workArea };
  const area = (audienceDisplay ?? displays[0])?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 };
  const width = Math.max(MIN_WINDOW_SIZE.widthPx, Math.round(area.width * 0.8));
  const height = Math.max(MIN_WINDOW_SIZE.heightPx, Math.round(area.height * 0.8));
  return { x: area.x + Math.round((area.width - width) / 2) + 40, y: area.y + Math.round((area.height - height) / 2) + 40, width, height };
}

export interface CreatePresenterWindowInput {
  paths: MainWindowPaths;
  theme: Settings['theme'];
  allowDevTools: boolean;
  /** The audience window (its display is left to it). */
  audience: BrowserWindow | null;
  route: string;
}

/** The presenter view: a second window from the same hardened factory, on the second display when there is one. */
export async function createPresenterWindow({ paths, theme, allowDevTools, audience, route }: CreatePresenterWindowInput): Promise<BrowserWindow> {
  const bounds = presenterBounds(audience && !audience.isDestroyed() ? audience.getBounds() : null, screen.getAllDisplays());
  const window = buildMainWindow(paths, {
    state: { ...bounds, isMaximized: false, isFullScreen: false },
    backgroundColor: backgroundColorFor(theme, nativeTheme.shouldUseDarkColors),
    allowDevTools,
  });
  window.setTitle('BiTE Atlas — presenter view');
  window.once('ready-to-show', () => window.show());
  // `?view=presenter` makes this window the presenter view (the renderer reads it); the route is the presentation's.
  await window.loadURL(`${APP_ENTRY_URL}?view=presenter${isAtlasRoute(route) ? route : ''}`);
  return window;
}

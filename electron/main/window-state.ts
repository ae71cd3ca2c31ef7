// Remembers the main window's size, position, maximized and full-screen state in userData/window-state.json;
// a remembered position whose title bar would lie off every display is dropped (the window is centred).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { writeFileAtomic } from './services/atomic-file';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = Object.freeze({ widthPx: 1280, heightPx: 820 });
export const MIN_WINDOW_SIZE = Object.freeze({ widthPx: 760, heightPx: 520 });
/** How much of the title bar must lie on one display for a remembered position to be kept. */
const MIN_VISIBLE_TITLE_BAR = Object.freeze({ widthPx: 120, heightPx: 32 });

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Position is absent when the window should be centred. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
  isFullScreen: boolean;
}

export const DEFAULT_WINDOW_STATE: Readonly<WindowState> = Object.freeze({
  width: DEFAULT_WINDOW_SIZE.widthPx,
  height: DEFAULT_WINDOW_SIZE.heightPx,
  isMaximized: false,
  isFullScreen: false,
});

function finiteInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** True when enough of the window's title bar lies inside one display's work area to grab it. */
export function isTitleBarVisible(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: MIN_VISIBLE_TITLE_BAR.heightPx };
  const neededWidthPx = Math.min(MIN_VISIBLE_TITLE_BAR.widthPx, bounds.width);
  return workAreas.some((area) => {
    const overlap = intersection(titleBar, area);
    return overlap.width >= neededWidthPx && overlap.height >= MIN_VISIBLE_TITLE_BAR.heightPx;
  });
}

/**
 * Turns whatever was stored into a usable state for the current displays: sizes clamped between the
 * minimum and the largest work area, a position kept only if the title bar would be reachable.
 */
export function sanitizeWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const maxWidthPx = Math.max(MIN_WINDOW_SIZE.widthPx, ...workAreas.map((area) => area.width));
  const maxHeightPx = Math.max(MIN_WINDOW_SIZE.heightPx, ...workAreas.map((area) => area.height));
  const clamp = (value: number | undefined, fallback: number, min: number, max: number): number =>
    Math.min(max, Math.max(min, value ?? fallback));
  const width = clamp(finiteInteger(record.width), DEFAULT_WINDOW_SIZE.widthPx, MIN_WINDOW_SIZE.widthPx, maxWidthPx);
  const height = clamp(finiteInteger(record.height), DEFAULT_WINDOW_SIZE.heightPx, MIN_WINDOW_SIZE.heightPx, maxHeightPx);
  const state: WindowState = {
    width,
    height,
    isMaximized: record.isMaximized === true,
    isFullScreen: record.isFullScreen === true,
  };
  const x = finiteInteger(record.x);
  const y = finiteInteger(record.y);
  if (x !== undefined && y !== undefined && isTitleBarVisible({ x, y, width, height }, workAreas)) {
    state.x = x;
    state.y = y;
  }
  return state;
}

/** Reads the remembered state; a missing or unreadable file simply means "default size, centred". */
export async function loadWindowState(directory: string, workAreas: readonly Rect[]): Promise<WindowState> {
  try {
    const text = await readFile(join(directory, WINDOW_STATE_FILE_NAME), 'utf8');
    return sanitizeWindowState(JSON.parse(text), workAreas);
  } catch {
    return sanitizeWindowState(undefined, workAreas);
  }
}

export async function saveWindowState(directory: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(directory, WINDOW_STATE_FILE_NAME), `${JSON.stringify(state, null, 2)}\n`);
}

/** The state to remember for a window: its normal (un-maximized) bounds plus the maximized/full-screen flags. */
export function captureWindowState(window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    isMaximized: window.isMaximized(),
    isFullScreen: window.isFullScreen(),
  };
}

/** Saves the window's state when it closes (and, debounced, after it is moved or resized). */
export function trackWindowState(window: BrowserWindow, directory: string, debounceMs = 1000): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (window.isDestroyed()) return;
    saveWindowState(directory, captureWindowState(window)).catch((error: unknown) => {
      console.warn('[atlas] could not remember the window position:', error);
    });
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) {
    window.on(event as 'resize', saveSoon);
  }
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}

// User stories for remembering the window: size and position come back, but a position on a display
// that is no longer attached is dropped, sizes are clamped, and a damaged file just means defaults.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../helpers/fake-electron'));

const electron = await import('../helpers/fake-electron');
const {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  WINDOW_STATE_FILE_NAME,
  isTitleBarVisible,
  loadWindowState,
  sanitizeWindowState,
  saveWindowState,
  trackWindowState,
} = await import('../../../../electron/main/window-state');

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const externalRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('a remembered window position', () => {
  it('is kept when the title bar lies on a display', () => {
    const state = sanitizeWindowState({ x: 100, y: 50, width: 1000, height: 700 }, [laptop]);
    expect(state).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('is kept on a second display that is still attached', () => {
    expect(sanitizeWindowState({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop, externalRight])).toMatchObject({ x: 2000, y: 100 });
  });

  it('is dropped (window centred) when that display has been unplugged', () => {
    const state = sanitizeWindowState({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop]);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
  });

  it('is dropped when the title bar is above the top of the screen or barely visible', () => {
    expect(sanitizeWindowState({ x: 100, y: -300, width: 1000, height: 700 }, [laptop]).x).toBeUndefined();
    expect(isTitleBarVisible({ x: laptop.width - 50, y: 10, width: 900, height: 600 }, [laptop])).toBe(false);
    expect(isTitleBarVisible({ x: laptop.width - 200, y: 10, width: 900, height: 600 }, [laptop])).toBe(true);
  });
});

describe('a remembered window size', () => {
  it('never falls below the minimum nor exceeds the largest display', () => {
    const tiny = sanitizeWindowState({ width: 10, height: 10 }, [laptop]);
    expect(tiny.width).toBe(MIN_WINDOW_SIZE.widthPx);
    expect(tiny.height).toBe(MIN_WINDOW_SIZE.heightPx);
    const huge = sanitizeWindowState({ width: 9000, height: 9000 }, [laptop, externalRight]);
    expect(huge.width).toBe(externalRight.width);
    expect(huge.height).toBe(externalRight.height);
  });

  it('falls back to the default for missing or nonsense values', () => {
    expect(sanitizeWindowState('garbage', [laptop])).toEqual({ ...DEFAULT_WINDOW_STATE });
    expect(sanitizeWindowState({ width: 'wide', height: Number.NaN, isMaximized: 'yes' }, [laptop])).toEqual({ ...DEFAULT_WINDOW_STATE });
  });
});

describe('the window-state file', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'atlas-window-state-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('round-trips through disk', async () => {
    const state = { x: 30, y: 40, width: 1100, height: 760, isMaximized: true, isFullScreen: false };
    await saveWindowState(directory, state);
    expect(await loadWindowState(directory, [laptop])).toEqual(state);
  });

  it('gives the default state when missing or damaged', async () => {
    expect(await loadWindowState(directory, [laptop])).toEqual({ ...DEFAULT_WINDOW_STATE });
    await writeFile(join(directory, WINDOW_STATE_FILE_NAME), '{"width": 12');
    expect(await loadWindowState(directory, [laptop])).toEqual({ ...DEFAULT_WINDOW_STATE });
  });

  it('is written with the normal bounds when the window closes', async () => {
    const window = new electron.FakeBrowserWindow({});
    window.isMaximized.mockReturnValue(true);
    trackWindowState(window as never, directory);
    window.emit('close');
    await vi.waitFor(async () => {
      const saved = JSON.parse(await readFile(join(directory, WINDOW_STATE_FILE_NAME), 'utf8'));
      expect(saved).toEqual({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true, isFullScreen: false });
    });
  });
});

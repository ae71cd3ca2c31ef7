// User stories for push events (main → renderer): a payload is checked against its event's schema before it is
// sent, and it reaches only pages that show the atlas — every atlas window for a broadcast.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../electron/common/settings';

vi.mock('electron', () => import('../../helpers/fake-electron'));

const electron = await import('../../helpers/fake-electron');
const { broadcastEvent, sendEvent } = await import('../../../../../electron/main/ipc/events');

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
});

describe('a settings change', () => {
  it('is broadcast to every atlas window (presenter and audience), and to nothing else', () => {
    const presenter = new electron.BrowserWindow({});
    const audience = new electron.BrowserWindow({});
    const elsewhere = new electron.BrowserWindow({});
    elsewhere.webContents.url = 'https://evil.example/';
    const closed = new electron.BrowserWindow({});
    closed.isDestroyed.mockReturnValue(true);
    const settings = { ...DEFAULT_SETTINGS, theme: 'projector' as const };
    expect(broadcastEvent('atlas:settings-changed', settings)).toBe(2);
    expect(presenter.webContents.sent).toEqual([['atlas:settings-changed', settings]]);
    expect(audience.webContents.sent).toEqual([['atlas:settings-changed', settings]]);
    expect(elsewhere.webContents.send).not.toHaveBeenCalled();
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });

  it('that does not match the settings schema is never sent', () => {
    const window = new electron.BrowserWindow({});
    expect(() => broadcastEvent('atlas:settings-changed', { ...DEFAULT_SETTINGS, textScale: 40 })).toThrow(/invalid payload/);
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});

describe('an open-link event', () => {
  it('carries only an atlas route', () => {
    const window = new electron.BrowserWindow({});
    const contents = window.webContents as unknown as Parameters<typeof sendEvent>[0];
    expect(sendEvent(contents, 'atlas:open-link', '#/lesson/serial-lysis')).toBe(true);
    expect(() => sendEvent(contents, 'atlas:open-link', 'javascript:alert(1)')).toThrow(/invalid payload/);
    expect(window.webContents.sent).toEqual([['atlas:open-link', '#/lesson/serial-lysis']]);
  });
});

describe('a reviews change', () => {
  it('carries the count and the valid events added, or only the count; anything else is never sent', () => {
    const window = new electron.BrowserWindow({});
    const flag = { type: 'flag' as const, id: '0mhx3k2a1-0007-x8k2m0qz', at: 1764000000000, card: 'bank:crs-grade-2' };
    expect(broadcastEvent('atlas:reviews-changed', { count: 3, events: [flag] })).toBe(1);
    expect(broadcastEvent('atlas:reviews-changed', { count: 5000 })).toBe(1);
    expect(() => broadcastEvent('atlas:reviews-changed', { count: 3, events: [{ ...flag, card: 'x' }] })).toThrow(/invalid payload/);
    expect(() => broadcastEvent('atlas:reviews-changed', { count: -1 })).toThrow(/invalid payload/);
    expect(window.webContents.sent).toEqual([
      ['atlas:reviews-changed', { count: 3, events: [flag] }],
      ['atlas:reviews-changed', { count: 5000 }],
    ]);
  });
});

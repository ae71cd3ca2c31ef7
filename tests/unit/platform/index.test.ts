// The renderer's door to the host: in a browser the web implementation loads on first use; a subscription made
// before it has loaded starts once it has, and one cancelled before that never starts.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.stubGlobal('window', {});
const { getPlatform } = await import('../../../renderer/src/platform');
afterAll(() => vi.unstubAllGlobals());

describe('the web platform, loaded lazily', () => {
  it('delivers settings changes to a listener subscribed before the module loaded, and none after unsubscribing', async () => {
    const platform = getPlatform();
    expect(platform.edition).toBe('web');
    const early: string[] = [];
    const cancelled: string[] = [];
    platform.onSettingsChanged((s) => early.push(s.theme));
    platform.onSettingsChanged((s) => cancelled.push(s.theme))();
    await platform.setSettings({ theme: 'projector' });
    expect(early).toEqual(['projector']);
    expect(cancelled).toEqual([]);
  });
});

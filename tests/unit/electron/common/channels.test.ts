// User stories for the zod-free channel constants the preload uses: they name exactly the channels of
// the IPC contract, so the preload and the main process can never drift apart.
import { describe, expect, it } from 'vitest';
import { CHANNELS, CHANNELS_ARE_COMPLETE, EVENTS, EVENTS_ARE_COMPLETE } from '../../../../electron/common/channels';
import { IPC_CHANNELS, IPC_EVENTS, IPC_PREFIX } from '../../../../electron/common/ipc';

describe('the channel constants', () => {
  it('are exactly the channels of the IPC contract, each used once', () => {
    const values = Object.values(CHANNELS);
    expect(new Set(values).size).toBe(values.length);
    expect([...values].sort()).toEqual([...IPC_CHANNELS].sort());
    expect(CHANNELS_ARE_COMPLETE).toBe(true);
  });

  it('all carry the atlas prefix', () => {
    for (const channel of [...Object.values(CHANNELS), ...Object.values(EVENTS)]) expect(channel.startsWith(IPC_PREFIX)).toBe(true);
  });

  it('name exactly the push events of the contract, none of them also an invoke channel', () => {
    expect([...Object.values(EVENTS)].sort()).toEqual([...IPC_EVENTS].sort());
    expect(EVENTS_ARE_COMPLETE).toBe(true);
    for (const event of IPC_EVENTS) expect(IPC_CHANNELS).not.toContain(event);
  });
});

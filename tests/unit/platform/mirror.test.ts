// Two presentation windows talk through one mirror port each: in the web edition over a BroadcastChannel (Node's
// is the same API), on the desktop over the main-process relay. A window never hears itself, ignores what is not a
// valid mirror message and anything older than what it already took from that sender.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIRROR_CHANNEL, openMirrorPort, type MirrorMessage, type MirrorPort } from '../../../renderer/src/platform/mirror';
import type { AtlasApi } from '../../../renderer/src/platform';

const ports: MirrorPort[] = [];
const open = (...args: Parameters<typeof openMirrorPort>) => {
  const port = openMirrorPort(...args);
  ports.push(port);
  return port;
};
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the mirror port in the web edition (BroadcastChannel)', () => {
  it('carries the presenter’s messages to the audience, numbered, and never back to the sender', async () => {
    const presenter = open('presenter');
    const audience = open('audience');
    const heardByAudience: MirrorMessage[] = [];
    const heardByPresenter: MirrorMessage[] = [];
    audience.subscribe((m) => heardByAudience.push(m));
    presenter.subscribe((m) => heardByPresenter.push(m));
    presenter.send({ kind: 'state', route: '#/lesson/serial-lysis', state: '{"step":1}' });
    presenter.send({ kind: 'ink', ink: '{"type":"clear"}' });
    audience.send({ kind: 'hello' });
    await settle();
    expect(heardByAudience.map((m) => [m.kind, m.seq, m.role, m.from])).toEqual([
      ['state', 0, 'presenter', presenter.id],
      ['ink', 1, 'presenter', presenter.id],
    ]);
    expect(heardByPresenter.map((m) => [m.kind, m.role])).toEqual([['hello', 'audience']]);
  });

  it('ignores invalid messages and a sender’s older ones', async () => {
    const audience = open('audience');
    const heard: MirrorMessage[] = [];
    audience.subscribe((m) => heard.push(m));
    const raw = new BroadcastChannel(MIRROR_CHANNEL);
    raw.postMessage({ kind: 'state', from: 'other00001', seq: 5, role: 'presenter', state: 'a' });
    raw.postMessage({ kind: 'state', from: 'other00001', seq: 4, role: 'presenter', state: 'old' });
    raw.postMessage({ kind: 'eval', from: 'other00001', seq: 6, role: 'presenter' });
    raw.postMessage('hello');
    raw.postMessage({ kind: 'state', from: 'other00001', seq: 6, role: 'presenter', state: 'b' });
    await settle();
    raw.close();
    expect(heard.map((m) => m.state)).toEqual(['a', 'b']);
  });

  it('carries the audience’s stage size and zooms, and refuses a stage report out of range', async () => {
    const presenter = open('presenter');
    const heard: MirrorMessage[] = [];
    presenter.subscribe((m) => heard.push(m));
    const raw = new BroadcastChannel(MIRROR_CHANNEL);
    const stage = { width: 1600, height: 851.42, step: 3, zooms: [1, 0.4599] };
    raw.postMessage({ kind: 'stage', from: 'audience01', seq: 1, role: 'audience', stage });
    raw.postMessage({ kind: 'stage', from: 'audience01', seq: 2, role: 'audience', stage: { ...stage, zooms: [2] } });
    raw.postMessage({ kind: 'stage', from: 'audience01', seq: 3, role: 'audience', stage: { ...stage, width: 0 } });
    raw.postMessage({ kind: 'stage', from: 'audience01', seq: 4, role: 'audience', stage: { ...stage, step: 1.5 } });
    raw.postMessage({ kind: 'stage', from: 'audience01', seq: 5, role: 'audience', stage: { ...stage, extra: 1 } });
    await settle();
    raw.close();
    expect(heard.map((m) => m.stage)).toEqual([stage]);
  });
});

describe('the mirror port on the desktop (the main-process relay)', () => {
  it('sends through window.atlas.sendMirror and hears window.atlas.onMirror', () => {
    let listener: ((m: MirrorMessage) => void) | null = null;
    const atlas = {
      sendMirror: vi.fn(async () => 1),
      onMirror: vi.fn((l: (m: MirrorMessage) => void) => {
        listener = l;
        return () => (listener = null);
      }),
    } as unknown as AtlasApi;
    const port = open('presenter', atlas);
    const heard: MirrorMessage[] = [];
    const stop = port.subscribe((m) => heard.push(m));
    port.send({ kind: 'bye' });
    expect(atlas.sendMirror).toHaveBeenCalledWith({ kind: 'bye', from: port.id, seq: 0, role: 'presenter' });
    listener!({ kind: 'hello', from: 'audience01', seq: 0, role: 'audience' });
    listener!({ kind: 'bye', from: port.id, seq: 0, role: 'presenter' });
    expect(heard.map((m) => m.kind)).toEqual(['hello']);
    stop();
    expect(listener).toBeNull();
  });
});

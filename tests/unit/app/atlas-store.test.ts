// @vitest-environment happy-dom
// The address bar and the atlas state kept in step: a state change is written into the address after a short
// pause (replace, no new history entry), a link typed or clicked is read whole, a bad one is refused with a message
// and the address restored — and a write that comes due just as the reader navigates never undoes their click.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStoreFromHash, hashOf, startUrlSync } from '../../../renderer/src/app/atlas-store';
import { lessons } from '../../../renderer/src/data/content';

const lesson4 = lessons.find((l) => l.order === 4)!.slug;

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', `#/lesson/${lesson4}`);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('address-bar sync', () => {
  it('writes a changed figure into the address after a pause, replacing the entry', () => {
    const store = createAtlasStoreFromHash(window.location.hash, () => undefined);
    stop = startUrlSync(store, () => undefined);
    const before = history.length;
    store.dispatch({ type: 'figure', id: 'fig-cytokine', kind: 'CytokineFigure', state: { burden: 'low', shown: ['flat-15', 'weight-lt-45'], time: { t: 0, playing: false, speed: 1 } } });
    expect(window.location.hash).toBe(`#/lesson/${lesson4}`);
    vi.advanceTimersByTime(400);
    expect(window.location.hash).toBe(`#/lesson/${lesson4}?v=1&fig.cytokine=burden:low`);
    expect(history.length).toBe(before);
  });

  it('refuses a bad link with a message and puts the address back', () => {
    const errors: string[] = [];
    const store = createAtlasStoreFromHash(window.location.hash, (m) => errors.push(m));
    stop = startUrlSync(store, (m) => errors.push(m));
    history.replaceState(null, '', `#/lesson/${lesson4}?v=1&fig.cytokine=burden:medium`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(errors[0]).toMatch(/This link could not be opened: figure “cytokine”: “burden” must be one of low, high, not “medium”\. Nothing was changed\./);
    expect(window.location.hash).toBe(hashOf(store.getState()));
    expect(store.getState().figures).toEqual({});
  });

  it('never overwrites an address the reader has just navigated to (before its hashchange is handled)', () => {
    const store = createAtlasStoreFromHash(window.location.hash, () => undefined);
    stop = startUrlSync(store, () => undefined);
    store.dispatch({ type: 'figure', id: 'fig-cytokine', kind: 'CytokineFigure', state: { burden: 'low', shown: ['flat-15', 'weight-lt-45'], time: { t: 0, playing: false, speed: 1 } } });
    // the reader clicks a sidebar link: the address changes now, its hashchange comes later
    history.replaceState(null, '', '#/settings');
    vi.advanceTimersByTime(400);
    expect(window.location.hash).toBe('#/settings');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().route).toEqual({ name: 'settings' });
  });
});

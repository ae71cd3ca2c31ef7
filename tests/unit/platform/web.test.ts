// The web edition's storage as a reader would rely on it: settings and progress persist in IndexedDB,
// and a damaged record is recovered from its backup with a visible notice — never silently dropped.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, get, set } from 'idb-keyval';
import { createWebAtlas } from '../../../renderer/src/platform/web';

let n = 0;
const freshDb = () => `atlas-test-${++n}`;

describe('web platform storage', () => {
  it('starts with defaults and persists settings across instances', async () => {
    const db = freshDb();
    const atlas = createWebAtlas(db);
    expect((await atlas.getSettings()).value.theme).toBe('system');
    await atlas.setSettings({ theme: 'projector', textScale: 1.25 });
    const again = await createWebAtlas(db).getSettings();
    expect(again.value).toMatchObject({ theme: 'projector', textScale: 1.25 });
    expect(again.notice).toBeUndefined();
  });

  it('rejects an invalid settings update without changing what is stored', async () => {
    const atlas = createWebAtlas(freshDb());
    await expect(atlas.setSettings({ theme: 'neon' as never })).rejects.toThrow();
    expect((await atlas.getSettings()).value.theme).toBe('system');
  });

  it('serialises quick progress updates so none is lost', async () => {
    const atlas = createWebAtlas(freshDb());
    await Promise.all([atlas.updateLessonProgress({ slug: 'what-a-bite-is', readFraction: 0.3 }), atlas.updateLessonProgress({ slug: 'immune-synapse', readFraction: 0.6 })]);
    const { value } = await atlas.getProgress();
    expect(Object.keys(value.lessons).sort()).toEqual(['immune-synapse', 'what-a-bite-is']);
  });

  it('recovers damaged progress from the backup, says so, and keeps the damaged copy', async () => {
    const db = freshDb();
    const atlas = createWebAtlas(db);
    await atlas.updateLessonProgress({ slug: 'what-a-bite-is', readFraction: 0.5 });
    await atlas.updateLessonProgress({ slug: 'immune-synapse', readFraction: 0.2 });
    const store = createStore(db, 'kv');
    await set('progress', { version: 1, lessons: { 'what-a-bite-is': 'this is not progress' } }, store);
    const loaded = await createWebAtlas(db).getProgress();
    expect(loaded.recoveredFrom).toBe('backup');
    expect(loaded.notice).toMatch(/restored from the last good backup/);
    expect(loaded.value.lessons['what-a-bite-is']!.readFraction).toBe(0.5);
    expect(await get('progress', store)).toEqual(loaded.value);
  });

  it('falls back to defaults with a notice when both copies are damaged', async () => {
    const db = freshDb();
    const store = createStore(db, 'kv');
    await set('progress', 42, store);
    await set('progress.bak', 'nope', store);
    const loaded = await createWebAtlas(db).getProgress();
    expect(loaded.recoveredFrom).toBe('defaults');
    expect(loaded.value.lessons).toEqual({});
    expect(loaded.notice).toMatch(/damaged copy was kept/);
  });

  it('opens only allow-listed reference links', async () => {
    const opened: string[] = [];
    (globalThis as unknown as { window: { open: (u: string) => void } }).window = { open: (u: string) => opened.push(u) };
    const atlas = createWebAtlas(freshDb());
    expect(await atlas.openExternal('https://doi.org/10.1/x')).toBe(true);
    expect(await atlas.openExternal('https://evil.example/')).toBe(false);
    expect(opened).toEqual(['https://doi.org/10.1/x']);
  });
});

describe('web platform events', () => {
  it('tells this tab and every other tab of the same atlas when the settings change', async () => {
    const db = freshDb();
    const thisTab = createWebAtlas(db);
    const otherTab = createWebAtlas(db);
    const unrelated = createWebAtlas(freshDb());
    const heard: Record<string, string[]> = { thisTab: [], otherTab: [], unrelated: [] };
    thisTab.onSettingsChanged((s) => heard.thisTab.push(s.theme));
    const stop = otherTab.onSettingsChanged((s) => heard.otherTab.push(s.theme));
    unrelated.onSettingsChanged((s) => heard.unrelated.push(s.theme));
    await thisTab.setSettings({ theme: 'dark' });
    await expect.poll(() => heard.otherTab).toEqual(['dark']);
    stop();
    await thisTab.setSettings({ theme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual({ thisTab: ['dark', 'light'], otherTab: ['dark'], unrelated: [] });
  });

  it('ignore a message on the channel that is not valid settings', async () => {
    const db = freshDb();
    const heard: unknown[] = [];
    createWebAtlas(db).onSettingsChanged((s) => heard.push(s));
    const intruder = new BroadcastChannel(`atlas:${db}:settings`);
    intruder.postMessage({ theme: 'neon', textScale: 99 });
    intruder.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
  });

  it('a late message from another tab never undoes a newer stored change: the stored settings are delivered', async () => {
    const db = freshDb();
    const writer = createWebAtlas(db);
    const heard: string[] = [];
    createWebAtlas(db).onSettingsChanged((s) => heard.push(s.theme));
    await writer.setSettings({ theme: 'dark' });
    await expect.poll(() => heard).toEqual(['dark']);
    // a tab's message about an older state (theme light), arriving after the newer write
    const late = new BroadcastChannel(`atlas:${db}:settings`);
    late.postMessage({ ...(await writer.getSettings()).value, theme: 'light' });
    late.close();
    await expect.poll(() => heard).toEqual(['dark', 'dark']);
  });

  it('never deliver a bite-atlas:// link in a browser tab (no-op subscription)', () => {
    const stop = createWebAtlas(freshDb()).onOpenLink(() => undefined);
    expect(stop).toBeTypeOf('function');
    stop();
  });
});

// @vitest-environment happy-dom
// App state from the platform as a reader meets it: a setting changed before the stored settings have
// loaded is not undone when they arrive, and a recovery notice from the platform is shown.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { AtlasProvider } from '../../../renderer/src/app/atlas-context';
import { useAtlas } from '../../../renderer/src/state/services';
import type { AtlasApi } from '../../../renderer/src/platform';
import { DEFAULT_SETTINGS, type Settings } from '../../../electron/common/settings-values';
import { EMPTY_PROGRESS } from '../../../electron/common/progress-values';

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function fakePlatform(stored: Settings, notice?: string) {
  const gate = deferred<void>();
  let saved = { ...stored };
  const api: AtlasApi = {
    edition: 'web',
    appInfo: async () => ({ name: 'x', version: '0', platform: 'test', edition: 'web' }),
    getSettings: async () => {
      await gate.promise;
      return { value: saved, ...(notice ? { notice, recoveredFrom: 'backup' as const } : {}) };
    },
    setSettings: async (patch) => (saved = { ...saved, ...patch }),
    getProgress: async () => ({ value: EMPTY_PROGRESS }),
    updateLessonProgress: async () => EMPTY_PROGRESS,
    getReviews: async () => ({ value: { version: 1 as const, events: [] } }),
    appendReviews: async () => ({ count: 0 }),
    importReviews: async () => ({ added: 0, duplicates: 0, conflicts: 0, count: 0 }),
    onReviewsChanged: () => () => undefined,
    openExternal: async () => false,
    onSettingsChanged: () => () => undefined,
    onOpenLink: () => () => undefined,
  };
  return { api, release: () => gate.resolve() };
}

let atlas: ReturnType<typeof useAtlas>;
function Probe() {
  atlas = useAtlas();
  return (
    <p>
      theme {atlas.settings.theme}; {atlas.notices.map((n) => n.text).join(' ')}
    </p>
  );
}

describe('atlas state', () => {
  it('keeps a change made before the stored settings arrived', async () => {
    const { api, release } = fakePlatform({ ...DEFAULT_SETTINGS, theme: 'dark', textScale: 1.25 });
    render(
      <AtlasProvider platform={api}>
        <Probe />
      </AtlasProvider>,
    );
    await act(async () => {
      await atlas.updateSettings({ theme: 'projector' });
    });
    await act(async () => {
      release();
      await Promise.resolve();
    });
    expect(atlas.settings.theme).toBe('projector');
    expect(atlas.settings.textScale).toBe(1.25);
    expect(document.documentElement.dataset.theme).toBe('projector');
  });

  it('shows the platform’s recovery notice', async () => {
    const { api, release } = fakePlatform(DEFAULT_SETTINGS, 'Your saved settings were damaged and have been restored from the last good backup.');
    render(
      <AtlasProvider platform={api}>
        <Probe />
      </AtlasProvider>,
    );
    await act(async () => {
      release();
      await Promise.resolve();
    });
    expect(await screen.findByText(/restored from the last good backup/)).toBeTruthy();
  });
});

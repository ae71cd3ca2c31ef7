// App-wide state from the platform: settings (applied to the document root), learner progress and
// visible notices (e.g. "progress restored from backup"). One provider; components read it by hook.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { NoticeList } from '../state/notices';
import { AtlasContext } from '../state/services';
import { getPlatform, type AtlasApi } from '../platform';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../electron/common/settings-values';
import { EMPTY_PROGRESS } from '../../../electron/common/progress-values';
import type { Progress, LessonProgressUpdate } from '../../../electron/common/progress';

import { useAtlasSelector, useAtlasStoreContext } from '../state/react';
import type { Prefs } from '../state/store';

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
const prefersReduce = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The display preferences in effect: the saved settings with "follow the system" resolved. */
export function effectivePrefs(settings: Settings): Prefs {
  return {
    theme: settings.theme === 'system' ? (prefersDark() ? 'dark' : 'light') : settings.theme,
    reducedMotion: settings.reducedMotion === 'system' ? prefersReduce() : settings.reducedMotion === 'reduce',
    textScale: settings.textScale,
  };
}

/** What a handout is laid out with, whatever the reader's display settings: the light theme at 100 % text. */
export function handoutSettings(settings: Settings): Settings {
  return { ...settings, theme: 'light', textScale: 1 };
}

/**
 * Writes the effective theme, motion preference and text scale onto <html> (for CSS and boot.js); returns them.
 * While a lesson is presented (<html data-presenting>) the projector theme is in effect, the saved theme untouched.
 * `remember: false` applies them for this screen only (a handout), leaving boot.js the reader's own.
 */
export function applySettingsToDocument(settings: Settings, { remember = true } = {}): Prefs {
  const root = document.documentElement;
  const saved = effectivePrefs(settings);
  const prefs: Prefs = root.dataset.presenting === 'true' ? { ...saved, theme: 'projector' } : saved;
  const theme = saved.theme;
  root.dataset.theme = prefs.theme;
  const reduce = prefs.reducedMotion;
  root.dataset.motion = reduce ? 'reduce' : 'full';
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.dataset.textSize = settings.textScale >= 1.25 ? 'large' : 'normal';
  // Mirrored for renderer/public/boot.js, which applies it before the app loads (no flash of the wrong theme).
  if (!remember) return prefs;
  try {
    window.localStorage.setItem('atlas:display', JSON.stringify({ theme, motion: root.dataset.motion, textScale: settings.textScale, textSize: root.dataset.textSize }));
  } catch {
    // storage unavailable: the app still applies the settings once loaded
  }
  return prefs;
}

export interface AtlasProviderProps {
  children: ReactNode;
  platform?: AtlasApi;
}

export function AtlasProvider({ children, platform = getPlatform() }: AtlasProviderProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [progress, setProgress] = useState<Progress>(EMPTY_PROGRESS);
  // Notices live beside the atlas store (so code outside React can raise them); a provider without a store keeps its own list.
  const store = useAtlasStoreContext()?.store;
  // A handout is light and at 100 % text on screen as on paper (its figures are drawn for the page).
  const handout = useAtlasSelector((s) => s.route.name === 'handout', false);
  const [ownNotices] = useState(() => new NoticeList());
  const noticeList = store?.notices ?? ownNotices;
  const notices = useSyncExternalStore(noticeList.subscribe, noticeList.getList, noticeList.getList);
  const [ready, setReady] = useState(false);
  const loadedRef = useRef(false);
  const earlySettingsPatch = useRef<SettingsPatch>({});
  const progressAnswered = useRef(false);

  const addNotice = noticeList.add;
  const dismissNotice = noticeList.dismiss;

  useEffect(() => {
    let cancelled = false;
    Promise.all([platform.getSettings(), platform.getProgress()])
      .then(([loadedSettings, loadedProgress]) => {
        if (cancelled) return;
        // Changes the reader made before the stored values arrived win over them.
        setSettings({ ...loadedSettings.value, ...earlySettingsPatch.current });
        if (!progressAnswered.current) setProgress(loadedProgress.value);
        for (const loaded of [loadedSettings, loadedProgress]) {
          if (loaded.notice) addNotice({ tone: 'warning', text: loaded.notice });
        }
      })
      .catch((error: unknown) => addNotice({ tone: 'error', text: `Saved settings and progress could not be loaded: ${String(error)}` }))
      .finally(() => {
        loadedRef.current = true;
        if (!cancelled) setReady(true);
      });
    return () => {
      cancelled = true;
    };
  }, [platform, addNotice]);

  // Settings changed in another window or tab: follow them. While this window's own changes are being saved, the
  // echoes of them are ignored (the newest local answer decides, as below).
  const savingSettings = useRef(0);
  useEffect(
    () =>
      platform.onSettingsChanged((next) => {
        if (savingSettings.current > 0) return;
        setSettings((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
      }),
    [platform],
  );

  // Apply settings now and whenever the OS preference changes while "follow the system" is chosen.
  // The display preferences live in the atlas store (figures read them there); the document carries them for CSS.
  useEffect(() => {
    const apply = () => {
      const prefs = handout ? applySettingsToDocument(handoutSettings(settings), { remember: false }) : applySettingsToDocument(settings);
      store?.dispatch({ type: 'prefs', prefs });
    };
    apply();
    const queries = [window.matchMedia?.('(prefers-color-scheme: dark)'), window.matchMedia?.('(prefers-reduced-motion: reduce)')].filter(Boolean) as MediaQueryList[];
    const onChange = apply;
    queries.forEach((q) => q.addEventListener('change', onChange));
    return () => queries.forEach((q) => q.removeEventListener('change', onChange));
  }, [settings, store, handout]);

  const latestSettingsRequest = useRef(0);
  const updateSettings = useCallback(
    async (patch: SettingsPatch) => {
      const request = ++latestSettingsRequest.current;
      if (!loadedRef.current) earlySettingsPatch.current = { ...earlySettingsPatch.current, ...patch };
      setSettings((current) => ({ ...current, ...patch }));
      savingSettings.current += 1;
      try {
        const saved = await platform.setSettings(patch);
        // Only the newest request's answer is authoritative (older answers may predate later changes).
        if (request === latestSettingsRequest.current) setSettings(saved);
      } catch (error) {
        addNotice({ tone: 'error', text: `The setting could not be saved: ${String(error)}` });
      } finally {
        savingSettings.current -= 1;
      }
    },
    [platform, addNotice],
  );

  const updateProgress = useCallback(
    (update: LessonProgressUpdate) => {
      platform
        .updateLessonProgress(update)
        .then((next) => {
          progressAnswered.current = true;
          setProgress(next);
        })
        .catch((error: unknown) => addNotice({ tone: 'error', text: `Progress could not be saved: ${String(error)}` }));
    },
    [platform, addNotice],
  );

  const value = useMemo(
    () => ({ platform, settings, updateSettings, progress, updateProgress, notices, addNotice, dismissNotice, ready }),
    [platform, settings, updateSettings, progress, updateProgress, notices, addNotice, dismissNotice, ready],
  );
  return <AtlasContext.Provider value={value}>{children}</AtlasContext.Provider>;
}


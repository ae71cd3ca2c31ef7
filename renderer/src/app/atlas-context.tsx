// App-wide state from the platform: settings (applied to the document root), learner progress and
// visible notices (e.g. "progress restored from backup"). One provider; components read it by hook.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getPlatform, type AtlasApi } from '../platform';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../electron/common/settings-values';
import { EMPTY_PROGRESS } from '../../../electron/common/progress-values';
import type { Progress, LessonProgressUpdate } from '../../../electron/common/progress';

export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: string;
}

interface AtlasContextValue {
  platform: AtlasApi;
  settings: Settings;
  updateSettings(patch: SettingsPatch): Promise<void>;
  progress: Progress;
  updateProgress(update: LessonProgressUpdate): void;
  notices: Notice[];
  addNotice(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: string): void;
  ready: boolean;
}

const AtlasContext = createContext<AtlasContextValue | null>(null);

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
const prefersReduce = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Writes the effective theme, motion preference and text scale onto <html>. */
export function applySettingsToDocument(settings: Settings): void {
  const root = document.documentElement;
  const theme = settings.theme === 'system' ? (prefersDark() ? 'dark' : 'light') : settings.theme;
  root.dataset.theme = theme;
  const reduce = settings.reducedMotion === 'system' ? prefersReduce() : settings.reducedMotion === 'reduce';
  root.dataset.motion = reduce ? 'reduce' : 'full';
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.dataset.textSize = settings.textScale >= 1.25 ? 'large' : 'normal';
  // Mirrored for renderer/public/boot.js, which applies it before the app loads (no flash of the wrong theme).
  try {
    window.localStorage.setItem('atlas:display', JSON.stringify({ theme, motion: root.dataset.motion, textScale: settings.textScale, textSize: root.dataset.textSize }));
  } catch {
    // storage unavailable: the app still applies the settings once loaded
  }
}

let noticeCounter = 0;

export function AtlasProvider({ children, platform = getPlatform() }: { children: ReactNode; platform?: AtlasApi }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [progress, setProgress] = useState<Progress>(EMPTY_PROGRESS);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [ready, setReady] = useState(false);
  const loadedRef = useRef(false);
  const earlySettingsPatch = useRef<SettingsPatch>({});
  const progressAnswered = useRef(false);

  const addNotice = useCallback((notice: Omit<Notice, 'id'>) => {
    noticeCounter += 1;
    setNotices((list) => [...list, { ...notice, id: `notice-${noticeCounter}` }]);
  }, []);
  const dismissNotice = useCallback((id: string) => setNotices((list) => list.filter((n) => n.id !== id)), []);

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

  // Apply settings now and whenever the OS preference changes while "follow the system" is chosen.
  useEffect(() => {
    applySettingsToDocument(settings);
    const queries = [window.matchMedia?.('(prefers-color-scheme: dark)'), window.matchMedia?.('(prefers-reduced-motion: reduce)')].filter(Boolean) as MediaQueryList[];
    const onChange = () => applySettingsToDocument(settings);
    queries.forEach((q) => q.addEventListener('change', onChange));
    return () => queries.forEach((q) => q.removeEventListener('change', onChange));
  }, [settings]);

  const latestSettingsRequest = useRef(0);
  const updateSettings = useCallback(
    async (patch: SettingsPatch) => {
      const request = ++latestSettingsRequest.current;
      if (!loadedRef.current) earlySettingsPatch.current = { ...earlySettingsPatch.current, ...patch };
      setSettings((current) => ({ ...current, ...patch }));
      try {
        const saved = await platform.setSettings(patch);
        // Only the newest request's answer is authoritative (older answers may predate later changes).
        if (request === latestSettingsRequest.current) setSettings(saved);
      } catch (error) {
        addNotice({ tone: 'error', text: `The setting could not be saved: ${String(error)}` });
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

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas must be used inside <AtlasProvider>');
  return value;
}

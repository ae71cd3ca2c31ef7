// The atlas's services as React context: the platform (host), the reader's saved settings and progress,
// and visible notices. The app's AtlasProvider fills it; any layer reads it with useAtlas().
import { createContext, useContext } from 'react';
import type { AtlasApi } from '../platform';
import type { Settings, SettingsPatch } from '../../../electron/common/settings-values';
import type { Progress, LessonProgressUpdate } from '../../../electron/common/progress';

import type { Notice } from './notices';

export type { Notice } from './notices';

export interface AtlasContextValue {
  platform: AtlasApi;
  settings: Settings;
  updateSettings(patch: SettingsPatch): Promise<void>;
  progress: Progress;
  updateProgress(update: LessonProgressUpdate): void;
  notices: readonly Notice[];
  addNotice(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: string): void;
  ready: boolean;
}

export const AtlasContext = createContext<AtlasContextValue | null>(null);

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas must be used inside <AtlasProvider>');
  return value;
}

// The one typed contract between the renderer and the desktop shell: what `window.atlas` offers.
// The preload implements it over IPC; renderer/src/platform implements it for the web edition too.
import type { Settings, SettingsPatch } from './settings';
import type { Progress, LessonProgressUpdate } from './progress';

/** Result of loading stored data: the data plus a notice when it had to be recovered. */
export interface Loaded<T> {
  value: T;
  /** Set when the stored file was damaged and a backup (or defaults) was used instead. */
  recoveredFrom?: 'backup' | 'defaults';
  /** A sentence for the user explaining what happened, shown as a visible notice. */
  notice?: string;
  /**
   * Set when changes cannot be stored this session (the folder is read-only or not a folder, a file cannot be
   * read or was written by a newer version, …): the reason. The value then lives in memory only; `notice` says so.
   */
  unsavedReason?: string;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** 'desktop' inside Electron, 'web' in a plain browser. */
  edition: 'desktop' | 'web';
  electron?: string;
  chrome?: string;
}

/** Stops a subscription; calling it again does nothing. */
export type Unsubscribe = () => void;

export interface AtlasApi {
  readonly edition: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  getSettings(): Promise<Loaded<Settings>>;
  setSettings(patch: SettingsPatch): Promise<Settings>;
  getProgress(): Promise<Loaded<Progress>>;
  updateLessonProgress(update: LessonProgressUpdate): Promise<Progress>;
  /** Opens an allow-listed https reference link in the system browser; resolves false if refused. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Calls `listener` with the new settings whenever they change — in any window or tab, including this one (so
   * a second window follows). Desktop: the main process broadcasts; web: other tabs tell this one.
   */
  onSettingsChanged(listener: (settings: Settings) => void): Unsubscribe;
  /**
   * Calls `listener` with the route ("#/lesson/…") a bite-atlas:// link asks to open in this running window. A link
   * that arrives before anyone listens is kept and given to the first listener. Web edition: never called.
   */
  onOpenLink(listener: (route: string) => void): Unsubscribe;
}

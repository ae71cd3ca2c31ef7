// The one typed contract between the renderer and the desktop shell: what `window.atlas` offers.
// The preload implements it over IPC; renderer/src/platform implements it for the web edition too.
import type { Settings, SettingsPatch } from './settings';
import type { Progress, LessonProgressUpdate } from './progress';
import type { AppendResult, ImportResult, ReviewEvent, ReviewLog, ReviewsChange } from './reviews';
import type { MirrorMessage } from './mirror';

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

/** An export to save: a plain file name ending in .json or .csv, its kind and its text (see saveTextFileSchema). */
export interface SaveTextFile {
  suggestedName: string;
  kind: 'json' | 'csv';
  text: string;
}

/** A handout to save as PDF: the file name the save dialog suggests (see saveHandoutPdfSchema). */
export interface SaveHandoutPdf {
  suggestedName: string;
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
  /**
   * The self-quiz's review log: every event, sorted by (at, id). A damaged log comes back with every event that could
   * still be read and a `notice` saying what happened (as getSettings does).
   */
  getReviews(): Promise<Loaded<ReviewLog>>;
  /**
   * Appends events (validated; an id already in the log is ignored, never overwritten) and resolves once they are
   * stored — on the desktop written to disk, in the web edition committed to IndexedDB — with the log's count after
   * the append. Rejects when the events are invalid, or (once, with a message) when storing failed.
   */
  appendReviews(events: ReviewEvent[]): Promise<AppendResult>;
  /**
   * Merges events read from an export file (parseReviewExport) by id: new ids are added; an id already present keeps
   * its event — a duplicate when the content is the same, a conflict when it differs (never overwritten).
   */
  importReviews(events: ReviewEvent[]): Promise<ImportResult>;
  /**
   * Calls `listener` after every change that added events — in any window or tab, including this one — with the
   * count after the change and the events added (absent for a change of more than REVIEWS_CHANGE_MAX_EVENTS): a
   * renderer folds them into what it has and re-reads with getReviews() only when its count does not add up.
   */
  onReviewsChanged(listener: (change: ReviewsChange) => void): Unsubscribe;
  /** Opens an allow-listed https reference link in the system browser; resolves false if refused. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Desktop only: saves an export (review history, Anki CSV) where the reader chooses in the system's save dialog;
   * resolves false when the dialog was cancelled. The web edition has none and downloads the file instead.
   */
  saveTextFile?(file: SaveTextFile): Promise<boolean>;
  /**
   * Desktop only: prints the calling window (a lesson's handout, #/handout/…) to an A4 PDF with its print stylesheet
   * and saves it where the reader chooses in the system's save dialog; resolves false when the dialog was cancelled.
   * The web edition has none: the handout is printed with the browser's print dialog (which can save a PDF).
   */
  saveHandoutPdf?(request: SaveHandoutPdf): Promise<boolean>;
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
  /**
   * Desktop only: opens the presenter view — a second window from the same hardened factory at `route`, placed on
   * the second display when there is one — or brings the open one to the front (false). The web edition opens a tab.
   */
  openPresenter?(route: string): Promise<boolean>;
  /** Desktop only: sends a mirror message to every other atlas window (the web edition uses a BroadcastChannel). */
  sendMirror?(message: MirrorMessage): Promise<number>;
  /** Desktop only: calls `listener` with every mirror message another window sends. */
  onMirror?(listener: (message: MirrorMessage) => void): Unsubscribe;
}

// IPC channel names and their argument schemas: the single contract the main process registers
// through one validating wrapper and the preload calls by name. Never imports 'electron'.
import * as z from 'zod/mini';
import { isAtlasRoute } from './deep-link';
import { settingsPatchSchema, settingsSchema } from './settings';
import { knownLessonProgressUpdateSchema } from './progress';
import { reviewEventsSchema, reviewsChangeSchema } from './reviews';
import { mirrorMessageSchema } from './mirror';

export const IPC_PREFIX = 'atlas:';

/** A file the renderer asks the shell to save through the save dialog (an export): name, kind and text. */
export const saveTextFileSchema = z.strictObject({
  /** Suggested file name: letters, digits, dot, dash and underscore, ending in the kind's extension. */
  suggestedName: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.(json|csv)$/, 'a plain file name ending in .json or .csv')),
  kind: z.enum(['json', 'csv']),
  /** At most 64 MiB of text (a review history of 100 000 events is about 20 MiB). */
  text: z.string().check(z.maxLength(64 * 1024 * 1024)),
});

/** A handout the renderer asks the shell to print to PDF and save: the suggested file name. */
export const saveHandoutPdfSchema = z.strictObject({
  /** Letters, digits, dot, dash and underscore, ending in .pdf. */
  suggestedName: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.pdf$/, 'a plain file name ending in .pdf')),
});

/** Every channel with the schema of its argument tuple. */
export const ipcContract = {
  'atlas:app-info': z.tuple([]),
  'atlas:settings-get': z.tuple([]),
  'atlas:settings-set': z.tuple([settingsPatchSchema]),
  'atlas:progress-get': z.tuple([]),
  'atlas:progress-update': z.tuple([knownLessonProgressUpdateSchema]),
  'atlas:reviews-get': z.tuple([]),
  'atlas:reviews-append': z.tuple([reviewEventsSchema]),
  'atlas:reviews-import': z.tuple([reviewEventsSchema]),
  'atlas:open-external': z.tuple([z.url().check(z.maxLength(2048))]),
  'atlas:save-text-file': z.tuple([saveTextFileSchema]),
  /** Opens (or focuses) the presenter view: a second window at this route, on the second display when there is one. */
  'atlas:presenter-open': z.tuple([z.string().check(z.refine(isAtlasRoute, 'not an atlas route'))]),
  /** A presentation window's mirror message, relayed to every other atlas window. */
  'atlas:mirror-send': z.tuple([mirrorMessageSchema]),
  'atlas:save-handout-pdf': z.tuple([saveHandoutPdfSchema]),
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]>;
export const IPC_CHANNELS = Object.keys(ipcContract) as IpcChannel[];

/**
 * Push events from the main process to the renderer, each with the schema of its one payload. The main process
 * validates a payload before sending it (electron/main/ipc/events.ts); the preload hands the renderer only the payload.
 */
export const ipcEventContract = {
  /** The settings changed (in any window): the new settings, for every window to follow. */
  'atlas:settings-changed': settingsSchema,
  /** Review events were added (in any window): the count after the change and the events added (see ReviewsChange). */
  'atlas:reviews-changed': reviewsChangeSchema,
  /** A bite-atlas:// link asked to open this route ("#/lesson/…"). */
  'atlas:open-link': z.string().check(z.refine(isAtlasRoute, 'not an atlas route')),
  /** Another presentation window's mirror message (see electron/common/mirror.ts). */
  'atlas:mirror': mirrorMessageSchema,
} as const;

export type IpcEvent = keyof typeof ipcEventContract;
export type IpcEventPayload<E extends IpcEvent> = z.infer<(typeof ipcEventContract)[E]>;
export const IPC_EVENTS = Object.keys(ipcEventContract) as IpcEvent[];

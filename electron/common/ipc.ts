// IPC channel names and their argument schemas: the single contract the main process registers
// through one validating wrapper and the preload calls by name. Never imports 'electron'.
import * as z from 'zod/mini';
import { settingsPatchSchema } from './settings';
import { knownLessonProgressUpdateSchema } from './progress';

export const IPC_PREFIX = 'atlas:';

/** Every channel with the schema of its argument tuple. */
export const ipcContract = {
  'atlas:app-info': z.tuple([]),
  'atlas:settings-get': z.tuple([]),
  'atlas:settings-set': z.tuple([settingsPatchSchema]),
  'atlas:progress-get': z.tuple([]),
  'atlas:progress-update': z.tuple([knownLessonProgressUpdateSchema]),
  'atlas:open-external': z.tuple([z.url().check(z.maxLength(2048))]),
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]>;
export const IPC_CHANNELS = Object.keys(ipcContract) as IpcChannel[];

// Registers every IPC domain of the contract, each through the one validating wrapper.
// Adding a channel: schema in electron/common/ipc.ts, constant in channels.ts, handler in a domain module here.
import type { ProgressStore } from '../services/progress-store';
import type { ReviewStore } from '../services/review-store';
import type { SettingsStore } from '../services/settings-store';
import { registerAppIpc } from './app';
import { registerExternalIpc } from './external';
import { registerFilesIpc } from './files';
import { registerPresenterIpc, type PresenterService } from './presenter';
import { registerHandoutIpc } from './handout';
import { registerProgressIpc } from './progress';
import { registerReviewsIpc } from './reviews';
import { registerSettingsIpc } from './settings';

export interface IpcServices {
  settings: Pick<SettingsStore, 'get' | 'set'>;
  progress: Pick<ProgressStore, 'get' | 'update'>;
  reviews: Pick<ReviewStore, 'get' | 'append' | 'import'>;
  presenter: PresenterService;
}

export function registerIpcHandlers(services: IpcServices): void {
  registerAppIpc();
  registerSettingsIpc(services.settings);
  registerProgressIpc(services.progress);
  registerReviewsIpc(services.reviews);
  registerExternalIpc();
  registerFilesIpc();
  registerPresenterIpc(services.presenter);
  registerHandoutIpc();
}

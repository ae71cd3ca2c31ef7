// The one validating wrapper every IPC handler is registered through: the channel must be in the
// contract, the sender must be the app's own main frame, and the arguments must parse with the schema.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { IpcResults } from '../../common/channels';
import { ipcContract, type IpcArgs, type IpcChannel } from '../../common/ipc';
import { isAppUrl } from '../security';

export class IpcRejectedError extends Error {
  constructor(channel: string, reason: string) {
    super(`IPC call to "${channel}" rejected: ${reason}`);
    this.name = 'IpcRejectedError';
  }
}

export type IpcHandler<C extends IpcChannel> = (...args: IpcArgs<C>) => IpcResults[C] | Promise<IpcResults[C]>;

export function isContractChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && Object.hasOwn(ipcContract, channel);
}

/** Throws unless the message comes from a top-level frame showing app://atlas. */
export function assertTrustedSender(channel: string, event: Pick<IpcMainInvokeEvent, 'senderFrame'>): void {
  const frame = event.senderFrame;
  if (!frame) throw new IpcRejectedError(channel, 'the sending frame is gone');
  if (frame.parent !== null) throw new IpcRejectedError(channel, 'the sender is a sub-frame, not the main frame');
  if (!isAppUrl(frame.url)) throw new IpcRejectedError(channel, `the sender's origin is not app://atlas (${frame.url})`);
}

/** Parses the argument tuple with the channel's schema, or throws a readable error. */
export function parseArgs<C extends IpcChannel>(channel: C, args: unknown[]): IpcArgs<C> {
  const parsed = ipcContract[channel].safeParse(args);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.length > 0 ? `argument ${issue.path.join('.')}` : 'arguments'}: ${issue.message}`)
      .join('; ');
    throw new IpcRejectedError(channel, `invalid arguments (${detail})`);
  }
  return parsed.data as IpcArgs<C>;
}

/** A handler that also needs the page that called (e.g. to print it): its webContents comes first. */
export type IpcSenderHandler<C extends IpcChannel> = (sender: WebContents, ...args: IpcArgs<C>) => IpcResults[C] | Promise<IpcResults[C]>;

/** Registers `handler` for `channel`; it runs only for a trusted sender with valid arguments, and is given the sender. */
export function handleWithSender<C extends IpcChannel>(channel: C, handler: IpcSenderHandler<C>): void {
  if (!isContractChannel(channel)) {
    throw new IpcRejectedError(String(channel), 'the channel is not part of the IPC contract');
  }
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    assertTrustedSender(channel, event);
    const parsed = parseArgs(channel, args);
    return handler(event.sender, ...parsed);
  });
}

/** Registers `handler` for `channel`; it runs only for a trusted sender with valid arguments. */
export function handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>): void {
  handleWithSender(channel, (_sender, ...args) => handler(...args));
}

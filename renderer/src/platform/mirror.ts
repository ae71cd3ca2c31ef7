// The channel between a presenter window and its audience window: the desktop app relays through the main process
// (window.atlas.sendMirror / onMirror), the web edition uses a BroadcastChannel between tabs of the same atlas. Each
// window has a random id and numbers its messages; a receiver ignores its own messages, any message that is not a
// valid mirror message, and any message older than the last it took from the same sender.
import { parseMirrorMessage, type MirrorMessage } from '../../../electron/common/mirror';
import type { AtlasApi, Unsubscribe } from '../../../electron/common/api';

export type { MirrorMessage } from '../../../electron/common/mirror';
export type MirrorRole = MirrorMessage['role'];
export type MirrorOutgoing = Omit<MirrorMessage, 'from' | 'seq' | 'role'>;

export interface MirrorPort {
  readonly id: string;
  readonly role: MirrorRole;
  send(message: MirrorOutgoing): void;
  subscribe(listener: (message: MirrorMessage) => void): Unsubscribe;
  close(): void;
}

export const MIRROR_CHANNEL = 'atlas:bite-atlas:mirror';

const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('');

/** What a transport does: post a message to the other windows, and hear theirs. */
interface Transport {
  post(message: MirrorMessage): void;
  listen(handler: (data: unknown) => void): Unsubscribe;
  close(): void;
}

function desktopTransport(atlas: Required<Pick<AtlasApi, 'sendMirror' | 'onMirror'>>): Transport {
  return {
    post: (message) => void atlas.sendMirror(message).catch(() => undefined),
    listen: (handler) => atlas.onMirror(handler),
    close: () => undefined,
  };
}

function broadcastTransport(): Transport {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(MIRROR_CHANNEL);
  (channel as { unref?: () => void } | null)?.unref?.();
  return {
    post: (message) => channel?.postMessage(message),
    listen: (handler) => {
      const onMessage = (event: MessageEvent) => handler(event.data);
      channel?.addEventListener('message', onMessage);
      return () => channel?.removeEventListener('message', onMessage);
    },
    close: () => channel?.close(),
  };
}

/** A mirror port for this window in `role`, over the desktop relay when there is one, else a BroadcastChannel. */
export function openMirrorPort(role: MirrorRole, atlas?: AtlasApi): MirrorPort {
  const transport = atlas?.sendMirror && atlas.onMirror ? desktopTransport({ sendMirror: atlas.sendMirror, onMirror: atlas.onMirror }) : broadcastTransport();
  const id = randomId();
  let seq = 0;
  const lastSeen = new Map<string, number>();
  return {
    id,
    role,
    send(message) {
      transport.post({ ...message, from: id, seq: seq++, role });
    },
    subscribe(listener) {
      return transport.listen((data) => {
        const message = parseMirrorMessage(data);
        if (!message || message.from === id) return;
        const last = lastSeen.get(message.from);
        if (last !== undefined && message.seq <= last) return;
        lastSeen.set(message.from, message.seq);
        listener(message);
      });
    },
    close() {
      transport.close();
    },
  };
}

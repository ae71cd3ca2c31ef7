// Changes between tabs of the web edition: a tab that stored a change posts it on a BroadcastChannel named after
// the atlas's database and the topic, the other tabs validate what they receive and tell their listeners; the tab
// that made the change tells its own listeners directly (so every tab, this one included, hears each change once).

export interface TabBroadcast<T> {
  subscribe(listener: (value: T) => void): () => void;
  /** Tells this tab's listeners and every other tab of the same atlas. */
  announce(value: T): void;
}

/**
 * `parse` turns a received message into a value, or undefined for anything that is not one (ignored). With
 * `reread`, another tab's message is only a sign that something changed: the listeners get what `reread` returns
 * (the stored record, read under its lock), so a message that arrives late never undoes a newer change.
 */
export function tabBroadcast<T>(dbName: string, topic: string, parse: (data: unknown) => T | undefined, reread?: () => Promise<T>): TabBroadcast<T> {
  const listeners = new Set<(value: T) => void>();
  let channel: BroadcastChannel | null | undefined;
  const open = (): BroadcastChannel | null => {
    if (channel !== undefined) return channel;
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`atlas:${dbName}:${topic}`);
    (channel as { unref?: () => void } | null)?.unref?.(); // Node (unit tests): do not keep the process alive
    if (channel) {
      const tell = (value: T): void => {
        for (const listener of [...listeners]) listener(value);
      };
      channel.onmessage = (event: MessageEvent) => {
        const value = parse(event.data);
        if (value === undefined) return;
        if (!reread) tell(value);
        else reread().then(tell, () => undefined); // unreadable now: the next change or load brings it
      };
    }
    return channel;
  };
  return {
    subscribe(listener) {
      open();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    announce(value) {
      for (const listener of [...listeners]) listener(value);
      try {
        open()?.postMessage(value);
      } catch {
        /* a closed channel: other tabs read the stored value when they next load */
      }
    },
  };
}

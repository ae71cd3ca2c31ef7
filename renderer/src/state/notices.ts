// Visible notices ("progress restored from backup", "this link could not be opened"): a small list beside
// the atlas state (never serialized), which anything may add to and the shell shows.
export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: string;
}

type Listener = () => void;

export class NoticeList {
  private items: readonly Notice[] = [];
  private counter = 0;
  private readonly listeners = new Set<Listener>();

  getList = (): readonly Notice[] => this.items;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  add = (notice: Omit<Notice, 'id'>): void => {
    // The same message twice in a row is shown once.
    if (this.items.some((n) => n.text === notice.text && n.tone === notice.tone)) return;
    this.counter += 1;
    this.set([...this.items, { ...notice, id: `notice-${this.counter}` }]);
  };

  dismiss = (id: string): void => {
    this.set(this.items.filter((n) => n.id !== id));
  };

  private set(items: readonly Notice[]): void {
    this.items = items;
    for (const l of [...this.listeners]) l();
  }
}

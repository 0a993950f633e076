/**
 * A small EventEmitter with Node's API, standing in for the `events` package in the browser
 * builds (vite.config.ts, vite.lib.config.ts alias `events` to this file). graphology extends
 * EventEmitter; the browser polyfill it would otherwise bundle is 5.8 KB minified, this about 1 KB,
 * and the embed bundle has a size budget. It keeps what graphology and its users call: listeners
 * in the order added, `once`, removal of one listener (the most recently added copy, as Node
 * does), `emit` over a snapshot of the listeners (one added or removed while emitting takes
 * effect from the next emit), and an `error` event with no listener thrown. A unit test checks it
 * against Node's own `events` on random call sequences.
 */
type Listener = (...args: unknown[]) => void;

interface Entry {
  listener: Listener;
  once: boolean;
}

export class EventEmitter {
  private readonly entries = new Map<string | symbol, Entry[]>();

  on(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, false, false);
  }

  addListener(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, false, false);
  }

  prependListener(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, false, true);
  }

  once(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, true, false);
  }

  prependOnceListener(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, true, true);
  }

  off(type: string | symbol, listener: Listener): this {
    return this.removeListener(type, listener);
  }

  removeListener(type: string | symbol, listener: Listener): this {
    const list = this.entries.get(type);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.listener === listener) {
        const next = [...list.slice(0, i), ...list.slice(i + 1)];
        if (next.length === 0) this.entries.delete(type);
        else this.entries.set(type, next);
        break;
      }
    }
    return this;
  }

  removeAllListeners(type?: string | symbol): this {
    if (type === undefined) this.entries.clear();
    else this.entries.delete(type);
    return this;
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = this.entries.get(type);
    if (!list || list.length === 0) {
      if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error. (${String(args[0])})`);
      return false;
    }
    for (const entry of list) {
      if (entry.once) this.removeEntry(type, entry);
      entry.listener.apply(this, args);
    }
    return true;
  }

  listeners(type: string | symbol): Listener[] {
    return (this.entries.get(type) ?? []).map((entry) => entry.listener);
  }

  rawListeners(type: string | symbol): Listener[] {
    return this.listeners(type);
  }

  listenerCount(type: string | symbol): number {
    return this.entries.get(type)?.length ?? 0;
  }

  eventNames(): Array<string | symbol> {
    return [...this.entries.keys()];
  }

  /** Node warns past a listener count; nothing here counts, so this only keeps the API. */
  setMaxListeners(_count: number): this {
    return this;
  }

  getMaxListeners(): number {
    return 0;
  }

  /** Removes this very entry (a `once` that fired), not another copy of the same function. */
  private removeEntry(type: string | symbol, entry: Entry): void {
    const list = this.entries.get(type);
    if (!list?.includes(entry)) return;
    const next = list.filter((other) => other !== entry);
    if (next.length === 0) this.entries.delete(type);
    else this.entries.set(type, next);
  }

  private add(type: string | symbol, listener: Listener, once: boolean, first: boolean): this {
    const list = this.entries.get(type) ?? [];
    const entry = { listener, once };
    this.entries.set(type, first ? [entry, ...list] : [...list, entry]);
    return this;
  }
}

export default EventEmitter;

// A run that can end three ways: it finishes, the learner stops it, or the time limit does. Stopping
// terminates the worker that runs it (the only way to end a query or loop that never returns).
// Shared by the SQL and TypeScript engines in src/lib/runner/runner-element.ts; unit-tested with a real worker thread.

export type Stopped = { kind: 'stopped'; reason: 'time' | 'user' };

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface RunControl<T> {
  /** Settles once: with the result, or with Stopped. */
  done: Promise<T | Stopped>;
  /** Starts the clock (call it when the work itself starts, not while the engine loads). */
  arm(): void;
  /** The work finished; ignored after a stop. */
  finish(value: T): void;
  /** Ends the run now: terminates the work and settles with Stopped. */
  stop(reason: Stopped['reason']): void;
}

export function runControl<T>(terminate: () => void, ms: number, clock: Clock = globalThis as unknown as Clock): RunControl<T> {
  let settle: (v: T | Stopped) => void = () => {};
  const done = new Promise<T | Stopped>((resolve) => (settle = resolve));
  let timer: unknown;
  let over = false;
  const end = (v: T | Stopped) => {
    if (over) return false;
    over = true;
    if (timer !== undefined) clock.clearTimeout(timer);
    settle(v);
    return true;
  };
  return {
    done,
    arm() {
      if (!over) timer = clock.setTimeout(() => this.stop('time'), ms);
    },
    finish: (value) => void end(value),
    stop(reason) {
      if (end({ kind: 'stopped', reason })) terminate();
    },
  };
}

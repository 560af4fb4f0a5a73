import { ResponseError } from 'vscode-languageserver';

/**
 * The changes the client notified (a document opened, changed, closed; files changed on disk;
 * settings changed), run one after another in the order they came. Some wait for the disk; a
 * request waits for `settled()` first, so that it sees the state after every earlier notification
 * (a hover right after a close answers from the file on disk, not from the closed buffer).
 * Requests do not wait for one another: a long one does not hold up a hover.
 */
export class ChangeQueue {
  private tail: Promise<void> = Promise.resolve();

  /** @param onFault hears of a change that threw; the changes after it still run. */
  constructor(private readonly onFault: (error: unknown) => void) {}

  /** Runs `change` after every change added before it. */
  add(change: () => void | Promise<void>): void {
    this.tail = this.tail.then(change).catch(this.onFault);
  }

  /** Settles when every change added so far has run. */
  settled(): Promise<void> {
    return this.tail;
  }
}

/** An error in words for the log, with its stack when it has one. */
export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Runs a request handler; a fault is logged and answered with `fallback` (or, when the fallback
 * is a function, with what it returns or throws), never a crash and never an unanswered request.
 */
export function guard<P, R>(
  log: (message: string) => void,
  name: string,
  fallback: R | ((error: unknown) => R),
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R> {
  return async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log(`${name} failed: ${describe(error)}`);
      return typeof fallback === 'function' ? (fallback as (error: unknown) => R)(error) : fallback;
    }
  };
}

/** Lets other messages in now and then during long work: one batch is this many items. */
export const BATCH = 50;

/** Waits for the event loop to take other messages (setImmediate where the host has it). */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

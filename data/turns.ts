/**
 * Long work cut into steps, so that one code path serves both the command
 * line (all at once) and the page, which must stay responsive while a big
 * file is read: between two steps the page gets a turn (input, painting,
 * other charts). A step is one `yield` of a generator.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once (the command line, small inline data). */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs the steps, giving the page a turn after each one. Stops (with an
 * AbortError) between two steps once `signal` is aborted: a chart that no
 * longer needs the data does not keep the page busy with it.
 */
export async function runInTurns<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
    if (signal?.aborted) {
      steps.return(undefined as never);
      throw new DOMException('The chart no longer needs this data.', 'AbortError');
    }
  }
}

/**
 * Lets the page handle what is waiting, then goes on: a message to
 * ourselves, which, unlike a zero `setTimeout`, is not held back 4 ms once
 * turns follow each other. Not `scheduler.yield()`: its continuations go
 * before the page's other tasks, so the answers of other fetches and the
 * page's own timers would wait until the whole file is read.
 */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

import type { Transformer } from 'grammy';

type Signal = Pick<AbortSignal, 'aborted' | 'addEventListener' | 'removeEventListener'>;

/** A grammY transformer that cancels every Bot API call still under way once `signal` aborts. */
export function abortOn(signal: AbortSignal): Transformer {
  return async (prev, method, payload, own) => {
    if (!own) return prev(method, payload, signal as never);
    // The call's own signal (the runner's, a timeout) comes from grammY's AbortController shim,
    // which AbortSignal.any() does not follow: both are joined by hand.
    const both = new AbortController();
    const abort = () => both.abort();
    const sources: Signal[] = [own as unknown as Signal, signal];
    for (const s of sources) {
      if (s.aborted) both.abort();
      else s.addEventListener('abort', abort, { once: true });
    }
    try {
      return await prev(method, payload, both.signal as never);
    } finally {
      for (const s of sources) s.removeEventListener('abort', abort);
    }
  };
}

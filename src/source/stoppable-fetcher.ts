import { SourceFetchError, type SourceFetcher } from './source-fetcher.ts';

/**
 * A fetch still waiting for its source when the program stops is given up: the run ends as failed
 * with this reason before anything was written, and the next run fetches the source again.
 */
export function stoppableFetcher(fetcher: SourceFetcher, signal: AbortSignal): SourceFetcher {
  return {
    fetch(url, conditions) {
      const stopped = () =>
        new SourceFetchError('the program stopped before the source answered; the next run fetches it again');
      if (signal.aborted) return Promise.reject(stopped());
      return new Promise((resolve, reject) => {
        const onAbort = () => reject(stopped());
        signal.addEventListener('abort', onAbort, { once: true });
        fetcher
          .fetch(url, conditions)
          .then(resolve, reject)
          .finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}

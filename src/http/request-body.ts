import type { IncomingMessage } from 'node:http';

export type JsonBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'too_large' }
  | { kind: 'malformed' }
  /** The client went away before the body was complete. */
  | { kind: 'aborted' };

/**
 * Reads a JSON request body of at most `maxBytes`. A declared length over the limit is refused
 * before a byte is read; a body that grows past it (chunked, or lying about its length) stops
 * being read at the limit: nothing past it is buffered.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: JsonBody) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        chunks.length = 0;
        finish({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(parseJson(Buffer.concat(chunks)));
    const onError = () => finish({ kind: 'aborted' });
    const onClose = () => finish({ kind: 'aborted' });
    req.on('data', onData).once('end', onEnd).once('error', onError).once('close', onClose);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Buffer): JsonBody {
  try {
    return { kind: 'json', value: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return { kind: 'malformed' };
  }
}

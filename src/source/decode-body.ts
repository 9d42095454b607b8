/**
 * Text from bytes. The declared charset wins; without one, UTF-8 if the bytes are valid UTF-8, else
 * windows-1251: CSV exports from Excel in a Belarusian or Russian locale are often saved in it.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const declared = /charset\s*=\s*"?([\w-]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown charset name: fall through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

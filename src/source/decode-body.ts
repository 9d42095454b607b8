/**
 * Text from bytes. A byte order mark wins (Excel's "Unicode text" export is UTF-16 with one), then
 * the declared charset; without either, UTF-8 if the bytes are valid UTF-8, else windows-1251: CSV
 * exports from Excel in a Belarusian or Russian locale are often saved in it.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  if (bom) return new TextDecoder(bom).decode(bytes);
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

/** Downloads a file a user sent, through the Bot API's file endpoint, refusing anything too large. */
export async function downloadTelegramFile(
  apiRoot: string,
  token: string,
  filePath: string,
  maxBytes: number,
): Promise<string | undefined> {
  const response = await fetch(`${apiRoot}/file/bot${token}/${filePath}`, { signal: AbortSignal.timeout(20_000) });
  if (!response.ok) return undefined;
  const body = Buffer.from(await response.arrayBuffer());
  if (body.byteLength > maxBytes) return undefined;
  return new TextDecoder('utf-8', { fatal: false }).decode(body);
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

// From the project root, not from this file: `npm start` runs it bundled into dist/main.js.
const ASSETS = join(PROJECT_ROOT, 'src', 'desk', 'assets');
const TYPES = { 'desk.js': 'text/javascript; charset=utf-8', 'desk.css': 'text/css; charset=utf-8' } as const;

/** Read once: the desk's whole front end is these two files, served from here (no CDN, no font service). */
const assets = new Map(
  Object.entries(TYPES).map(([name, type]) => [
    `/desk/assets/${name}`,
    { type, body: readFileSync(join(ASSETS, name)) },
  ]),
);
const version = createHash('sha256')
  .update(Buffer.concat([...assets.values()].map((a) => a.body)))
  .digest('hex')
  .slice(0, 12);

export function deskAsset(path: string): { type: string; body: Buffer } | undefined {
  return assets.get(path);
}

/**
 * The one page of the desk, the same for every screen: it knows nothing until its script has sent
 * Telegram's initData with a call and got the screen back, rendered in the admin's language.
 */
export function deskPage(): string {
  return `<!doctype html>
<html lang="be">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Vestka</title>
<link rel="stylesheet" href="/desk/assets/desk.css?v=${version}">
<script src="/desk/assets/desk.js?v=${version}" defer></script>
</head>
<body>
<main id="app" aria-live="polite"><p class="loading" aria-busy="true">…</p></main>
<div id="sheet" class="sheet" hidden><div class="sheet-body" id="sheet-body"></div></div>
<div id="toast" class="toast" role="status" hidden></div>
</body>
</html>
`;
}

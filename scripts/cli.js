// `npm run cli`: the ops commands bundled in dist/cli/main.js (scripts/build.js), bundled again first when
// src/ changed. The same command works in the Docker image, which has dist/ but neither src/ nor tsx.
import { ensureBuilt } from './build.js';

await ensureBuilt();
process.setSourceMapsEnabled(true);
await import('../dist/cli/main.js');

// `npm start`: the bundled program in dist/, bundled again first when src/ changed (scripts/build.js).
import { ensureBuilt } from './build.js';

await ensureBuilt();
// Stack traces in logs name the lines of src/, not of the bundle.
process.setSourceMapsEnabled(true);
await import('../dist/main.js');

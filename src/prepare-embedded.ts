import { ensureTemplate, TEMPLATE_CACHE } from './db/embedded-template.ts';

/**
 * `node dist/prepare-embedded.js`, run by scripts/postinstall.js after `npm install`: makes the
 * embedded database's template now, so the first start copies it instead of initialising a cluster.
 */
const template = await ensureTemplate();
process.stdout.write(
  template
    ? `vestka: embedded database template ready (${template})\n`
    : `vestka: ${TEMPLATE_CACHE} is not writable; a first start on the embedded database will initialise it itself\n`,
);

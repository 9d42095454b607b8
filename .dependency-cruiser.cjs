/**
 * The layering rules of src/ (README, "Architecture"), checked in CI by `npm run lint`
 * (dependency-cruiser). Each rule says which arrow may not exist and why.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes two modules one; split what both need into a third.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain imports nothing of ours but src/domain.',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'app-does-not-import-drivers',
      severity: 'error',
      comment: 'Use-cases are called by the drivers (bot, cli, scheduler, http, desk), never the other way.',
      from: { path: '^src/app/' },
      to: { path: '^src/(bot|cli|scheduler|http|desk)/|^src/main\\.ts$' },
    },
    {
      name: 'bot-takes-only-types-from-db',
      severity: 'error',
      comment: 'Handlers call use-cases; they may name a row type but never run a query.',
      from: { path: '^src/bot/' },
      to: { path: '^src/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'adapters-do-not-import-app',
      severity: 'error',
      comment: 'Adapters (source, telegram, db, chart) implement ports; the ports live in src/ports or src/domain.',
      from: { path: '^src/(source|telegram|db|chart)/' },
      to: { path: '^src/(app|bot|cli|scheduler|http|desk)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};

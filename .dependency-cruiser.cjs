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
      name: 'drivers-take-only-types-from-db',
      severity: 'error',
      comment:
        'The desk, the HTTP routes and the scheduler call use-cases, as the bot does; they may name a row type but never run a query.',
      from: { path: '^src/(desk|http|scheduler)/' },
      to: { path: '^src/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'cli-takes-only-types-from-db',
      severity: 'error',
      comment:
        'CLI commands call use-cases too; besides row types they take only what opens the database and describes its errors.',
      from: { path: '^src/cli/' },
      to: {
        path: '^src/db/',
        pathNot: '^src/db/(open-database|database-error|data-dir-lock)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'adapters-take-only-ports-from-app',
      severity: 'error',
      comment:
        'Adapters (db, telegram, chart) implement the ports named in src/app/**/ports.ts: they may import those types, nothing else of app or the drivers.',
      from: { path: '^src/(telegram|db|chart)/' },
      to: { path: '^src/(app|bot|cli|scheduler|http|desk)/', pathNot: '^src/app/[a-z-]*/?ports\\.ts$' },
    },
    {
      name: 'adapters-import-ports-as-types',
      severity: 'error',
      comment: 'A port is a type; an adapter that imports a value from app depends on the use-cases.',
      from: { path: '^src/(telegram|db|chart)/' },
      to: { path: '^src/app/[a-z-]*/?ports\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'source-does-not-import-app',
      severity: 'error',
      comment: 'The source readers parse what a source publishes; they know nothing of the use-cases.',
      from: { path: '^src/source/' },
      to: { path: '^src/(app|bot|cli|scheduler|http|desk|db)/' },
    },
    {
      name: 'config-reads-no-adapter',
      severity: 'error',
      comment: "src/config.ts parses the environment; the types it speaks are its own or the domain's.",
      from: { path: '^src/config\\.ts$' },
      to: { path: '^src/(app|bot|cli|scheduler|http|desk|db|telegram|source)/' },
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

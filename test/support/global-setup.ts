// Filled in with the database template (see test/support/test-database.ts).
export default function setup(): void {}

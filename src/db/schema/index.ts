export * from './prisoners.ts';
export * from './status-history.ts';
export * from './subscribers.ts';
export * from './outbox.ts';
export * from './jobs.ts';
export * from './sources.ts';
export * from './release-batches.ts';
export * from './admin.ts';

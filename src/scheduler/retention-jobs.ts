import { pruneOldRecords, type RetentionDeps } from '../app/delivery/data-retention.ts';
import type { Logger } from '../logging.ts';
import type { ScheduledJob } from './scheduler.ts';

/** Once a day, at a quiet hour for Belarus (06:17 in Minsk), delete delivery records past retention. */
export function retentionJob(deps: RetentionDeps, logger: Logger): ScheduledJob {
  return {
    name: 'retention',
    schedule: '17 3 * * *',
    async run(slot) {
      const counts = await pruneOldRecords(deps, slot);
      if (counts)
        logger.info(
          { ...counts },
          `retention: ${counts.outbox} settled messages, ${counts.digestRuns} digest records and ${counts.goneChats} gone chats deleted`,
        );
    },
  };
}

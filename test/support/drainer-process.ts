import type { BotApiEmulator } from './bot-api-emulator.ts';
import type { SharedDatabase } from './test-database.ts';
import { VestkaProcess } from './vestka-process.ts';

/** `npm run --silent cli -- drain ...` as its own process, sending to the emulator. */
export function startDrainProcess(
  emulator: BotApiEmulator,
  database: SharedDatabase,
  args: string[],
  env: Record<string, string> = {},
): VestkaProcess {
  return VestkaProcess.start(
    { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, ...database.env, ...env },
    'src/cli/main.ts',
    ['drain', ...args],
  );
}

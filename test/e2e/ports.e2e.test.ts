import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_TOKEN } from '../support/bot-api-emulator.ts';
import { VestkaProcess } from '../support/vestka-process.ts';

let taken: Server;
let port: number;
let dataDir: string;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  port = (taken.address() as AddressInfo).port;
  dataDir = join(mkdtempSync(join(tmpdir(), 'vestka-e2e-ports-')), 'data');
});
afterAll(async () => {
  await new Promise((resolve) => taken.close(resolve));
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
});

describe('a port already in use', () => {
  it.each(['PORT', 'METRICS_PORT'])(
    '%s: one plain line naming the setting, exit code 2, nothing else touched',
    async (setting) => {
      // The Bot API is unreachable on purpose: the port is checked before Telegram or the database.
      const proc = VestkaProcess.start({
        BOT_TOKEN: EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
        DATA_DIR: dataDir,
        [setting]: String(port),
      });
      expect(await proc.exited).toBe(2);
      const stderr = proc.stderr.join('');
      expect(stderr).toBe(
        `Vestka cannot start: ${setting}=${port} is already in use on 127.0.0.1 (another program, or another Vestka, listens there). Stop it or choose another ${setting}.\n`,
      );
      expect(existsSync(dataDir)).toBe(false);
    },
  );
});

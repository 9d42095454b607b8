import { BotApiEmulator, type EmulatorOptions } from '../../test/support/bot-api-emulator.ts';

/**
 * The Bot API emulator in its own process, so its CPU does not count against the drainer under
 * measurement. Started with its options as JSON in argv; answers { type: 'stats' } over IPC.
 */
const options = JSON.parse(process.argv[2] ?? '{}') as EmulatorOptions;
const emulator = await BotApiEmulator.start(options);
process.send!({ type: 'ready', apiRoot: emulator.apiRoot, token: emulator.token });
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    process.send!({
      type: 'stats',
      sent: emulator.sent.map((m) => [m.chat_id, m.plain, m.at]),
      rateLimitedAt: emulator.rateLimitedAt,
      calls: emulator.calls.filter((c) => c.method === 'sendMessage').length,
    });
  } else if (message.type === 'stop') {
    void emulator.stop().then(() => process.exit(0));
  }
});

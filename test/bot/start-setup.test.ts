import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, texts } from '../support/bot-harness.ts';
import { seedRegister } from '../support/register.ts';

const ADMIN = 900;

/** Fresh installations: an empty register, with no source configured or before the first sync. */
let noSource: BotHarness;
let awaiting: BotHarness;
beforeAll(async () => {
  noSource = await BotHarness.create({ adminIds: [ADMIN] });
  awaiting = await BotHarness.create({ adminIds: [ADMIN], configuredSources: ['viasna'] });
});
afterAll(async () => {
  await noSource.close();
  await awaiting.close();
});

describe('/start for an admin of a fresh installation', () => {
  it.each([
    ['en', 'no source is configured', 'SOURCE_URL'],
    ['ru', 'источник не настроен', 'SOURCE_URL'],
    ['be', 'крыніца не наладжаная', 'SOURCE_URL'],
  ])(
    'says in %s that the register is empty, that no source is configured, and how to add one',
    async (code, says, variable) => {
      const [reply] = texts(await noSource.send({ id: ADMIN, language_code: code }, '/start'));
      expect(reply).toContain(says);
      expect(reply).toContain(variable);
      expect(reply).toContain('SOURCES');
      expect(reply).toContain('<code>npm run --silent cli -- sync --source &lt;');
    },
  );

  it('says the register fills with the first run of the configured source', async () => {
    const [reply] = texts(await awaiting.send({ id: ADMIN, language_code: 'en' }, '/start'));
    expect(reply).toContain(
      'the register stays empty until the first run of the source viasna completes; /sync_status shows how it went.',
    );
    expect(reply).not.toContain('SOURCE_URL');
  });

  it('tells anyone else nothing about it', async () => {
    for (const harness of [noSource, awaiting]) {
      const [reply] = texts(await harness.send({ id: 5, language_code: 'en' }, '/start'));
      expect(reply).toContain('Choose your language');
      expect(reply).not.toMatch(/admins|source|register|SOURCE_URL/i);
    }
  });

  it('says nothing once the register holds people', async () => {
    await seedRegister(noSource.database.db);
    const [reply] = texts(await noSource.send({ id: ADMIN, language_code: 'en' }, '/start'));
    expect(reply).not.toContain('For admins');
    expect(reply).toContain('Choose your language');
  });
});

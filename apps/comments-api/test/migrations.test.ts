import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine, type TestDatabase } from './helpers/databases.js';
import { demoThread, seedDemoThread } from '../src/demo-seed.js';
import { pendingMigrations } from '../src/storage/migration.js';
import { postgresMigrations } from '../src/storage/postgres-migrations.js';
import { sqliteMigrations } from '../src/storage/sqlite-migrations.js';

it('both engines have the same migration versions', () => {
  expect(postgresMigrations.map((migration) => migration.version)).toEqual(
    sqliteMigrations.map((migration) => migration.version),
  );
  expect(pendingMigrations(sqliteMigrations, new Set([1])).length).toBe(0);
});

describeEachEngine('migrations and the demo seed', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await engine.create();
  });
  afterEach(() => database.drop());

  it('migrate on open, again harmlessly, and when several instances open the database at once', async () => {
    const repositories = await Promise.all([database.open(), database.open(), database.open()]);
    for (const repository of repositories) {
      await repository.migrate();
      expect(await repository.ping()).toBe(true);
    }
  });

  it('share one secret between instances', async () => {
    const repositories = await Promise.all([database.open(), database.open()]);
    const secrets = await Promise.all(repositories.map((repository) => repository.sharedSecret('rate-limit-client')));
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]?.length).toBeGreaterThanOrEqual(32);
  });

  it('seed the demo thread once: published comments and an official reply from "Ban biên tập"', async () => {
    const repository = await database.open();
    const clock = () => Date.UTC(2026, 10, 27, 9, 0, 0);
    const inserted = await seedDemoThread(repository, clock);
    expect(inserted).toBeGreaterThan(3);
    expect(await seedDemoThread(repository, clock)).toBe(0);

    const page = await repository.listPublished(demoThread, { before: null, limit: 50 });
    expect(page.total).toBeGreaterThanOrEqual(3);
    const officialReplies = page.items.flatMap((comment) => comment.replies).filter((reply) => reply.official);
    expect(officialReplies.map((reply) => reply.author)).toEqual(['Ban biên tập']);
    expect((await repository.listByStatus('pending', { after: null, limit: 50 })).total).toBe(1);
  });
});

import type { DatabaseTarget } from '../config.js';
import { PostgresRepository, type PostgresOptions } from './postgres-repository.js';
import type { CommentRepository } from './repository.js';
import { SqliteRepository } from './sqlite-repository.js';

/** Opens the configured database and brings its schema up to date. */
export async function openRepository(
  target: DatabaseTarget,
  options: PostgresOptions = {},
): Promise<CommentRepository> {
  const repository =
    target.engine === 'sqlite' ? new SqliteRepository(target.path) : new PostgresRepository(target.url, options);
  try {
    await repository.migrate();
  } catch (error) {
    await repository.close();
    throw error;
  }
  return repository;
}

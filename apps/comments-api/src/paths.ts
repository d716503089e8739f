import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The same modules run from src/ (tests), dist/ (npm start) and a test build: find the package by
// its package.json instead of assuming how deep this file sits.
function findPackageDir(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const packageDir = findPackageDir(dirname(fileURLToPath(import.meta.url)));
export const defaultSqlitePath = join(packageDir, 'data', 'comments.db');
export const assetsDir = join(packageDir, 'assets');
/** The comments API contract, published by the comment box and implemented here. */
export const contractPath = resolve(packageDir, '../../packages/comment-box/openapi.json');

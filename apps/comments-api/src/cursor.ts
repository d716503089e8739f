import { invalidRequest } from './errors.js';

// Opaque to clients: a storage position wrapped so that nobody builds cursors by hand.
const prefix = 'p';

export function encodeCursor(position: number | null): string | null {
  return position === null ? null : Buffer.from(`${prefix}${position}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === '') return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = decoded.startsWith(prefix) ? Number(decoded.slice(prefix.length)) : NaN;
  if (!Number.isSafeInteger(position) || position < 0) throw invalidRequest('cursor');
  return position;
}

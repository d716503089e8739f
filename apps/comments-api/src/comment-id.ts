import { randomBytes } from 'node:crypto';
import type { StoredResponse } from './storage/repository.js';

export const newCommentId = () => randomBytes(16).toString('base64url');

/** The answer to a new comment; a reader's comment always starts `pending`. */
export const createdResponse = (id: string): StoredResponse => ({ statusCode: 201, body: { id, status: 'pending' } });

import type { PublishedComment, StoredComment } from './storage/repository.js';

// Stored comments as the contract shows them. Public views leave out e-mail and status; optional
// properties appear only when they say something.

const iso = (milliseconds: number) => new Date(milliseconds).toISOString();

function publicReply(reply: StoredComment) {
  return {
    id: reply.id,
    author: reply.author,
    content: reply.content,
    createdAt: iso(reply.createdAt),
    ...(reply.official ? { official: true } : {}),
  };
}

/** The contract's `Comment`. */
export function publicComment(comment: PublishedComment) {
  return {
    ...publicReply(comment),
    ...(comment.replies.length > 0 ? { replies: comment.replies.map(publicReply) } : {}),
  };
}

/** The contract's `ModeratedComment`: everything a moderator needs, including the e-mail address. */
export function moderatedComment(comment: StoredComment) {
  return {
    id: comment.id,
    thread: comment.thread,
    ...(comment.parentId ? { parentId: comment.parentId } : {}),
    author: comment.author,
    ...(comment.email ? { email: comment.email } : {}),
    content: comment.content,
    createdAt: iso(comment.createdAt),
    status: comment.status,
    ...(comment.official ? { official: true } : {}),
  };
}

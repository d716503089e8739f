// The class without registering it: for subclassing or scoped custom element registries.
export {
  CommentBox,
  defaultMaxLength,
  defaultPageSize,
  maxPageSize,
  type CaptchaDetail,
  type CommentBoxStringKey,
  type CommentErrorDetail,
  type CommentSubmittedDetail,
} from './comment-box.js';
export { commentsUrl, sendFailureReasons, type Created, type SendFailure, type SendFailureReason } from './api.js';
export type { Comment, CommentPage, Reply } from './comments.js';
export { countCharacters } from './counting.js';
export type { NewComment } from './submission.js';
export type { FieldProblem, FieldProblems, ProblemField } from './validation.js';
export { commentBoxMessages, type CommentBoxMessageKey } from './messages.js';
export { feedbackMessages, type FeedbackMessageKey } from './feedback-messages.js';
export { listMessages, type ListMessageKey } from './list-messages.js';

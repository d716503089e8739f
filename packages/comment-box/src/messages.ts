import type { Catalogue, Catalogues } from '@portal-widgets/core';

const vi = {
  /** Title of the block. */
  heading: 'Ý kiến bạn đọc',
  /** Under the title: comments are moderated. */
  intro: 'Ý kiến của bạn sẽ được đăng sau khi ban biên tập kiểm duyệt.',
  /** Shown instead of the form when `endpoint` or `thread` is missing or invalid. */
  notConfigured: 'Khung ý kiến bạn đọc chưa được cấu hình nên chưa thể xem hay gửi ý kiến.',
  authorLabel: 'Họ và tên',
  emailLabel: 'Email',
  /** The email label when the site does not require it. */
  emailLabelOptional: 'Email (không bắt buộc)',
  emailHint: 'Email không được công khai.',
  contentLabel: 'Ý kiến của bạn',
  /** Static description of the comment box; `{max}` is the limit. */
  contentHint: 'Tối đa {max} ký tự.',
  /** The visible count while within the limit. */
  countRemaining: 'Bạn còn {count} ký tự',
  /** The visible count past the limit. */
  countOver: 'Bạn đã viết thừa {count} ký tự',
  /** Label of the honeypot field, which people never see; bots fill it in. */
  honeypotLabel: 'Để trống ô này',
  submit: 'Gửi ý kiến',
  sending: 'Đang gửi…',
  /** The button that sends the same comment again after a failure. */
  retry: 'Gửi lại',
  draftRestored: 'Đã khôi phục nội dung bạn viết dở trên thiết bị này.',
  discardDraft: 'Xoá nội dung đã viết',
  /** Heading of the list (followed by the number of comments when the server gives it). */
  listHeading: 'Các ý kiến đã đăng',
  loading: 'Đang tải ý kiến…',
  listError: 'Không tải được các ý kiến đã đăng. Bạn vẫn có thể gửi ý kiến.',
  /** Retry of a failed list load. */
  reload: 'Tải lại',
} as const;

export type CommentBoxMessageKey = keyof typeof vi;

const en: Catalogue<CommentBoxMessageKey> = {
  heading: 'Reader comments',
  intro: 'Your comment will be published after the editors have reviewed it.',
  notConfigured: 'Reader comments are not set up on this page yet, so comments cannot be read or sent.',
  authorLabel: 'Full name',
  emailLabel: 'Email',
  emailLabelOptional: 'Email (optional)',
  emailHint: 'Your email is never published.',
  contentLabel: 'Your comment',
  contentHint: 'Up to {max} characters.',
  countRemaining: 'Characters remaining: {count}',
  countOver: 'Characters over the limit: {count}',
  honeypotLabel: 'Leave this empty',
  submit: 'Send comment',
  sending: 'Sending…',
  retry: 'Send again',
  draftRestored: 'What you were writing on this device has been restored.',
  discardDraft: 'Clear what you wrote',
  listHeading: 'Published comments',
  loading: 'Loading comments…',
  listError: 'The published comments could not be loaded. You can still send a comment.',
  reload: 'Try again',
};

export const commentBoxMessages: Catalogues<CommentBoxMessageKey> = { vi, en };

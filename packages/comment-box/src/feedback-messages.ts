import type { Catalogue, Catalogues } from '@portal-widgets/core';

// What the form says once the reader sends: problems with the fields and the server's answers.
// Loaded on demand with the sending code; overridable through `strings` like every other string.

const vi = {
  errorSummary: 'Có lỗi cần sửa',
  /** Read before each inline field error. */
  errorPrefix: 'Lỗi:',
  authorRequired: 'Hãy nhập họ và tên',
  authorTooLong: 'Họ và tên không được dài quá {max} ký tự',
  emailRequired: 'Hãy nhập email',
  emailInvalid: 'Hãy nhập email đúng định dạng, ví dụ: ten@vidu.vn',
  emailTooLong: 'Email không được dài quá {max} ký tự',
  contentRequired: 'Hãy nhập ý kiến của bạn',
  /** `{max}` is the limit, `{count}` how many characters too many. */
  contentTooLong: 'Ý kiến không được dài quá {max} ký tự (bạn đã viết thừa {count} ký tự)',
  /** The server found the comment too long although the count said it fits (its limit is lower). */
  contentTooLongServer: 'Ý kiến dài hơn mức máy chủ cho phép. Hãy rút ngắn lại.',
  bannedWords: 'Ý kiến có từ ngữ không phù hợp. Hãy sửa lại trước khi gửi.',
  /** A field the server refused for a reason the widget has no wording for, with no message of its own. */
  fieldInvalid: 'Nội dung ô này chưa hợp lệ',
  captchaError: 'Hãy hoàn thành bước xác minh rồi gửi lại',
  /** After `201` with status `pending`. */
  sent: 'Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt.',
  /** After `201` with status `published`. */
  published: 'Ý kiến của bạn đã được gửi và đăng.',
  failedServer: 'Máy chủ đang gặp sự cố nên ý kiến chưa được gửi. Nội dung bạn viết vẫn còn nguyên.',
  failedTimeout:
    'Máy chủ không trả lời kịp nên chưa chắc ý kiến đã được gửi. Nội dung bạn viết vẫn còn nguyên; gửi lại sẽ không tạo ý kiến trùng.',
  failedOffline: 'Thiết bị đang mất kết nối mạng nên ý kiến chưa được gửi. Nội dung bạn viết vẫn còn nguyên.',
  failedNetwork:
    'Không kết nối được tới máy chủ nên ý kiến chưa được gửi. Nội dung bạn viết vẫn còn nguyên; hãy kiểm tra kết nối mạng.',
  failedRejected: 'Máy chủ không nhận ý kiến này. Nội dung bạn viết vẫn còn nguyên.',
  /** `{seconds}` is how long the server asked to wait. */
  rateLimited: 'Bạn đã gửi nhiều lần trong thời gian ngắn. Hãy gửi lại sau {seconds} giây.',
  /** A `429` without `Retry-After`. */
  rateLimitedNoDelay: 'Bạn đã gửi nhiều lần trong thời gian ngắn. Hãy đợi một lát rồi gửi lại.',
  closed: 'Bài viết này đã ngừng nhận ý kiến. Ý kiến của bạn chưa được gửi; nội dung vẫn còn để bạn sao chép.',
  /** `422`: the key was used with another body; the next send uses a new key. */
  keyReused: 'Ý kiến chưa được gửi vì trùng với một lần gửi trước. Hãy bấm “Gửi lại”.',
} as const;

export type FeedbackMessageKey = keyof typeof vi;

const en: Catalogue<FeedbackMessageKey> = {
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  authorRequired: 'Enter your full name',
  authorTooLong: 'Full name must be {max} characters or fewer',
  emailRequired: 'Enter your email',
  emailInvalid: 'Enter an email address in the correct format, like name@example.com',
  emailTooLong: 'Email must be {max} characters or fewer',
  contentRequired: 'Enter your comment',
  contentTooLong: 'Comment must be {max} characters or fewer (it is {count} over)',
  contentTooLongServer: 'Your comment is longer than the server accepts. Please shorten it.',
  bannedWords: 'Your comment contains words that are not allowed. Please change them before sending.',
  fieldInvalid: 'This field is not valid',
  captchaError: 'Complete the verification step, then send again',
  sent: 'Your comment has been sent and is awaiting moderation.',
  published: 'Your comment has been sent and published.',
  failedServer: 'The server has a problem, so your comment was not sent. Everything you wrote is still here.',
  failedTimeout:
    'The server did not answer in time, so your comment may not have been sent. Everything you wrote is still here; sending again will not post it twice.',
  failedOffline: 'Your device is offline, so your comment was not sent. Everything you wrote is still here.',
  failedNetwork:
    'The server could not be reached, so your comment was not sent. Everything you wrote is still here; check your connection.',
  failedRejected: 'The server did not accept this comment. Everything you wrote is still here.',
  rateLimited: 'You have sent several times in a short while. Please send again in {seconds} seconds.',
  rateLimitedNoDelay: 'You have sent several times in a short while. Please wait a moment, then send again.',
  closed: 'This article no longer takes comments. Yours was not sent; the text is still here for you to copy.',
  keyReused: 'Your comment was not sent because it clashed with an earlier attempt. Press “Send again”.',
};

export const feedbackMessages: Catalogues<FeedbackMessageKey> = { vi, en };

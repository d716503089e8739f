// Vietnamese texts a reader or moderator sees in error bodies. Clients show their own wording for
// the codes they know and fall back to these.
export const messages = {
  invalidRequest: 'Yêu cầu không hợp lệ.',
  invalidFields: 'Vui lòng kiểm tra lại các thông tin được đánh dấu.',
  idempotencyKeyRequired: 'Thiếu hoặc sai tiêu đề Idempotency-Key.',
  idempotencyKeyReused: 'Idempotency-Key này đã được dùng cho một ý kiến khác.',
  threadClosed: 'Bài viết này đã ngừng nhận ý kiến.',
  parentNotFound: 'Không tìm thấy ý kiến mà bạn muốn trả lời.',
  rateLimited: (seconds: number) => `Bạn đã gửi quá nhiều ý kiến. Vui lòng thử lại sau ${seconds} giây.`,
  bodyTooLarge: 'Nội dung gửi lên quá lớn.',
  notFound: 'Không tìm thấy.',
  commentNotFound: 'Không tìm thấy ý kiến này.',
  unauthorized: 'Thiếu hoặc sai mã quản trị.',
  moderationDisabled: 'Máy chủ này chưa bật chức năng kiểm duyệt.',
  internal: 'Máy chủ gặp sự cố. Vui lòng thử lại sau.',
  field: {
    authorRequired: 'Vui lòng nhập họ tên.',
    authorTooLong: (max: number) => `Họ tên không được dài quá ${max} ký tự.`,
    contentRequired: 'Vui lòng nhập nội dung ý kiến.',
    contentTooLong: (max: number) => `Nội dung không được dài quá ${max} ký tự.`,
    emailInvalid: 'Địa chỉ email không hợp lệ.',
    tooLong: 'Giá trị quá dài.',
    required: 'Vui lòng nhập thông tin này.',
    bannedWords: 'Nội dung có từ ngữ không phù hợp. Vui lòng sửa lại.',
    invalid: 'Giá trị không hợp lệ.',
  },
} as const;

import type { Clock } from './clock.js';
import type { CommentRepository, StoredComment } from './storage/repository.js';

/** The thread of the reference article page (the contract's example thread id). */
export const demoThread = 'tin-tuc-2026-11-27-hoi-nghi-an-ninh';

const minutes = 60 * 1000;

// The article: a provincial conference reviewing ten years of the "Toàn dân bảo vệ an ninh Tổ
// quốc" movement. Times are relative to the first seeding so the demo shows recent dates.
const demoComments = (now: number): StoredComment[] => {
  const comment = (
    id: string,
    minutesAgo: number,
    fields: Pick<StoredComment, 'author' | 'content'> & Partial<StoredComment>,
  ): StoredComment => ({
    id,
    thread: demoThread,
    parentId: null,
    email: null,
    status: 'published',
    official: false,
    createdAt: now - minutesAgo * minutes,
    ...fields,
  });
  return [
    comment('demo-hung', 300, {
      author: 'Nguyễn Văn Hùng',
      content:
        'Phong trào đã thực sự đi vào cuộc sống. Ở tổ dân phố tôi, mô hình "camera an ninh" do bà con cùng góp tiền lắp đặt đã giúp giảm hẳn trộm cắp xe máy trong hai năm qua.',
    }),
    comment('demo-mai', 240, {
      author: 'Trần Thị Mai',
      content:
        'Mong rằng sau hội nghị, tỉnh sẽ quan tâm hơn nữa đến chế độ hỗ trợ cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Anh em làm việc ngày đêm rất vất vả.',
    }),
    comment('demo-mai-reply', 180, {
      parentId: 'demo-mai',
      author: 'Ban biên tập',
      official: true,
      content:
        'Cảm ơn bạn Mai đã quan tâm. Ban biên tập đã chuyển ý kiến của bạn tới Công an tỉnh, cơ quan thường trực Ban Chỉ đạo phong trào. Nội dung trả lời sẽ được đăng trên Cổng thông tin trong thời gian sớm nhất.',
    }),
    comment('demo-anh', 150, {
      parentId: 'demo-hung',
      author: 'Hoàng Anh',
      content: 'Khu phố tôi cũng làm theo mô hình này từ đầu năm, bà con rất đồng tình.',
    }),
    comment('demo-ha', 95, {
      author: 'Phạm Thu Hà',
      content:
        'Tôi xin đề nghị:\n- Tăng cường tuyên truyền phòng, chống lừa đảo qua mạng cho người cao tuổi;\n- Phát huy vai trò của tổ tự quản và các mô hình "Khu dân cư an toàn" ở khu dân cư.',
    }),
    comment('demo-tuan', 40, {
      author: 'Lê Minh Tuấn',
      content: 'Xin chúc mừng các tập thể, cá nhân được khen thưởng tại hội nghị! 👏',
    }),
    comment('demo-nam', 10, {
      author: 'Đỗ Văn Nam',
      email: 'nam.do@example.com',
      status: 'pending',
      content: 'Cho tôi hỏi số điện thoại đường dây nóng để báo tin về tội phạm ở xã là số nào ạ?',
    }),
  ];
};

/** Adds the demo thread's comments that are not stored yet; running it again changes nothing. */
export function seedDemoThread(repository: CommentRepository, clock: Clock): Promise<number> {
  return repository.insertMissing(demoComments(clock()));
}

import type { ServerComment } from './comments-server.js';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const ago = (ms: number): string => new Date(Date.now() - ms).toISOString();

const editors = 'Ban biên tập Cổng TTĐT tỉnh';

/** Comments on a provincial news article about upgrading a national road, newest first. */
export const roadComments: ServerComment[] = [
  {
    id: 'yk-112',
    author: 'Trần Thị Bình',
    content:
      'Rất mong dự án sớm hoàn thành. Đoạn qua xã Phú Lâm mùa mưa nào cũng ngập, xe máy đi lại rất nguy hiểm.\nĐề nghị ban quản lý dự án đặt biển báo rõ ràng trong thời gian thi công.',
    createdAt: ago(3 * hour + 12 * minute),
    replies: [
      {
        id: 'yk-113',
        author: editors,
        content:
          'Cảm ơn bạn đã quan tâm. Ý kiến của bạn đã được chuyển tới Sở Giao thông vận tải để bố trí biển báo và phân luồng trong thời gian thi công.',
        createdAt: ago(hour + 5 * minute),
        official: true,
      },
    ],
  },
  {
    id: 'yk-109',
    author: 'Nguyễn Văn Hùng',
    content: 'Đề nghị công khai tiến độ từng giai đoạn trên cổng thông tin để người dân theo dõi.',
    createdAt: ago(5 * hour),
  },
  {
    id: 'yk-104',
    author: 'Lê Thị Mai',
    content: 'Gia đình tôi thuộc diện giải phóng mặt bằng. Xin hỏi khi nào có phương án bồi thường chính thức?',
    createdAt: ago(day + 2 * hour),
    replies: [
      {
        id: 'yk-105',
        author: 'Phạm Đức Long',
        content: 'Nhà tôi cũng đang chờ thông tin này.',
        createdAt: ago(day),
      },
      {
        id: 'yk-107',
        author: '',
        content:
          'Theo UBND huyện, phương án bồi thường sẽ được niêm yết công khai tại trụ sở UBND xã trước ngày 15/12/2026.',
        createdAt: ago(20 * hour),
        official: true,
      },
    ],
  },
  {
    id: 'yk-101',
    author: 'Phạm Quốc Khánh',
    content: 'Ủng hộ chủ trương của tỉnh 👍',
    createdAt: ago(2 * day),
  },
  // Older comments, one per reader, so that "Xem thêm ý kiến" has a second page and no name repeats.
  ...[
    ['Hoàng Minh Tuấn', 'Mong tỉnh tính toán kỹ phương án thoát nước hai bên đường.'],
    ['Đỗ Thị Hạnh', 'Xin cảm ơn cổng thông tin đã cập nhật thông tin kịp thời.'],
    ['Vũ Văn Nam', 'Đề nghị thi công vào ban đêm ở đoạn qua thị trấn để giảm ùn tắc.'],
    ['Bùi Thị Lan', 'Cần có đường gom cho xe thô sơ và người đi bộ.'],
    ['Đặng Quang Huy', 'Hy vọng chất lượng công trình được giám sát chặt chẽ.'],
    ['Ngô Thị Thu Hà', 'Đề nghị bố trí thêm cầu vượt cho học sinh tại khu vực trường học.'],
    ['Trịnh Văn Lực', 'Xin hỏi dự án có làm thêm vỉa hè và cây xanh không?'],
    ['Lý Thị Ngọc', 'Mong các nhà thầu thu dọn vật liệu gọn gàng sau mỗi ngày thi công.'],
    ['Phan Văn Sơn', 'Nên lắp thêm đèn tín hiệu tại nút giao với đường tỉnh 742.'],
    ['Dương Thị Yến', 'Đề nghị tưới nước thường xuyên để giảm bụi cho các hộ dân ven đường.'],
  ].map(([author = '', content = ''], index) => ({
    id: `yk-${90 - index}`,
    author,
    content,
    createdAt: ago((3 + index) * day),
  })),
];

/** Text that does not break by itself (a name typed without spaces, a pasted link): it must wrap at 320 px. */
export const unbrokenComments: ServerComment[] = [
  {
    id: 'yk-120',
    author: 'NguyễnVănHùngThônĐôngXãPhúLâmHuyệnThuậnAn',
    content:
      'Xem bản đồ tại https://giaothong.tinh.gov.vn/du-an/quoc-lo-1/doan-qua-xa-phu-lam/ban-do-thi-cong-chi-tiet',
    createdAt: ago(30 * minute),
    replies: [
      {
        id: 'yk-121',
        author: 'BanQuảnLýDựÁnĐầuTưXâyDựngCôngTrìnhGiaoThôngTỉnh',
        content: 'Đã tiếp nhận.',
        createdAt: ago(10 * minute),
        official: true,
      },
    ],
  },
  ...roadComments,
];

/** The same discussion for an English page. */
export const englishComments: ServerComment[] = [
  {
    id: 'en-2',
    author: 'Sarah Nguyen',
    content: 'Will the road stay open to traffic during the works?\nI commute through Phu Lam every day.',
    createdAt: ago(2 * hour),
    replies: [
      {
        id: 'en-3',
        author: 'Provincial portal editors',
        content: 'Yes: one lane stays open in each direction. Detours will be signposted.',
        createdAt: ago(40 * minute),
        official: true,
      },
    ],
  },
  { id: 'en-1', author: 'Tom Baker', content: 'Good news for the district.', createdAt: ago(day) },
];

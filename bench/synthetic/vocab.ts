/**
 * The words the synthetic graph is made of: Vietnamese provinces, names with their real frequencies, bodies
 * and posts of provincial and district government, event and award names. Written in NFC, with diacritics,
 * so that folding and search meet the same text as in real articles.
 */

/** The 63 provinces and centrally-run cities (before the 2025 merger); `city` takes "thành phố" instead of "tỉnh". */
export const PROVINCES: readonly { name: string; en: string; city?: boolean }[] = [
  { name: 'Hà Nội', en: 'Hà Nội', city: true }, { name: 'Hồ Chí Minh', en: 'Hồ Chí Minh City', city: true },
  { name: 'Hải Phòng', en: 'Hải Phòng', city: true }, { name: 'Đà Nẵng', en: 'Đà Nẵng', city: true },
  { name: 'Cần Thơ', en: 'Cần Thơ', city: true }, { name: 'An Giang', en: 'An Giang' }, { name: 'Bà Rịa - Vũng Tàu', en: 'Bà Rịa - Vũng Tàu' },
  { name: 'Bắc Giang', en: 'Bắc Giang' }, { name: 'Bắc Kạn', en: 'Bắc Kạn' }, { name: 'Bạc Liêu', en: 'Bạc Liêu' },
  { name: 'Bắc Ninh', en: 'Bắc Ninh' }, { name: 'Bến Tre', en: 'Bến Tre' }, { name: 'Bình Định', en: 'Bình Định' },
  { name: 'Bình Dương', en: 'Bình Dương' }, { name: 'Bình Phước', en: 'Bình Phước' }, { name: 'Bình Thuận', en: 'Bình Thuận' },
  { name: 'Cà Mau', en: 'Cà Mau' }, { name: 'Cao Bằng', en: 'Cao Bằng' }, { name: 'Đắk Lắk', en: 'Đắk Lắk' },
  { name: 'Đắk Nông', en: 'Đắk Nông' }, { name: 'Điện Biên', en: 'Điện Biên' }, { name: 'Đồng Nai', en: 'Đồng Nai' },
  { name: 'Đồng Tháp', en: 'Đồng Tháp' }, { name: 'Gia Lai', en: 'Gia Lai' }, { name: 'Hà Giang', en: 'Hà Giang' },
  { name: 'Hà Nam', en: 'Hà Nam' }, { name: 'Hà Tĩnh', en: 'Hà Tĩnh' }, { name: 'Hải Dương', en: 'Hải Dương' },
  { name: 'Hậu Giang', en: 'Hậu Giang' }, { name: 'Hòa Bình', en: 'Hòa Bình' }, { name: 'Hưng Yên', en: 'Hưng Yên' },
  { name: 'Khánh Hòa', en: 'Khánh Hòa' }, { name: 'Kiên Giang', en: 'Kiên Giang' }, { name: 'Kon Tum', en: 'Kon Tum' },
  { name: 'Lai Châu', en: 'Lai Châu' }, { name: 'Lâm Đồng', en: 'Lâm Đồng' }, { name: 'Lạng Sơn', en: 'Lạng Sơn' },
  { name: 'Lào Cai', en: 'Lào Cai' }, { name: 'Long An', en: 'Long An' }, { name: 'Nam Định', en: 'Nam Định' },
  { name: 'Nghệ An', en: 'Nghệ An' }, { name: 'Ninh Bình', en: 'Ninh Bình' }, { name: 'Ninh Thuận', en: 'Ninh Thuận' },
  { name: 'Phú Thọ', en: 'Phú Thọ' }, { name: 'Phú Yên', en: 'Phú Yên' }, { name: 'Quảng Bình', en: 'Quảng Bình' },
  { name: 'Quảng Nam', en: 'Quảng Nam' }, { name: 'Quảng Ngãi', en: 'Quảng Ngãi' }, { name: 'Quảng Ninh', en: 'Quảng Ninh' },
  { name: 'Quảng Trị', en: 'Quảng Trị' }, { name: 'Sóc Trăng', en: 'Sóc Trăng' }, { name: 'Sơn La', en: 'Sơn La' },
  { name: 'Tây Ninh', en: 'Tây Ninh' }, { name: 'Thái Bình', en: 'Thái Bình' }, { name: 'Thái Nguyên', en: 'Thái Nguyên' },
  { name: 'Thanh Hóa', en: 'Thanh Hóa' }, { name: 'Thừa Thiên Huế', en: 'Thừa Thiên Huế' }, { name: 'Tiền Giang', en: 'Tiền Giang' },
  { name: 'Trà Vinh', en: 'Trà Vinh' }, { name: 'Tuyên Quang', en: 'Tuyên Quang' }, { name: 'Vĩnh Long', en: 'Vĩnh Long' },
  { name: 'Vĩnh Phúc', en: 'Vĩnh Phúc' }, { name: 'Yên Bái', en: 'Yên Bái' },
];

/** Syllables of place names, from which district and commune names are drawn (two each, e.g. "Yên Thế"). */
export const PLACE_SYLLABLES = [
  'Yên', 'Thế', 'Thái', 'Hòa', 'Bình', 'An', 'Phú', 'Tân', 'Thạnh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Sơn', 'Lạc', 'Thuận',
  'Vĩnh', 'Long', 'Hưng', 'Quang', 'Đức', 'Mỹ', 'Hải', 'Thanh', 'Lâm', 'Kim', 'Cẩm', 'Gia', 'Hiệp', 'Lộc', 'Ninh', 'Phong',
  'Xuân', 'Trung', 'Hà', 'Hồng', 'Lương', 'Việt', 'Tiên', 'Quế', 'Diễn', 'Châu', 'Mường', 'Tam', 'Cát', 'Định', 'Khánh', 'Văn',
] as const;

/** Family names with their approximate share of the population (per cent). */
export const FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3.5], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 2.5], ['Võ', 1.5],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Lại', 0.3], ['Trịnh', 0.6],
  ['Đinh', 0.6], ['Đoàn', 0.5], ['Lương', 0.4], ['Mai', 0.4], ['Cao', 0.4], ['Chu', 0.3], ['Tạ', 0.3], ['Hà', 0.4], ['Lâm', 0.3],
  ['Tô', 0.2], ['Kiều', 0.1], ['Thái', 0.2], ['Vương', 0.2], ['Triệu', 0.2], ['Quách', 0.1], ['Khúc', 0.05], ['Âu', 0.05],
];

export const MALE_MIDDLE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Thanh', 'Xuân', 'Ngọc', 'Đình', 'Quốc', 'Anh', 'Trọng', 'Tiến', 'Mạnh', 'Duy', 'Bá', 'Viết'] as const;
export const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Bích', 'Phương', 'Mai', 'Thúy', 'Diệu', 'Khánh'] as const;
export const MALE_GIVEN = [
  'An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong',
  'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hưng', 'Toàn', 'Lâm', 'Đạt', 'Kiên', 'Lợi',
  'Nghĩa', 'Quang', 'Tâm', 'Thịnh', 'Tùng', 'Vũ', 'Chiến', 'Công', 'Định', 'Hậu', 'Khải', 'Lực', 'Ngọc', 'Phương', 'Quyết', 'Thái',
] as const;
export const FEMALE_GIVEN = [
  'Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'Nga',
  'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Xuân', 'Yến', 'Liên', 'Thơ',
] as const;

/** Provincial departments (Sở), each with a director and deputies. */
export const DEPARTMENTS: readonly { name: string; en: string }[] = [
  { name: 'Sở Nội vụ', en: 'Department of Home Affairs' }, { name: 'Sở Tài chính', en: 'Department of Finance' },
  { name: 'Sở Kế hoạch và Đầu tư', en: 'Department of Planning and Investment' },
  { name: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training' }, { name: 'Sở Y tế', en: 'Department of Health' },
  { name: 'Sở Tư pháp', en: 'Department of Justice' }, { name: 'Sở Công Thương', en: 'Department of Industry and Trade' },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn', en: 'Department of Agriculture and Rural Development' },
  { name: 'Sở Giao thông vận tải', en: 'Department of Transport' }, { name: 'Sở Xây dựng', en: 'Department of Construction' },
  { name: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment' },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture, Sports and Tourism' },
  { name: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
  { name: 'Sở Lao động - Thương binh và Xã hội', en: 'Department of Labour, Invalids and Social Affairs' },
  { name: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
];

/** District offices (Phòng), each with a head and a deputy. */
export const DISTRICT_OFFICES: readonly { name: string; en: string }[] = [
  { name: 'Phòng Nội vụ', en: 'Home Affairs Office' }, { name: 'Phòng Tài chính - Kế hoạch', en: 'Finance and Planning Office' },
  { name: 'Phòng Giáo dục và Đào tạo', en: 'Education and Training Office' }, { name: 'Phòng Y tế', en: 'Health Office' },
  { name: 'Phòng Tư pháp', en: 'Justice Office' }, { name: 'Phòng Tài nguyên và Môi trường', en: 'Natural Resources and Environment Office' },
];

/** National ministries, each with a minister and deputy ministers. */
export const MINISTRIES: readonly { name: string; en: string; slug: string }[] = [
  { name: 'Bộ Nội vụ', en: 'Ministry of Home Affairs', slug: 'bo-noi-vu' },
  { name: 'Bộ Tài chính', en: 'Ministry of Finance', slug: 'bo-tai-chinh' },
  { name: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment', slug: 'bo-ke-hoach-va-dau-tu' },
  { name: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training', slug: 'bo-giao-duc-va-dao-tao' },
  { name: 'Bộ Y tế', en: 'Ministry of Health', slug: 'bo-y-te' },
  { name: 'Bộ Công Thương', en: 'Ministry of Industry and Trade', slug: 'bo-cong-thuong' },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'Ministry of Agriculture and Rural Development', slug: 'bo-nong-nghiep-va-phat-trien-nong-thon' },
  { name: 'Bộ Giao thông vận tải', en: 'Ministry of Transport', slug: 'bo-giao-thong-van-tai' },
];

/** Kinds of events; `{year}` and `{org}` are filled in. */
export const EVENT_KINDS: readonly { name: string; en: string; ceremony: boolean; weight: number }[] = [
  { name: 'Hội nghị tổng kết công tác năm {prev}, triển khai nhiệm vụ năm {year}', en: 'Conference reviewing {prev} and setting the tasks for {year}', ceremony: true, weight: 30 },
  { name: 'Hội nghị sơ kết 6 tháng đầu năm {year}', en: 'Mid-year review conference {year}', ceremony: false, weight: 15 },
  { name: 'Lễ trao tặng danh hiệu thi đua, khen thưởng năm {year}', en: 'Ceremony conferring emulation titles and awards {year}', ceremony: true, weight: 12 },
  { name: 'Hội nghị triển khai kế hoạch phát triển kinh tế - xã hội năm {year}', en: 'Conference on the socio-economic plan for {year}', ceremony: false, weight: 12 },
  { name: 'Lễ kỷ niệm ngày thành lập', en: 'Founding anniversary ceremony', ceremony: true, weight: 8 },
  { name: 'Hội nghị xúc tiến đầu tư năm {year}', en: 'Investment promotion conference {year}', ceremony: false, weight: 8 },
  { name: 'Đại hội thi đua yêu nước lần thứ {nth}', en: 'Patriotic emulation congress no. {nth}', ceremony: true, weight: 5 },
  { name: 'Hội nghị tiếp xúc cử tri', en: 'Meeting with voters', ceremony: false, weight: 10 },
];

export const ROLES = ['ORGANIZER', 'CHAIR', 'ATTENDEE', 'SPEAKER', 'PRESENTER'] as const;

export const PUBLISHERS_NATIONAL = ['Báo Nhân Dân', 'Báo Chính phủ', 'Báo Tin tức', 'Báo Lao Động', 'Báo Tuổi Trẻ'] as const;

export const BYLINES = ['Khôi Nguyên', 'Minh Hằng', 'Thu Trang', 'Quang Huy', 'Ngọc Ánh', 'Thanh Tùng', 'Phương Linh', 'Đức Anh', 'Hải Yến', 'Văn Long'] as const;

export const FIGURE_METRICS: readonly { metric: string; en: string; unit: string; low: number; high: number }[] = [
  { metric: 'Tốc độ tăng trưởng kinh tế', en: 'Economic growth rate', unit: '%', low: 3, high: 12 },
  { metric: 'Thu ngân sách nhà nước', en: 'State budget revenue', unit: 'tỷ đồng', low: 1_000, high: 60_000 },
  { metric: 'Tỷ lệ hộ nghèo', en: 'Poverty rate', unit: '%', low: 1, high: 25 },
  { metric: 'Vốn đầu tư thu hút', en: 'Investment attracted', unit: 'triệu USD', low: 50, high: 3_000 },
];

/** Vietnamese number words for recipient descriptions ("hai cá nhân"). */
export const NUMBER_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'] as const;

import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { readArticle } from '../../src/extract/extract.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';

/** The posts the appositions of a text give: "name → post". */
function posts(text: string): string[] {
  const analysis = analyse({ text });
  return readArticle(analysis).readings.flatMap((reading) =>
    reading.kind === 'holds' ? [`${analysis.names.get(reading.person.key)} → ${resolvedKey(reading.title, analysis.province)}`] : [],
  );
}

describe('bodies of a province the gazetteer knows', () => {
  it('the departments, the Federation of Labour and the Youth Union are bodies; the national federation stays national', () => {
    expect(
      posts(
        'Dự lễ có ông Mai Văn Khoa, Giám đốc Sở Xây dựng tỉnh Ninh Bình; bà Tạ Thị Lan, Phó Giám đốc Sở TT&TT tỉnh Ninh Bình; ông Đinh Văn Hải, Chủ tịch Liên đoàn Lao động tỉnh Ninh Bình; ông Lã Văn Tuấn, Bí thư Tỉnh đoàn Ninh Bình; ông Hoàng Văn Đức, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam.',
      ),
    ).toEqual([
      'Mai Văn Khoa → giam-doc|so-xay-dung|ninh-binh',
      'Tạ Thị Lan → pho-giam-doc|so-thong-tin-va-truyen-thong|ninh-binh',
      'Đinh Văn Hải → chu-tich|lien-doan-lao-dong|ninh-binh',
      'Lã Văn Tuấn → bi-thu|tinh-doan|ninh-binh',
      'Hoàng Văn Đức → national:pho-chu-tich-tong-lien-doan-lao-dong-viet-nam',
    ]);
  });

  it('"Sở Kế hoạch - Đầu tư" is the Department of Planning and Investment, "Sở Văn hóa, Thể thao và Du lịch" not the one of Culture and Sports', () => {
    expect(
      posts(
        'Ông Cao Văn Minh, Giám đốc Sở Kế hoạch - Đầu tư, và bà Vũ Thị Hoa, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam, dự họp.',
      ),
    ).toEqual(['Cao Văn Minh → giam-doc|so-ke-hoach-va-dau-tu|ha-nam', 'Vũ Thị Hoa → giam-doc|so-van-hoa-the-thao-va-du-lich|ha-nam']);
  });

  it("titles joined by a comma are of the province the last of them prints, not of the article's", () => {
    const text =
      'Hội nghị Ban Chấp hành Công đoàn tỉnh Nghệ An. Đồng chí Phạm Văn Nam, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh Quảng Bình, được bầu bổ sung.';
    expect(posts(text).slice(0, 2)).toEqual([
      'Phạm Văn Nam → uy-vien|tinh-uy|quang-binh',
      'Phạm Văn Nam → chu-tich|lien-doan-lao-dong|quang-binh',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { extract, readArticle } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';

/** The holds readings of a text: "name → post start:cause | end:cause | attested". */
function holds(text: string, published?: string): string[] {
  const analysis = analyse({ text, published });
  return readArticle(analysis)
    .readings.filter((reading) => reading.kind === 'holds')
    .map(
      (reading) =>
        `${reading.person.name} → ${resolvedKey(reading.title, analysis.province) ?? reading.title.key} ${reading.start ? `start:${reading.start.cause}` : reading.end ? `end:${reading.end.cause ?? 'former'}` : 'attested'}`,
    );
}

const meta = (published: string | null) => ({ id: 'article:t', title: null, publisher: null, published, url: null, textFile: 't.txt' });

describe('national posts', () => {
  it('Phó Chủ tịch nước, a Thứ trưởng, a Standing Thứ trưởng', () => {
    expect(holds('Phó Chủ tịch nước Võ Thị Ánh Xuân dự lễ.')).toEqual(['Võ Thị Ánh Xuân → national:pho-chu-tich-nuoc attested']);
    expect(holds('Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng phát biểu.')).toEqual([
      'Nguyễn Duy Thăng → national:thu-truong-bo-noi-vu attested',
    ]);
    expect(holds('Dự có ông Nguyễn Minh Vũ, Thứ trưởng Thường trực Bộ Ngoại giao.')).toEqual([
      'Nguyễn Minh Vũ → national:thu-truong-thuong-truc-bo-ngoai-giao attested',
    ]);
  });

  it('the heads and deputies of a Ban of the Party Central Committee', () => {
    expect(
      holds('Dự có ông Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương và ông Lê Văn Tùng, Phó Trưởng Ban Tổ chức Trung ương.'),
    ).toEqual([
      'Lê Hoài Trung → national:truong-ban-doi-ngoai-trung-uong attested',
      'Lê Văn Tùng → national:pho-truong-ban-to-chuc-trung-uong attested',
    ]);
  });

  it('the Tổng Liên đoàn Lao động Việt Nam, written in full or short', () => {
    expect(
      holds('Ông Nguyễn Đình Khang, Chủ tịch Tổng Liên đoàn Lao động Việt Nam; bà Trần Thị Thanh Hương, Phó Chủ tịch Tổng LĐLĐ Việt Nam.'),
    ).toEqual([
      'Nguyễn Đình Khang → national:chu-tich-tong-lien-doan-lao-dong-viet-nam attested',
      'Trần Thị Thanh Hương → national:pho-chu-tich-tong-lien-doan-lao-dong-viet-nam attested',
    ]);
  });

  it('a deputy is never read as the head, even where the gazetteers lack the deputy', () => {
    expect(holds('Ông Trần Văn Hải, Phó Tổng Thanh tra Chính phủ, dự.')).toEqual([
      'Trần Văn Hải → national:pho-tong-thanh-tra-chinh-phu attested',
    ]);
    expect(holds('Ông Trần Văn Hải, Phó Thống đốc Ngân hàng Nhà nước Việt Nam, dự.')).toEqual([
      'Trần Văn Hải → national:pho-thong-doc-ngan-hang-nha-nuoc-viet-nam attested',
    ]);
    expect(holds('Ông Trần Văn Hải, Phó Tổng Kiểm toán Nhà nước, dự.')).toEqual([
      'Trần Văn Hải → national:pho-tong-kiem-toan-nha-nuoc attested',
    ]);
  });

  it('a national post the registry lacks is proposed with its organization, and the draft passes the check', () => {
    const result = extract({
      text: 'Phó Trưởng Ban Tổ chức Trung ương Lê Văn Tùng dự hội nghị.',
      registry: emptyRegistry(),
      meta: meta('2024-10-05'),
    });
    expect(result.proposed.get('positions')).toEqual([
      expect.objectContaining({
        id: 'position:pho-truong-ban-to-chuc-trung-uong',
        title: 'Phó Trưởng Ban Tổ chức Trung ương',
        organization: 'org:ban-to-chuc-trung-uong',
      }),
    ]);
  });
});

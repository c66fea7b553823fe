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
        `${reading.person.name} → ${resolvedKey(reading.title, analysis.province) ?? reading.title.key} ${reading.start ? `start:${reading.start.cause}` : reading.end ? `end:${reading.end.former ? 'former' : reading.end.cause}` : 'attested'}`,
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

describe('city and district posts', () => {
  const text = 'UBND tỉnh Khánh Hòa họp. Ông Trần Văn An, Chủ tịch UBND huyện Vạn Ninh, và ông Lê Văn Bình, Bí thư Huyện ủy Cam Lâm, dự.';

  it("are kept, as the locality's posts in the article's province", () => {
    expect(holds(text)).toEqual([
      'Trần Văn An → chu-tich|ubnd|khanh-hoa|huyen-van-ninh attested',
      'Lê Văn Bình → bi-thu|huyen-uy|khanh-hoa|huyen-cam-lam attested',
    ]);
    expect(holds('Ông Lê Tuấn Phong, Phó Chủ tịch UBND TP Phan Thiết, tỉnh Bình Thuận, phát biểu.')).toEqual([
      'Lê Tuấn Phong → pho-chu-tich|ubnd|binh-thuan|thanh-pho-phan-thiet attested',
    ]);
  });

  it('a body of a locality whose name is not printed is not read', () => {
    expect(holds('UBND tỉnh Khánh Hòa họp. Chủ tịch UBND huyện Trần Văn An phát biểu.')).toEqual([]);
  });

  it('titles joined by a comma share the locality the last one prints, where it is of their kind', () => {
    expect(holds('UBND tỉnh Yên Bái họp. Ông Đào Văn Tiến, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lục Yên, phát biểu.')).toEqual([
      'Đào Văn Tiến → pho-bi-thu|huyen-uy|yen-bai|huyen-luc-yen attested',
      'Đào Văn Tiến → chu-tich|ubnd|yen-bai|huyen-luc-yen attested',
    ]);
    // A district's Party Committee is not a town's: "Huyện ủy, Chủ tịch UBND thị xã Nghĩa Lộ" leaves the Huyện ủy unread.
    expect(holds('UBND tỉnh Yên Bái họp. Ông Đào Văn Tiến, Bí thư Huyện ủy, Chủ tịch UBND thị xã Nghĩa Lộ, phát biểu.')).toEqual([
      'Đào Văn Tiến → chu-tich|ubnd|yen-bai|thi-xa-nghia-lo attested',
    ]);
  });

  it('the kind\'s word printed again after a locality\'s body ("Thành ủy TP. Vĩnh Yên") is not the name', () => {
    expect(
      holds('Ông Đào Văn Tiến từng giữ các chức vụ: Bí thư Thành ủy TP. Vĩnh Yên; Bí thư Huyện ủy huyện Tam Dương, tỉnh Vĩnh Phúc.'),
    ).toEqual([
      'Đào Văn Tiến → bi-thu|thanh-uy|vinh-phuc|thanh-pho-vinh-yen end:former',
      'Đào Văn Tiến → bi-thu|huyen-uy|vinh-phuc|huyen-tam-duong end:former',
    ]);
  });

  it('a locality whose name begins with a word that ends persons\' names ("Kỳ Anh", "Thủ Đức"); a city named "TP HCM"', () => {
    expect(holds('UBND tỉnh Hà Tĩnh họp. Ông Lê Văn Nam, Chủ tịch UBND huyện Kỳ Anh, phát biểu.')).toEqual([
      'Lê Văn Nam → chu-tich|ubnd|ha-tinh|huyen-ky-anh attested',
    ]);
    expect(holds('Ngày 2/3, HĐND quận Bình Thạnh – TP HCM họp. Bà Lê Thị Hoa, Phó Bí thư Quận ủy Thủ Đức, dự.')).toEqual([
      'Lê Thị Hoa → pho-bi-thu|quan-uy|tp-ho-chi-minh|quan-thu-duc attested',
    ]);
    // A title after the locality's name still ends it.
    expect(holds('UBND tỉnh Hà Tĩnh họp. Chủ tịch UBND huyện Kỳ Anh Thủ Văn Nam phát biểu.')).toEqual([]);
  });

  it("a locality's body whose name is not printed is of the one locality of its kind the article's titles name", () => {
    expect(holds('UBND tỉnh Yên Bái họp. Ông Đào Văn Tiến, Phó Bí thư Huyện ủy Lục Yên, được bầu giữ chức Chủ tịch UBND huyện.')).toEqual([
      'Đào Văn Tiến → pho-bi-thu|huyen-uy|yen-bai|huyen-luc-yen attested',
      'Đào Văn Tiến → chu-tich|ubnd|yen-bai|huyen-luc-yen start:elected',
    ]);
    // Two districts named: which one is not said. Every district and town: none in particular.
    expect(
      holds(
        'UBND tỉnh Yên Bái họp. Ông Đào Văn Tiến, Bí thư Huyện ủy Lục Yên, và ông Hà Văn Lực, Bí thư Huyện ủy Văn Yên, dự. Ông Vàng A Chu được bầu giữ chức Chủ tịch UBND huyện.',
      ).filter((line) => line.includes('Vàng')),
    ).toEqual([]);
    expect(
      holds(
        'UBND tỉnh Yên Bái họp. Ông Đào Văn Tiến, Bí thư Huyện ủy Lục Yên, dự. Chủ tịch UBND huyện, thị xã Nguyễn Văn Lâm phát biểu.',
      ).filter((line) => line.includes('Lâm')),
    ).toEqual([]);
    // A person's name read as a city's ("UBND thành phố Hồ Văn Tâm") is no city of the article.
    expect(
      holds(
        'UBND tỉnh Nghệ An họp. Đồng chí Hồ Văn Tâm dự. Phó Chủ tịch UBND thành phố Hồ Văn Tâm phát biểu. Ông Lê Văn Bình được bầu giữ chức Bí thư Thành ủy.',
      ).filter((line) => line.includes('Bình')),
    ).toEqual([]);
  });

  it('a bare role joined by "và" to a title is a post of the same body', () => {
    expect(holds('UBND tỉnh Yên Bái họp. Ông Đào Văn Tiến từng giữ các chức vụ: Phó Chủ tịch và Chủ tịch UBND huyện Lục Yên.')).toEqual([
      'Đào Văn Tiến → pho-chu-tich|ubnd|yen-bai|huyen-luc-yen end:former',
      'Đào Văn Tiến → chu-tich|ubnd|yen-bai|huyen-luc-yen end:former',
    ]);
    // "nguyên" before the first role makes both former; "và" between two bodies' titles does not chain them.
    expect(holds('Bà Vi Thị Hoa, nguyên Phó Bí thư và Bí thư Tỉnh ủy Lạng Sơn, dự.')).toEqual([
      'Vi Thị Hoa → pho-bi-thu|tinh-uy|lang-son end:former',
      'Vi Thị Hoa → bi-thu|tinh-uy|lang-son end:former',
    ]);
    expect(holds('Bà Vi Thị Hoa, Bí thư Tỉnh ủy và Chủ tịch HĐND tỉnh Lạng Sơn, dự.')).toEqual([
      'Vi Thị Hoa → bi-thu|tinh-uy|lang-son attested',
    ]);
  });

  it('are proposed with their body and place under the province, and pass the check', () => {
    const result = extract({ text, registry: emptyRegistry(), meta: meta('2024-10-05') });
    expect(result.proposed.get('places')!.map((place) => [place.id, place.kind, place.parent ?? null])).toEqual([
      ['place:tinh-khanh-hoa', 'province', null],
      ['place:huyen-van-ninh', 'district', 'place:tinh-khanh-hoa'],
      ['place:huyen-cam-lam', 'district', 'place:tinh-khanh-hoa'],
    ]);
    expect(result.proposed.get('organizations')!.map((organization) => [organization.name, organization.level])).toEqual([
      ['UBND huyện Vạn Ninh', 'district'],
      ['Huyện ủy Cam Lâm', 'district'],
    ]);
    expect(result.proposed.get('positions')!.map((position) => position.title)).toEqual([
      'Chủ tịch UBND huyện Vạn Ninh',
      'Bí thư Huyện ủy Cam Lâm',
    ]);
  });
});

describe("posts of a province's military command", () => {
  it('"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", its deputy and its short form, after a rank', () => {
    expect(
      holds(
        'Dự có ông Lê Văn Lương, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An, và ông Hồ Văn Tâm, Phó Chỉ huy trưởng Bộ CHQS tỉnh Nghệ An.',
      ),
    ).toEqual([
      'Lê Văn Lương → chi-huy-truong|bo-chi-huy-quan-su|nghe-an attested',
      'Hồ Văn Tâm → pho-chi-huy-truong|bo-chi-huy-quan-su|nghe-an attested',
    ]);
  });
});

describe("a centrally governed city's Party bodies", () => {
  it('"Ban Nội chính Thành ủy", "UBKT Thành ủy" are the city\'s, as "… Tỉnh ủy" a province\'s; in a province they name no post', () => {
    expect(
      holds('Ông Ngô Văn Hải, Trưởng ban Nội chính Thành ủy TP.HCM, và ông Vũ Văn Bình, Chủ nhiệm UBKT Thành ủy Hải Phòng, dự họp.'),
    ).toEqual([
      'Ngô Văn Hải → truong-ban|ban-noi-chinh|tp-ho-chi-minh attested',
      'Vũ Văn Bình → chu-nhiem|uy-ban-kiem-tra|hai-phong attested',
    ]);
    // "Thành ủy" in Nghệ An is a city's of the province (Vinh's), whose name is not printed.
    expect(holds('UBND tỉnh Nghệ An họp. Ông Lê Văn Bình, Trưởng Ban Tổ chức Thành ủy, phát biểu.')).toEqual([]);
  });

  it('are proposed under the city\'s Thành ủy, the title sharing its "Ban"', () => {
    const result = extract({
      text: 'Ông Lê Văn Tâm, Trưởng ban Tổ chức Thành ủy Đà Nẵng, dự họp.',
      registry: emptyRegistry(),
      meta: meta('2024-10-05'),
    });
    expect(result.proposed.get('organizations')!.map((organization) => organization.name)).toEqual(['Ban Tổ chức Thành ủy Đà Nẵng']);
    expect(result.proposed.get('positions')!.map((position) => position.title)).toEqual(['Trưởng Ban Tổ chức Thành ủy']);
  });
});

describe('former titles', () => {
  it('"nguyên …" is kept as a term that ended on or before the day the text is dated, never as current', () => {
    const text = 'Sáng 5/10, ông Trần Văn An, nguyên Chủ tịch UBND tỉnh Hà Nam, dự lễ.';
    expect(holds(text)).toEqual(['Trần Văn An → chu-tich|ubnd|ha-nam end:former']);
    const result = extract({ text, registry: emptyRegistry(), meta: meta('2024-10-05') });
    const statement = result.draft.statements.find((candidate) => candidate.kind === 'holds');
    expect(statement).toMatchObject({
      end: { date: { value: '../2024-10-05', inferred: expect.stringContaining('"nguyên Chủ tịch UBND tỉnh Hà Nam"') } },
    });
    expect(statement).not.toHaveProperty('attestedOn');
    expect(statement).not.toHaveProperty('start');
  });

  it('"từng là", "cựu" are former too; without any date of the article the end is empty', () => {
    expect(holds('Ông Trần Văn An từng là Bí thư Tỉnh ủy Hà Nam.')).toEqual(['Trần Văn An → bi-thu|tinh-uy|ha-nam end:former']);
    const result = extract({
      text: 'Ông Lê Văn Tám, cựu Chủ tịch UBND tỉnh Hà Nam, phát biểu.',
      registry: emptyRegistry(),
      meta: meta(null),
    });
    expect(result.draft.statements.find((candidate) => candidate.kind === 'holds')).toMatchObject({ end: {} });
  });

  it('a former title is dated on or before the month where the article gives only the month', () => {
    const result = extract({
      text: 'Ông Lê Văn Tám, nguyên Phó Chủ tịch UBND tỉnh Hà Nam, phát biểu.',
      registry: emptyRegistry(),
      meta: meta('2024-10'),
    });
    expect(result.draft.statements.find((candidate) => candidate.kind === 'holds')).toMatchObject({
      end: { date: { value: '../2024-10', inferred: expect.stringContaining('the publication date (2024-10)') } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { readArticle } from '../../src/extract/extract.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';

/** Each holds reading of a text: "name → post" and, for a change, its side and cause. */
function holds(text: string): string[] {
  const analysis = analyse({ text });
  return readArticle(analysis).readings.flatMap((reading) =>
    reading.kind === 'holds'
      ? [
          `${analysis.names.get(reading.person.key)} → ${resolvedKey(reading.title, analysis.province)}${
            reading.start ? ` start:${reading.start.cause}` : reading.end ? ` end:${reading.end.former ? 'former' : reading.end.cause}` : ''
          }`,
        ]
      : [],
  );
}

describe('lists, more of them', () => {
  it('"trúng cử" is an election, "ứng cử" is not', () => {
    expect(holds('Ông Phạm Văn Hòa, Phó Bí thư Tỉnh ủy, đã trúng cử chức danh Chủ tịch UBND tỉnh Tuyên Quang.')).toContain(
      'Phạm Văn Hòa → chu-tich|ubnd|tuyen-quang start:elected',
    );
    expect(
      holds('Ông Phạm Văn Hòa, Phó Bí thư Tỉnh ủy, ứng cử chức danh Chủ tịch UBND tỉnh Tuyên Quang.').filter((line) =>
        line.includes('start'),
      ),
    ).toEqual([]);
  });

  it('"ông A, <title> và ông B, <title> được bầu giữ chức X": both are elected to X, each keeps their own title', () => {
    const read = holds(
      'Ông Lê Minh Hải, Giám đốc Sở Tài chính và ông Vi Văn Tùng, Phó Trưởng ban Dân vận Tỉnh ủy được bầu giữ chức Phó Chủ tịch UBND tỉnh Lạng Sơn.',
    );
    expect(read).toEqual([
      'Lê Minh Hải → giam-doc|so-tai-chinh|lang-son',
      'Vi Văn Tùng → pho-truong-ban|ban-dan-van|lang-son',
      'Lê Minh Hải → pho-chu-tich|ubnd|lang-son start:elected',
      'Vi Văn Tùng → pho-chu-tich|ubnd|lang-son start:elected',
    ]);
  });

  it('a semicolon ends the list: the person before it is not elected to the post after it', () => {
    const read = holds(
      'Ông Đinh Văn Quý được bầu giữ chức Chủ tịch UBND tỉnh Lạng Sơn; ông Lê Minh Hải được bầu giữ chức Phó Chủ tịch UBND tỉnh Lạng Sơn.',
    );
    expect(read).toEqual(['Đinh Văn Quý → chu-tich|ubnd|lang-son start:elected', 'Lê Minh Hải → pho-chu-tich|ubnd|lang-son start:elected']);
  });

  it('every "giữ chức" of a sentence, each with its own people', () => {
    expect(
      holds(
        'Theo kết quả, ông Hầu Văn Phúc giữ chức Chủ tịch HĐND tỉnh Hà Giang; các ông Lò Văn Khánh, Sùng Văn Dìn giữ chức Phó Chủ tịch HĐND tỉnh.',
      ),
    ).toEqual([
      'Hầu Văn Phúc → chu-tich|hdnd|ha-giang',
      'Lò Văn Khánh → pho-chu-tich|hdnd|ha-giang',
      'Sùng Văn Dìn → pho-chu-tich|hdnd|ha-giang',
    ]);
  });

  it('a post printed before the verb, and the list after it: "hai tân Phó Chủ tịch … đã trúng cử gồm các ông: A, …; B, …"', () => {
    expect(
      holds(
        'Hai tân Phó Chủ tịch UBND tỉnh Sơn La nhiệm kỳ 2021-2026 đã trúng cử gồm các ông: Cầm Văn Tuấn, Giám đốc Sở Nội vụ; Quàng Văn Hiên, Trưởng ban Dân vận Tỉnh ủy.',
      ),
    ).toEqual([
      'Cầm Văn Tuấn → giam-doc|so-noi-vu|son-la',
      'Quàng Văn Hiên → truong-ban|ban-dan-van|son-la',
      'Cầm Văn Tuấn → pho-chu-tich|ubnd|son-la start:elected',
      'Quàng Văn Hiên → pho-chu-tich|ubnd|son-la start:elected',
    ]);
  });

  it('the list after the verb ends where the sentence turns to whom they replace: "…, thay ông C nghỉ hưu" elects no C', () => {
    const read = holds(
      'Hai tân Phó Chủ tịch UBND tỉnh Sơn La nhiệm kỳ 2021-2026 đã trúng cử gồm các ông: Cầm Văn Tuấn, Giám đốc Sở Nội vụ; Quàng Văn Hiên, Trưởng ban Dân vận Tỉnh ủy, thay ông Lò Văn Mừng nghỉ hưu.',
    );
    expect(read).toContain('Quàng Văn Hiên → pho-chu-tich|ubnd|son-la start:elected');
    expect(read.filter((line) => line.startsWith('Lò Văn Mừng') && line.includes('start:elected'))).toEqual([]);
  });

  it('"HĐND Hà Nội" and "UBND TP Hải Phòng" name the city; "TP Thái Nguyên" is a city of a province', () => {
    expect(
      holds('Ngày 9/7, HĐND Hà Nội miễn nhiệm chức vụ Phó Chủ tịch HĐND thành phố đối với các ông Ngô Văn Khải và Đào Văn Tiến.'),
    ).toEqual(['Ngô Văn Khải → pho-chu-tich|hdnd|ha-noi end:dismissed', 'Đào Văn Tiến → pho-chu-tich|hdnd|ha-noi end:dismissed']);
    expect(holds('Ông Lê Văn Thắng, Phó Chủ tịch UBND TP Hải Phòng, dự lễ.')).toEqual(['Lê Văn Thắng → pho-chu-tich|ubnd|hai-phong']);
    expect(holds('Ông Lê Văn Thắng, Chủ tịch UBND TP Thái Nguyên, dự lễ.')).toEqual([
      'Lê Văn Thắng → chu-tich|ubnd|thai-nguyen|thanh-pho-thai-nguyen',
    ]);
  });

  it('"Thành ủy" without a name is the city\'s Party Committee in a city\'s article, and no post elsewhere', () => {
    expect(holds('Tại TP Đà Nẵng, ông Võ Văn Nam, Thành ủy viên, Giám đốc Sở Nội vụ thành phố Đà Nẵng, phát biểu.')).toEqual([
      'Võ Văn Nam → uy-vien|thanh-uy|da-nang',
      'Võ Văn Nam → giam-doc|so-noi-vu|da-nang',
    ]);
    expect(holds('Ông Võ Văn Nam, Thành ủy viên, Giám đốc Sở Nội vụ tỉnh Quảng Nam, phát biểu.')).toEqual([
      'Võ Văn Nam → giam-doc|so-noi-vu|quang-nam',
    ]);
  });

  it('an article about several provinces: a bare "UBND tỉnh" is of the body the sentence before names, not of a birthplace', () => {
    const text = [
      'Ngày 3/10, HĐND tỉnh Bắc Giang tổ chức kỳ họp thứ 9. Ông Lê Văn Hùng, Phó Bí thư Tỉnh ủy, đã trúng cử chức danh Chủ tịch UBND tỉnh.',
      'Ông Hà Văn Sơn quê quán xã Tân Lập, tỉnh Phú Thọ. Ông Sơn được bầu giữ chức Chủ tịch UBND tỉnh Bắc Giang.',
      'Cũng ngày 3/10, HĐND tỉnh Phú Thọ bầu ông Bùi Văn Quang giữ chức Chủ tịch UBND tỉnh Phú Thọ.',
    ].join(' ');
    expect(holds(text).filter((line) => line.includes('chu-tich|ubnd'))).toEqual([
      'Lê Văn Hùng → chu-tich|ubnd|bac-giang start:elected',
      'Hà Văn Sơn → chu-tich|ubnd|bac-giang start:elected',
      'Bùi Văn Quang → chu-tich|ubnd|phu-tho start:elected',
    ]);
  });

  it('a continent is no person: a career sentence\'s "Ông" is the official named before', () => {
    const text =
      'Ông Nguyễn Văn Long được bầu giữ chức Phó Chủ tịch UBND tỉnh Lai Châu. Trình độ ngoại ngữ: Anh B1 - Châu Âu. Ông từng trải qua các chức vụ: Giám đốc Sở Nội vụ tỉnh Lai Châu.';
    expect([...analyse({ text }).names.values()]).toEqual(['Nguyễn Văn Long']);
    expect(holds(text)).toContain('Nguyễn Văn Long → giam-doc|so-noi-vu|lai-chau end:former');
  });

  it('"các đồng chí <title>: A; B; C" gives the plural title to every name of the list, up to the next such list', () => {
    const read = holds(
      'Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ Trần Văn Chính; Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng; các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Tư pháp Nguyễn Văn Ninh.',
    );
    expect(read.filter((line) => line.includes('uy-vien'))).toEqual([
      'Trần Văn Chính → national:uy-vien-bo-chinh-tri',
      'Phan Văn Giang → national:uy-vien-bo-chinh-tri',
      'Nguyễn Văn Ninh → national:uy-vien-trung-uong-dang',
    ]);
  });

  it('a district\'s name ends a person\'s name ("Phan Văn Giang", "Nguyễn Văn Ninh") but begins no person ("huyện Văn Giang")', () => {
    expect([
      ...analyse({ text: 'Ông Phan Văn Giang và ông Nguyễn Văn Ninh thăm huyện Văn Giang. Văn Giang có 11 xã.' }).names.values(),
    ]).toEqual(['Phan Văn Giang', 'Nguyễn Văn Ninh']);
  });

  it('a bare "UBND TP" in a city’s article ends the title, so the list after it ("là các ông: …") is everyone’s', () => {
    expect(
      holds('Tại kỳ họp, HĐND TP Cần Thơ đã miễn nhiệm 3 Phó Chủ tịch UBND TP là các ông: Trần Văn Hải, Lê Minh Quang và Phạm Đức Long.'),
    ).toEqual([
      'Trần Văn Hải → pho-chu-tich|ubnd|can-tho end:dismissed',
      'Lê Minh Quang → pho-chu-tich|ubnd|can-tho end:dismissed',
      'Phạm Đức Long → pho-chu-tich|ubnd|can-tho end:dismissed',
    ]);
  });
  it('names in an enumeration slot, none with its own title, share the titles after the last', () => {
    expect(
      holds(
        'Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Cao Bằng đối với: ông Hà Văn Lâm, ông Nông Đức Toàn, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Cao Bằng nhiệm kỳ 2016 - 2021.',
      ).filter((line) => !line.includes('start')),
    ).toEqual([
      'Hà Văn Lâm → uy-vien|tinh-uy|cao-bang',
      'Nông Đức Toàn → uy-vien|tinh-uy|cao-bang',
      'Hà Văn Lâm → pho-chu-tich|ubnd|cao-bang',
      'Nông Đức Toàn → pho-chu-tich|ubnd|cao-bang',
    ]);
    // A title before the first name is that name's alone: the list is no slot of shared titles.
    expect(holds('Dự có Bí thư Tỉnh ủy Hà Văn Lâm và ông Nông Đức Toàn, Chủ tịch UBND tỉnh Cao Bằng.')).toEqual([
      'Hà Văn Lâm → bi-thu|tinh-uy|cao-bang',
      'Nông Đức Toàn → chu-tich|ubnd|cao-bang',
    ]);
    // Outside a slot ("Dự có ông A, ông B, title"), the title stays the last name's.
    expect(holds('Dự có ông Hà Văn Lâm, ông Nông Đức Toàn, Chủ tịch UBND tỉnh Cao Bằng.')).toEqual([
      'Nông Đức Toàn → chu-tich|ubnd|cao-bang',
    ]);
  });
  it('a delegate\'s mandate ends, with the reason the sentence gives; posts joined by "và" share the people after "đối với"', () => {
    expect(
      holds(
        'HĐND tỉnh Hà Giang miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông Nông Văn Tiến để nghỉ hưu theo chế độ.',
      ),
    ).toEqual(['Nông Văn Tiến → pho-chu-tich|ubnd|ha-giang end:dismissed', 'Nông Văn Tiến → dai-bieu|hdnd|ha-giang end:retired']);
    expect(holds('HĐND tỉnh Hà Giang cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với bà Lò Thị Hằng theo nguyện vọng cá nhân.')).toEqual([
      'Lò Thị Hằng → dai-bieu|hdnd|ha-giang end:resigned',
    ]);
    expect(
      holds(
        'HĐND tỉnh Hà Giang cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông Vàng Seo Dìn do nhận nhiệm vụ mới, theo đơn xin thôi của ông.',
      ),
    ).toEqual(['Vàng Seo Dìn → dai-bieu|hdnd|ha-giang end:relieved']);
  });

  it('"đại biểu" after a count or "các" is the council\'s members, no post', () => {
    expect(
      holds(
        'Ông Nông Văn Tiến được bầu giữ chức Chủ tịch UBND tỉnh Hà Giang với 45/50 đại biểu HĐND tỉnh tán thành, các đại biểu HĐND tỉnh Hà Giang hoan nghênh.',
      ),
    ).toEqual(['Nông Văn Tiến → chu-tich|ubnd|ha-giang start:elected']);
    expect(holds('Ông Nông Văn Tiến, đại biểu HĐND tỉnh Hà Giang, phát biểu.')).toEqual(['Nông Văn Tiến → dai-bieu|hdnd|ha-giang']);
  });
  it('"được bầu vào … và tiếp tục giữ chức X" elects no one to X', () => {
    expect(
      holds(
        'Tháng 5/2020, ông Hoàng Văn Sơn được bầu vào Ban Chấp hành Đảng bộ tỉnh và tiếp tục giữ chức Giám đốc Sở Nội vụ tỉnh Hà Giang.',
      ),
    ).toEqual([]);
  });
  it('a post of several bodies ("phó chủ tịch UBND một số tỉnh") is no one\'s: the Prime Minister who approves is not elected', () => {
    expect(
      holds('Thủ tướng Phạm Minh Chính vừa phê chuẩn kết quả bầu chủ tịch, phó chủ tịch UBND một số tỉnh, nhiệm kỳ 2021 - 2026.').filter(
        (line) => !line.startsWith('Phạm Minh Chính → national'),
      ),
    ).toEqual([]);
  });
  it('"theo đề nghị của Chủ tịch UBND tỉnh A": A holds the title, and is not whom the council elects', () => {
    expect(
      holds(
        'Theo đề nghị của Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hòa, các đại biểu HĐND tỉnh đã bỏ phiếu bầu bổ sung Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026.',
      ),
    ).toEqual(['Nguyễn Văn Hòa → chu-tich|ubnd|kon-tum']);
  });
  it('one verb, then a post and its people after each semicolon ("…; Bộ trưởng Bộ Tư pháp đối với đồng chí C")', () => {
    expect(
      holds(
        'Chủ tịch nước bổ nhiệm chức vụ Phó Thủ tướng đối với các đồng chí Trần Văn An, Lê Văn Bình; Bộ trưởng Bộ Tư pháp đối với đồng chí Đỗ Văn Cường; Bộ trưởng Bộ Nội vụ đối với đồng chí Hà Văn Dũng.',
      ),
    ).toEqual([
      'Trần Văn An → national:pho-thu-tuong-chinh-phu start:appointed',
      'Lê Văn Bình → national:pho-thu-tuong-chinh-phu start:appointed',
      'Đỗ Văn Cường → national:bo-truong-bo-tu-phap start:appointed',
      'Hà Văn Dũng → national:bo-truong-bo-noi-vu start:appointed',
    ]);
    // A clause after the semicolon with a verb of its own, or no "đối với", is not the verb's.
    expect(
      holds('HĐND tỉnh Nghệ An bầu chức danh Phó Chủ tịch UBND tỉnh đối với ông Hồ Văn Tâm; Giám đốc Sở Nội vụ Lê Văn Bình phát biểu.'),
    ).toEqual(['Lê Văn Bình → giam-doc|so-noi-vu|nghe-an', 'Hồ Văn Tâm → pho-chu-tich|ubnd|nghe-an start:elected']);
  });

  it("names split by a semicolon are entries of their own: the titles after the last are not the first's", () => {
    expect(
      holds(
        'Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Nghệ An đối với: ông Hồ Văn Tâm; ông Lê Văn Bình, Giám đốc Sở Nội vụ.',
      ).filter((line) => !line.includes('start')),
    ).toEqual(['Lê Văn Bình → giam-doc|so-noi-vu|nghe-an']);
  });
  it('"thay ông B nghỉ hưu": B held the post the sentence gives, and left it for the reason printed; without one, nothing', () => {
    expect(
      holds(
        'HĐND tỉnh Hà Nam đã bầu ông Trương Văn Huy làm Chủ tịch UBND tỉnh Hà Nam, thay ông Nguyễn Xuân Tâm nghỉ hưu. HĐND tỉnh bầu bà Lê Thị Thủy giữ chức Phó Chủ tịch UBND tỉnh thay ông Đinh Văn Long chuyển công tác khác.',
      ),
    ).toEqual([
      'Trương Văn Huy → chu-tich|ubnd|ha-nam start:elected',
      'Nguyễn Xuân Tâm → chu-tich|ubnd|ha-nam end:retired',
      'Lê Thị Thủy → pho-chu-tich|ubnd|ha-nam start:elected',
      'Đinh Văn Long → pho-chu-tich|ubnd|ha-nam end:transferred',
    ]);
    expect(holds('Ông Lê Văn Tám được bầu làm Chủ tịch HĐND tỉnh Hà Nam thay ông Mai Tiến Dũng.')).toEqual([
      'Lê Văn Tám → chu-tich|hdnd|ha-nam start:elected',
    ]);
  });
  it('"với 50/50 đại biểu tán thành" is a vote, not whom the post is given to: the next clause\'s person is not elected to it', () => {
    expect(
      holds(
        'Ông Nguyễn Văn Nam được bầu giữ chức Chủ tịch HĐND tỉnh Lạng Sơn với 50/50 đại biểu tán thành; ông Hồ Tiến Thiệu được bầu giữ chức Chủ tịch UBND tỉnh.',
      ),
    ).toEqual(['Nguyễn Văn Nam → chu-tich|hdnd|lang-son start:elected', 'Hồ Tiến Thiệu → chu-tich|ubnd|lang-son start:elected']);
  });
});

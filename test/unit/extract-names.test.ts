import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { readArticle } from '../../src/extract/extract.js';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';

/** The people a text names, as printed (a bare "ông Mai" with the full name it resolves to). */
const people = (text: string) => analyse({ text }).persons.map((person) => (person.bare ? `${person.name} = ${person.key}` : person.name));

const holds = (text: string) => {
  const analysis = analyse({ text });
  return readArticle(analysis)
    .readings.filter((reading) => reading.kind === 'holds')
    .map((reading) => `${reading.person.name} → ${resolvedKey(reading.title, analysis.province) ?? reading.title.key}`);
};

describe('names', () => {
  it('a name ending in a word that is also a title word is not cut short ("Thường", "Trưởng", "Đoàn")', () => {
    expect(people('Ông Lê Văn Thường, Phó Chủ tịch Thường trực UBND tỉnh Hà Nam, phát biểu.')).toEqual(['Lê Văn Thường']);
    expect(people('Bà Nguyễn Thị Trưởng, Trưởng ban Dân vận Tỉnh ủy Hà Nam, dự.')).toEqual(['Nguyễn Thị Trưởng']);
    expect(people('Đồng chí Phạm Minh Đoàn, Phó Trưởng Đoàn ĐBQH tỉnh Hà Nam, chủ trì.')).toEqual(['Phạm Minh Đoàn']);
    expect(holds('Ông Lê Văn Thường, Phó Chủ tịch Thường trực UBND tỉnh Hà Nam, phát biểu.')).toEqual([
      'Lê Văn Thường → pho-chu-tich-thuong-truc|ubnd|ha-nam',
    ]);
  });

  it('the family name Đoàn begins a name, and "Đoàn" of a body does not', () => {
    expect(people('Đoàn Văn Việt, Phó Chủ tịch UBND tỉnh Hà Nam, dự lễ.')).toEqual(['Đoàn Văn Việt']);
    expect(people('Đoàn ĐBQH tỉnh Hà Nam và Đoàn Thanh niên tỉnh tham dự. Đoàn Đại biểu Quốc hội tỉnh làm việc.')).toEqual([]);
  });

  it('a given name that begins a body ("Công", "Trung", "Văn") is a name where no body follows', () => {
    expect(people('Ông Trần Văn Công, Giám đốc Công ty Cổ phần Sông Đà, và ông Lê Quang Trung dự.')).toEqual([
      'Trần Văn Công',
      'Lê Quang Trung',
    ]);
    expect(people('Ông Trần Văn Hòa, Văn phòng UBND tỉnh Hà Nam.')).toEqual(['Trần Văn Hòa']);
  });

  it('places and bodies are not persons: a hospital, a hotel, a club, an agency', () => {
    expect(people('Hội nghị diễn ra tại Bệnh viện Bạch Mai, rồi tại khách sạn Hoàng Anh.')).toEqual([]);
    expect(people('Câu lạc bộ Hoàng Anh Gia Lai thắng. Hoàng Anh Gia Lai vô địch.')).toEqual([]);
    expect(people('Lãnh đạo Cục Thuế tỉnh Hà Nam dự; đồng chí Cục trưởng Cục Thuế phát biểu.')).toEqual([]);
  });

  it('a person named right after a place a noun introduces ("Bệnh viện Bạch Mai A"), not a proper noun a family name goes on', () => {
    expect(people('Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ phát biểu tại khách sạn Hoàng Anh.')).toEqual(['Đào Xuân Cơ']);
    expect(
      people('Ông Trương Quốc Huy từng làm việc tại Công ty xi măng Vicem Hoàng Mai. Hội Nông dân Việt Nam Nguyễn Văn An dự.'),
    ).toEqual(['Trương Quốc Huy', 'Nguyễn Văn An']);
  });

  it('"Sáng", "Chiều", "Tối" end a name only before a day; a byline after "Theo" or "Tin-ảnh:" is no one', () => {
    expect(people('Sáng 10/11, ông Vương Đức Sáng và ông Đỗ Minh Chiều dự họp. Chiều nay, ông Lê Văn Tối phát biểu.')).toEqual([
      'Vương Đức Sáng',
      'Đỗ Minh Chiều',
      'Lê Văn Tối',
    ]);
    expect(people('Ông Nguyễn Văn An được bầu làm Chủ tịch UBND tỉnh.\nTheo Hoàng Diên')).toEqual(['Nguyễn Văn An']);
    expect(people('Ông Nguyễn Văn An được bầu làm Chủ tịch UBND tỉnh.\nTin-ảnh: Phan Anh')).toEqual(['Nguyễn Văn An']);
  });

  it('a pronoun ("ông") is never resolved to an organization', () => {
    const text = 'Ông Nguyễn Văn An được điều động về Bệnh viện Bạch Mai. Ông tái đắc cử chức vụ Chủ tịch UBND tỉnh Hà Nam.';
    expect(holds(text)).toEqual(['Nguyễn Văn An → chu-tich|ubnd|ha-nam']);
    // "ông Mai" after "Bệnh viện Bạch Mai" names nobody the text named.
    expect(people('Bệnh viện Bạch Mai tổ chức hội nghị. Ông Mai phát biểu.')).toEqual([]);
  });

  it('never invents: a draft names only people the text prints', () => {
    const text = 'Hội nghị tại Bệnh viện Bạch Mai. Ông Lê Văn Thường, Phó Chủ tịch UBND tỉnh Hà Nam, và bà Đoàn Thị Hoa dự.';
    const result = extract({
      text,
      registry: emptyRegistry(),
      meta: { id: 'article:t', title: null, publisher: null, published: null, url: null, textFile: 't.txt' },
    });
    const names = result.draft.statements.flatMap((statement) => (statement.kind === 'name' ? [statement.name] : []));
    expect(names).toEqual(['Lê Văn Thường', 'Đoàn Thị Hoa']);
    for (const name of names) expect(text).toContain(name);
  });
});

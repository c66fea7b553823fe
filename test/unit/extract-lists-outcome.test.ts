import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { testMeta } from '../support/readings.js';

/** The starts a text's draft gives: [person, position, cause]. */
function starts(text: string) {
  return extract({ text, registry: emptyRegistry(), meta: testMeta('2024-11-20') }).draft.statements.flatMap((statement) =>
    statement.kind === 'holds' && statement.start ? [[statement.person, statement.position, statement.start.cause]] : [],
  );
}

describe('the outcome of an election, told in the next sentence: "Theo đó, ông A giữ chức …; các ông B, C giữ chức …"', () => {
  it('each post of the outcome goes to each person its clause names, elected', () => {
    const text =
      'Sáng 9/11, HĐND tỉnh Yên Bái khóa XVIII tổ chức kỳ họp thứ 20. Kỳ họp cũng tiến hành bầu các chức danh quan trọng khác. Theo đó, ông Hà Văn Lâm, Bí thư Tỉnh ủy giữ chức Chủ tịch HĐND tỉnh Yên Bái; các ông Lò Văn Sơn, Đỗ Minh Hải giữ chức Phó Chủ tịch HĐND tỉnh Yên Bái; ông Vũ Đức Tâm giữ chức Phó Chủ tịch UBND tỉnh Yên Bái.';
    expect(starts(text)).toEqual([
      ['person:ha-van-lam', 'position:chu-tich-hdnd-tinh-yen-bai', 'elected'],
      ['person:lo-van-son', 'position:pho-chu-tich-hdnd-tinh-yen-bai', 'elected'],
      ['person:do-minh-hai', 'position:pho-chu-tich-hdnd-tinh-yen-bai', 'elected'],
      ['person:vu-duc-tam', 'position:pho-chu-tich-ubnd-tinh-yen-bai', 'elected'],
    ]);
  });

  it('not after a nomination, nor without a sentence that elects: "giữ chức" alone is a title, not a start', () => {
    expect(
      starts('Thường trực Tỉnh ủy giới thiệu nhân sự để bầu các chức danh. Theo đó, ông Hà Văn Lâm giữ chức Chủ tịch HĐND tỉnh Yên Bái.'),
    ).toEqual([]);
    expect(starts('Hội nghị đã thảo luận nhiều nội dung. Theo đó, ông Hà Văn Lâm giữ chức Chủ tịch HĐND tỉnh Yên Bái.')).toEqual([]);
  });

  it('one who leaves a post in the outcome ("thôi giữ chức", "không còn giữ chức") is not elected to it', () => {
    const elects = 'Sáng 9/11, HĐND tỉnh Yên Bái tổ chức kỳ họp thứ 20 và tiến hành bầu các chức danh.';
    expect(starts(`${elects} Theo đó, ông Hà Văn Lâm thôi giữ chức Chủ tịch HĐND tỉnh Yên Bái.`)).toEqual([]);
    expect(starts(`${elects} Theo đó, ông Hà Văn Lâm không còn giữ chức Chủ tịch HĐND tỉnh Yên Bái.`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { inventedNames } from '../../src/extract/eval/match/persons.js';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry, type Registry } from '../../src/extract/registry.js';
import type { DraftResult } from '../../src/extract/draft/item.js';
import { checkDraft } from '../../src/extract/check.js';
import { foldText } from '../../src/text/fold.js';

/**
 * Articles written for these tests (none copied from seed articles), one per pattern of issue 18, drafted with a
 * publication date to the day, to the month, and none: every draft passes the checks of `npm run seed -- --check`,
 * names only people the text prints, quotes only the text, and writes no number the text does not print.
 */
const ARTICLES: Record<string, string> = {
  lists:
    'Sáng 20/6, HĐND tỉnh Hà Nam khóa XIX tổ chức kỳ họp thứ nhất, nhiệm kỳ 2021-2026. Các đồng chí: Trần Văn An, Lê Văn Bình, Phạm Thị Cúc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 tái đắc cử chức Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021-2026. HĐND tỉnh bầu bổ sung 02 Ủy viên UBND tỉnh, bao gồm: ông Đỗ Văn Dũng, Giám đốc Sở Nội vụ; ông Hồ Văn Em, Giám đốc Sở Tài chính. HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Ngô Văn Phú; miễn nhiệm chức danh Trưởng ban Pháp chế HĐND tỉnh đối với bà Vũ Thị Giang.',
  approvals:
    'Ngày 3/7, Thủ tướng Chính phủ đã ký Quyết định số 812/QĐ-TTg phê chuẩn việc bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Hà Nam nhiệm kỳ 2021-2026 đối với ông Trần Văn An.',
  careers:
    'Tân Chủ tịch UBND tỉnh Hà Nam\nÔng Nguyễn Văn Thường\nSinh năm 1970.\n- 12/2010 - 2/2015: Phó Chủ tịch UBND tỉnh Hà Nam.\n- Từ tháng 3/2015 - 4/2020, ông là Chủ tịch UBND tỉnh Hà Nam.\n- 5/2020 - nay: Bí thư Tỉnh ủy Hà Nam.\n\nLê Huân',
  events:
    'Sáng 12/3, Bộ Y tế tổ chức Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam và Lễ đón nhận Huân chương Lao động hạng Nhất. Phó Chủ tịch nước Võ Thị Ánh Xuân dự và phát biểu. Tại Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2020-2025, ông Trần Văn An được bầu làm Phó Bí thư Tỉnh ủy.',
  posts:
    'UBND tỉnh Khánh Hòa họp. Dự có ông Trần Văn An, Chủ tịch UBND huyện Vạn Ninh; ông Lê Văn Bình, nguyên Bí thư Tỉnh ủy Khánh Hòa; ông Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương; bà Trần Thị Thanh Hương, Phó Chủ tịch Tổng LĐLĐ Việt Nam; ông Nguyễn Minh Vũ, Thứ trưởng Thường trực Bộ Ngoại giao.',
  recipients:
    'Chiều 8/10, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho ông Trần Văn An; hạng Ba cho Hội Nông dân tỉnh Hà Nam và Công ty Cổ phần Sông Đà 10. Đồng chí Lê Văn Bình, Bí thư Tỉnh ủy và đồng chí Phạm Văn Cường, Chủ tịch UBND tỉnh Hà Nam trao Bằng khen của Thủ tướng Chính phủ cho 5 tập thể.',
  departments:
    'Sáng 5/3, Sở TT&TT tỉnh Ninh Bình tổ chức hội nghị. Dự có ông Trần Văn An, Giám đốc Sở TT&TT tỉnh Ninh Bình; bà Lê Thị Bình, Phó Giám đốc Sở LĐ-TB&XH tỉnh Ninh Bình; ông Phạm Văn Cường, Giám đốc Sở TN&MT tỉnh Ninh Bình.',
  names:
    'Ông Lê Văn Thường, Phó Chủ tịch Thường trực UBND tỉnh Hà Nam, làm việc tại Bệnh viện Bạch Mai và khách sạn Hoàng Anh; đồng chí Đoàn Văn Việt, Phó Trưởng Đoàn ĐBQH tỉnh, cùng dự. Ông tái đắc cử chức vụ Chủ tịch Hội Nông dân tỉnh.',
};

function passesCheck(result: DraftResult, text: string, registry: Registry): void {
  checkDraft(result.draft, text, registry, result.proposed);
}

/** Every number a value holds (years, months, days, counts, votes): each must be printed in the text. */
function numbersOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'number') out.push(String(value));
  else if (typeof value === 'string' && /^(?:\.\.\/)?\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/.test(value))
    out.push(
      ...value
        .split(/[-/.]+/)
        .filter(Boolean)
        .map((part) => String(Number(part))),
    );
  else if (Array.isArray(value)) for (const item of value) numbersOf(item, out);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) if (key !== 'inferred' && key !== 'quotes' && key !== 'note') numbersOf(item, out);
  return out;
}

describe('the extractor never invents', () => {
  for (const [pattern, text] of Object.entries(ARTICLES))
    for (const published of ['2024-10-09', '2024-10', null])
      it(`${pattern}, published ${published ?? 'unknown'}: passes the check, and every name, quote and printed number is the text's`, () => {
        const registry = emptyRegistry();
        const result = extract({
          text,
          registry,
          meta: { id: `article:${pattern}`, title: null, publisher: null, published, url: null, textFile: 't.txt' },
        });
        expect(() => passesCheck(result, text, registry)).not.toThrow();
        const draft = { statements: result.draft.statements, registry };
        expect(inventedNames(text, draft, result.proposed.get('people') ?? [])).toEqual([]);
        const folded = foldText(text);
        for (const statement of result.draft.statements) for (const quote of statement.quotes) expect(folded).toContain(foldText(quote));
        // Printed dates and numbers only: an inferred year is marked so, and its printed parts are the text's.
        const printed = ` ${text.replace(/\D+/g, ' ')} `;
        for (const statement of result.draft.statements) {
          // The values a statement states, without its quotes and notes and the dates it marks as inferred.
          const values = JSON.parse(
            JSON.stringify(statement, (key, value: unknown) =>
              key === 'quotes' || key === 'note' || (value && typeof value === 'object' && 'inferred' in value) ? undefined : value,
            ),
          ) as unknown;
          for (const number of numbersOf(values)) expect(printed).toContain(` ${number} `);
        }
      });
});

describe('the extractor proposes no post the text only implies', () => {
  it('an award whose conferrer the text never prints proposes no conferrer', () => {
    const text = 'Sáng 8/10, ông Trần Văn An được tặng Huân chương Lao động hạng Ba vì thành tích trong công tác.';
    const registry = emptyRegistry();
    const result = extract({
      text,
      registry,
      meta: { id: 'article:implied', title: null, publisher: null, published: '2024-10-09', url: null, textFile: 't.txt' },
    });
    expect(() => passesCheck(result, text, registry)).not.toThrow();
    expect(result.proposed.get('awards')?.map((award) => award.name)).toContain('Huân chương Lao động hạng Ba');
    const titles = (result.proposed.get('positions') ?? []).map((position) => String(position.title));
    expect(titles.filter((title) => !foldText(text).includes(foldText(title)))).toEqual([]);
  });
});

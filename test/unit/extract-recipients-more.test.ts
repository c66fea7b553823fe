import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { presents as presentsWithPresenter, testMeta } from '../support/readings.js';

const meta = testMeta('2024-10-05');
/** The presentations of a text, as presents() reads them but without the presenter: [award, on whose behalf, named people, bodies as printed, counts]. */
const presents = (text: string) => presentsWithPresenter(text).map(([award, , ...rest]) => [award, ...rest]);

describe('recipients: hosts, counted lists, titled names, another country’s award named before', () => {
  it('the body that hosts the ceremony and receives the award (“X tổ chức Lễ … và đón nhận …”), after the fronted time and place', () => {
    expect(
      presents(
        'Sáng 12/4, tại Hải Phòng, Trường Đại học Hàng hải Việt Nam trang trọng tổ chức Lễ kỷ niệm 70 năm ngày thành lập và đón nhận Huân chương Lao động hạng Nhất lần thứ 2 của Chủ tịch nước trao tặng cho Trường.',
      ),
    ).toEqual([['huan-chuong-lao-dong-hang-nhat', 'national:chu-tich-nuoc', [], ['Trường Đại học Hàng hải Việt Nam'], []]]);
    // Its abbreviation and the body it belongs to are not its name.
    expect(
      presents(
        'Hôm nay (5/6), Quỹ Bảo trợ trẻ em (BTTE) thuộc Sở Lao động tỉnh Nam Định tổ chức gặp mặt và đón nhận Huân chương Lao động hạng Ba.',
      ),
    ).toEqual([['huan-chuong-lao-dong-hang-ba', undefined, [], ['Quỹ Bảo trợ trẻ em'], []]]);
  });

  it('a body’s name ends before the verb of its ceremony (“Hội Nông dân tỉnh Nghệ An long trọng tổ chức lễ …”)', () => {
    expect(presents('Sáng 12/3, Hội Nông dân tỉnh Nghệ An long trọng tổ chức lễ đón nhận Huân chương Lao động hạng Nhất.')).toEqual([
      ['huan-chuong-lao-dong-hang-nhat', undefined, [], ['Hội Nông dân tỉnh Nghệ An'], []],
    ]);
    expect(presents('Sáng 12/3, Hội Nông dân tỉnh Nghệ An tổ chức lễ đón nhận Huân chương Lao động hạng Nhất.')).toEqual([
      ['huan-chuong-lao-dong-hang-nhat', undefined, [], ['Hội Nông dân tỉnh Nghệ An'], []],
    ]);
  });

  it('bodies and a person after “cho”: “tập thể X và cá nhân ông Y”, a locality’s body after a province’s', () => {
    expect(
      presents('Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Tư pháp tỉnh Hà Tĩnh và UBND huyện Kỳ Anh.').map(
        ([, , , bodies]) => bodies,
      ),
    ).toEqual([['Sở Tư pháp tỉnh Hà Tĩnh', 'UBND huyện Kỳ Anh']]);
    expect(
      presents(
        'Ông Lê Văn Châu trao Huân chương Lao động hạng Nhì cho tập thể Công ty cổ phần Cao su Hà Tĩnh và cá nhân ông Nguyễn Văn Hòa.',
      ).map(([, , , bodies]) => bodies),
    ).toEqual([['Công ty cổ phần Cao su Hà Tĩnh']]);
  });

  it('a host is the subject of “tổ chức”; a body the ceremony is about, or one before another verb, is not', () => {
    expect(presents('Sáng 12/4, lãnh đạo Công ty Điện lực Hà Tĩnh dự lễ kỷ niệm và đón nhận Huân chương Lao động hạng Ba.')).toEqual([
      ['huan-chuong-lao-dong-hang-ba', undefined, [], [], []],
    ]);
    expect(
      presents(
        'Sáng 12/4, UBND tỉnh tổ chức Lễ kỷ niệm 30 năm thành lập Công ty Điện lực Hà Tĩnh và đón nhận Huân chương Lao động hạng Ba.',
      ),
    ).toEqual([['huan-chuong-lao-dong-hang-ba', undefined, [], [], []]]);
  });

  it('the first named recipient may follow a title and degrees (“cho Giám đốc Bệnh viện PGS.TS. A”)', () => {
    expect(
      presents('Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Giám đốc Sở Y tế PGS.TS. Phạm Minh Khôi vì đã có thành tích xuất sắc.'),
    ).toEqual([['huan-chuong-lao-dong-hang-ba', 'national:chu-tich-nuoc', ['Phạm Minh Khôi'], [], []]]);
  });

  it('a counted list after “gồm:” names the recipients when its paragraph names exactly as many people, items being sentences of their own', () => {
    const text =
      'Có 3 đồng chí được tặng Bằng khen của Thủ tướng Chính phủ gồm: đồng chí Hà Văn Lâm, Phó Chủ tịch UBND tỉnh Yên Bái. Các Phó Giám đốc Sở Tài chính Lò Thị Mai và Đinh Quang Huy.\nÔng Vũ Đức Tâm phát biểu.';
    expect(presents(text)).toEqual([['bang-khen-thu-tuong-chinh-phu', undefined, ['Hà Văn Lâm', 'Lò Thị Mai', 'Đinh Quang Huy'], [], [3]]]);
    // The draft counts the three once, and never says they are unnamed.
    const statement = extract({ text, registry: emptyRegistry(), meta }).draft.statements.find(
      (candidate) => candidate.kind === 'presents',
    );
    expect(statement).toMatchObject({ recipientCount: 3, recipients: ['person:ha-van-lam', 'person:lo-thi-mai', 'person:dinh-quang-huy'] });
  });

  it('a counted list whose paragraph names more people than the count names none (the count alone)', () => {
    const text =
      'Có 2 đồng chí được tặng Bằng khen của Thủ tướng Chính phủ gồm: đồng chí Hà Văn Lâm và đồng chí Lò Thị Mai. Ông Vũ Đức Tâm chủ trì buổi lễ.';
    expect(presents(text)).toEqual([['bang-khen-thu-tuong-chinh-phu', undefined, [], [], [2]]]);
  });

  it('another country’s award named again without its country is that award, its name the award’s and the “của … Lào” printed after it', () => {
    const text = [
      'Thừa ủy quyền của Chủ tịch nước CHDCND Lào, ông Bun-mi Phăn-xay trao Huân chương Lao động hạng Ba - phần thưởng cao quý của Nhà nước CHDCND Lào cho tỉnh Nghệ An.',
      'Có 2 đồng chí được trao tặng Huân chương Lao động hạng Ba gồm: đồng chí Hà Văn Lâm và đồng chí Lò Thị Mai.',
    ].join(' ');
    const result = extract({ text, registry: emptyRegistry(), meta });
    const awards = result.draft.statements.flatMap((statement) => (statement.kind === 'presents' ? [statement.award] : []));
    expect(new Set(awards)).toEqual(new Set(['award:huan-chuong-lao-dong-hang-ba-cua-nha-nuoc-chdcnd-lao']));
    expect(result.proposed.get('awards')?.map((award) => award.name)).toEqual(['Huân chương Lao động hạng Ba của Nhà nước CHDCND Lào']);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { presents, testMeta } from '../support/readings.js';

const meta = testMeta('2024-10-05');

describe('recipients: lists after "cho/tặng", bodies, grades, counts', () => {
  it('a grade after "và" has its own recipients ("hạng Nhì cho A và hạng Ba cho B")', () => {
    expect(
      presents(
        'Thừa ủy quyền của Chủ tịch nước, ông Hoàng Văn Nam trao Huân chương Lao động hạng Nhì cho Bệnh viện Đa khoa tỉnh Nghệ An và hạng Ba cho Trường Cao đẳng Y tế Nghệ An.',
      ),
    ).toEqual([
      ['huan-chuong-lao-dong-hang-nhi', 'Hoàng Văn Nam', 'national:chu-tich-nuoc', [], ['Bệnh viện Đa khoa tỉnh Nghệ An'], []],
      ['huan-chuong-lao-dong-hang-ba', 'Hoàng Văn Nam', 'national:chu-tich-nuoc', [], ['Trường Cao đẳng Y tế Nghệ An'], []],
    ]);
    expect(
      presents(
        'Chủ tịch nước đã ký quyết định tặng Huân chương Lao động hạng Nhì cho ông Lê Văn An, Giám đốc Sở Y tế và hạng Ba cho bà Trần Thị Bình.',
      ).map((row) => row[3]),
    ).toEqual([['Lê Văn An'], ['Trần Thị Bình']]);
  });

  it('bodies announced by "tập thể", "các tập thể:", and people after the bodies with their honorifics', () => {
    expect(presents('Ông Nguyễn Văn Tùng trao Huân chương Lao động hạng Ba cho tập thể Bệnh viện Đa khoa tỉnh Thanh Hóa.')[0]![4]).toEqual([
      'Bệnh viện Đa khoa tỉnh Thanh Hóa',
    ]);
    expect(
      presents(
        'Phó Chủ tịch UBND tỉnh Lê Thị Hoa trao Bằng khen của Chủ tịch UBND tỉnh tặng các tập thể: Phòng Cảnh sát giao thông, Công an huyện Quỳ Hợp và Hội Chữ thập đỏ tỉnh Nghệ An.',
      )[0]![4],
    ).toEqual(['Phòng Cảnh sát giao thông', 'Công an huyện Quỳ Hợp', 'Hội Chữ thập đỏ tỉnh Nghệ An']);
    expect(
      presents('Nhân dịp này, Thủ tướng Chính phủ tặng Bằng khen cho Sở Tài chính tỉnh Nghệ An và ông Trần Văn Long, Giám đốc Sở.'),
    ).toEqual([
      ['bang-khen-thu-tuong-chinh-phu', undefined, 'national:thu-tuong-chinh-phu', ['Trần Văn Long'], ['Sở Tài chính tỉnh Nghệ An'], []],
    ]);
  });

  it('a name after a body without an honorific is the sentence’s subject, and a title is no body ("Trưởng phòng" is not "Trường")', () => {
    expect(
      presents(
        'Thay mặt Đảng, Nhà nước, trao Huân chương Độc lập hạng Nhất tặng Sở Nội vụ tỉnh Nghệ An, Bí thư Tỉnh ủy Lê Quang Minh nhấn mạnh…',
      )[0]![3],
    ).toEqual([]);
    expect(
      presents(
        'Ông Phạm Văn Hùng trao Bằng khen của Thủ tướng Chính phủ tặng đồng chí Lê Văn An, Phó Giám đốc Sở Nội vụ và đồng chí Trần Thị Bình, Trưởng phòng Tổ chức.',
      ),
    ).toEqual([['bang-khen-thu-tuong-chinh-phu', 'Phạm Văn Hùng', undefined, ['Lê Văn An', 'Trần Thị Bình'], [], []]]);
  });

  it('a count followed by its names ("cho 3 cá nhân gồm: …", "cho 2 tập thể là …") names them when they are as many', () => {
    expect(
      presents(
        'Ông Phạm Văn Hùng trao Bằng khen của Thủ tướng Chính phủ cho 3 cá nhân gồm: ông Lê Văn An, bà Trần Thị Bình và ông Vũ Văn Cường.',
      ),
    ).toEqual([['bang-khen-thu-tuong-chinh-phu', 'Phạm Văn Hùng', undefined, ['Lê Văn An', 'Trần Thị Bình', 'Vũ Văn Cường'], [], [3]]]);
    expect(
      presents(
        'Ông Phạm Văn Hùng trao Huân chương Lao động hạng Ba cho 2 tập thể: Sở Tư pháp tỉnh Quảng Bình và Hội Luật gia tỉnh Quảng Bình.',
      )[0]![4],
    ).toEqual(['Sở Tư pháp tỉnh Quảng Bình', 'Hội Luật gia tỉnh Quảng Bình']);
    // As many as the count, once: the draft says 3, not 6, and does not call them unnamed.
    const text =
      'Ông Phạm Văn Hùng trao Bằng khen của Thủ tướng Chính phủ cho 3 cá nhân: ông Lê Văn An, bà Trần Thị Bình và ông Vũ Văn Cường.';
    const statement = extract({ text, registry: emptyRegistry(), meta }).draft.statements.find(
      (candidate) => candidate.kind === 'presents',
    );
    expect(statement).toMatchObject({ recipientCount: 3, recipients: ['person:le-van-an', 'person:tran-thi-binh', 'person:vu-van-cuong'] });
    // A count that the names do not match keeps the count alone.
    expect(
      presents('Ông Phạm Văn Hùng trao Bằng khen của Thủ tướng Chính phủ cho 3 cá nhân: ông Lê Văn An và bà Trần Thị Bình.')[0]![3],
    ).toEqual([]);
  });

  it('counted recipients before "được … tặng", joined by "và", and a list of names before it', () => {
    expect(presents('Dịp này, 5 tập thể và 7 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.')).toEqual([
      ['bang-khen-thu-tuong-chinh-phu', undefined, 'national:thu-tuong-chinh-phu', [], [], [5, 7]],
    ]);
    expect(presents('Các ông Lê Văn Tám, Trần Văn Chín và bà Đỗ Thị Mười được tặng Huân chương Lao động hạng Ba.')[0]![3]).toEqual([
      'Lê Văn Tám',
      'Trần Văn Chín',
      'Đỗ Thị Mười',
    ]);
    // "được Chủ tịch nước trao tặng": the title before the verb confers it.
    expect(presents('Nhân dịp này, Trường Đại học Hồng Đức được Chủ tịch nước trao tặng Huân chương Lao động hạng Nhì.')).toEqual([
      ['huan-chuong-lao-dong-hang-nhi', undefined, 'national:chu-tich-nuoc', [], ['Trường Đại học Hồng Đức'], []],
    ]);
  });

  it('"Bằng khen của <body> cho …", "… được trao cho …", and two awards joined by "và" that share their recipients', () => {
    expect(
      presents('Thay mặt lãnh đạo tỉnh, đồng chí Lê Văn Tuấn trao Bằng khen của UBND tỉnh cho 15 tập thể, 30 cá nhân.')[0]![5],
    ).toEqual([15, 30]);
    expect(presents('Tại lễ kỷ niệm, Huân chương Lao động hạng Ba được trao cho Sở Y tế tỉnh Quảng Bình.')).toEqual([
      ['huan-chuong-lao-dong-hang-ba', undefined, undefined, [], ['Sở Y tế tỉnh Quảng Bình'], []],
    ]);
    expect(
      presents('Ông Phạm Văn Hùng trao Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng Chính phủ cho Sở Y tế tỉnh Quảng Bình.').map(
        (row) => [row[0], row[4]],
      ),
    ).toEqual([
      ['co-thi-dua-cua-chinh-phu', ['Sở Y tế tỉnh Quảng Bình']],
      ['bang-khen-thu-tuong-chinh-phu', ['Sở Y tế tỉnh Quảng Bình']],
    ]);
  });

  it('one who "nhận" an award receives it; "cá nhân" is no verb, nor is one who receives it for others or again', () => {
    expect(presents('Bà Trần Thị Bình, Giám đốc Sở Y tế nhận Bằng khen của Thủ tướng Chính phủ.')).toEqual([
      ['bang-khen-thu-tuong-chinh-phu', undefined, undefined, ['Trần Thị Bình'], [], []],
    ]);
    expect(presents('Các cá nhân có thành tích xuất sắc, Bằng khen của Thủ tướng Chính phủ.')).toEqual([]);
    expect(presents('Đại diện tập thể nhận Huân chương Lao động hạng Ba.')).toEqual([]);
    // "nhận" receives only the award right after it: "nhận định", "nhận xét" speak about one.
    expect(presents('Ông Nguyễn Văn An nhận định Huân chương Lao động hạng Nhất là phần thưởng cao quý.')).toEqual([]);
    expect(presents('Bà Trần Thị Bình nhận xét Bằng khen của Thủ tướng Chính phủ là động lực lớn.')).toEqual([]);
    expect(presents('Bà Trần Thị Bình nhận được Bằng khen của Thủ tướng Chính phủ.')[0]![3]).toEqual(['Trần Thị Bình']);
    // A representative receives for the body she represents, which the sentence does not make the recipient.
    expect(presents('Đại diện Sở Y tế tỉnh Yên Bái, bà Nguyễn Thị Bình nhận Bằng khen của Thủ tướng Chính phủ.')).toEqual([]);
    const text =
      'Sáng 5/10, ông Phạm Văn Hùng trao Huân chương Lao động hạng Ba cho Sở Y tế tỉnh Quảng Bình. Bà Trần Thị Bình, Giám đốc Sở Y tế, nhận Huân chương Lao động hạng Ba thay mặt tập thể.';
    expect(presents(text).map((row) => [row[3], row[4]])).toEqual([[[], ['Sở Y tế tỉnh Quảng Bình']]]);
  });

  it('the one whose merits open the sentence ("Với những đóng góp … của X, Chủ tịch nước tặng …") receives it where no other is named', () => {
    expect(
      presents(
        'Với những đóng góp xuất sắc trong 30 năm qua của Hội Nông dân tỉnh Quảng Bình, Chủ tịch nước đã quyết định tặng thưởng Huân chương Lao động hạng Nhì.',
      ),
    ).toEqual([['huan-chuong-lao-dong-hang-nhi', undefined, 'national:chu-tich-nuoc', [], ['Hội Nông dân tỉnh Quảng Bình'], []]]);
    expect(presents('Ghi nhận những thành tích của ông Lê Văn An, Chủ tịch nước tặng Huân chương Lao động hạng Ba.')[0]![3]).toEqual([
      'Lê Văn An',
    ]);
    // A recipient after "cho" is the one; the merits of a whole sector name no body.
    expect(
      presents('Với những đóng góp của ngành y tế, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Y tế tỉnh Quảng Bình.')[0]![4],
    ).toEqual(['Sở Y tế tỉnh Quảng Bình']);
    expect(presents('Với những đóng góp của ngành y tế, Chủ tịch nước tặng Huân chương Lao động hạng Ba.')).toEqual([]);
  });

  it('the next sentence names them when it opens as a list ("Đó là …", "Gồm: …"), as many as counted; attendees are not recipients', () => {
    expect(
      presents('Ông Phạm Văn Hùng trao Bằng khen của Thủ tướng Chính phủ cho 2 cá nhân. Đó là ông Lê Văn An và bà Trần Thị Bình.')[0]![3],
    ).toEqual(['Lê Văn An', 'Trần Thị Bình']);
    expect(
      presents(
        'Ông Phạm Văn Hùng trao Huân chương Lao động hạng Ba cho các đồng chí nguyên lãnh đạo tỉnh. Gồm: ông Lê Văn An, nguyên Bí thư Tỉnh ủy; ông Trần Văn Bình, nguyên Chủ tịch UBND tỉnh.',
      )[0]![3],
    ).toEqual(['Lê Văn An', 'Trần Văn Bình']);
    expect(
      presents('Ông Phạm Văn Hùng trao Bằng khen của Thủ tướng Chính phủ cho 3 cá nhân. Đó là ông Lê Văn An và bà Trần Thị Bình.')[0]![3],
    ).toEqual([]);
    expect(
      presents(
        'Ông Phạm Văn Hùng trao Huân chương Lao động hạng Ba cho các đồng chí lãnh đạo tỉnh. Các đồng chí Lê Văn An, Trần Thị Bình tham dự.',
      )[0]![3],
    ).toEqual([]);
  });

  it('answers a text of 50,000 spaces between an award and "và hạng Ba" (the grade scan does not restart at every space)', () => {
    const text = `Ông Lê Văn An trao Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh Yên Bái${' '.repeat(49_000)}và hạng Ba cho Sở Tài chính.`;
    expect(presents(text).map((row) => row[0])).toEqual(['huan-chuong-lao-dong-hang-nhi', 'huan-chuong-lao-dong-hang-ba']);
  });
});

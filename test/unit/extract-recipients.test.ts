import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { presents, testMeta } from '../support/readings.js';

const meta = testMeta('2024-10-05');

describe('recipients', () => {
  it('bodies as recipients: an association, a company, a trade union, listed', () => {
    expect(
      presents(
        'Thừa ủy quyền của Chủ tịch nước, ông Trần Văn An trao Huân chương Lao động hạng Ba cho Hội Nông dân tỉnh Hà Nam, Công ty Cổ phần Sông Đà 10 và Công đoàn ngành Y tế tỉnh Hà Nam vì đã có thành tích xuất sắc.',
      ),
    ).toEqual([
      [
        'huan-chuong-lao-dong-hang-ba',
        'Trần Văn An',
        'national:chu-tich-nuoc',
        [],
        ['Hội Nông dân tỉnh Hà Nam', 'Công ty Cổ phần Sông Đà 10', 'Công đoàn ngành Y tế tỉnh Hà Nam'],
        [],
      ],
    ]);
  });

  it('a body before "được … tặng" receives it', () => {
    expect(presents('Công ty Cổ phần Xi măng Hà Nam vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.')).toEqual([
      ['huan-chuong-lao-dong-hang-nhi', undefined, 'national:chu-tich-nuoc', [], ['Công ty Cổ phần Xi măng Hà Nam'], []],
    ]);
  });

  it('a body named and others counted ("cho Viện … và 11 bộ, ban, ngành") are one presentation to 12', () => {
    const text = 'Ông Trần Quốc An trao Cờ thi đua của Chính phủ cho Viện Khoa học Xã hội Việt Nam và 11 bộ, ban, ngành Trung ương.';
    expect(presents(text)).toEqual([['co-thi-dua-cua-chinh-phu', 'Trần Quốc An', undefined, [], ['Viện Khoa học Xã hội Việt Nam'], [11]]]);
    const statement = extract({ text, registry: emptyRegistry(), meta }).draft.statements.find(
      (candidate) => candidate.kind === 'presents',
    );
    expect(statement).toMatchObject({ recipients: ['org:vien-khoa-hoc-xa-hoi-viet-nam'], recipientCount: 12 });
  });

  it('recipients listed by grade: "hạng Nhì cho …; hạng Ba cho …"', () => {
    expect(
      presents(
        'Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho ông Trần Văn An, ông Lê Văn Bình; hạng Ba cho bà Phạm Thị Cúc và Công đoàn Viên chức tỉnh Hà Nam.',
      ),
    ).toEqual([
      ['huan-chuong-lao-dong-hang-nhi', undefined, 'national:chu-tich-nuoc', ['Trần Văn An', 'Lê Văn Bình'], [], []],
      ['huan-chuong-lao-dong-hang-ba', undefined, 'national:chu-tich-nuoc', ['Phạm Thị Cúc'], ['Công đoàn Viên chức tỉnh Hà Nam'], []],
    ]);
  });

  it('joint presenters each present it, with or without their titles between', () => {
    expect(
      presents(
        'Đồng chí Trần Văn An, Bí thư Tỉnh ủy và đồng chí Lê Văn Bình, Chủ tịch UBND tỉnh Hà Nam trao Bằng khen của Thủ tướng Chính phủ cho 5 tập thể.',
      ),
    ).toEqual([
      ['bang-khen-thu-tuong-chinh-phu', 'Lê Văn Bình', undefined, [], [], [5]],
      ['bang-khen-thu-tuong-chinh-phu', 'Trần Văn An', undefined, [], [], [5]],
    ]);
    expect(
      presents('Các đồng chí Trần Văn An và Lê Văn Bình trao Huân chương Lao động hạng Ba cho Hội Cựu chiến binh tỉnh Hà Nam.').map(
        (row) => row[1],
      ),
    ).toEqual(['Lê Văn Bình', 'Trần Văn An']);
  });

  it('bodies as recipients are proposed by their printed name', () => {
    const text = 'Ông Trần Văn An trao Huân chương Lao động hạng Ba cho Hiệp hội Doanh nghiệp tỉnh Hà Nam.';
    const result = extract({ text, registry: emptyRegistry(), meta });
    expect(result.proposed.get('organizations')).toContainEqual(
      expect.objectContaining({
        id: 'org:hiep-hoi-doanh-nghiep-tinh-ha-nam',
        name: 'Hiệp hội Doanh nghiệp tỉnh Hà Nam',
        classification: 'association',
      }),
    );
  });

  it('a list of people whose items carry their titles, one after each semicolon, each without an honorific', () => {
    expect(
      presents(
        'Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho các ông: Dương Văn Bình, nguyên Bí thư Tỉnh ủy Cà Mau; Nguyễn Văn Hải, nguyên Chủ tịch UBND tỉnh Cà Mau; và Lê Văn Sử, Phó Chủ tịch UBND tỉnh Cà Mau. Ông Trần Văn Hiếu phát biểu.',
      ).map((row) => row[3]),
    ).toEqual([['Dương Văn Bình', 'Nguyễn Văn Hải', 'Lê Văn Sử']]);
  });
});

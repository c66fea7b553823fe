import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { readArticle } from '../../src/extract/extract.js';
import { events } from '../support/readings.js';

describe('events named where a sentence opens, and congresses of the Party', () => {
  it('"Tại Đại hội Đảng bộ tỉnh …": "Đảng" folds as "đang" (going on), but is no reference to an event named elsewhere', () => {
    expect(events('Tại Đại hội Đảng bộ tỉnh Phú Yên lần thứ XVII, ông Cao Văn Thịnh được bầu làm Phó Bí thư Tỉnh ủy.')).toEqual([
      ['congress', 'Đại hội Đảng bộ tỉnh Phú Yên lần thứ XVII', undefined, [{ body: 'dang-bo', province: 'phu-yen' }]],
    ]);
    expect(events('Tại kỳ họp đang diễn ra, ông Cao Văn Thịnh được bầu làm Chủ tịch UBND tỉnh Phú Yên.')).toEqual([]);
  });

  it('a session whose name opens the sentence, after its day, and that elects: held by the body its name or apposition prints', () => {
    expect(events('Sáng nay 14/8, Kỳ họp thứ 9, HĐND tỉnh Bắc Kạn khóa X đã bầu ông Hà Văn Thái giữ chức Phó Chủ tịch UBND tỉnh.')).toEqual(
      [['session', 'Kỳ họp thứ 9', 'Sáng nay 14/8', [{ body: 'hdnd', province: 'bac-kan' }]]],
    );
    expect(events('Ngày 3/12, kỳ họp thứ 21 - HĐND tỉnh Cà Mau khóa IX đã thông qua nghị quyết miễn nhiệm.')).toEqual([
      ['session', 'kỳ họp thứ 21 - HĐND tỉnh Cà Mau khóa IX', 'Ngày 3/12', [{ body: 'hdnd', province: 'ca-mau' }]],
    ]);
  });

  it('the dot of "TP.HCM" does not end a name; a session that only discusses is still held by the body it names', () => {
    expect(events('Kỳ họp thứ 8 (kỳ họp chuyên đề) HĐND TP.HCM khóa X, diễn ra vào sáng 12-4 đã bàn về nhân sự.')).toEqual([
      ['session', 'Kỳ họp thứ 8 (kỳ họp chuyên đề) HĐND TP.HCM khóa X', 'sáng 12-4', [{ body: 'hdnd', province: 'tp-ho-chi-minh' }]],
    ]);
  });

  it('"nay" alone before a fraction is no date ("nay 12/5" of a vote)', () => {
    expect(analyse({ text: 'Đạt 45/45 phiếu, nay 12/5 là kết quả.' }).dates).toEqual([]);
  });

  it('an event organized without its noun "Lễ": "… tổ chức đón nhận …", "… tổ chức gặp mặt kỷ niệm …"', () => {
    expect(events('Sáng 20/11, Trường Đại học Vinh tổ chức đón nhận Huân chương Lao động hạng Nhất.')).toEqual([
      ['ceremony', 'đón nhận Huân chương Lao động hạng Nhất', 'Sáng 20/11', []],
    ]);
    expect(events('Chiều 4/5, Hội Nông dân tỉnh Hà Nam tổ chức gặp mặt kỷ niệm 30 năm ngày thành lập.')).toEqual([
      ['meeting', 'gặp mặt kỷ niệm 30 năm ngày thành lập', 'Chiều 4/5', []],
    ]);
  });
  it('"Cùng dự có …", "Dự có …": every person named attends', () => {
    const attendees = (text: string) =>
      readArticle(analyse({ text }))
        .readings.filter((reading) => reading.kind === 'participates')
        .map((reading) => reading.kind === 'participates' && `${reading.person.name} ${reading.role}`);
    expect(
      attendees(
        'Sáng 5/3, Bộ Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023. Cùng dự có các đồng chí Trần Văn An, Thứ trưởng Bộ Tư pháp; Lê Thị Bình, Vụ trưởng Vụ Pháp chế.',
      ),
    ).toEqual(['Trần Văn An ATTENDEE', 'Lê Thị Bình ATTENDEE']);
    expect(attendees('Sáng 5/3, Bộ Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023. Dự có ông Trần Văn An.')).toEqual([
      'Trần Văn An ATTENDEE',
    ]);
  });
});

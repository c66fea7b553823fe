import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { events } from '../support/readings.js';

const QB = [{ body: 'hdnd', province: 'quang-binh' }];

describe('events: sessions, congresses and ceremonies in more of the ways articles name them', () => {
  it('a session named by its body and day opens the sentence and elects ("Kỳ họp HĐND tỉnh X ngày 6/10 đã bầu …")', () => {
    expect(events('Kỳ họp HĐND tỉnh Quảng Bình ngày 6/10 đã bầu ông Lê Văn Tám làm Chủ tịch UBND tỉnh.')).toEqual([
      ['session', 'Kỳ họp HĐND tỉnh Quảng Bình ngày 6/10', 'ngày 6/10', QB],
    ]);
    // A bare "kỳ họp HĐND tỉnh" with no day is a reference to a session named elsewhere.
    expect(events('Kỳ họp HĐND tỉnh Quảng Bình đã bầu ông Lê Văn Tám làm Chủ tịch UBND tỉnh.')).toEqual([]);
  });

  it('"Trong chương trình kỳ họp …, chiều 7/12, HĐND tỉnh … đã …" and "tại kỳ họp thứ 20, HĐND tỉnh … đã bầu": the subject held it', () => {
    expect(
      events('Trong chương trình kỳ họp thường lệ thứ 18, chiều 7/12, HĐND tỉnh Quảng Bình khóa IX đã tiến hành bỏ phiếu miễn nhiệm.'),
    ).toEqual([['session', 'kỳ họp thường lệ thứ 18', 'chiều 7/12', QB]]);
    expect(
      events('Sáng 5/10, tại kỳ họp thứ 20, HĐND tỉnh Quảng Bình khóa XVIII đã bầu ông Lê Văn Tám giữ chức Chủ tịch UBND tỉnh.'),
    ).toEqual([['session', 'kỳ họp thứ 20', 'Sáng 5/10', QB]]);
    // A body that does not act after the session is no organizer of it.
    expect(events('Sáng 5/10, tại kỳ họp thứ 20, HĐND tỉnh Quảng Bình khóa XVIII.')).toEqual([
      ['session', 'kỳ họp thứ 20', 'Sáng 5/10', []],
    ]);
  });

  it('the organizer before "tổ chức" may carry its term in brackets', () => {
    expect(
      events(
        'Ngày 5/10, HĐND tỉnh Quảng Bình khóa XVIII (nhiệm kỳ 2016-2021) đã tổ chức kỳ họp chuyên đề để bầu cử, miễn nhiệm các chức danh.',
      ),
    ).toEqual([['session', 'kỳ họp chuyên đề', 'Ngày 5/10', QB]]);
  });

  it('a congress or a session that opens the sentence and "diễn ra", "khai mạc", "bế mạc"; a span of days', () => {
    expect(
      events(
        'Từ ngày 14 đến 16/10, Đại hội đại biểu Đảng bộ tỉnh Quảng Bình lần thứ XVII, nhiệm kỳ 2020-2025 đã diễn ra tại thành phố Đồng Hới.',
      ),
    ).toEqual([
      [
        'congress',
        'Đại hội đại biểu Đảng bộ tỉnh Quảng Bình lần thứ XVII',
        'Từ ngày 14 đến 16/10',
        [{ body: 'dang-bo', province: 'quang-binh' }],
      ],
    ]);
    expect(analyse({ text: 'Từ ngày 14 đến 16/10/2020, Đại hội diễn ra.' }).dates).toEqual([
      expect.objectContaining({ day: 14, endDay: 16, month: 10, year: 2020 }),
    ]);
    expect(events('Sáng 15/10/2020, Đại hội Đảng bộ tỉnh Quảng Bình lần thứ XVII khai mạc.')).toEqual([
      ['congress', 'Đại hội Đảng bộ tỉnh Quảng Bình lần thứ XVII', 'Sáng 15/10/2020', [{ body: 'dang-bo', province: 'quang-binh' }]],
    ]);
    expect(events('Sáng 5/10, kỳ họp thứ 20 HĐND tỉnh Quảng Bình khóa XVIII đã bế mạc.')).toEqual([
      ['session', 'kỳ họp thứ 20 HĐND tỉnh Quảng Bình khóa XVIII', 'Sáng 5/10', QB],
    ]);
  });

  it('"Lễ công bố và trao quyết định …" is one ceremony of two acts; "lễ và …" alone refers to another', () => {
    expect(events('Sáng 6/8, Bộ Y tế tổ chức Lễ công bố và trao quyết định bổ nhiệm Thứ trưởng.')).toEqual([
      ['ceremony', 'Lễ công bố và trao quyết định bổ nhiệm Thứ trưởng', 'Sáng 6/8', [{ national: 'bo-y-te' }]],
    ]);
    expect(events('Sáng 6/8, Bộ Y tế tổ chức lễ và hội nghị.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { readArticle } from '../../src/extract/extract.js';
import type { HoldsReading, PresentsReading } from '../../src/extract/readings.js';
import { dateInput } from '../../src/extract/dating/years.js';
import { scanDates } from '../../src/extract/scan/dates.js';
import { scanCounts, scanDecisions, scanTerms, scanVotes } from '../../src/extract/scan/numbers.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';
import { foldAligned } from '../../src/extract/text.js';

/** The readings of a text, as "name → post (role|body|province) start:cause | end:cause | attested". */
function read(text: string, published?: string) {
  const analysis = analyse({ text, published });
  const { readings, unread } = readArticle(analysis);
  const holds = readings.filter((reading): reading is HoldsReading => reading.kind === 'holds');
  const presents = readings.filter((reading): reading is PresentsReading => reading.kind === 'presents');
  const cut = (span: { start: number; end: number } | undefined) => (span ? analysis.doc.text.slice(span.start, span.end) : undefined);
  return {
    analysis,
    unread,
    presents,
    cut,
    holds: holds.map(
      (reading) =>
        `${reading.person.name} → ${resolvedKey(reading.title, analysis.province) ?? reading.title.key} ${reading.start ? `start:${reading.start.cause}` : reading.end ? `end:${reading.end.cause}` : 'attested'}`,
    ),
    holdsReadings: holds,
  };
}

describe('scanners', () => {
  it('reads dates with and without a year, and not votes or document numbers', () => {
    const text = 'Chiều ngày 11-1, hội nghị; ngày 31/10 và ngày 4/11/2022; tháng 11/2018; với 45/45 đại biểu; Quyết định 877/QĐ-TTg.';
    const dates = scanDates(foldAligned(text)).map((date) => [
      text.slice(date.start, date.end),
      date.day,
      date.month,
      date.year,
      date.partOfDay,
    ]);
    expect(dates).toEqual([
      ['Chiều ngày 11-1', 11, 1, undefined, 'afternoon'],
      ['ngày 31/10', 31, 10, undefined, undefined],
      ['ngày 4/11/2022', 4, 11, 2022, undefined],
      ['tháng 11/2018', undefined, 11, 2018, undefined],
    ]);
  });

  it('a date without a year takes the publication year, marked as inferred; without any evidence it is left out', () => {
    const dated = (text: string, published?: string) => {
      const analysis = analyse({ text, published });
      return dateInput(analysis, analysis.dates[0]!);
    };
    expect(dated('chiều 11-1', '2019-01-11T21:00:00+07:00')).toEqual({
      value: '2019-01-11',
      inferred: expect.stringContaining('publication'),
    });
    expect(dated('chiều 11-1')).toBeUndefined();
    // Published in early January about 29 December: the year before.
    expect(dated('chiều 29/12', '2021-01-04')).toEqual({ value: '2020-12-29', inferred: expect.stringContaining('year before') });
  });

  it('reads a span of days as an interval ("từ ngày 13-15/10/2020")', () => {
    const analysis = analyse({ text: 'diễn ra từ ngày 13-15/10/2020' });
    expect(dateInput(analysis, analysis.dates[0]!)).toBe('2020-10-13/2020-10-15');
  });

  it('reads numbers in words as counts ("hai cá nhân" is 2)', () => {
    const text = 'trao Bằng khen cho hai cá nhân, 4 tập thể và mười đơn vị';
    expect(scanCounts(foldAligned(text)).map((count) => [count.value, count.noun])).toEqual([
      [2, 'ca nhan'],
      [4, 'tap the'],
      [10, 'don vi'],
    ]);
  });

  it('reads votes, terms and decisions as printed', () => {
    const text = 'với 45/45 đại biểu có mặt tán thành, nhiệm kỳ 2016-2021, 40/40/53 phiếu đồng ý, theo Quyết định số 1598/QĐ-TTg';
    const folded = foldAligned(text);
    expect(scanVotes(folded).map((vote) => [text.slice(vote.start, vote.end), vote.for, vote.present, vote.total])).toEqual([
      ['45/45 đại biểu có mặt tán thành', 45, 45, undefined],
      ['40/40/53 phiếu đồng ý', 40, 40, 53],
    ]);
    expect(scanTerms(folded).map((term) => [term.from, term.to])).toEqual([[2016, 2021]]);
    expect(scanDecisions(folded).map((decision) => text.slice(decision.start, decision.end))).toEqual(['Quyết định số 1598/QĐ-TTg']);
  });
});

describe('parsers', () => {
  it('apposition: "đồng chí X, Phó Chủ tịch Thường trực UBND tỉnh" (the province from the article)', () => {
    const { holds } = read('UBND tỉnh Bắc Giang.\nDự hội nghị có đồng chí Lại Thanh Sơn, Phó Chủ tịch Thường trực UBND tỉnh.');
    expect(holds).toEqual(['Lại Thanh Sơn → pho-chu-tich-thuong-truc|ubnd|bac-giang attested']);
  });

  it('"Chủ tịch tỉnh" of headlines is the Chairman of the People\'s Committee; "tân" before a title is read', () => {
    expect(read('Ông Trần Văn Bình được bầu làm Chủ tịch tỉnh Hà Nam.').holds).toEqual([
      'Trần Văn Bình → chu-tich|ubnd|ha-nam start:elected',
    ]);
    expect(read('Ông Trần Văn Bình - tân Chủ tịch UBND tỉnh Hà Nam phát biểu.').holds).toEqual([
      'Trần Văn Bình → chu-tich|ubnd|ha-nam attested',
    ]);
  });

  it('ministers and heads of central bodies are national posts', () => {
    expect(read('Bộ trưởng Bộ Công Thương Trần Văn An và Trưởng Ban Tổ chức Trung ương Lê Văn Bình dự lễ.').holds).toEqual([
      'Trần Văn An → national:bo-truong-bo-cong-thuong attested',
      'Lê Văn Bình → national:truong-ban-to-chuc-trung-uong attested',
    ]);
  });

  it('a title before the name is that name\'s ("Thủ tướng Chính phủ Phạm Minh Chính")', () => {
    expect(read('Thủ tướng Chính phủ Phạm Minh Chính đã đến dự.').holds).toEqual([
      'Phạm Minh Chính → national:thu-tuong-chinh-phu attested',
    ]);
  });

  it('election: "bầu ông X giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021" with the vote and the term', () => {
    const { holds, holdsReadings, cut } = read(
      'Sáng 10/11, HĐND tỉnh Điện Biên bầu ông Lê Thành Đô, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh Điện Biên, nhiệm kỳ 2016-2021 với 41/43 đại biểu có mặt.',
    );
    expect(holds).toEqual(['Lê Thành Đô → pho-bi-thu|tinh-uy|dien-bien attested', 'Lê Thành Đô → chu-tich|ubnd|dien-bien start:elected']);
    const election = holdsReadings[1]!;
    expect([cut(election.start?.vote), election.term?.from, election.term?.to, cut(election.start?.date)]).toEqual([
      '41/43 đại biểu có mặt',
      2016,
      2021,
      'Sáng 10/11',
    ]);
  });

  it('re-election: "tái đắc cử", "tiếp tục được bầu"', () => {
    expect(read('Ông Trần Văn Bình tiếp tục được bầu giữ chức Chủ tịch UBND tỉnh Hà Nam.').holds).toEqual([
      'Trần Văn Bình → chu-tich|ubnd|ha-nam start:re-elected',
    ]);
    expect(read('Ông Trần Văn Bình đã tái đắc cử chức vụ Chủ tịch UBND tỉnh Hà Nam.').holds).toEqual([
      'Trần Văn Bình → chu-tich|ubnd|ha-nam start:re-elected',
    ]);
  });

  it('a nomination ("giới thiệu … để bầu") is not an election, and is listed as unread', () => {
    const { holds, unread } = read(
      'HĐND tỉnh Quảng Trị thông qua Tờ trình về việc giới thiệu nhân sự để bầu chức vụ Chủ tịch UBND tỉnh đối với đồng chí Nguyễn Đức Chính.',
    );
    expect(holds).toEqual([]);
    expect(unread.map((item) => item.reason)).toEqual([expect.stringContaining('nomination')]);
  });

  it('dismissals: one post per person after "đối với", and "miễn nhiệm ông X, Chủ tịch …"', () => {
    expect(
      read(
        'Đại biểu đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh Điện Biên đối với ông Lê Thành Đô và Chủ tịch HĐND tỉnh Điện Biên đối với ông Lò Văn Phương.',
      ).holds,
    ).toEqual(['Lê Thành Đô → chu-tich|ubnd|dien-bien end:dismissed', 'Lò Văn Phương → chu-tich|hdnd|dien-bien end:dismissed']);
    expect(
      read('HĐND tỉnh Quảng Nam đã bỏ phiếu miễn nhiệm ông Đinh Văn Thu, Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021, để nghỉ hưu.').holds,
    ).toEqual(['Đinh Văn Thu → chu-tich|ubnd|quang-nam attested', 'Đinh Văn Thu → chu-tich|ubnd|quang-nam end:dismissed']);
  });

  it('removal: "bãi nhiệm chức vụ … đối với ông X" ends the term as removed', () => {
    expect(read('HĐND tỉnh Hà Nam đã bãi nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Trần Văn Bình.').holds).toEqual([
      'Trần Văn Bình → chu-tich|ubnd|ha-nam end:removed',
    ]);
  });

  it('approval: "Thủ tướng phê chuẩn kết quả bầu … đối với ông X" with the decision, approved by the Prime Minister', () => {
    const { holdsReadings, cut } = read(
      'Theo Quyết định số 1234/QĐ-TTg, Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Điện Biên nhiệm kỳ 2021-2026 đối với ông Trần Văn Nam.',
    );
    const approval = holdsReadings.find((reading) => reading.start)!;
    expect([
      approval.person.name,
      approval.title.key,
      approval.start?.cause,
      approval.start?.approvedBy,
      cut(approval.start?.decision),
    ]).toEqual(['Trần Văn Nam', 'chu-tich|ubnd|dien-bien', 'approved', 'thu-tuong-chinh-phu', 'Quyết định số 1234/QĐ-TTg']);
  });

  it('approval of the election the previous sentence told ("… chuẩn y kết quả bầu cử"), by the Secretariat', () => {
    const { holdsReadings } = read(
      'Ngày 5/1, Ban chấp hành Đảng bộ tỉnh Hà Nam đã bầu ông Trần Văn Bình giữ chức vụ Phó Bí thư Tỉnh ủy. Ngày 13/1, Ban Bí thư Trung ương Đảng đã có Quyết định chuẩn y kết quả bầu cử.',
      '2021-01-18',
    );
    expect(
      holdsReadings.map((reading) => [reading.person.name, reading.title.key, reading.start?.cause, reading.start?.approvedByOrganization]),
    ).toEqual([
      ['Trần Văn Bình', 'pho-bi-thu|tinh-uy|?', 'elected', undefined],
      ['Trần Văn Bình', 'pho-bi-thu|tinh-uy|?', 'approved', 'ban-bi-thu'],
    ]);
  });

  it('acting: "giao quyền Chủ tịch UBND tỉnh … đối với ông X" and "tạm thời điều hành"', () => {
    expect(read('Thủ tướng giao quyền Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu đối với ông Nguyễn Thành Long.').holds).toEqual([
      'Nguyễn Thành Long → chu-tich|ubnd|ba-ria-vung-tau start:acting',
    ]);
    expect(read('Ông Hà Sỹ Đồng tạm thời điều hành UBND tỉnh Quảng Trị.').holds).toEqual([]);
    expect(
      read('Phó Chủ tịch UBND tỉnh Quảng Trị Hà Sỹ Đồng thực hiện nhiệm vụ của Chủ tịch UBND tỉnh Quảng Trị từ ngày 1/2/2020.').holds,
    ).toEqual(['Hà Sỹ Đồng → pho-chu-tich|ubnd|quang-tri attested', 'Hà Sỹ Đồng → chu-tich|ubnd|quang-tri start:interim']);
  });

  it('appointment: "bổ nhiệm ông X giữ chức Giám đốc Sở Nội vụ"; a proposal to appoint is not one', () => {
    expect(read('UBND tỉnh Phú Thọ bổ nhiệm ông Trần Văn An giữ chức Giám đốc Sở Nội vụ.').holds).toEqual([
      'Trần Văn An → giam-doc|so-noi-vu|phu-tho start:appointed',
    ]);
    expect(read('Sở Nội vụ tỉnh Phú Thọ đề nghị bổ nhiệm ông Trần Văn An giữ chức Giám đốc Sở Nội vụ.').holds).toEqual([]);
  });

  it('acting: "giao quyền Chủ tịch UBND tỉnh … cho ông X"', () => {
    expect(read('Thủ tướng giao quyền Chủ tịch UBND tỉnh Quảng Nam cho ông Nguyễn Văn Tâm từ ngày 5/6/2024.').holds).toEqual([
      'Nguyễn Văn Tâm → chu-tich|ubnd|quang-nam start:acting',
    ]);
  });

  it('presentation to a body of the province ("cho Sở Nông nghiệp và Phát triển nông thôn")', () => {
    const { presents } = read(
      'Đồng chí Lê Văn Hải, Bí thư Tỉnh ủy Phú Thọ trao Huân chương Lao động hạng Nhất cho Sở Nông nghiệp và Phát triển nông thôn.',
    );
    expect(
      presents.map((reading) => [
        reading.awardKey,
        reading.presenter?.name,
        reading.organizationRecipients.map((organization) => ('body' in organization ? organization.body : undefined)),
      ]),
    ).toEqual([['huan-chuong-lao-dong-hang-nhat', 'Lê Văn Hải', ['so-nn-ptnt']]]);
    // A district's People's Committee is not the province's: it is the district's.
    const district = read('Đồng chí Trần Văn Bình trao Huân chương Lao động hạng Ba cho UBND huyện Yên Dũng.');
    expect(
      district.presents.map((reading) =>
        reading.organizationRecipients.map((organization) => 'body' in organization && [organization.body, organization.locality?.slug]),
      ),
    ).toEqual([[['ubnd', 'huyen-yen-dung']]]);
  });

  it('presentation: "Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí X trao Bằng khen cho hai cá nhân"', () => {
    const { presents, holds, cut } = read(
      'Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lại Thanh Sơn trao Bằng khen cho hai cá nhân có thành tích xuất sắc.',
    );
    expect(
      presents.map((reading) => [
        reading.awardKey,
        reading.presenter?.name,
        reading.onBehalfOf?.key,
        reading.counts.map((count) => count.value),
        cut(reading.description),
        reading.recipients,
      ]),
    ).toEqual([
      ['bang-khen-thu-tuong-chinh-phu', 'Lại Thanh Sơn', 'national:thu-tuong-chinh-phu', [2], 'hai cá nhân có thành tích xuất sắc', []],
    ]);
    // The Prime Minister is whom he acts for, not his title.
    expect(holds).toEqual([]);
  });

  it('presentation to named people and in the passive', () => {
    const { presents } = read(
      'Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho ông Nguyễn Tiến Hải, Bí thư Tỉnh ủy Cà Mau. Ngoài ra, có 3 cá nhân được tặng Huân chương Lao động hạng Nhì.',
    );
    expect(
      presents.map((reading) => [
        reading.awardKey,
        reading.onBehalfOf?.key,
        reading.recipients.map((person) => person.name),
        reading.counts.map((count) => count.value),
      ]),
    ).toEqual([
      ['huan-chuong-lao-dong-hang-nhat', 'national:chu-tich-nuoc', ['Nguyễn Tiến Hải'], []],
      ['huan-chuong-lao-dong-hang-nhi', undefined, [], [3]],
    ]);
  });

  it("a second clause presents on the same presenter's behalf only the awards of whom he acts for", () => {
    const { presents } = read(
      'Thừa ủy quyền Chủ tịch nước, đồng chí Lê Văn Hải trao Huân chương Lao động hạng Ba cho UBND huyện Yên Dũng; trao Bằng khen của Thủ tướng Chính phủ cho 2 cá nhân.',
    );
    expect(presents.map((reading) => [reading.awardKey, reading.presenter?.name, reading.onBehalfOf?.key])).toEqual([
      ['huan-chuong-lao-dong-hang-ba', 'Lê Văn Hải', 'national:chu-tich-nuoc'],
      ['bang-khen-thu-tuong-chinh-phu', 'Lê Văn Hải', undefined],
    ]);
  });

  it('"Chủ tịch nước đã ký Quyết định tặng thưởng … cho ông X" and "X đón nhận Huân chương …"', () => {
    const signed = read('Chủ tịch nước đã ký Quyết định tặng thưởng Huân chương Lao động hạng Nhì cho ông Trần Văn Bình.').presents;
    expect(signed.map((reading) => [reading.awardKey, reading.onBehalfOf?.key, reading.recipients.map((person) => person.name)])).toEqual([
      ['huan-chuong-lao-dong-hang-nhi', 'national:chu-tich-nuoc', ['Trần Văn Bình']],
    ]);
    const received = read('Ông Trần Văn Bình vinh dự đón nhận Huân chương Lao động hạng Ba.').presents;
    expect(received.map((reading) => [reading.awardKey, reading.presenter, reading.recipients.map((person) => person.name)])).toEqual([
      ['huan-chuong-lao-dong-hang-ba', undefined, ['Trần Văn Bình']],
    ]);
  });

  it('a proposal of awards ("đề nghị khen thưởng") is not a presentation', () => {
    const { presents, unread } = read('Hội đồng thống nhất thông qua đề nghị khen thưởng Cờ thi đua của Chính phủ cho 5 đơn vị.');
    expect(presents).toEqual([]);
    expect(unread).toHaveLength(1);
  });
});

describe('events', () => {
  it('the session of the lead, its date and part of the day, and the council that held it', () => {
    const analysis = analyse({
      text: 'Chiều 18/1, tại kỳ họp chuyên đề, HĐND tỉnh Bình Thuận khóa X tổ chức kỳ họp chuyên đề lần thứ 8 để bầu Chủ tịch UBND tỉnh.',
      published: '2021-01-18',
    });
    const [event] = readArticle(analysis).readings.filter((reading) => reading.kind === 'event');
    expect(
      event &&
        event.kind === 'event' && [
          event.category,
          analysis.doc.text.slice(event.name.start, event.name.end),
          event.partOfDay,
          event.organizers,
        ],
    ).toEqual(['session', 'kỳ họp chuyên đề lần thứ 8', 'afternoon', [{ body: 'hdnd', province: 'binh-thuan' }]]);
  });
});

describe('events (without "tổ chức")', () => {
  it('"tại kỳ họp … HĐND tỉnh X" names the session and its council; a chair in the same sentence takes part', () => {
    const analysis = analyse({
      text: 'Sáng 4/11, tại kỳ họp chuyên đề HĐND tỉnh Bình Thuận khóa XI, dưới sự chủ trì của ông Nguyễn Hoài Anh, các đại biểu đã biểu quyết.',
      published: '2022-11-04',
    });
    const readings = readArticle(analysis).readings;
    const event = readings.find((reading) => reading.kind === 'event');
    expect(event && event.kind === 'event' && [event.category, event.organizers, event.partOfDay]).toEqual([
      'session',
      [{ body: 'hdnd', province: 'binh-thuan' }],
      'morning',
    ]);
    expect(
      readings
        .filter((reading) => reading.kind === 'participates')
        .map((reading) => reading.kind === 'participates' && [reading.person.name, reading.role]),
    ).toEqual([['Nguyễn Hoài Anh', 'CHAIR']]);
  });
});

describe('traps', () => {
  it("a name followed by another person's title: the title goes to the name after it", () => {
    const { holds } = read('Dự có ông Trần Văn An, Bí thư Tỉnh ủy Lạng Sơn Lê Văn Bình và các đại biểu.');
    expect(holds).toEqual(['Lê Văn Bình → bi-thu|tinh-uy|lang-son attested']);
  });

  it('two people with one family name: "ông Cường" is Nguyễn Đức Cường, not Nguyễn Đức Chính', () => {
    const { analysis, holds } = read(
      'HĐND tỉnh Quảng Trị bầu ông Nguyễn Đức Chính giữ chức Chủ tịch UBND tỉnh. HĐND tỉnh miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Nguyễn Đức Cường. Ông Cường nghỉ hưu.',
    );
    expect([...analysis.names.values()]).toEqual(['Nguyễn Đức Chính', 'Nguyễn Đức Cường']);
    expect(analysis.persons.find((person) => person.bare)?.key).toBe('nguyen duc cuong');
    expect(holds).toEqual([
      'Nguyễn Đức Chính → chu-tich|ubnd|quang-tri start:elected',
      'Nguyễn Đức Cường → chu-tich|ubnd|quang-tri end:dismissed',
    ]);
  });

  it('"nguyên Chủ tịch" (former) is not read as a current post: it ends a term', () => {
    const { holds } = read('Ông Dương Thanh Bình, Trưởng Ban Dân nguyện, nguyên Bí thư Tỉnh ủy Cà Mau.');
    expect(holds).toEqual([
      'Dương Thanh Bình → national:truong-ban-dan-nguyen-quoc-hoi attested',
      'Dương Thanh Bình → bi-thu|tinh-uy|ca-mau end:undefined',
    ]);
  });

  it('"Phó Chủ tịch" is not read as "Chủ tịch"', () => {
    const { holds } = read('Ông Lê Tuấn Phong - Phó Chủ tịch UBND tỉnh Bình Thuận phát biểu.');
    expect(holds).toEqual(['Lê Tuấn Phong → pho-chu-tich|ubnd|binh-thuan attested']);
  });

  it("a title of a city's body is the city's, not the province's; a foreign title is not read", () => {
    // No province is named: the city's post cannot be placed, and is listed as unread in the draft.
    expect(read('Ông Lê Tuấn Phong, Phó Chủ tịch UBND TP Phan Thiết, dự.').holds).toEqual([
      'Lê Tuấn Phong → pho-chu-tich|ubnd|?|thanh-pho-phan-thiet attested',
    ]);
    expect(read('Đồng chí Lếch-lay Sỉ-vi-lay - Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào dẫn đầu.').holds).toEqual([]);
  });

  it('an article about several provinces: a bare title is of the province its sentence named last', () => {
    const { holds } = read(
      'Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Hà Tĩnh đối với ông Đặng Quốc Khánh. Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Nam Định đối với ông Phạm Văn Tùng, Phó Bí thư Tỉnh ủy.',
    );
    expect(holds).toContain('Phạm Văn Tùng → pho-bi-thu|tinh-uy|nam-dinh attested');
  });

  it("a bare title is of the province its sentence names, not the article's", () => {
    const { holds } = read(
      'UBND tỉnh Hà Nam họp. Chủ tịch UBND tỉnh Hà Nam dự. HĐND tỉnh Phú Yên đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Trần Văn Thắng.',
    );
    expect(holds).toEqual(['Trần Văn Thắng → chu-tich|ubnd|phu-yen end:dismissed']);
  });

  it("a title whose province is neither printed nor the article's is not guessed", () => {
    const analysis = analyse({ text: 'Đồng chí Cao Văn Trọng, Chủ tịch UBND tỉnh, chủ trì hội nghị.' });
    expect(analysis.province).toBeUndefined();
  });

  it('place names that look like names are not people ("Hà Tĩnh", "TP Hồ Chí Minh"), a byline is not a person in the news', () => {
    const { analysis } = read('Ông Đặng Quốc Khánh, Chủ tịch UBND tỉnh Hà Tĩnh, làm việc tại TP Hồ Chí Minh.\n\nLê Huân');
    expect([...analysis.names.values()]).toEqual(['Đặng Quốc Khánh']);
  });
});

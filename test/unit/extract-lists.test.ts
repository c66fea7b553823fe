import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { readArticle } from '../../src/extract/extract.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';

/** The holds readings of a text that begin or end a term: "name → post start:cause | end:cause". */
function changes(text: string): string[] {
  const analysis = analyse({ text });
  return readArticle(analysis)
    .readings.filter((reading) => reading.kind === 'holds' && (reading.start || reading.end))
    .map((reading) =>
      reading.kind === 'holds'
        ? `${reading.person.name} → ${resolvedKey(reading.title, analysis.province)} ${reading.start ? `start:${reading.start.cause}` : `end:${reading.end!.cause}`}`
        : '',
    );
}

describe('lists: one verb and one post for several people', () => {
  it('"Các đồng chí: A, B, C, <titles> tái đắc cử chức …": each re-elected, each with the titles the list shares', () => {
    const text =
      'Các đồng chí: Trần Văn An, Lê Văn Bình, Phạm Thị Cúc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hà Nam nhiệm kỳ 2011-2016 tái đắc cử chức Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021.';
    expect(changes(text)).toEqual([
      'Trần Văn An → pho-chu-tich|ubnd|ha-nam start:re-elected',
      'Lê Văn Bình → pho-chu-tich|ubnd|ha-nam start:re-elected',
      'Phạm Thị Cúc → pho-chu-tich|ubnd|ha-nam start:re-elected',
    ]);
    const analysis = analyse({ text });
    const shared = readArticle(analysis).readings.filter(
      (reading) =>
        reading.kind === 'holds' &&
        !reading.start &&
        resolvedKey(reading.title, analysis.province) === 'uy-vien-ban-thuong-vu|tinh-uy|ha-nam',
    );
    expect(shared.map((reading) => reading.kind === 'holds' && reading.person.name)).toEqual([
      'Trần Văn An',
      'Lê Văn Bình',
      'Phạm Thị Cúc',
    ]);
  });

  it('"Ông A, B, C tiếp tục được bầu …": the subject is the whole list', () => {
    expect(changes('Ông Trần Văn An, Lê Văn Bình, Phạm Văn Cường tiếp tục được bầu giữ chức Phó Chủ tịch UBND tỉnh Hà Nam.')).toEqual([
      'Trần Văn An → pho-chu-tich|ubnd|ha-nam start:re-elected',
      'Lê Văn Bình → pho-chu-tich|ubnd|ha-nam start:re-elected',
      'Phạm Văn Cường → pho-chu-tich|ubnd|ha-nam start:re-elected',
    ]);
  });

  it('"bầu 2 chức danh Phó Chủ tịch UBND tỉnh, đó là bà A và ông B": the people after the post', () => {
    expect(changes('HĐND tỉnh Hà Nam bầu 2 chức danh Phó Chủ tịch UBND tỉnh, đó là bà Trần Thị An và ông Lê Văn Bình.')).toEqual([
      'Trần Thị An → pho-chu-tich|ubnd|ha-nam start:elected',
      'Lê Văn Bình → pho-chu-tich|ubnd|ha-nam start:elected',
    ]);
  });

  it('"bầu bổ sung 04 Ủy viên UBND tỉnh, bao gồm: …": each listed member, with the title each is described with', () => {
    const text =
      'HĐND tỉnh Hà Nam bầu bổ sung 04 Ủy viên UBND tỉnh, bao gồm: ông Trần Văn An, Giám đốc Sở Nội vụ; ông Lê Văn Bình, Giám đốc Sở Tài chính; bà Phạm Thị Cúc, Giám đốc Sở Y tế và ông Đỗ Văn Dũng, Giám đốc Công an tỉnh.';
    expect(changes(text)).toEqual([
      'Trần Văn An → uy-vien|ubnd|ha-nam start:elected',
      'Lê Văn Bình → uy-vien|ubnd|ha-nam start:elected',
      'Phạm Thị Cúc → uy-vien|ubnd|ha-nam start:elected',
      'Đỗ Văn Dũng → uy-vien|ubnd|ha-nam start:elected',
    ]);
  });

  it('several dismissals in one sentence, each with its own post', () => {
    const text =
      'Tại kỳ họp, HĐND tỉnh Hà Nam đã miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông Trần Văn An; miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Lê Văn Bình; bãi nhiệm chức danh Trưởng ban Pháp chế HĐND tỉnh đối với bà Phạm Thị Cúc.';
    expect(changes(text)).toEqual([
      'Trần Văn An → pho-chu-tich|ubnd|ha-nam end:dismissed',
      'Lê Văn Bình → uy-vien|ubnd|ha-nam end:dismissed',
      'Phạm Thị Cúc → truong-ban|ban-phap-che-hdnd|ha-nam end:removed',
    ]);
  });

  it('a list ends where the names stop being joined: a name after a title is not of the list', () => {
    expect(
      changes('Dự kỳ họp có ông Trần Văn An, Bí thư Tỉnh ủy Hà Nam; HĐND tỉnh đã bầu ông Lê Văn Bình giữ chức Chủ tịch UBND tỉnh.'),
    ).toEqual(['Lê Văn Bình → chu-tich|ubnd|ha-nam start:elected']);
  });
});

describe("approvals: the Prime Minister's approval of an election is not an election", () => {
  it('"phê chuẩn việc bầu (bổ sung) chức vụ … đối với ông A" is an approval, with the decision and the approver', () => {
    const text =
      'Thủ tướng Chính phủ đã ký Quyết định số 123/QĐ-TTg phê chuẩn việc bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Hà Nam nhiệm kỳ 2021-2026 đối với ông Trần Văn An.';
    expect(changes(text)).toEqual(['Trần Văn An → pho-chu-tich|ubnd|ha-nam start:approved']);
    const analysis = analyse({ text });
    const approval = readArticle(analysis).readings.find((reading) => reading.kind === 'holds' && reading.start);
    expect(
      approval?.kind === 'holds' && [
        approval.start?.approvedBy,
        analysis.doc.text.slice(approval.start!.decision!.start, approval.start!.decision!.end),
      ],
    ).toEqual(['thu-tuong-chinh-phu', 'Quyết định số 123/QĐ-TTg']);
  });

  it('"phê chuẩn việc bầu chức vụ Chủ tịch …" is never read as elected', () => {
    expect(changes('Thủ tướng phê chuẩn việc bầu chức vụ Chủ tịch UBND tỉnh Hà Nam đối với ông Lê Văn Bình.')).toEqual([
      'Lê Văn Bình → chu-tich|ubnd|ha-nam start:approved',
    ]);
  });
});

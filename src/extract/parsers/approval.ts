/**
 * Approvals of an election by the Prime Minister: "Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh …
 * đối với ông X", "phê chuẩn việc bầu bổ sung chức vụ Phó Chủ tịch …", with the decision as printed ("Quyết định số 1234/QĐ-TTg"). Approvals still to come ("đến khi
 * … phê chuẩn") are not read. Approvals of a dismissal are read by the dismissal parser.
 */
import { inside } from '../analysis.js';
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { termAfter } from './common.js';
import type { Context, ParseResult, Parser } from '../parser.js';
import { findTrigger, readTargets } from './targets.js';
import { datesIn } from './common.js';

/** "phê chuẩn kết quả bầu", "phê chuẩn việc bầu (bổ sung)": the Prime Minister approves an election; it is not one. */
const TRIGGER = /(?<![a-z])(?:phe chuan|chuan y)(?: ket qua| viec)?(?: bau(?: cu)?(?: bo sung)?)?(?![a-z])/;
const EXCLUDE = /den khi[^.;]{0,80}phe chuan|mien nhiem|(?:co|gui|thong qua) to trinh/;

export const approvalParser: Parser = { name: 'approval', parse: parseApproval };

function parseApproval(context: Context, sentence: Sentence): ParseResult {
  const folded = context.analysis.doc.folded;
  const trigger = findTrigger(folded, sentence, TRIGGER, EXCLUDE);
  if (trigger === undefined || trigger === 'excluded') return { readings: [] };
  const decision = inside(context.analysis.decisions, sentence)[0];
  const text = folded.slice(sentence.start, sentence.end);
  const approvedBy =
    /thu tuong/.test(text) || (decision && /qd-ttg/.test(folded.slice(decision.start, decision.end))) ? 'thu-tuong-chinh-phu' : undefined;
  const date = datesIn(context.analysis, sentence)[0];
  const approvedByOrganization = !approvedBy && /ban bi thu/.test(text) ? 'ban-bi-thu' : undefined;
  const readings = readTargets(context, sentence, trigger).map(({ title, person, how }): HoldsReading => ({
    kind: 'holds',
    person,
    title,
    start: { cause: 'approved', date, decision, approvedBy, approvedByOrganization },
    term: termAfter(context.analysis, title),
    sentence,
    rule: `approval (phê chuẩn kết quả bầu …; person ${how})`,
    confidence: 0.8,
  }));
  // "Ngày 13/1, Ban Bí thư … đã có Quyết định chuẩn y kết quả bầu cử.": the election the previous sentence told.
  if (readings.length === 0 && /ket qua bau/.test(text)) {
    const previous = context.earlier.filter(
      (reading): reading is HoldsReading =>
        reading.kind === 'holds' && reading.start?.cause === 'elected' && reading.sentence.index === sentence.index - 1,
    );
    for (const election of previous) {
      readings.push({
        kind: 'holds',
        person: election.person,
        title: election.title,
        start: { cause: 'approved', date, decision, approvedBy, approvedByOrganization },
        term: election.term,
        sentence,
        rule: 'approval of the election told by the previous sentence (… chuẩn y/phê chuẩn kết quả bầu)',
        confidence: 0.7,
      });
    }
  }
  return { readings, unread: readings.length === 0 ? { sentence, reason: 'an approval whose post or person was not found' } : undefined };
}

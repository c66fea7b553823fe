/**
 * Presentations of awards: "Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí X trao Bằng khen cho hai cá nhân",
 * "Thủ tướng Chính phủ X … thay mặt … trao tặng Huân chương … cho Bộ Tư pháp", "Chủ tịch nước tặng Huân chương …
 * cho các ông: A, …; ông B, …", "3 cá nhân được tặng Huân chương …", "bà X … được Chủ tịch nước … tặng thưởng
 * Huân chương …". Unnamed recipients are a count with the text's words, never names. A proposal ("đề nghị khen
 * thưởng", "trình … tặng thưởng") is not a presentation.
 */
import { GAZETTEER } from '../gazetteer.js';
import { inside, type ResolvedPerson } from '../analysis.js';
import type { PresentsReading } from '../readings.js';
import type { AwardMention } from '../scan/awards.js';
import type { CountMention } from '../scan/numbers.js';
import { resolvedKey, type TitleMention } from '../scan/titles.js';
import { cut, slugify, type Sentence, type Span } from '../text.js';
import type { Analysis } from '../analysis.js';
import { TITLE_BEFORE_NAME } from './apposition.js';
import { dateOf, listWithTitles, personsIn, titlesIn } from './common.js';
import { bodiesListed, bodyBefore, hostBefore } from './recipients.js';
import type { Context, ParseResult, Parser } from '../parser.js';

/** "nhận" alone receives ("bà X nhận Bằng khen"), unless it is "ghi nhận", "tiếp nhận", "xác nhận"…. */
const VERB =
  /(?<![a-z])(?:trao tang|trao|tang thuong|tang|gan|khen thuong|cong nhan|phong tang|don nhan|(?<!(?:ghi|tiep|xac|thua|bien|ky|cam|tran|chap|thu)\s)nhan)(?![a-z])/g;
const PROPOSAL = /de nghi|de xuat|xet (?:khen|tang|de nghi)|trinh (?:ve|len|cap)|du kien|se trao|hiep y/;
const AUTHORIZED = /(?<![a-z])(?:thua (?:uy|y) quyen(?: cua)?|thay mat(?: cho)?)\s+$/;
/**
 * What opens the recipients after the award: "cho", "tặng", "đến", after "(lần thứ 2)" or the body that confers a
 * generic award ("Bằng khen của UBND tỉnh cho …"), and before "các ông:".
 */
const RECIPIENT_LEAD =
  /^\s*(?:\([^)]*\)\s*)?(?:lan thu \d+\)?\s*)?(?:cua\s+[^,;.:()]{1,50}?\s+)?(?:(?:da\s+)?duoc\s+(?:trao(?: tang)?|tang(?: thuong)?)\s+)?(?:cho|tang|den)\s+(?:cac\s+(?:ong|ba|dong chi)\s*:?\s*)?/;
/** "Với những đóng góp xuất sắc … của", "Ghi nhận thành tích của": the merits a sentence opens with, before their owner. */
const MERITS_OF =
  /^(?:[^,]{0,30},\s*)?(?:voi|ghi nhan|de ghi nhan|nham ghi nhan)\s+(?:nhung\s+)?(?:dong gop|thanh tich|thanh qua|cong lao|ket qua)[^,;.]{0,80}?\s+cua\s+/;
/** What opens the names a count announces: "cho 3 cá nhân gồm: …", "cho 2 tập thể là …", "cho 3 đồng chí: …". */
const COUNTED_NAMES = /^\s*(?:,\s*)?(?:(?:gom(?: co)?|bao gom|la|do la)\s*:?|:)\s*(?:cac\s+(?:ong|ba|dong chi)\s*:?\s*)?/;
/** "cho tập thể Bệnh viện X", "tặng các tập thể: A, B và C", "cho các đơn vị: …": words that announce bodies. */
const BODIES_ANNOUNCED = /^(?:cac\s+)?(?:tap the|don vi|co quan)\s*(?::\s*)?/;

export const presentationParser: Parser = { name: 'presentation', parse: parsePresentations };

function parsePresentations(context: Context, sentence: Sentence): ParseResult {
  const { analysis } = context;
  const folded = analysis.doc.folded;
  const awards = inside(analysis.awards, sentence);
  if (awards.length === 0) return { readings: [] };
  const text = folded.slice(sentence.start, sentence.end);
  if (verbsIn(analysis, sentence.start, sentence.end).length === 0) return { readings: [] };
  if (PROPOSAL.test(text)) return { readings: [], unread: { sentence, reason: 'awards proposed or considered, not presented' } };
  const titles = titlesIn(analysis, sentence).filter((title) => !title.unreadable && !title.former);
  const persons = personsIn(analysis, sentence);
  const counts = inside(analysis.counts, sentence);
  const authorizers = titles.filter(
    (title) =>
      AUTHORIZED.test(folded.slice(Math.max(0, title.start - 30), title.start)) ||
      titles.some(
        (other) =>
          other.end <= title.start &&
          AUTHORIZED.test(folded.slice(Math.max(0, other.start - 30), other.start)) &&
          /^\s+va\s+$/.test(folded.slice(other.end, title.start)),
      ),
  );
  const readings: PresentsReading[] = [];
  awards.forEach((award, index) => {
    // "… hạng Nhì cho A và hạng Ba cho B": this grade's recipients end before the "và" that opens the next.
    const next = awards[index + 1];
    const segmentEnd = segmentEndOf(folded, index, awards, sentence);
    const verbs = verbsIn(analysis, sentence.start, award.start);
    const verb = verbs.at(-1);
    const verbStart = verb ? sentence.start + verb.index : undefined;
    // "… được tặng", and "X đón nhận Huân chương …" (X receives it): the recipient comes before the verb.
    const receives = verb !== undefined && (verb[0] === 'don nhan' || verb[0] === 'nhan');
    const passive =
      verbStart !== undefined &&
      (receives || /(?<![a-z])duoc(?![a-z])/.test(folded.slice(Math.max(sentence.start, verbStart - 90), verbStart)));
    const conferrerOf = ofTitle(context, award, titles);
    // "Huân chương … (lần thứ 2) của Chủ tịch nước tặng ông X": the title after "của" confers the award.
    const ofConferrer = award.key
      ? titles.find(
          (title) =>
            title.national && title.start >= award.end && /^\s+(?:lan thu \d+\s+)?cua\s+$/.test(folded.slice(award.end, title.start)),
        )
      : undefined;
    // "Chủ tịch nước tặng …" confers; "X trao …" hands over what another confers, but "được Chủ tịch nước trao tặng" is
    // conferred by the title before the verb all the same.
    const conferring = verb !== undefined && (!/trao|gan/.test(verb[0]) || (passive && verb[0] === 'trao tang'));
    const onBehalfOf =
      pickAuthorizer(authorizers, award) ??
      ofConferrer ??
      (conferring ? subjectTitle(context, titles, persons, verbStart, passive) : undefined);
    const awardKey = completeAward(award, conferrerOf ?? onBehalfOf, analysis.province) ?? undefined;
    const earlier =
      award.generic && !conferrerOf && !onBehalfOf
        ? analysis.awards.filter((other) => other.key?.startsWith(`${award.generic}-`) && other.end <= award.start).at(-1)
        : undefined;
    if (!awardKey) return;
    // "Bà X nhận Huân chương … (thay mặt tập thể)": one who receives an award the article has already presented, or
    // on behalf of others ("thay mặt", "đại diện"), is a representative at that presentation, not another recipient.
    // And "nhận" receives only the award right after it ("nhận (được) Bằng khen"): "nhận định", "nhận xét" do not.
    if (
      verb?.[0] === 'nhan' &&
      (!/^\s+(?:duoc\s+)?$/.test(folded.slice(verbStart! + verb[0].length, award.start)) ||
        /(?<![a-z])(?:thay mat|dai dien)(?![a-z])/.test(text) ||
        [...context.earlier, ...readings].some((reading) => reading.kind === 'presents' && reading.awardKey === awardKey))
    )
      return;
    let presenter: ResolvedPerson | undefined;
    if (!passive && verbStart !== undefined && verb && /trao|gan/.test(verb[0])) {
      presenter = persons
        .filter(
          (person) =>
            person.end <= verbStart &&
            verbStart - person.end <= 90 &&
            !/(?<![a-z])(?:cho|duoc)(?![a-z])/.test(folded.slice(person.end, verbStart)),
        )
        .at(-1);
    }
    // "… X trao Huân chương … cho …; trao Bằng khen …": a verb that opens the next clause has the same subject.
    const previous = readings.at(-1);
    if (
      !presenter &&
      !passive &&
      verbStart !== undefined &&
      previous?.presenter &&
      /[;,]\s*(?:va\s+)?(?:cung\s+)?$/.test(folded.slice(Math.max(sentence.start, verbStart - 12), verbStart))
    )
      presenter = previous.presenter;
    // "Bộ trưởng cũng trao …": a bare title as the subject is the person the article gave that title last.
    if (!presenter && !passive && verbStart !== undefined && verb && /trao|gan/.test(verb[0]))
      presenter = bareTitleSubject(context, sentence, verbStart);
    // "Thay mặt …, trao … tặng Bộ Tài chính, Tổng Bí thư Tô Lâm nhấn mạnh": a fronted clause; its subject follows.
    if (
      !presenter &&
      !passive &&
      verbStart !== undefined &&
      verb &&
      /trao|gan/.test(verb[0]) &&
      !persons.some((person) => person.end <= verbStart) &&
      /^(?:\S+\s+)?(?:thay mat|thua (?:uy|y) quyen)/.test(folded.slice(sentence.start, sentence.start + 40))
    ) {
      presenter = persons.find((person) => person.start > award.end && /,\s*[^,]{0,60}$/.test(folded.slice(award.end, person.start)));
    }
    // Recipients: after "cho/tặng" following the award, or before "được" in the passive.
    let recipients: ResolvedPerson[] = [];
    let recipientCounts: CountMention[] = [];
    let organizations: PresentsReading['organizationRecipients'] = [];
    let description: Span | undefined;
    let countsNamed = false;
    const afterAward = (conferrerOf ?? ofConferrer ?? award).end;
    // "trao Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng cho Sở Y tế": two awards joined by "và" share the
    // recipients after the second.
    const shared = next !== undefined && /^\s*(?:,|va)\s*$/.test(folded.slice(afterAward, next.start));
    const recipientsAt = shared ? (ofTitle(context, next, titles) ?? next).end : afterAward;
    const nextAfter = shared ? awards[index + 2] : next;
    const recipientsEnd = shared ? segmentEndOf(folded, index + 1, awards, sentence) : segmentEnd;
    const lead = RECIPIENT_LEAD.exec(folded.slice(recipientsAt, recipientsEnd));
    if (lead) {
      const from = recipientsAt + lead[0].length;
      recipientCounts = leadingCounts(folded, counts, from, recipientsEnd);
      const announced = BODIES_ANNOUNCED.exec(folded.slice(from, recipientsEnd));
      const bodies =
        recipientCounts.length > 0
          ? []
          : bodiesListed(analysis.doc.text, folded, from, recipientsEnd).concat(
              announced ? bodiesListed(analysis.doc.text, folded, from + announced[0].length, recipientsEnd) : [],
            );
      // "cho 3 cá nhân gồm: ông A, bà B và ông C": the names, when there are as many as the count says.
      const named = recipientCounts.length > 0 ? COUNTED_NAMES.exec(folded.slice(recipientCounts.at(-1)!.end, recipientsEnd)) : null;
      if (named) {
        const namesFrom = recipientCounts.at(-1)!.end + named[0].length;
        const people = recipientList(folded, persons, namesFrom, recipientsEnd);
        const listed = people.length > 0 ? [] : bodiesListed(analysis.doc.text, folded, namesFrom, recipientsEnd);
        const total = recipientCounts.reduce((sum, count) => sum + count.value, 0);
        if (people.length === total) recipients = people;
        else if (listed.length === total) organizations = listed;
        countsNamed = recipients.length + organizations.length > 0;
      }
      if (recipientCounts.length > 0)
        description = {
          start: recipientCounts[0]!.start,
          end: descriptionEnd(folded, recipientCounts.at(-1)!.end, recipientsEnd, nextAfter),
        };
      else if (bodies.length > 0) {
        organizations = bodies;
        // "cho Viện Hàn lâm … và 11 bộ, ban, ngành": the bodies named, and the count of those that are not.
        const more = /^\s*(?:,|;|va|,\s*va)\s*/.exec(folded.slice(bodies.at(-1)!.span.end, recipientsEnd));
        const counted = more ? leadingCounts(folded, counts, bodies.at(-1)!.span.end + more[0].length, recipientsEnd) : [];
        // "cho Sở Tài chính tỉnh X và ông A, Giám đốc Sở": people after the bodies, each with an honorific (", Tổng Bí
        // thư Tô Lâm nhấn mạnh" after a body is the sentence's subject, not a recipient).
        const peopleFrom = more ? bodies.at(-1)!.span.end + more[0].length : undefined;
        if (peopleFrom !== undefined && counted.length === 0 && /^(?:ong|ba|dong chi)\s/.test(folded.slice(peopleFrom, peopleFrom + 10)))
          recipients = recipientList(folded, persons, peopleFrom, recipientsEnd);
        if (counted.length > 0) {
          recipientCounts = counted;
          description = { start: from, end: descriptionEnd(folded, counted.at(-1)!.end, recipientsEnd, nextAfter) };
        }
      } else {
        recipients = recipientList(folded, persons, from, recipientsEnd);
        // "cho bà A và Công đoàn Viên chức tỉnh": bodies after the people.
        const more = recipients.length > 0 ? /^\s*(?:,|;|va|,\s*va)\s+/.exec(folded.slice(recipients.at(-1)!.end, recipientsEnd)) : null;
        if (more) organizations = bodiesListed(analysis.doc.text, folded, recipients.at(-1)!.end + more[0].length, recipientsEnd);
        // Recipients the text describes without a name or a number ("cho Đảng bộ, chính quyền và nhân dân …").
        if (recipients.length === 0) {
          const end = descriptionEnd(folded, from, recipientsEnd, nextAfter, /[;.]/);
          if (end - from >= 3 && end - from <= 160) description = { start: from, end };
        }
      }
    } else if (passive && verbStart !== undefined) {
      const duoc = receives ? verbStart : folded.lastIndexOf('duoc', verbStart);
      recipientCounts = countsBefore(folded, counts, duoc);
      if (recipientCounts.length > 0) description = { start: recipientCounts[0]!.start, end: recipientCounts.at(-1)!.end };
      else {
        const person = persons.filter((candidate) => candidate.end <= duoc && duoc - candidate.end <= 60 && !candidate.bare).at(-1);
        // "Công ty Cổ phần X vinh dự được Chủ tịch nước tặng …": a body before "được" receives it.
        const body = person
          ? undefined
          : (bodyBefore(analysis.doc.text, folded, Math.max(sentence.start, duoc - 160), duoc) ??
            (receives ? hostBefore(analysis.doc.text, folded, sentence.start, duoc) : undefined));
        if (person) recipients = listBefore(folded, persons, person);
        else if (body) organizations = [body];
      }
      // "Có 6 đồng chí được tặng Huân chương … gồm: đồng chí A – …. Các Phó Chủ tịch … B và C. …": the names the
      // list gives, when the paragraph names exactly as many people as the count says (else the count alone).
      if (recipientCounts.length === 1) recipients = countedList(analysis, recipientCounts[0]!, award.end);
      countsNamed = recipients.length > 0 && recipientCounts.length > 0;
    }
    // "Với những đóng góp … của Quỹ X, Chủ tịch nước đã tặng thưởng Huân chương …": the one whose merits the sentence
    // opens with receives it, where no other recipient is read.
    if (!lead && !passive && recipients.length === 0 && recipientCounts.length === 0 && organizations.length === 0) {
      const merits = MERITS_OF.exec(folded.slice(sentence.start, verbStart ?? award.start));
      const at = merits ? sentence.start + merits[0].length : undefined;
      const body = at === undefined ? undefined : bodiesListed(analysis.doc.text, folded, at, verbStart ?? award.start)[0];
      const person =
        at === undefined || body
          ? undefined
          : persons.find(
              (candidate) =>
                candidate.start === at || (candidate.start > at && /^(?:ong|ba|dong chi)\s+$/.test(folded.slice(at, candidate.start))),
            );
      if (body) organizations = [body];
      else if (person) recipients = [person];
    }
    // "… cho 2 cá nhân. Đó là ông A và bà B.": the next sentence names them, announced as a list, as many as counted.
    if (
      recipients.length === 0 &&
      organizations.length === 0 &&
      (recipientCounts.length > 0 || description) &&
      index === awards.length - 1
    ) {
      const total = recipientCounts.length > 0 ? recipientCounts.reduce((sum, count) => sum + count.value, 0) : undefined;
      recipients = namesNext(analysis, sentence, total);
      countsNamed = recipients.length > 0 && recipientCounts.length > 0;
    }
    // "… vinh dự được Đảng, Nhà nước phong tặng danh hiệu …": an award conferred on a subject the text does not name as a recipient.
    // "… nhận Huân chương" with no one named before "nhận" ("đại diện … nhận"): who received it is not read, so nothing is.
    const nobody = recipients.length === 0 && recipientCounts.length === 0 && organizations.length === 0;
    if (nobody && !presenter && !description && (!passive || verb?.[0] === 'nhan')) return;
    const foreign = foreignAward(analysis, award);
    const reading: PresentsReading = {
      kind: 'presents',
      award,
      awardKey: foreign ? `foreign-${slugify(foreign)}` : (earlier?.key ?? awardKey),
      ...(foreign ? { awardName: foreign } : {}),
      conferrer: conferrerOf ?? (award.generic ? onBehalfOf : undefined),
      presenter,
      onBehalfOf,
      recipients,
      organizationRecipients: organizations,
      counts: recipientCounts,
      ...(countsNamed ? { countsNamed } : {}),
      description,
      date: dateOf(analysis, sentence, award.start),
      sentence,
      rule: `presentation (${earlier ? `"${cut(analysis.doc, award)}" read as the "${cut(analysis.doc, earlier)}" named before; ` : ''}${passive ? 'passive: … được … tặng' : onBehalfOf && authorizers.includes(onBehalfOf) ? 'thừa ủy quyền/thay mặt …, X trao … cho …' : 'X trao/tặng … cho …'})`,
      confidence: presenter || onBehalfOf ? 0.85 : 0.7,
    };
    readings.push(reading);
    // "Đồng chí A, … và đồng chí B, … trao …": each presents it, jointly.
    if (presenter)
      for (const joint of listWithTitles(context, sentence, presenter).slice(0, -1))
        readings.push({ ...reading, presenter: joint, rule: `${reading.rule}; joint presenter` });
  });
  return {
    readings,
    unread:
      readings.length === 0 ? { sentence, reason: 'an award is named but neither its presenter nor its recipients were read' } : undefined,
  };
}

/** The verbs of presenting or receiving between two offsets; "nhận" as printed, since "cá nhân" and "nhân dịp" fold to the same letters. */
function verbsIn(analysis: Analysis, start: number, end: number): RegExpExecArray[] {
  return [...analysis.doc.folded.slice(start, end).matchAll(VERB)].filter(
    (match) => match[0] !== 'nhan' || analysis.doc.text.slice(start + match.index, start + match.index + 4).toLowerCase() === 'nhận',
  );
}

/** Where the words about the award at `index` end: at the next award, before the "và" that opens it ("… hạng Nhì cho A và hạng Ba cho B"). */
function segmentEndOf(folded: string, index: number, awards: AwardMention[], sentence: Sentence): number {
  const next = awards[index + 1];
  return next ? next.start - (/\s+va\s+$/.exec(folded.slice(next.start - 8, next.start))?.[0].length ?? 0) : sentence.end;
}

/** "Bằng khen của Bộ trưởng Bộ Y tế": the title after "của". */
function ofTitle(context: Context, award: AwardMention, titles: TitleMention[]): TitleMention | undefined {
  if (!award.generic) return undefined;
  return titles.find((title) => title.start >= award.end && /^\s+cua\s+$/.test(context.analysis.doc.folded.slice(award.end, title.start)));
}

/** Of the authorizers ("thừa ủy quyền của Chủ tịch nước và Thủ tướng"), the one who confers this award. */
function pickAuthorizer(authorizers: TitleMention[], award: AwardMention): TitleMention | undefined {
  if (authorizers.length === 0) return undefined;
  const conferrer = award.key ? GAZETTEER.awardByKey.get(award.key)?.conferrer : undefined;
  const match =
    authorizers.find((title) => title.national === conferrer) ??
    (award.generic === 'bang-khen' ? authorizers.find((title) => title.national === 'thu-tuong-chinh-phu') : undefined);
  // "Thừa ủy quyền Chủ tịch nước, … trao Huân chương …; trao Bằng khen của Thủ tướng …": the Prime Minister's award is not given on the President's behalf.
  return match ?? (conferrer === undefined ? authorizers[0] : undefined);
}

/** "Chủ tịch nước tặng …", "được Chủ tịch nước … tặng thưởng": a national title (not followed by a name) as the one who confers. */
function subjectTitle(
  context: Context,
  titles: TitleMention[],
  persons: ResolvedPerson[],
  verbStart: number | undefined,
  passive: boolean,
): TitleMention | undefined {
  if (verbStart === undefined) return undefined;
  const folded = context.analysis.doc.folded;
  // "Chủ tịch nước tặng …", "Chủ tịch nước đã ký Quyết định tặng thưởng …".
  const before = titles
    .filter(
      (title) =>
        title.national &&
        title.end <= verbStart &&
        (verbStart - title.end <= (passive ? 60 : 12) ||
          /^\s*(?:da\s+)?(?:ky\s+)?(?:quyet dinh\s+)(?:so\s+\S+\s+)?$/.test(folded.slice(title.end, verbStart))),
    )
    .at(-1);
  if (!before || persons.some((person) => person.start >= before.end && TITLE_BEFORE_NAME.test(folded.slice(before.end, person.start))))
    return undefined;
  return before;
}

/** The award's key; a generic one is completed by its conferrer ("Bằng khen" of the Prime Minister). */
function completeAward(award: AwardMention, conferrer: TitleMention | undefined, province: string | undefined): string | undefined {
  if (award.key) return award.key;
  if (!conferrer) return award.generic;
  if (award.generic === 'bang-khen' && conferrer.national === 'thu-tuong-chinh-phu') return 'bang-khen-thu-tuong-chinh-phu';
  if (award.generic === 'co-thi-dua' && conferrer.national === 'thu-tuong-chinh-phu') return 'co-thi-dua-cua-chinh-phu';
  // "Bằng khen của Chủ tịch UBND tỉnh": the province's Chairman's, one award per province.
  const key = resolvedKey(conferrer, province) ?? conferrer.key;
  return `${award.generic}-${key
    .replace(/^national:/, '')
    .replace(/[|?]/g, '-')
    .replace(/-+$/, '')}`;
}

/** "4 tập thể và 4 cá nhân": the counts that open the recipients, joined by "và" or commas. */
function leadingCounts(folded: string, counts: CountMention[], from: number, to: number): CountMention[] {
  const found: CountMention[] = [];
  let at = from;
  for (const count of counts) {
    if (count.start < at || count.end > to) continue;
    if (!/^\s*(?:,|va)?\s*$/.test(folded.slice(at, count.start))) break;
    found.push(count);
    at = count.end;
  }
  return found;
}

/** "5 tập thể và 7 cá nhân được … tặng": the counts that end right before "được", joined by "và" or commas. */
function countsBefore(folded: string, counts: CountMention[], duoc: number): CountMention[] {
  const found: CountMention[] = [];
  let at = duoc;
  for (const count of [...counts].reverse()) {
    if (count.end > at) continue;
    if (!(found.length === 0 ? /^\s*$/ : /^\s*(?:,|va|,\s*va)\s*$/).test(folded.slice(count.end, at))) break;
    found.unshift(count);
    at = count.start;
  }
  return found;
}

/** "Các ông A, B và C được tặng …": the names listed before the last one, joined by commas or "và" (each with its honorific or none). */
function listBefore(folded: string, persons: ResolvedPerson[], last: ResolvedPerson): ResolvedPerson[] {
  const list = [last];
  for (const person of persons.filter((candidate) => candidate.end <= last.start && !candidate.bare).reverse()) {
    if (!/^\s*(?:,|va|,\s*va)\s*(?:(?:ong|ba|dong chi)\s+)?$/.test(folded.slice(person.end, list[0]!.start))) break;
    list.unshift(person);
  }
  return list;
}

/** The recipients' words run to the next comma, semicolon or full stop, or to "và" before the next award. */
function descriptionEnd(
  folded: string,
  from: number,
  to: number,
  nextAward: AwardMention | undefined,
  stops = /[,;.]|\s+va(?:\s+|$)/,
): number {
  const stop = stops.exec(folded.slice(from, to));
  let end = stop ? from + stop.index : to;
  if (nextAward && end > nextAward.start) end = nextAward.start;
  while (end > from && /[\s,]/.test(folded[end - 1]!)) end -= 1;
  return end;
}

/**
 * The named recipients after "cho": the first person right there, then each one the list introduces again
 * ("; ông B", ", bà C", "và đồng chí D", "A, <titles>; B"); a name later in the sentence (its speaker) is not a recipient.
 */
function recipientList(folded: string, persons: ResolvedPerson[], from: number, to: number): ResolvedPerson[] {
  const list: ResolvedPerson[] = [];
  for (const person of persons) {
    if (person.start < from || person.end > to || person.bare) continue;
    const gap = folded.slice(list.length === 0 ? from : list.at(-1)!.end, person.start);
    // "cho các ông: A, nguyên Bí thư Tỉnh ủy; B, …": the next item of a list whose items carry their titles opens after a semicolon.
    // The first name may follow the recipient's title and degrees ("cho Giám đốc Bệnh viện PGS.TS. A").
    const introduced =
      list.length === 0
        ? gap.length <= 24 || /^[^,;.]{0,40}\s(?:(?:p?gs|ts|ths|bs|ks)\.\s*)+$/.test(gap)
        : /(?:^|[;,]|\s)\s*(?:va\s+)?(?:ong|ba|dong chi)\s+$/.test(gap) ||
          /^\s*(?:,|va)\s*$/.test(gap) ||
          /^\s*(?:,|-|–)[^;.]{0,150};\s*(?:va\s+)?$/.test(gap);
    if (!introduced) break;
    list.push(person);
  }
  return list;
}

/** What opens a sentence that lists the recipients the previous one presented to: "Đó là", "Gồm", "Cụ thể là". */
const NAMES_NEXT = /^(?:do la|gom(?: co)?|bao gom|cu the(?: la)?)\s*:?\s*/;

/**
 * The people the next sentence lists after "Đó là …", when it opens so (a sentence of attendees, "Các đồng chí A, B …
 * tham dự", does not), and as many as counted where a count was given.
 */
function namesNext(analysis: Analysis, sentence: Sentence, total: number | undefined): ResolvedPerson[] {
  const next = analysis.doc.sentences[sentence.index + 1];
  const opens = next && NAMES_NEXT.exec(analysis.doc.folded.slice(next.start, next.end));
  if (!next || !opens) return [];
  const people = recipientList(analysis.doc.folded, personsIn(analysis, next), next.start + opens[0].length, next.end);
  return total === undefined || people.length === total ? people : [];
}

const LIST_OPENS = /^\s*(?:bao gom|gom(?: co)?)\s*:/;

/**
 * The people a counted list names after "gồm:" right after the award, to the end of its paragraph (the list's items
 * may be sentences of their own): all of them when there are as many as the count, else none.
 */
function countedList(analysis: Analysis, count: CountMention, awardEnd: number): ResolvedPerson[] {
  const { folded, text } = analysis.doc;
  const opens = LIST_OPENS.exec(folded.slice(awardEnd, awardEnd + 20));
  if (!opens) return [];
  const from = awardEnd + opens[0].length;
  const paragraphEnd = text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from);
  const named = analysis.persons.filter((person) => person.start >= from && person.end <= paragraphEnd && !person.bare);
  const distinct = [...new Map(named.map((person) => [person.key, person])).values()];
  return distinct.length === count.value ? distinct : [];
}

/** The person the article last described with a title that begins with the bare title before the verb ("Bộ trưởng"). */
function bareTitleSubject(context: Context, sentence: Sentence, verbStart: number): ResolvedPerson | undefined {
  const folded = context.analysis.doc.folded;
  const bare = /(?<![a-z])(bo truong|thu tuong|chu tich|bi thu|tong bi thu|pho chu tich|giam doc)(?:\s+(?:da|cung|con|da cung))*\s+$/.exec(
    folded.slice(Math.max(sentence.start, verbStart - 30), verbStart),
  );
  if (!bare) return undefined;
  const owned = [...context.owners.entries()].filter(([title]) => title.end <= sentence.start && folded.startsWith(bare[1]!, title.start));
  return owned.sort((a, b) => a[0].start - b[0].start).at(-1)?.[1];
}

const FOREIGN = '(?:chdcnd lao|cong hoa dan chu nhan dan lao|nuoc lao|campuchia|cuba)';
/**
 * "Huân chương Độc lập hạng Ba - phần thưởng cao quý của Đảng, Nhà nước CHDCND Lào": another country's award, not
 * Viet Nam's of the same name. Its name is the text's "<award> của … Lào" where the text prints one.
 */
function foreignAward(analysis: Analysis, award: AwardMention): string | undefined {
  // "Có 6 đồng chí được trao tặng Huân chương Độc lập hạng Ba": the other country's award the article named before.
  return (
    foreignAt(analysis, award) ??
    analysis.awards
      .filter((other) => other.end <= award.start && other.key === award.key)
      .map((other) => foreignAt(analysis, other))
      .find((name) => name !== undefined)
  );
}

/**
 * The other country's award at this mention: "<award> của … Lào" as printed in the article, else the award's name
 * and the words "của … Lào" its sentence prints after it ("Huân chương Độc lập hạng Ba - phần thưởng cao quý của
 * Đảng, Nhà nước CHDCND Lào").
 */
function foreignAt(analysis: Analysis, award: AwardMention): string | undefined {
  const folded = analysis.doc.folded;
  const of = new RegExp(`^([^.;]{0,60}?)(cua [^.;]{0,30}?${FOREIGN})`).exec(folded.slice(award.end, award.end + 120));
  if (!of) return undefined;
  const name = cut(analysis.doc, award).replace(/\s+/g, ' ');
  const pattern = new RegExp(`${foldedPattern(name)}\\s+cua\\s+[^.;,]{0,30}?${FOREIGN}`, 'g');
  const printed = [...folded.matchAll(pattern)][0];
  if (printed) return cut(analysis.doc, { start: printed.index, end: printed.index + printed[0].length });
  const ofStart = award.end + of[1]!.length;
  return `${name} ${cut(analysis.doc, { start: ofStart, end: ofStart + of[2]!.length }).replace(/\s+/g, ' ')}`;
}

const foldedPattern = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+');

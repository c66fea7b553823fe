/** The matching rule as EXTRACTION.md states it (match/ implements it), and what the extractor is known not to read. */
export const MATCHING_RULE: readonly string[] = [
  "**Keys.** A person by folded name or alias (src/text/fold.ts); a post by role, body and province (`chu-tich|ubnd|quang-nam`) or its national key (`national:thu-tuong-chinh-phu`); an organization by body and province, or national key, else folded name; an award by the gazetteer's key, else its folded name. Gold and draft items are matched one to one: each gold item to the first unused draft item of the same key, so a draft item counts for at most one gold item.",
  '**persons**: the people a gold article names (its `name` statements and every person its statements refer to) against the people the draft names (its `name` statements).',
  '**holds (person, post)**: each pair of person and post once per article.',
  "**bounds (side, cause)**: each start and end of a gold `holds` statement, by its pair, side and cause (none for a career line or a former title). **bounds (side, cause, date)**: also the same date at the gold's precision (a draft `2019-01-11` matches a gold `2019-01`), and no date where the gold gives none.",
  '**events (name)**: the same name: the words of the shorter name\'s head (up to its first comma, bracket, or "để", "về", "nhằm"; ordinals in words as numbers) are at least four in five of the longer head\'s, and each number or numeral of the shorter head is in the longer ("Kỳ họp thứ 8" is "Kỳ họp thứ 8, HĐND tỉnh Bình Thuận khóa X" and "Kỳ họp thứ tám", not "Kỳ họp thứ 10"). **events (name, date)**: also the same date as for bounds.',
  '**organizes**: the same organizer; **participates**: the same participant (person, body or post) in the same role.',
  '**presents (presenter, award)**: the same award and the same presenter, or none on both sides. **presents (in full)**: also on whose behalf where the gold gives it, and the same named recipients where the gold names any, else the same count where the gold gives one. **recipients**: each named recipient of each award (or the count, where none is named) as an item.',
  '**Invented names**: names of people in a draft (its `name` statements and proposed people) that the text does not print, folded, as whole words. Every draft is also run through the validator of `npm run seed -- --check`.',
  "**Former titles read as current**: a draft attestation (or a start without an end) of a pair whose gold tenure ends before: an end \"on or before\" a day (`../D`), an end with neither date nor cause, or an end whose last possible day is before the draft's attestation. **Deputies read as heads**: a pair (person, head's post) the gold lacks, where the gold gives the person the deputy's post of the same body (Phó Chủ tịch for Chủ tịch, Thứ trưởng for Bộ trưởng).",
  'The extractor does not produce figures: they count as missed. Gold statements ranked `deprecated` are left out of the gold.',
];

export const NOT_READ: readonly string[] = [
  'Figures; bodies and posts as participants ("đại diện lãnh đạo Văn phòng UBND tỉnh"); people at an event that no word of participation ties to it; an event organized by a delegation ("đoàn công tác cấp cao tỉnh …").',
  'Posts without their body ("Chủ tịch Hội đồng", "Phó chủ tịch thường trực Hà Sỹ Đồng" in a caption), and posts of another country ("Tỉnh trưởng Sê Kông").',
  'Whether an election renews a term the person already held (re-elected) when the text says only "bầu".',
  'Recipients named in the sentences after the one that presents ("… cho các đồng chí lãnh đạo tỉnh …", then the names) unless the next sentence opens as a list ("Đó là …", "Gồm: …"), or far before a passive "được … tặng" ("cùng với Bộ Ngoại giao, Viện … là 2 đơn vị … được Thủ tướng tặng …").',
  'A year that no evidence gives (printed, session, publication, address, another date of the article): the date is left out. Where another date of the article gives it, the draft infers it, with its reason, though gold articles annotated before that chain existed (005, 015) leave it out: those count as date misses.',
  'Former titles ("nguyên Bí thư Tỉnh ủy"), kept as terms that ended, are not in gold articles annotated before the format allowed them (002, 016, 030): they count as extra bounds there.',
];

/**
 * `npm run bench:extract [-- --articles N --rounds R]`: the extractor's throughput on one core. Texts of about 5 KB:
 * the seed article (6 KB) and N synthetic articles built from the patterns the extractor reads (elections,
 * dismissals, approvals, presentations, with names and provinces that vary) and filler prose, so that most of each
 * text is, as in real articles, sentences that match nothing. Each round extracts every text in turn on the main
 * thread (drafts included: linking, proposals, statements); the median round is reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from '../src/load/files.js';
import { extract } from '../src/extract/extract.js';
import { readRegistryDir } from '../src/extract/registry.js';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ARTICLES = option('--articles', 300);
const ROUNDS = option('--rounds', 5);

/** A deterministic generator (mulberry32), so that every run extracts the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Quốc', 'Thanh', 'Minh', 'Hữu', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Long', 'Phong', 'Sơn', 'Thắng', 'Vinh'];
const PROVINCES = ['Quảng Nam', 'Bình Thuận', 'Điện Biên', 'Hà Tĩnh', 'Quảng Trị', 'Cà Mau', 'Phú Yên', 'Lai Châu'];
const FILLER = readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 200 && !/Thừa ủy quyền|Dự hội nghị/.test(line));

function article(next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const name = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const province = pick(PROVINCES);
  const [a, b, c] = [name(), name(), name()];
  const day = 1 + Math.floor(next() * 28);
  const month = 1 + Math.floor(next() * 12);
  const sentences = [
    `Sáng ${day}/${month}, HĐND tỉnh ${province} khóa X tổ chức kỳ họp chuyên đề để kiện toàn công tác cán bộ.`,
    `Tại kỳ họp, các đại biểu đã bầu ông ${a}, Phó Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh giữ chức Chủ tịch UBND tỉnh ${province} nhiệm kỳ 2021-2026 với 45/45 đại biểu có mặt tán thành.`,
    `Trước đó, HĐND tỉnh đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông ${b} để nghỉ hưu theo chế độ.`,
    ...FILLER.slice(0, 3),
    `Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí ${c}, Phó Chủ tịch Thường trực UBND tỉnh trao Bằng khen cho hai cá nhân có thành tích xuất sắc.`,
    ...FILLER.slice(3),
    `Phát biểu tại kỳ họp, ông ${a} cảm ơn sự tin tưởng của các đại biểu.`,
  ];
  return sentences.join('\n\n');
}

const next = random(11);
const texts = [
  readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), 'utf8'),
  ...Array.from({ length: ARTICLES }, () => article(next)),
];
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const registry = readRegistryDir(DEFAULT_REGISTRY_DIR);
const meta = { id: 'article:bench', title: null, publisher: null, published: '2021-06-30', url: null, textFile: 'bench.txt' };

let statements = 0;
const run = () => {
  statements = 0;
  for (const text of texts) statements += extract({ text, registry, meta }).draft.statements.length;
};
run(); // warm-up: compile the patterns, let V8 optimize
const rounds: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const began = performance.now();
  run();
  rounds.push(performance.now() - began);
}
rounds.sort((x, y) => x - y);
const median = rounds[Math.floor(rounds.length / 2)]!;
const perSecond = (texts.length / median) * 1000;
console.log(
  `${texts.length} articles, ${(bytes / texts.length / 1024).toFixed(1)} KB each on average (${(bytes / 1024).toFixed(0)} KB), ${statements} statements per round`,
);
console.log(`rounds (ms): ${rounds.map((value) => value.toFixed(0)).join(', ')}; median ${median.toFixed(0)} ms`);
console.log(
  `throughput: ${perSecond.toFixed(0)} articles/s, ${((bytes / 1024 / median) * 1000).toFixed(0)} KB/s, ${(median / texts.length).toFixed(2)} ms per article (one core, Node ${process.version})`,
);
console.log(`target ≥ 200 articles/s: ${perSecond >= 200 ? 'met' : 'NOT met'}`);

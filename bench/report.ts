/**
 * The benchmark's results as a Markdown table (with the targets checked) and an SVG bar chart written by
 * hand: no chart library, so that the chart builds offline and shows in any Markdown viewer.
 */
import type { BenchResults, CellResult } from './types.js';
import { QUERIES } from './queries.js';

const VARIANT_NAMES = { floor: 'floor (hand-written Cypher)', api: 'this service', 'neo4j-graphql': '@neo4j/graphql 7' } as const;
const COLORS = { floor: '#8c8c8c', api: '#1f77b4', 'neo4j-graphql': '#d62728' } as const;
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

function cell(results: BenchResults, query: string, variant: CellResult['variant']): CellResult | undefined {
  return results.cells.find((item) => item.query === query && item.variant === variant);
}

const graphTitle = (results: BenchResults) =>
  results.graph.scale === undefined ? 'Statement graph' : `Statement graph, scale ${results.graph.scale}`;

/** Issue 20's targets for every query: the service at ≥ 0.9× the floor's req/s and ≥ 1.5× @neo4j/graphql's. */
const OF_FLOOR_TARGET = 0.9;
const VERSUS_TARGET = 1.5;

export function renderTable(results: BenchResults): string {
  const lines = [
    `${graphTitle(results)}: ${results.graph.articles.toLocaleString('en')} articles, ${results.graph.statements.toLocaleString('en')} statements, ` +
      `${results.graph.nodes.toLocaleString('en')} nodes, ${results.graph.relationships.toLocaleString('en')} relationships (${results.graph.corpus}). ` +
      `Load average ${results.machine.loadAverageAtStart} at the start, ${results.machine.loadAverageAtEnd} at the end. ` +
      `${results.settings.connections} connections, ${results.settings.rounds} interleaved rounds of ${results.settings.duration} s after ${results.settings.warmup} s of warm-up; medians over rounds.`,
    '',
    '| query | server | req/s | p50 ms | p99 ms | Neo4j round trips | server CPU ms/request | RSS under load (max) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const names = [...new Set(results.cells.map((item) => item.query))];
  for (const name of names) {
    const title = QUERIES.find((query) => query.name === name)?.title ?? name;
    for (const variant of ['floor', 'api', 'neo4j-graphql'] as const) {
      const found = cell(results, name, variant);
      if (!found) continue;
      const m = found.median;
      lines.push(
        `| ${name} (${title}) | ${VARIANT_NAMES[variant]} | ${m.requestsPerSecond.toFixed(1)} | ${m.p50} | ${m.p99} | ${found.roundTrips} | ${m.cpuMsPerRequest.toFixed(2)} | ${mb(m.rssMaxBytes)} MB |`,
      );
    }
  }
  lines.push(
    '',
    `| query | service ÷ @neo4j/graphql (target ≥ ${VERSUS_TARGET}) | service ÷ floor (target ≥ ${OF_FLOOR_TARGET}) |`,
    '| --- | ---: | ---: |',
  );
  for (const name of names) {
    const ours = cell(results, name, 'api')?.median.requestsPerSecond ?? NaN;
    const theirs = cell(results, name, 'neo4j-graphql')?.median.requestsPerSecond ?? NaN;
    const floor = cell(results, name, 'floor')?.median.requestsPerSecond ?? NaN;
    const versus = ours / theirs;
    const ofFloor = ours / floor;
    lines.push(
      `| ${name} | ${versus.toFixed(2)}× ${versus >= VERSUS_TARGET ? '✅' : '❌'} | ${ofFloor.toFixed(2)}× ${ofFloor >= OF_FLOOR_TARGET ? '✅' : '❌'} |`,
    );
  }
  const apiRss = Math.max(0, ...results.cells.filter((item) => item.variant === 'api').map((item) => item.median.rssMaxBytes));
  lines.push(
    '',
    `API resident memory under load: at most ${mb(apiRss)} MB (target < 250 MB) ${apiRss < 250 * 1048576 ? '✅' : '❌'}; ` +
      `idle after start: floor ${mb(results.rssIdleBytes.floor)} MB, service ${mb(results.rssIdleBytes.api)} MB, @neo4j/graphql ${mb(results.rssIdleBytes['neo4j-graphql'])} MB.`,
  );
  const failed = results.checks.filter((check) => !check.sameData);
  if (failed.length > 0)
    lines.push('', `Not timed, because the answers differ: ${failed.map((check) => `${check.query} (${check.note})`).join('; ')}.`);
  return `${lines.join('\n')}\n`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Horizontal grouped bars of requests per second on a log scale, one group per query. */
export function renderChart(results: BenchResults): string {
  const names = [...new Set(results.cells.map((item) => item.query))];
  const variants = ['floor', 'api', 'neo4j-graphql'] as const;
  const left = 170;
  const width = 820;
  const plot = width - left - 90;
  const bar = 14;
  const group = variants.length * bar + 16;
  const top = 56;
  const height = top + names.length * group + 40;
  const values = results.cells.map((item) => item.median.requestsPerSecond).filter((value) => value > 0);
  const minExp = Math.floor(Math.log10(Math.max(1, Math.min(...values))));
  const maxExp = Math.ceil(Math.log10(Math.max(10, ...values)));
  const x = (value: number) => left + ((Math.log10(Math.max(value, 10 ** minExp)) - minExp) / (maxExp - minExp)) * plot;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">Requests per second (log scale), ${escape(graphTitle(results))}: ${results.graph.statements.toLocaleString('en')} statements</text>`,
  ];
  variants.forEach((variant, index) => {
    const lx = left + index * 210;
    parts.push(
      `<rect x="${lx}" y="30" width="12" height="12" fill="${COLORS[variant]}"/>`,
      `<text x="${lx + 16}" y="40">${escape(VARIANT_NAMES[variant])}</text>`,
    );
  });
  for (let exp = minExp; exp <= maxExp; exp += 1) {
    const gx = x(10 ** exp);
    parts.push(
      `<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${height - 30}" stroke="#ddd"/>`,
      `<text x="${gx}" y="${height - 14}" text-anchor="middle" fill="#555">${(10 ** exp).toLocaleString('en')}</text>`,
    );
  }
  names.forEach((name, index) => {
    const gy = top + index * group;
    parts.push(`<text x="${left - 8}" y="${gy + (variants.length * bar) / 2 + 4}" text-anchor="end">${escape(name)}</text>`);
    variants.forEach((variant, position) => {
      const value = cell(results, name, variant)?.median.requestsPerSecond ?? 0;
      const y = gy + position * bar;
      parts.push(
        `<rect x="${left}" y="${y}" width="${Math.max(1, x(value) - left)}" height="${bar - 2}" fill="${COLORS[variant]}"/>`,
        `<text x="${x(value) + 4}" y="${y + bar - 4}" font-size="11">${value.toFixed(0)}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

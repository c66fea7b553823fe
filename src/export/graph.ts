/**
 * The graph as the exports read it: the nodes of a label, a page at a time (src/db/cypher/export.ts), each with
 * its links, its extras and its quotes resolved to their articles. Every quote the page's nodes carry, in their
 * `STATED_IN` relationships or in the readings stored on them (a tenure's, a name's, a registry declaration's, an
 * event's claims), is resolved with one more query per page, so that memory holds one page and its articles,
 * never the graph.
 */
import { exportArticles, exportPage } from '../db/cypher/export.js';
import type { Database } from '../db/database.js';
import type { NodeRecord } from '../graph.js';
import type { NodeLabel } from '../model/index.js';
import type { NameReading, SourceQuote, TenureReading } from '../statements/derive.js';
import type { RegistryEntry, Statement } from '../statements/format.js';

/** An article as an export cites it. */
export interface ArticleRef {
  id: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** As the source gives it: a date-time with its offset, a day, a month or a year; null when unknown. */
  published: string | null;
  publishedOn: string | null;
  url: string | null;
  language: string | null;
}

/** A quote and the article it is in: the provenance of a value. */
export interface Source {
  article: ArticleRef;
  quote: string;
}

export interface ExportLink {
  type: string;
  to: string;
  label: NodeLabel;
}

/** A claim behind an event's or a presentation's values, as stated, with its rank as judged. */
export interface ExportClaim {
  statement: Statement;
  rank: string;
  articleId: string;
}

export interface ExportRecord {
  label: NodeLabel;
  node: NodeRecord;
  links: ExportLink[];
  /** The node's quotes, in a stable order (article, then quote). */
  sources: Source[];
  /** What the page query brought from one step further (see EXTRAS in src/db/cypher/export.ts). */
  extras: Record<string, unknown>;
  /** Resolves the quotes stored in the node's readings and declaration. */
  sourcesOf(quotes: readonly SourceQuote[]): Source[];
}

/** Bound of each page's queries: an export is a batch, not an API request, but a stuck page must still end. */
const PAGE_TIMEOUT_MS = 120_000;

const jsonOf = <T>(value: unknown, fallback: T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : fallback);

/** The readings stored on a node that carry quotes, as the loader derived them. */
export const tenureReadings = (node: NodeRecord): TenureReading[] => jsonOf<TenureReading[]>(node.readings, []);
export const nameReadings = (node: NodeRecord): NameReading[] => jsonOf<NameReading[]>(node.nameReadings, []);
export const declarationOf = (node: NodeRecord): RegistryEntry | undefined =>
  jsonOf<RegistryEntry | undefined>(node.declaration, undefined);
export const claimsOf = (record: Pick<ExportRecord, 'extras'>): ExportClaim[] =>
  ((record.extras.claims as { values: string; rank: string; articleId: string }[] | undefined) ?? []).map((claim) => ({
    statement: JSON.parse(claim.values) as Statement,
    rank: claim.rank,
    articleId: claim.articleId,
  }));

interface PageRow {
  node: NodeRecord;
  links: ExportLink[];
  sources: SourceQuote[];
  extras: Record<string, unknown>;
}

/** The article ids a page's nodes cite, wherever they keep them. */
function citedArticles(rows: readonly PageRow[]): string[] {
  const ids = new Set<string>();
  for (const { node, sources, extras } of rows) {
    sources.forEach((source) => ids.add(source.articleId));
    tenureReadings(node).forEach((reading) => reading.sources.forEach((source) => ids.add(source.articleId)));
    nameReadings(node).forEach((reading) => reading.sources.forEach((source) => ids.add(source.articleId)));
    declarationOf(node)?.sources.forEach((source) => ids.add(source.article));
    claimsOf({ extras }).forEach((claim) => ids.add(claim.articleId));
  }
  return [...ids];
}

const bySource = (a: Source, b: Source) => a.article.id.localeCompare(b.article.id) || a.quote.localeCompare(b.quote);

/** Every node of `label`, in id order, a page at a time. */
export async function* readNodes(database: Database, label: NodeLabel): AsyncGenerator<ExportRecord> {
  let after: string | null = null;
  for (;;) {
    const page = await database.read(exportPage(label, after), { timeoutMs: PAGE_TIMEOUT_MS });
    const rows: PageRow[] = page.map((row) => ({
      node: row.node as NodeRecord,
      links: row.links as ExportLink[],
      sources: row.sources as SourceQuote[],
      extras: row.extras as Record<string, unknown>,
    }));
    if (rows.length === 0) return;
    const ids = citedArticles(rows);
    const articles = new Map(
      ids.length === 0
        ? []
        : (await database.read(exportArticles(ids), { timeoutMs: PAGE_TIMEOUT_MS })).map((row) => {
            const article = row.article as ArticleRef;
            return [article.id, article] as const;
          }),
    );
    // A quote whose article is gone (retracted while the export ran) is left out rather than cited half.
    const sourcesOf = (quotes: readonly SourceQuote[]): Source[] =>
      quotes
        .flatMap((quote) => {
          const article = articles.get(quote.articleId);
          return article ? [{ article, quote: quote.quote }] : [];
        })
        .sort(bySource);
    for (const row of rows) yield { label, ...row, sources: sourcesOf(row.sources), sourcesOf };
    after = rows.at(-1)!.node.id;
  }
}

/** The quotes of a registry entity's declaration (the passages that name it), as sources. */
export function declarationSources(record: ExportRecord): Source[] {
  const declaration = declarationOf(record.node);
  return declaration ? record.sourcesOf(declaration.sources.map((source) => ({ articleId: source.article, quote: source.quote }))) : [];
}

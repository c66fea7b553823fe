/**
 * Turns one validated article file into the statements of its write transaction: its nodes, then the
 * relationships its records declare, then one `STATED_IN {quote}` per quote. An entity that the file refers to
 * but another file of the load declares is MERGEd here too (with that file's properties, without provenance),
 * so that every relationship finds both ends whatever order the files are written in.
 */
import type { CypherQuery } from '../src/db/database.js';
import {
  mergeNodes, mergeProvenance, mergeRelationships,
  type NodeRow, type PropertyValue, type ProvenanceRow, type RelationshipRow, type RelationshipType,
} from '../src/db/cypher/load.js';
import type { NodeLabel } from '../src/db/cypher/schema.js';
import { COLLECTION_NAMES, COLLECTIONS, FIELDS, type AnyRecord, type CollectionName, type FieldSpec } from './format.js';
import type { Declaration, ValidatedArticle } from './validate.js';

/** Rows per statement: large enough that a file costs few round trips, small enough to bound one statement's memory. */
export const BATCH_SIZE = 1000;

export interface ArticleWrite {
  file: string;
  articleId: string;
  statements: CypherQuery[];
  /** Nodes and relationships MERGEd (created or already there), for progress output. */
  nodes: number;
  relationships: number;
}

const fieldsOf = (collection: CollectionName) => Object.entries(FIELDS[collection]) as [string, FieldSpec][];
const valueOf = (record: AnyRecord, key: string): unknown => (record as unknown as Record<string, unknown>)[key];
const labelOf = (collection: CollectionName): NodeLabel => COLLECTIONS[collection].label;

/** The node properties of a record: every field that is neither its id, its quotes nor a reference. */
function nodeRow(collection: CollectionName, record: AnyRecord): NodeRow {
  const props: Record<string, PropertyValue> = {};
  for (const [key, spec] of fieldsOf(collection)) {
    if (spec.type === 'quotes' || spec.type === 'ref' || spec.type === 'refs') continue;
    props[key] = (valueOf(record, key) ?? null) as PropertyValue;
  }
  return { id: record.id, props };
}

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH_SIZE) result.push(rows.slice(start, start + BATCH_SIZE));
  return result;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the write of one article; `declarations` is the load set's index of every declared id. */
export function planArticleWrite(validated: ValidatedArticle, declarations: ReadonlyMap<string, Declaration>): ArticleWrite {
  const { article } = validated.data;
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const relationships = new Map<string, { type: RelationshipType; from: NodeLabel; to: NodeLabel; rows: RelationshipRow[] }>();
  const provenance = new Map<NodeLabel, ProvenanceRow[]>();
  const declaredHere = new Set<string>();
  const referenced = new Set<string>();

  push(nodes, 'Article', {
    id: article.id,
    props: {
      title: article.title, publisher: article.publisher, author: article.author, publishedAt: article.publishedAt,
      language: article.language, url: article.url ?? null, text: validated.text,
    },
  });

  for (const collection of COLLECTION_NAMES) {
    const label = labelOf(collection);
    for (const record of validated.data[collection] ?? []) {
      declaredHere.add(record.id);
      push(nodes, label, nodeRow(collection, record));
      push(provenance, label, { id: record.id, quotes: record.quotes });
      for (const [key, spec] of fieldsOf(collection)) {
        if (spec.type !== 'ref' && spec.type !== 'refs') continue;
        const value = valueOf(record, key);
        const targets = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
        for (const target of targets) {
          const declaration = declarations.get(target);
          if (!declaration) throw new Error(`${validated.file}: ${target} is not declared; validateLoadSet lets no such file through`);
          referenced.add(target);
          const to = labelOf(declaration.collection);
          const group = `${spec.rel}|${label}|${to}`;
          const entry = relationships.get(group) ?? { type: spec.rel, from: label, to, rows: [] };
          entry.rows.push({ from: record.id, to: target });
          relationships.set(group, entry);
        }
      }
    }
  }

  for (const id of referenced) {
    if (declaredHere.has(id)) continue;
    const declaration = declarations.get(id);
    if (declaration) push(nodes, labelOf(declaration.collection), nodeRow(declaration.collection, declaration.record));
  }

  const statements: CypherQuery[] = [
    ...[...nodes].flatMap(([label, rows]) => chunks(rows).map((batch) => mergeNodes(label, batch))),
    ...[...relationships.values()].flatMap(({ type, from, to, rows }) => chunks(rows).map((batch) => mergeRelationships(type, from, to, batch))),
    ...[...provenance].flatMap(([label, rows]) => chunks(rows).map((batch) => mergeProvenance(label, article.id, batch))),
  ];
  const count = <T>(map: Iterable<T[]>, size: (item: T) => number = () => 1) => [...map].reduce((sum, rows) => sum + rows.reduce((s, row) => s + size(row), 0), 0);
  return {
    file: validated.file,
    articleId: article.id,
    statements,
    nodes: count(nodes.values()),
    relationships: count([...relationships.values()].map((entry) => entry.rows)) + count(provenance.values(), (row) => row.quotes.length),
  };
}

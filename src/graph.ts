import { NODE_LABELS, type NodeLabel } from './model/index.js';
import type { FuzzyDate } from './statements/dates.js';
import type { NameReading, TenureReading } from './statements/derive.js';

/**
 * What resolvers receive from the database layer: plain records, never driver types.
 */

/**
 * The keys a record carries beside a node's properties, named once for the Cypher that writes them into the map
 * it returns and the resolvers that read them: its labels, the quote of the relationship that led to it (a
 * source's), and a tenure's certainty on the date asked.
 */
export const RECORD_KEYS = { labels: '_labels', quote: '_quote', certainty: '_certainty' } as const;

/**
 * A node's properties, with its labels (each node of this graph has exactly one). The query planner leaves
 * the labels out where the GraphQL type is concrete, since only abstract types ask for them.
 */
export interface NodeRecord {
  [RECORD_KEYS.labels]?: string[];
  [RECORD_KEYS.quote]?: string;
  [RECORD_KEYS.certainty]?: string;
  id: string;
  [property: string]: unknown;
}

export interface SourceRefRecord {
  article: NodeRecord;
  quote: string;
}

export interface StatementRecord {
  node: NodeRecord;
  quote: string;
}

/**
 * A tenure's reading of one article, as derived (the Tenure's stored `readings`), with the articles its sources
 * cite where the query planner fetched them with the tenure.
 */
export type TenureReadingRecord = TenureReading & { articles?: ReadonlyMap<string, NodeRecord> };
export type NameReadingRecord = NameReading;
export type FuzzyDateRecord = FuzzyDate;

export interface SearchHitRecord {
  score: number;
  node: NodeRecord;
}

export interface PathRecord {
  length: number;
  nodes: NodeRecord[];
  relations: { type: string; startId: string; endId: string }[];
}

export interface EdgeRecord {
  cursor: string;
  node: NodeRecord;
}

/** A page of a list; `totalCount` is counted only when the client selects it (null otherwise). */
export interface ConnectionRecord {
  edges: EdgeRecord[];
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/** The node's label, which is also its GraphQL type name. */
export function labelOf(node: NodeRecord): NodeLabel {
  const labels = node[RECORD_KEYS.labels] ?? [];
  const label = labels.find((candidate): candidate is NodeLabel => (NODE_LABELS as readonly string[]).includes(candidate));
  if (label === undefined) throw new Error(`node ${node.id} has none of the graph's labels: ${labels.join(', ') || 'none fetched'}`);
  return label;
}

const AGENT_LABELS = ['Person', 'Organization', 'Position'] as const;
export type AgentLabel = (typeof AGENT_LABELS)[number];

/** The GraphQL type of an Agent (a person, organization or position). */
export function agentLabelOf(node: NodeRecord): AgentLabel {
  const label = labelOf(node);
  if (!(AGENT_LABELS as readonly string[]).includes(label)) throw new Error(`node ${node.id} is a ${label}, not an agent`);
  return label as AgentLabel;
}

/** A cell of a role's grid: the day, what the sources place there, the tenures with their certainty that day. */
export interface RoleGridCellRecord {
  year: number;
  date: string;
  status: 'CERTAIN' | 'POSSIBLE' | 'UNKNOWN' | 'NOT_IN_EXISTENCE';
  holders: NodeRecord[];
}

export interface RoleGridRowRecord {
  place: NodeRecord;
  cells: RoleGridCellRecord[];
}

export interface RoleGridRecord {
  role: NodeRecord;
  day: string;
  years: number[];
  rows: RoleGridRowRecord[];
  coverage: { certain: number; possible: number; unknown: number; total: number };
}

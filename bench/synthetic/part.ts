/**
 * A part of the synthetic graph, ready to write: node rows per label and relationship rows per (type, start
 * label, end label). Rows hold Neo4j values already (dates, integers), so that the load statements only
 * CREATE and never convert: conversion in Cypher costs the database's CPU, which the loader is short of.
 */
import neo4j, { type Date as Neo4jDate, type DateTime as Neo4jDateTime, type Integer } from 'neo4j-driver';
import type { NodeLabel } from '../../src/db/cypher/schema.js';
/** A relationship type of the model. */
type RelationshipType = string;

/** Property values as the driver sends them. */
export type PropValue = string | number | boolean | string[] | Integer | Neo4jDate<number> | Neo4jDateTime<number>;
export type NodeProps = { id: string } & Record<string, PropValue>;

/** `[startId, endId]`, or `[startId, endId, quote]` for STATED_IN: arrays pack smaller than maps. */
export type RelRow = [string, string] | [string, string, string];

export interface RelGroup {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  /** True when rows carry a third element, the `quote` property. */
  quoted: boolean;
  rows: RelRow[];
}

export class Part {
  readonly nodes = new Map<NodeLabel, NodeProps[]>();
  readonly rels = new Map<string, RelGroup>();
  nodeCount = 0;
  relCount = 0;

  constructor(readonly name: string) {}

  node(label: NodeLabel, props: NodeProps): void {
    let rows = this.nodes.get(label);
    if (!rows) this.nodes.set(label, (rows = []));
    rows.push(props);
    this.nodeCount += 1;
  }

  rel(type: RelationshipType, from: NodeLabel, fromId: string, to: NodeLabel, toId: string): void {
    this.group(type, from, to, false).rows.push([fromId, toId]);
    this.relCount += 1;
  }

  /** Provenance: `(node)-[:STATED_IN {quote}]->(article)`. */
  stated(from: NodeLabel, fromId: string, articleId: string, quote: string): void {
    this.group('STATED_IN', from, 'Article', true).rows.push([fromId, articleId, quote]);
    this.relCount += 1;
  }

  private group(type: RelationshipType, from: NodeLabel, to: NodeLabel, quoted: boolean): RelGroup {
    const key = `${type}|${from}|${to}`;
    let group = this.rels.get(key);
    if (!group) this.rels.set(key, (group = { type, from, to, quoted, rows: [] }));
    return group;
  }
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date. */
export function epochDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function calendarOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function neo4jDate(day: number): Neo4jDate<number> {
  const { year, month, day: dayOfMonth } = calendarOf(day);
  return new neo4j.types.Date(year, month, dayOfMonth);
}

/** A date and time in Việt Nam (UTC+07:00), as articles give their publication time. */
export function neo4jDateTimeVn(day: number, hour: number, minute: number): Neo4jDateTime<number> {
  const { year, month, day: dayOfMonth } = calendarOf(day);
  return new neo4j.types.DateTime(year, month, dayOfMonth, hour, minute, 0, 0, 7 * 3600);
}

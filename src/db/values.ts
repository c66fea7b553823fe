/**
 * Neo4j values to plain JavaScript, at the database boundary: Integers to numbers, temporal values to ISO
 * strings, nodes and relationships to their properties. Resolvers never see driver types. Lists and maps are
 * converted in place, so the caller must own the value (as a freshly decoded record is owned).
 */
import { RECORD_KEYS } from '../graph.js';
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of an answer's values: skip the driver's type checks for them.
  if (typeof value !== 'object') return value;
  // Lists and maps are converted in place: they were just decoded for this caller, and copying every one of an
  // answer's thousands of maps showed in the relation benchmark's profile.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = toPlain(value[index]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value)) return { ...(toPlain(value.properties) as object), [RECORD_KEYS.labels]: value.labels };
  if (isRelationship(value)) return { ...(toPlain(value.properties) as object), _type: value.type };
  return value;
}

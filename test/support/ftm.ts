/**
 * Validates a FollowTheMoney export against FollowTheMoney's own model: the schemata and property types of
 * followthemoney 4.11.2 (test/support/ftm-model.json, its `model.to_dict()`), read by the model classes of its
 * JavaScript package (`@opensanctions/followthemoney`), so that the check needs nothing beyond the npm registry.
 *
 * Entities (one JSON object a line): every schema exists and is concrete, every id is a FollowTheMoney id and
 * unique, no key but id, schema and properties, every property belongs to its schema, every value is text that
 * passes its property's type (a date of FollowTheMoney's prefix form, an http(s) URL, a value of the type's list
 * for languages, countries, topics and genders, an entity id) within the type's length, every required
 * property is there, and every reference resolves to an entity of the file whose schema is the property's range.
 *
 * Statements (one a line): each has the columns of followthemoney's Statement, names a property of its schema (or
 * `id`), has a valid value, the export's dataset and a unique id; grouped by entity, they make exactly the
 * entities of the first file, schema and values.
 */
import { readFile } from 'node:fs/promises';
import { Model, type IModelDatum, type Property, type Schema } from '@opensanctions/followthemoney';
import type { FtmEntity, FtmStatement } from '../../src/export/ftm.js';
import { FTM_DATASET } from '../../src/export/ftm.js';
import modelDatum from './ftm-model.json' with { type: 'json' };

/** The model of the Python package the export follows (its JavaScript package's own is of an older version). */
const model = new Model(modelDatum as unknown as IModelDatum);

export interface FtmReport {
  schemata: Record<string, number>;
  entities: number;
  statements: number | null;
  problems: string[];
}

/** FollowTheMoney's entity ids: letters, digits, dots and hyphens, not at either end a dot or hyphen. */
const ENTITY_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
/** A date as FollowTheMoney writes one: a prefix of an ISO 8601 date-time, to the year, month, day… */
const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;
const STATEMENT_COLUMNS = [
  'id',
  'canonical_id',
  'entity_id',
  'prop',
  'schema',
  'value',
  'dataset',
  'lang',
  'original_value',
  'first_seen',
  'last_seen',
  'external',
  'origin',
] as const;

async function readLines<T>(path: string): Promise<{ line: number; data: T }[]> {
  const text = await readFile(path, 'utf8');
  return text.split('\n').flatMap((line, index) => (line.trim() ? [{ line: index + 1, data: JSON.parse(line) as T }] : []));
}

/** A date that exists: 2025-02-30 is no date, whatever its form. */
function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [year, month = 1, day = 1] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why `value` is not a valid value of `property`, or undefined when it is. */
function invalidValue(property: Property, value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not text';
  if (value === '' || value !== value.trim()) return 'is empty or not trimmed';
  const type = property.type;
  const maxLength = property.maxLength || type.maxLength;
  if (maxLength && value.length > maxLength) return `is longer than ${maxLength}`;
  switch (type.name) {
    case 'date':
      return isCalendarDate(value) ? undefined : 'is not a date';
    case 'entity':
      return ENTITY_ID.test(value) ? undefined : 'is not an entity id';
    case 'url':
      return /^https?:\/\/\S+$/.test(value) && URL.canParse(value) ? undefined : 'is not an http(s) URL';
    case 'language':
    case 'country':
    case 'topic':
    case 'gender':
      return type.values.has(value) ? undefined : `is not a ${type.name} of the model`;
    case 'number':
      return Number.isFinite(Number(value)) ? undefined : 'is not a number';
    default:
      return undefined;
  }
}

function schemaOf(name: unknown): Schema | undefined {
  if (typeof name !== 'string' || !model.schemata[name]) return undefined;
  return model.getSchema(name);
}

const sortedValues = (properties: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(properties)
      .map(([name, values]) => [name, [...values].sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

export async function validateFtm(entitiesFile: string, statementsFile?: string): Promise<FtmReport> {
  const problems: string[] = [];
  const problem = (message: string) => {
    if (problems.length < 200) problems.push(message);
  };
  const entities = new Map<string, FtmEntity>();
  for (const { line, data } of await readLines<FtmEntity>(entitiesFile)) {
    const where = `${entitiesFile}:${line}`;
    const schema = schemaOf(data.schema);
    if (!schema || schema.abstract) {
      problem(`${where}: no concrete schema ${JSON.stringify(data.schema)}`);
      continue;
    }
    if (typeof data.id !== 'string' || !ENTITY_ID.test(data.id)) {
      problem(`${where}: invalid id ${JSON.stringify(data.id)}`);
      continue;
    }
    if (entities.has(data.id)) problem(`${where}: duplicate id ${data.id}`);
    const unknown = Object.keys(data).filter((key) => !['id', 'schema', 'properties'].includes(key));
    if (unknown.length > 0) problem(`${where}: unknown keys ${unknown.join(', ')}`);
    const properties = data.properties ?? {};
    for (const [name, values] of Object.entries(properties)) {
      if (!schema.hasProperty(name)) {
        problem(`${where}: ${schema.name} has no property ${name}`);
        continue;
      }
      if (!Array.isArray(values) || values.length === 0) problem(`${where}: ${name} has no values`);
      const property = schema.getProperty(name);
      for (const value of values) {
        const why = invalidValue(property, value);
        if (why) problem(`${where} ${data.id}: ${name} = ${JSON.stringify(value)} ${why}`);
      }
    }
    for (const name of schema.required)
      if (!properties[name]?.length) problem(`${where}: ${schema.name} ${data.id} lacks the required ${name}`);
    entities.set(data.id, data);
  }
  // Every reference resolves, to an entity of the property's range.
  for (const entity of entities.values()) {
    const schema = model.getSchema(entity.schema);
    for (const [name, values] of Object.entries(entity.properties ?? {})) {
      if (!schema.hasProperty(name)) continue;
      const property = schema.getProperty(name);
      if (!property.type.isEntity) continue;
      for (const value of values) {
        const target = entities.get(value);
        if (!target) problem(`${entity.id}: ${name} refers to ${value}, which the export does not hold`);
        else if (property.hasRange && !model.getSchema(target.schema).isA(property.getRange()))
          problem(`${entity.id}: ${name} refers to ${value}, a ${target.schema}, not a ${property.getRange().name}`);
      }
    }
  }

  let statementCount: number | null = null;
  if (statementsFile) {
    statementCount = 0;
    const ids = new Set<string>();
    const built = new Map<string, { schema: string; properties: Record<string, string[]> }>();
    for (const { line, data } of await readLines<FtmStatement>(statementsFile)) {
      const where = `${statementsFile}:${line}`;
      statementCount += 1;
      const missing = STATEMENT_COLUMNS.filter((column) => !(column in data));
      if (missing.length > 0) {
        problem(`${where}: not a statement, without ${missing.join(', ')}`);
        continue;
      }
      if (ids.has(data.id)) problem(`${where}: duplicate statement id ${data.id}`);
      ids.add(data.id);
      if (data.dataset !== FTM_DATASET) problem(`${where}: dataset ${JSON.stringify(data.dataset)}`);
      const schema = schemaOf(data.schema);
      if (!schema) {
        problem(`${where}: no schema ${JSON.stringify(data.schema)}`);
        continue;
      }
      const entity = built.get(data.entity_id) ?? { schema: data.schema, properties: {} };
      built.set(data.entity_id, entity);
      if (entity.schema !== data.schema) problem(`${where}: ${data.entity_id} is stated as a ${entity.schema} and a ${data.schema}`);
      if (data.prop === 'id') continue;
      if (!schema.hasProperty(data.prop)) {
        problem(`${where}: ${schema.name} has no property ${data.prop}`);
        continue;
      }
      const why = invalidValue(schema.getProperty(data.prop), data.value);
      if (why) problem(`${where} ${data.entity_id}: ${data.prop} = ${JSON.stringify(data.value)} ${why}`);
      const values = (entity.properties[data.prop] ??= []);
      if (!values.includes(data.value)) values.push(data.value);
    }
    for (const [id, entity] of built) {
      const expected = entities.get(id);
      if (!expected) {
        problem(`statements of ${id}, which the entities file does not hold`);
        continue;
      }
      if (entity.schema !== expected.schema) problem(`${id}: the statements make a ${entity.schema}, the entity is a ${expected.schema}`);
      const said = JSON.stringify(sortedValues(entity.properties));
      const given = JSON.stringify(sortedValues(expected.properties ?? {}));
      if (said !== given) problem(`${id}: the statements say ${said}, the entity ${given}`);
    }
    for (const id of entities.keys()) if (!built.has(id)) problem(`${id} has no statements`);
  }

  const schemata: Record<string, number> = {};
  for (const entity of entities.values()) schemata[entity.schema] = (schemata[entity.schema] ?? 0) + 1;
  return {
    schemata: Object.fromEntries(Object.entries(schemata).sort(([a], [b]) => a.localeCompare(b))),
    entities: entities.size,
    statements: statementCount,
    problems,
  };
}

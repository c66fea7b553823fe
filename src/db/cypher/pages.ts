/**
 * What an entity's page in the explorer describes to search engines and link previews (src/export/jsonld.ts): the
 * entity, and the facts around it that schema.org can say (a person's tenures with their posts and bodies, the
 * events attended; a post's holders; an event's organizers and participants), with the articles that state it. One
 * query, an index seek on the id's label; a merged entity answers the one it was merged into.
 */
import type { CypherQuery } from '../database.js';
import { nodeSpec, type NodeLabel } from '../../model/index.js';
import { MERGED_LABEL } from './entities.js';

/** How many facts of each kind a page describes at most: a page's markup is a summary, not the graph. */
export const PAGE_FACTS_LIMIT = 100;

const ORGANIZATION = `{.id, .name, .nameEn, .classification, .wikidataId, parentClassification: [(o)-[:PART_OF]->(q:Organization) | q.classification][0]}`;
/** What a tenure's dates are read from (src/export/tenure.ts), as entries of a map projection. */
const TENURE = '.startDate, .endDate, .disputed, .readings';

const EXTRAS: Partial<Record<NodeLabel, string[]>> = {
  Person: [
    `tenures: [(n)<-[:HELD_BY]-(t:Tenure)-[:OF_POSITION]->(p:Position) | t {${TENURE}, position: p {.id, .title, .titleEn},
      organization: [(p)-[:IN_ORGANIZATION]->(o:Organization) | o ${ORGANIZATION}][0]}][..${PAGE_FACTS_LIMIT}]`,
    `events: [(n)<-[:PARTICIPANT]-(x:Participation)-[:AT_EVENT]->(e:Event) | e {.id, .name, .date, .datePrecision, .endDate, role: x.role}][..${PAGE_FACTS_LIMIT}]`,
    `awards: [(n)<-[:RECIPIENT]-(:AwardPresentation)-[:OF_AWARD]->(a:Award) | a.name][..${PAGE_FACTS_LIMIT}]`,
  ],
  Organization: [
    `parent: [(n)-[:PART_OF]->(o:Organization) | o ${ORGANIZATION}][0]`,
    'parentClassification: [(n)-[:PART_OF]->(q:Organization) | q.classification][0]',
    'place: [(n)-[:JURISDICTION]->(p:Place) | p {.id, .name}][0]',
  ],
  Position: [
    `organization: [(n)-[:IN_ORGANIZATION]->(o:Organization) | o ${ORGANIZATION}][0]`,
    `holders: [(n)<-[:OF_POSITION]-(t:Tenure)-[:HELD_BY]->(p:Person) | t {${TENURE}, person: p {.id, .name}}][..${PAGE_FACTS_LIMIT}]`,
  ],
  Place: ['parent: [(n)-[:PART_OF]->(p:Place) | p {.id, .name}][0]'],
  Tenure: [
    'person: [(n)-[:HELD_BY]->(p:Person) | p {.id, .name}][0]',
    'position: [(n)-[:OF_POSITION]->(p:Position) | p {.id, .title}][0]',
    `organization: [(n)-[:OF_POSITION]->(:Position)-[:IN_ORGANIZATION]->(o:Organization) | o ${ORGANIZATION}][0]`,
  ],
  Event: [
    `organizers: [(n)-[:ORGANIZED_BY]->(o:Organization) | o ${ORGANIZATION}][..${PAGE_FACTS_LIMIT}]`,
    'place: [(n)-[:HELD_IN]->(p:Place) | p {.id, .name}][0]',
    `participants: [(n)<-[:AT_EVENT]-(x:Participation)-[:PARTICIPANT]->(a) WHERE a:Person OR a:Organization |
      a {.id, .name, label: head(labels(a)), role: x.role}][..${PAGE_FACTS_LIMIT}]`,
  ],
  AwardPresentation: [
    'award: [(n)-[:OF_AWARD]->(a:Award) | a {.id, .name, .nameEn}][0]',
    'presenter: [(n)-[:PRESENTED_BY]->(p:Person) | p {.id, .name}][0]',
    `recipients: [(n)-[:RECIPIENT]->(a) WHERE a:Person OR a:Organization | a {.id, .name, label: head(labels(a))}][..${PAGE_FACTS_LIMIT}]`,
    'event: [(n)-[:AT_EVENT]->(e:Event) | e {.id, .name}][0]',
  ],
  Award: ['conferrer: [(n)-[:CONFERRED_BY]->(a) | coalesce(a.name, a.title)][0]'],
};

/** The entity with `id` of `label` for its page, with its sources' articles; or, when merged, the id it became. */
export function entityPage(label: NodeLabel, id: string): CypherQuery {
  const extras = EXTRAS[label] ?? [];
  return {
    cypher: `OPTIONAL MATCH (n:${nodeSpec(label).label} {id: $id})
OPTIONAL MATCH (merged:${MERGED_LABEL} {id: $id})
RETURN merged.mergedInto AS mergedInto,
  CASE WHEN n IS NULL THEN null ELSE n {.*, text: null, declaration: null,
    articles: COLLECT { MATCH (n)-[:STATED_IN]->(a:Article) RETURN DISTINCT a {.id, .title, .url, .publisher, .published} ORDER BY a.id LIMIT ${PAGE_FACTS_LIMIT} }${extras.map((extra) => `,\n    ${extra}`).join('')}} END AS node`,
    params: { id },
  };
}

/**
 * What the exports read (src/export/): the graph label by label, a page at a time in id order (keyset paging, so a
 * page costs the same however far the export has gone and memory stays bounded by the page), each node with its
 * outgoing relationships as target ids, its quotes (`STATED_IN`) and what an export needs one step further away;
 * and the articles a page's quotes come from. Merged entities carry another label (MERGED_LABEL), so no export
 * sees them, as no read does.
 */
import type { CypherQuery } from '../database.js';
import { modelRelationshipType, nodeSpec, type NodeLabel } from '../../model/index.js';
import { nodeRecord } from './nodes.js';

/** Nodes per page: a few hundred keeps a page's answer under a megabyte and the number of round trips small. */
export const EXPORT_PAGE_SIZE = 250;

/**
 * What each label's page brings from beyond the node's own relationships: an organization's parent's
 * classification (whether a department belongs to a public body), a position's organization's place, a tenure's
 * position, an event's participants, and the claims behind an event's or a presentation's values (each value's
 * own sources).
 */
const EXTRAS: Partial<Record<NodeLabel, string[]>> = {
  Organization: ['parentClassification: [(n)-[:PART_OF]->(parent:Organization) | parent.classification][0]'],
  Position: ['jurisdiction: [(n)-[:IN_ORGANIZATION]->(:Organization)-[:JURISDICTION]->(place:Place) | place {.id, .name, .nameEn}][0]'],
  Tenure: [
    `position: [(n)-[:OF_POSITION]->(position:Position) | position {.id, .title, .titleEn,
      organization: [(position)-[:IN_ORGANIZATION]->(organization:Organization) | organization.id][0],
      jurisdiction: [(position)-[:IN_ORGANIZATION]->(:Organization)-[:JURISDICTION]->(place:Place) | place.id][0]}][0]`,
  ],
  Event: [
    'place: [(n)-[:HELD_IN]->(place:Place) | place.name][0]',
    `participants: [(n)<-[:AT_EVENT]-(participation:Participation)-[:PARTICIPANT]->(agent) |
      {id: agent.id, label: head(labels(agent)), role: participation.role}]`,
    'claims: [(claim:Claim)-[:SUPPORTS]->(n) | {values: claim.values, rank: claim.rank, articleId: [(claim)-[:IN_ARTICLE]->(article) | article.id][0]}]',
  ],
  AwardPresentation: [
    'award: [(n)-[:OF_AWARD]->(award:Award) | award {.id, .name, .nameEn}][0]',
    'claims: [(claim:Claim)-[:SUPPORTS]->(n) | {values: claim.values, rank: claim.rank, articleId: [(claim)-[:IN_ARTICLE]->(article) | article.id][0]}]',
  ],
};

/** The relationship types a node of `label` has to other entities and facts (not its quotes): what its links are. */
function outgoingTypes(label: NodeLabel): string[] {
  return [
    ...new Set(
      nodeSpec(label)
        .relations.filter((relation) => relation.direction === 'OUT' && !relation.wrapper)
        .map((relation) => modelRelationshipType(relation.type)),
    ),
  ];
}

/**
 * A page of the nodes of one label after the id `after` (null: from the first), in id order: each node's
 * properties (`node`), its relationships to other entities and facts (`links`: type, target id and label), its
 * quotes (`sources`: article id and quote) and the label's extras. An article's text is left out: exports cite
 * articles, they do not copy them.
 */
export function exportPage(label: NodeLabel, after: string | null, limit: number = EXPORT_PAGE_SIZE): CypherQuery {
  const spec = nodeSpec(label);
  const types = outgoingTypes(label);
  const links =
    types.length === 0 ? '[]' : `[(n)-[r:${types.join('|')}]->(target) | {type: type(r), to: target.id, label: head(labels(target))}]`;
  const extras = EXTRAS[label] ?? [];
  return {
    cypher: `MATCH (n:${spec.label})
WHERE $after IS NULL OR n.id > $after
WITH n ORDER BY n.id LIMIT toInteger($limit)
RETURN ${nodeRecord('n', label === 'Article' ? ['text: null'] : [])} AS node,
  ${links} AS links,
  [(n)-[quote:STATED_IN]->(article:Article) | {articleId: article.id, quote: quote.quote}] AS sources,
  {${extras.join(',\n  ')}} AS extras`,
    params: { after, limit },
  };
}

/** The articles with these ids, as an export cites them: where, by whom and when each was published. */
export function exportArticles(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (article:Article) WHERE article.id IN $ids
RETURN article {.id, .title, .publisher, .author, .published, .url, .language, publishedOn: toString(article.publishedOn)} AS article`,
    params: { ids },
  };
}

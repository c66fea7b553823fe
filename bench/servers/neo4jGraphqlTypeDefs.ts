/**
 * Type definitions for @neo4j/graphql 7 equivalent to schema.graphql over the statement graph: the same labels,
 * properties and relationship directions (src/model/index.ts reads them from schema.graphql's directives), as a
 * user of that library would write them for this graph. Where the library generates its own API (filters,
 * connections, sorting), the benchmark's queries use that API. What it cannot express stays what the graph stores:
 * a tenure's and a person's readings are JSON text in a property (`readings`, `nameReadings`), which the library
 * returns as a string for the client to parse, and a tenure's certainty on a date is the client's to work out from
 * `certainFrom`/`certainTo`; the shortest path, which it has no equivalent for, is a `@cypher` field, as its
 * documentation advises (over the relationships the service's path follows). The claims' `supports` and `mentions` (which may lead to any label) and Article.statements
 * are left out: no benchmark query reads them.
 */
import { PATH_RELATIONSHIP_TYPES } from '../../src/model/index.js';

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type StatedIn @relationshipProperties {
    quote: String!
  }

  union Agent = Person | Organization | Position
  union Reorganized = Place | Organization | Position

  type Person @node @fulltext(indexes: [{ indexName: "entityNames", queryName: "personSearch", fields: ["name"] }]) {
    id: ID!
    name: String!
    nameFolded: String
    familyName: String
    givenName: String
    aliases: [String!]
    wikidataId: String
    "Every name the sources give, as JSON text (the library cannot parse it)."
    nameReadings: String
    tenures: [Tenure!]! @relationship(type: "HELD_BY", direction: IN)
    participations: [Participation!]! @relationship(type: "PARTICIPANT", direction: IN)
    presented: [AwardPresentation!]! @relationship(type: "PRESENTED_BY", direction: IN)
    received: [AwardPresentation!]! @relationship(type: "RECIPIENT", direction: IN)
    claims: [Claim!]! @relationship(type: "MENTIONS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Organization @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    abbreviation: String
    classification: String
    level: String
    wikidataId: String
    nameReadings: String
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Organization!]! @relationship(type: "PART_OF", direction: IN)
    positions: [Position!]! @relationship(type: "IN_ORGANIZATION", direction: IN)
    jurisdiction: [Place!]! @relationship(type: "JURISDICTION", direction: OUT)
    replacedBy: [Reorganization!]! @relationship(type: "REPLACES", direction: IN)
    formedBy: [Reorganization!]! @relationship(type: "FORMS", direction: IN)
    organizedEvents: [Event!]! @relationship(type: "ORGANIZED_BY", direction: IN)
    participations: [Participation!]! @relationship(type: "PARTICIPANT", direction: IN)
    conferredAwards: [Award!]! @relationship(type: "CONFERRED_BY", direction: IN)
    presentationsOnBehalf: [AwardPresentation!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    received: [AwardPresentation!]! @relationship(type: "RECIPIENT", direction: IN)
    claims: [Claim!]! @relationship(type: "MENTIONS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Position @node {
    id: ID!
    title: String!
    titleEn: String
    nameFolded: String
    wikidataId: String
    organization: [Organization!]! @relationship(type: "IN_ORGANIZATION", direction: OUT)
    role: [Role!]! @relationship(type: "OF_ROLE", direction: OUT)
    replacedBy: [Reorganization!]! @relationship(type: "REPLACES", direction: IN)
    formedBy: [Reorganization!]! @relationship(type: "FORMS", direction: IN)
    holders: [Tenure!]! @relationship(type: "OF_POSITION", direction: IN)
    participations: [Participation!]! @relationship(type: "PARTICIPANT", direction: IN)
    conferredAwards: [Award!]! @relationship(type: "CONFERRED_BY", direction: IN)
    presentationsOnBehalf: [AwardPresentation!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    claims: [Claim!]! @relationship(type: "MENTIONS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Role @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    level: String
    exclusive: Boolean
    wikidataId: String
    positions: [Position!]! @relationship(type: "OF_ROLE", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Place @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    kind: String
    wikidataId: String
    parent: [Place!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Place!]! @relationship(type: "PART_OF", direction: IN)
    organizations: [Organization!]! @relationship(type: "JURISDICTION", direction: IN)
    replacedBy: [Reorganization!]! @relationship(type: "REPLACES", direction: IN)
    formedBy: [Reorganization!]! @relationship(type: "FORMS", direction: IN)
    events: [Event!]! @relationship(type: "HELD_IN", direction: IN)
    figures: [Figure!]! @relationship(type: "ABOUT", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Tenure @node {
    id: ID!
    startDate: Date
    endDate: Date
    attestedOn: Date
    term: String
    acting: Boolean
    disputed: Boolean
    certainFrom: Date
    certainTo: Date
    possibleFrom: Date
    possibleTo: Date
    possibleFromReason: String
    possibleToReason: String
    "How the tenure began and ended and its attestations, one reading per statement, as JSON text (the library cannot parse it)."
    readings: String
    person: [Person!]! @relationship(type: "HELD_BY", direction: OUT)
    position: [Position!]! @relationship(type: "OF_POSITION", direction: OUT)
    claims: [Claim!]! @relationship(type: "SUPPORTS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Event @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    category: String
    date: Date
    endDate: Date
    datePrecision: String
    dateInferred: String
    partOfDay: String
    disputed: [String!]
    organizers: [Organization!]! @relationship(type: "ORGANIZED_BY", direction: OUT)
    place: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
    participations: [Participation!]! @relationship(type: "AT_EVENT", direction: IN)
    awardPresentations: [AwardPresentation!]! @relationship(type: "AT_EVENT", direction: IN)
    figures: [Figure!]! @relationship(type: "REPORTED_AT", direction: IN)
    claims: [Claim!]! @relationship(type: "SUPPORTS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Participation @node {
    id: ID!
    role: String!
    participant: [Agent!]! @relationship(type: "PARTICIPANT", direction: OUT)
    event: [Event!]! @relationship(type: "AT_EVENT", direction: OUT)
    claims: [Claim!]! @relationship(type: "SUPPORTS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Reorganization @node {
    id: ID!
    date: Date
    datePrecision: String
    dateInferred: String
    decision: String
    disputed: [String!]
    decidedBy: [Organization!]! @relationship(type: "DECIDED_BY", direction: OUT)
    replaced: [Reorganized!]! @relationship(type: "REPLACES", direction: OUT)
    formed: [Reorganized!]! @relationship(type: "FORMS", direction: OUT)
    claims: [Claim!]! @relationship(type: "SUPPORTS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Award @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    wikidataId: String
    conferrer: [Agent!]! @relationship(type: "CONFERRED_BY", direction: OUT)
    """
    Award.presentations in schema.graphql. Renamed: the library names this relation's connection type
    AwardPresentationsConnection, the name of the root awardPresentationsConnection's type too, and 7.6.3 then
    answers the root connection with no edges.
    """
    presentationHistory: [AwardPresentation!]! @relationship(type: "OF_AWARD", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type AwardPresentation @node {
    id: ID!
    date: Date
    datePrecision: String
    dateInferred: String
    recipientCount: Int
    recipientDescription: String
    disputed: [String!]
    award: [Award!]! @relationship(type: "OF_AWARD", direction: OUT)
    presenter: [Person!]! @relationship(type: "PRESENTED_BY", direction: OUT)
    onBehalfOf: [Agent!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
    event: [Event!]! @relationship(type: "AT_EVENT", direction: OUT)
    recipients: [Agent!]! @relationship(type: "RECIPIENT", direction: OUT)
    claims: [Claim!]! @relationship(type: "SUPPORTS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Figure @node {
    id: ID!
    metric: String!
    metricEn: String
    valueText: String!
    value: Float
    unit: String
    qualifier: String
    period: String
    asOf: Date
    disputed: [String!]
    about: [Place!]! @relationship(type: "ABOUT", direction: OUT)
    reportedAt: [Event!]! @relationship(type: "REPORTED_AT", direction: OUT)
    claims: [Claim!]! @relationship(type: "SUPPORTS", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Article @node {
    id: ID!
    title: String
    publisher: String
    author: String
    published: String
    publishedAt: DateTime
    publishedOn: Date
    language: String
    url: String
    note: String
    text: String!
    contentHash: String
    claims: [Claim!]! @relationship(type: "IN_ARTICLE", direction: IN)
  }

  type Claim @node {
    id: ID!
    kind: String!
    rank: String!
    rankReason: String
    values: String!
    quotes: [String!]
    article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
  }

  "The shortest connection, as our API's Query.path answers it; no generated equivalent exists."
  type PathRelation {
    type: String!
    startId: ID!
    endId: ID!
  }

  type PathResult {
    length: Int!
    nodeIds: [ID!]!
    relations: [PathRelation!]!
  }

  type Query {
    "The shortest path between two people, within 6 hops."
    path(fromId: ID!, toId: ID!): [PathResult!]!
      @cypher(
        statement: """
        MATCH (from:Person {id: $fromId}), (to:Person {id: $toId})
        MATCH p = shortestPath((from)-[:${PATH_RELATIONSHIP_TYPES.join('|')}*..6]-(to))
        RETURN {length: length(p), nodeIds: [n IN nodes(p) | n.id], relations: [r IN relationships(p) | {type: type(r), startId: startNode(r).id, endId: endNode(r).id}]} AS result
        """
        columnName: "result"
      )
  }
`;

/**
 * Type definitions for @neo4j/graphql 7 equivalent to schema.graphql: the same types, fields and relationship
 * directions over the same labels, as a user of that library would write them for this graph. Where the
 * library generates its own API (filters, connections, sorting), the benchmark's queries use that API; where
 * it has nothing equivalent (the shortest path), a `@cypher` field does the work, as its documentation advises.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type StatedIn @relationshipProperties {
    quote: String!
  }

  union Agent = Person | Organization | Position

  type Person @node @fulltext(indexes: [{ indexName: "entityNames", queryName: "personSearch", fields: ["name"] }]) {
    id: ID!
    name: String!
    nameFolded: String
    familyName: String
    givenName: String
    aliases: [String!]
    tenures: [Tenure!]! @relationship(type: "HELD_BY", direction: IN)
    participations: [Participation!]! @relationship(type: "PARTICIPANT", direction: IN)
    presented: [AwardPresentation!]! @relationship(type: "PRESENTED_BY", direction: IN)
    received: [AwardPresentation!]! @relationship(type: "RECIPIENT", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Organization @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    classification: String
    level: String
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Organization!]! @relationship(type: "PART_OF", direction: IN)
    positions: [Position!]! @relationship(type: "IN_ORGANIZATION", direction: IN)
    jurisdiction: [Place!]! @relationship(type: "JURISDICTION", direction: OUT)
    organizedEvents: [Event!]! @relationship(type: "ORGANIZED_BY", direction: IN)
    participations: [Participation!]! @relationship(type: "PARTICIPANT", direction: IN)
    conferredAwards: [Award!]! @relationship(type: "CONFERRED_BY", direction: IN)
    presentationsOnBehalf: [AwardPresentation!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    received: [AwardPresentation!]! @relationship(type: "RECIPIENT", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Position @node {
    id: ID!
    title: String!
    titleEn: String
    nameFolded: String
    organization: [Organization!]! @relationship(type: "IN_ORGANIZATION", direction: OUT)
    holders: [Tenure!]! @relationship(type: "OF_POSITION", direction: IN)
    participations: [Participation!]! @relationship(type: "PARTICIPANT", direction: IN)
    conferredAwards: [Award!]! @relationship(type: "CONFERRED_BY", direction: IN)
    presentationsOnBehalf: [AwardPresentation!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Place @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    kind: String
    parent: [Place!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Place!]! @relationship(type: "PART_OF", direction: IN)
    organizations: [Organization!]! @relationship(type: "JURISDICTION", direction: IN)
    events: [Event!]! @relationship(type: "HELD_IN", direction: IN)
    figures: [Figure!]! @relationship(type: "ABOUT", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Tenure @node {
    id: ID!
    startDate: Date
    endDate: Date
    attestedOn: Date
    possibleFrom: Date
    possibleTo: Date
    person: [Person!]! @relationship(type: "HELD_BY", direction: OUT)
    position: [Position!]! @relationship(type: "OF_POSITION", direction: OUT)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Event @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
    date: Date
    datePrecision: String
    partOfDay: String
    organizers: [Organization!]! @relationship(type: "ORGANIZED_BY", direction: OUT)
    place: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
    participations: [Participation!]! @relationship(type: "AT_EVENT", direction: IN)
    awardPresentations: [AwardPresentation!]! @relationship(type: "AT_EVENT", direction: IN)
    figures: [Figure!]! @relationship(type: "REPORTED_AT", direction: IN)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Participation @node {
    id: ID!
    role: String!
    participant: [Agent!]! @relationship(type: "PARTICIPANT", direction: OUT)
    event: [Event!]! @relationship(type: "AT_EVENT", direction: OUT)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Award @node {
    id: ID!
    name: String!
    nameEn: String
    nameFolded: String
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
    recipientCount: Int
    recipientDescription: String
    award: [Award!]! @relationship(type: "OF_AWARD", direction: OUT)
    presenter: [Person!]! @relationship(type: "PRESENTED_BY", direction: OUT)
    onBehalfOf: [Agent!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
    event: [Event!]! @relationship(type: "AT_EVENT", direction: OUT)
    recipients: [Agent!]! @relationship(type: "RECIPIENT", direction: OUT)
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
    about: [Place!]! @relationship(type: "ABOUT", direction: OUT)
    reportedAt: [Event!]! @relationship(type: "REPORTED_AT", direction: OUT)
    sources: [Article!]! @relationship(type: "STATED_IN", direction: OUT, properties: "StatedIn")
  }

  type Article @node {
    id: ID!
    title: String!
    publisher: String
    author: String
    publishedAt: DateTime
    language: String
    url: String
    text: String!
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
        MATCH p = shortestPath((from)-[:HELD_BY|OF_POSITION|IN_ORGANIZATION|PART_OF|JURISDICTION|ORGANIZED_BY|HELD_IN|PARTICIPANT|AT_EVENT|CONFERRED_BY|OF_AWARD|PRESENTED_BY|ON_BEHALF_OF|RECIPIENT|ABOUT|REPORTED_AT*..6]-(to))
        RETURN {length: length(p), nodeIds: [n IN nodes(p) | n.id], relations: [r IN relationships(p) | {type: type(r), startId: startNode(r).id, endId: endNode(r).id}]} AS result
        """
        columnName: "result"
      )
  }
`;

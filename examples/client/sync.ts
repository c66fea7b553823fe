/**
 * A client app that keeps a local copy of the graph current with the change feed (`Query.changes`), as an app that
 * works offline or joins the graph with its own data would: it follows the feed from where it left off, stores
 * each node a write created or changed as the API gives it now, and drops each one removed. Typed by `npm run
 * codegen` from the operations below (examples/client/generated/), with urql's core client.
 *
 *   npx tsx examples/client/sync.ts [http://localhost:4000/graphql]   # syncs once, prints the copy's counts
 *   npx tsx examples/client/sync.ts URL --follow                       # then keeps it current, every 5 s
 *
 * A copy starts empty and reads the feed from the beginning: every write since the graph was loaded is in it.
 */
import { Client, fetchExchange } from '@urql/core';
import { graphql } from './generated/gql.js';
import type { CopiedNodeFragment } from './generated/graphql.js';

/**
 * What the copy keeps of each node: its own properties, the ids of the nodes it points to, and its sources. What
 * points to it (a person's tenures) is kept with the node it comes from (the tenure's person), as the feed lists it.
 */
export const CopiedNode = graphql(`
  fragment CopiedNode on Node {
    __typename
    id
    ... on Person {
      name
      familyName
      givenName
      aliases
      wikidataId
      names {
        name
        kind
        rank
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Organization {
      name
      nameEn
      abbreviation
      classification
      level
      wikidataId
      parent {
        id
      }
      jurisdiction {
        id
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Position {
      title
      titleEn
      wikidataId
      organization {
        id
      }
      ofRole: role {
        id
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Place {
      name
      nameEn
      kind
      wikidataId
      parent {
        id
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Role {
      name
      nameEn
      level
      exclusive
      wikidataId
      sources {
        ...CopiedSource
      }
    }
    ... on Award {
      name
      nameEn
      wikidataId
      conferrer {
        ... on Node {
          id
        }
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Tenure {
      person {
        id
      }
      position {
        id
      }
      startDate
      endDate
      attestedOn
      term
      acting
      tenureDisputed: disputed
      certainFrom
      certainTo
      possibleFrom
      possibleTo
      sources {
        ...CopiedSource
      }
    }
    ... on Event {
      name
      nameEn
      category
      date
      endDate
      datePrecision
      partOfDay
      disputed
      organizers {
        id
      }
      place {
        id
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Participation {
      participationRole: role
      participant {
        ... on Node {
          id
        }
      }
      atEvent: event {
        id
      }
      sources {
        ...CopiedSource
      }
    }
    ... on AwardPresentation {
      date
      datePrecision
      recipientCount
      recipientDescription
      disputed
      award {
        id
      }
      presenter {
        id
      }
      onBehalfOf {
        ... on Node {
          id
        }
      }
      event {
        id
      }
      recipients {
        ... on Node {
          id
        }
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Figure {
      metric
      valueText
      value
      unit
      period
      asOf
      sources {
        ...CopiedSource
      }
    }
    ... on Reorganization {
      date
      datePrecision
      decision
      decidedBy {
        id
      }
      replaced {
        ... on Node {
          id
        }
      }
      formed {
        ... on Node {
          id
        }
      }
      sources {
        ...CopiedSource
      }
    }
    ... on Article {
      headline: title
      publisher
      author
      published
      url
      contentHash
    }
  }
`);

graphql(`
  fragment CopiedSource on SourceRef {
    quote
    article {
      id
    }
  }
`);

export const ChangesQuery = graphql(`
  query Changes($after: String, $first: Int) {
    changes(after: $after, first: $first) {
      resync
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          sequence
          nodeId
          change
          node {
            ...CopiedNode
          }
        }
      }
    }
  }
`);

export const NodeQuery = graphql(`
  query CopiedNodeById($id: ID!) {
    node(id: $id) {
      ...CopiedNode
    }
  }
`);

export function createClient(url: string): Client {
  return new Client({ url, exchanges: [fetchExchange], preferGetMethod: false, requestPolicy: 'network-only' });
}

/** Changes read per request: the feed allows up to 500. */
const PAGE = 200;

/** A local copy of the graph: its nodes by id, and where in the feed it is. */
export class GraphCopy {
  readonly nodes = new Map<string, CopiedNodeFragment>();
  /** The cursor of the last change applied; null before the first. */
  cursor: string | null = null;
  /** The last write applied, by its place in the log. */
  sequence = 0;

  /** Reads the feed from where the copy is to its end and applies each change; returns how many it applied. */
  async sync(client: Client): Promise<number> {
    let applied = 0;
    for (;;) {
      const result = await client.query(ChangesQuery, { after: this.cursor, first: PAGE }).toPromise();
      if (result.error || !result.data) throw new Error(`The API answered with an error: ${result.error?.message ?? 'no data'}`);
      const { changes } = result.data;
      // The graph was emptied since the copy's cursor: the feed starts again from its first change, and so does the copy.
      if (changes.resync) this.nodes.clear();
      for (const { node: change } of changes.edges) {
        // The node as it is now: a write that changed it may have been followed by one that removed it.
        if (change.node) this.nodes.set(change.nodeId, change.node);
        else this.nodes.delete(change.nodeId);
        this.sequence = change.sequence;
        applied += 1;
      }
      if (changes.pageInfo.endCursor) this.cursor = changes.pageInfo.endCursor;
      if (!changes.pageInfo.hasNextPage) return applied;
    }
  }

  /** How many nodes of each type the copy holds. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const node of this.nodes.values()) counts[node.__typename] = (counts[node.__typename] ?? 0) + 1;
    return counts;
  }
}

async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://localhost:4000/graphql';
  const client = createClient(url);
  const copy = new GraphCopy();
  const report = (applied: number) =>
    console.log(`${applied} change(s) applied, up to write ${copy.sequence}: ${JSON.stringify(copy.counts())}`);
  report(await copy.sync(client));
  if (!process.argv.includes('--follow')) return;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const applied = await copy.sync(client);
    if (applied > 0) report(applied);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

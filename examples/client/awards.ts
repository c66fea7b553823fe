/**
 * A small client of the officials-graph API, written with urql's core client as an app would: it asks who
 * presented which award, on whose behalf, at which meeting, and prints one line per presentation with the
 * quote it comes from.
 *
 *   npx tsx examples/client/awards.ts [http://localhost:4000/graphql]
 */
import { Client, fetchExchange, gql } from '@urql/core';

const AWARD_PRESENTATIONS = gql`
  query AwardPresentations($first: Int) {
    awardPresentations(first: $first) {
      edges {
        node {
          id
          date
          award {
            name
          }
          presenter {
            name
          }
          onBehalfOf {
            __typename
            ... on Person {
              name
            }
            ... on Organization {
              name
            }
            ... on Position {
              title
            }
          }
          event {
            name
          }
          recipientCount
          recipientDescription
          sources {
            quote
          }
        }
      }
    }
  }
`;

type Agent = { __typename: 'Person' | 'Organization'; name: string } | { __typename: 'Position'; title: string };

export interface Presentation {
  id: string;
  date: string | null;
  award: { name: string };
  presenter: { name: string } | null;
  onBehalfOf: Agent | null;
  event: { name: string } | null;
  recipientCount: number | null;
  recipientDescription: string | null;
  sources: { quote: string }[];
}

export function createClient(url: string): Client {
  return new Client({ url, exchanges: [fetchExchange], preferGetMethod: false });
}

export async function fetchPresentations(client: Client, first = 20): Promise<Presentation[]> {
  const result = await client.query(AWARD_PRESENTATIONS, { first }).toPromise();
  if (result.error) throw new Error(`The API answered with an error: ${result.error.message}`);
  return (result.data as { awardPresentations: { edges: { node: Presentation }[] } }).awardPresentations.edges.map((edge) => edge.node);
}

function agentName(agent: Agent): string {
  return agent.__typename === 'Position' ? agent.title : agent.name;
}

/** One readable line: what a journalist would write, with nothing added that the graph does not hold. */
export function describePresentation(presentation: Presentation): string {
  const who = presentation.presenter?.name ?? 'An unnamed presenter';
  const behalf = presentation.onBehalfOf ? `, on behalf of ${agentName(presentation.onBehalfOf)},` : '';
  const recipients =
    presentation.recipientCount !== null
      ? `${presentation.recipientCount} recipient(s)`
      : 'recipients whose number the source does not give';
  const where = presentation.event ? ` at "${presentation.event.name}"` : '';
  const when = presentation.date ? ` on ${presentation.date}` : '';
  return `${who}${behalf} presented "${presentation.award.name}" to ${recipients}${where}${when}.`;
}

async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://localhost:4000/graphql';
  for (const presentation of await fetchPresentations(createClient(url))) {
    console.log(describePresentation(presentation));
    console.log(`  source: "${presentation.sources[0]?.quote ?? ''}"`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

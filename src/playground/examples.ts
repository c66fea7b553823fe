/**
 * The example queries of the playground. The integration tests run each of them against the seeded graph, so
 * an example that stops working fails the build instead of confusing a user.
 */
export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'Who presented which award, on whose behalf, at which meeting',
    query: `# Who presented which award, on whose behalf, at which meeting, to how many recipients.
# recipientCount is what the article states; recipients holds only those it names.
# Here: those made on behalf of the Prime Minister, from every article that reports one.
query AwardPresentations {
  awardPresentations(where: { onBehalfOfId: "position:thu-tuong-chinh-phu" }, first: 10) {
    totalCount
    edges {
      node {
        award { name nameEn }
        presenter { name }
        onBehalfOf {
          __typename
          ... on Position { title titleEn }
          ... on Organization { name nameEn }
          ... on Person { name }
        }
        event { name date organizers { name } }
        date
        recipientCount
        recipientDescription
        sources { quote article { title author publishedAt } }
      }
    }
  }
}`,
  },
  {
    title: 'Search without diacritics',
    query: `# Diacritics, case, NFD input, "uy"/"uỷ" and "d"/"đ" do not matter.
query Search($text: String!) {
  search(text: $text, first: 5) {
    score
    node {
      __typename
      id
      ... on Person { name tenures { position { title } attestedOn } }
      ... on Organization { name }
      ... on Position { title }
      ... on Event { name date }
    }
  }
}`,
    variables: { text: 'lai thanh son' },
  },
  {
    title: 'Who held an office on a date',
    query: `# Who held the office of Standing Vice Chairman of the Bắc Giang PPC on 11 January 2019?
query OfficeHolders($positionId: ID!, $on: Date) {
  officeHolders(positionId: $positionId, on: $on) {
    person { name }
    position { title titleEn organization { name } }
    startDate
    endDate
    attestedOn
    sources { quote article { title } }
  }
}`,
    variables: { positionId: 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang', on: '2019-01-11' },
  },
  {
    title: 'How a term began and ended, across articles',
    query: `# The Chairman of the Bình Thuận PPC on 1 January 2022: elected (one article), dismissed (another), each
# bound with how it happened, the vote as printed and the sentence that says so. certainty tells whether the
# sources place him in office that day for certain or only possibly.
query Term($positionId: ID!, $on: Date) {
  officeHolders(positionId: $positionId, on: $on) {
    person { name names { name sources { article { publisher } } } }
    certainty
    startDate
    endDate
    startReadings { date { value precision inferred } cause vote { text for present } term rank sources { quote article { publisher publishedOn } } }
    endReadings { date { value } cause vote { text } sources { quote article { publisher publishedOn } } }
  }
}`,
    variables: { positionId: 'position:chu-tich-ubnd-tinh-binh-thuan', on: '2022-01-01' },
  },
  {
    title: 'How two entities are connected',
    query: `# The shortest chain of facts from Lại Thanh Sơn to the Prime Minister's post.
query Path($fromId: ID!, $toId: ID!) {
  path(fromId: $fromId, toId: $toId, maxHops: 6) {
    length
    nodes {
      __typename
      id
      ... on Person { name }
      ... on Position { title }
      ... on AwardPresentation { recipientCount }
    }
    relations { type startId endId }
  }
}`,
    variables: { fromId: 'person:lai-thanh-son', toId: 'position:thu-tuong-chinh-phu' },
  },
];

/** The header a key goes in, with a placeholder the user replaces: the playground's tab for keyed operations. */
export const KEY_HEADER_PLACEHOLDER = 'Bearer PASTE-AN-ADMIN-KEY-HERE';

/**
 * The last tab: how to pass an API key, on a read that needs one (the audit trail) rather than on a write, so that
 * trying the tab never writes into the user's graph. Run as it is, it answers UNAUTHENTICATED, which says what to do.
 */
export const KEYED_EXAMPLE: ExampleQuery & { headers: Record<string, string> } = {
  title: 'Writes and the audit trail: passing an API key',
  query: `# Writes need an API key, made (and shown once) by
#   npm run keys -- create --role editor --name "…"
# Put it in the Headers pane below: {"Authorization": "Bearer ogk_…"}.
# Without a key: UNAUTHENTICATED (401); too low a role: FORBIDDEN (403).
# editor: submitArticle, rankClaim, markDistinct
# admin:  also retractArticle, mergeEntities, undoJudgement, and this
#         audit trail. See Docs › Mutation; the README shows a submission.
query AuditTrail {
  auditTrail(first: 10) {
    edges { node { at action keyName keyRole articleId judgementId statementsAdded statementsRemoved requestId } }
  }
}`,
  headers: { Authorization: KEY_HEADER_PLACEHOLDER },
};

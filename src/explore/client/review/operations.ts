/**
 * Every operation the review desk sends, typed by `npm run codegen` (src/explore/generated/), as the explorer's
 * are: the desk is a client of the public API with an editor's key, and nothing else.
 */
import { graphql } from '../../generated/gql.js';

/** What the queue lists and the draft page heads with: one selection, so the two cannot drift apart. */
export const DraftSummaryFragment = graphql(`
  fragment DraftSummary on Draft {
    id
    status
    text
    url
    publisher
    published
    province
  }
`);

export const DraftQueueQuery = graphql(`
  query DraftQueue($filter: DraftFilter, $first: Int, $after: String) {
    drafts(filter: $filter, first: $first, after: $after) {
      counts {
        pending
        submitted
        rejected
      }
      publishers
      provinces
      edges {
        node {
          ...DraftSummary
          statementCount
          unresolvedCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DraftQuery = graphql(`
  query Draft($id: ID!) {
    draft(id: $id) {
      ...DraftSummary
      articleId
      reason
      decidedBy
      submittedAs
      extraction {
        json
        statements {
          id
          kind
          quotes
          confidence
          rule
          json
        }
        proposed {
          id
          collection
          name
          json
          linkedTo
        }
        unread {
          quote
          reason
        }
      }
    }
  }
`);

export const CheckArticleQuery = graphql(`
  query CheckArticle($input: ArticleSubmission!) {
    checkArticle(input: $input) {
      code
      input
      path
      message
    }
  }
`);

export const PersonCandidatesQuery = graphql(`
  query PersonCandidates($text: String!) {
    search(text: $text, types: [PERSON], first: 8) {
      score
      node {
        __typename
        id
        ... on Person {
          name
          aliases
          tenures {
            position {
              id
              title
              organization {
                id
                name
                jurisdiction {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const SubmitReviewedMutation = graphql(`
  mutation SubmitReviewed($input: ArticleSubmission!) {
    submitArticle(input: $input) {
      status
      statementsAdded
      entitiesAdded
      warnings
      article {
        id
      }
    }
  }
`);

export const RejectDraftMutation = graphql(`
  mutation RejectDraftDesk($id: ID!, $reason: String!) {
    rejectDraft(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const DuplicateCandidatesQuery = graphql(`
  query DuplicateCandidates {
    duplicateCandidates(first: 20) {
      people {
        id
        name
      }
      sharedPosts
      sharedPlaces
    }
  }
`);

export const MergeEntitiesMutation = graphql(`
  mutation MergeDuplicate($keepId: ID!, $mergeId: ID!, $reason: String!) {
    mergeEntities(keepId: $keepId, mergeId: $mergeId, reason: $reason) {
      id
    }
  }
`);

export const MarkDistinctMutation = graphql(`
  mutation MarkDuplicateDistinct($id: ID!, $otherId: ID!, $reason: String!) {
    markDistinct(id: $id, otherId: $otherId, reason: $reason) {
      id
    }
  }
`);

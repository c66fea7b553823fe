/**
 * Every operation the explorer sends, typed by `npm run codegen` (src/explore/generated/): the page is a client
 * of the public API and nothing else. Documents are sent as strings, so the bundle carries no GraphQL parser.
 */
import { graphql } from '../generated/gql.js';

export const PostTitleFragment = graphql(`
  fragment PostTitle on Position {
    id
    title
    titleEn
    organization {
      id
      name
      nameEn
    }
  }
`);

/** When a tenure began and ended, as its readings allow: what every view of a tenure draws its bar from. */
export const TenureDatesFragment = graphql(`
  fragment TenureDates on Tenure {
    startDate
    endDate
    attestedOn
    certainFrom
    certainTo
    possibleFrom
    possibleTo
  }
`);

export const NodeLabelFragment = graphql(`
  fragment NodeLabel on Node {
    __typename
    id
    ... on Person {
      name
    }
    ... on Organization {
      name
      nameEn
    }
    ... on Position {
      ...PostTitle
    }
    ... on Place {
      name
      nameEn
    }
    ... on Event {
      name
      nameEn
      date
    }
    ... on Award {
      name
      nameEn
    }
    ... on AwardPresentation {
      date
      award {
        name
        nameEn
      }
    }
    ... on Tenure {
      position {
        ...PostTitle
      }
    }
    ... on Participation {
      role
    }
    ... on Figure {
      metric
      metricEn
    }
    ... on Article {
      headline: title
      publisher
    }
  }
`);

export const AgentRefFragment = graphql(`
  fragment AgentRef on Agent {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organization {
      id
      name
      nameEn
    }
    ... on Position {
      ...PostTitle
    }
  }
`);

export const SourceFragment = graphql(`
  fragment Source on SourceRef {
    quote
    article {
      id
      title
      publisher
      url
      publishedOn
    }
  }
`);

export const PresentationLinksFragment = graphql(`
  fragment PresentationLinks on AwardPresentation {
    id
    date
    award {
      id
      name
      nameEn
    }
    presenter {
      id
      name
    }
    onBehalfOf {
      ...AgentRef
    }
    recipients {
      ...AgentRef
    }
    recipientCount
    recipientDescription
    event {
      id
      name
      nameEn
      date
    }
  }
`);

export const ExternalIdsFragment = graphql(`
  fragment ExternalIds on Node {
    ... on Person {
      externalIds {
        scheme
        id
        url
      }
    }
    ... on Organization {
      externalIds {
        scheme
        id
        url
      }
    }
    ... on Position {
      externalIds {
        scheme
        id
        url
      }
    }
    ... on Place {
      externalIds {
        scheme
        id
        url
      }
    }
    ... on Award {
      externalIds {
        scheme
        id
        url
      }
    }
    ... on Role {
      externalIds {
        scheme
        id
        url
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, types: [PERSON, ORGANIZATION, POSITION], first: $first) {
      score
      node {
        ...NodeLabel
        ... on Position {
          organization {
            name
            nameEn
          }
        }
      }
    }
  }
`);

/** A page's facts, each with its quotes. */
export const EntityPageQuery = graphql(`
  query EntityPage($id: ID!) {
    node(id: $id) {
      ...NodeLabel
      ...ExternalIds
      ... on Person {
        familyName
        givenName
        aliases
        tenures {
          id
          ...TenureDates
          position {
            ...PostTitle
          }
          sources {
            ...Source
          }
        }
        presented {
          ...PresentationLinks
          sources {
            ...Source
          }
        }
        received {
          ...PresentationLinks
          sources {
            ...Source
          }
        }
        participations {
          id
          role
          event {
            id
            name
            nameEn
            date
          }
          sources {
            ...Source
          }
        }
        sources {
          ...Source
        }
      }
      ... on Position {
        organization {
          id
          name
          nameEn
        }
        holders {
          id
          ...TenureDates
          person {
            id
            name
          }
          sources {
            ...Source
          }
        }
        presentationsOnBehalf {
          ...PresentationLinks
          sources {
            ...Source
          }
        }
        sources {
          ...Source
        }
      }
      ... on Organization {
        classification
        level
        sources {
          ...Source
        }
      }
      ... on Place {
        kind
        sources {
          ...Source
        }
      }
      ... on Event {
        datePrecision
        partOfDay
        sources {
          ...Source
        }
      }
      ... on Award {
        sources {
          ...Source
        }
      }
      ... on AwardPresentation {
        ...PresentationLinks
        sources {
          ...Source
        }
      }
      ... on Tenure {
        ...TenureDates
        person {
          id
          name
        }
        sources {
          ...Source
        }
      }
      ... on Participation {
        participant {
          ...AgentRef
        }
        atEvent: event {
          id
          name
          nameEn
          date
        }
        sources {
          ...Source
        }
      }
    }
  }
`);

/** What is one hop from an entity, with just enough to draw it: ids, names, and the facts between. */
export const NeighboursQuery = graphql(`
  query Neighbours($id: ID!) {
    node(id: $id) {
      ...NodeLabel
      ... on Person {
        tenures {
          id
          ...TenureDates
          position {
            ...PostTitle
          }
        }
        participations {
          id
          role
          event {
            id
            name
            nameEn
            date
          }
        }
        presented {
          ...PresentationLinks
        }
        received {
          ...PresentationLinks
        }
      }
      ... on Position {
        organization {
          id
          name
          nameEn
        }
        holders {
          id
          ...TenureDates
          person {
            id
            name
          }
        }
        participations {
          id
          role
          event {
            id
            name
            nameEn
            date
          }
        }
        conferredAwards {
          id
          name
          nameEn
        }
        presentationsOnBehalf {
          ...PresentationLinks
        }
      }
      ... on Organization {
        parent {
          id
          name
          nameEn
        }
        children {
          id
          name
          nameEn
        }
        positions {
          ...PostTitle
        }
        jurisdiction {
          id
          name
          nameEn
        }
        organizedEvents {
          id
          name
          nameEn
          date
        }
        participations {
          id
          role
          event {
            id
            name
            nameEn
            date
          }
        }
        conferredAwards {
          id
          name
          nameEn
        }
        presentationsOnBehalf {
          ...PresentationLinks
        }
        received {
          ...PresentationLinks
        }
      }
      ... on Place {
        parentPlace: parent {
          id
          name
          nameEn
        }
        childPlaces: children {
          id
          name
          nameEn
        }
        organizations {
          id
          name
          nameEn
        }
        events {
          id
          name
          nameEn
          date
        }
      }
      ... on Event {
        organizers {
          id
          name
          nameEn
        }
        place {
          id
          name
          nameEn
        }
        participations {
          id
          role
          participant {
            ...AgentRef
          }
        }
        awardPresentations {
          ...PresentationLinks
        }
      }
      ... on Award {
        conferrer {
          ...AgentRef
        }
        presentations {
          ...PresentationLinks
        }
      }
      ... on AwardPresentation {
        ...PresentationLinks
      }
      ... on Tenure {
        person {
          id
          name
        }
        position {
          ...PostTitle
        }
      }
      ... on Participation {
        participant {
          ...AgentRef
        }
        atEvent: event {
          id
          name
          nameEn
          date
        }
      }
    }
  }
`);

export const PathQuery = graphql(`
  query Path($from: ID!, $to: ID!) {
    path(fromId: $from, toId: $to, maxHops: 10) {
      length
      nodes {
        ...NodeLabel
      }
      relations {
        type
        startId
        endId
      }
    }
  }
`);

export const OverviewQuery = graphql(`
  query Overview {
    presentationsPerYear {
      year
      count
    }
    presentationsPerAuthority(first: 10) {
      count
      authority {
        ...AgentRef
      }
    }
    tenuresPerOrganization(first: 10) {
      count
      organization {
        id
        name
        nameEn
      }
    }
    peoplePerProvince(first: 10) {
      count
      province {
        id
        name
        nameEn
      }
    }
  }
`);

export const RolesQuery = graphql(`
  query Roles {
    roles(first: 100) {
      edges {
        node {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export const RoleGridQuery = graphql(`
  query RoleGrid($roleId: ID!, $fromYear: Int!, $toYear: Int!, $day: String) {
    roleGrid(roleId: $roleId, fromYear: $fromYear, toYear: $toYear, day: $day) {
      role {
        id
        name
        nameEn
      }
      day
      years
      coverage {
        certain
        possible
        unknown
        total
      }
      rows {
        place {
          id
          name
          nameEn
          formedBy {
            date
          }
          replacedBy {
            date
          }
        }
        cells {
          year
          date
          status
          holders {
            id
            certainty
            acting
            certainFrom
            certainTo
            possibleFrom
            possibleTo
            person {
              id
              name
            }
            position {
              ...PostTitle
            }
          }
        }
      }
    }
  }
`);

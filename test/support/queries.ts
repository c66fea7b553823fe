/**
 * A person's tenures with each one's person, position and the position's organization two levels up: 41 fields
 * once merged, all but `tenures` single-valued, so that thirty copies stay within the query limits.
 */
export const PERSON_IN_DEPTH = `fragment inDepth on Person {
  id name familyName givenName aliases
  tenures {
    id startDate endDate attestedOn
    person { id name familyName givenName aliases }
    position { id title titleEn organization {
      id name nameEn classification level
      parent { id name nameEn classification level parent { id name nameEn classification level jurisdiction { id name } } }
    } }
  }
}`;

/**
 * An operation of 30 × 42 fields once fragments are expanded (the same fragment under 30 aliases, the most the
 * limits allow), more than the service keeps compiled (src/execution/compiledExecutor.ts), though within the
 * query limits. Spreading a fragment twice in one selection set would not do: it is collected once.
 */
export const LARGE_BY_FRAGMENTS = `query Large($id: ID!) {
  ${Array.from({ length: 30 }, (_, i) => `a${i}: node(id: $id) { ...inDepth }`).join('\n  ')}
}
${PERSON_IN_DEPTH}`;

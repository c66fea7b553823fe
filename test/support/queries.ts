/**
 * An operation of 1,501 fields once its fragments are expanded (3 × 10 × 10 spreads of 5 fields, and node), more
 * than the service keeps compiled (src/execution/compiledExecutor.ts), though within the query limits.
 */
export const LARGE_BY_FRAGMENTS = `
  query Large($id: ID!) { node(id: $id) { ... on Person { ...c ...c ...c } } }
  fragment c on Person { ...b ...b ...b ...b ...b ...b ...b ...b ...b ...b }
  fragment b on Person { ...a ...a ...a ...a ...a ...a ...a ...a ...a ...a }
  fragment a on Person { id name familyName givenName aliases }`;

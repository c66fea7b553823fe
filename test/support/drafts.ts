/** The draft operations, for the API's and the browser's tests of drafts. */
export const SUBMIT_DRAFT = `mutation($text: String!, $url: String, $published: String, $publisher: String) {
  submitDraft(text: $text, url: $url, published: $published, publisher: $publisher) {
    created draft { id status articleId statementCount unresolvedCount extraction { json statements { id kind rule json } proposed { id collection name json } } }
  }
}`;

export const REJECT_DRAFT = `mutation($id: ID!, $reason: String!) { rejectDraft(id: $id, reason: $reason) { id status reason decidedBy auditId } }`;

export const DRAFTS = `query($filter: DraftFilter) { drafts(filter: $filter, first: 50) {
  counts { pending submitted rejected } publishers provinces edges { node { id status publisher province unresolvedCount } } } }`;

export const DRAFT = `query($id: ID!) { draft(id: $id) { id status text submittedAs } }`;

/** A draft with what a submission of it needs: its article, statements and proposals, each linked or not. */
export const DRAFT_PROPOSALS = `query($id: ID!) { draft(id: $id) { id status text extraction { json proposed { id collection name json linkedTo } } } }`;

export const DUPLICATE_CANDIDATES = `{ duplicateCandidates { people { id name } sharedPosts sharedPlaces } }`;

export const CHECK_ARTICLE = `query($input: ArticleSubmission!) { checkArticle(input: $input) { code input path message } }`;

export const ACCEPTANCE = `query($byRule: Boolean) { extractorAcceptance(byRule: $byRule) { kind rule unchanged edited rejected added acceptanceRate } }`;

/** Every Draft node: the tests' drafts outlive a reset of the graph (they are the service's), so each test file starts without any. */
export const DELETE_DRAFTS = { cypher: 'MATCH (draft:Draft) DETACH DELETE draft', params: {} };

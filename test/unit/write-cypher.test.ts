/**
 * The write side's Cypher (src/db/cypher/: merge, claims, entities, articles, judgements, audit, locks, counts,
 * bulkLoad, posts) without a database, as the read side's is in cypher-builders.test.ts: each builder's text is held by a
 * snapshot, and every value reaches Neo4j as a parameter. The rows carry a value written to break out of a
 * string literal: it must appear in the parameters only, never in the query text. Labels, relationship types and
 * property names come from the model, and a name the model does not declare is refused.
 */
import { describe, expect, it } from 'vitest';
import type { CypherQuery } from '../../src/db/database.js';
import * as articles from '../../src/db/cypher/articles.js';
import * as audit from '../../src/db/cypher/audit.js';
import * as bulkLoad from '../../src/db/cypher/bulkLoad.js';
import * as claims from '../../src/db/cypher/claims.js';
import * as counts from '../../src/db/cypher/counts.js';
import * as drafts from '../../src/db/cypher/drafts.js';
import * as entities from '../../src/db/cypher/entities.js';
import * as judgements from '../../src/db/cypher/judgements.js';
import * as locks from '../../src/db/cypher/locks.js';
import * as merge from '../../src/db/cypher/merge.js';
import * as posts from '../../src/db/cypher/posts.js';
import type { NodeLabel } from '../../src/model/index.js';

/** A value that would end a Cypher string or comment and add a clause, were it written into the text. */
const HOSTILE = 'x\' }) DETACH DELETE n //"`';
const PERSON = 'person:nguyen-van-a';

const claimRow: claims.ClaimRow = {
  id: `claim:${HOSTILE}`,
  articleId: HOSTILE,
  kind: 'holds',
  rank: 'NORMAL',
  rankReason: HOSTILE,
  values: JSON.stringify({ note: HOSTILE }),
  quotes: [HOSTILE],
  content: HOSTILE,
  stated: [PERSON],
};

const BUILDERS: Record<string, () => CypherQuery | CypherQuery[]> = {
  'merge.mergeNodes(Person)': () => merge.mergeNodes('Person', [{ id: PERSON, props: { name: HOSTILE, nameEn: null } }]),
  'merge.mergeNodes(Tenure)': () =>
    merge.mergeNodes('Tenure', [{ id: `tenure:${HOSTILE}`, props: { startDate: '2016-07-03', possibleToReason: HOSTILE } }]),
  'merge.createRelationships': () => merge.createRelationships('HELD_BY', 'Tenure', 'Person', [{ from: `tenure:${HOSTILE}`, to: PERSON }]),
  'merge.deleteOutgoing': () => merge.deleteOutgoing('Tenure', ['HELD_BY', 'OF_POSITION'], [HOSTILE]),
  'merge.createProvenance': () => merge.createProvenance('Event', [{ id: HOSTILE, articleId: HOSTILE, quote: HOSTILE }]),
  'merge.deleteProvenance': () => merge.deleteProvenance('Event', [{ id: HOSTILE, articleIds: [HOSTILE] }]),
  'merge.deleteNodes': () => merge.deleteNodes('Event', [HOSTILE]),
  'claims.createClaims': () => claims.createClaims([claimRow]),
  'claims.articleClaimTargets': () => claims.articleClaimTargets([HOSTILE]),
  'claims.deleteArticleClaims': () => claims.deleteArticleClaims([HOSTILE]),
  'claims.claimsOfFacts': () => claims.claimsOfFacts('Tenure', [HOSTILE]),
  'claims.nameClaimsOf': () => claims.nameClaimsOf('Person', [HOSTILE]),
  'claims.claimsById': () => claims.claimsById([HOSTILE]),
  'claims.claimsMentioning': () => claims.claimsMentioning(HOSTILE, 'Person', [HOSTILE]),
  'claims.claimTargets': () => claims.claimTargets([HOSTILE]),
  'claims.entityQuotes': () => claims.entityQuotes('Person', [{ id: HOSTILE, articleIds: [HOSTILE] }]),
  'claims.deleteClaimLinks': () => claims.deleteClaimLinks([HOSTILE]),
  'claims.setClaimRanks': () => claims.setClaimRanks([{ id: HOSTILE, rank: 'PREFERRED', rankReason: HOSTILE }]),
  'entities.knownEntities': () => entities.knownEntities({ ids: [HOSTILE], foldedNames: [HOSTILE] }),
  'entities.knownEvents': () => entities.knownEvents([HOSTILE]),
  'entities.mergesOf': () => entities.mergesOf([HOSTILE]),
  'entities.mergedIntoAny': () => entities.mergedIntoAny([HOSTILE]),
  'entities.hideEntity': () => entities.hideEntity(HOSTILE, 'Person', HOSTILE),
  'entities.showEntity': () => entities.showEntity(HOSTILE, 'Person'),
  'entities.updateHiddenEntities': () => entities.updateHiddenEntities([{ id: HOSTILE, props: { name: HOSTILE } }]),
  'entities.entityDeclarations': () => entities.entityDeclarations([HOSTILE]),
  'entities.entitiesReferring': () => entities.entitiesReferring([HOSTILE]),
  'entities.deleteUnsourcedEntities': () => entities.deleteUnsourcedEntities(['Person', 'Organization']),
  'articles.articleState': () => articles.articleState(HOSTILE),
  'articles.articleTexts': () => articles.articleTexts([HOSTILE]),
  'articles.deleteArticle': () => articles.deleteArticle(HOSTILE),
  'judgements.createJudgement': () =>
    judgements.createJudgement({
      id: HOSTILE,
      kind: 'RANK',
      about: [HOSTILE],
      rank: 'PREFERRED',
      previousRank: 'NORMAL',
      content: HOSTILE,
      reason: HOSTILE,
      by: HOSTILE,
      auditId: HOSTILE,
    }),
  'judgements.judgementById': () => judgements.judgementById(HOSTILE),
  'judgements.judgementsAbout': () => judgements.judgementsAbout([HOSTILE], { activeOnly: true }),
  'judgements.markUndone': () => judgements.markUndone(HOSTILE, HOSTILE, HOSTILE),
  'judgements.rankJudgementsOf': () => judgements.rankJudgementsOf([{ id: HOSTILE, content: HOSTILE }]),
  'audit.createAuditEntry': () =>
    audit.createAuditEntry(
      {
        id: HOSTILE,
        action: 'submitArticle',
        keyId: HOSTILE,
        keyName: HOSTILE,
        keyRole: 'editor',
        requestId: HOSTILE,
        articleId: HOSTILE,
        judgementId: null,
        statementsAdded: 1,
        statementsRemoved: 0,
        details: HOSTILE,
      },
      [{ id: HOSTILE, change: 'CHANGED' }],
    ),
  'audit.auditEntries': () => audit.auditEntries({ articleId: HOSTILE, limit: 20, after: { at: HOSTILE, id: HOSTILE } }),
  'locks.lockKeys': () => locks.lockKeys([HOSTILE]),
  'counts.deleteBatch': () => counts.deleteBatch(),
  'counts.graphHasNodes': () => counts.graphHasNodes(),
  'bulkLoad.createBulkLoadMarker': () => bulkLoad.createBulkLoadMarker(HOSTILE),
  'bulkLoad.deleteBulkLoadMarker': () => bulkLoad.deleteBulkLoadMarker(HOSTILE),
  'bulkLoad.bulkLoadMarkers': () => bulkLoad.bulkLoadMarkers(),
  'bulkLoad.deleteBulkLoadMarkers': () => bulkLoad.deleteBulkLoadMarkers(),
  'posts.postContexts': () => posts.postContexts([HOSTILE]),
  'posts.reorganizedPosts': () => posts.reorganizedPosts([HOSTILE]),
  'drafts.lockDraft': () => drafts.lockDraft(HOSTILE),
  'drafts.rejectDraft': () => drafts.rejectDraft(HOSTILE, { by: HOSTILE, reason: HOSTILE, auditId: HOSTILE }),
  'drafts.submitDraft': () =>
    drafts.submitDraft(HOSTILE, {
      by: HOSTILE,
      articleId: HOSTILE,
      auditId: null,
      decisions: { statements: [HOSTILE], kinds: [HOSTILE], rules: [HOSTILE], origins: [HOSTILE] },
    }),
  'drafts.draftsPage': () => drafts.draftsPage({ publisher: HOSTILE, unresolved: true }, 20, { at: HOSTILE, id: HOSTILE }),
  'drafts.draftCounts': () => drafts.draftCounts({ province: HOSTILE }),
  'drafts.extractorDecisions': () => drafts.extractorDecisions(true),
};

const queriesOf = (build: () => CypherQuery | CypherQuery[]) => [build()].flat();

describe('the write Cypher', () => {
  it.each(Object.keys(BUILDERS))('%s: its text as the snapshot holds it', (name) => {
    expect(queriesOf(BUILDERS[name]!).map((query) => query.cypher)).toMatchSnapshot();
  });

  it.each(Object.keys(BUILDERS))('%s: every value a parameter, none in the text, each parameter used', (name) => {
    for (const query of queriesOf(BUILDERS[name]!)) {
      expect(query.cypher).not.toContain('DETACH DELETE n //');
      expect(query.cypher).not.toContain(HOSTILE);
      for (const param of Object.keys(query.params ?? {})) expect(query.cypher, `$${param}`).toMatch(new RegExp(`\\$${param}\\b`));
      for (const [, used] of query.cypher.matchAll(/\$(\w+)/g)) expect(Object.keys(query.params ?? {}), `$${used}`).toContain(used);
    }
  });

  it('refuses a label or relationship type the model does not declare', () => {
    expect(() => merge.mergeNodes('Nobody' as NodeLabel, [])).toThrow();
    expect(() => merge.createRelationships('HELD_BY`]->() DETACH DELETE n //', 'Tenure', 'Person', [])).toThrow();
  });
});

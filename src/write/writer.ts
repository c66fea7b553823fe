/**
 * The write API's transactions. Each write runs in one Neo4j transaction that locks what it touches (the article,
 * the entities, the facts: src/statements/store.ts), checks the graph as it is then, writes through the loader's
 * own path, and records its audit entry: all of it commits or none does, whether Neo4j fails, the API is killed or
 * the transaction runs out of time (WRITE_TIMEOUT_MS). Writes that touch different things run side by side.
 *
 * Judgements are records, and the graph is derived from them (src/statements/judgements.ts): a merge hides the
 * merged entity and links the claims that name it anew, as naming the kept one; a rank sets a claim's rank as
 * judged; undoing either marks the judgement undone and derives again what it touched. No claim's values are ever
 * rewritten: they say what their articles stated.
 */
import { randomUUID } from 'node:crypto';
import type { ApiKeyRecord } from '../auth/keys.js';
import type { WriteSettings } from '../config.js';
import { articleState, articleTexts } from '../db/cypher/articles.js';
import { auditEntries, createAuditEntry, type AuditRow } from '../db/cypher/audit.js';
import { claimsById, claimsMentioning } from '../db/cypher/claims.js';
import { createDraft, lockDraft, rejectDraft, submitDraft, type DraftRow } from '../db/cypher/drafts.js';
import {
  deleteUnsourcedEntities,
  entitiesReferring,
  hideEntity,
  knownEntities,
  knownEvents,
  mergedIntoAny,
  showEntity,
} from '../db/cypher/entities.js';
import {
  createJudgement,
  judgementById,
  judgementsAbout,
  markUndone,
  rankJudgementsOf,
  type JudgementRow,
} from '../db/cypher/judgements.js';
import { lockKeys } from '../db/cypher/locks.js';
import { deleteOutgoing } from '../db/cypher/merge.js';
import { nodesByIdQuery } from '../db/cypher/nodes.js';
import type { CypherQuery, Database, QueryCounter, Row } from '../db/database.js';
import { ConflictError, InvalidSubmissionError, NotFoundError, QueryTimeoutError, type InputProblem } from '../errors.js';
import { labelOfId, labelsOfKind, nodeSpec, type NodeLabel } from '../model/index.js';
import type { Rank, Statement } from '../statements/format.js';
import { formatIssue, IssueCode } from '../statements/issues.js';
import { ChangeSet, recording } from '../statements/changes.js';
import { canonical, claimContent, judgedRank } from '../statements/judgements.js';
import {
  lockEntities,
  readMerges,
  registryRelations,
  relinkClaims,
  relinkEntities,
  rerankClaims,
  retractArticle,
  storeArticle,
  type Run,
} from '../statements/store.js';
import type { KnownEntity, KnownGraph } from '../statements/validate.js';
import { decide, decisionColumns, type Decision, type StatementValue } from '../review/decisions.js';
import type { DraftAnswer } from '../extract/answer.js';
import {
  readSubmission,
  referencesIn,
  submissionHash,
  validateSubmission,
  type ArticleSubmission,
  type ReadSubmission,
} from './submission.js';

/** Who writes, and the request it comes with: what the audit trail records. */
export interface WriteRequest {
  key: ApiKeyRecord;
  requestId: string;
  /** The request's Neo4j round trips, which the answer reports. */
  counter?: QueryCounter;
  /** When the request's time is up (ms since the epoch): the write must end, committed or rolled back, before. */
  deadline?: number;
}

/** Time kept after a write's transaction for its commit and the answer, within the request's time. */
const ANSWER_MARGIN_MS = 2000;

export type WriteStatus = 'CREATED' | 'REPLACED' | 'UNCHANGED';

export interface SubmitResult {
  status: WriteStatus;
  articleId: string;
  statementsAdded: number;
  statementsRemoved: number;
  entitiesAdded: number;
  factsDerived: number;
  warnings: string[];
  auditId: string | null;
}

export interface RetractResult {
  articleId: string;
  statementsRemoved: number;
  factsDerived: number;
  factsDeleted: number;
  auditId: string;
}

/** A judgement as the API shows it. */
export type JudgementRecord = Omit<JudgementRow, 'content'> & {
  at: string;
  undone: boolean;
  undoneBy: string | null;
  undoneAt: string | null;
  undoReason: string | null;
};

const asNumber = (value: unknown) => Number(value ?? 0);
const judgementOf = (row: Row | undefined) => row?.judgement as (JudgementRecord & { content: string | null }) | undefined;
const publicJudgement = ({ content: _content, ...judgement }: JudgementRecord & { content: string | null }): JudgementRecord => judgement;

export interface Writer {
  /** With `draftId`, the reviewed draft it comes from, marked submitted in the same transaction. */
  submitArticle(submission: ArticleSubmission & { draftId?: string | null }, request: WriteRequest): Promise<SubmitResult>;
  rejectDraft(id: string, reason: string, request: WriteRequest): Promise<Row>;
  /** Stores a pending draft unless its text is stored; a draft stored is recorded in the audit trail, as a rejection is. */
  storeDraft(row: DraftRow, request: WriteRequest): Promise<{ id: string; created: boolean }>;
  /** The problems `submitArticle` would find in the submission now (none: it would be stored); writes nothing. */
  checkArticle(submission: ArticleSubmission, request: Pick<WriteRequest, 'counter'>): Promise<InputProblem[]>;
  retractArticle(articleId: string, reason: string, request: WriteRequest): Promise<RetractResult>;
  rankClaim(claimId: string, rank: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
  mergeEntities(keepId: string, mergeId: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
  markDistinct(id: string, otherId: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
  undoJudgement(id: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
}

export function createWriter(database: Database, settings: WriteSettings): Writer {
  /**
   * One write, in one transaction. Its metadata (the operation and the request id) shows in Neo4j's `SHOW
   * TRANSACTIONS`, so that an operator (and a test) can tell a write in flight.
   */
  const inTransaction = <T>(request: WriteRequest, operation: string, work: (run: Run, changes: ChangeSet) => Promise<T>) => {
    // Bounded by WRITE_TIMEOUT_MS and by what is left of the request's time: a client told that its request timed
    // out must be able to rely on nothing having been written.
    const timeoutMs = Math.min(settings.timeoutMs, (request.deadline ?? Infinity) - Date.now() - ANSWER_MARGIN_MS);
    if (timeoutMs < 1) throw new QueryTimeoutError();
    return database.transaction(
      // What the write changes is noted as it runs (each attempt afresh, if the driver retries), for its audit entry.
      (run) => {
        const changes = new ChangeSet();
        return work(recording(run, changes), changes);
      },
      { timeoutMs, counter: request.counter, metadata: { operation, requestId: request.requestId } },
    );
  };

  /** The write's audit entry, with what it changed: the last thing a write does (see createAuditEntry). */
  const audit = async (
    run: Run,
    changes: ChangeSet,
    request: WriteRequest,
    row: Omit<AuditRow, 'id' | 'keyId' | 'keyName' | 'keyRole' | 'requestId'>,
  ) => {
    const id = `audit:${randomUUID()}`;
    await run(
      createAuditEntry(
        {
          ...row,
          id,
          keyId: request.key.id,
          keyName: request.key.name,
          keyRole: request.key.role.toUpperCase(),
          requestId: request.requestId,
        },
        changes.changes(),
      ),
    );
    return id;
  };

  const judge = async (
    run: Run,
    changes: ChangeSet,
    request: WriteRequest,
    action: string,
    row: Omit<JudgementRow, 'id' | 'by' | 'auditId'>,
    details: object,
  ): Promise<JudgementRecord> => {
    const id = `judgement:${randomUUID()}`;
    const auditId = await audit(run, changes, request, {
      action,
      articleId: null,
      judgementId: id,
      statementsAdded: 0,
      statementsRemoved: 0,
      details: JSON.stringify({ about: row.about, reason: row.reason, ...details }),
    });
    const [created] = await run(createJudgement({ ...row, id, by: request.key.name, auditId }));
    return publicJudgement(judgementOf(created)!);
  };

  /** The registry entity with this id, by its label; NOT_FOUND when the graph has none shown (merged into another). */
  const entityLabel = async (run: Run, id: string, argument: string): Promise<NodeLabel> => {
    const label = labelOfId(id);
    if (label === undefined || nodeSpec(label).kind !== 'registry')
      throw new NotFoundError(`\`${argument}\` must be the id of a person, an organization, a position, a place or an award; got "${id}".`);
    const [row] = await run(nodesByIdQuery([id]));
    if (!row) throw new NotFoundError(`There is no entity "${id}" in the graph (was it merged into another?).`);
    return label;
  };

  return {
    async submitArticle(submission, request) {
      const hash = submissionHash(submission);
      const read = readSubmission(submission, settings.maxStatementsPerSubmission);
      const draftId = submission.draftId ?? undefined;
      // A repeated submission is answered without a lock or a validation: it passed when it was stored. One from a
      // draft goes on, to mark its draft decided.
      if (
        draftId === undefined &&
        read.articleId !== undefined &&
        (await database.read(articleState(read.articleId), { counter: request.counter }))[0]?.contentHash === hash
      )
        return unchanged(read.articleId);
      return suggestingNearestIds(database, read, request, () =>
        inTransaction(request, 'submitArticle', async (run, changes) => {
          // The article and every id the submission names are locked before the graph is read, so that nothing
          // it is checked against changes before it is written: the same article from another client, stored
          // while this one waited, is found here; an entity merged or declared meanwhile is seen as it is.
          const among = referencesIn(read);
          const draft = draftId === undefined ? undefined : await lockedDraft(run, draftId);
          const locked = await lockEntities(run, among.ids, read.articleId === undefined ? [] : [read.articleId]);
          const [state] = read.articleId === undefined ? [] : await run(articleState(read.articleId));
          // A retry of a submission from a draft whose answer was lost: the draft was submitted as this very
          // article, with this content. It is answered as the first was, not refused as a decided draft.
          if (draft?.status === 'SUBMITTED' && draft.submittedAs === read.articleId && state?.contentHash === hash)
            return { ...unchanged(read.articleId), auditId: draft.auditId };
          const decisions = draft === undefined ? undefined : decideDraft(draftId!, draft, read);
          const markDraft = (auditId: string | null) =>
            draftId === undefined
              ? undefined
              : run(
                  submitDraft(draftId, {
                    by: request.key.name,
                    articleId: read.articleId!,
                    auditId,
                    decisions: decisionColumns(decisions!),
                  }),
                );
          if (state?.contentHash === hash) {
            if (decisions === undefined) return unchanged(read.articleId!);
            // The graph already holds what the editor accepted: nothing is written but the draft's decision, which
            // gets an audit entry of its own, so that the trail says who decided it and when.
            const auditId = await audit(run, changes, request, {
              action: 'submitArticle',
              articleId: read.articleId!,
              judgementId: null,
              statementsAdded: 0,
              statementsRemoved: 0,
              details: JSON.stringify({ contentHash: hash, unchanged: true, ...draftOrigins(draftId!, decisions) }),
            });
            await markDraft(auditId);
            return { ...unchanged(read.articleId!), auditId };
          }
          const loadSet = validateSubmission(read, await knownGraph(run, among));
          const article = loadSet.articles[0]!;
          // The id read before validation: one that passes validation is a slug, which NFC leaves as it is.
          const articleId = article.meta.id;
          const declared = [...loadSet.registry.keys()];
          if (state?.exists && submission.replace !== true)
            throw new ConflictError(
              `The article "${articleId}" is in the graph with other content; submit with \`replace: true\` to replace it.`,
            );
          const summary = await storeArticle(run, article, loadSet.registry, hash, locked);
          const statementsRemoved = asNumber(state?.claims);
          const auditId = await audit(run, changes, request, {
            action: 'submitArticle',
            articleId,
            judgementId: null,
            statementsAdded: summary.claims,
            statementsRemoved,
            details: JSON.stringify({
              contentHash: hash,
              entities: declared,
              factsDerived: summary.facts,
              factsDeleted: summary.deletedFacts,
              ...(decisions === undefined ? {} : draftOrigins(draftId!, decisions)),
            }),
          });
          await markDraft(auditId);
          return {
            status: state?.exists ? 'REPLACED' : 'CREATED',
            articleId,
            statementsAdded: summary.claims,
            statementsRemoved,
            entitiesAdded: summary.entities,
            factsDerived: summary.facts,
            warnings: loadSet.warnings.map(formatIssue),
            auditId,
          } satisfies SubmitResult;
        }),
      );
    },

    async checkArticle(submission, request) {
      const read = readSubmission(submission, settings.maxStatementsPerSubmission);
      const readGraph = (query: CypherQuery) => database.read(query, { counter: request.counter });
      try {
        await suggestingNearestIds(database, read, request, async () =>
          validateSubmission(read, await knownGraph(readGraph, referencesIn(read))),
        );
        return [];
      } catch (error) {
        if (error instanceof InvalidSubmissionError) return [...error.problems];
        throw error;
      }
    },

    rejectDraft(id, reason, request) {
      return inTransaction(request, 'rejectDraft', async (run, changes) => {
        undecided(id, await lockedDraft(run, id));
        const auditId = await audit(run, changes, request, {
          action: 'rejectDraft',
          articleId: null,
          judgementId: null,
          statementsAdded: 0,
          statementsRemoved: 0,
          details: JSON.stringify({ draftId: id, reason }),
        });
        const [rejected] = await run(rejectDraft(id, { by: request.key.name, reason, auditId }));
        return rejected!.draft as Row;
      });
    },

    storeDraft(row, request) {
      return inTransaction(request, 'submitDraft', async (run, changes) => {
        const [stored] = await run(createDraft(row));
        const created = stored!.created === true;
        if (created)
          await audit(run, changes, request, {
            action: 'submitDraft',
            articleId: null,
            judgementId: null,
            statementsAdded: 0,
            statementsRemoved: 0,
            details: JSON.stringify({ draftId: row.id, statements: row.statementCount, proposed: row.unresolvedCount }),
          });
        return { id: String(stored!.id), created };
      });
    },

    retractArticle(articleId, reason, request) {
      return inTransaction(request, 'retractArticle', async (run, changes) => {
        await run(lockKeys([articleId]));
        const [state] = await run(articleState(articleId));
        if (!state?.exists) throw new NotFoundError(`There is no article "${articleId}" in the graph.`);
        const summary = await retractArticle(run, articleId);
        const [unsourced] = await run(deleteUnsourcedEntities(labelsOfKind('registry')));
        const statementsRemoved = asNumber(state.claims);
        const auditId = await audit(run, changes, request, {
          action: 'retractArticle',
          articleId,
          judgementId: null,
          statementsAdded: 0,
          statementsRemoved,
          details: JSON.stringify({
            reason,
            factsDerived: summary.facts,
            factsDeleted: summary.deletedFacts,
            entitiesDeleted: asNumber(unsourced?.deleted),
          }),
        });
        return { articleId, statementsRemoved, factsDerived: summary.facts, factsDeleted: summary.deletedFacts, auditId };
      });
    },

    rankClaim(claimId, rank, reason, request) {
      return inTransaction(request, 'rankClaim', async (run, changes) => {
        await run(lockKeys([claimId]));
        const [claim] = await run(claimsById([claimId]));
        if (!claim) throw new NotFoundError(`There is no claim "${claimId}" in the graph.`);
        const reranked = await rerankClaims(run, [{ id: claimId, rank: rank.toLowerCase() as Rank, rankReason: reason }]);
        return judge(
          run,
          changes,
          request,
          'rankClaim',
          { kind: 'RANK', about: [claimId], rank, previousRank: String(claim.rank), content: String(claim.content), reason },
          { articleId: claim.articleId, factsDerived: reranked.facts },
        );
      });
    },

    mergeEntities(keepId, mergeId, reason, request) {
      return inTransaction(request, 'mergeEntities', async (run, changes) => {
        if (keepId === mergeId) throw new ConflictError('An entity cannot be merged into itself.');
        await run(lockKeys([keepId, mergeId]));
        const label = await entityLabel(run, keepId, 'keepId');
        if ((await entityLabel(run, mergeId, 'mergeId')) !== label)
          throw new ConflictError(`"${keepId}" and "${mergeId}" are not of one kind: only entities of one kind can be the same.`);
        const distinct = (await run(judgementsAbout([keepId, mergeId], { activeOnly: true })))
          .map(judgementOf)
          .find((judgement) => judgement?.kind === 'DISTINCT' && judgement.about.includes(keepId) && judgement.about.includes(mergeId));
        if (distinct)
          throw new ConflictError(
            `"${keepId}" and "${mergeId}" were judged distinct (${distinct.id}, by ${distinct.by}); undo that judgement first.`,
          );
        const claims = (await run(claimsMentioning(mergeId, label))).map((row) => String(row.id));
        const referrers = (await run(entitiesReferring([mergeId]))).map((row) => String(row.id));
        // The merged entity's own relationships go while it is hidden; they are derived again from its
        // declaration when the merge is undone.
        const types = [...new Set(registryRelations(label).map((relation) => relation.type))];
        if (types.length > 0) await run(deleteOutgoing(label, types, [mergeId]));
        await run(hideEntity(mergeId, label, keepId));
        await relinkAfterJudgement(run, claims, referrers);
        // Recorded last, with everything the merge changed.
        return judge(
          run,
          changes,
          request,
          'mergeEntities',
          { kind: 'SAME_AS', about: [keepId, mergeId], rank: null, previousRank: null, content: null, reason },
          { claimsLinkedAnew: claims.length, entitiesLinkedAnew: referrers.length },
        );
      });
    },

    markDistinct(id, otherId, reason, request) {
      return inTransaction(request, 'markDistinct', async (run, changes) => {
        if (id === otherId) throw new ConflictError('An entity is not distinct from itself.');
        await run(lockKeys([id, otherId]));
        const label = await entityLabel(run, id, 'id');
        if ((await entityLabel(run, otherId, 'otherId')) !== label)
          throw new ConflictError(`"${id}" and "${otherId}" are of different kinds: they are distinct already.`);
        return judge(
          run,
          changes,
          request,
          'markDistinct',
          { kind: 'DISTINCT', about: [id, otherId], rank: null, previousRank: null, content: null, reason },
          {},
        );
      });
    },

    undoJudgement(id, reason, request) {
      return inTransaction(request, 'undoJudgement', async (run, changes) => {
        const found = judgementOf((await run(judgementById(id)))[0]);
        if (!found) throw new NotFoundError(`There is no judgement "${id}".`);
        await run(lockKeys([...found.about, id]));
        const judgement = judgementOf((await run(judgementById(id)))[0])!;
        if (judgement.undone)
          throw new ConflictError(`The judgement "${id}" was undone already (${judgement.undoneAt}, by ${judgement.undoneBy}).`);
        const [undone] = await run(markUndone(id, request.key.name, reason));
        let details: object = {};
        if (judgement.kind === 'RANK') {
          // The rank in force now: an earlier judgement still standing for what the claim says, else its file's.
          const claimId = judgement.about[0]!;
          const [claim] = await run(claimsById([claimId]));
          if (claim) {
            const statement = JSON.parse(String(claim.values)) as Statement;
            const content = claimContent(statement);
            const [standing] = await run(rankJudgementsOf([{ id: claimId, content }]));
            const rank = judgedRank(statement, standing?.rank ? { rank: String(standing.rank).toLowerCase() as Rank, content } : undefined);
            const rankReason = standing?.rank ? String(standing.reason) : (statement.rankReason ?? null);
            details = { factsDerived: (await rerankClaims(run, [{ id: claimId, rank, rankReason }])).facts };
          } else details = { why: 'the claim is gone since' };
        } else if (judgement.kind === 'SAME_AS') {
          const [keepId, mergeId] = judgement.about as [string, string];
          const label = labelOfId(mergeId)!;
          // Before the undoing, everything that names the merged entity, or one merged into it, is read as the
          // kept one (or whatever the kept one was merged into since).
          const before = await readMerges(run, [keepId]);
          const readAs = canonical(before, keepId);
          await run(showEntity(mergeId, label));
          const stating = [mergeId, ...(await mergedInto(run, mergeId))];
          const claims = (await run(claimsMentioning(readAs, label, stating))).map((row) => String(row.id));
          const referrers = (await run(entitiesReferring([readAs]))).map((row) => String(row.id));
          details = { claimsLinkedAnew: claims.length };
          await relinkAfterJudgement(run, claims, [...referrers, mergeId]);
        }
        const auditId = await audit(run, changes, request, {
          action: 'undoJudgement',
          articleId: null,
          judgementId: id,
          statementsAdded: 0,
          statementsRemoved: 0,
          details: JSON.stringify({ reason, ...details }),
        });
        return { ...publicJudgement(judgementOf(undone)!), undoAuditId: auditId };
      });
    },
  };
}

/** The ids merged into `id`, directly or through others: those an undone merge of `id` leaves read as `id` again. */
async function mergedInto(run: Run, id: string): Promise<string[]> {
  const found: string[] = [];
  let frontier = [id];
  while (frontier.length > 0) {
    frontier = (await run(mergedIntoAny(frontier))).map((row) => String(row.id)).filter((merged) => !found.includes(merged));
    found.push(...frontier);
  }
  return found;
}

interface LockedDraft {
  status: string;
  extraction: DraftAnswer;
  /** The article it was submitted as, and that write's audit entry, once submitted. */
  submittedAs: string | null;
  auditId: string | null;
}

/** The draft, locked, with its extraction and its decision; NOT_FOUND when there is none. */
async function lockedDraft(run: Run, id: string): Promise<LockedDraft> {
  const [draft] = await run(lockDraft(id));
  if (!draft) throw new NotFoundError(`There is no draft "${id}".`);
  return {
    status: String(draft.status),
    extraction: JSON.parse(String(draft.extraction)) as DraftAnswer,
    submittedAs: draft.submittedAs == null ? null : String(draft.submittedAs),
    auditId: draft.auditId == null ? null : String(draft.auditId),
  };
}

/** The extraction of a draft still to decide; CONFLICT when it has been decided. */
function undecided(id: string, draft: LockedDraft): DraftAnswer {
  if (draft.status !== 'PENDING') throw new ConflictError(`The draft "${id}" has been ${draft.status.toLowerCase()} already.`);
  return draft.extraction;
}

/** What the editor decided of each of the draft's statements, from the submission (src/review/decisions.ts). */
function decideDraft(id: string, draft: LockedDraft, read: ReadSubmission): Decision[] {
  const drafted = undecided(id, draft).statements.map((item) => ({ statement: JSON.parse(item.json) as StatementValue, rule: item.rule }));
  return decide(
    drafted,
    (read.article?.statements ?? []).map(({ statement }) => statement as unknown as StatementValue),
  );
}

/** Each statement's origin, for the audit entry: what the extractor's acceptance rate is counted from. */
function draftOrigins(draftId: string, decisions: readonly Decision[]) {
  return { draftId, origins: Object.fromEntries(decisions.map((decision) => [decision.statement, decision.origin])) };
}

/** After a merge or its undoing: the claims and entities that name the entities involved, linked and derived anew. */
async function relinkAfterJudgement(run: Run, claims: readonly string[], entities: readonly string[]): Promise<void> {
  await relinkClaims(run, claims);
  await relinkEntities(run, entities);
}

/** The graph as `knownEntities` and `knownEvents` read it, with the texts of the articles its sources cite. */
async function knownGraph(run: (query: CypherQuery) => Promise<Row[]>, among?: ReturnType<typeof referencesIn>): Promise<KnownGraph> {
  const entities = await run(knownEntities(among));
  const events = await run(knownEvents(among?.ids));
  const articles = among === undefined ? [] : await run(articleTexts(among.articles));
  return {
    entities: new Map(
      entities.map((row) => [
        String(row.id),
        {
          label: String(row.label),
          ...(row.name ? { name: String(row.name) } : {}),
          ...(row.mergedInto ? { mergedInto: String(row.mergedInto) } : {}),
        } as KnownEntity,
      ]),
    ),
    events: new Set(events.map((row) => String(row.id))),
    articles: new Map(articles.map((row) => [String(row.id), String(row.text)])),
  };
}

/**
 * The submission is validated against the part of the graph it can touch (what it names, its people's namesakes),
 * so that the cost does not grow with the graph and its locks are held briefly. When a reference is unknown, it is
 * validated again against every entity, once the transaction has rolled back and freed its locks, so that the
 * problem names the nearest ids.
 */
async function suggestingNearestIds<T>(
  database: Database,
  read: ReadSubmission,
  request: Pick<WriteRequest, 'counter'>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof InvalidSubmissionError && error.problems.some((problem) => problem.code === IssueCode.UNKNOWN_REFERENCE)) {
      const readGraph = (query: CypherQuery) => database.read(query, { counter: request.counter });
      const among = referencesIn(read);
      const known = await knownGraph(readGraph);
      // Every entity for the suggestions; the texts of the articles the sources cite, as under the transaction.
      validateSubmission(read, { ...known, articles: (await knownGraph(readGraph, among)).articles });
    }
    throw error;
  }
}

function unchanged(articleId: string): SubmitResult {
  return {
    status: 'UNCHANGED',
    articleId,
    statementsAdded: 0,
    statementsRemoved: 0,
    entitiesAdded: 0,
    factsDerived: 0,
    warnings: [],
    auditId: null,
  };
}

/** Reads for admins and for everyone: the audit trail and the judgements about an entity. */
export async function readAuditTrail(
  database: Database,
  options: Parameters<typeof auditEntries>[0],
  counter: QueryCounter,
): Promise<Row[]> {
  return (await database.read(auditEntries(options), { counter })).map((row) => row.entry as Row);
}

export async function readJudgements(database: Database, aboutId: string, counter: QueryCounter): Promise<JudgementRecord[]> {
  return (await database.read(judgementsAbout([aboutId], { activeOnly: false }), { counter })).map((row) =>
    publicJudgement(judgementOf(row)!),
  );
}

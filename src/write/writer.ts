/**
 * The write API's transactions. Each write runs in one Neo4j transaction that first takes the graph's write lock
 * (so writes run one at a time and every derivation sees every claim), checks the graph as it is then, writes
 * through the loader's own path (src/statements/store.ts), and records its audit entry: all of it commits or
 * none does, whether Neo4j fails, the API is killed or the transaction runs out of time (WRITE_TIMEOUT_MS).
 * A submission is validated inside its transaction too, against the graph as it is under the lock.
 */
import { randomUUID } from 'node:crypto';
import type { ApiKeyRecord } from '../auth/keys.js';
import type { WriteSettings } from '../config.js';
import type { CypherQuery, Database, QueryCounter, Row } from '../db/database.js';
import { deleteOutgoing, deleteUnsourcedEntities, mergeRelationships } from '../db/cypher/load.js';
import {
  articleState,
  auditEntries,
  claimsById,
  claimsMentioning,
  createAuditEntry,
  createJudgement,
  judgementById,
  judgementsAbout,
  knownEntities,
  laterJudgement,
  knownEvents,
  markUndone,
  MERGED_LABEL,
  moveIncoming,
  registryRelationships,
  relabel,
  type AuditRow,
  type JudgementRow,
} from '../db/cypher/write.js';
import { nodesByIdQuery } from '../db/cypher/nodes.js';
import { ConflictError, InvalidSubmissionError, NotFoundError, QueryTimeoutError } from '../errors.js';
import { labelOfId, labelsOfKind, nodeSpec, type NodeLabel } from '../model/index.js';
import type { Statement } from '../statements/format.js';
import { restateClaims, retractArticle, storeArticle, writeTransaction, type Run } from '../statements/store.js';
import { formatIssue, type KnownEntity, type KnownGraph } from '../statements/validate.js';
import { restoreReferences, statementContent, substituteReferences, type StatementPath } from './merge.js';
import { peekArticle, referencesIn, submissionHash, validateSubmission, type ArticleSubmission } from './submission.js';

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

/** A judgement as the API shows it (its `undo` record stays inside). */
export type JudgementRecord = Omit<JudgementRow, 'undo' | 'touches'> & {
  at: string;
  undone: boolean;
  undoneBy: string | null;
  undoneAt: string | null;
  undoReason: string | null;
};

/** A relationship between an entity and another registry entity. */
interface RegistryLink {
  type: string;
  otherId: string;
  otherLabel: NodeLabel;
}

/**
 * What undoing a merge needs: where the claims named the merged entity, the relationships moved to the kept one,
 * and the merged entity's own relationships, detached while it is hidden.
 */
interface MergeUndo {
  label: NodeLabel;
  /** Each claim restated, where it named the merged entity, and what it said then (statementContent). */
  claims: { id: string; paths: StatementPath[]; content: string }[];
  moved: RegistryLink[];
  detached: RegistryLink[];
}

const linksOf = (rows: Row[]): RegistryLink[] =>
  rows.map((row) => ({ type: String(row.type), otherId: String(row.otherId), otherLabel: String(row.otherLabel) }));

const asNumber = (value: unknown) => Number(value ?? 0);
const judgementOf = (row: Row | undefined) => row?.judgement as (JudgementRecord & { undo: string | null; touches: string[] }) | undefined;
const publicJudgement = ({
  undo: _undo,
  touches: _touches,
  ...judgement
}: JudgementRecord & { undo: string | null; touches: string[] }): JudgementRecord => judgement;

export interface Writer {
  submitArticle(submission: ArticleSubmission, request: WriteRequest): Promise<SubmitResult>;
  retractArticle(articleId: string, reason: string, request: WriteRequest): Promise<RetractResult>;
  rankClaim(claimId: string, rank: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
  mergeEntities(keepId: string, mergeId: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
  markDistinct(id: string, otherId: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
  undoJudgement(id: string, reason: string, request: WriteRequest): Promise<JudgementRecord>;
}

export function createWriter(database: Database, settings: WriteSettings): Writer {
  /**
   * One write: a writeTransaction (the graph's write lock first). Its metadata (the operation and the request id)
   * shows in Neo4j's `SHOW TRANSACTIONS`, so that an operator (and a test) can tell a write in flight.
   */
  const inTransaction = <T>(request: WriteRequest, operation: string, work: (run: Run) => Promise<T>) => {
    // Bounded by WRITE_TIMEOUT_MS and by what is left of the request's time: a client told that its request timed
    // out must be able to rely on nothing having been written.
    const timeoutMs = Math.min(settings.timeoutMs, (request.deadline ?? Infinity) - Date.now() - ANSWER_MARGIN_MS);
    if (timeoutMs < 1) throw new QueryTimeoutError();
    return writeTransaction(database, work, { timeoutMs, counter: request.counter, metadata: { operation, requestId: request.requestId } });
  };

  const audit = async (run: Run, request: WriteRequest, row: Omit<AuditRow, 'id' | 'keyId' | 'keyName' | 'keyRole' | 'requestId'>) => {
    const id = `audit:${randomUUID()}`;
    await run(
      createAuditEntry({
        ...row,
        id,
        keyId: request.key.id,
        keyName: request.key.name,
        keyRole: request.key.role.toUpperCase(),
        requestId: request.requestId,
      }),
    );
    return id;
  };

  const judge = async (
    run: Run,
    request: WriteRequest,
    action: string,
    row: Omit<JudgementRow, 'id' | 'by' | 'auditId' | 'touches'>,
    details: object,
    restated: readonly string[] = [],
  ) => {
    const id = `judgement:${randomUUID()}`;
    const auditId = await audit(run, request, {
      action,
      articleId: null,
      judgementId: id,
      statementsAdded: 0,
      statementsRemoved: 0,
      details: JSON.stringify({ about: row.about, reason: row.reason, ...details }),
    });
    const [created] = await run(createJudgement({ ...row, id, by: request.key.name, auditId, touches: [...row.about, ...restated] }));
    return publicJudgement(judgementOf(created)!);
  };

  /** The registry entity with this id, by its label; NOT_FOUND when the graph has none (or it was merged away). */
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
      const { id: peekedId } = peekArticle(submission, settings.maxStatementsPerSubmission);
      // A repeated submission is answered without the lock or a validation: it passed when it was stored.
      if (peekedId !== undefined && (await database.read(articleState(peekedId), { counter: request.counter }))[0]?.contentHash === hash)
        return unchanged(peekedId);
      return suggestingNearestIds(database, submission, request, () =>
        inTransaction(request, 'submitArticle', async (run) => {
          // Under the lock, the graph cannot change between these checks and the write: the submission is checked
          // against the entities as they are (none merged or deleted meanwhile), and the same submission from
          // another client, stored while this one waited, is found here.
          const [state] = peekedId === undefined ? [] : await run(articleState(peekedId));
          if (state?.contentHash === hash) return unchanged(peekedId!);
          const loadSet = validateSubmission(submission, await knownGraph(run, referencesIn(submission)));
          const article = loadSet.articles[0]!;
          // The id read before validation: one that passes validation is a slug, which NFC leaves as it is.
          const articleId = article.meta.id;
          const declared = [...loadSet.registry.keys()];
          if (state?.exists && submission.replace !== true)
            throw new ConflictError(
              `The article "${articleId}" is in the graph with other content; submit with \`replace: true\` to replace it.`,
            );
          const summary = await storeArticle(run, article, loadSet.registry, hash);
          const statementsRemoved = asNumber(state?.claims);
          const auditId = await audit(run, request, {
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
            }),
          });
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

    retractArticle(articleId, reason, request) {
      return inTransaction(request, 'retractArticle', async (run) => {
        const [state] = await run(articleState(articleId));
        if (!state?.exists) throw new NotFoundError(`There is no article "${articleId}" in the graph.`);
        const summary = await retractArticle(run, articleId);
        const [unsourced] = await run(deleteUnsourcedEntities(labelsOfKind('registry')));
        const statementsRemoved = asNumber(state.claims);
        const auditId = await audit(run, request, {
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
      return inTransaction(request, 'rankClaim', async (run) => {
        const [claim] = await run(claimsById([claimId]));
        if (!claim) throw new NotFoundError(`There is no claim "${claimId}" in the graph.`);
        const statement = JSON.parse(String(claim.values)) as Statement;
        const previousRank = (statement.rank ?? 'normal').toUpperCase();
        const restated = await restateClaims(run, [
          { id: claimId, statement: { ...statement, rank: rank.toLowerCase() as Statement['rank'], rankReason: reason } },
        ]);
        const content = statementContent(statement);
        return judge(
          run,
          request,
          'rankClaim',
          {
            kind: 'RANK',
            about: [claimId],
            rank,
            previousRank,
            reason,
            undo: JSON.stringify({ rankReason: statement.rankReason ?? null, content }),
          },
          {
            articleId: claim.articleId,
            factsDerived: restated.facts,
          },
        );
      });
    },

    mergeEntities(keepId, mergeId, reason, request) {
      return inTransaction(request, 'mergeEntities', async (run) => {
        if (keepId === mergeId) throw new ConflictError('An entity cannot be merged into itself.');
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
        const claims = (await run(claimsMentioning(mergeId, label))).map((row) => {
          const { statement, paths } = substituteReferences(JSON.parse(String(row.values)) as Statement, mergeId, keepId);
          return { id: String(row.id), statement, paths };
        });
        const restated = await restateClaims(run, claims);
        const moved = linksOf(await run(registryRelationships(mergeId, label, 'IN')));
        await moveRelationships(run, moved, label, mergeId, keepId);
        const detached = linksOf(await run(registryRelationships(mergeId, label, 'OUT')));
        if (detached.length > 0) await run(deleteOutgoing(label, [...new Set(detached.map((link) => link.type))], [mergeId]));
        await run(relabel(mergeId, label, MERGED_LABEL, keepId));
        const undo: MergeUndo = {
          label,
          claims: claims.map(({ id, paths, statement }) => ({ id, paths, content: statementContent(statement) })),
          moved,
          detached,
        };
        return judge(
          run,
          request,
          'mergeEntities',
          { kind: 'SAME_AS', about: [keepId, mergeId], rank: null, previousRank: null, reason, undo: JSON.stringify(undo) },
          {
            claimsRestated: claims.length,
            relationshipsMoved: moved.length,
            factsDerived: restated.facts,
            factsDeleted: restated.deletedFacts,
          },
          claims.map((claim) => claim.id),
        );
      });
    },

    markDistinct(id, otherId, reason, request) {
      return inTransaction(request, 'markDistinct', async (run) => {
        if (id === otherId) throw new ConflictError('An entity is not distinct from itself.');
        const label = await entityLabel(run, id, 'id');
        if ((await entityLabel(run, otherId, 'otherId')) !== label)
          throw new ConflictError(`"${id}" and "${otherId}" are of different kinds: they are distinct already.`);
        return judge(
          run,
          request,
          'markDistinct',
          { kind: 'DISTINCT', about: [id, otherId], rank: null, previousRank: null, reason, undo: null },
          {},
        );
      });
    },

    undoJudgement(id, reason, request) {
      return inTransaction(request, 'undoJudgement', async (run) => {
        const judgement = judgementOf((await run(judgementById(id)))[0]);
        if (!judgement) throw new NotFoundError(`There is no judgement "${id}".`);
        if (judgement.undone)
          throw new ConflictError(`The judgement "${id}" was undone already (${judgement.undoneAt}, by ${judgement.undoneBy}).`);
        // Judgements are undone latest first: a later one that changed the same entities or claims was made on top.
        const [later] = await run(laterJudgement(id));
        if (later) throw new ConflictError(`Undo the later judgement "${String(later.id)}" about the same entities or claims first.`);
        let details: object = {};
        if (judgement.kind === 'RANK') {
          const [claim] = await run(claimsById(judgement.about));
          const { rankReason, content } = JSON.parse(judgement.undo ?? '{}') as { rankReason?: string | null; content?: string };
          const statement = claim ? (JSON.parse(String(claim.values)) as Statement) : undefined;
          // Only the claim the rank was given to: not one an article submitted again has brought since.
          if (statement && statementContent(statement) === content) {
            const previous = { ...statement, rank: judgement.previousRank!.toLowerCase() as Statement['rank'] };
            if (rankReason) previous.rankReason = rankReason;
            else delete previous.rankReason;
            details = { factsDerived: (await restateClaims(run, [{ id: String(judgement.about[0]), statement: previous }])).facts };
          } else details = { claimsLeftAlone: [judgement.about[0]], why: 'the claim is gone or says something else since' };
        } else if (judgement.kind === 'SAME_AS') {
          const [keepId, mergeId] = judgement.about as [string, string];
          const undo = JSON.parse(judgement.undo!) as MergeUndo;
          await run(relabel(mergeId, MERGED_LABEL, undo.label, null));
          await moveRelationships(run, undo.moved, undo.label, keepId, mergeId);
          for (const link of undo.detached)
            await run(mergeRelationships(link.type, undo.label, link.otherLabel, [{ from: mergeId, to: link.otherId }]));
          const recorded = new Map(undo.claims.map((claim) => [claim.id, claim]));
          // Only the claims the merge restated, still saying what they said then.
          const claims = (await run(claimsById([...recorded.keys()])))
            .map((row) => ({ id: String(row.id), statement: JSON.parse(String(row.values)) as Statement }))
            .filter(({ id, statement }) => statementContent(statement) === recorded.get(id)!.content)
            .map(({ id, statement }) => ({ id, statement: restoreReferences(statement, recorded.get(id)!.paths, keepId, mergeId) }));
          const restated = await restateClaims(run, claims);
          details = {
            claimsRestated: claims.length,
            claimsLeftAlone: undo.claims
              .map((claim) => claim.id)
              .filter((claimId) => !claims.some((restatedClaim) => restatedClaim.id === claimId)),
            factsDerived: restated.facts,
            factsDeleted: restated.deletedFacts,
          };
        }
        const auditId = await audit(run, request, {
          action: 'undoJudgement',
          articleId: null,
          judgementId: id,
          statementsAdded: 0,
          statementsRemoved: 0,
          details: JSON.stringify({ reason, ...details }),
        });
        const [undone] = await run(markUndone(id, request.key.name, reason));
        return { ...publicJudgement(judgementOf(undone)!), undoAuditId: auditId };
      });
    },
  };
}

/** Moves registry relationships from pointing at `fromId` to pointing at `toId`, one query per type and label. */
async function moveRelationships(run: Run, moved: RegistryLink[], label: NodeLabel, fromId: string, toId: string): Promise<void> {
  const groups = new Map<string, RegistryLink[]>();
  for (const row of moved) groups.set(`${row.type}|${row.otherLabel}`, [...(groups.get(`${row.type}|${row.otherLabel}`) ?? []), row]);
  for (const [key, rows] of groups) {
    const [type, otherLabel] = key.split('|') as [string, NodeLabel];
    await run(
      moveIncoming(
        type,
        otherLabel,
        label,
        rows.map((row) => ({ otherId: row.otherId, fromId, toId })),
      ),
    );
  }
}

/** The graph as `knownEntities` and `knownEvents` read it, as the validator takes it. */
async function knownGraph(run: Run, among?: ReturnType<typeof referencesIn>): Promise<KnownGraph> {
  const entities = await run(knownEntities(among));
  const events = await run(knownEvents(among?.ids));
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
  };
}

/**
 * The submission is validated against the part of the graph it can touch (what it names, its people's namesakes),
 * so that the cost does not grow with the graph and the write lock is held briefly. When a reference is unknown,
 * it is validated again against every entity, once the transaction has rolled back and freed the lock, so that
 * the problem names the nearest ids.
 */
async function suggestingNearestIds<T>(
  database: Database,
  submission: ArticleSubmission,
  request: WriteRequest,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof InvalidSubmissionError && error.problems.some((problem) => problem.message.includes('no such id'))) {
      const read = (query: CypherQuery) => database.read(query, { counter: request.counter });
      validateSubmission(submission, await knownGraph(read));
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

/**
 * What a write changed (src/statements/changes.ts), from what the builders declare their queries change: the
 * change feed's record of each write.
 */
import { describe, expect, it } from 'vitest';
import { deleteArticleClaims } from '../../src/db/cypher/claims.js';
import { deleteUnsourcedEntities, hideEntity, showEntity } from '../../src/db/cypher/entities.js';
import { createProvenance, createRelationships, deleteNodes, mergeNodes } from '../../src/db/cypher/merge.js';
import type { CypherQuery, Row } from '../../src/db/database.js';
import { ChangeSet, recording } from '../../src/statements/changes.js';

/** A run that answers each query with the rows given for it, as Neo4j would. */
function replay(answers: Map<CypherQuery, Row[]>) {
  return async (query: CypherQuery) => answers.get(query) ?? [];
}

describe('the changes of a write', () => {
  it('a node new to the graph is CREATED, one written again CHANGED, one deleted REMOVED', async () => {
    const merge = mergeNodes('Tenure', [
      { id: 'tenure:a--b', props: {} },
      { id: 'tenure:c--d', props: {} },
    ]);
    const removal = deleteNodes('Event', ['event:gone']);
    const changes = new ChangeSet();
    const run = recording(replay(new Map([[merge, [{ created: ['tenure:c--d'] }]]])), changes);
    await run(merge);
    await run(removal);
    await run(createProvenance('Person', [{ id: 'person:x', articleId: 'article:y', quote: 'q' }]));
    expect(changes.changes()).toEqual([
      { id: 'event:gone', change: 'REMOVED' },
      { id: 'person:x', change: 'CHANGED' },
      { id: 'tenure:a--b', change: 'CHANGED' },
      { id: 'tenure:c--d', change: 'CREATED' },
    ]);
  });

  it('made and removed within one write is not listed; removed and made again is CHANGED', () => {
    const changes = new ChangeSet();
    changes.note({ created: ['event:brief'] }, []);
    changes.note({ removed: ['event:brief', 'event:again'] }, []);
    changes.note({ created: ['event:again'] }, []);
    expect(changes.changes()).toEqual([{ id: 'event:again', change: 'CHANGED' }]);
  });

  it('lists entities, facts and articles, never claims; a relationship with the node it leaves', () => {
    const changes = new ChangeSet();
    changes.note(createRelationships('MENTIONS', 'Claim', 'Person', [{ from: 'claim:a/s1', to: 'person:x' }]).changes, []);
    changes.note(createRelationships('HELD_BY', 'Tenure', 'Person', [{ from: 'tenure:x--p', to: 'person:x' }]).changes, []);
    expect(changes.changes()).toEqual([{ id: 'tenure:x--p', change: 'CHANGED' }]);
  });

  it('takes what only the query finds from its answer: the quotes an article loses, the entities no article states', () => {
    const changes = new ChangeSet();
    const [, quotes] = deleteArticleClaims(['article:a']);
    changes.note(quotes!.changes, [{ citing: ['person:x', 'tenure:x--p', 'article:a'] }]);
    changes.note(deleteUnsourcedEntities(['Person']).changes, [{ deleted: 1, ids: ['person:orphan'] }]);
    expect(changes.changes()).toEqual([
      { id: 'article:a', change: 'CHANGED' },
      { id: 'person:orphan', change: 'REMOVED' },
      { id: 'person:x', change: 'CHANGED' },
      { id: 'tenure:x--p', change: 'CHANGED' },
    ]);
  });

  it('a merged entity, hidden from reads, is REMOVED; shown again when its merge is undone, CREATED', () => {
    const merge = new ChangeSet();
    merge.note(hideEntity('person:b', 'Person', 'person:a').changes, []);
    expect(merge.changes()).toEqual([{ id: 'person:b', change: 'REMOVED' }]);
    const undo = new ChangeSet();
    undo.note(showEntity('person:b', 'Person').changes, []);
    expect(undo.changes()).toEqual([{ id: 'person:b', change: 'CREATED' }]);
  });
});

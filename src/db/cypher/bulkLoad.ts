/**
 * The mark of a bulk load in progress. A bulk load of a large corpus is several transactions (src/load/loader.ts):
 * the marker is written before the first and deleted by the last, so that a load killed between two of them
 * leaves a graph that says it is half written, and the next load empties it and loads it again in bulk rather
 * than taking the committed steps for articles. A node of the record of writes (RECORD_LABELS), outside the model.
 */
import type { CypherQuery } from '../database.js';

export const BULK_LOAD_LABEL = 'BulkLoad';

export function createBulkLoadMarker(loadId: string): CypherQuery {
  return { cypher: `CREATE (:${BULK_LOAD_LABEL} {loadId: $loadId, at: datetime()})`, params: { loadId } };
}

export function deleteBulkLoadMarker(loadId: string): CypherQuery {
  return { cypher: `MATCH (marker:${BULK_LOAD_LABEL} {loadId: $loadId}) DELETE marker`, params: { loadId } };
}

/** Deletes every load's marker: the last step of emptying the graph (deleteBatch leaves them). */
export function deleteBulkLoadMarkers(): CypherQuery {
  return { cypher: `MATCH (marker:${BULK_LOAD_LABEL}) DELETE marker`, params: {} };
}

/** The loads whose marker is still there: bulk loads that did not finish. */
export function bulkLoadMarkers(): CypherQuery {
  return { cypher: `MATCH (marker:${BULK_LOAD_LABEL}) RETURN marker.loadId AS loadId`, params: {} };
}

/**
 * The worker thread that reads texts into drafts for `extractDraft` (draftPool.ts starts it): extraction is CPU
 * work of a tenth of a second or more per article, which on the main thread would hold every other request back.
 * It keeps the registry it was last sent, and answers each job with the draft or the error.
 */
import { parentPort } from 'node:worker_threads';
import { BadUserInputError } from '../errors.js';
import { extractDraft } from './answer.js';
import type { DraftJob, DraftOutcome } from './draftPool.js';
import type { Registry } from './registry.js';

let registry: Registry | undefined;

parentPort!.on('message', (job: DraftJob) => {
  if (job.registry) registry = job.registry;
  let outcome: DraftOutcome;
  try {
    outcome = { id: job.id, draft: extractDraft(job.args, registry!) };
  } catch (error) {
    const badInput = error instanceof BadUserInputError ? String(error.extensions.argumentName ?? '') : undefined;
    outcome = { id: job.id, error: { message: (error as Error).message, ...(badInput !== undefined ? { argument: badInput } : {}) } };
  }
  parentPort!.postMessage(outcome);
});

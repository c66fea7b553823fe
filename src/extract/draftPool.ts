/**
 * Worker threads for `extractDraft` (draftThread.ts): the main thread keeps serving reads while texts are read into
 * drafts. A small pool (one thread by default: the machine's other core is Neo4j's and the reads'), a queue in
 * front of it, each thread sent the registry only when it changed. A thread that dies (out of its heap bound) fails
 * its job and is replaced by the next one.
 */
import { Worker } from 'node:worker_threads';
import { BadUserInputError } from '../errors.js';
import type { DraftAnswer, DraftArgs } from './answer.js';
import type { Registry } from './registry.js';

export interface DraftJob {
  id: number;
  args: DraftArgs;
  /** Sent when the thread has an older registry (or none). */
  registry?: Registry;
}

export type DraftOutcome = { id: number; draft: DraftAnswer } | { id: number; error: { message: string; argument?: string } };

/** A thread's heap: extraction of the longest text a client may send takes a few tens of megabytes. */
const THREAD_HEAP_MB = 96;

/**
 * The thread's entry: the compiled draftThread.js beside this file, or, when the service runs from its TypeScript
 * sources (`npm start`, the tests), draftThread.ts with the TypeScript loader registered in the thread first.
 */
function startThread(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./draftThread.js', import.meta.url), options);
  const entry = JSON.stringify(new URL('./draftThread.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`, { ...options, eval: true });
}

interface Thread {
  worker: Worker;
  registryVersion: number | undefined;
  job: { id: number; resolve: (draft: DraftAnswer) => void; reject: (error: Error) => void } | undefined;
}

export class DraftPool {
  private readonly threads: Thread[] = [];
  private readonly queue: {
    args: DraftArgs;
    version: number;
    registry: Registry;
    resolve: (draft: DraftAnswer) => void;
    reject: (error: Error) => void;
  }[] = [];
  private nextId = 0;

  constructor(private readonly size: number) {}

  /** The draft of `args`, linked to `registry` (`version` tells the threads whether they hold it already). */
  draft(args: DraftArgs, version: number, registry: Registry): Promise<DraftAnswer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ args, version, registry, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the threads (the service stopping); queued jobs fail. */
  async close(): Promise<void> {
    for (const waiting of this.queue.splice(0)) waiting.reject(new Error('the service is stopping'));
    await Promise.all(this.threads.splice(0).map((thread) => thread.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((candidate) => candidate.job === undefined) ?? this.spawn();
      if (!thread) return;
      const { args, version, registry, resolve, reject } = this.queue.shift()!;
      const id = (this.nextId += 1);
      thread.job = { id, resolve, reject };
      const job: DraftJob = { id, args, ...(thread.registryVersion === version ? {} : { registry }) };
      thread.registryVersion = version;
      thread.worker.postMessage(job);
    }
  }

  private spawn(): Thread | undefined {
    if (this.threads.length >= this.size) return undefined;
    const thread: Thread = { worker: startThread(), registryVersion: undefined, job: undefined };
    // An idle thread does not keep the process alive.
    thread.worker.unref();
    thread.worker.on('message', (outcome: DraftOutcome) => {
      const job = thread.job;
      thread.job = undefined;
      if (job?.id === outcome.id) {
        if ('draft' in outcome) job.resolve(outcome.draft);
        else
          job.reject(
            outcome.error.argument !== undefined
              ? new BadUserInputError(outcome.error.message, outcome.error.argument)
              : new Error(outcome.error.message),
          );
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      this.threads.splice(this.threads.indexOf(thread), 1);
      thread.job?.reject(new Error(`the draft could not be made: ${error.message}`));
      thread.job = undefined;
      this.dispatch();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => {
      if (this.threads.includes(thread)) fail(new Error(`its thread stopped (exit code ${code})`));
    });
    this.threads.push(thread);
    return thread;
  }
}

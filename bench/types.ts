/** What a benchmark run records (bench/results/*.json), shared by the runner (run.ts) and the report (report.ts). */
import type { BenchParams } from './queries.js';
import type { GraphInfo } from './lib/benchNeo4j.js';
import type { Variant } from './servers/child.js';

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  rssMaxBytes: number;
  rssMedianBytes: number;
  /** CPU time of the server's process per request (user + system, from /proc): its own cost, whatever the latency. */
  cpuMsPerRequest: number;
}

export interface CellResult {
  query: string;
  variant: Variant;
  roundTrips: number;
  rounds: Measurement[];
  median: Measurement;
}

export interface BenchResults {
  date: string;
  graph: GraphInfo;
  params: BenchParams;
  settings: { duration: number; warmup: number; rounds: number; connections: number; maxOldSpaceMb?: number; serviceNodeFlags: string[] };
  machine: { cpuModel: string; cores: number; memoryGiB: number; loadAverageAtStart: string; loadAverageAtEnd: string };
  versions: Record<string, string>;
  checks: { query: string; sameData: boolean; note?: string; responseBytes?: Record<Variant, number> }[];
  cells: CellResult[];
  rssIdleBytes: Record<Variant, number>;
}

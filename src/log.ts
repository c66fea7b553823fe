/** JSON lines on stderr: one object per event, so that logs can be searched by requestId. */
import { configuredLogLevel } from './config.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  /** One line per request: off unless LOG_LEVEL=debug, since a synchronous write per request costs throughput. */
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function write(level: string, message: string, fields: LogFields = {}): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
}

const debugEnabled = configuredLogLevel() === 'debug';

export const jsonLogger: Logger = {
  debug: (message, fields) => {
    if (debugEnabled) write('debug', message, fields);
  },
  info: (message, fields) => write('info', message, fields),
  warn: (message, fields) => write('warn', message, fields),
  error: (message, fields) => write('error', message, fields),
};

/** For tests that want quiet output but still see errors. */
export const errorsOnlyLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: jsonLogger.error };

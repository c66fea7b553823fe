/**
 * Runs the FollowTheMoney validator (test/support/ftm_validate.py) with the `followthemoney` package itself, from
 * the virtual environment `npm run setup:ftm` makes (.venv-ftm; FTM_PYTHON names another interpreter).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

export const FTM_PYTHON = process.env.FTM_PYTHON ?? '.venv-ftm/bin/python';

export interface FtmReport {
  schemata: Record<string, number>;
  entities: number;
  statements: number | null;
  problems: string[];
}

export async function validateFtm(entitiesFile: string, statementsFile?: string): Promise<FtmReport> {
  if (!existsSync(FTM_PYTHON))
    throw new Error(`${FTM_PYTHON} is missing: run \`npm run setup:ftm\` (Python 3.10+) to install followthemoney for the export tests`);
  const args = ['test/support/ftm_validate.py', entitiesFile, ...(statementsFile ? [statementsFile] : [])];
  try {
    const { stdout } = await promisify(execFile)(FTM_PYTHON, args, { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as FtmReport;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    // Exit 1 with a report: the problems are the answer.
    if (stdout?.startsWith('{')) return JSON.parse(stdout) as FtmReport;
    throw error;
  }
}

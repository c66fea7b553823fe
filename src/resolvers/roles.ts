/**
 * Questions across posts: who held a role (every province's chairman) on a date, in a place as it was then, and
 * the grid of a role by place and year (Query.officeHolders with `roleId`, Query.roleGrid). Arguments are checked
 * here; the Cypher is in src/db/cypher/roles.ts.
 */
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { projectionRenderer } from '../db/cypher/projection.js';
import { placesOnDate, roleGridQuery, roleHoldersQuery } from '../db/cypher/roles.js';
import type { RequestContext } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { RECORD_KEYS, type NodeRecord, type RoleGridCellRecord, type RoleGridRecord, type RoleGridRowRecord } from '../graph.js';
import { labelOfId } from '../model/index.js';
import { isIsoDate } from '../text/isoDate.js';
import { planNode } from './lookahead.js';

/** How many years one grid may span: a decade or three of a role's history, a bounded answer. */
export const MAX_GRID_YEARS = 30;

/** The places `placeId` means on `on`: itself, or those it replaced (formed later), or what replaced it (ceased before). */
async function placesMeant(context: RequestContext, placeId: string, on: string): Promise<string[]> {
  const [row] = await context.database.read(placesOnDate(placeId, on), { counter: context.queryCounter });
  if (!row) return [];
  const before = (row.before as string[]) ?? [];
  const after = (row.after as string[]) ?? [];
  return before.length > 0 ? before : after.length > 0 ? after : [placeId];
}

export async function roleHolders(
  args: { roleId: string; placeId?: string | null; on?: string | null; includePossible?: boolean | null },
  context: RequestContext,
  info: GraphQLResolveInfo,
): Promise<NodeRecord[]> {
  if (labelOfId(args.roleId) !== 'Role')
    throw new BadUserInputError('`roleId` must be the id of a role, e.g. "role:chu-tich-ubnd-tinh".', 'roleId');
  if (!args.on) throw new BadUserInputError('`on` is required with `roleId`: the holders of a role on a date.', 'on');
  if (args.placeId && labelOfId(args.placeId) !== 'Place')
    throw new BadUserInputError('`placeId` must be the id of a place, e.g. "place:tinh-quang-tri".', 'placeId');
  const places = args.placeId ? await placesMeant(context, args.placeId, args.on) : null;
  const renderTenure = projectionRenderer(planNode(info, info.fieldNodes, getNamedType(info.returnType)));
  const query = roleHoldersQuery(args.roleId, args.on, places, args.includePossible === false, renderTenure);
  const [row] = await context.database.read(query, { counter: context.queryCounter });
  return (row?.items ?? []) as NodeRecord[];
}

/** A cell's status: the place did not exist that day, or someone held it for certain, possibly, or nobody known. */
function statusOf(day: string, begins: string | null, ceases: string | null, holders: readonly NodeRecord[]): RoleGridCellRecord['status'] {
  if ((begins !== null && day < begins) || (ceases !== null && day >= ceases)) return 'NOT_IN_EXISTENCE';
  if (holders.some((holder) => holder[RECORD_KEYS.certainty] === 'CERTAIN')) return 'CERTAIN';
  return holders.length > 0 ? 'POSSIBLE' : 'UNKNOWN';
}

/** A cell's holders: those in office for certain first, then by the first day each may have begun, then by id. */
function byCertaintyThenStart(a: NodeRecord, b: NodeRecord): number {
  const certain = (tenure: NodeRecord) => (tenure[RECORD_KEYS.certainty] === 'CERTAIN' ? 0 : 1);
  const from = (tenure: NodeRecord) => String(tenure.possibleFrom ?? '');
  return certain(a) - certain(b) || from(a).localeCompare(from(b)) || a.id.localeCompare(b.id);
}

export async function roleGrid(
  args: { roleId: string; fromYear: number; toYear: number; day?: string | null },
  context: RequestContext,
): Promise<RoleGridRecord> {
  if (labelOfId(args.roleId) !== 'Role')
    throw new BadUserInputError('`roleId` must be the id of a role, e.g. "role:chu-tich-ubnd-tinh".', 'roleId');
  const day = args.day ?? '07-01';
  if (!/^\d{2}-\d{2}$/.test(day) || !isIsoDate(`2000-${day}`))
    throw new BadUserInputError('`day` must be a day of the year, MM-DD (e.g. "07-01").', 'day');
  const { fromYear, toYear } = args;
  if (toYear < fromYear || toYear - fromYear + 1 > MAX_GRID_YEARS || !isIsoDate(`${fromYear}-01-01`) || !isIsoDate(`${toYear}-01-01`))
    throw new BadUserInputError(`\`fromYear\`…\`toYear\` must span 1 to ${MAX_GRID_YEARS} years of 1900–2100, in order.`, 'toYear');
  const role = await context.loaders.node.load(args.roleId);
  if (!role) throw new BadUserInputError(`There is no role "${args.roleId}".`, 'roleId');
  const years = Array.from({ length: toYear - fromYear + 1 }, (_unused, index) => fromYear + index);
  // 29 February of a year without one is its 1 March.
  const dayOf = (year: number) => (isIsoDate(`${year}-${day}`) ? `${year}-${day}` : `${year}-03-01`);
  const rows = await context.database.read(roleGridQuery(args.roleId, years.map(dayOf)), { counter: context.queryCounter });
  const coverage = { certain: 0, possible: 0, unknown: 0, total: 0 };
  const gridRows = rows.map((row): RoleGridRowRecord => {
    const cells = (row.cells as { day: string; holders: NodeRecord[] }[]).map((cell, index) => {
      const status = statusOf(cell.day, (row.begins as string | null) ?? null, (row.ceases as string | null) ?? null, cell.holders);
      if (status !== 'NOT_IN_EXISTENCE') {
        coverage.total += 1;
        coverage[status === 'CERTAIN' ? 'certain' : status === 'POSSIBLE' ? 'possible' : 'unknown'] += 1;
      }
      return {
        year: years[index]!,
        date: cell.day,
        status,
        holders: status === 'NOT_IN_EXISTENCE' ? [] : [...cell.holders].sort(byCertaintyThenStart),
      };
    });
    return { place: row.place as NodeRecord, cells };
  });
  return { role, day, years, rows: gridRows, coverage };
}

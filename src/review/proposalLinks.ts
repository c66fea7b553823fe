/**
 * A new entity proposed by several drafts is created once: once one draft that proposes it is submitted, or when
 * the graph holds it by another way, every other draft that proposes it names the graph's instead. The drafts are
 * not rewritten (the graph moves on after they are stored); they are read with each proposal linked to the graph's
 * entity that is the same: the one with its id, else the only one of its kind with its folded name that holds a
 * post the draft gives the person (a post: that belongs to its organization). Two or more such namesakes link to
 * none: the editor chooses among the candidates.
 */
import type { ProposalLookup } from '../db/cypher/drafts.js';
import type { DraftAnswer } from '../extract/answer.js';
import { labelsOfKind, nodeSpec } from '../model/index.js';
import { foldText } from '../text/fold.js';

const LABEL_OF_COLLECTION = new Map(labelsOfKind('registry').map((label) => [nodeSpec(label).collection, label]));

/** What the graph is asked about each proposal: its id, label, folded name, the posts a person holds in the draft. */
export function proposalLookups(extraction: Pick<DraftAnswer, 'statements' | 'proposed'>): ProposalLookup[] {
  const statements = extraction.statements.map((statement) => JSON.parse(statement.json) as Record<string, unknown>);
  return extraction.proposed.flatMap((proposal) => {
    const label = LABEL_OF_COLLECTION.get(proposal.collection);
    if (label === undefined) return [];
    const entry = JSON.parse(proposal.json) as Record<string, unknown>;
    return [
      {
        id: proposal.id,
        label,
        folded: nodeSpec(label).nameProperty === undefined ? null : foldText(proposal.name),
        posts: statements
          .filter((statement) => statement.kind === 'holds' && statement.person === proposal.id)
          .map((statement) => String(statement.position)),
        organization: typeof entry.organization === 'string' ? entry.organization : null,
      },
    ];
  });
}

/** The graph's entity each proposal is linked to: the one with its id, else its only namesake of the same post. */
export function proposalLinks(matches: readonly { proposal: string; id: string; byId: boolean }[]): Map<string, string> {
  const links = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  for (const match of matches)
    if (match.byId) links.set(match.proposal, match.id);
    else byName.set(match.proposal, (byName.get(match.proposal) ?? new Set()).add(match.id));
  for (const [proposal, ids] of byName) if (!links.has(proposal) && ids.size === 1) links.set(proposal, [...ids][0]!);
  return links;
}

/** The extraction with each proposal's `linkedTo`: the graph's entity, or null when it is still to be created. */
export function withLinks<T extends Pick<DraftAnswer, 'proposed'>>(
  extraction: T,
  links: ReadonlyMap<string, string>,
): Omit<T, 'proposed'> & { proposed: (T['proposed'][number] & { linkedTo: string | null })[] } {
  return { ...extraction, proposed: extraction.proposed.map((proposal) => ({ ...proposal, linkedTo: links.get(proposal.id) ?? null })) };
}

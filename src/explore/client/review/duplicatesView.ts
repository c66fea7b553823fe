/**
 * Beside the queue: people of the graph that may be one (the same folded name, a post or a place in common), each
 * settled by the existing judgements, `mergeEntities` (an admin's key) or `markDistinct`, with the editor's reason.
 */
import { ApiError, requestWithKey } from '../api.js';
import { h } from '../dom.js';
import type { Words } from '../i18n.js';
import { DuplicateCandidatesQuery, MarkDistinctMutation, MergeEntitiesMutation } from './operations.js';
import { ask, storedKey } from './session.js';

export async function duplicatesPanel(w: Words, refresh: () => void): Promise<HTMLElement> {
  const r = w.review;
  const { duplicateCandidates } = await ask(DuplicateCandidatesQuery, {});
  const pairs = duplicateCandidates.map(({ people: [one, other], sharedPosts, sharedPlaces }) => {
    const reason = h('input', { type: 'text', name: 'reason', required: true, placeholder: r.reason, 'aria-label': r.reason });
    const outcome = h('p', { class: 'hint', role: 'status' });
    /**
     * A judgement, with the key as stored but not through `ask`: a 403 here (an editor asking for a merge, which is
     * an admin's) says what key it needs, and must not make the desk forget the editor's key.
     */
    const judge = async (judgement: 'merge' | 'distinct') => {
      const because = (reason as HTMLInputElement).value.trim();
      if (because === '') {
        outcome.textContent = r.reasonNeeded;
        return;
      }
      try {
        if (judgement === 'merge')
          await requestWithKey(storedKey() ?? '', MergeEntitiesMutation, { keepId: one!.id, mergeId: other!.id, reason: because });
        else await requestWithKey(storedKey() ?? '', MarkDistinctMutation, { id: one!.id, otherId: other!.id, reason: because });
        refresh();
      } catch (error) {
        outcome.textContent = error instanceof ApiError && error.status === 403 ? r.mergeNeedsAdmin : (error as Error).message;
      }
    };
    return h(
      'li',
      { 'data-duplicate': `${one!.id} ${other!.id}` },
      h('strong', {}, one!.name),
      ` (${one!.id}) · `,
      h('strong', {}, other!.name),
      ` (${other!.id})`,
      h('p', { class: 'hint' }, [...sharedPosts, ...sharedPlaces].join(' · ')),
      reason,
      ' ',
      h('button', { type: 'button', 'data-judge': 'merge', onclick: (() => void judge('merge')) as EventListener }, r.merge),
      ' ',
      h('button', { type: 'button', 'data-judge': 'distinct', onclick: (() => void judge('distinct')) as EventListener }, r.markDistinct),
      outcome,
    );
  });
  return h(
    'section',
    { class: 'panel review-duplicates', 'aria-label': r.duplicates },
    h('h2', {}, r.duplicates),
    pairs.length === 0 ? h('p', { class: 'empty' }, r.noDuplicates) : h('ul', {}, pairs),
  );
}

/**
 * One draft under review: its text with every statement's quotes marked and the unread sentences marked apart, the
 * statements beside it to accept, edit or reject (keys j/k, a, e, r), their dates with precision and the reason
 * for an inferred part, a statement added from a selected passage (n), the proposed entities created or linked to
 * one of the graph's, the validator's problems as the editor goes (`checkArticle`, the rules of `submitArticle`),
 * and the one `submitArticle` or the draft's rejection. Every piece of the draft (its text, quotes, names) is put
 * on the page as text, never as HTML.
 */
import { ApiError } from '../api.js';
import { fill, h } from '../dom.js';
import type { Words } from '../i18n.js';
import type { DraftQuery as DraftQueryResult } from '../../generated/graphql.js';
import { piecesOf, spansOf } from './marks.js';
import { CheckArticleQuery, DraftQuery, PersonCandidatesQuery, RejectDraftMutation, SubmitReviewedMutation } from './operations.js';
import {
  dateFields,
  linkProposal,
  problemStatement,
  rankCandidates,
  setDate,
  submissionOf,
  withPrecision,
  type Decision,
  type Precision,
  type Proposal,
  type RankedCandidate,
  type ReviewItem,
} from './review.js';
import { ask } from './session.js';

type Draft = NonNullable<DraftQueryResult['draft']>;
interface Problem {
  input: string;
  path: string;
  message: string;
}

/** How long the editor pauses before the draft is checked again: a check per keystroke would queue dozens. */
const CHECK_DELAY_MS = 400;
const KINDS = ['holds', 'name', 'event', 'participates', 'organizes', 'presents'];

/** The key listener of the draft on the page: one at a time, replaced when another draft opens. */
let detachKeys: (() => void) | undefined;

export async function draftView(view: HTMLElement, id: string, w: Words): Promise<void> {
  detachKeys?.();
  const r = w.review;
  const { draft } = await ask(DraftQuery, { id });
  if (!draft) {
    fill(view, h('p', { class: 'error' }, w.notFound));
    return;
  }
  let items: ReviewItem[] = draft.extraction.statements.map((statement) => ({
    id: statement.id,
    kind: statement.kind,
    rule: statement.rule,
    confidence: statement.confidence,
    value: JSON.parse(statement.json) as Record<string, unknown>,
    decision: 'pending',
  }));
  let proposals: Proposal[] = draft.extraction.proposed.map((proposal) => ({
    id: proposal.id,
    collection: proposal.collection,
    name: proposal.name,
    entry: JSON.parse(proposal.json) as Record<string, unknown>,
    linkedTo: null,
  }));
  // A proposal the graph holds since (another draft created it) is linked as the editor would link it.
  for (const proposal of draft.extraction.proposed)
    if (proposal.linkedTo) ({ items, proposals } = linkProposal(items, proposals, proposal.id, proposal.linkedTo));
  let selected = 0;
  // The statement whose JSON is open in the editor, and what was typed there: a check's answer renders the page
  // again while the editor types, and must not put the statement's JSON back over what was typed.
  let editing: string | null = null;
  let typed: { text: string; kind: string } | null = null;
  const edit = (id: string | null) => {
    editing = id;
    typed = null;
  };
  let problems: Problem[] = [];
  let outcome: HTMLElement | null = null;
  let candidates: { proposal: string; hits: RankedCandidate[] } | null = null;
  const source = { id: draft.id, text: draft.text, articleJson: draft.extraction.json };

  const textPanel = h('div', { class: 'review-text', 'data-testid': 'draft-text', lang: 'vi' });
  const side = h('div', { class: 'review-side' });
  fill(
    view,
    h('p', {}, h('a', { href: '#/' }, r.back)),
    h('h1', {}, draft.publisher ?? draft.id, draft.published ? ` · ${draft.published}` : ''),
    decidedNote(draft, w),
    h('div', { class: 'review-draft' }, h('section', { 'aria-label': r.text }, h('h2', {}, r.text), legend(w), textPanel), side),
  );
  const pending = draft.status === 'PENDING';

  function renderText(): void {
    const quotes = [
      ...items
        .filter((item) => item.decision !== 'rejected')
        .flatMap((item) => quotesOf(item).map((quote) => ({ statement: item.id, quote }))),
      ...draft!.extraction.unread.map((unread) => ({ statement: null, quote: unread.quote })),
    ];
    const current = items[selected]?.id;
    textPanel.replaceChildren(
      ...piecesOf(draft!.text, spansOf(draft!.text, quotes)).map((piece) => {
        // Each piece is a text node: the draft's text is never parsed as HTML.
        if (piece.statements.length > 0)
          return h(
            'mark',
            { class: piece.statements.includes(current ?? '') ? 'quote current' : 'quote', 'data-statements': piece.statements.join(' ') },
            piece.text,
          );
        if (piece.unread) return h('span', { class: 'unread', title: r.unreadLegend }, piece.text);
        return document.createTextNode(piece.text);
      }),
    );
  }

  function render(): void {
    renderText();
    const undecided = items.filter((item) => item.decision === 'pending').length;
    const general = problems.filter((problem) => problemStatement(checkedItems(), problem) === null);
    fill(
      side,
      h('h2', {}, r.statements),
      pending ? h('p', { class: 'hint' }, r.keys) : null,
      h(
        'ol',
        { class: 'review-statements' },
        items.map((item, index) => statementCard(item, index)),
      ),
      pending
        ? h('button', { type: 'button', class: 'review-add', onclick: (() => addFromSelection()) as EventListener }, r.addFromSelection)
        : null,
      entitiesPanel(),
      pending
        ? h(
            'section',
            { class: 'panel', 'aria-label': r.problems },
            h('h3', {}, r.problems),
            problems.length === 0
              ? h('p', { class: 'hint', 'data-testid': 'no-problems' }, r.noProblems)
              : h(
                  'ul',
                  { class: 'error', 'data-testid': 'problems' },
                  general.map((problem) => h('li', {}, `${problem.input}: ${problem.path}: ${problem.message}`)),
                ),
            undecided > 0 ? h('p', { class: 'hint', 'data-testid': 'undecided' }, r.undecided(undecided)) : null,
            h(
              'button',
              { type: 'button', class: 'review-submit', disabled: undecided > 0, onclick: (() => void submit()) as EventListener },
              r.submit,
            ),
            h(
              'form',
              {
                class: 'review-reject',
                onsubmit: ((event: Event) => {
                  event.preventDefault();
                  const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
                  if (reason !== '') void reject(reason);
                }) as EventListener,
              },
              h('label', {}, r.rejectReason, ' ', h('input', { name: 'reason', required: true })),
              ' ',
              h('button', { type: 'submit' }, r.rejectDraft),
            ),
            outcome,
          )
        : null,
    );
  }

  function statementCard(item: ReviewItem, index: number): HTMLElement {
    const mine = problems.filter((problem) => problemStatement(checkedItems(), problem) === item.id);
    const decide = (decision: Decision) => () => {
      selected = index;
      setDecision(item.id, decision);
    };
    const card = h(
      'li',
      {
        class: `review-statement decision-${item.decision}${index === selected ? ' selected' : ''}`,
        'data-statement': item.id,
        'aria-current': index === selected ? 'true' : null,
        onclick: ((event: Event) => {
          // A click in a field or on a button is its own: re-rendering the card under it would lose what it types.
          if ((event.target as Element).closest('input, select, textarea, button') || selected === index) return;
          selected = index;
          render();
        }) as EventListener,
      },
      h(
        'p',
        { class: 'review-statement-head' },
        h('strong', {}, item.kind),
        ' ',
        h('span', { class: 'hint' }, item.rule ?? '', item.confidence === null ? '' : ` · ${item.confidence.toFixed(2)}`),
        ' ',
        h('span', { class: 'review-decision' }, r.decisions[item.decision]),
      ),
      h('p', { class: 'review-summary' }, summary(item.value)),
      quotesOf(item)
        .filter((quote) => !draft!.text.includes(quote))
        .map(() => h('p', { class: 'error' }, r.quoteMissing)),
      editing === item.id ? editor(item) : dateEditors(item),
      mine.length > 0
        ? h(
            'ul',
            { class: 'error' },
            mine.map((problem) => h('li', {}, `${problem.path}: ${problem.message}`)),
          )
        : null,
      pending
        ? h(
            'p',
            { class: 'review-actions' },
            h(
              'button',
              { type: 'button', onclick: decide(item.decision === 'added' ? 'added' : 'accepted') as EventListener },
              r.accept,
              ' (a)',
            ),
            h(
              'button',
              {
                type: 'button',
                onclick: (() => {
                  selected = index;
                  edit(item.id);
                  render();
                }) as EventListener,
              },
              r.edit,
              ' (e)',
            ),
            h('button', { type: 'button', onclick: decide('rejected') as EventListener }, r.reject, ' (r)'),
          )
        : null,
    );
    return card;
  }

  function editor(item: ReviewItem): HTMLElement {
    const area = h('textarea', { class: 'review-json', rows: 10, 'aria-label': r.edit, spellcheck: false });
    area.value = typed?.text ?? JSON.stringify(item.value, null, 2);
    const error = h('p', { class: 'error' });
    const kind = h(
      'select',
      { 'aria-label': r.kind },
      KINDS.map((value) => h('option', { value, selected: value === (typed?.kind ?? item.kind) }, value)),
    );
    const keep = () => {
      typed = { text: area.value, kind: kind.value };
    };
    area.addEventListener('input', keep);
    kind.addEventListener('change', keep);
    queueMicrotask(() => area.focus());
    return h(
      'div',
      { class: 'review-editor' },
      item.decision === 'added' ? h('label', {}, r.kind, ' ', kind) : null,
      area,
      error,
      h(
        'button',
        {
          type: 'button',
          onclick: (() => {
            try {
              const value = JSON.parse(area.value) as Record<string, unknown>;
              if (item.decision === 'added') value.kind = kind.value;
              update(item.id, { value, kind: String(value.kind ?? item.kind), decision: item.decision === 'added' ? 'added' : 'edited' });
              edit(null);
              changed();
            } catch (failure) {
              error.textContent = r.invalidJson + (failure as Error).message;
            }
          }) as EventListener,
        },
        r.save,
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: (() => {
            edit(null);
            render();
          }) as EventListener,
        },
        r.cancel,
      ),
    );
  }

  function dateEditors(item: ReviewItem): HTMLElement | null {
    const fields = dateFields(item.value);
    if (fields.length === 0) return null;
    return h(
      'fieldset',
      { class: 'review-dates', disabled: !pending },
      h('legend', {}, r.dates),
      fields.map((field) => {
        const name = field.path.join('.');
        const value = h('input', { 'aria-label': `${r.date} ${name}`, 'data-date': name, value: field.value, size: 12 });
        const precision = h(
          'select',
          { 'aria-label': `${r.precision} ${name}`, 'data-precision': name },
          (['day', 'month', 'year'] as const).map((option) =>
            h('option', { value: option, selected: option === field.precision }, r.precisions[option]),
          ),
        );
        const inferred = h('input', { 'aria-label': `${r.inferred} ${name}`, 'data-inferred': name, value: field.inferred, size: 40 });
        // Saved as one, on Enter or the button: a date, its precision and its reason are one decision.
        return h(
          'form',
          {
            class: 'review-date',
            'data-date-form': name,
            onsubmit: ((event: Event) => {
              event.preventDefault();
              const cut = withPrecision(value.value.trim(), precision.value as Precision);
              update(item.id, {
                value: setDate(item.value, field.path, cut, inferred.value),
                decision: item.decision === 'added' ? 'added' : 'edited',
              });
              changed();
            }) as EventListener,
          },
          h('code', {}, name),
          ' ',
          value,
          ' ',
          precision,
          ' ',
          h('label', {}, r.inferred, ' ', inferred),
          ' ',
          h('button', { type: 'submit' }, r.save),
        );
      }),
    );
  }

  function entitiesPanel(): HTMLElement | null {
    if (proposals.length === 0) return null;
    return h(
      'section',
      { class: 'panel', 'aria-label': r.entities },
      h('h3', {}, r.entities),
      h(
        'ul',
        { class: 'review-entities' },
        proposals.map((proposal) =>
          h(
            'li',
            { 'data-proposal': proposal.id },
            h('strong', {}, proposal.name),
            ` (${proposal.collection}) `,
            h('span', { class: 'hint' }, proposal.linkedTo ? r.linked(proposal.linkedTo) : r.created),
            pending && proposal.collection === 'people'
              ? h('button', { type: 'button', onclick: (() => void findCandidates(proposal)) as EventListener }, r.linkTo)
              : null,
            candidates?.proposal === proposal.id
              ? candidates.hits.length === 0
                ? h('p', { class: 'hint' }, r.noCandidates)
                : h(
                    'ol',
                    { class: 'review-candidates', 'aria-label': r.candidates },
                    candidates.hits.map((hit) =>
                      h(
                        'li',
                        {},
                        h(
                          'button',
                          {
                            type: 'button',
                            'data-candidate': hit.id,
                            onclick: (() => {
                              ({ items, proposals } = linkProposal(items, proposals, proposal.id, hit.id));
                              candidates = null;
                              changed();
                            }) as EventListener,
                          },
                          hit.name,
                        ),
                        ' ',
                        hit.namesake ? h('span', { class: 'review-namesake', 'data-namesake': 'true' }, r.namesake) : null,
                        ' ',
                        hit.sharedPosts.length > 0 ? h('strong', { class: 'review-shared' }, r.samePost(hit.sharedPosts.join(', '))) : null,
                        ' ',
                        hit.sharedOrganizations.length > 0
                          ? h('span', { class: 'review-shared' }, r.sameOrganization(hit.sharedOrganizations.join(', ')))
                          : null,
                        ' ',
                        hit.sameProvince && draft!.province ? h('span', { class: 'review-shared' }, r.sameProvince) : null,
                        ' ',
                        h('span', { class: 'hint' }, [hit.id, ...new Set(hit.posts.map((post) => post.title))].join(' · ')),
                      ),
                    ),
                  )
              : null,
          ),
        ),
      ),
    );
  }

  async function findCandidates(proposal: Proposal): Promise<void> {
    const { search } = await ask(PersonCandidatesQuery, { text: proposal.name });
    candidates = {
      proposal: proposal.id,
      hits: rankCandidates(
        search.flatMap(({ node }) =>
          node.__typename === 'Person'
            ? [
                {
                  id: node.id,
                  name: node.name,
                  aliases: node.aliases,
                  posts: node.tenures.map(({ position }) => ({
                    id: position.id,
                    title: position.title,
                    organization: position.organization
                      ? { ...position.organization, place: position.organization.jurisdiction?.name ?? null }
                      : null,
                  })),
                },
              ]
            : [],
        ),
        { name: proposal.name, items, proposals, province: draft!.province ?? null },
      ),
    };
    render();
  }

  function update(itemId: string, change: Partial<ReviewItem>): void {
    items = items.map((item) => (item.id === itemId ? { ...item, ...change } : item));
  }

  function setDecision(itemId: string, decision: Decision): void {
    const item = items.find((candidate) => candidate.id === itemId);
    // An edited statement accepted stays edited: what is submitted is the edit.
    update(itemId, { decision: decision === 'accepted' && item?.decision === 'edited' ? 'edited' : decision });
    changed();
  }

  function addFromSelection(): void {
    const selection = window.getSelection();
    const quote = selection && textPanel.contains(selection.anchorNode) ? selection.toString().trim() : '';
    if (quote === '') {
      outcome = h('p', { class: 'error', role: 'alert' }, r.selectFirst);
      render();
      return;
    }
    let number = 1;
    while (items.some((item) => item.id === `added-${number}`)) number += 1;
    const id = `added-${number}`;
    items = [
      ...items,
      { id, kind: 'holds', rule: null, confidence: null, value: { id, kind: 'holds', quotes: [quote] }, decision: 'added' },
    ];
    selected = items.length - 1;
    edit(id);
    selection?.removeAllRanges();
    changed();
  }

  /** What the validator is asked about: every statement not rejected, the undecided ones as if kept. */
  function checkedItems(): ReviewItem[] {
    return items.map((item) => (item.decision === 'pending' ? { ...item, decision: 'accepted' } : item));
  }

  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let checks = 0;
  function changed(): void {
    render();
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void check(), CHECK_DELAY_MS);
  }

  async function check(): Promise<void> {
    const mine = (checks += 1);
    view.dataset.checking = 'true';
    try {
      const { checkArticle } = await ask(CheckArticleQuery, { input: submissionOf(source, checkedItems(), proposals) });
      if (mine !== checks) return;
      problems = checkArticle;
    } catch (error) {
      if (mine !== checks) return;
      problems = problemsOf(error);
    }
    delete view.dataset.checking;
    render();
  }

  async function submit(): Promise<void> {
    try {
      const { submitArticle } = await ask(SubmitReviewedMutation, { input: submissionOf(source, items, proposals) });
      outcome = h('p', { class: 'review-done', role: 'status' }, r.submittedAs(submitArticle.article.id));
      window.removeEventListener('keydown', onKey);
      await draftView(view, draft!.id, w);
      view.append(outcome);
    } catch (error) {
      problems = problemsOf(error);
      outcome = h('p', { class: 'error', role: 'alert' }, (error as Error).message);
      render();
    }
  }

  async function reject(reason: string): Promise<void> {
    try {
      await ask(RejectDraftMutation, { id: draft!.id, reason });
      window.removeEventListener('keydown', onKey);
      await draftView(view, draft!.id, w);
    } catch (error) {
      outcome = h('p', { class: 'error', role: 'alert' }, (error as Error).message);
      render();
    }
  }

  function onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!pending || event.ctrlKey || event.metaKey || event.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const item = items[selected];
    const actions: Record<string, () => void> = {
      j: () => {
        selected = Math.min(items.length - 1, selected + 1);
        render();
      },
      k: () => {
        selected = Math.max(0, selected - 1);
        render();
      },
      a: () => item && setDecision(item.id, item.decision === 'added' ? 'added' : 'accepted'),
      r: () => item && setDecision(item.id, 'rejected'),
      e: () => {
        if (!item) return;
        edit(item.id);
        render();
      },
      n: addFromSelection,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
    side.querySelector('.review-statement.selected')?.scrollIntoView({ block: 'nearest' });
  }
  window.addEventListener('keydown', onKey);
  detachKeys = () => window.removeEventListener('keydown', onKey);
  render();
  if (pending) void check();
}

function quotesOf(item: ReviewItem): string[] {
  return Array.isArray(item.value.quotes) ? item.value.quotes.filter((quote): quote is string => typeof quote === 'string') : [];
}

/** A statement's fields but its id, kind and quotes, as one line: what it says, at a glance. */
function summary(value: Record<string, unknown>): string {
  return Object.entries(value)
    .filter(([key]) => !['id', 'kind', 'quotes'].includes(key))
    .map(([key, field]) => `${key}: ${typeof field === 'string' ? field : JSON.stringify(field)}`)
    .join(' · ');
}

/** A refused submission's problems; any other failure as one problem of the whole, never silently none. */
function problemsOf(error: unknown): Problem[] {
  const problems = error instanceof ApiError ? error.errors.flatMap((failure) => failure.extensions?.problems ?? []) : [];
  return problems.length > 0 ? problems : [{ input: 'request', path: '$', message: (error as Error).message }];
}

function legend(w: Words): HTMLElement {
  return h(
    'p',
    { class: 'hint' },
    h('mark', { class: 'quote' }, w.review.statements),
    ' ',
    h('span', { class: 'unread' }, w.review.unreadLegend),
  );
}

function decidedNote(draft: Draft, w: Words): HTMLElement | null {
  const r = w.review;
  if (draft.status === 'PENDING') return null;
  return h(
    'p',
    { class: 'panel', role: 'status', 'data-testid': 'decided' },
    draft.status === 'SUBMITTED' ? r.submittedAs(draft.submittedAs ?? '') : `${r.draftRejected} ${draft.reason ?? ''}`,
    draft.decidedBy ? ` (${r.decidedBy(draft.decidedBy)})` : '',
  );
}

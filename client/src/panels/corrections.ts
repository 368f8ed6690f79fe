import { api, CorrectionRecord, SearchHit } from '../api';
import { asEditor, credentials, editingEnabled } from '../edit-session';
import { el } from '../dom';
import { attachSuggestions } from '../search';
import { formatDate } from '../style';
import { factPhrase } from '../journalist-words';

/** What the page does after a correction: the canvas shows the graph as it now is. */
export type CorrectionDone = (ids: string[]) => void;

interface Target {
  id: string;
  name: string;
  label: string;
  aliases: string[];
}

const describe = ({ change }: CorrectionRecord): string => {
  switch (change.kind) {
    case 'merge':
      return `Merged “${change.absorb.name}” into “${change.keep.name}”`;
    case 'split':
      return `Split “${change.alias}” off into its own entity`;
    case 'reject':
      return `Rejected a fact: “${factPhrase(change.fact.type)}”`;
    case 'fix-event': {
      const what = [change.eventKind && `kind ${change.eventKind}`, change.date && `date ${change.date}`];
      return `Fixed the event: ${what.filter(Boolean).join(', ')}`;
    }
    case 'rename':
      return `Renamed to “${change.name}”`;
  }
};

function field(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  return el('label', { class: 'correction-field' }, label, input);
}

const input = (name: string, attrs: Record<string, string> = {}) =>
  el('input', { type: 'text', name, 'data-testid': `correction-${name}`, ...attrs });

/**
 * A small form: its own fields, the reason, and who signs it (and the edit token, until the server took one).
 * Apply sends it; the answer (or the server's reason for refusing) shows under it.
 */
function correctionForm(
  title: string,
  fields: HTMLElement[],
  build: () => Record<string, unknown> | string,
  done: CorrectionDone,
  ids: () => string[],
): HTMLElement {
  const why = input('why', { placeholder: 'why (kept with the correction)', required: 'true' });
  const who = input('who', { value: credentials.who(), placeholder: 'your name' });
  const token = el('input', {
    type: 'password',
    name: 'token',
    'data-testid': 'correction-token',
    autocomplete: 'off',
  });
  const status = el('p', { class: 'correction-status', role: 'status' });
  const apply = el('button', { type: 'submit', class: 'primary-action', 'data-testid': 'correction-apply' }, 'Apply');
  const form = el(
    'form',
    { class: 'correction-form', 'data-testid': 'correction-form' },
    el('h4', {}, title),
    ...fields,
    field('Why', why),
    field('Your name', who),
    ...(credentials.token() ? [] : [field('Edit token', token)]),
    apply,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = build();
    if (typeof body === 'string') return void (status.textContent = body);
    if (!why.value.trim() || !who.value.trim()) return void (status.textContent = 'Say why, and sign it.');
    if (token.value) credentials.save(token.value.trim());
    credentials.save(credentials.token(), who.value.trim());
    apply.disabled = true;
    status.textContent = 'Applying…';
    asEditor((key, signed) => api.correct({ ...body, who: signed, why: why.value.trim() }, key))
      .then((outcome) => {
        status.textContent = `Done: ${outcome.reloaded} article(s) loaded again.`;
        const change = outcome.correction.change;
        done([...ids(), ...(change.kind === 'split' ? [change.into.id] : [])].filter(Boolean));
      })
      .catch((error: Error) => {
        status.textContent = error.message;
        apply.disabled = false;
      });
  });
  return form;
}

function entityPicker(label: string, kind: string): { element: HTMLElement; picked: () => SearchHit | null } {
  let picked: SearchHit | null = null;
  const box = input('other', { 'aria-label': label, placeholder: `search for the ${kind} to fold in` });
  const list = el('ul', { id: `correction-suggestions-${Math.random().toString(36).slice(2)}`, class: 'suggestions' });
  list.hidden = true;
  attachSuggestions(box, list, (hit) => {
    picked = hit;
    box.value = hit.name;
  });
  return { element: el('div', { class: 'correction-picker' }, field(label, box), list), picked: () => picked };
}

/** The edit forms a node offers, one open at a time. */
function nodeActions(target: Target, done: CorrectionDone): HTMLElement {
  const area = el('div', { class: 'correction-area' });
  const open = (form: HTMLElement) => area.replaceChildren(form);
  const button = (text: string, testid: string, form: () => HTMLElement) => {
    const b = el('button', { type: 'button', 'data-testid': testid }, text);
    b.addEventListener('click', () => open(form()));
    return b;
  };
  const rename = () => {
    const name = input('name', { value: target.name });
    return correctionForm(
      'Rename',
      [field('New name', name)],
      () => ({ kind: 'rename', entity: target.id, name: name.value.trim() }),
      done,
      () => [target.id],
    );
  };
  const merge = () => {
    const picker = entityPicker('Duplicate', target.label.toLowerCase());
    return correctionForm(
      `Fold a duplicate into “${target.name}”`,
      [picker.element],
      () => {
        const other = picker.picked();
        return other
          ? { kind: 'merge', keep: target.id, absorb: other.id }
          : 'Pick the duplicate from the suggestions.';
      },
      done,
      () => [target.id, picker.picked()?.id ?? ''],
    );
  };
  const split = () => {
    const alias = el('select', { name: 'alias', 'data-testid': 'correction-alias' });
    for (const a of target.aliases.filter((x) => x !== target.name)) alias.append(el('option', { value: a }, a));
    return correctionForm(
      'Split an alias off',
      [field('Alias', alias)],
      () =>
        alias.value ? { kind: 'split', entity: target.id, alias: alias.value } : 'This entity has no other alias.',
      done,
      () => [target.id],
    );
  };
  const fixEvent = () => {
    const date = input('date', { placeholder: 'YYYY-MM-DD' });
    const kind = input('eventKind', { placeholder: 'call, meeting, visit…' });
    return correctionForm(
      'Fix the event',
      [field('Date', date), field('Kind', kind)],
      () => ({
        kind: 'fix-event',
        event: target.id,
        ...(date.value ? { date: date.value.trim() } : {}),
        ...(kind.value ? { eventKind: kind.value.trim() } : {}),
      }),
      done,
      () => [target.id],
    );
  };
  const buttons = [
    button('Rename', 'correct-rename', rename),
    button('Merge a duplicate', 'correct-merge', merge),
    ...(target.label === 'Event'
      ? [button('Fix date or kind', 'correct-fix-event', fixEvent)]
      : [button('Split an alias', 'correct-split', split)]),
  ];
  return el('div', { class: 'correction-actions' }, el('div', { class: 'panel-actions' }, ...buttons), area);
}

function history(list: CorrectionRecord[], canEdit: boolean, done: CorrectionDone, ids: string[]): HTMLElement[] {
  return list.map((c) => {
    const item = el(
      'li',
      { class: c.undoneAt ? 'correction undone' : 'correction', 'data-testid': 'correction' },
      el('div', {}, describe(c)),
      el('div', { class: 'source' }, `${c.who} · ${formatDate(c.at.slice(0, 10))} · ${c.why}`),
    );
    if (c.undoneAt)
      item.append(
        el('div', { class: 'source' }, `undone by ${c.undoneBy ?? '?'} · ${formatDate(c.undoneAt.slice(0, 10))}`),
      );
    else if (canEdit) {
      const undo = el('button', { type: 'button', 'data-testid': 'undo-correction' }, 'Undo');
      undo.addEventListener('click', () => {
        undo.disabled = true;
        asEditor((key, signed) => api.undoCorrection(c.id, { who: signed, why: 'undone from the side panel' }, key))
          // What the correction took off the canvas (a merged duplicate) comes back with the rest.
          .then(() => done([...ids, ...c.entityIds.filter((id) => !ids.includes(id))]))
          .catch((error: Error) => {
            undo.disabled = false;
            item.append(el('p', { class: 'error' }, error.message));
          });
      });
      item.append(undo);
    }
    return item;
  });
}

/** A node's corrections (undone ones too) and, when the server takes edits, the forms that make new ones. */
export async function nodeCorrections(target: Target, done: CorrectionDone): Promise<HTMLElement> {
  const [canEdit, answer] = await Promise.all([editingEnabled(), api.corrections(target.id)]);
  const section = el('div', { 'data-testid': 'corrections' });
  if (answer.corrections.length || canEdit) section.append(el('h3', {}, `Corrections (${answer.corrections.length})`));
  if (answer.corrections.length)
    section.append(el('ul', { class: 'corrections' }, ...history(answer.corrections, canEdit, done, [target.id])));
  if (canEdit) section.append(nodeActions(target, done));
  return section;
}

/** An edge's "reject this fact" form, when the server takes edits. */
export async function factCorrections(
  fact: { type: string; from: string; to: string; key?: string },
  done: CorrectionDone,
): Promise<HTMLElement | null> {
  if (!(await editingEnabled())) return null;
  const area = el('div', { class: 'correction-area' });
  const reject = el('button', { type: 'button', 'data-testid': 'correct-reject' }, 'Reject this fact');
  reject.addEventListener('click', () =>
    area.replaceChildren(
      correctionForm(
        'Reject this fact',
        [],
        () => ({ kind: 'reject', fact }),
        done,
        () => [fact.from, fact.to],
      ),
    ),
  );
  return el(
    'div',
    { 'data-testid': 'corrections' },
    el('h3', {}, 'Correct'),
    el('div', { class: 'panel-actions' }, reject),
    area,
  );
}

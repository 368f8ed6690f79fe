import { AddedArticle, api, ApiError } from './api';
import { credentials, editingEnabled } from './edit-session';
import { idsToShow, putOnCanvas } from './article-canvas';
import { LocalAdds } from './change-notices';
import { byId, el } from './dom';
import type { GraphView } from './graph-view';
import { Overlay } from './overlay';

const FILE_TYPES = '.txt,.html,.htm,text/plain,text/html';

interface Job {
  name: string;
  send: (token: string) => Promise<AddedArticle>;
}

const field = (id: string, label: string, attrs: Record<string, string> = {}) => {
  const input = el('input', { id, name: id, 'data-testid': id, ...attrs });
  return { input, row: el('label', { class: 'add-article-field' }, el('span', {}, label), input) };
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Kenya and Tanzania…: 5 sentences, 7 entities, 1 event, 9 facts" and the names it found. */
function summaryOf(summary: AddedArticle): HTMLElement {
  const { article, sentences, entities, events, facts } = summary;
  const counts = [
    plural(sentences, 'sentence'),
    plural(entities.length, 'entity', 'entities'),
    plural(events.length, 'event'),
    plural(facts, 'fact'),
  ];
  const names = [...events, ...entities].map((e) => e.name).join(', ');
  return el(
    'div',
    { class: 'add-article-summary' },
    el('strong', {}, article.title ?? article.id),
    el('span', {}, `: ${counts.join(', ')}`),
    names ? el('p', { class: 'add-article-names' }, names) : null,
  );
}

/**
 * The "Add article" dialog (shown only when the server takes writes): paste a text or pick .txt/.html files
 * (or drop them), optional metadata, the edit token. Files go one request each, so the dialog can say how far a
 * batch is and which file failed; each article added lands on the canvas with what it names.
 */
export async function setupAddArticle(view: GraphView, local: LocalAdds): Promise<void> {
  const enabled = await editingEnabled();
  const button = byId<HTMLButtonElement>('add-article');
  button.hidden = !enabled;
  if (!enabled) return;

  const root = byId('add-article-dialog');
  const overlay = Overlay.inPage('add-article-dialog', 'Close the dialog');
  overlay.head.replaceChildren(el('h2', { id: 'add-article-heading' }, 'Add article'));
  root.setAttribute('aria-labelledby', 'add-article-heading');

  const text = el('textarea', {
    id: 'add-article-text',
    'data-testid': 'add-article-text',
    rows: '10',
    placeholder: 'Paste the article (its headline on the first line), or a web page’s HTML',
  });
  const files = el('input', { type: 'file', multiple: '', accept: FILE_TYPES, 'data-testid': 'add-article-files' });
  const drop = el(
    'div',
    { class: 'add-article-drop', 'data-testid': 'add-article-drop' },
    el('span', {}, 'Or drop .txt / .html files here, or '),
    files,
  );
  const title = field('add-article-title', 'Title');
  const url = field('add-article-url', 'Address (URL)', { type: 'url', placeholder: 'https://…' });
  // Typed as YYYY-MM-DD like every date on the page (a date picker shows the browser's locale, mm/dd/yyyy here);
  // the form refuses anything else before sending.
  const published = field('add-article-published', 'Published', {
    type: 'text',
    placeholder: 'YYYY-MM-DD',
    pattern: '\\d{4}-\\d{2}-\\d{2}',
    inputmode: 'numeric',
    title: 'The date as YYYY-MM-DD, e.g. 2022-06-15',
  });
  const outlet = field('add-article-outlet', 'Outlet');
  const token = field('add-article-token', 'Edit token', { type: 'password', autocomplete: 'off' });
  token.input.value = credentials.token();
  const submit = el('button', { type: 'submit', class: 'primary', 'data-testid': 'add-article-submit' }, 'Add');
  const progress = el('p', { class: 'add-article-progress', role: 'status', 'data-testid': 'add-article-progress' });
  const results = el('ul', { class: 'add-article-results', 'data-testid': 'add-article-result' });
  const form = el(
    'form',
    { class: 'add-article-form' },
    el('label', { class: 'add-article-field', for: 'add-article-text' }, el('span', {}, 'Article text')),
    text,
    drop,
    el(
      'p',
      { class: 'add-article-hint' },
      'Title, address, date and outlet are optional; a page’s own meta tags fill them in.',
    ),
    title.row,
    url.row,
    published.row,
    outlet.row,
    token.row,
    el('div', { class: 'add-article-actions' }, submit),
    progress,
    results,
  );
  overlay.body.replaceChildren(form);

  let dropped: File[] = [];
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    dropped = Array.from(e.dataTransfer?.files ?? []);
    progress.textContent = `${dropped.length} file${dropped.length === 1 ? '' : 's'} ready to add.`;
  });
  files.addEventListener('change', () => {
    dropped = [];
  });

  // Esc closes from any field too (the page's own Esc handler leaves fields alone); Tab stays inside.
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      overlay.close();
    } else if (e.key === 'Tab') trapFocus(root, e);
  });
  button.addEventListener('click', () => {
    overlay.show();
    text.focus();
  });

  const meta = (): Record<string, string> => {
    const given: Record<string, string> = {
      title: title.input.value.trim(),
      url: url.input.value.trim(),
      publishedAt: published.input.value.trim(),
      outlet: outlet.input.value.trim(),
    };
    return Object.fromEntries(Object.entries(given).filter(([, v]) => v));
  };

  const jobsToRun = (): Job[] => {
    const picked = [...Array.from(files.files ?? []), ...dropped];
    // Metadata describes one article: with several files each speaks for itself.
    const fields = picked.length + (text.value.trim() ? 1 : 0) === 1 ? meta() : {};
    const jobs: Job[] = picked.map((file) => ({
      name: file.name,
      send: (key) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.append(k, v);
        form.append('file', file, file.name);
        return api.addArticle(form, key);
      },
    }));
    if (text.value.trim())
      jobs.unshift({ name: 'pasted text', send: (key) => api.addArticle({ text: text.value, ...fields }, key) });
    return jobs;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const jobs = jobsToRun();
    if (jobs.length === 0) {
      progress.textContent = 'Paste a text or choose a file first.';
      return;
    }
    void run(jobs);
  });

  const run = async (jobs: Job[]) => {
    submit.disabled = true;
    results.replaceChildren();
    let added = 0;
    for (const [i, job] of jobs.entries()) {
      progress.textContent = jobs.length === 1 ? `Adding ${job.name}…` : `${i + 1} of ${jobs.length}: ${job.name}…`;
      const item = el('li', { 'data-file': job.name });
      results.append(item);
      try {
        const summary = await local.track(job.send(token.input.value.trim()));
        credentials.save(token.input.value.trim());
        item.className = 'ok';
        item.replaceChildren(summaryOf(summary));
        added += 1;
        await putOnCanvas(view, idsToShow(summary), `add ${summary.article.title ?? 'article'}`);
      } catch (error) {
        item.className = 'error';
        item.append(`${job.name}: ${messageOf(error)}`);
        // A wrong token fails every file alike: stop and say so once.
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          credentials.forgetToken();
          break;
        }
      }
    }
    progress.textContent = `${added} of ${jobs.length} added.`;
    submit.disabled = false;
    if (added === jobs.length) {
      text.value = '';
      files.value = '';
      dropped = [];
    }
  };
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return 'the edit token is wrong (or missing).';
  return (error as Error).message;
}

/** Keeps Tab and Shift+Tab cycling through the dialog's controls, as a modal dialog should. */
function trapFocus(root: HTMLElement, e: KeyboardEvent): void {
  const focusable = Array.from(root.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href]')).filter(
    (x) => !x.hasAttribute('disabled') && x.offsetParent !== null,
  );
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

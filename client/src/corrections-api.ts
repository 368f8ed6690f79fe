/** The editor's credentials (kept for this tab only: a token is not for localStorage) and the corrections API. */
import { api, ApiError } from './api';

import type { CorrectionOutcome, CorrectionRecord } from '../../server/services/corrections-service';

export type { CorrectionOutcome, CorrectionRecord };

const TOKEN_KEY = 'readout.editToken';
const WHO_KEY = 'readout.editor';

export const credentials = {
  token: () => sessionStorage.getItem(TOKEN_KEY) ?? '',
  who: () => sessionStorage.getItem(WHO_KEY) ?? '',
  save(token: string, who?: string) {
    sessionStorage.setItem(TOKEN_KEY, token);
    if (who !== undefined) sessionStorage.setItem(WHO_KEY, who);
  },
  /** A 401 means the token kept is wrong: forget it so the form asks again. */
  forgetToken: () => sessionStorage.removeItem(TOKEN_KEY),
};

let editing: Promise<boolean> | null = null;
/** Whether the server takes writes at all (READOUT_EDIT_TOKEN set); asked once per page. */
export function editingEnabled(): Promise<boolean> {
  editing ??= api.editing().then(
    (answer) => answer.enabled === true,
    () => false,
  );
  return editing;
}

async function send<T>(path: string, body: object): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${credentials.token()}` },
    body: JSON.stringify({ who: credentials.who(), ...body }),
  });
  const answer = await response.json().catch(() => null);
  if (response.status === 401) credentials.forgetToken();
  if (!response.ok)
    throw new ApiError(response.status, answer?.error?.message ?? `Request failed (${response.status})`);
  return answer as T;
}

export const corrections = {
  /** Every correction touching the entity, undone ones too (they are part of its history). */
  list: (entity: string) => api.corrections<CorrectionRecord>(entity),
  make: (body: Record<string, unknown>) => send<CorrectionOutcome>('/api/corrections', body),
  undo: (id: string, why: string) =>
    send<CorrectionOutcome>(`/api/corrections/${encodeURIComponent(id)}/undo`, { why }),
};

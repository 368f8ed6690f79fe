/** The editor's session: the token and the name they sign with, kept for this tab only (a token is not something
 * to leave in localStorage on a shared newsroom machine), and whether the server takes writes at all. */
import { api, ApiError } from './api';

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

/** A write with the kept token, signed with the kept name; a 401 forgets the token. */
export async function asEditor<T>(write: (token: string, who: string) => Promise<T>): Promise<T> {
  try {
    return await write(credentials.token(), credentials.who());
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) credentials.forgetToken();
    throw error;
  }
}

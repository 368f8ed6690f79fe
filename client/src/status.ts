import { byId } from './dom';

/** One line at the bottom of the canvas: what is loading, what failed. */
export function showStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', kind === 'error');
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

/** Runs a request with a loading message, and shows its failure plainly instead of throwing. */
export async function withStatus<T>(message: string, work: () => Promise<T>): Promise<T | undefined> {
  showStatus(`${message}…`);
  try {
    const result = await work();
    showStatus('');
    return result;
  } catch (error) {
    showStatus((error as Error).message, 'error');
    return undefined;
  }
}

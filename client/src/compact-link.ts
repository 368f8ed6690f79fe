/**
 * A view in the address, compactly: the plain encoding (url-state.ts) deflated and written as base64url after
 * `z=`. Readout's ids repeat long prefixes ("person:", "event:call:2022-…") and positions are digits, so a view of
 * 21 nodes with positions takes a few hundred bytes instead of 1.6 kB. Older plain links still open.
 */

const PREFIX = 'z=';

/** A link inflates to at most this much: a crafted one cannot make the page hold gigabytes. */
export const MAX_LINK_TEXT = 4 * 1024 * 1024;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_LINK_TEXT) {
      await reader.cancel();
      throw new Error('link too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The plain encoding, deflated; an empty view stays empty. */
export async function packLink(plain: string): Promise<string> {
  if (!plain) return '';
  return PREFIX + toBase64Url(await pipe(new TextEncoder().encode(plain), new CompressionStream('deflate-raw')));
}

/** Back to the plain encoding; a plain (older) link passes through; a damaged one reads as an empty view. */
export async function unpackLink(hash: string): Promise<{ plain: string; damaged: boolean }> {
  const text = hash.replace(/^#/, '');
  if (!text.startsWith(PREFIX)) return { plain: text, damaged: false };
  try {
    const bytes = await pipe(fromBase64Url(text.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    return { plain: new TextDecoder().decode(bytes), damaged: false };
  } catch {
    return { plain: '', damaged: true };
  }
}

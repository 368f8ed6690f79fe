/** DOM building with text only: nothing from the data is ever parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children)
    if (child !== null && child !== undefined)
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`missing #${id}`);
  return found as T;
}

/** Text with every occurrence of the given words wrapped in <mark> (built as nodes, never as markup). */
export function highlighted(text: string, words: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const terms = [...new Set(words.filter((w) => w && w.length > 1))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) {
    fragment.append(text);
    return fragment;
  }
  // Whole words only: "Xi" is marked in "Xi said", not inside "Xinhua".
  const alternatives = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    fragment.append(el('mark', {}, match[0]));
    last = match.index! + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

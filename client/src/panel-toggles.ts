import { byId } from './dom';

/** Below this width the left panel starts folded: at 1024 px the canvas needs the room more than the legend. */
const NARROW = 1100;

/**
 * The side panels fold away (a button at each edge of the canvas), so the canvas can have the width; the
 * choice is kept in this browser.
 */
export function setupPanelToggles(): void {
  const layout = document.querySelector<HTMLElement>('main.layout')!;
  const sides = [
    { side: 'left', button: byId<HTMLButtonElement>('toggle-left'), name: 'legend and path finder' },
    { side: 'right', button: byId<HTMLButtonElement>('toggle-right'), name: 'details' },
  ] as const;
  for (const { side, button, name } of sides) {
    const key = `readout.panel.${side}`;
    const show = (open: boolean) => {
      layout.classList.toggle(`${side}-collapsed`, !open);
      button.setAttribute('aria-expanded', String(open));
      const arrow = (side === 'left') === open ? '‹' : '›';
      button.textContent = arrow;
      button.title = `${open ? 'Hide' : 'Show'} the ${name} panel`;
      button.setAttribute('aria-label', button.title);
    };
    const remembered = safeGet(key);
    show(remembered !== null ? remembered === 'open' : side === 'right' || window.innerWidth > NARROW);
    button.addEventListener('click', () => {
      const open = layout.classList.contains(`${side}-collapsed`);
      show(open);
      safeSet(key, open ? 'open' : 'closed');
    });
  }
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // A browser that refuses storage keeps the choice for this page only.
  }
}

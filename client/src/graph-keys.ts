import type { Core, NodeSingular } from 'cytoscape';
import { byId } from './dom';
import type { GraphView } from './graph-view';
import { showStatus } from './status';
import { displayName } from './style';

const DIRECTIONS: Record<string, number> = {
  ArrowRight: 0,
  ArrowDown: Math.PI / 2,
  ArrowLeft: Math.PI,
  ArrowUp: -Math.PI / 2,
};

/**
 * The canvas by keyboard: Tab focuses it, the arrows move the selection to the visible node lying most nearly
 * that way (the middle one first), Enter expands the selection, Tab leaves. What is selected is announced.
 */
export function setupGraphKeys(view: GraphView): void {
  const canvas = byId('cy');
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute(
    'aria-label',
    'Graph. Arrow keys move between nodes, Enter expands, E opens the expansion menu, Delete removes.',
  );
  canvas.addEventListener('keydown', (e) => {
    const cy = view.cy;
    if (e.key in DIRECTIONS) {
      const current = cy.nodes(':selected:visible').first();
      const next = current.nonempty() ? nodeToward(cy, current, DIRECTIONS[e.key]) : middleNode(cy);
      if (next) {
        cy.elements().unselect();
        next.select();
        cy.animate({ center: { eles: next } }, { duration: 150 });
        showStatus(`${displayName(next.data())} · ${next.data('label')}`);
      }
    } else if (e.key === 'Enter') {
      const current = cy.nodes(':selected').first();
      if (current.nonempty()) void view.expand(current);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
}

function middleNode(cy: Core): NodeSingular | null {
  const ext = cy.extent();
  const cx = (ext.x1 + ext.x2) / 2;
  const cyy = (ext.y1 + ext.y2) / 2;
  let best: NodeSingular | null = null;
  let bestD = Infinity;
  cy.nodes(':visible').forEach((n) => {
    const d = (n.position().x - cx) ** 2 + (n.position().y - cyy) ** 2;
    if (d < bestD) [best, bestD] = [n, d];
  });
  return best;
}

/** The node nearest to `from` within 60° of `angle`, weighing off-axis distance double. */
export function nodeToward(cy: Core, from: NodeSingular, angle: number): NodeSingular | null {
  const p = from.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  cy.nodes(':visible').forEach((n) => {
    if (n.same(from)) return;
    const dx = n.position().x - p.x;
    const dy = n.position().y - p.y;
    const along = dx * Math.cos(angle) + dy * Math.sin(angle);
    const across = Math.abs(-dx * Math.sin(angle) + dy * Math.cos(angle));
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [n, score];
  });
  return best;
}

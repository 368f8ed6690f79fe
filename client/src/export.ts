import type { Core } from 'cytoscape';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportPng(cy: Core): void {
  download('readout.png', cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob);
}

/** Cytoscape JSON (.cyjs), the format Cytoscape Desktop opens: elements with their data and positions. */
export function cyjsDocument(cy: Core): object {
  const json = cy.json() as { elements: unknown };
  return {
    format_version: '1.0',
    generated_by: 'Readout',
    target_cytoscapejs_version: '~3.34',
    data: { name: 'Readout view' },
    elements: json.elements,
  };
}

export function exportCyjs(cy: Core): void {
  download('readout.cyjs', new Blob([JSON.stringify(cyjsDocument(cy), null, 1)], { type: 'application/json' }));
}

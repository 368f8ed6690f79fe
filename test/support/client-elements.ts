/** Element definitions as the server sends them, for client tests on a headless Cytoscape. */
export const node = (id: string, label: string, extra: Record<string, unknown> = {}) => ({
  data: { id, elementId: id, label, labels: [label], caption: id, name: id, ...extra },
});

export const edge = (id: string, source: string, target: string, type = 'PARTICIPATED_IN') => ({
  data: { id, source, target, type },
});

/** The view in the address: entities on the canvas, hidden kinds, dates, events-as-edges. */
export interface ViewState {
  ids: string[];
  hiddenKinds: string[];
  from: string | null;
  to: string | null;
  eventsAsEdges: boolean;
}

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.ids.length) params.set('ids', view.ids.join('|'));
  if (view.hiddenKinds.length) params.set('hide', view.hiddenKinds.join('|'));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.eventsAsEdges) params.set('edges', '1');
  return params.toString();
}

export function decodeView(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (key: string) => (params.get(key) ?? '').split('|').filter(Boolean);
  return {
    ids: list('ids').slice(0, 500),
    hiddenKinds: list('hide'),
    from: params.get('from'),
    to: params.get('to'),
    eventsAsEdges: params.get('edges') === '1',
  };
}

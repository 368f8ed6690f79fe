import { expect } from 'chai';
import {
  cleanGraphSettings,
  graphKey,
  KeyValueStore,
  loadRememberedColours,
  loadSettings,
  saveRememberedColours,
  saveSettings,
  searchFields,
  withoutDefaults,
} from '../../client/src/settings-store';
import { decodeSettings, decodeView, encodeSettings, encodeView, sharedViewReport } from '../../client/src/url-state';

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('client label settings', () => {
  it('keys a graph by its label set, whatever the order', () => {
    expect(graphKey(['Product', 'Order'])).to.equal(graphKey(['Order', 'Product', 'Order']));
    expect(graphKey(['Product', 'Order'])).to.not.equal(graphKey(['Product', 'Orders']));
  });

  it('saves and loads settings per graph, dropping malformed fields', () => {
    const store = memoryStore();
    saveSettings(store, 'g1', { Product: { caption: 'productName', colour: '#AABBCC', size: 'L' } });
    expect(loadSettings(store, 'g1')).to.deep.equal({
      Product: { caption: 'productName', colour: '#aabbcc', size: 'L' },
    });
    expect(loadSettings(store, 'g2')).to.deep.equal({});
    store.setItem('readout.labelSettings.g3', '{"A":{"colour":"red","size":"XL","search":[1,"x"]},"__proto__":{}}');
    expect(loadSettings(store, 'g3')).to.deep.equal({ A: { search: ['x'] } });
    store.setItem('readout.labelSettings.g4', 'not json');
    expect(loadSettings(store, 'g4')).to.deep.equal({});
    saveSettings(store, 'g1', {});
    expect(store.map.has('readout.labelSettings.g1')).to.equal(false);
  });

  it('remembers label colours across graphs', () => {
    const store = memoryStore();
    saveRememberedColours(store, { Product: '#F3C300', Bad: 'blue' });
    expect(loadRememberedColours(store)).to.deep.equal({ Product: '#f3c300' });
  });

  it('drops settings equal to the defaults, and asks the server for changed search fields only', () => {
    const defaults = [
      { label: 'Product', searchable: ['productName'] },
      { label: 'Customer', searchable: ['companyName', 'contactName'] },
    ];
    expect(withoutDefaults({ search: ['productName'] }, defaults[0])).to.deep.equal({});
    const settings = {
      Product: { search: ['productName', 'quantityPerUnit'] },
      Customer: { search: ['contactName', 'companyName'] },
    };
    expect(searchFields(settings, defaults)).to.equal('Product.productName,Product.quantityPerUnit');
    expect(searchFields({}, defaults)).to.equal(undefined);
  });

  it('carries settings in the address, compactly, whatever the names hold', () => {
    const settings = {
      Product: { caption: 'productName', colour: '#f3c300', size: 'L' as const, search: ['productName', 'a|b'] },
      'Odd:Label;x=y,z': { caption: 'key with spaces & +plus', size: 'S' as const },
    };
    const encoded = encodeSettings(settings);
    expect(encoded).to.match(/^Product:c=productName,k=f3c300,z=L,f=productName\|a%7Cb;/);
    expect(decodeSettings(encoded)).to.deep.equal(settings);
    const view = { ids: ['a'], hiddenKinds: [], from: null, to: null, eventsAsEdges: false, settings };
    const hash = `#${encodeView(view)}`;
    expect(decodeView(hash)).to.deep.equal({ ...view, idsBeyondCap: 0 });
    // A hand-edited or broken value gives no settings rather than junk ones.
    expect(decodeView('#s=%%%;:;Product:k=zzz,z=XL').settings).to.deep.equal({});
    expect(cleanGraphSettings(decodeSettings('A:c=x;B:'))).to.deep.equal({ A: { caption: 'x' } });
  });

  it('caps a shared view at 2,000 ids and says how many it left out', () => {
    const ids = Array.from({ length: 2345 }, (_, i) => `n${i}`);
    const decoded = decodeView(`#ids=${ids.join('|')}`);
    expect(decoded.ids).to.have.length(2000);
    expect(decoded.idsBeyondCap).to.equal(345);
    expect(sharedViewReport({ requested: 2000, idsBeyondCap: 345, missing: 0, truncated: false })).to.equal(
      'The link held 2,345 nodes; a shared view rebuilds the first 2,000, so 345 were left out.',
    );
    expect(sharedViewReport({ requested: 1001, idsBeyondCap: 0, missing: 3, truncated: true })).to.equal(
      '3 of 1,001 shared nodes are no longer in the graph. The relationships among them were capped: some are not drawn.',
    );
    expect(sharedViewReport({ requested: 5, idsBeyondCap: 0, missing: 1, truncated: false })).to.equal(
      '1 of 5 shared nodes is no longer in the graph.',
    );
    expect(sharedViewReport({ requested: 5, idsBeyondCap: 0, missing: 0, truncated: false })).to.equal(null);
  });
});

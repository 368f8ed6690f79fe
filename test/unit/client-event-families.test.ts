import { expect } from 'chai';
import cytoscape from 'cytoscape';
import { families } from '../../server/ingest/knowledge/event-lexicon';
import { packLink, unpackLink } from '../../client/src/compact-link';
import { eventKindLine, FAMILY_COLOURS, familyColour, familyEntries, familyOf } from '../../client/src/event-families';
import { collapseEvents, filterFamilies, mergeElements } from '../../client/src/graph-model';
import { ActionHistory } from '../../client/src/history';
import { deltaE, hexToLab } from '../../client/src/palette';
import {
  colourOf,
  eventColour,
  eventEdgeLabel,
  KIND_COLOURS,
  nodeCaption,
  nodeColour,
  setLook,
} from '../../client/src/style';
import { canvasItems } from '../../client/src/timeline/canvas-events';
import { decodeView, encodeView } from '../../client/src/url-state';
import { changeFiltersUndoably, sameFilters, toggledFamily, ViewStore } from '../../client/src/view-store';
import { edge, node } from '../support/client-elements';

/** Events as the server sends them: the precise kind, and the family the taxonomy puts it in. */
const arrest = (id: string, date = '2025-03-03') =>
  node(id, 'Event', { kind: 'arrest', date, family: '17', familyLabel: 'Coerce', cameo: '173' });
const meeting = (id: string) =>
  node(id, 'Event', { kind: 'meeting', date: '2022-06-15', family: '04', familyLabel: 'Consult', cameo: '040' });
const referendum = (id: string) =>
  node(id, 'Event', { kind: 'referendum', family: 'POL', familyLabel: 'Political process', cameo: null });

/** Below this CIE76 ΔE two event colours could be taken for each other (palette.ts holds its colours to it). */
const MIN_DELTA_E = 15;

describe('client event families: colours', () => {
  afterEach(() => setLook({ colours: {}, captionKeys: {}, sizes: {} }));

  it("has one colour for each of the taxonomy's families, in its order, and none for anything else", () => {
    expect([...FAMILY_COLOURS.keys()]).to.deep.equal(families().map((f) => f.code));
  });

  it('keeps every family apart from every other and from the Event colour, and clear of white and black', () => {
    const colours = [...FAMILY_COLOURS.values()];
    for (let i = 0; i < colours.length; i++) {
      const [lightness] = hexToLab(colours[i]);
      // Near black would hide the selection border; near white would vanish on the canvas.
      expect(lightness, colours[i]).to.be.within(25, 90);
      expect(deltaE(colours[i], KIND_COLOURS.Event), `${colours[i]} against Event`).to.be.at.least(MIN_DELTA_E);
      for (let j = i + 1; j < colours.length; j++)
        expect(deltaE(colours[i], colours[j]), `${colours[i]} against ${colours[j]}`).to.be.at.least(MIN_DELTA_E);
    }
  });

  it('colours an event by its family, and one of no family or an unknown one as Event is coloured', () => {
    expect(nodeColour(arrest('a').data)).to.equal(FAMILY_COLOURS.get('17'));
    expect(nodeColour(referendum('r').data)).to.equal(FAMILY_COLOURS.get('POL'));
    expect(nodeColour(node('old', 'Event', { kind: 'call' }).data)).to.equal(KIND_COLOURS.Event);
    expect(nodeColour(node('new', 'Event', { kind: 'x', family: 'ZZZ' }).data)).to.equal(KIND_COLOURS.Event);
    // A property named like a family on another kind of node changes nothing; nor does one named like Object's own.
    expect(nodeColour(node('p', 'Person', { family: '17' }).data)).to.equal(KIND_COLOURS.Person);
    expect(familyColour('constructor')).to.equal(undefined);
    expect(eventColour('04')).to.equal(FAMILY_COLOURS.get('04'));
  });

  it('gives way to a colour the user chose for Event, on nodes and edges alike', () => {
    setLook({ colours: { Event: '#123456' }, captionKeys: {}, sizes: {}, chosenColours: ['Event'] });
    expect(nodeColour(arrest('a').data)).to.equal('#123456');
    expect(eventColour('04')).to.equal('#123456');
    // The palette's colour for Event (not chosen) does not: the families still show.
    setLook({ colours: { Event: '#654321' }, captionKeys: {}, sizes: {} });
    expect(eventColour('04')).to.equal(FAMILY_COLOURS.get('04'));
    expect(eventColour(null)).to.equal('#654321');
    expect(colourOf('Event')).to.equal('#654321');
  });
});

describe('client event families: entries, captions, the panel line', () => {
  it('counts the events of each family among node data, in the taxonomy order, other nodes aside', () => {
    const nodes = [
      referendum('r1'),
      arrest('a1'),
      node('xi', 'Person', { family: '04' }),
      meeting('m1'),
      arrest('a2'),
      node('undecided', 'Event', { kind: 'talks' }),
      node('future', 'Event', { kind: 'x', family: 'AAA' }),
      meeting('m2'),
      arrest('a3'),
    ].map((n) => n.data);
    expect(familyEntries(nodes)).to.deep.equal([
      { code: '04', name: 'Consult', count: 2 },
      { code: '17', name: 'Coerce', count: 3 },
      { code: 'POL', name: 'Political process', count: 1 },
      // A family this page has no colour for still gets its entry, named by its code when it has no name.
      { code: 'AAA', name: 'AAA', count: 1 },
    ]);
    expect(familyEntries([])).to.deep.equal([]);
  });

  it('reads an event family only off events that have one', () => {
    expect(familyOf(arrest('a').data)).to.equal('17');
    expect(familyOf(node('e', 'Event', { kind: 'talks', family: null }).data)).to.equal(null);
    expect(familyOf(node('e', 'Event', { kind: 'talks', family: '' }).data)).to.equal(null);
    expect(familyOf(node('p', 'Person', { family: '17' }).data)).to.equal(null);
  });

  it('says in the panel the precise kind and its family, with the CAMEO root where CAMEO has one', () => {
    expect(eventKindLine(arrest('a').data)).to.equal('arrest — Coerce (CAMEO 17)');
    expect(eventKindLine(referendum('r').data)).to.equal('referendum — Political process');
    expect(eventKindLine(node('e', 'Event', { kind: 'talks' }).data)).to.equal('talks');
    expect(eventKindLine(node('p', 'Person', { kind: 'talks', family: '04' }).data)).to.equal(null);
  });

  it('keeps the precise kind in captions, and labels an edge by a kind it has no verb for with the kind itself', () => {
    expect(nodeCaption(arrest('a').data)).to.equal('Arrest · 3 Mar 2025');
    expect(eventEdgeLabel('arrest', '2025-03-03')).to.equal('arrest · 3 Mar 2025');
    expect(eventEdgeLabel('call', '2022-06-15')).to.equal('called · 15 Jun 2022');
    expect(eventEdgeLabel('hunger strike', null)).to.equal('hunger strike');
    // An open vocabulary may name a kind after one of Object's own keys: it is still just a word.
    expect(eventEdgeLabel('constructor', null)).to.equal('constructor');
    expect(eventEdgeLabel(undefined, '2022')).to.equal('event · 2022');
  });
});

/** Xi and Putin with a meeting between them, an arrest each, and a referendum of Putin's alone. */
function canvas() {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  mergeElements(cy, {
    nodes: [node('xi', 'Person'), node('putin', 'Person'), meeting('m'), arrest('a1'), arrest('a2'), referendum('r')],
    edges: [
      edge('e1', 'xi', 'm'),
      edge('e2', 'putin', 'm'),
      edge('e3', 'xi', 'a1'),
      edge('e4', 'putin', 'a1'),
      edge('e5', 'putin', 'a2'),
      edge('e6', 'putin', 'r'),
    ],
  });
  return cy;
}

const hidden = (cy: cytoscape.Core) =>
  cy
    .elements('.family-hidden')
    .map((e) => e.id())
    .sort();

describe('client event families: the filter (cytoscape headless)', () => {
  it('hides exactly the events of the hidden families, and shows them again', () => {
    const cy = canvas();
    filterFamilies(cy, new Set(['17']));
    expect(hidden(cy)).to.deep.equal(['a1', 'a2']);
    filterFamilies(cy, new Set(['17', 'POL']));
    expect(hidden(cy)).to.deep.equal(['a1', 'a2', 'r']);
    filterFamilies(cy, new Set());
    expect(hidden(cy)).to.deep.equal([]);
  });

  it('colours and hides an event drawn as an edge with its event', () => {
    const cy = canvas();
    collapseEvents(cy);
    expect(cy.getElementById('collapsed:a1').data('family')).to.equal('17');
    expect(cy.getElementById('collapsed:m').data('family')).to.equal('04');
    filterFamilies(cy, new Set(['04']));
    expect(hidden(cy)).to.deep.equal(['collapsed:m', 'm']);
  });

  it("leaves a hidden family's events out of the timeline's count of the canvas", () => {
    const cy = canvas();
    filterFamilies(cy, new Set(['17']));
    expect(canvasItems(cy).map((i) => i.id)).to.have.members(['m', 'r']);
  });
});

describe('client event families: store, history and link', () => {
  it('toggles a family in the store, telling subscribers once per change', () => {
    const store = new ViewStore();
    const seen: string[][] = [];
    store.subscribe((now) => seen.push([...now.hiddenFamilies]));
    store.toggleFamily('17');
    store.toggleFamily('POL');
    store.toggleFamily('17');
    expect(seen).to.deep.equal([['17'], ['17', 'POL'], ['POL']]);
    expect([...toggledFamily(new Set(['04']), '04')]).to.deep.equal([]);
  });

  it('tells hidden families apart when comparing filters', () => {
    const base = new ViewStore().state;
    expect(sameFilters(base, { ...base, hiddenFamilies: new Set(['17']) })).to.equal(false);
    expect(
      sameFilters(
        { ...base, hiddenFamilies: new Set(['17', '04']) },
        { ...base, hiddenFamilies: new Set(['04', '17']) },
      ),
    ).to.equal(true);
  });

  it('undoes and redoes a family toggle as a step of the canvas history', () => {
    const store = new ViewStore();
    const history = new ActionHistory();
    changeFiltersUndoably(store, history, 'hide Coerce events', {
      hiddenFamilies: toggledFamily(store.state.hiddenFamilies, '17'),
    });
    expect(history.nextUndo).to.equal('hide Coerce events');
    // Toggling to what is already there is no step.
    changeFiltersUndoably(store, history, 'nothing', { hiddenFamilies: new Set(['17']) });
    expect(history.nextUndo).to.equal('hide Coerce events');
    history.undo();
    expect([...store.state.hiddenFamilies]).to.deep.equal([]);
    history.redo();
    expect([...store.state.hiddenFamilies]).to.deep.equal(['17']);
  });

  it('keeps hidden families in the shared link, compact or plain, and reads older links as none hidden', async () => {
    const store = new ViewStore({ hiddenFamilies: new Set(['17', 'POL']) });
    const view = {
      ids: ['event:arrest:2025-03-03:a'],
      hiddenKinds: ['Sentence'],
      hiddenFamilies: [...store.state.hiddenFamilies],
      from: null,
      to: null,
      eventsAsEdges: false,
      settings: {},
    };
    const plain = encodeView(view);
    expect(decodeView(`#${plain}`)).to.deep.equal({ ...view, idsBeyondCap: 0 });
    const { plain: unpacked } = await unpackLink(`#${await packLink(plain)}`);
    const reopened = new ViewStore({ hiddenFamilies: new Set(decodeView(unpacked).hiddenFamilies) });
    expect(sameFilters(reopened.state, store.state)).to.equal(true);
    // A link from before families, and one with none hidden, hide none.
    expect(decodeView('#ids=a&hide=Sentence').hiddenFamilies).to.equal(undefined);
    expect(encodeView({ ...view, hiddenFamilies: [] })).to.not.include('hidefam');
  });
});

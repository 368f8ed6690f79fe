import { expect } from 'chai';
import { assignColours, deltaE, hexToLab, PALETTE } from '../../client/src/palette';
import {
  colourOf,
  displayName,
  KIND_COLOURS,
  nodeCaption,
  nodeSize,
  propertyOf,
  setLook,
} from '../../client/src/style';

/** The twenty labels of two foreign graphs (a retail graph and a police graph), none of them Readout's. */
const LABELS = [
  'Product',
  'Order',
  'Customer',
  'Supplier',
  'Employee',
  'Category',
  'Shipper',
  'Territory',
  'Region',
  'Crime',
  'Location',
  'PostCode',
  'Vehicle',
  'Phone',
  'PhoneCall',
  'Email',
  'Officer',
  'Area',
  'Object',
  'Address',
];

/** Below this CIE76 ΔE two colours on one graph could be taken for each other; every palette pair is above it. */
const MIN_DELTA_E = 15;

function minPairwise(colours: string[]): number {
  let min = Infinity;
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) min = Math.min(min, deltaE(colours[i], colours[j]));
  return min;
}

describe('client label colours (palette)', () => {
  it('computes CIE Lab and ΔE as the references do', () => {
    const [l, a, b] = hexToLab('#ffffff');
    expect(l).to.be.closeTo(100, 0.01);
    expect(Math.abs(a) + Math.abs(b)).to.be.below(0.05);
    expect(deltaE('#000000', '#ffffff')).to.be.closeTo(100, 0.01);
    expect(hexToLab('#ff0000')[0]).to.be.closeTo(53.24, 0.05);
  });

  it('has at least 20 colours, none near white or black, all pairwise ≥ 15 ΔE', () => {
    expect(PALETTE.length).to.be.at.least(20);
    for (const c of PALETTE) expect(hexToLab(c)[0], c).to.be.within(25, 90);
    expect(minPairwise(PALETTE)).to.be.at.least(MIN_DELTA_E);
  });

  it('gives 20 labels 20 distinct colours, at least 15 ΔE apart', () => {
    const { colours } = assignColours(LABELS, KIND_COLOURS, {});
    const assigned = LABELS.map((l) => colours[l]);
    expect(new Set(assigned).size).to.equal(20);
    expect(minPairwise(assigned)).to.be.at.least(MIN_DELTA_E);
  });

  it('is stable: same input, same colours; remembered colours survive label order and new labels', () => {
    const first = assignColours(LABELS, KIND_COLOURS, {});
    expect(assignColours(LABELS, KIND_COLOURS, {})).to.deep.equal(first);
    expect(assignColours([...LABELS].reverse(), KIND_COLOURS, {}).colours).to.deep.equal(first.colours);
    // Next session: what was remembered gives the same colours, and a new label takes a colour nobody holds.
    const next = assignColours([...LABELS.slice(0, 10), 'Warehouse'], KIND_COLOURS, first.remembered);
    for (const l of LABELS.slice(0, 10)) expect(next.colours[l]).to.equal(first.colours[l]);
    expect(Object.values(next.colours).filter((c) => c === next.colours.Warehouse)).to.have.length(1);
    expect(next.remembered.Warehouse).to.equal(next.colours.Warehouse);
  });

  it("keeps Readout's own kinds in their fixed colours, and keeps other labels clear of them", () => {
    const { colours, remembered } = assignColours(['Person', 'Crime', 'Location'], KIND_COLOURS, {});
    expect(colours.Person).to.equal(KIND_COLOURS.Person);
    expect(remembered).to.not.have.property('Person');
    expect(deltaE(colours.Crime, KIND_COLOURS.Person)).to.be.at.least(10);
    expect(colours.Crime).to.not.equal(colours.Location);
  });

  it('gives a remembered colour up on a graph where another label holds it, without forgetting it', () => {
    const remembered = { Product: PALETTE[0], Crime: PALETTE[0] };
    const { colours, remembered: after } = assignColours(['Crime', 'Product'], {}, remembered);
    expect(colours.Crime).to.equal(PALETTE[0]); // first in name order keeps it
    expect(colours.Product).to.not.equal(PALETTE[0]);
    expect(after.Product).to.equal(PALETTE[0]); // still its colour on graphs without Crime
  });

  it('shares the least used colours once the palette is spent', () => {
    const many = Array.from({ length: PALETTE.length + 3 }, (_, i) => `L${String(i).padStart(2, '0')}`);
    const { colours } = assignColours(many, {}, {});
    expect(new Set(Object.values(colours)).size).to.equal(PALETTE.length);
  });
});

describe('client captions and sizes', () => {
  afterEach(() => setLook({ colours: {}, captionKeys: {}, sizes: {} }));

  it("captions a node with the chosen property, else Readout's event caption, else the server's caption", () => {
    const person = { label: 'Person', caption: 'Ann Smith', name: 'Ann Smith', surname: 'Smith' };
    expect(nodeCaption(person)).to.equal('Ann Smith');
    expect(nodeCaption(person, 'surname')).to.equal('Smith');
    expect(nodeCaption(person, 'missing')).to.equal('Ann Smith');
    setLook({ colours: {}, captionKeys: { Person: 'surname' }, sizes: {} });
    expect(nodeCaption(person)).to.equal('Smith');
    expect(displayName(person)).to.equal('Smith');
    expect(nodeCaption({ label: 'Event', kind: 'call', date: '2022-06-15', caption: 'Call: A – B' })).to.equal(
      'Call · 15 Jun 2022',
    );
    expect(nodeCaption({ label: 'Product', caption: 'Chai', name: 'Chai', unitPrice: 18 }, 'unitPrice')).to.equal('18');
  });

  it('reads properties the server renamed to prop_<key>', () => {
    expect(propertyOf({ id: 'n1', prop_type: 'sedan' }, 'type')).to.equal('sedan');
    expect(propertyOf({ id: 'n1' }, 'id')).to.equal('n1');
    expect(propertyOf({ reg: 'AB12 CDE' }, 'reg')).to.equal('AB12 CDE');
  });

  it("sizes nodes by the user's choice, else Readout's kind sizes, else 26 px", () => {
    expect(nodeSize('Event')).to.equal(22);
    expect(nodeSize('Product')).to.equal(26);
    setLook({ colours: { Product: '#123456' }, captionKeys: {}, sizes: { Product: 36 } });
    expect(nodeSize('Product')).to.equal(36);
    expect(colourOf('Product')).to.equal('#123456');
    expect(colourOf('constructor')).to.match(/^#[0-9a-f]{6}$/);
  });
});

import { expect } from 'chai';
import { cellText, toCsv } from '../../client/src/console-cells';

const node = (elementId: string, labels: string[], properties: Record<string, unknown> = {}) => ({
  elementId,
  labels,
  properties,
});
const captions = new Map([
  ['n1', 'Ana Lima'],
  ['n2', 'Lisbon'],
]);

describe('console cells', () => {
  it('reads a node by its caption and kind', () =>
    expect(cellText(node('n1', ['Entity', 'Person']), captions)).to.equal('Ana Lima · Person'));
  it('falls back to the name when the answer has no caption for it', () =>
    expect(cellText(node('x', ['City'], { name: 'Porto' }), captions)).to.equal('Porto · City'));
  it('reads a relationship by its type', () =>
    expect(
      cellText({ elementId: 'r', type: 'VISITED', startElementId: 'n1', endElementId: 'n2', properties: {} }, captions),
    ).to.equal('—VISITED→'));
  it('reads a path by its ends and length', () =>
    expect(
      cellText(
        {
          nodes: [node('n1', ['Person']), node('n2', ['City'])],
          relationships: [{ elementId: 'r', type: 'T', startElementId: 'n1' }],
        },
        captions,
      ),
    ).to.equal('Ana Lima · Person → Lisbon · City (1 hops)'));
  it('joins lists and keeps scalars as written', () =>
    expect(cellText([1, 'a', true], captions)).to.equal('1, a, true'));
  it('shows nothing for null', () => expect(cellText(null, captions)).to.equal(''));
  it('quotes CSV fields with commas, quotes and line breaks', () =>
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', 'plain'],
        ],
      ),
    ).to.equal('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",plain\r\n'));
  it('shows maps shaped like nodes, relationships and paths as the maps they are', () => {
    const forged = [
      { nodes: 1, relationships: 1 },
      { elementId: 'x', labels: 1 },
      { elementId: null, labels: null },
      { nodes: [1], relationships: [] },
      { elementId: 'r', startElementId: 1, type: {} },
      { elementId: 'x', labels: ['Person'], properties: 1 },
    ];
    for (const value of forged) expect(cellText(value, captions)).to.equal(JSON.stringify(value));
  });
  it('neutralises cells a spreadsheet would run as formulas (OWASP), numbers left as they are', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '-5', '+1.5e3', 'a=b'];
    expect(
      toCsv(
        ['=col'],
        cells.map((c) => [c]),
      ),
    ).to.equal(
      [
        "'=col",
        `"'=HYPERLINK(""http://x"",""y"")"`,
        "'+1+1",
        "'-2+3",
        "'@SUM(A1)",
        "'\tx",
        `"'\rx"`,
        '-5',
        '+1.5e3',
        'a=b',
      ].join('\r\n') + '\r\n',
    );
  });
});

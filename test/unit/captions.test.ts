import { expect } from 'chai';
import { captionKeys, detailKeys, LabelSample, PropertyStats, searchableKeys } from '../../server/services/captions';

/** A sample of 100 nodes: each key present on all of them unless said, with its distinct count and length. */
const sample = (props: Partial<PropertyStats>[]): LabelSample => ({
  label: 'L',
  sampled: 100,
  properties: props.map((p) => ({ key: 'k', types: ['STRING'], present: 100, distinct: 100, avgLength: 12, ...p })),
});

describe('captions chosen from the data', () => {
  it('reads a first name and a surname together', () =>
    expect(captionKeys(sample([{ key: 'name', distinct: 40 }, { key: 'surname' }, { key: 'nhs_no' }]))).to.deep.equal([
      'name',
      'surname',
    ]));
  it('reads firstName and lastName together before a job title', () =>
    expect(
      captionKeys(sample([{ key: 'title', distinct: 3 }, { key: 'firstName' }, { key: 'lastName' }])),
    ).to.deep.equal(['firstName', 'lastName']));
  it('takes a productName-style key', () =>
    expect(captionKeys(sample([{ key: 'quantityPerUnit' }, { key: 'productName' }]))).to.deep.equal(['productName']));
  it('prefers name to other *Name keys', () =>
    expect(captionKeys(sample([{ key: 'companyName' }, { key: 'name' }]))).to.deep.equal(['name']));
  it('takes the most distinctive short string when no key names the thing', () =>
    expect(captionKeys(sample([{ key: 'postcode', distinct: 20 }, { key: 'address' }]))).to.deep.equal(['address']));
  it('ranks identifiers below readable strings', () =>
    expect(captionKeys(sample([{ key: 'crimeId' }, { key: 'date', distinct: 80 }]))).to.deep.equal(['date']));
  it('never captions with a long text', () =>
    expect(
      captionKeys(
        sample([
          { key: 'note', avgLength: 400 },
          { key: 'type', distinct: 5 },
        ]),
      ),
    ).to.deep.equal(['type']));
  it('uses a sentence text, cut short later', () =>
    expect(captionKeys(sample([{ key: 'id' }, { key: 'text', avgLength: 200 }]))).to.deep.equal(['text']));
  it('falls back to a number when there are no strings', () =>
    expect(captionKeys(sample([{ key: 'amount', types: ['FLOAT'], distinct: 90 }]))).to.deep.equal(['amount']));
  it('ignores keys most nodes lack', () =>
    expect(captionKeys(sample([{ key: 'nickname', present: 10 }, { key: 'code' }]))).to.deep.equal(['code']));
  it('has no caption for a label with only binary values', () =>
    expect(captionKeys(sample([{ key: 'picture', types: ['BYTE_ARRAY'] }]))).to.deep.equal([]));
  it('searches every string key, lists of strings too', () =>
    expect(
      searchableKeys(sample([{ key: 'b' }, { key: 'a', types: ['LIST<STRING>'] }, { key: 'n', types: ['INTEGER'] }])),
    ).to.deep.equal(['a', 'b']));
  it('tells similar captions apart by a varied key that is not the caption', () =>
    expect(
      detailKeys(
        sample([
          { key: 'productName' },
          { key: 'unitPrice', types: ['FLOAT'], distinct: 60 },
          { key: 'discontinued', types: ['BOOLEAN'], distinct: 2 },
        ]),
        ['productName'],
      ),
    ).to.deep.equal(['unitPrice']));
  it('never shows search-only text as a detail', () =>
    expect(
      detailKeys(sample([{ key: 'name' }, { key: 'aliasText' }, { key: 'date', distinct: 50 }]), ['name']),
    ).to.deep.equal(['date']));
});

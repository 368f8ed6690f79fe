import { expect } from 'chai';
import { gazetteer } from '../../server/ingest/knowledge/gazetteer';

/** The ids of the entities a form names, as the gazetteer knows them. */
const named = (form: string) => (gazetteer().byForm.get(form.toLowerCase()) ?? []).map((f) => f.entity.id);

describe('country gazetteer', () => {
  it('knows a country by the name it is officially given', () => expect(named('Türkiye')).to.include('country:tr'));
  it('knows it by the name news still uses', () => expect(named('Turkey')).to.include('country:tr'));
  it('knows an old name the country list gives', () => expect(named('Zaire')).to.include('country:cd'));
  it('leaves an old name that now names a city', () => expect(named('Gold Coast')).to.not.include('country:gh'));
  it('knows the demonym news spells "Ecuadorian"', () =>
    expect(gazetteer().demonyms.get('ecuadorian')?.id).to.equal('country:ec'));
  it('knows "Kazakh" as well as "Kazakhstani"', () =>
    expect(['kazakh', 'kazakhstani'].map((d) => gazetteer().demonyms.get(d)?.id)).to.deep.equal([
      'country:kz',
      'country:kz',
    ]));
});

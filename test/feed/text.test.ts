import { expect } from '@open-wc/testing';
import { resolveText } from '../../src/feed/text.js';

describe('resolveText', () => {
  const title = { en: 'World Day against Trafficking in Persons', fr: 'Journée mondiale contre la traite', 'pt-BR': 'Dia Mundial' };

  it("chooses the visitor's locale, by exact tag then primary subtag", () => {
    expect(resolveText(title, 'fr')).to.deep.equal({ text: 'Journée mondiale contre la traite', lang: 'fr' });
    expect(resolveText(title, 'fr-CA').text).to.equal('Journée mondiale contre la traite');
    expect(resolveText(title, 'pt').text).to.equal('Dia Mundial');
  });

  it("falls back to the feed's defaultLocale, then to any text", () => {
    expect(resolveText(title, 'ar', 'en')).to.deep.equal({ text: 'World Day against Trafficking in Persons', lang: 'en' });
    expect(resolveText(title, 'ar', 'fr').lang).to.equal('fr');
    expect(resolveText({ de: 'Welttag' }, 'ar', 'en')).to.deep.equal({ text: 'Welttag', lang: 'de' });
  });

  it('returns a plain string as it is, with no language', () => {
    expect(resolveText('Ruhama', 'ar')).to.deep.equal({ text: 'Ruhama', lang: '' });
    expect(resolveText(undefined, 'en')).to.deep.equal({ text: '', lang: '' });
  });
});

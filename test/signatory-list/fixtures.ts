/**
 * The letter of 30 May 2018 from 85 NGOs to the ILO Standard Setting Committee, as CAP International
 * published it (seed 004): three groups, each signatory with the country the letter gives (none for
 * international networks), names spelt as in the letter.
 */

export const ILO_LETTER_SIGNATORIES = [
  { name: "CAP International", group: 'members' },
  { name: "Apne Aap", country: 'IN', group: 'members' },
  { name: "Breaking Free", country: 'US', group: 'members' },
  { name: "Embrace Dignity", country: 'ZA', group: 'members' },
  { name: "EVA Center", country: 'US', group: 'members' },
  { name: "EXIT Finland", country: 'FI', group: 'members' },
  { name: "Fondation Scelles", country: 'FR', group: 'members' },
  { name: "Iniciativa Pro Equidad de Genero", country: 'CO', group: 'members' },
  { name: "KAFA", country: 'LB', group: 'members' },
  { name: "KFUKs Sociale Arbejde", country: 'DK', group: 'members' },
  { name: "La CLES", country: 'CA', group: 'members' },
  { name: "Maiti Nepal", country: 'NP', group: 'members' },
  { name: "Malos Tratos", country: 'ES', group: 'members' },
  { name: "Marta Center", country: 'LV', group: 'members' },
  { name: "Medicos del Mundo", country: 'ES', group: 'members' },
  { name: "Mouvement du Nid", country: 'FR', group: 'members' },
  { name: "People Serving Girls at Risk", country: 'MW', group: 'members' },
  { name: "SOLWODI", country: 'DE', group: 'members' },
  { name: "South Kolkata Hamari Muskan", country: 'IN', group: 'members' },
  { name: "Reden", country: 'DK', group: 'members' },
  { name: "Ruhama", country: 'IE', group: 'members' },
  { name: "Talita", country: 'SE', group: 'members' },
  { name: "Unidos vs Trata", country: 'MX', group: 'members' },
  { name: "Women@thewell", country: 'GB', group: 'members' },
  { name: "Coalition Against Trafficking in Women (CATW)", group: 'networks' },
  { name: "Coalition Against Trafficking in Women – Asia Pacific (CATW-AP)", group: 'networks' },
  { name: "Coalition Against Trafficking in Women – Latin America and the Caribbean (CATW-LAC)", group: 'networks' },
  { name: "Congregation of Our Lady of Charity of the Good Shepherd (Global)", group: 'networks' },
  { name: "Equality Now", group: 'networks' },
  { name: "European Network of Migrant Women", group: 'networks' },
  { name: "European Women’s Lobby", group: 'networks' },
  { name: "1000 Möjligheter", country: 'SE', group: 'domestic' },
  { name: "Abolition 2014", country: 'DE', group: 'domestic' },
  { name: "Associazione Iroko Onlus", country: 'IT', group: 'domestic' },
  { name: "Awaken", country: 'US', group: 'domestic' },
  { name: "Belgian Women’s Council", country: 'BE', group: 'domestic' },
  { name: "Build a Girl Project", country: 'GB', group: 'domestic' },
  { name: "Bulgarian Platform of the European Women’s Lobby", country: 'BG', group: 'domestic' },
  { name: "Caritas Social Action Network", country: 'GB', group: 'domestic' },
  { name: "Central Arizona National Lawyers Guild", country: 'US', group: 'domestic' },
  { name: "Conseil international des femmes – International Council of Women", group: 'domestic' },
  { name: "Conseil national des femmes françaises (CNFF)", country: 'FR', group: 'domestic' },
  { name: "Conseil National des Femmes du Luxembourg", country: 'LU', group: 'domestic' },
  { name: "Equipes d’Action contre le Proxénétisme", country: 'FR', group: 'domestic' },
  { name: "For a world without prostitution", country: 'DE', group: 'domestic' },
  { name: "Fundación Camino a Casa", country: 'MX', group: 'domestic' },
  { name: "Fundación Karla de la Cuesta", country: 'MX', group: 'domestic' },
  { name: "The Greek Coordination", country: 'GR', group: 'domestic' },
  { name: "Hungarian Women’s Lobby", country: 'HU', group: 'domestic' },
  { name: "Immigrant Council of Ireland", country: 'IE', group: 'domestic' },
  { name: "Initiative Féministe Euromed IFE-EFI", group: 'domestic' },
  { name: "Institute of Our Lady of Mercy", country: 'GB', group: 'domestic' },
  { name: "Institute for Gender, Law and Development", country: 'AR', group: 'domestic' },
  { name: "isala asbl", country: 'BE', group: 'domestic' },
  { name: "Judith Trust", country: 'GB', group: 'domestic' },
  { name: "Klaipeda Social and psychological support center", country: 'LT', group: 'domestic' },
  { name: "Kofra (Kommunikationszentrum für Frauen)", country: 'DE', group: 'domestic' },
  { name: "Kwanele Survivor Movement", country: 'ZA', group: 'domestic' },
  { name: "L’Amicale du Nid", country: 'FR', group: 'domestic' },
  { name: "Libres Mariannes", country: 'FR', group: 'domestic' },
  { name: "Malta Confederation of Women’s Organisation (MCWO)", country: 'MT', group: 'domestic' },
  { name: "Mémoire Traumatique et Victimologie", country: 'FR', group: 'domestic' },
  { name: "Monde selon les femmes", country: 'BE', group: 'domestic' },
  { name: "National Alliance of Women’s Organisations", country: 'GB', group: 'domestic' },
  { name: "National Board of Catholic Women", country: 'GB', group: 'domestic' },
  { name: "Network of East West Women", country: 'PL', group: 'domestic' },
  { name: "nia", country: 'GB', group: 'domestic' },
  { name: "O Ninho", country: 'PT', group: 'domestic' },
  { name: "Portuguese Platform for Women’s Rights", country: 'PT', group: 'domestic' },
  { name: "Realstars", country: 'SE', group: 'domestic' },
  { name: "Regards de femmes", country: 'FR', group: 'domestic' },
  { name: "Romanian Women’s Lobby", country: 'RO', group: 'domestic' },
  { name: "Scientists for a World Without Prostitution", country: 'DE', group: 'domestic' },
  { name: "Slovak Women’s Lobby", country: 'SK', group: 'domestic' },
  { name: "Space Allies", country: 'JP', group: 'domestic' },
  { name: "Stockholm UN Association", country: 'SE', group: 'domestic' },
  { name: "Survivors for Solutions", country: 'US', group: 'domestic' },
  { name: "Swedish Women’s Lobby", country: 'SE', group: 'domestic' },
  { name: "Terre des Femmes", country: 'DE', group: 'domestic' },
  { name: "Unizon", country: 'SE', group: 'domestic' },
  { name: "Women’s Association “IZVOR”", country: 'HR', group: 'domestic' },
  { name: "Women’s Democratic Movement", country: 'PT', group: 'domestic' },
  { name: "Women’s Front", country: 'NO', group: 'domestic' },
  { name: "Women’s Network Croatia", country: 'HR', group: 'domestic' },
  { name: "World Without Exploitation", country: 'US', group: 'domestic' },];

export const ILO_GROUPS = [
  {
    id: 'members',
    name: {
      en: 'CAP International and its members',
      fr: 'CAP International et ses membres',
      es: 'CAP International y sus miembros',
      de: 'CAP International und ihre Mitglieder',
      ar: 'CAP International وأعضاؤها',
    },
  },
  {
    id: 'networks',
    name: {
      en: 'International networks',
      fr: 'Réseaux internationaux',
      es: 'Redes internacionales',
      de: 'Internationale Netzwerke',
      ar: 'الشبكات الدولية',
    },
  },
  {
    id: 'domestic',
    name: {
      en: 'Domestic NGOs',
      fr: 'ONG nationales',
      es: 'ONG nacionales',
      de: 'Nationale NGOs',
      ar: 'المنظمات غير الحكومية الوطنية',
    },
  },
];

export const ILO_URL = 'https://www.cap-international.org/letter-from-85-ngos-to-the-ilo/';

/** The letter as a statement of the feed; `overrides` replace its fields. */
export function iloLetter(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ilo-letter-2018',
    title: {
      en: 'Letter from 85 NGOs to the ILO Standard Setting Committee',
      fr: 'Lettre de 85 ONG au Comité de l’OIT chargé de l’élaboration des normes',
      es: 'Carta de 85 ONG a la Comisión normativa de la OIT',
      de: 'Brief von 85 NGOs an den Normsetzungsausschuss der IAO',
      ar: 'رسالة من 85 منظمة غير حكومية إلى لجنة وضع المعايير في منظمة العمل الدولية',
    },
    date: '2018-05-30',
    url: ILO_URL,
    groups: ILO_GROUPS,
    signatories: ILO_LETTER_SIGNATORIES,
    ...overrides,
  };
}

/** A petition of `n` signatories, names and countries cycling through the letter's, numbered. */
export function petition(n: number, overrides: Record<string, unknown> = {}) {
  const signatories = Array.from({ length: n }, (_, i) => {
    const s = ILO_LETTER_SIGNATORIES[i % ILO_LETTER_SIGNATORIES.length];
    return { name: `${s.name} ${i + 1}`, country: 'country' in s ? s.country : undefined };
  });
  return { id: `petition-${n}`, title: { en: `A petition of ${n} signatories` }, date: '2024-03-08', signatories, ...overrides };
}

export function feedWith(statements: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    defaultLocale: 'en',
    coalition: { name: 'CAP International', url: 'https://www.cap-international.org' },
    statements,
    ...extra,
  };
}

// Members of CAP International as seed 004 lists them (the letter to the ILO, 2018), with their cities.
// A few have no coordinates, so that the map places them at their country's centre.

export interface MemberInput {
  id: string;
  name: string | Record<string, string>;
  country: string;
  city?: string | Record<string, string>;
  coordinates?: { lat: number; lon: number };
  url?: string;
}

export const capMembers: MemberInput[] = [
  { id: 'apne-aap', name: 'Apne Aap', country: 'IN', city: 'Kolkata', coordinates: { lat: 22.57, lon: 88.36 }, url: 'https://apneaap.org/' },
  { id: 'breaking-free', name: 'Breaking Free', country: 'US', city: 'Saint Paul', coordinates: { lat: 44.95, lon: -93.09 }, url: 'https://www.breakingfree.net/' },
  { id: 'embrace-dignity', name: 'Embrace Dignity', country: 'ZA', city: 'Cape Town', coordinates: { lat: -33.92, lon: 18.42 } },
  { id: 'eva-center', name: 'EVA Center', country: 'US', city: 'Boston', coordinates: { lat: 42.36, lon: -71.06 } },
  { id: 'exit-finland', name: 'EXIT Finland', country: 'FI', city: 'Helsinki', coordinates: { lat: 60.17, lon: 24.94 } },
  { id: 'fondation-scelles', name: 'Fondation Scelles', country: 'FR', city: 'Paris', coordinates: { lat: 48.86, lon: 2.35 }, url: 'https://www.fondationscelles.org/' },
  { id: 'iniciativa-pro-equidad', name: 'Iniciativa Pro Equidad de Género', country: 'CO', city: 'Bogotá', coordinates: { lat: 4.71, lon: -74.07 } },
  { id: 'kafa', name: 'KAFA (enough) Violence & Exploitation', country: 'LB', city: { en: 'Beirut', fr: 'Beyrouth', ar: 'بيروت' }, coordinates: { lat: 33.89, lon: 35.5 }, url: 'https://kafa.org.lb/' },
  { id: 'kfuk', name: 'KFUKs Sociale Arbejde', country: 'DK', city: 'Copenhagen', coordinates: { lat: 55.68, lon: 12.57 } },
  { id: 'la-cles', name: 'La CLES', country: 'CA', city: 'Montréal', coordinates: { lat: 45.5, lon: -73.57 }, url: 'https://www.lacles.org/' },
  { id: 'maiti-nepal', name: 'Maiti Nepal', country: 'NP', city: 'Kathmandu', coordinates: { lat: 27.72, lon: 85.32 } },
  { id: 'malos-tratos', name: 'Malos Tratos', country: 'ES', city: 'Madrid', coordinates: { lat: 40.42, lon: -3.7 } },
  { id: 'marta-center', name: 'Marta Center', country: 'LV', city: 'Riga', coordinates: { lat: 56.95, lon: 24.11 } },
  { id: 'medicos-del-mundo', name: 'Médicos del Mundo', country: 'ES', city: 'Madrid', coordinates: { lat: 40.42, lon: -3.7 }, url: 'https://www.medicosdelmundo.org/' },
  { id: 'mouvement-du-nid', name: 'Mouvement du Nid', country: 'FR', city: 'Paris', coordinates: { lat: 48.86, lon: 2.35 }, url: 'https://mouvementdunid.org/' },
  { id: 'psgr', name: 'People Serving Girls at Risk', country: 'MW', city: 'Lilongwe' },
  { id: 'solwodi', name: 'SOLWODI', country: 'DE', city: 'Boppard', coordinates: { lat: 50.23, lon: 7.59 }, url: 'https://www.solwodi.de/' },
  { id: 'hamari-muskan', name: 'South Kolkata Hamari Muskan', country: 'IN', city: 'Kolkata', coordinates: { lat: 22.5, lon: 88.34 } },
  { id: 'reden', name: 'Reden', country: 'DK', city: 'Copenhagen' },
  { id: 'ruhama', name: 'Ruhama', country: 'IE', city: 'Dublin', coordinates: { lat: 53.35, lon: -6.26 }, url: 'https://www.ruhama.ie/' },
  { id: 'talita', name: 'Talita', country: 'SE', city: 'Stockholm', coordinates: { lat: 59.33, lon: 18.07 } },
  { id: 'unidos-vs-trata', name: 'Unidos vs Trata', country: 'MX', city: 'Mexico City' },
  { id: 'women-at-the-well', name: 'Women@thewell', country: 'GB', city: 'London', coordinates: { lat: 51.51, lon: -0.12 } },
];

export function feedWith(members: MemberInput[] = capMembers, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    defaultLocale: 'en',
    coalition: { name: 'CAP International', url: 'https://www.cap-international.org/' },
    members,
    ...extra,
  };
}

/** `n` made-up members around 20 cities (for the benchmark and the many-members stories). */
export function manyMembers(n: number): MemberInput[] {
  const cities: [string, number, number][] = [
    ['FR', 48.86, 2.35], ['DE', 52.52, 13.4], ['IN', 28.61, 77.21], ['US', 40.71, -74.0], ['BR', -23.55, -46.63],
    ['NG', 6.52, 3.38], ['KE', -1.29, 36.82], ['JP', 35.68, 139.69], ['AU', -33.87, 151.21], ['MX', 19.43, -99.13],
    ['SE', 59.33, 18.07], ['LB', 33.89, 35.5], ['ZA', -26.2, 28.05], ['CA', 45.5, -73.57], ['AR', -34.6, -58.38],
    ['PH', 14.6, 120.98], ['NP', 27.72, 85.32], ['IE', 53.35, -6.26], ['ES', 40.42, -3.7], ['IT', 41.9, 12.5],
  ];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: n }, (_, i) => {
    const [country, lat, lon] = cities[i % cities.length];
    const jitter = () => Math.round((random() - 0.5) * 400) / 100; // up to 2° either way
    return {
      id: `member-${i + 1}`,
      name: `Member ${i + 1}`,
      country,
      // One in three without coordinates: at its country's centre.
      ...(i % 3 ? { coordinates: { lat: lat + jitter(), lon: lon + jitter() } } : {}),
    };
  });
}

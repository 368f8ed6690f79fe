/**
 * Given names and family names from many languages, for synthetic people. General knowledge: these are
 * common names, not anyone in the seed articles.
 */
export const GIVEN_NAMES = [
  'Amina',
  'Carlos',
  'Chen',
  'Daniel',
  'Elena',
  'Fatima',
  'Hiroshi',
  'Ingrid',
  'Jamal',
  'Karin',
  'Lars',
  'Leila',
  'Mateo',
  'Mei',
  'Nadia',
  'Olga',
  'Pablo',
  'Priya',
  'Rahul',
  'Sofia',
  'Tomas',
  'Yusuf',
  'Zanele',
  'Anders',
  'Beatriz',
  'Dmitri',
  'Emeka',
  'Farah',
  'Giorgos',
  'Hana',
  'Ivan',
  'Joao',
  'Kenji',
  'Lucia',
  'Marek',
  'Nkosana',
  'Oskar',
  'Rania',
  'Sergei',
  'Tariq',
];

export const FAMILY_NAMES = [
  'Abubakar',
  'Alvarez',
  'Andersson',
  'Bauer',
  'Castillo',
  'Dlamini',
  'Eriksen',
  'Fernandes',
  'Gupta',
  'Haddad',
  'Ibrahim',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Qureshi',
  'Rossi',
  'Santos',
  'Tanaka',
  'Umarov',
  'Varga',
  'Wang',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Novak',
  'Suzuki',
  'Kim',
  'Mensah',
  'Horvat',
  'Costa',
  'Ivanova',
  'Kaur',
  'Osei',
  'Park',
  'Reyes',
  'Schmidt',
];

/** The i-th name of a long, deterministic sequence: different people get different names. */
export function personName(i: number): string {
  const given = GIVEN_NAMES[i % GIVEN_NAMES.length];
  const family = FAMILY_NAMES[Math.floor(i / GIVEN_NAMES.length) % FAMILY_NAMES.length];
  const generation = Math.floor(i / (GIVEN_NAMES.length * FAMILY_NAMES.length));
  // 1,600 pairs; beyond that a middle initial keeps names distinct, as in real archives.
  return generation === 0
    ? `${given} ${family}`
    : `${given} ${String.fromCharCode(65 + (generation % 26))}. ${family}${generation >= 26 ? `-${Math.floor(generation / 26)}` : ''}`;
}

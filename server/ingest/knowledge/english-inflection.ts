/**
 * The two English inflections the event lexicon needs, by the usual spelling rules: a verb's gerund (a fallback
 * kind name: "signing", "jailing") and a noun's regular plural (only to ask WordNet whether it lists the plural as
 * a word of its own: "talks", "hostilities"). Irregular forms are not needed: WordNet's plural-only entries are
 * regular, and a gerund the rules would spell wrong is named in the taxonomy's `kindNames`.
 */

/** One syllable ending consonant-vowel-consonant (not w, x, y): the final consonant doubles ("ban" -> "banning"). */
function doublesFinalConsonant(word: string): boolean {
  const spelled = word.replace(/^qu/, 'q'); // the u of "qu" spells a consonant: "quit" has one vowel
  const vowelGroups = spelled.match(/[aeiou]+/g) ?? [];
  return vowelGroups.length === 1 && /(^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/.test(spelled);
}

/** The -ing form of a verb; a phrasal lemma inflects its verb ("swear_in" -> "swearing in"). */
export function gerund(lemma: string): string {
  const [verb, ...particles] = lemma.split(/[_ ]/);
  let stem: string;
  if (/ie$/.test(verb)) stem = `${verb.slice(0, -2)}y`;
  else if (/(ee|ye|oe)$/.test(verb)) stem = verb;
  else if (/[^aeiou]e$/.test(verb) || /ue$/.test(verb)) stem = verb.slice(0, -1);
  else if (doublesFinalConsonant(verb)) stem = verb + verb.at(-1);
  else stem = verb;
  return [`${stem}ing`, ...particles].join(' ');
}

/** The regular plural of a noun ("talk" -> "talks", "hostility" -> "hostilities", "crash" -> "crashes"). */
export function regularPlural(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * The page's words for what a journalist reads: facts as phrases, properties by plain names, how a fact was found
 * in plain English. The extractor's own names (rule ids, bookkeeping properties) stay one "details" click away.
 */

/** Relationship types of the news graph as phrases ("took place in"). */
const FACT_PHRASES: Record<string, string> = {
  PARTICIPATED_IN: 'took part in',
  TOOK_PLACE_IN: 'took place in',
  REPORTED_BY: 'reported by',
  PUBLISHED_BY: 'published by',
  PARTY_TO: 'party to',
  HOLDS_ROLE: 'holds the role',
  HAS_SENTENCE: 'has the sentence',
};

export function factPhrase(type: string): string {
  return FACT_PHRASES[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

/** Properties a journalist reads, by plain names, in this order; every other one is a detail. */
const PLAIN_NAMES: [string, string][] = [
  ['kind', 'Kind'],
  ['date', 'Date'],
  ['planned', 'Planned'],
  ['aliases', 'Also written'],
  ['title', 'Title'],
  ['outlet', 'Outlet'],
  ['publishedAt', 'Published'],
  ['url', 'Link'],
];
const PLAIN = new Map(PLAIN_NAMES);

/** A news property's plain name, or null when it is the extractor's bookkeeping (dateRule, mergedFrom, id …). */
export function plainName(key: string): string | null {
  return PLAIN.get(key) ?? null;
}

/** The plain properties first, in the order above. */
export function plainOrder(keys: string[]): string[] {
  const rank = (k: string) => PLAIN_NAMES.findIndex(([key]) => key === k);
  return keys.filter((k) => PLAIN.has(k)).sort((a, b) => rank(a) - rank(b));
}

/**
 * How the extractor found a mention or a fact, in words: each rule id ("ner-person", "identity",
 * "event-verb:meeting/subject/name", "page-credit") by what it reads. Unknown ones read as "an extraction rule".
 */
const RULE_WORDS: [RegExp, string][] = [
  [/^ner\b|^ner-/, 'named in the sentence'],
  [/^(?:identity|name-echo|acronym|alias)/, 'the same name as elsewhere in the article'],
  [/^event-verb/, 'the sentence’s verb tells the event'],
  [/^event-noun/, 'an event word in the sentence'],
  [/credit|dateline|byline/, 'the page credits the source'],
  [/^(?:reporting|according|citing|readout|said|told|statement|quote)/, 'the sentence attributes it'],
  [/^(?:role|title|office)/, 'a title told with the name'],
  [/^place|venue|dateline-place/, 'a place told with the event'],
  [/^date|time/, 'a date told with the event'],
  [/^(?:gazetteer|known|official-country-name)/, 'a name Readout knows'],
  [/^(?:pronoun|group-)/, 'a word referring back to someone named before'],
  [/^party-/, 'a party named with the agreement'],
  [/^(?:state-|ministry|people-of-state)/, 'a state named by its body or people'],
  [/^(?:descriptor|salient-descriptor|office-phrase|person-by-who)/, 'a description told with the name'],
  [/^(?:listed-name|paired-name|short-name|name)/, 'a name in the sentence'],
];

export function ruleWords(rules: string[]): string {
  const words = rules
    .flatMap((r) => r.split('+'))
    .map((r) => RULE_WORDS.find(([pattern]) => pattern.test(r))?.[1] ?? 'an extraction rule');
  return [...new Set(words)].join('; ');
}

import { Executor } from '../../server/db/executor';
import { clearDatabase } from './neo4j';

/** The seeds' sentence stating the 15 June 2022 call (seeds/001_cd2d930251a88537.txt), Moscow's readout. */
export const READOUT_SENTENCE =
  'Chinese President Xi Jinping has told Vladimir Putin that his actions on Ukraine were legitimate, reasserting ' +
  'China’s support for the Russian president on issues of sovereignty and security, according to Moscow’s ' +
  'official readout of their phone call.';
/** A sentence with what spreadsheets and XML get wrong: an en dash, straight and curly quotes, a comma. */
export const TRICKY_SENTENCE =
  'Xi said the call – their second since February – was "candid", and Putin’s aide said so too.';
/** Text a Cypher script must write back exactly: quotes, a backslash, a line break, a spelled-out escape. */
export const TRICKY_NOTE = 'line one\nit\'s "quoted", a back\\slash and \\u0027 written out; `ticks`';

export const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';
export const XI = 'person:xi-jinping';
export const PUTIN = 'person:vladimir-putin';
export const KREMLIN = 'organization:kremlin';
/** A property whose key spells out an escape of a backtick, which must not close the script's backticks. */
export const ODD_KEY = { 'odd\\u0060key': 'odd\\u0060value' };
/** Evidence sentences of the fact with more than an export writes per fact. */
export const MANY_SENTENCES = 60;

/**
 * A small graph in Readout's contract (articles, sentences, entities, facts carrying `evidence`, `articles` and
 * `rule`) around the seeds' Xi–Putin call, plus a note of another kind without an id, on a clean database.
 */
export async function loadExportGraph(executor: Executor): Promise<void> {
  await clearDatabase(executor);
  await executor.write((tx) =>
    tx.run(
      `CREATE (a1:Article {id: 'article:001', title: 'Xi tells Putin his Ukraine invasion is ‘legitimate’', publishedAt: '2022-06-19'})
       CREATE (a2:Article {id: 'article:002', title: 'Xi tells Putin China will keep backing Russia', publishedAt: '2022-06-16'})
       CREATE (s1:Sentence {id: 'article:001#0', index: 0, text: $readout})
       CREATE (s2:Sentence {id: 'article:002#3', index: 3, text: $tricky})
       CREATE (a1)-[:HAS_SENTENCE]->(s1), (a2)-[:HAS_SENTENCE]->(s2)
       CREATE (xi:Person:Entity {id: $xi, name: 'Xi Jinping', aliases: ['Xi', 'President Xi'], aliasText: 'xi president xi'})
       CREATE (putin:Person:Entity {id: $putin, name: 'Vladimir Putin', aliases: ['Putin']})
       CREATE (kremlin:Organization:Entity {id: $kremlin, name: 'Kremlin', aliases: []})
       CREATE (call:Event:Entity {id: $call, name: 'call', kind: 'call', family: 'consult', date: '2022-06-15',
                                  weight: 1.5, rank: 3, confirmed: true, note: $note})
       CREATE (note:Note {title: '=HYPERLINK("http://example.com")', pages: [1, 2, 3]})
       SET note += $oddKey
       CREATE (xi)-[:PARTICIPATED_IN {key: 'k-xi', role: 'caller', rule: 'event-subject',
                                      evidence: ['article:001#0', 'article:002#3'], articles: ['article:001', 'article:002']}]->(call)
       CREATE (putin)-[:PARTICIPATED_IN {key: 'k-putin', role: 'callee', rule: 'event-object',
                                         evidence: ['article:001#0'], articles: ['article:001']}]->(call)
       CREATE (call)-[:REPORTED_BY {key: 'k-kremlin', rule: 'according-to', evidence: ['article:001#0'], articles: ['article:001']}]->(kremlin)
       CREATE (note)-[:ABOUT {written: 'by hand'}]->(call)
       CREATE (s1)-[:MENTIONS]->(xi), (s1)-[:MENTIONS]->(putin), (s2)-[:MENTIONS]->(xi)
       WITH xi, kremlin, a2
       UNWIND range(1, $many) AS i
       CREATE (a2)-[:HAS_SENTENCE]->(:Sentence {id: 'article:002#m' + i, index: 100 + i, text: 'Xi praised the Kremlin, line ' + i + '.'})
       WITH xi, kremlin, collect('article:002#m' + i) AS ids
       CREATE (xi)-[:PRAISED {key: 'k-praise', rule: 'praise-verb', evidence: ids, articles: ['article:002']}]->(kremlin)`,
      {
        readout: READOUT_SENTENCE,
        tricky: TRICKY_SENTENCE,
        note: TRICKY_NOTE,
        xi: XI,
        putin: PUTIN,
        kremlin: KREMLIN,
        call: CALL,
        many: MANY_SENTENCES,
        oddKey: ODD_KEY,
      },
    ),
  );
}

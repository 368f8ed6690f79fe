// Readout's graph contract, applied at start-up (idempotent: every statement is IF NOT EXISTS).
//
// Entities: every node of kind Person, Country, Outlet, Organization, Agreement, Place or Event is also
// :Entity, with `id` (stable slug, unique), `name` (canonical), `aliases` (surface forms seen) and
// `aliasText` (the aliases joined, for the full-text index: Neo4j full-text indexes skip list properties).
// Event also has `kind` ('call', 'meeting', 'visit', …) and `date` (ISO, as precise as known).
//
// Sources: (:Article {id, title, url, publishedAt, textSha256})-[:PUBLISHED_BY]->(:Outlet)
//          (:Article)-[:HAS_SENTENCE]->(:Sentence {id, text, index})-[:MENTIONS]->(:Entity)
// Facts:   PARTICIPATED_IN {role} (→ Event), REPORTED_BY (Event → Outlet|Organization|…),
//          HOLDS_ROLE {title}, PARTY_TO (→ Agreement), TOOK_PLACE_IN (Event → Place|Country);
//          each with `evidence` (sentence ids) and `articles` (article ids).

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;

// Bookkeeping, not news (the news catalogue does not list these labels): a person's corrections, what extraction
// made of each article (the corrections are applied to it again), and the one node writers lock in turn.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT extraction_article IF NOT EXISTS FOR (x:Extraction) REQUIRE x.article IS UNIQUE;
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
// Not unique: articles loaded before fingerprints have none, and two of them may share a text.
CREATE INDEX article_text IF NOT EXISTS FOR (a:Article) ON (a.textSha256);

CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];

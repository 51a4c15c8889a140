// One row per fact (subject, relation, object) of one batch, with that batch's
// new evidence as parallel lists (Fact.row: {subject, object, claims, sources,
// sentences, published, statuses, confidences, sentence_indexes, confidence, first,
// last, stake, share}; dates as ISO strings; its articles count is recounted here).
//
// __REL_TYPE__ is the one substitution: Cypher cannot take a relationship type as
// a parameter, so kg/stores/neo4j_load.py fills it with a relation's neo4j_type
// from ontology.relations() (checked against the registry, never user input).
// Values still arrive only as parameters. OPTIONAL MATCH makes a missing entity fail
// the batch loudly instead of dropping the fact.
UNWIND $rows AS row
OPTIONAL MATCH (s:Entity {iri: row.subject})
OPTIONAL MATCH (o:Entity {iri: row.object})
MERGE (s)-[r:__REL_TYPE__]->(o)
ON CREATE SET r.claims = [], r.sources = [], r.sentences = [], r.published = [], r.statuses = [],
              r.confidences = [], r.sentence_indexes = []
SET r.claims = r.claims + row.claims,
    r.sources = r.sources + row.sources,
    r.sentences = r.sentences + row.sentences,
    r.published = r.published + row.published,
    r.statuses = r.statuses + row.statuses,
    r.confidences = r.confidences + row.confidences,
    r.sentence_indexes = r.sentence_indexes + row.sentence_indexes,
    r.confidence = CASE
      WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence
      ELSE r.confidence END,
    r.first_reported = CASE
      WHEN row.first IS NULL THEN r.first_reported
      WHEN r.first_reported IS NULL OR date(row.first) < r.first_reported THEN date(row.first)
      ELSE r.first_reported END,
    r.last_reported = CASE
      WHEN row.last IS NULL THEN r.last_reported
      WHEN r.last_reported IS NULL OR date(row.last) > r.last_reported THEN date(row.last)
      ELSE r.last_reported END,
    r.stake = CASE
      WHEN row.stake IS NULL THEN r.stake
      ELSE coalesce(r.stake, true) AND row.stake END,
    r.share = CASE
      WHEN row.share IS NULL THEN r.share
      WHEN r.share IS NULL OR row.share > r.share THEN row.share
      ELSE r.share END
// Distinct sources by a hashing DISTINCT, linear in the list (a reduce over it was quadratic).
SET r.articles = COUNT { UNWIND r.sources AS source RETURN DISTINCT source }

// First load only: one row per fact (subject, relation, object) whose whole
// evidence is in this batch (kg.stores.neo4j_facts.pair_batches), so the
// relationship is created once with its final properties (Fact.row:
// {subject, object, claims, sources, sentences, published, statuses, confidences,
// sentence_indexes, confidence, first, last, articles, stake, share}; dates as ISO
// strings) and its ends' element ids {sid, oid} (a seek by id is faster than one by
// the iri index; the iri is checked all the same). A null value creates no property,
// as the merge would leave it out. OPTIONAL MATCH makes a missing entity fail the
// batch loudly instead of dropping the fact.
//
// __REL_TYPE__ is filled like in merge_fact.cypher: a relation's neo4j_type
// from ontology.relations(), checked against the registry, never user input.
UNWIND $rows AS row
OPTIONAL MATCH (s:Entity) WHERE elementId(s) = row.sid AND s.iri = row.subject
OPTIONAL MATCH (o:Entity) WHERE elementId(o) = row.oid AND o.iri = row.object
CREATE (s)-[:__REL_TYPE__ {
  claims: row.claims, sources: row.sources, sentences: row.sentences,
  published: row.published, statuses: row.statuses, confidences: row.confidences,
  sentence_indexes: row.sentence_indexes, confidence: row.confidence,
  first_reported: date(row.first), last_reported: date(row.last), articles: row.articles,
  stake: row.stake, share: row.share
}]->(o)

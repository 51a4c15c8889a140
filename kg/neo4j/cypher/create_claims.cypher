// One row per claim that is not a fact (denied, planned...) and not loaded yet: a
// Claim node with its three edges. Claims that are facts live in their fact
// relationship's evidence lists instead (merge_fact.cypher, create_fact.cypher).
// OPTIONAL MATCH makes a missing entity or article fail the batch loudly
// instead of dropping the claim.
UNWIND $rows AS row
OPTIONAL MATCH (s:Entity {iri: row.subject})
OPTIONAL MATCH (o:Entity {iri: row.object})
OPTIONAL MATCH (a:Article {iri: row.article})
CREATE (c:Claim {
  iri: row.iri, predicate: row.predicate, status: row.status, confidence: row.confidence,
  sentence: row.sentence, sentence_index: row.sentence_index, stake: row.stake,
  share: row.share, subject: row.subject, object: row.object
})
CREATE (c)-[:IN_ARTICLE]->(a)
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o)

// First load only: one row per fact (subject, relation, object) whose whole
// evidence is in this batch (kg.stores.neo4j_facts.pair_batches), so the
// relationship is created once with its final properties, {subject, object,
// properties}; null properties are left out, as the merge would leave them.
// OPTIONAL MATCH makes a missing entity fail the batch loudly instead of dropping
// the fact.
//
// __REL_TYPE__ is filled like in merge_fact.cypher: a relation's neo4j_type
// from ontology.relations(), checked against the registry, never user input.
UNWIND $rows AS row
OPTIONAL MATCH (s:Entity {iri: row.subject})
OPTIONAL MATCH (o:Entity {iri: row.object})
CREATE (s)-[r:__REL_TYPE__]->(o)
SET r = row.properties

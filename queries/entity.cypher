// A profile of $entity: its class, and every fact into or out of it under any of its
// names (CONTROLS and the rows of kg/stores/neo4j_derive.py, derived, and REBRANDS_AS
// within the entity left out), with the other end's current name and the claims behind
// each fact (its evidence lists; stake is the fact's: true when every claim is a stake).
MATCH (entity:Entity {iri: $entity})
OPTIONAL MATCH (entity)-[:REBRANDS_AS*0..]-(typed:Entity)
WITH entity, collect(DISTINCT typed.type) AS types
UNWIND types AS type
OPTIONAL CALL (entity) {
  MATCH (entity)-[:REBRANDS_AS*0..]-(node:Entity)
  MATCH (node)-[f]-(other_node:Entity)
    WHERE NOT type(f) IN ['CONTROLS', 'RIVAL_RENTAL', 'SOLE_SUPPLIER']
      AND NOT EXISTS { MATCH (other_node)-[:REBRANDS_AS*0..]-(entity) }
  MATCH (other_node)-[:REBRANDS_AS*0..]->(other:Entity) WHERE NOT (other)-[:REBRANDS_AS]->()
  UNWIND range(0, size(f.claims) - 1) AS i
  RETURN DISTINCT CASE WHEN startNode(f) = node THEN 'out' ELSE 'in' END AS direction,
         type(f) AS relation, other, f.stake AS stake, f.sources[i] AS source,
         f.sentences[i] AS sentence,
         CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
         f.statuses[i] AS status
}
RETURN DISTINCT entity.iri AS entity, entity.name AS entity_name, type, direction, relation,
       other.iri AS other, other.name AS other_name, stake, source, sentence, published,
       status

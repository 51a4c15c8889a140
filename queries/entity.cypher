// A profile of $entity: its class, and every fact into or out of it under any of its
// names (CONTROLS and the rows of kg/stores/neo4j_derive.py, derived, and REBRANDS_AS
// within the entity left out), with the other end's current name and the claims behind
// each fact.
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
  UNWIND f.claims AS claim_iri
  MATCH (c:Claim {iri: claim_iri})-[:IN_ARTICLE]->(a:Article)
    WHERE c.status IN ['asserted', 'reported']
  RETURN DISTINCT CASE WHEN startNode(f) = node THEN 'out' ELSE 'in' END AS direction,
         type(f) AS relation, other, c, a
}
RETURN DISTINCT entity.iri AS entity, entity.name AS entity_name, type, direction, relation,
       other.iri AS other, other.name AS other_name, c.stake AS stake, a.source AS source,
       c.sentence AS sentence, a.published AS published, c.status AS status

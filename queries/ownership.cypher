// The ownership around $entity: OWNS facts into the chain of its controlling owners
// ("up") and out of it and what it controls ("down"). Same meaning as ownership.rq.
// share is the fact's largest stated share (the shaper keeps the largest anyway).
MATCH (entity:Entity {iri: $entity})
CALL (entity) {
  MATCH (entity) ((x:Entity)-[r:CONTROLS|REBRANDS_AS]-(y:Entity)
                  WHERE type(r) = 'REBRANDS_AS' OR startNode(r) = y)* (owned_node:Entity)
  MATCH (owner_node:Entity)-[:OWNS]->(owned_node)
  RETURN DISTINCT 'up' AS side, owner_node, owned_node
  UNION
  MATCH (entity) ((x:Entity)-[r:CONTROLS|REBRANDS_AS]-(y:Entity)
                  WHERE type(r) = 'REBRANDS_AS' OR startNode(r) = x)* (owner_node:Entity)
  MATCH (owner_node)-[:OWNS]->(owned_node:Entity)
  RETURN DISTINCT 'down' AS side, owner_node, owned_node
}
MATCH (owner_node)-[:REBRANDS_AS*0..]->(owner:Entity) WHERE NOT (owner)-[:REBRANDS_AS]->()
MATCH (owned_node)-[:REBRANDS_AS*0..]->(owned:Entity) WHERE NOT (owned)-[:REBRANDS_AS]->()
MATCH (owner_node)-[f:OWNS]->(owned_node)
UNWIND range(0, size(f.claims) - 1) AS i
RETURN DISTINCT entity.iri AS entity, entity.name AS entity_name, side, owner.iri AS owner,
       owner.name AS owner_name, owned.iri AS owned, owned.name AS owned_name,
       owned_node.type AS owned_type,
       EXISTS { (owner_node)-[:CONTROLS]->(owned_node) } AS controls, f.share AS share,
       type(f) AS relation, f.sources[i] AS source, f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status

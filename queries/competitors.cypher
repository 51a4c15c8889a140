// The stated rivals of $entity (COMPETES_WITH either way, under any of its names).
MATCH (entity:Entity {iri: $entity})
MATCH (entity)-[:REBRANDS_AS*0..]-(node:Entity)
MATCH (node)-[:COMPETES_WITH]-(rn:Entity)
  WHERE NOT EXISTS { MATCH (rn)-[:REBRANDS_AS*0..]-(entity) }
WITH DISTINCT entity, node, rn
MATCH (rn)-[:REBRANDS_AS*0..]->(competitor:Entity) WHERE NOT (competitor)-[:REBRANDS_AS]->()
MATCH (node)-[f:COMPETES_WITH]-(rn)
UNWIND f.claims AS claim_iri
MATCH (c:Claim {iri: claim_iri})-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT entity.iri AS entity, entity.name AS entity_name,
       competitor.iri AS competitor, competitor.name AS competitor_name,
       c.predicate AS relation, a.source AS source, c.sentence AS sentence,
       a.published AS published, c.status AS status

// The stated rivals of $entity (COMPETES_WITH either way, under any of its names).
MATCH (entity:Entity {iri: $entity})
MATCH (entity)-[:REBRANDS_AS*0..]-(node:Entity)
MATCH (node)-[:COMPETES_WITH]-(rn:Entity)
  WHERE NOT EXISTS { MATCH (rn)-[:REBRANDS_AS*0..]-(entity) }
WITH DISTINCT entity, node, rn
MATCH (rn)-[:REBRANDS_AS*0..]->(competitor:Entity) WHERE NOT (competitor)-[:REBRANDS_AS]->()
MATCH (node)-[f:COMPETES_WITH]-(rn)
UNWIND range(0, size(f.claims) - 1) AS i
RETURN DISTINCT entity.iri AS entity, entity.name AS entity_name,
       competitor.iri AS competitor, competitor.name AS competitor_name,
       type(f) AS relation, f.sources[i] AS source, f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status

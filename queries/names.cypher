// Every name $entity has had: the entities linked to it by REBRANDS_AS (either way),
// their aliases, and the rebrands-as claims that renamed one to the next (the
// REBRANDS_AS fact's evidence lists; item i of each list is claim i).
MATCH (entity:Entity {iri: $entity})
MATCH (entity)-[:REBRANDS_AS*0..]-(node:Entity)
WITH DISTINCT entity, node
UNWIND CASE WHEN size(coalesce(node.aliases, [])) = 0 THEN [null] ELSE node.aliases END
  AS alias
OPTIONAL MATCH (node)-[f:REBRANDS_AS]->(newer:Entity)
UNWIND CASE WHEN f IS NULL THEN [null] ELSE range(0, size(f.claims) - 1) END AS i
RETURN DISTINCT entity.iri AS entity, node.iri AS node, node.name AS name, alias,
       newer.iri AS newer, type(f) AS relation, f.sources[i] AS source,
       f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status

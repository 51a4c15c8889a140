// Every name $entity has had: the entities linked to it by REBRANDS_AS (either way),
// their aliases, and the rebrands-as claims that renamed one to the next.
MATCH (entity:Entity {iri: $entity})
MATCH (entity)-[:REBRANDS_AS*0..]-(node:Entity)
WITH DISTINCT entity, node
UNWIND CASE WHEN size(coalesce(node.aliases, [])) = 0 THEN [null] ELSE node.aliases END
  AS alias
OPTIONAL MATCH (node)-[:REBRANDS_AS]->(newer:Entity)
OPTIONAL MATCH (node)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(newer)
  WHERE c.predicate = 'rebrands-as' AND c.status IN ['asserted', 'reported']
OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT entity.iri AS entity, node.iri AS node, node.name AS name, alias,
       newer.iri AS newer, c.predicate AS relation, a.source AS source,
       c.sentence AS sentence, a.published AS published, c.status AS status

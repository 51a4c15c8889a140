// Who rents capacity from $entity or from anything it controls (any depth).
MATCH (entity:Entity {iri: $entity})
MATCH (entity) ((x:Entity)-[r:CONTROLS|REBRANDS_AS]-(y:Entity)
                WHERE type(r) = 'REBRANDS_AS' OR startNode(r) = x)* (pn:Entity)
WITH DISTINCT entity, pn
MATCH (pn)-[:RENTS_CAPACITY_TO]->(cn:Entity)
MATCH (pn)-[:REBRANDS_AS*0..]->(provider:Entity) WHERE NOT (provider)-[:REBRANDS_AS]->()
MATCH (cn)-[:REBRANDS_AS*0..]->(customer:Entity) WHERE NOT (customer)-[:REBRANDS_AS]->()
MATCH (pn)-[f:RENTS_CAPACITY_TO]->(cn)
UNWIND range(0, size(f.claims) - 1) AS i
RETURN DISTINCT entity.iri AS entity, entity.name AS entity_name, customer.iri AS customer,
       customer.name AS customer_name, provider.iri AS provider,
       provider.name AS provider_name, type(f) AS relation, f.sources[i] AS source,
       f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status

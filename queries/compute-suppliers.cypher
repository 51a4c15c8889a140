// Who supplies compute to $entity: providers that rent capacity to it, to an owner above
// it (CONTROLS upwards) or to a subsidiary below it (CONTROLS downwards), with the data
// centres the supplier is or controls. Same meaning as compute-suppliers.rq.
MATCH (entity:Entity {iri: $entity})
MATCH (entity)-[:REBRANDS_AS*0..]-(same:Entity)
WITH entity, collect(DISTINCT same) AS itself
MATCH (entity) ((x:Entity)-[r:CONTROLS|REBRANDS_AS]-(y:Entity)
                WHERE type(r) = 'REBRANDS_AS' OR startNode(r) = y)* (owner:Entity)
WITH entity, itself, collect(DISTINCT owner) AS owners
MATCH (entity) ((x:Entity)-[r:CONTROLS|REBRANDS_AS]-(y:Entity)
                WHERE type(r) = 'REBRANDS_AS' OR startNode(r) = x)* (sub:Entity)
WITH entity, itself, owners, collect(DISTINCT sub) AS subs
UNWIND [n IN itself | [n, 'itself']]
     + [n IN owners WHERE NOT n IN itself | [n, 'owner']]
     + [n IN subs WHERE NOT n IN itself | [n, 'subsidiary']] AS pair
WITH entity, pair[0] AS rn, pair[1] AS via
MATCH (sn:Entity)-[:RENTS_CAPACITY_TO]->(rn)
MATCH (sn)-[:REBRANDS_AS*0..]->(supplier:Entity) WHERE NOT (supplier)-[:REBRANDS_AS]->()
MATCH (rn)-[:REBRANDS_AS*0..]->(recipient:Entity) WHERE NOT (recipient)-[:REBRANDS_AS]->()
OPTIONAL MATCH (sn) ((x:Entity)-[r:CONTROLS|REBRANDS_AS]-(y:Entity)
                     WHERE type(r) = 'REBRANDS_AS' OR startNode(r) = x)* (facility:DataCenter)
MATCH (sn)-[f:RENTS_CAPACITY_TO]->(rn)
UNWIND range(0, size(f.claims) - 1) AS i
RETURN DISTINCT entity.iri AS entity, entity.name AS entity_name, supplier.iri AS supplier,
       supplier.name AS supplier_name, recipient.iri AS recipient,
       recipient.name AS recipient_name, via, facility.iri AS facility,
       facility.name AS facility_name, type(f) AS relation, f.sources[i] AS source,
       f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status

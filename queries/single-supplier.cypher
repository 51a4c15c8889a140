// AI labs with exactly one known compute supplier (names counted after rebrands). A lab
// is a current entity one of whose names (itself or a former one) is labelled :AILab.
MATCH (pn:Entity)-[:RENTS_CAPACITY_TO]->(ln:Entity)
MATCH (ln)-[:REBRANDS_AS*0..]->(lab:Entity) WHERE NOT (lab)-[:REBRANDS_AS]->()
MATCH (pn)-[:REBRANDS_AS*0..]->(provider:Entity) WHERE NOT (provider)-[:REBRANDS_AS]->()
WITH lab, collect(DISTINCT provider) AS providers
  WHERE size(providers) = 1 AND EXISTS { MATCH (:AILab)-[:REBRANDS_AS*0..]->(lab) }
WITH lab, providers[0] AS supplier
MATCH (cp:Entity)-[:REBRANDS_AS*0..]->(supplier)
MATCH (cl:Entity)-[:REBRANDS_AS*0..]->(lab)
MATCH (cp)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(cl)
  WHERE c.predicate = 'rents-capacity-to' AND c.status IN ['asserted', 'reported']
MATCH (c)-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT lab.iri AS lab, lab.name AS lab_name, supplier.iri AS supplier,
       supplier.name AS supplier_name, c.predicate AS relation, a.source AS source,
       c.sentence AS sentence, a.published AS published, c.status AS status

// AI labs with exactly one known compute supplier (names counted after rebrands), the
// first $limit labs in name order. Same meaning as single-supplier.rq: its rows are
// derived data written after each load (kg/stores/neo4j_derive.py): (supplier
// node)-[:SOLE_SUPPLIER {lab, supplier}]->(lab node), one per rental behind an answer,
// from kg.stores.derived.derive.
MATCH (cp:Entity)-[x:SOLE_SUPPLIER]->(cl:Entity)
WITH x.lab AS lab_iri, x.supplier AS supplier_iri, collect([cp, cl]) AS rentals
MATCH (lab:Entity {iri: lab_iri})
MATCH (supplier:Entity {iri: supplier_iri})
WITH lab, supplier, rentals
  ORDER BY lab.name, supplier.name, lab.iri
  LIMIT $limit
UNWIND rentals AS rental
WITH lab, supplier, rental[0] AS cp, rental[1] AS cl
MATCH (cp)-[f:RENTS_CAPACITY_TO]->(cl)
UNWIND range(0, size(f.claims) - 1) AS i
RETURN DISTINCT lab.iri AS lab, lab.name AS lab_name, supplier.iri AS supplier,
       supplier.name AS supplier_name, type(f) AS relation, f.sources[i] AS source,
       f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status

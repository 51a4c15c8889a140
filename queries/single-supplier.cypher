// AI labs with exactly one known compute supplier (names counted after rebrands). Same
// meaning as single-supplier.rq: its rows are derived data written after each load
// (kg/stores/neo4j_derive.py): (supplier node)-[:SOLE_SUPPLIER {lab, supplier}]->(lab
// node), one per rental behind an answer, from kg.stores.derived.derive.
MATCH (cp:Entity)-[x:SOLE_SUPPLIER]->(cl:Entity)
MATCH (lab:Entity {iri: x.lab})
MATCH (supplier:Entity {iri: x.supplier})
MATCH (cp)-[f:RENTS_CAPACITY_TO]->(cl)
UNWIND f.claims AS claim_iri
MATCH (c:Claim {iri: claim_iri})-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT lab.iri AS lab, lab.name AS lab_name, supplier.iri AS supplier,
       supplier.name AS supplier_name, c.predicate AS relation, a.source AS source,
       c.sentence AS sentence, a.published AS published, c.status AS status

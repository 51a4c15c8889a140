// The derived data of kg/stores/neo4j_derive.py, one statement per block; blocks are
// separated by lines holding only a semicolon, and each starts with a line naming it.
// Derived data is rebuilt whole after every load (what it replaces is removed first).
// name: index_name
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)
;
// name: index_ai_labs
CREATE INDEX entity_ai_labs IF NOT EXISTS FOR (n:Entity) ON (n.ai_labs)
;
// name: read_entities
MATCH (e:Entity)
RETURN e.iri AS iri, e.type AS type
;
// name: read_facts
MATCH (s:Entity)-[r:REBRANDS_AS|CONTROLS|RENTS_CAPACITY_TO|COMPETES_WITH]->(o:Entity)
RETURN s.iri AS subject, type(r) AS type, o.iri AS object
;
// name: clear_rows
MATCH ()-[r:RIVAL_RENTAL|SOLE_SUPPLIER]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
;
// name: clear_counts
MATCH (n:Entity) WHERE n.ai_labs IS NOT NULL
CALL (n) { REMOVE n.ai_labs } IN TRANSACTIONS OF 10000 ROWS
;
// name: write_rival_rentals
// {provider, lab, rival, rival_of}: one competitor-compute row (Derived.rival_rentals).
UNWIND $rows AS row
MATCH (p:Entity {iri: row.provider})
MATCH (l:Entity {iri: row.lab})
CREATE (p)-[:RIVAL_RENTAL {rival: row.rival, rival_of: row.rival_of}]->(l)
;
// name: write_sole_suppliers
// {lab, supplier, provider_node, lab_node}: one single-supplier row (Derived.sole_suppliers).
UNWIND $rows AS row
MATCH (p:Entity {iri: row.provider_node})
MATCH (l:Entity {iri: row.lab_node})
CREATE (p)-[:SOLE_SUPPLIER {lab: row.lab, supplier: row.supplier}]->(l)
;
// name: write_lab_counts
// {provider, labs}: how many AI labs rent from a provider (Derived.lab_counts).
UNWIND $rows AS row
MATCH (p:Entity {iri: row.provider})
SET p.ai_labs = row.labs

// Every relationship by its end nodes' iris, with its properties: for checksums and tests.
MATCH (s)-[r]->(o)
RETURN s.iri AS start, type(r) AS type, o.iri AS end, properties(r) AS properties

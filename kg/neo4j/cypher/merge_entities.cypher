// One row per entity: {iri, name, type, aliases, labels}; labels come from
// ontology.class_ancestors(type) and are set as dynamic labels (Neo4j 5.26).
// An entity without aliases has no aliases property (aliases is null, which removes
// it), as the bulk import leaves it: readers take a missing list as [].
UNWIND $rows AS row
MERGE (n:Entity {iri: row.iri})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases
SET n:$(row.labels)
RETURN row.iri AS iri, elementId(n) AS id

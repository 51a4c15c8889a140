// Element ids of the entities $iris that are in the graph (a first load finds a fact's
// ends by id; claims may name entities loaded before).
UNWIND $iris AS iri
MATCH (n:Entity {iri: iri})
RETURN iri, elementId(n) AS id

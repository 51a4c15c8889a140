// Every entity whose canonical name is $name (by the entity_name index that
// kg/stores/neo4j_derive.py creates), with its current entity (follow REBRANDS_AS
// forward to a name that was not rebranded again).
MATCH (e:Entity {name: $name})
OPTIONAL MATCH (e)-[:REBRANDS_AS*0..]->(c:Entity)
  WHERE NOT (c)-[:REBRANDS_AS]->()
RETURN DISTINCT $name AS name, e.iri AS iri, true AS by_label,
       c.iri AS current, c.name AS current_name

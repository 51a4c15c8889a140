// Every entity that carries $name as its canonical name (by_label) or an alias, with its
// current entity (follow REBRANDS_AS forward to a name that was not rebranded again).
MATCH (e:Entity)
  WHERE e.name = $name OR $name IN e.aliases
OPTIONAL MATCH (e)-[:REBRANDS_AS*0..]->(c:Entity)
  WHERE NOT (c)-[:REBRANDS_AS]->()
RETURN DISTINCT $name AS name, e.iri AS iri, e.name = $name AS by_label,
       c.iri AS current, c.name AS current_name

// Every entity that has $name as an alias, with its current entity (as resolve.cypher).
// Asked only when no entity is called $name: a list property has no index, so this
// reads every entity.
MATCH (e:Entity)
  WHERE $name IN e.aliases
OPTIONAL MATCH (e)-[:REBRANDS_AS*0..]->(c:Entity)
  WHERE NOT (c)-[:REBRANDS_AS]->()
RETURN DISTINCT $name AS name, e.iri AS iri, false AS by_label,
       c.iri AS current, c.name AS current_name

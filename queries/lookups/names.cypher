// Every name and alias of every entity: for case-insensitive matching and suggestions.
MATCH (e:Entity)
UNWIND [e.name] + coalesce(e.aliases, []) AS name
RETURN DISTINCT name, e.iri AS iri

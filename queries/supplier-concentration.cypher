// Compute providers by how many AI labs rent capacity from them (after rebrands).
// A lab is a rental's object, or a newer name of it, labelled :AILab.
MATCH (pn:Entity)-[:RENTS_CAPACITY_TO]->(ln:Entity)
  WHERE EXISTS { MATCH (ln)-[:REBRANDS_AS*0..]->(:AILab) }
MATCH (ln)-[:REBRANDS_AS*0..]->(lab:Entity)
  WHERE NOT (lab)-[:REBRANDS_AS]->()
MATCH (pn)-[:REBRANDS_AS*0..]->(provider:Entity) WHERE NOT (provider)-[:REBRANDS_AS]->()
RETURN provider.iri AS provider, provider.name AS provider_name, count(DISTINCT lab) AS labs

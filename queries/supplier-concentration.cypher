// Compute providers by how many AI labs rent capacity from them (after rebrands).
MATCH (pn:Entity)-[:RENTS_CAPACITY_TO]->(ln:Entity)
MATCH (ln)-[:REBRANDS_AS*0..]->(lab:Entity)
  WHERE NOT (lab)-[:REBRANDS_AS]->() AND EXISTS { MATCH (lab)-[:REBRANDS_AS*0..]-(:AILab) }
MATCH (pn)-[:REBRANDS_AS*0..]->(provider:Entity) WHERE NOT (provider)-[:REBRANDS_AS]->()
RETURN provider.iri AS provider, provider.name AS provider_name, count(DISTINCT lab) AS labs

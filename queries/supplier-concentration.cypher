// Compute providers by how many AI labs rent capacity from them (after rebrands), the
// $limit with most first. Same meaning as supplier-concentration.rq: the counts are
// derived data written after each load (kg/stores/neo4j_derive.py), ai_labs on the
// provider, indexed.
MATCH (provider:Entity) WHERE provider.ai_labs IS NOT NULL
RETURN provider.iri AS provider, provider.name AS provider_name, provider.ai_labs AS labs
ORDER BY labs DESC, provider_name, provider
LIMIT $limit

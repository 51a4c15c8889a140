// Labs that rent compute from a provider that a rival of the lab is or controls.
// Same meaning as competitor-compute.rq: its rows are derived data written after each
// load (kg/stores/neo4j_derive.py): (provider node)-[:RIVAL_RENTAL {rival, rival_of}]->
// (lab node), from kg.stores.derived.derive. Names are the current ones (REBRANDS_AS
// forward to a name not rebranded again). One row per claim of evidence, read from the
// facts' parallel evidence lists (item i of each list is claim i).
MATCH (pn:Entity)-[x:RIVAL_RENTAL]->(ln:Entity)
MATCH (ln)-[:REBRANDS_AS*0..]->(lab:Entity)
  WHERE NOT (lab)-[:REBRANDS_AS]->() AND ($lab IS NULL OR lab.iri = $lab)
MATCH (rn:Entity {iri: x.rival})
MATCH (ro:Entity {iri: x.rival_of})
MATCH (pn)-[:REBRANDS_AS*0..]->(provider:Entity) WHERE NOT (provider)-[:REBRANDS_AS]->()
MATCH (rn)-[:REBRANDS_AS*0..]->(competitor:Entity) WHERE NOT (competitor)-[:REBRANDS_AS]->()
WITH lab, provider, competitor,
     [(pn)-[f:RENTS_CAPACITY_TO]->(ln) | f] + [(rn)-[f:COMPETES_WITH]-(ro) | f] AS facts
UNWIND facts AS f
UNWIND range(0, size(f.claims) - 1) AS i
RETURN DISTINCT lab.iri AS lab, lab.name AS lab_name, provider.iri AS provider,
       provider.name AS provider_name, competitor.iri AS competitor,
       competitor.name AS competitor_name, type(f) AS relation, f.sources[i] AS source,
       f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status

// Labs that rent compute from a provider that a rival of the lab is or controls.
// Same meaning as competitor-compute.rq: its rows are derived data written after each
// load (kg/stores/neo4j_derive.py): (provider node)-[:RIVAL_RENTAL {rival, rival_of}]->
// (lab node), from kg.stores.derived.derive. Names are the current ones (REBRANDS_AS
// forward to a name not rebranded again). One row per claim of evidence.
MATCH (pn:Entity)-[x:RIVAL_RENTAL]->(ln:Entity)
MATCH (ln)-[:REBRANDS_AS*0..]->(lab:Entity)
  WHERE NOT (lab)-[:REBRANDS_AS]->() AND ($lab IS NULL OR lab.iri = $lab)
MATCH (rn:Entity {iri: x.rival})
MATCH (ro:Entity {iri: x.rival_of})
MATCH (pn)-[:REBRANDS_AS*0..]->(provider:Entity) WHERE NOT (provider)-[:REBRANDS_AS]->()
MATCH (rn)-[:REBRANDS_AS*0..]->(competitor:Entity) WHERE NOT (competitor)-[:REBRANDS_AS]->()
WITH lab, provider, competitor,
     [(pn)-[f:RENTS_CAPACITY_TO]->(ln) | f.claims]
   + [(rn)-[f:COMPETES_WITH]-(ro) | f.claims] AS claim_lists
UNWIND claim_lists AS claim_iris
UNWIND claim_iris AS claim_iri
MATCH (c:Claim {iri: claim_iri})-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT lab.iri AS lab, lab.name AS lab_name, provider.iri AS provider,
       provider.name AS provider_name, competitor.iri AS competitor,
       competitor.name AS competitor_name, c.predicate AS relation, a.source AS source,
       c.sentence AS sentence, a.published AS published, c.status AS status

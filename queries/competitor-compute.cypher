// Labs that rent compute from a provider that a rival of the lab is or controls.
// Same meaning as competitor-compute.rq: REBRANDS_AS (either way) is "the same
// entity"; the climb follows CONTROLS from owned to owner; a climb through the lab
// itself stops there. One row per claim of evidence.
MATCH (pn:Entity)-[:RENTS_CAPACITY_TO]->(ln:Entity)
MATCH (ln)-[:REBRANDS_AS*0..]->(lab:Entity)
  WHERE NOT (lab)-[:REBRANDS_AS]->() AND ($lab IS NULL OR lab.iri = $lab)
MATCH (pn) ((x:Entity)-[r:CONTROLS|REBRANDS_AS]-(y:Entity)
            WHERE type(r) = 'REBRANDS_AS' OR startNode(r) = y)* (rn:Entity)
WITH DISTINCT pn, ln, lab, rn
MATCH (rn)-[:COMPETES_WITH]-(ro:Entity)
  WHERE EXISTS { MATCH (ro)-[:REBRANDS_AS*0..]-(ln) }
    AND NOT EXISTS { MATCH (ln)-[:REBRANDS_AS*0..]-(rn) }
    AND NOT EXISTS {
      MATCH (ln)-[:REBRANDS_AS*0..]-(mid:Entity)
      MATCH (pn) ((x1:Entity)-[r1:CONTROLS|REBRANDS_AS]-(y1:Entity)
                  WHERE type(r1) = 'REBRANDS_AS' OR startNode(r1) = y1)* (mid)
                 ((x2:Entity)-[r2:CONTROLS|REBRANDS_AS]-(y2:Entity)
                  WHERE type(r2) = 'REBRANDS_AS' OR startNode(r2) = y2)* (rn)
    }
WITH DISTINCT pn, ln, lab, rn, ro
MATCH (pn)-[:REBRANDS_AS*0..]->(provider:Entity) WHERE NOT (provider)-[:REBRANDS_AS]->()
MATCH (rn)-[:REBRANDS_AS*0..]->(competitor:Entity) WHERE NOT (competitor)-[:REBRANDS_AS]->()
WITH lab, provider, competitor,
     [(pn)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(ln)
        WHERE c.predicate = 'rents-capacity-to' AND c.status IN ['asserted', 'reported'] | c]
   + [(rn)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(ro)
        WHERE c.predicate = 'competes-with' AND c.status IN ['asserted', 'reported'] | c]
     AS claims
UNWIND claims AS c
MATCH (c)-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT lab.iri AS lab, lab.name AS lab_name, provider.iri AS provider,
       provider.name AS provider_name, competitor.iri AS competitor,
       competitor.name AS competitor_name, c.predicate AS relation, a.source AS source,
       c.sentence AS sentence, a.published AS published, c.status AS status

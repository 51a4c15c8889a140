// Facts (asserted and reported claims) in the order of the articles that reported them,
// optionally from $since on and only about $entity (any of its names).
MATCH (c:Claim)-[:IN_ARTICLE]->(a:Article)
  WHERE c.status IN ['asserted', 'reported'] AND ($since IS NULL OR a.published >= $since)
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
  WHERE $entity IS NULL
     OR EXISTS { MATCH (s)-[:REBRANDS_AS*0..]-(:Entity {iri: $entity}) }
     OR EXISTS { MATCH (o)-[:REBRANDS_AS*0..]-(:Entity {iri: $entity}) }
RETURN DISTINCT c.iri AS claim, s.name AS subject_name, c.predicate AS relation,
       o.name AS object_name, c.sentence_index AS sentence_index, a.source AS source,
       c.sentence AS sentence, a.published AS published, c.status AS status

// The asserted and reported claims behind one fact $subject $relation $object (exact
// nodes, as the path search found them), with both ends' names.
MATCH (s:Entity {iri: $subject}), (o:Entity {iri: $object})
OPTIONAL MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
  WHERE c.predicate = $relation.name AND c.status IN ['asserted', 'reported']
OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT s.iri AS subject, s.name AS subject_name, $relation.name AS relation,
       o.iri AS object, o.name AS object_name, a.source AS source, c.sentence AS sentence,
       a.published AS published, c.status AS status,
       c.share AS share, c.stake AS stake

// Every claim, whatever its status, that $subject $relation $object under any of their
// names (either way round for a symmetric relation). $relation is {name, type, symmetric}.
MATCH (subject:Entity {iri: $subject}), (object:Entity {iri: $object})
MATCH (subject)-[:REBRANDS_AS*0..]-(sn:Entity)
MATCH (object)-[:REBRANDS_AS*0..]-(on:Entity)
MATCH (sn)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(on)
  WHERE c.predicate = $relation.name
    AND (EXISTS { (c)-[:SUBJECT]->(sn) } OR $relation.symmetric)
MATCH (c)-[:IN_ARTICLE]->(a:Article)
RETURN DISTINCT subject.iri AS subject, subject.name AS subject_name,
       c.predicate AS relation, object.iri AS object, object.name AS object_name,
       c.iri AS claim, a.source AS source, c.sentence AS sentence,
       a.published AS published, c.status AS status, c.confidence AS confidence

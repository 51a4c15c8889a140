// Every claim, whatever its status, that $subject $relation $object under any of their
// names (either way round for a symmetric relation). $relation is {name, type, symmetric}.
// Claims that are facts are items of their fact relationship's evidence lists (item i
// of each list is claim i); the others (denied, planned...) are Claim nodes.
MATCH (subject:Entity {iri: $subject}), (object:Entity {iri: $object})
MATCH (subject)-[:REBRANDS_AS*0..]-(sn:Entity)
MATCH (object)-[:REBRANDS_AS*0..]-(on:Entity)
CALL (sn, on) {
  MATCH (sn)-[f]-(on)
    WHERE type(f) = $relation.type AND (startNode(f) = sn OR $relation.symmetric)
  // A CONTROLS fact also lists the owns claims of the OWNS fact it is derived from.
  WITH f, startNode(f) AS fs, endNode(f) AS fo
  WITH f, CASE type(f) WHEN 'CONTROLS'
         THEN reduce(all = [], l IN [(fs)-[o:OWNS]->(fo) | o.claims] | all + l)
         ELSE [] END AS owns_claims
  UNWIND range(0, size(f.claims) - 1) AS i
  WITH f, i WHERE NOT f.claims[i] IN owns_claims
  RETURN f.claims[i] AS claim, f.sources[i] AS source, f.sentences[i] AS sentence,
         CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
         f.statuses[i] AS status, f.confidences[i] AS confidence
  UNION
  MATCH (sn)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(on)
    WHERE c.predicate = $relation.name
      AND (EXISTS { (c)-[:SUBJECT]->(sn) } OR $relation.symmetric)
  MATCH (c)-[:IN_ARTICLE]->(a:Article)
  RETURN c.iri AS claim, a.source AS source, c.sentence AS sentence,
         a.published AS published, c.status AS status, c.confidence AS confidence
}
RETURN DISTINCT subject.iri AS subject, subject.name AS subject_name,
       $relation.name AS relation, object.iri AS object, object.name AS object_name,
       claim, source, sentence, published, status, confidence

// Facts (asserted and reported claims) in the order of the articles that reported them,
// optionally from $since on and only about $entity (any of its names). Each claim is an
// item of its fact relationship's evidence lists (item i of each list is claim i;
// sentence_indexes holds -1 for no index). With $entity, the facts are found from the
// entity's own nodes (the first branch); without it, every relationship (the second,
// which tests $entity before it matches, so that with an entity nothing is scanned
// there). CONTROLS is left out (its claims are the owns claims, listed under OWNS), and
// so are relationships without claims (derived rows, a Claim node's edges).
CALL () {
  MATCH (:Entity {iri: $entity})-[:REBRANDS_AS*0..]-(n:Entity)
  MATCH (n)-[f]-(:Entity)
  RETURN DISTINCT f
  UNION
  WITH $entity AS wanted WHERE wanted IS NULL
  MATCH ()-[f]->()
  RETURN f
}
WITH f WHERE f.claims IS NOT NULL AND type(f) <> 'CONTROLS'
UNWIND range(0, size(f.claims) - 1) AS i
WITH f, i, CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published
  WHERE $since IS NULL OR published >= $since
RETURN DISTINCT f.claims[i] AS claim, startNode(f).name AS subject_name,
       type(f) AS relation, endNode(f).name AS object_name,
       CASE WHEN f.sentence_indexes[i] < 0 THEN null ELSE f.sentence_indexes[i] END
         AS sentence_index,
       f.sources[i] AS source, f.sentences[i] AS sentence, published,
       f.statuses[i] AS status

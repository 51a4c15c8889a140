// The asserted and reported claims behind one fact $subject $relation $object (exact
// nodes, as the path search found them), with both ends' names: the fact
// relationship's evidence lists (item i of each list is claim i). $relation is an
// extracted relation ({name, type, symmetric}); share and stake are the fact's.
MATCH (s:Entity {iri: $subject}), (o:Entity {iri: $object})
OPTIONAL MATCH (s)-[f]->(o) WHERE type(f) = $relation.type
UNWIND CASE WHEN f IS NULL THEN [null] ELSE range(0, size(f.claims) - 1) END AS i
RETURN DISTINCT s.iri AS subject, s.name AS subject_name, $relation.name AS relation,
       o.iri AS object, o.name AS object_name, f.sources[i] AS source,
       f.sentences[i] AS sentence,
       CASE f.published[i] WHEN '' THEN null ELSE date(f.published[i]) END AS published,
       f.statuses[i] AS status, f.share AS share, f.stake AS stake

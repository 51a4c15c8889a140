// One step of the path search: the facts (CONTROLS, derived, left out) that touch
// $node, either direction, with the neighbour at the other end.
MATCH (node:Entity {iri: $node})-[f]-(neighbor:Entity)
  WHERE type(f) <> 'CONTROLS'
RETURN DISTINCT node.iri AS node, type(f) AS relation, neighbor.iri AS neighbor,
       startNode(f) = node AS forward

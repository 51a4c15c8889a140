// One step of the path search, for a whole frontier at once (one round trip per step):
// the facts that touch each of $nodes, either direction, with the neighbour at the other
// end (CONTROLS and the derived rows of kg/stores/neo4j_derive.py left out).
UNWIND $nodes AS iri
MATCH (node:Entity {iri: iri})-[f]-(neighbor:Entity)
  WHERE NOT type(f) IN ['CONTROLS', 'RIVAL_RENTAL', 'SOLE_SUPPLIER']
RETURN DISTINCT node.iri AS node, type(f) AS relation, neighbor.iri AS neighbor,
       startNode(f) = node AS forward

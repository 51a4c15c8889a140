// `kg load --full`: delete every node and relationship, in batches so that a
// large graph does not need one huge transaction (runs as an auto-commit query).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS

// After a bulk import: entities without aliases get aliases: [] as the Cypher
// load gives them (the import leaves an empty array field out).
MATCH (n:Entity)
WHERE n.aliases IS NULL
SET n.aliases = []

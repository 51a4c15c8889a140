// Benchmark only (benchmarks/in_place_loads.py): entities.csv of a bulk load (fields
// split by U+001E, arrays by U+001F, a header line) created by LOAD CSV into an empty graph.
LOAD CSV FROM $file AS row FIELDTERMINATOR '\u001E'
WITH row WHERE linenumber() > 1
CALL (row) {
  CREATE (n:Entity {iri: row[0], name: row[1], type: row[2]})
  SET n:$(split(row[4], '\u001F')),
      n.aliases = CASE WHEN row[3] IS NULL THEN null ELSE split(row[3], '\u001F') END,
      n.ai_labs = toInteger(row[5])
} IN TRANSACTIONS OF 10000 ROWS

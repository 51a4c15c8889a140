// Benchmark only (benchmarks/in_place_loads.py): one facts file of a bulk load by LOAD
// CSV, CREATE (no MERGE: the graph holds no facts yet), ends found by the iri index.
LOAD CSV FROM $file AS row FIELDTERMINATOR '\u001E'
WITH row WHERE linenumber() > 1
CALL (row) {
  MATCH (s:Entity {iri: row[0]})
  MATCH (o:Entity {iri: row[1]})
  CREATE (s)-[r:$(row[2])]->(o)
  SET r.claims = split(row[3], '\u001F'), r.sources = split(row[4], '\u001F'),
      r.sentences = split(row[5], '\u001F'), r.published = split(row[6], '\u001F'),
      r.statuses = split(row[7], '\u001F'),
      r.confidences = [x IN split(row[8], '\u001F') | toFloat(x)],
      r.sentence_indexes = [x IN split(row[9], '\u001F') | toInteger(x)],
      r.confidence = toFloat(row[10]), r.first_reported = date(row[11]),
      r.last_reported = date(row[12]), r.articles = toInteger(row[13]),
      r.stake = toBoolean(row[14]), r.share = toFloat(row[15])
} IN TRANSACTIONS OF 10000 ROWS

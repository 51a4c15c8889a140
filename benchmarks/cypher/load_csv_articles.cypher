// Benchmark only (benchmarks/in_place_loads.py): articles.csv of a bulk load by LOAD CSV.
LOAD CSV FROM $file AS row FIELDTERMINATOR '\u001E'
WITH row WHERE linenumber() > 1
CALL (row) {
  CREATE (:Article {iri: row[0], source: row[1], title: row[2], published: date(row[3]),
                    url: row[4]})
} IN TRANSACTIONS OF 10000 ROWS

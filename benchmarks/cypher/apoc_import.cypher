// Benchmark only (benchmarks/in_place_loads.py): the bulk load's CSV files imported into
// the running database by APOC Core. $nodes and $relationships list {fileName, labels}
// and {fileName, type}; $config gives the files' delimiters.
CALL apoc.import.csv($nodes, $relationships, $config)
YIELD nodes, relationships
RETURN nodes, relationships

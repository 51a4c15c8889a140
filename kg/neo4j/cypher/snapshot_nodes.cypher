// Every node with its labels and properties: for graph checksums and tests.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties

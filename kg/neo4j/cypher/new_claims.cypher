// Which of $iris are not in the graph yet: a claim is loaded whole or not at all,
// so the loader skips the others.
UNWIND $iris AS iri
OPTIONAL MATCH (c:Claim {iri: iri})
WITH iri, c
WHERE c IS NULL
RETURN iri

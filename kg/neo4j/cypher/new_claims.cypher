// Which claims of $rows ({iri, subject, object}) are not in the graph yet: neither a
// Claim node (a claim that is not a fact) nor an item of the claims list of a fact
// between its two entities. A claim is loaded whole or not at all, so the loader
// skips the others.
UNWIND $rows AS row
OPTIONAL MATCH (c:Claim {iri: row.iri})
WITH row, c
WHERE c IS NULL
  AND NOT EXISTS {
    MATCH (:Entity {iri: row.subject})-[f]->(:Entity {iri: row.object})
    WHERE row.iri IN f.claims
  }
RETURN row.iri AS iri

// Whether any claim is loaded: a Claim node (a claim that is not a fact) or a
// relationship (facts, and derived rows that exist only beside facts). Both counts
// come from the counts store, no scan. An empty graph lets the loader skip looking
// up every claim before creating it.
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN claims + relationships > 0 AS loaded

// Whether any claim is loaded (read from the counts store, no scan): an empty
// graph lets the loader skip looking up every claim before creating it.
MATCH (c:Claim)
RETURN count(c) > 0 AS loaded

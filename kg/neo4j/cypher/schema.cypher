// Uniqueness constraints, created before any write (each also gives an index on iri).
// One statement per block; blocks are separated by lines holding only a semicolon.
CREATE CONSTRAINT entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE
;
CREATE CONSTRAINT article_iri IF NOT EXISTS FOR (n:Article) REQUIRE n.iri IS UNIQUE
;
CREATE CONSTRAINT claim_iri IF NOT EXISTS FOR (n:Claim) REQUIRE n.iri IS UNIQUE

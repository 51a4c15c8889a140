// One row per article: {iri, source, title, published (date or null), url}.
UNWIND $rows AS row
MERGE (a:Article {iri: row.iri})
SET a.source = row.source, a.title = row.title, a.published = row.published, a.url = row.url

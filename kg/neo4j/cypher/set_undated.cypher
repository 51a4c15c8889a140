// After a bulk import: facts whose one claim comes from an undated article get
// published: [""] (a list holding one "" is an empty CSV field, which the import
// leaves out). One row per fact: {subject, object}; __REL_TYPE__ as in merge_fact.
UNWIND $rows AS row
MATCH (s:Entity {iri: row.subject})-[r:__REL_TYPE__]->(o:Entity {iri: row.object})
SET r.published = [""]

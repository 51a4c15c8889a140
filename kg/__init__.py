"""The graph: stores (embedded and Neo4j), configuration, exports and the ``kg`` CLI."""

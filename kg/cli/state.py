"""Process-wide CLI flags (set by the root callback, read by the error handler)."""

debug = False

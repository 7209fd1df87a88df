"""Corpus engines: the same per-batch function, run in-process or on Ray Data.

Both read inputs through ingest, skip documents already stored (so a crashed run resumes
without duplicates), and hand contract dicts to a single writer, the store.
"""

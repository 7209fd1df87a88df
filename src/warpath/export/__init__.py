"""Writers of analyses: JSON, JSONL and CSV here; analyst formats in their own modules."""

from warpath.export.formats import exporters, write

__all__ = ["exporters", "write"]

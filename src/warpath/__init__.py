"""warpath: conflict and diplomacy reporting in, an auditable event record out.

Library use::

    import warpath
    analysis = warpath.analyze("Iran fired missiles at two Iraqi bases on Wednesday.")
    warpath.to_dict(analysis)  # the JSON contract
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from warpath.contract import to_dict
from warpath.document import Analysis, Document

__version__ = "0.1.0"
__all__ = ["Analysis", "Document", "analyze", "to_dict", "__version__"]


def analyze(source: str | Path | Document, published: dt.date | None = None) -> Analysis:
    """Analyse one text, file path or `Document` with the default pipeline."""
    from warpath import ingest
    from warpath.pipeline import Pipeline

    if isinstance(source, Document):
        document = source
    elif isinstance(source, Path) or (len(source) < 4096 and "\n" not in source
                                      and Path(source).exists()):
        results = list(ingest.read([str(source)], published=published))
        if len(results) != 1 or isinstance(results[0], ingest.Failure):
            reason = results[0].reason if results and isinstance(results[0], ingest.Failure) \
                else f"{source} holds {len(results)} documents; use warpath.ingest.read"
            raise ingest.IngestError(reason)
        document = results[0]
    else:
        document = ingest.read_string(source, published=published)
    return Pipeline()(document)

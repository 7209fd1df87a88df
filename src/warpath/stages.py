"""Imports every built-in stage module so their `@stages.register` decorators run."""

from warpath import casualties as _casualties  # noqa: F401
from warpath.actors import resolve as _actors  # noqa: F401
from warpath.events import ahead as _ahead  # noqa: F401
from warpath.events import extract as _events  # noqa: F401
from warpath.events import local as _local  # noqa: F401
from warpath.events import similar as _similar  # noqa: F401  (optional, off by default)
from warpath.events import status as _status  # noqa: F401
from warpath.events import status_model as _status_model  # noqa: F401
from warpath.places import resolve as _places  # noqa: F401
from warpath.provenance import attribution as _attribution  # noqa: F401
from warpath.provenance import checks as _checks  # noqa: F401
from warpath.provenance import responses as _responses  # noqa: F401
from warpath.time import resolve as _time  # noqa: F401

"""Named registries so users can add stages, readers and exporters without editing the core.

Modelled on spaCy's `@Language.component`: a decorator records a callable under a name, and
the pipeline looks names up at run time. Third-party packages register through the
`warpath.plugins` entry-point group, loaded once on first lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            self._items[name] = obj
            return obj

        return deco

    def get(self, name: str) -> T:
        _load_plugins()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise KeyError(f"no {self.kind} named {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        _load_plugins()
        return list(self._items)


_plugins_loaded = False


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    for ep in entry_points(group="warpath.plugins"):
        ep.load()

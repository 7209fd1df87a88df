"""What every reader shares: the error type, the failure record and the resource limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


class IngestError(Exception):
    """An input that cannot be read; the message is one line a user can act on."""


@dataclass
class Failure:
    """An input that gave no document, and why (one line)."""

    origin: str
    reason: str
    exception: BaseException | None = field(default=None, repr=False, compare=False)  # --debug


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    """Caps that keep one hostile or huge input from stalling a batch.

    `max_bytes` applies to files and downloads alike (env `WARPATH_MAX_BYTES`); `timeout` is
    seconds per HTTP request phase; `max_redirects` bounds redirect chains.
    """

    max_bytes: int = 20_000_000
    timeout: float = 15.0
    max_redirects: int = 5
    fetch_linked_pages: bool = True  # feed entries with only a summary fetch their article

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_bytes=_env_int("WARPATH_MAX_BYTES", cls.max_bytes),
            timeout=float(_env_int("WARPATH_TIMEOUT", int(cls.timeout))),
        )


def human_size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


def too_big(size: int, limits: Limits) -> IngestError:
    return IngestError(
        f"input is {human_size(size)}, over the {human_size(limits.max_bytes)} limit "
        "(raise it with WARPATH_MAX_BYTES)"
    )

"""A throwaway PostgreSQL server for the store tests, started from the machine's binaries.

`make test` installs Debian's postgresql when `initdb` is missing, so these tests run in CI.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                                                   reverse=True)), None)
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.fail("PostgreSQL binaries not found; `make test` installs them")
    pytest.importorskip("psycopg")
    # Not pytest's tmp dir: that is private to root, and the server runs as another user.
    root = Path(tempfile.mkdtemp(prefix="warpath-pg-"))
    data, port = root / "data", _free_port()
    # PostgreSQL refuses to run as root; use an unprivileged user there.
    prefix = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    if prefix:
        shutil.chown(root, "nobody")
    run = lambda *a: subprocess.run([*prefix, *a], check=True, capture_output=True)  # noqa: E731
    run(initdb, "-D", str(data), "-A", "trust", "-U", "warpath")
    run(pg_ctl, "-D", str(data), "-l", str(Path(root) / "log"), "-w", "-o",
        f"-k {root} -p {port} -h 127.0.0.1", "start")
    try:
        yield f"postgresql+psycopg://warpath@127.0.0.1:{port}/postgres"
    finally:
        run(pg_ctl, "-D", str(data), "-m", "fast", "stop")
        shutil.rmtree(root, ignore_errors=True)

"""The page in a real browser: data from the store shows as text, and markup in an article
never becomes an element. `make test` installs Debian's chromium for this."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from tests.store.test_repository import analysis
from warpath.store import Store
from warpath.web.app import create_app

HOSTILE = '<img src=x id=injected onerror="document.body.dataset.pwned=1">'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[str]:
    db = str(tmp_path / "w.db")
    a = analysis("doc-1")
    a["document"]["title"] = HOSTILE
    a["events"][0]["target"]["text"] = HOSTILE
    Store(db).save(a)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(5)


def test_hostile_text_is_shown_not_run(served: str, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("chromium not found; `make test` installs it")
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=5000", "--dump-dom", served],
        capture_output=True, text=True, timeout=60, check=True).stdout
    assert "1 documents, 1 events" in dom  # the page ran and drew the store
    assert "&lt;img src=x id=injected" in dom  # the title and party show as text ...
    assert 'id="injected"' not in dom and "data-pwned" not in dom  # ... never as an element

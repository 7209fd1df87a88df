"""The HTTP API serves the store; the page never turns article text into markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.store.test_repository import analysis
from warpath.store import Store
from warpath.web.app import STATIC, create_app


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    db = str(tmp_path / "w.db")
    a = analysis("doc-1")
    a["document"]["title"] = "<script>alert('x')</script>"
    Store(db).save(a)
    return TestClient(create_app(db))


def test_documents_and_events_are_listed(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert [d["id"] for d in docs] == ["doc-1"] and docs[0]["events"] == 1
    events = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert len(events) == 1 and events[0]["document_id"] == "doc-1"
    assert client.get("/api/events", params={"status": "negated"}).json() == []
    assert client.get("/api/events", params={"country": "USA"}).json()[0]["killed"] == 1


def test_one_document_is_its_contract_json(client: TestClient) -> None:
    doc = client.get("/api/documents/doc-1").json()
    assert doc["document"]["title"].startswith("<script>")  # JSON carries the raw text
    assert client.get("/api/documents/nope").status_code == 404


def test_the_page_inserts_text_only_as_text(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "warpath" in page.text
    script = (STATIC / "app.js").read_text()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "textContent" in script


def test_summary_counts(client: TestClient) -> None:
    assert client.get("/api/summary").json()["events"] == 1

"""Helpers for the reader tests: read one input, and a tiny local web server."""

from __future__ import annotations

from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from warpath.document import Document
from warpath.ingest import Failure, read

ARTICLES = Path(__file__).resolve().parents[2] / "examples" / "articles"

Writer = Callable[[str, "str | bytes"], Path]  # the `write` fixture: (name, content) -> path
# path -> (status, headers, body)
Routes = dict[str, tuple[int, dict[str, str], bytes]]


def read_one(item: str | Path, **kwargs: object) -> Document | Failure:
    results = list(read([str(item)], **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


def document(item: str | Path, **kwargs: object) -> Document:
    result = read_one(item, **kwargs)
    assert isinstance(result, Document), result
    return result


def failure(item: str | Path, **kwargs: object) -> Failure:
    result = read_one(item, **kwargs)
    assert isinstance(result, Failure), result
    assert "\n" not in result.reason and result.reason
    return result


class Server:
    def __init__(self) -> None:
        self.routes: Routes = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                status, headers, body = routes.get(self.path, (404, {}, b"not found"))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": ctype, **(headers or {})}, data)
        return self.url(path)

"""The FastAPI application: a read-only view over one DuckDB file, plus a token-guarded write.

Like datasette, the workbench never keeps a second copy of the data: every request opens the
database read-only, reads what it shows through ``factwire.store.read`` (the query layer the CLI
uses too) and closes it. Only ``POST /api/documents`` opens it for writing, behind the bearer
token from ``FACTWIRE_TOKEN``; with no token configured writes are disabled.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

MAX_BODY_BYTES = 2_000_000  # a posted article (text or HTML); bigger bodies get 413
PACKAGE = resources.files("factwire.web")


class DatabaseUnavailable(Exception):
    """The database cannot be read right now (missing file, or a writer holds its lock)."""

    def __init__(self, message: str, status: int = 503):
        super().__init__(message)
        self.status = status


class _ReadWriteLock:
    """Many readers or one writer: DuckDB refuses a read-write open while this process has the
    same file open read-only, so the one write endpoint waits for reads to finish."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Database:
    """Where the database file is and how to open it for one request."""

    def __init__(self, path: Path):
        self.path = path
        self.lock = _ReadWriteLock()

    @contextmanager
    def read(self):
        """A read-only connection for one request; DatabaseUnavailable when it cannot open."""
        from factwire.model import FactwireError
        from factwire.store.db import open_db

        if not self.path.exists():
            raise DatabaseUnavailable(
                f"no database at {self.path} yet: run `factwire ingest SRC --db {self.path}` "
                "or `factwire demo`", status=404)
        with self.lock.reading():
            try:
                con = open_db(self.path, read_only=True)
            except FactwireError as err:  # typically: another process holds the write lock
                raise DatabaseUnavailable(
                    f"the database {self.path} cannot be read right now (is another process "
                    f"writing it?); try again in a moment. {err.reason.splitlines()[0]}") from err
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def write(self):
        from factwire.model import FactwireError
        from factwire.store.db import open_db

        with self.lock.writing():
            try:
                con = open_db(self.path, read_only=False)
            except FactwireError as err:
                raise DatabaseUnavailable(
                    f"the database {self.path} is locked by another process; try again later"
                ) from err
            try:
                yield con
            finally:
                con.close()


class BodySizeLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413, counting the bytes
    actually received (a missing or lying Content-Length does not get past it)."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._refuse(send)
        received = 0
        refused = False

        async def counting_receive():
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes and not refused:
                    refused = True
                    await self._refuse(send)
                    return {"type": "http.disconnect"}  # the app stops; its answer is dropped
            return message

        async def guarded_send(message):
            if not refused:
                await send(message)

        await self.app(scope, counting_receive, guarded_send)

    async def _refuse(self, send):
        response = JSONResponse(
            {"detail": f"request body too large (limit {self.max_bytes} bytes)"}, status_code=413)
        await response({"type": "http"}, None, send)


def create_app(db_path: str | Path | None = None, token: str | None = None, *,
               max_body_bytes: int = MAX_BODY_BYTES,
               cors_origins: list[str] | None = None) -> FastAPI:
    """The workbench over ``db_path`` (default ``$FACTWIRE_DB`` or ./factwire.duckdb).

    ``token`` (default ``$FACTWIRE_TOKEN``) enables ``POST /api/documents``; without one, writes
    answer 403. CORS stays closed unless ``cors_origins`` names the origins allowed to read.
    """
    from factwire.store.db import default_db_path
    from factwire.web import api, pages

    path = Path(db_path) if db_path else Path(default_db_path())
    app = FastAPI(
        title="factwire",
        summary="Who did what to whom, when, where, how many, and according to whom.",
        description="Read-only views over a factwire DuckDB database, plus a token-guarded "
        "`POST /api/documents` that runs the pipeline on one article and stores it.",
        version=_version(),
        docs_url=None, redoc_url=None,  # served below from vendored files, not a CDN
    )
    app.state.db = Database(path)
    app.state.token = token if token is not None else os.environ.get("FACTWIRE_TOKEN") or None
    app.state.templates = templates()
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"])
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.include_router(api.router)
    app.include_router(pages.router)
    with resources.as_file(PACKAGE / "static") as static_dir:
        app.mount("/static", StaticFiles(directory=static_dir), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="factwire API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 405:  # Starlette lists only the first matching route's methods
            exc.headers = {**(exc.headers or {}), "Allow": ", ".join(_allowed(request))}
        if not request.url.path.startswith("/api/") and exc.status_code in (404, 405):
            message = "There is no page at this address." if exc.status_code == 404 else \
                f"This page does not answer {request.method} requests."
            response = error_page(request, exc.status_code, "Not found"
                                  if exc.status_code == 404 else "Not allowed", message)
            response.headers.update(exc.headers or {})
            return response
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        """API routes keep FastAPI's JSON 422; a page says in words what was wrong."""
        if request.url.path.startswith("/api/"):
            return await request_validation_exception_handler(request, exc)
        return error_page(request, 422, "That address has a bad value",
                          "; ".join(_problem(e) for e in exc.errors()))

    @app.exception_handler(DatabaseUnavailable)
    async def unavailable(request: Request, exc: DatabaseUnavailable):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=exc.status,
                                headers={"Retry-After": "2"} if exc.status == 503 else None)
        return error_page(request, exc.status, "Database not available", str(exc))

    return app


def templates() -> Jinja2Templates:
    from factwire.web import dates, highlight, plover

    with resources.as_file(PACKAGE / "templates") as folder:
        env = Jinja2Templates(directory=folder)
    env.env.globals.update(kind_colour=plover.kind_of, size_text=highlight.size_text)
    env.env.globals["date_label"] = dates.date_label  # issue 15: dates with their precision
    env.env.filters["names"] = lambda names: ", ".join(names or []) or "?"
    return env


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"title": title, "message": message, "status": status},
        status_code=status)


def _problem(error: dict) -> str:
    """One validation error in words: which value, what it was, what is wrong."""
    where = ".".join(str(p) for p in error.get("loc", ())[1:]) or "the request"
    given = error.get("input")
    shown = f" {given!r}" if isinstance(given, str | int | float) else ""
    message = error.get("msg", "invalid")
    if error.get("type") == "string_pattern_mismatch":  # a regex means nothing to a reader
        from factwire.web.params import DAY

        message = ("should be a day written YYYY-MM-DD" if error.get("ctx", {}).get("pattern")
                   == DAY else "is not in the expected form")
    return f"{where}{shown}: {message}"


def _allowed(request: Request) -> list[str]:
    """Every method some route of the app answers at this path."""
    path = request.url.path
    methods: set[str] = set()

    def walk(routes) -> None:
        for route in routes:
            inner = getattr(route, "original_router", None)  # FastAPI's included routers
            if inner is not None:
                walk(inner.routes)
            elif getattr(route, "methods", None) and route.path_regex.match(path):
                methods.update(route.methods)

    walk(request.app.routes)
    return sorted(methods)


def _version() -> str:
    from factwire import __version__

    return __version__

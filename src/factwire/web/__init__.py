"""The analyst's workbench: a REST API and server-rendered pages over the DuckDB file."""

from factwire.web.app import create_app

__all__ = ["create_app"]

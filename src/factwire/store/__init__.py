"""The DuckDB store: schema, batch writes, ingest, stories and merged events, reads, exports.

One module a job: ``schema`` (DDL), ``rows`` (Document → table rows), ``db`` (open, write,
import Parquet parts), ``ingest`` (inputs → database), ``stories`` (MinHash stories, merged
events), ``read`` (the query layer of the CLI and the web app), ``export``.
"""

from factwire.store.db import (
    default_db_path,
    import_parts,
    open_db,
    write_documents,
    write_errors,
)
from factwire.store.rows import TABLES, document_rows, error_row

__all__ = [
    "TABLES", "default_db_path", "document_rows", "error_row", "import_parts", "open_db",
    "write_documents", "write_errors",
]

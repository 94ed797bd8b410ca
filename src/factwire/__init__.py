"""factwire: raw news pages to a sourced event database.

Public API: ``extract`` (one input → Document), ``Pipeline`` (many → Documents),
``open_db`` (read the database), and the records in ``factwire.model``.
"""

# The extract stage is the subpackage ``factwire.extract``; the public function of the same name
# must win. Importing the subpackage first means later imports of its modules (found in
# sys.modules) never rebind ``factwire.extract`` over the function below.
import factwire.extract as _extract_stage  # noqa: F401  (import order matters, see above)
from factwire.model import Document, FactwireError, InputError
from factwire.pipeline import Pipeline, extract

__all__ = ["Document", "FactwireError", "InputError", "Pipeline", "extract", "open_db"]
__version__ = "0.1.0"


def open_db(path: str | None = None, read_only: bool = True):
    """Open the factwire DuckDB database (default ``$FACTWIRE_DB`` or ./factwire.duckdb)."""
    from factwire.store import open_db as _open

    return _open(path, read_only=read_only)

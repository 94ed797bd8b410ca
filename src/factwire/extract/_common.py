"""Small pieces every extractor needs: reading its lexicon from ``extract/data``."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(name: str) -> Path:
    """The file ``name`` in the package's ``extract/data`` folder."""
    return Path(str(resources.files("factwire.extract") / "data" / name))


def data_text(name: str) -> str:
    """The text of a data file (UTF-8)."""
    return data_path(name).read_text(encoding="utf-8")


def data_json(name: str) -> Any:
    """A JSON data file, parsed afresh: callers cache what they derive from it, and may change
    the object they get without touching anyone else's copy."""
    return json.loads(data_text(name))

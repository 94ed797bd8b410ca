"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE_PUBLISHED = "2025-04-30"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder (gold data, dictionaries); skips the test if absent."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def example_path() -> Path:
    """The bundled defining example (a scraped article about North Korean troops)."""
    return Path(str(resources.files("factwire") / "examples" / "nk-troops-scraped.txt"))


@pytest.fixture(scope="session")
def nlp():
    from factwire import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def example_doc(example_path):
    """The example run through the whole pipeline once per test session."""
    from factwire.pipeline import extract

    return extract(str(example_path), published=EXAMPLE_PUBLISHED)

"""The bundled knowledge base is the build script's output, byte for byte."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "factwire" / "extract" / "data"


def test_the_shipped_knowledge_base_is_what_the_build_script_makes(shared):
    """`build_actors_kb.py` on ../shared's Phoenix dictionaries gives the shipped file's
    content: the bundled data can be rebuilt, and a change to the role table that would change
    it shows here."""
    spec = importlib.util.spec_from_file_location("build_actors_kb", DATA / "build_actors_kb.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    built = builder.build(str(shared / "dictionaries" / "phoenix"))
    text = json.dumps(built, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    shipped = gzip.decompress((DATA / "actors_phoenix_kb.json.gz").read_bytes()).decode("utf-8")
    if text != shipped:  # (no string diff: the files are large)
        at = next((i for i, (a, b) in enumerate(zip(text, shipped, strict=False)) if a != b),
                  min(len(text), len(shipped)))
        pytest.fail(f"the build differs from the shipped file from character {at}: "
                    f"{text[at:at + 60]!r} / {shipped[at:at + 60]!r}")

"""Long runs of symbols cut short before the text becomes a Document.

spaCy's tokenizer splits a run of prefix/suffix characters (dollar signs, quote marks) one
character at a time, copying the rest of the run each time: 8,000 glued ``$`` cost 20 s and 380 MB,
17,000 cost over a minute. No news sentence needs more than a few identical symbols in a row
(a horizontal rule of 80 ``=`` says nothing), so every run of more than ``MAX_RUN`` symbols is
shortened to its first ``KEEP`` characters here, in the clean text itself: the Document's text
and the parsed text are then the same string, and every span stays right without mapping.
"""

from __future__ import annotations

import re

MAX_RUN = 32  # symbols (not letters, digits or white space) in a row, at most
KEEP = 3  # what a longer run is cut down to
_RUN = re.compile(rf"(?:[^\w\s]|_){{{MAX_RUN + 1},}}")


def cut_symbol_runs(text: str) -> tuple[str, int]:
    """``text`` with every run of more than MAX_RUN symbols cut to KEEP; how many runs were cut."""
    cut = 0

    def shorten(match: re.Match[str]) -> str:
        nonlocal cut
        cut += 1
        return match.group(0)[:KEEP]

    return _RUN.sub(shorten, text), cut

"""Runs of symbols and symbol-soup tokens cut short before the text becomes a Document.

spaCy's tokenizer splits a run of prefix/suffix characters (dollar signs, quote marks) one
character at a time, copying the rest of the run each time: 8,000 glued ``$`` cost 20 s and
380 MB, 17,000 over a minute. Long strings of symbols mixed with a few letters, or thousands of
one-symbol tokens, then make the parser and the extractors (quote marks above all) slow. No news
text needs any of it: more than ``MAX_RUN`` symbols in a row (glued, or with spaces between),
tokens of ``LONG_TOKEN`` or more characters that are mostly symbols, and tokens over
``MAX_TOKEN`` characters are noise (a rule of 80 ``=``, a mangled script, a base64 blob; the
fuzz harness found 60,000-character blobs splitting into thousands of tokens). Each is cut to
its first ``KEEP`` characters here, in the clean text itself: the Document's text and the
parsed text are the same string, so every span stays right without any mapping.
"""

from __future__ import annotations

import re

MAX_RUN = 32  # symbols (not letters, digits or white space) in a row, at most
LONG_TOKEN = 40  # characters without white space from which a token is checked
MAX_TOKEN = 1_000  # characters without white space: longer is a blob (base64, minified code)
SYMBOL_SHARE = 0.5  # a long token with at least this share of symbols is noise
KEEP = 3  # what a longer run or a noise token is cut down to
_SYMBOL = r"(?:[^\w\s]|_)"
_RUN = re.compile(rf"{_SYMBOL}(?:[ \t]*{_SYMBOL}){{{MAX_RUN},}}")
_TOKEN = re.compile(rf"\S{{{LONG_TOKEN},}}")
_SYMBOLS = re.compile(_SYMBOL)


def cut_symbol_runs(text: str) -> tuple[str, int]:
    """``text`` with symbol runs and symbol-soup tokens cut to KEEP characters; how many."""
    cut = 0

    def shorten(match: re.Match[str]) -> str:
        nonlocal cut
        cut += 1
        return match.group(0).replace(" ", "").replace("\t", "")[:KEEP]

    def soup(match: re.Match[str]) -> str:
        token = match.group(0)
        if len(token) <= MAX_TOKEN and len(_SYMBOLS.findall(token)) < SYMBOL_SHARE * len(token):
            return token
        return shorten(match)

    text = _RUN.sub(shorten, text)
    return _TOKEN.sub(soup, text), cut

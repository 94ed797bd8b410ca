"""Fuzz extract (issue 14): ``python bench/fuzz.py --cases 2000 --seed 1 --json OUT``.

The same as ``factwire fuzz`` (see ``factwire.fuzz``); kept here beside the other benchmarks.
"""

from factwire.cli import app

if __name__ == "__main__":
    import sys

    app(["fuzz", *sys.argv[1:]])

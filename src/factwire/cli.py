"""The command line: a thin layer over the library (``factwire.extract``, ``Pipeline``, store).

Each command imports what it needs when it runs, so ``factwire --help`` is fast and a problem in
one part never breaks the others.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    help="factwire: raw news pages → a sourced event database "
    "(who did what to whom, when, where, how many, according to whom).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)

PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (ISO 8601) for inputs that carry none."),
]
DbOpt = Annotated[
    Path | None,
    typer.Option("--db", help="Database file (default: $FACTWIRE_DB, else ./factwire.duckdb)."),
]
AllowPrivateOpt = Annotated[
    bool,
    typer.Option("--allow-private", help="Let the URL fetcher reach private/loopback addresses."),
]


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit non-zero."""
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


class ExtractFormat(StrEnum):
    json = "json"
    text = "text"


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="A file, a URL, or - for stdin.")],
    published: PublishedOpt = None,
    format: Annotated[ExtractFormat, typer.Option("--format")] = ExtractFormat.json,
    allow_private: AllowPrivateOpt = False,
    no_nlp: Annotated[bool, typer.Option("--no-nlp", help="Only ingest and clean.")] = False,
) -> None:
    """One document → JSON on stdout."""
    from factwire.model import FactwireError
    from factwire.pipeline import extract as run_extract

    try:
        doc = run_extract(source, published, allow_private=allow_private, with_nlp=not no_nlp)
    except FactwireError as err:
        fail(str(err))
    if format is ExtractFormat.json:
        sys.stdout.write(doc.to_json(indent=2) + "\n")
    else:
        from factwire.summary import render_summary

        render_summary(doc, Console())


EVAL_TASKS = ("extraction", "actors", "events", "factuality", "quotes", "time", "quantities")


@app.command("eval")
def evaluate(
    task: Annotated[str, typer.Argument(help="One of: " + ", ".join(EVAL_TASKS))],
    data: Annotated[Path, typer.Option("--data", help="The gold data folder.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write every figure.")] = None,
) -> None:
    """Score factwire against a gold set; the last line printed is the headline figure."""
    import importlib

    if task not in EVAL_TASKS:
        fail(f"unknown eval task {task!r}; choose one of {', '.join(EVAL_TASKS)}")
    if not data.exists():
        fail(f"{data}: no such gold data folder")
    module = importlib.import_module(f"factwire.evaluate.{task}")
    result = module.evaluate(data)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(module.headline(result))


# --- database commands (store/) ------------------------------------------------------------

# --- serving (web/) -------------------------------------------------------------------------


@app.command()
def demo() -> None:
    """Run the main job on the bundled example and show what factwire found."""
    from importlib import resources

    from factwire.pipeline import extract as run_extract
    from factwire.summary import render_summary

    example = resources.files("factwire") / "examples" / "nk-troops-scraped.txt"
    with resources.as_file(example) as path:
        doc = run_extract(str(path), "2025-04-30")
    render_summary(doc, Console())


if __name__ == "__main__":
    app()

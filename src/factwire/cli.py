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
    console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


ActorsDictOpt = Annotated[
    Path | None,
    typer.Option("--actors-dict", help="Phoenix actor dictionaries (folder or file): "
                 "named people and organisations with date-ranged codes."),
]
VerbsDictOpt = Annotated[
    Path | None,
    typer.Option("--verbs-dict", help="CAMEO verb dictionary (Phoenix CAMEO.2.0.txt "
                 "format), mapped to PLOVER by cameo2plover_2021.csv beside it: "
                 "event triggers beyond the built-in lexicon."),
]


def use_dictionaries(actors_dict: Path | None, verbs_dict: Path | None) -> None:
    """Configure user-supplied dictionaries; they also go into the environment
    (FACTWIRE_ACTORS_DICT, FACTWIRE_VERBS_DICT), so worker processes use them too."""
    from factwire.model import FactwireError

    if actors_dict is not None:
        from factwire.extract import actors

        if not actors_dict.exists():
            fail(f"{actors_dict}: no such actor dictionary")
        actors.configure(actors_dict=actors_dict)
    if verbs_dict is not None:
        from factwire.extract import events

        try:
            events.configure(verbs_dict=verbs_dict)
            events.current_lexicon()
        except FactwireError as err:
            fail(str(err))


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
    actors_dict: ActorsDictOpt = None,
    verbs_dict: VerbsDictOpt = None,
) -> None:
    """One document → JSON on stdout (the first of a JSONL file or feed; notes on the rest)."""
    from factwire.model import FactwireError
    from factwire.pipeline import extract_one

    use_dictionaries(actors_dict, verbs_dict)
    try:
        found = extract_one(source, published, allow_private=allow_private,
                            with_nlp=not no_nlp)
    except FactwireError as err:
        fail(str(err))
    except Exception as err:  # a bug, not the input: still one line, naming the input
        fail(f"{source}: internal error ({type(err).__name__}: {err})")
    for note in found.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False, soft_wrap=True)
    doc = found.document
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
    from factwire.model import FactwireError

    module = importlib.import_module(f"factwire.evaluate.{task}")
    try:
        result = module.evaluate(data)
    except (FactwireError, OSError, ValueError) as err:
        fail(f"{data}: cannot score {task}: {err}")
    if json_out:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(module.headline(result))


@app.command()
def fuzz(
    cases: Annotated[int, typer.Option("--cases", min=1, help="How many cases to run.")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Seed: case i of seed s is always the "
                                      "same input.")] = 0,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0.1, help="A case using more CPU seconds than this is a finding.")
    ] = 10.0,
    kill_after: Annotated[float, typer.Option(
        "--kill-after", min=1.0, help="A case still running after this many seconds has its "
        "worker killed (a finding).")] = 60.0,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    small: Annotated[bool, typer.Option("--small", help="Smaller cases (the test slice).")
                     ] = False,
    budget: Annotated[float | None, typer.Option(
        "--budget", min=1.0, help="Start no new case after this many minutes.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the full report.")
                        ] = None,
) -> None:
    """Fuzz extract: generated and mutated inputs through ingest → clean → nlp → extract,
    reporting exceptions, slow cases and bad spans (exit 1 when anything is found)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from factwire.fuzz import run_fuzz

    done = [0]

    def advance(n: int) -> None:
        bar.advance(task, n)
        done[0] += n
        if not console.is_terminal and done[0] % 100 < n:  # a line now and then in a log
            console.print(f"{done[0]} cases done", highlight=False)

    with Progress("[bold]fuzz", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as bar:
        task = bar.add_task("fuzz", total=cases)
        report = run_fuzz(cases, seed, slow_after=timeout, kill_after=kill_after,
                          workers=workers, small=small, progress=advance,
                          budget=budget * 60 if budget else None)
    report.command = " ".join(["factwire fuzz", *sys.argv[2:]])
    for finding in [*report.exceptions, *report.killed, *report.slow, *report.bad_spans][:20]:
        detail = (finding.get("exception") or finding.get("reason")
                  or "; ".join(finding.get("problems", [])) or f"{finding.get('seconds')} s")
        console.print(f"[yellow]case {finding['index']}[/] ({finding['kind']}, "
                      f"{finding['name']}): {detail.splitlines()[0]}", highlight=False)
    if json_out:
        json_out.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
    print(report.summary())
    if report.failures:
        raise typer.Exit(1)


TRAIN_TASKS = ("events",)
# The project's own hand-coded development articles (real-news style) the event threshold is
# chosen on; tests/fixtures/event_articles_heldout is never among them.
DEV_ARTICLES = [Path("tests/fixtures") / name for name in (
    "event_articles", "event_articles_dev2", "event_articles_dev3", "event_articles_dev4",
    "event_articles_dev5")]


@app.command()
def train(
    task: Annotated[str, typer.Argument(help="One of: " + ", ".join(TRAIN_TASKS))],
    data: Annotated[Path, typer.Option(
        "--data", help="Training folder (train.jsonl, heldout.jsonl).")] = Path("training/events"),
    out: Annotated[Path | None, typer.Option(
        "--out", help="Model folder (default: the package's models/events).")] = None,
    articles: Annotated[list[Path] | None, typer.Option(
        "--articles", help="Hand-coded article folders the threshold is chosen on (default: "
        "the development articles in tests/fixtures; the held-out ones are never used).")
    ] = None,
) -> None:
    """Rebuild a shipped model from training/ (deterministic: prints the model's sha256)."""
    if task not in TRAIN_TASKS:
        fail(f"unknown train task {task!r}; choose one of {', '.join(TRAIN_TASKS)}")
    from factwire.extract.events.score import shipped_model_dir
    from factwire.extract.events.train import train as run_train
    from factwire.model import FactwireError

    corpus = data / "train.jsonl" if data.is_dir() else data
    heldout = data / "heldout.jsonl" if data.is_dir() else None
    try:
        result = run_train(corpus, out or shipped_model_dir(), heldout,
                           log=lambda m: console.print(m, highlight=False),
                           articles=DEV_ARTICLES if articles is None else articles)
    except FactwireError as err:
        fail(str(err))
    except ImportError as err:
        fail(f"training needs scikit-learn ({err})")
    print(f"events model: sha256={result['digest']} threshold={result['threshold']} "
          f"out={result['out']}")


# --- database commands (store/) ------------------------------------------------------------

@app.command()
def bench(
    corpus: Annotated[Path | None, typer.Option(
        "--corpus", help="Folder of .html/.txt pages (gzip allowed); default: the 121 "
        "article-extraction pages in ../shared, repeated to 1,000 documents.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    docs: Annotated[int | None, typer.Option(
        "--docs", min=1, help="Documents to run (the corpus is cycled to this many).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write every figure.")] = None,
    published: PublishedOpt = None,
) -> None:
    """Throughput and peak memory of the full pipeline, side by side with bare spaCy."""
    from factwire.benchmark import headline, render, run_bench
    from factwire.model import FactwireError

    try:
        result = run_bench(corpus, workers=workers, docs=docs, published=published,
                           progress=console)
    except FactwireError as err:
        fail(str(err))
    render(result, console)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2) + "\n")
    print(headline(result))


class OutFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"
    plover = "plover"


FormatOpt = Annotated[OutFormat, typer.Option("--format", help="table, csv or jsonl.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")]


def _read_db(db: Path | None):
    """A read-only connection, or a one-line error naming the database."""
    from factwire.model import FactwireError
    from factwire.store import open_db

    try:
        return open_db(db, read_only=True)
    except FactwireError as err:
        fail(str(err))


def _show(db: Path | None, command: str, query, fmt: str, *, columns: list[str] | None = None,
          title: str | None = None, **filters) -> None:
    """Print one ``store.read`` listing, the connection closed after; a value the query cannot
    use (e.g. a date DuckDB cannot cast) is a one-line error naming the command."""
    from factwire.store.render import emit

    con = _read_db(db)
    try:
        rows, total = query(con, **filters)
    except Exception as err:
        fail(f"{command}: {err}")
    finally:
        con.close()
    emit(rows, fmt, columns=columns, title=title or command, total=total)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(
        help="Files, folders, URLs, feeds, WARC or JSONL files, or - for stdin.")],
    db: DbOpt = None,
    published: PublishedOpt = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="A Dask scheduler address, or 'local' for a LocalCluster.")] = None,
    allow_private: AllowPrivateOpt = False,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per batch (one transaction each).")] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress display.")] = False,
    no_nlp: Annotated[bool, typer.Option("--no-nlp", help="Only ingest and clean.")] = False,
    parts_dir: Annotated[Path | None, typer.Option(
        "--parts-dir", help="With --dask: the folder for Parquet parts, shared by every "
        "worker and this machine (default: a temporary folder).")] = None,
    actors_dict: ActorsDictOpt = None,
    verbs_dict: VerbsDictOpt = None,
) -> None:
    """Many inputs → the database (idempotent, resumable), then stories and merged events."""
    from factwire.model import FactwireError
    from factwire.store.ingest import ingest as run_ingest

    use_dictionaries(actors_dict, verbs_dict)

    try:
        report = run_ingest(sources, db, published=published, workers=workers, dask=dask,
                            allow_private=allow_private, batch_size=batch_size,
                            progress=not quiet, with_nlp=not no_nlp, parts_dir=parts_dir,
                            console=console)
    except FactwireError as err:
        fail(str(err))
    for err in report.errors[:20]:
        console.print(f"[yellow]failed:[/] {err.input} ({err.stage}): {err.reason}",
                      highlight=False)
    if len(report.errors) > 20:
        console.print(f"… and {len(report.errors) - 20} more (see the errors table)")
    console.print(report.summary(), highlight=False)
    if report.failed and not (report.stored or report.skipped):
        raise typer.Exit(1)  # nothing could be read: say so to scripts too


MinScoreOpt = Annotated[float | None, typer.Option(
    "--min-score", min=0.0, max=1.0, help="Only events the coder scored at least this (0-1).")]


@app.command()
def events(
    actor: Annotated[str | None, typer.Option("--actor", help="Code (PRK) or name.")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. AID.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    status: Annotated[str | None, typer.Option(
        "--status", help="Comma-separated, e.g. confirmed,reported.")] = None,
    merged: Annotated[bool, typer.Option(
        "--merged", help="One row per real-world event, with article/source counts.")] = False,
    min_score: MinScoreOpt = None,
    limit: LimitOpt = 100,
    format: FormatOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Events in the database (filters combine with AND)."""
    from factwire.store import read

    if merged and min_score is not None:
        fail("--min-score filters events, not --merged rows")
    columns = (["first_day", "type", "mode", "actor_names", "recipient_names", "statuses",
                "num_mentions", "num_articles", "num_sources", "num_stories", "event_text"]
               if merged else
               ["day", "type", "mode", "actor_names", "actor_codes", "recipient_names",
                "recipient_codes", "status", "trigger_text", "publisher"])
    _show(db, "events", read.list_events, format, columns=columns,
          title="merged events" if merged else "events", actor=actor, recipient=recipient,
          type=type, since=since, until=until, status=status, merged=merged, limit=limit,
          **({"min_score": min_score} if min_score is not None else {}))


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker", help="Name or code.")] = None,
    limit: LimitOpt = 100,
    format: FormatOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Quotes with their speakers."""
    from factwire.store import read

    _show(db, "quotes", read.list_quotes, format,
          columns=["speaker_name", "speaker_text", "kind", "cue", "text"], speaker=speaker,
          limit=limit)


@app.command()
def actors(
    country: Annotated[str | None, typer.Option("--country", help="e.g. PRK")] = None,
    limit: LimitOpt = 100,
    format: FormatOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Actors (one per country+sector code, with its names), most active first."""
    from factwire.store import read

    _show(db, "actors", read.list_actors, format, country=country, limit=limit,
          columns=["code", "name", "documents", "as_actor", "as_recipient", "quotes"])


@app.command()
def reindex(db: DbOpt = None) -> None:
    """Rebuild the full-text search index (the .search.sqlite file beside the database) from
    the database. Ingest keeps it in step; this is for a deleted or damaged index."""
    from factwire.store import search

    con = _read_db(db)
    try:
        count = search.rebuild(con)
        print(f"indexed {count} documents → {search.sidecar_path(search.db_file(con))}")
    finally:
        con.close()


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="A read-only SQL statement.")],
    format: Annotated[QueryFormat, typer.Option("--format")] = QueryFormat.table,
    db: DbOpt = None,
    max_rows: Annotated[int, typer.Option(
        "--max-rows", min=1, help="At most this many rows (says so when it cuts).")] = 10_000,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0.0, help="Stop the statement after this many seconds (0: never).")
    ] = 30.0,
    wait: Annotated[float, typer.Option(
        "--wait", min=0.0, help="Seconds to wait while an ingest holds the database.")] = 10.0,
) -> None:
    """Run one read-only SQL statement (the connection refuses writes and file access)."""
    from factwire.model import FactwireError
    from factwire.store.render import emit
    from factwire.store.usersql import run_query

    try:
        result = run_query(db, sql, max_rows=max_rows, timeout=timeout or None,
                           lock_wait=wait)
    except FactwireError as err:
        fail(str(err))
    emit(result.rows, format.value, columns=result.columns)
    if result.truncated:
        console.print(f"[yellow]note:[/] output cut at {max_rows:,} rows (--max-rows)",
                      highlight=False)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(
        help="A folder (parquet, csv) or a file, - for stdout (jsonl, plover).")],
    format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.parquet,
    min_score: MinScoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Export the database: Parquet/CSV per table, Documents as JSONL, or PLOVER JSON lines."""
    from factwire.model import FactwireError
    from factwire.store.export import export as run_export

    try:
        counts = run_export(_read_db(db), format.value, out, min_score=min_score)
    except FactwireError as err:
        fail(str(err))
    console.print(", ".join(f"{n} {t}" for t, n in counts.items()) + f" → {out}",
                  highlight=False)


# --- serving (web/) -------------------------------------------------------------------------


HostOpt = Annotated[str, typer.Option("--host", help="Interface to bind; another than "
                                        "127.0.0.1 exposes the workbench to the network.")]
PortOpt = Annotated[int, typer.Option("--port", min=1, max=65535)]


def _serve(db: Path, host: str, port: int) -> None:
    import uvicorn

    from factwire.web import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]warning:[/] serving on {host}: reachable from other machines",
                      highlight=False)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"factwire workbench on http://{shown}:{port}/ (API docs at /docs) "
                  f"over {db}; Ctrl+C to stop", highlight=False)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.command()
def serve(db: DbOpt = None, host: HostOpt = "127.0.0.1", port: PortOpt = 8000) -> None:
    """The REST API and web workbench over a database (writes need $FACTWIRE_TOKEN)."""
    from factwire.store.db import default_db_path

    path = db or default_db_path()
    if not path.exists():
        console.print(f"[yellow]note:[/] {path} does not exist yet; pages will say so until "
                      "you run `factwire ingest`", highlight=False)
    _serve(path, host, port)


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Demo database, recreated each run.")] = Path(
        "factwire-demo.duckdb"),
    serve: Annotated[bool, typer.Option("--serve/--no-serve",
                                        help="Serve the workbench after ingesting.")] = True,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
) -> None:
    """Ingest the bundled example articles into a fresh database, then open the workbench."""
    from factwire.summary import render_summary
    from factwire.web.demo import build_demo_db, featured_document

    counts = build_demo_db(db, progress=False)
    featured = featured_document(db)
    if featured is not None:
        render_summary(featured, Console())
        print(f"article view: http://{host}:{port}/documents/{featured.id}")
    print(f"demo database {db}: {counts['documents']} documents, {counts['events']} events, "
          f"{counts['actors']} actors, {counts['quotes']} quotes, {counts['claims']} claims, "
          f"{counts['stories']} stories, {counts['merged_events']} merged events")
    print(f"workbench: http://{host}:{port}/  (start it with `factwire serve --db {db}`)"
          if not serve else f"workbench: http://{host}:{port}/")
    if serve:
        _serve(db, host, port)


if __name__ == "__main__":
    app()

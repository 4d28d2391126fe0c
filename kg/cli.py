"""The `kg` command: a thin layer over the library (see `kg --help`)."""
from __future__ import annotations

import errno
import json
import os
import signal
import sys
from contextlib import contextmanager

import click

from .dates import iso_date
from .errors import InputError
from .evaluate import GoldSet, agreement, format_report, format_sets, gold_set, score_sets, sets_json
from .gazetteer import gazetteer
from .ingest import stem as record_stem
from .output import OutputError, is_sidecar, staged
from .pipeline import build as build_graph
from .pipeline import explain_merges as _explain
from .pipeline import Tally, class_counts, edge_count, records, run, sample_dir
from .query import LIMIT, TIMEOUT, QueryError, format_answer, named_queries, parse_size, run_query
from .workers import ClusterError


def _inputs(inputs: tuple[str, ...], sample: bool) -> list[str]:
    if sample:
        return [str(sample_dir() / "corpus")]
    if not inputs:
        raise click.UsageError("give INPUT files or directories, '-' for stdin, or --sample")
    return list(inputs)


_BARS: list = []  # the progress bar on stderr, while one shows (`_running`)


def _say(kind: str, message: str) -> None:
    """One line on stderr, `kg: error: …` (above the progress bar, if one shows); names that
    are not UTF-8 print with escapes."""
    message = str(message).encode("utf-8", "backslashreplace").decode("utf-8")
    if _BARS:
        with _BARS[0].external_write_mode(file=sys.stderr):
            click.echo(f"kg: {kind}: {message}", err=True)
    else:
        click.echo(f"kg: {kind}: {message}", err=True)


def _report(result) -> bool:
    """Print a result's problem on stderr; True when the input failed."""
    if result.error:
        _say("error", result.error)
    if result.warning:
        _say("warning", result.warning)
    return result.error is not None


def _date(ctx, param, value):
    """--date: a real day as YYYY-MM-DD, else a usage error naming the flag."""
    try:
        return None if value is None else iso_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx, param) from None


def _place(ctx, param, value):
    """--place: a division the gazetteer can tell (定西市, 石家庄市新华区), else a usage error."""
    if value is None or gazetteer().place(value) is not None:
        return value
    raise click.BadParameter(f"{value}: {gazetteer().unplaced(value)}", ctx, param)


def _size(ctx, param, value):
    """--memory: bytes from 512MB, 2GB, …"""
    try:
        return parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx, param) from None


def _run_options(command):
    """How `kg extract` and `kg build` run: -j, --scheduler, --cache, --no-cache, --quiet."""
    for option in reversed((
        click.option("-j", "--jobs", type=click.IntRange(1), default=None,
                     help="Worker processes extracting files in parallel [default: all cores]; 1: in this process."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Extract on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs kg[cluster]; workers must "
                          "see the inputs at the same paths)."),
        click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
                     help="Folder of cached per-file extractions [default: $KG_CACHE_DIR, else ~/.cache/kg/extractions]."),
        click.option("--no-cache", is_flag=True, help="Extract every file anew (and cache nothing)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors and warnings still show."),
    )):
        command = option(command)
    return command


@contextmanager
def _running(jobs, scheduler, cache_dir, no_cache, quiet):
    """The keyword arguments of `run`/`build` the options ask for; a progress bar on stderr
    while they run, when it is a terminal; a warning if the cache could not be written."""
    from .cache import Cache
    from .workers import default_jobs

    how = {"jobs": jobs or default_jobs(), "scheduler": scheduler,
           "cache": None if no_cache else Cache(cache_dir)}
    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: workers are forked
        bar = tqdm(unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)
        chars = [0]

        def progress(n: int, total: int) -> None:
            if bar.total != total:
                bar.reset(total)
            chars[0] += n
            elapsed = bar.format_dict["elapsed"] or 1e-9
            bar.set_postfix_str(f"{chars[0] / elapsed:,.0f} chars/s", refresh=False)
            bar.update(1)

        how["progress"] = progress
        _BARS.append(bar)
    try:
        yield how
    finally:
        if bar is not None:
            _BARS.clear()
            bar.close()
    if how["cache"] is not None and how["cache"].problem:
        _say("warning", how["cache"].problem)


def _limits(timeout_help: str, memory_help: str):
    """--timeout and --memory of a query, as kg query and kg serve take them."""
    def options(f):
        f = click.option("--memory", default="2GB", show_default=True, callback=_size, help=memory_help)(f)
        return click.option("--timeout", default=TIMEOUT, show_default=True, type=click.FloatRange(0),
                            help=timeout_help)(f)
    return options


class _Kg(click.Group):
    """Every failure ends in one `kg: error: …` line and a non-zero status, never a traceback
    (KG_DEBUG=1 shows the traceback of an unexpected error)."""

    def main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        try:
            status = super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            status = exc.exit_code
        except click.exceptions.NoArgsIsHelpError as exc:  # plain `kg`: its help, as click prints it
            click.echo(exc.format_message())
            status = exc.exit_code
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            _say("error", exc.format_message() + hint)
            status = exc.exit_code
        except click.ClickException as exc:
            _say("error", exc.format_message())
            status = exc.exit_code
        except (ClusterError, InputError) as exc:  # a gold record that cannot be read names its file
            _say("error", exc)
            status = 1
        except (click.Abort, KeyboardInterrupt):
            _say("error", "interrupted")
            status = 130
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # `kg query … | head`: the reader has all it wanted
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                sys.exit(1)
            _say("error", f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc))
            status = 1
        except Exception as exc:
            if os.environ.get("KG_DEBUG"):
                raise
            _say("error", f"internal error ({type(exc).__name__}: {exc}); please report it")
            status = 1
        sys.exit(status if isinstance(status, int) else 0)


@click.group(cls=_Kg)
@click.version_option(package_name="kg")
def cli():
    """kg: knowledge graphs from Chinese political news pages."""


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for one NAME.json per input.")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--date", callback=_date, help="Publication date YYYY-MM-DD for inputs that do not state one.")
@click.option("--place", callback=_place, help="Locality (e.g. 定西市) for inputs with no sidecar place.")
@click.option("--sample", is_flag=True, help="Use the bundled sample corpus as input.")
@_run_options
def extract(inputs, out_dir, fmt, date, place, sample, quiet, **options):
    """Extract people, posts, bodies, places, campaigns and events, one record per input.

    Example: kg extract pages/ -o out/ --format json -j 4
    """
    paths, tally, failed = _inputs(inputs, sample), Tally(), False
    with _output(out_dir, lambda name: name.endswith((".json", ".txt")) and not is_sidecar(name)) as stage, \
            _running(quiet=quiet, **options) as how:
        for result, record in records(run(paths, date=date, place=place, tally=tally, **how)):
            failed |= _report(result)
            if record is not None:
                try:
                    out = _record_file(result.name)
                    if result.kind != "text":  # the text its spans point into, beside it
                        stage.write(out[:-5] + ".txt", result.extraction.doc.original)
                    stage.write(out, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
                except OutputError as exc:
                    if exc.fatal:
                        raise
                    _say("error", exc)
                    failed = True
        if not quiet:
            click.echo(f"{tally} -> {out_dir}")
        _commit(stage, out_dir)
    sys.exit(1 if failed else 0)


def _record_file(name: str) -> str:
    """NAME.json for NAME.txt, NAME.html or NAME.htm; a/p.txt (two inputs named p.txt) →
    a__p.json; never a sidecar's name (p.meta.txt → p.meta~.json)."""
    stem = "stdin" if name == "<stdin>" else record_stem(name).replace("/", "__")
    return stem + ("~" if is_sidecar(stem + ".json") else "") + ".json"


@contextmanager
def _output(out_dir, owns):
    """`staged(out_dir)` whose OutputError ends the command: the previous output is left as it was."""
    try:
        with staged(out_dir, owns) as stage:
            for note in stage.notes:
                _say("warning", note)
            yield stage
    except OutputError as exc:
        _fail(exc, out_dir)


def _fail(exc, out_dir):
    _say("error", f"{exc}; {out_dir} left as it was")
    sys.exit(1)


def _commit(stage, out_dir) -> None:
    if not stage.files:
        _fail("no input could be read, nothing to write", out_dir)
    stage.commit()


@cli.command("eval")
@click.argument("inputs", nargs=-1)
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of gold records; INPUTS are then the pages it annotates.")
@click.option("--set", "set_pairs", nargs=2, multiple=True, metavar="GOLD PAGES",
              type=(click.Path(exists=True, file_okay=False), click.Path(exists=True)),
              help="One more set: a gold folder and its pages (repeatable).")
@click.option("-v", "--verbose", is_flag=True, help="List misses and spurious items per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of tables.")
@click.option("--sample", is_flag=True, help="Score the bundled sample corpus against its gold.")
def eval_(inputs, gold_dir, set_pairs, verbose, as_json, sample):
    """Print precision, recall and F1 per field against gold records, per set and for all sets.

    INPUTS are set folders (each holding gold/ and texts/ or corpus/), or, with --gold, the pages
    of that gold folder. Several sets print one table each, then the table of all together.

    \b
    Example: kg eval --gold ../shared/gold ../shared/corpus
    Example: kg eval ../shared ../shared/devset --json
    """
    if gold_dir is not None:  # as it always was: INPUTS are the pages of one gold folder
        pages = _inputs(inputs, sample)
        sets = [GoldSet(" ".join(pages), str(gold_dir), tuple(pages))]
    else:
        try:
            sets = [gold_set(sample_dir(), "sample")] if sample else []
            sets += [gold_set(folder) for folder in inputs]
        except ValueError as exc:
            raise click.UsageError(f"{exc}; to score pages against a gold folder: --gold GOLD PAGES") from None
    sets += [GoldSet(pages, gold, (pages,)) for gold, pages in set_pairs]
    if not sets:
        raise click.UsageError("give set folders, --set GOLD PAGES, --gold GOLD PAGES or --sample")
    failed = []
    reports = score_sets(sets, lambda result: failed.append(_report(result)))
    if not any(r.scored for r in reports):  # an all-zero table would read as a score
        read = sum(len(r.no_gold) for r in reports)
        golds = ", ".join(dict.fromkeys(r.set.gold for r in reports))
        _say("error", f"nothing was scored: none of the {read} pages read has a gold record in {golds}" if read
             else "nothing was scored: no page could be read")
        sys.exit(1)
    for line in (w for r in reports for w in r.warnings()):
        click.echo(f"kg: warning: {line}", err=True)
    click.echo(json.dumps(sets_json(reports, verbose), ensure_ascii=False, indent=1) if as_json
               else format_sets(reports, verbose))
    sys.exit(1 if any(failed) else 0)


@cli.command()
@click.option("--first", "first_dirs", multiple=True, required=True, type=click.Path(exists=True, file_okay=False),
              help="A folder of the first annotator's gold records (repeatable).")
@click.option("--second", "second_dirs", multiple=True, required=True, type=click.Path(exists=True, file_okay=False),
              help="A folder of the second annotator's records of some of the same pages (repeatable).")
@click.option("-v", "--verbose", is_flag=True, help="List per document what the two records do not share.")
def agree(first_dirs, second_dirs, verbose):
    """Print how far two annotators of the same pages agree, field by field, scored as `kg eval`
    scores kg (the first's records as gold): the ceiling an extractor can expect against one
    annotator. Documents are matched by the text each record names.

    \b
    Example: kg agree --first gold_a --second gold_b
    """
    found = agreement(first_dirs, second_dirs)
    if not found.report.details:
        _say("error", "no document is annotated in both: nothing to compare")
        sys.exit(1)
    if found.only_second:
        _say("warning", f"{len(found.only_second)} records of the second have none of the first to compare with")
    click.echo(f"# {len(found.report.details)} documents annotated by both\n{format_report(found.report, verbose)}")


GRAPH_FORMATS = {"turtle": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld", "trig": "graph.trig",
                 "graphml": "graph.graphml", "gexf": "graph.gexf"}


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", "out_dir", default="exports", show_default=True,
              type=click.Path(file_okay=False), help="Folder for graph files (with --store: only when given).")
@click.option("--format", "formats", multiple=True, type=click.Choice(sorted(GRAPH_FORMATS)),
              help="Extra formats besides graph.ttl (repeatable).")
@click.option("--date", callback=_date, help="Publication date YYYY-MM-DD for inputs that do not state one.")
@click.option("--place", callback=_place, help="Locality (e.g. 定西市) for inputs with no sidecar place.")
@click.option("--sample", is_flag=True, help="Use the bundled sample corpus as input.")
@click.option("--explain-merges", is_flag=True, help="List persons merged across documents, and why.")
@_run_options
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Build into this on-disk store folder (Oxigraph), document by document, so memory does not "
                   "follow the corpus; kg query, view and serve read it. An existing store is rebuilt.")
def build(inputs, out_dir, formats, date, place, sample, explain_merges, store_dir, quiet, **options):
    """Build one knowledge graph from all inputs and write it as RDF (graph.ttl).

    \b
    Example: kg build pages/ -o exports/ --format jsonld -j 4
    Example: kg build pages/ --store graph.db -o exports/
    """
    paths, tally = _inputs(inputs, sample), Tally()
    if store_dir is not None:
        _build_store(paths, store_dir, out_dir, formats, date, place, tally, explain_merges, quiet, options)
    from .rdf import serialize

    with _output(out_dir, lambda name: name in GRAPH_FORMATS.values()) as stage:
        with _running(quiet=quiet, **options) as how:
            graph, results = build_graph(paths, date=date, place=place, tally=tally, **how)
        failed = sum(_report(r) for r in results)
        cache = how["cache"]
        blocks = cache.turtle_blocks(paths) if cache is not None and tally.read else None
        if tally.read:
            for fmt in ("turtle", *sorted(set(formats) - {"turtle"})):
                stage.write(GRAPH_FORMATS[fmt], serialize(graph, fmt, blocks))
        if blocks is not None and not cache.problem:  # a cache that could not be written was said
            cache.keep(blocks)
            if cache.problem:
                _say("warning", cache.problem)
        _commit(stage, out_dir)
    _built(f"{tally}; {graph.number_of_nodes()} nodes, {edge_count(graph)} edges -> {out_dir}/graph.ttl",
           class_counts(graph), _explain(graph) if explain_merges else [], quiet)
    sys.exit(1 if failed else 0)


def _built(line: str, classes: dict[str, int], merges: list[str], quiet: bool = False) -> None:
    """The summary of a build: its line, nodes by class (unless quiet), the merges asked for."""
    if not quiet:
        click.echo(line)
        for cls, n in classes.items():
            click.echo(f"  {cls:<28}{n:>6}")
    for merge in merges:
        click.echo(merge)


def _build_store(paths, store_dir, out_dir, formats, date, place, tally, explain_merges, quiet, options):
    """`kg build --store`: the store, then the exports dumped from it when -o or --format asks."""
    from click.core import ParameterSource

    from .pipeline import merge_lines
    from .store import EXPORTS, StoreError, build_store, export, merges

    exports = bool(formats) or click.get_current_context().get_parameter_source("out_dir") != ParameterSource.DEFAULT
    if unfit := sorted(set(formats) - set(EXPORTS)):
        raise click.UsageError(f"--format {', '.join(unfit)}: written from an in-memory graph only, not with --store")
    failed = []
    try:
        with _running(quiet=quiet, **options) as how:
            done = build_store(paths, store_dir, date=date, place=place, tally=tally,
                               on_result=lambda r: failed.append(_report(r)), **how)
    except StoreError as exc:
        _say("error", exc)
        sys.exit(1)
    where = store_dir
    if exports:
        with _output(out_dir, lambda name: name in GRAPH_FORMATS.values()) as stage:
            for fmt in ("turtle", *sorted(set(formats) - {"turtle"})):
                stage.write(GRAPH_FORMATS[fmt], lambda fh, fmt=fmt: export(store_dir, fmt, fh))
            _commit(stage, out_dir)
        where += f" and {out_dir}/graph.ttl"
    _built(f"{tally}; {done.nodes} nodes, {done.edges} edges -> {where}", dict(sorted(done.classes.items())),
           merge_lines(merges(store_dir)) if explain_merges else [], quiet)
    sys.exit(1 if any(failed) else 0)


@cli.command()
@click.argument("graph", type=click.Path(exists=True))
@click.argument("query", required=False)
@click.option("-e", "--expr", help="SPARQL text to run instead of a named query or file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter, e.g. -p body=定西市政协 (repeatable).")
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True)
@_limits("Seconds to load the graph and run the query; 0: no limit.",
         "Most memory the query may use, e.g. 512MB, 4GB (a plain number is MB); 0: no limit.")
@click.option("--limit", default=LIMIT, show_default=True, type=click.IntRange(1),
              help="Most rows (or CONSTRUCT/DESCRIBE triples) to print.")
@click.option("--allow-service", is_flag=True, help="Let the query call other endpoints (SERVICE).")
def query(graph, query, expr, fmt, params, engine, timeout, limit, memory, allow_service):
    """Run a named query (who-led, posts, members, events-in, campaign, timeline), a .rq file or -e SPARQL.

    SELECT prints rows (--format), ASK prints true or false, CONSTRUCT and DESCRIBE print Turtle.

    GRAPH is a graph file (graph.ttl, .nt, .trig, .jsonld) or a store folder (kg build --store).

    \b
    Example: kg query exports/graph.ttl who-led --format csv
    Example: kg query graph.db members -p body=定西市政协
    Example: kg query graph.db who-led -p body=定西市政协
    """
    if bool(query) == bool(expr):
        names = ", ".join(named_queries())
        raise click.UsageError(f"give a query NAME or FILE.rq, or -e 'SPARQL' (named queries: {names})")
    bound = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--param takes NAME=VALUE, got {item!r}")
        bound[name] = value
    try:
        answer = run_query(graph, expr or query, bound, engine, timeout=timeout, limit=limit,
                           allow_service=allow_service, resolve=not expr, memory=memory)
    except QueryError as exc:
        _say("error", exc)
        sys.exit(2)
    click.echo(format_answer(answer, fmt), nl=False)
    if answer.truncated:
        _say("warning", f"stopped at {limit} {'rows' if answer.kind == 'select' else 'triples'} (--limit); "
                        "the query has more")


@cli.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", "out", default="view.html", show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write.")
@click.option("--focus", multiple=True, metavar="NAME", help="Centre on this node (repeatable).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0), help="Steps around the focus.")
@click.option("--type", "types", metavar="T,T", help="Node types to show: person,event,org,place,campaign,article "
              "(default: all but article).")
@click.option("--place", help="Only what happens in this place or its sub-places, e.g. 定西市.")
@click.option("--body", help="Only this body, its sub-bodies, members and events, e.g. 定西市政协.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Only events on or before this date.")
@click.option("--max-nodes", default=400, show_default=True, type=click.IntRange(1),
              help="Node cap: keeps the focus and the most connected nodes; the page says what it left out.")
@click.option("--isolated", is_flag=True, help="Also show nodes that have no edge in the view.")
@click.option("--fragment", is_flag=True, help="Write an HTML fragment to embed in a report page.")
@click.option("--title", help="Heading of the view.")
@click.option("--height", default="640px", show_default=True, help="Height of the graph area (CSS length).")
def view(graph, out, focus, depth, types, place, body, date_from, date_to, max_nodes, isolated, fragment, title,
         height):
    """Write an interactive, self-contained HTML view of a graph built by `kg build` (a graph file or a store folder).

    Example: kg view exports/graph.ttl -o view.html --focus 周振华 --depth 2
    """
    from .viewer import ViewError
    from .viewer import view as make_view

    try:
        v = make_view(graph, focus=focus, depth=depth, types=types.split(",") if types else None,
                      place=place, body=body, date_from=date_from, date_to=date_to, max_nodes=max_nodes,
                      isolated=isolated, heading=title, height=height)
        v.save(out, fragment=fragment)
    except ViewError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        sys.exit(2)
    sel, notes = v.selection, []
    if sel.omitted:
        notes.append(f"{sum(sel.omitted.values())} nodes over --max-nodes {max_nodes} left out")
    if sel.isolated:
        notes.append(f"{sel.isolated} nodes without edges left out (--isolated shows them)")
    click.echo(f"{out}: {len(sel.nodes)} nodes, {len(sel.edges)} edges" + (f" ({'; '.join(notes)})" if notes else ""))


@cli.command()
@click.argument("graph", type=click.Path(exists=True))
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port; the line on stderr says which).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; 0.0.0.0 lets other machines ask (there is no password).")
@_limits("Seconds a query may run before it is stopped (answered 503); 0: no limit.",
         "Most memory one query may use, e.g. 512MB, 4GB; 0: no limit.")
@click.option("--quiet", is_flag=True, help="Do not log each request on stderr.")
def serve(graph, port, host, timeout, memory, quiet):
    """Serve GRAPH (a store folder or a graph file) read-only over the SPARQL 1.1 protocol.

    Queries at /sparql (GET or POST query=, or an application/sparql-query body; results as JSON,
    XML, CSV or TSV by the Accept header), named queries at /query/NAME?param=value; updates are
    refused. Ctrl-C stops it.

    \b
    Example: kg serve graph.db --port 7878
    Example: curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/query/who-led'
    """
    from .serve import Endpoint, make_server
    from .store import StoreError

    try:
        endpoint = Endpoint(graph, timeout=timeout, memory=memory)
    except StoreError as exc:
        _say("error", exc)
        sys.exit(2)
    try:
        try:
            server = make_server(endpoint, host, port, quiet=quiet)
        except OSError as exc:
            _say("error", f"cannot listen on {host}:{port} ({exc.strerror or exc})")
            sys.exit(1)
        bound_host, bound_port = server.server_address[:2]
        click.echo(f"kg: serving {graph} read-only at http://{bound_host}:{bound_port}/sparql "
                   f"(named queries at /query/NAME); Ctrl-C stops", err=True)
        signal.signal(signal.SIGTERM, _stop)  # kill PID: stop as Ctrl-C does, the temporary store removed
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("kg: stopped", err=True)
        finally:
            server.server_close()
    finally:
        endpoint.close()


def _stop(signum, frame):
    raise KeyboardInterrupt

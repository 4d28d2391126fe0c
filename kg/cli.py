"""The `kg` command: a thin layer over the library (see `kg --help`)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .evaluate import evaluate, format_report
from .output import write_atomic
from .pipeline import load_gold, records, run, sample_dir


def _inputs(inputs: tuple[str, ...], sample: bool) -> list[str]:
    if sample:
        return [str(sample_dir() / "corpus")]
    if not inputs:
        raise click.UsageError("give INPUT files or directories, '-' for stdin, or --sample")
    return list(inputs)


def _report(result) -> bool:
    """Print a result's problem on stderr; True when the input failed."""
    if result.error:
        click.echo(f"kg: error: {result.error}", err=True)
    if result.warning:
        click.echo(f"kg: warning: {result.warning}", err=True)
    return result.error is not None


@click.group()
@click.version_option(package_name="kg")
def cli():
    """kg: knowledge graphs from Chinese political news pages."""


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for one NAME.json per input.")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--date", help="Publication date YYYY-MM-DD for inputs that do not state one.")
@click.option("--place", help="Locality (e.g. 定西市) for inputs with no sidecar place.")
@click.option("--sample", is_flag=True, help="Use the bundled sample corpus as input.")
def extract(inputs, out_dir, fmt, date, place, sample):
    """Extract people, posts, bodies, places, campaigns and events, one record per input.

    Example: kg extract pages/ -o out/ --format json
    """
    failed = 0
    for result, record in records(run(_inputs(inputs, sample), date=date, place=place)):
        failed += _report(result)
        if record is not None:
            name = Path(record["doc"]).stem if result.item != "-" else "stdin"
            write_atomic(Path(out_dir) / f"{name}.json",
                         json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    sys.exit(1 if failed else 0)


@cli.command("eval")
@click.argument("inputs", nargs=-1)
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of gold records (default with --sample: the sample's gold).")
@click.option("-v", "--verbose", is_flag=True, help="List misses and spurious items per document.")
@click.option("--sample", is_flag=True, help="Score the bundled sample corpus against its gold.")
def eval_(inputs, gold_dir, verbose, sample):
    """Print precision, recall and F1 per field against gold records.

    Example: kg eval --gold ../shared/gold ../shared/corpus
    """
    if gold_dir is None:
        if not sample:
            raise click.UsageError("--gold is required unless --sample is given")
        gold_dir = sample_dir() / "gold"
    gold = load_gold(gold_dir)
    pairs, failed = [], 0
    for result, record in records(run(_inputs(inputs, sample))):
        failed += _report(result)
        if record is None:
            continue
        if record["doc"] not in gold:
            click.echo(f"kg: warning: {result.item}: no gold record, not scored", err=True)
            continue
        pairs.append((record, gold[record["doc"]]))
    click.echo(format_report(evaluate(pairs), verbose))
    sys.exit(1 if failed else 0)

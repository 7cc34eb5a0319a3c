"""Extraction quality on the development set: articles from several folders scored against one gold file.

    .venv/bin/python benchmarks/dev_set.py [--gold tests/data/dev_gold.csv] [--shared ../shared]

The gold file's `folder` column says where each labelled article lives, relative to the repository
(`tests/data/dev_articles`, `../shared/tls/bpoil/articles`, ...). Every folder's articles are copied into
one temporary folder with one sources.csv, built in memory and scored. Rows whose folder is absent (the
shared Timeline17 copy is not everywhere) are left out and said so. Prints the scores of the whole set,
then per folder (precision there counts only the events built from that folder's articles).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from events.engines.local import build_tables
from events.evaluate import GoldEvent, evaluate, evaluate_open, load_gold
from events.extract.corpus import load_corpus
from events.merge.titles import reads_cut
from events.schema import Tables, split_list

ROOT = Path(__file__).resolve().parent.parent
SHARED_PREFIX = "../shared/"


def resolve_folder(folder: str, shared: Path) -> Path:
    """'../shared/tls/MJ/articles' -> SHARED/tls/MJ/articles; anything else is relative to the repository."""
    if folder.startswith(SHARED_PREFIX):
        return shared / folder[len(SHARED_PREFIX) :]
    return ROOT / folder


def sources_csv_of(articles: Path) -> Path:
    """A folder's sources.csv sits in it (tests/data/dev_articles) or beside it (Timeline17 stories)."""
    inside = articles / "sources.csv"
    return inside if inside.exists() else articles.parent / "sources.csv"


def folders_of(gold_csv: Path) -> dict[str, str]:
    """{article file name: folder as written in the gold file}."""
    with gold_csv.open(newline="", encoding="utf-8") as handle:
        return {name: row["folder"] for row in csv.DictReader(handle) for name in split_list(row["sources"])}


def assemble(where: dict[str, str], shared: Path, out: Path) -> tuple[dict[str, str], list[str]]:
    """Link each available article into `out` and write one sources.csv; returns the articles placed
    {name: folder} and the folders that were missing."""
    placed: dict[str, str] = {}
    missing: set[str] = set()
    rows: list[dict[str, str]] = []
    listed: dict[Path, dict[str, dict[str, str]]] = {}
    for name, folder in sorted(where.items()):
        directory = resolve_folder(folder, shared)
        if not (directory / name).exists():
            missing.add(folder)
            continue
        meta = sources_csv_of(directory)
        if meta not in listed:
            with meta.open(newline="", encoding="utf-8") as handle:
                listed[meta] = {(r.get("file") or r.get("article") or ""): r for r in csv.DictReader(handle)}
        record = listed[meta].get(name, {})
        # a copy, not a link: the loader skips links that lead outside the folder it reads
        shutil.copyfile(directory / name, out / name)
        rows.append(
            {key: record.get(key, "") for key in ("outlet", "title", "url", "published")} | {"file": name}
        )
        placed[name] = folder
    with (out / "sources.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "outlet", "title", "url", "published"])
        writer.writeheader()
        writer.writerows(rows)
    return placed, sorted(missing)


def restrict(tables: Tables, articles: set[str]) -> Tables:
    """The events (and their mentions) built from at least one of `articles`."""
    keep = tables.events["sources"].map(lambda value: bool(set(split_list(str(value))) & articles))
    events = tables.events[keep]
    mentions = tables.mentions[tables.mentions["event_id"].isin(set(events["event_id"]))]
    return Tables(events=events, mentions=mentions, sources=tables.sources)


def line(label: str, tables: Tables, gold: list[GoldEvent]) -> str:
    scores = evaluate(tables, gold)
    return (
        f"{label:34}{len(gold):6}{scores.n_events:7}{len(scores.matches):8}"
        f"{scores.precision:10.3f}{scores.recall:8.3f}{scores.date_accuracy:8.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/dev_gold.csv")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    labelled = load_gold(args.gold)  # a file that is no gold file stops here, before any build
    with tempfile.TemporaryDirectory() as tmp:
        placed, missing = assemble(folders_of(args.gold), args.shared, Path(tmp))
        for folder in missing:
            print(f"skipped (absent): {folder}")
        corpus = load_corpus(Path(tmp), Path(tmp) / "sources.csv")
        tables = build_tables(corpus)
    gold = [g for g in labelled if g.sources & placed.keys()]
    by_folder: dict[str, set[str]] = defaultdict(set)
    for name, folder in placed.items():
        by_folder[folder].add(name)
    print(f"articles {len(placed)}")
    print(f"{'':34}{'gold':>6}{'events':>7}{'matched':>8}{'precision':>10}{'recall':>8}{'dates':>8}")
    print(line("all", tables, gold))
    for folder, names in sorted(by_folder.items()):
        print(line(folder, restrict(tables, names), [g for g in gold if g.sources & names]))
    # the open matching's shares (found, right date, right type, matching nothing, titles cut off or led
    # by a bare pronoun), without its bands and list of wrong types
    # (the old lines unchanged, so that runs compare; the count of `reads_cut` on a line of its own)
    print("\n".join(evaluate_open(tables, gold).shares()))
    print(cut_titles_line(tables, gold))


def cut_titles_line(tables: Tables, gold: list[GoldEvent]) -> str:
    """The share of titles a reader finds cut or without a clause (`reads_cut`: fragments, and also titles
    that end inside a phrase or have no finite verb), over the titles the open matching counts (events whose
    sources were all labelled). A floor: `reads_cut` misses some cut titles."""
    labelled = set().union(*(g.sources for g in gold)) if gold else set()
    events = tables.events[tables.events["sources"].map(lambda cell: set(split_list(cell)) <= labelled)]
    titles = [str(title) for title in events["title"]]
    cut = sum(map(reads_cut, titles))
    whole = f"{cut / len(titles):.3f}" if titles else "n/a"
    return f"  titles a reader finds cut (reads_cut) {cut}/{len(titles)} = {whole}"


if __name__ == "__main__":
    main()

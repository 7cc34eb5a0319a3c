"""How well built events' countries agree with the labelled ones, on the development set (or any gold file).

    .venv/bin/python benchmarks/countries_dev.py [--gold tests/data/dev_gold.csv] [--shared ../shared]

Builds the gold file's articles as benchmarks/dev_set.py does, matches labels to events whatever their type
(the open matching of `events.evaluate`) and compares each matched event's `countries` with its label's
(ISO alpha-3 of where it happened and of the states acting). Each matched pair is one of:

- agree: the same countries;
- overlap: some shared, some not (a country more or less than the label gives);
- none: the event has no country where the label has some (what a researcher filtering by country loses);
- wrong: the event has countries, none of them the label's;
- extra: the label has none, the event some;
- both none.

Prints the counts, then the same split by how the event's countries were found (`country_basis`: "named"
by its sentences, "report" from where its reports are set). The held-out gold is for measuring only.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_set import ROOT, assemble, folders_of

from events.engines.local import build_tables
from events.evaluate import evaluate_open, load_gold
from events.extract.corpus import load_corpus
from events.schema import split_list

KINDS = ("agree", "overlap", "none", "wrong", "extra", "both none")


def label_countries(gold_csv: Path) -> dict[str, frozenset[str]]:
    """{gold_id: the label's countries} (the evaluator does not read this column)."""
    with gold_csv.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {row["gold_id"]: frozenset(split_list(row.get("countries") or "")) for row in rows}


def label_sentences(gold_csv: Path) -> dict[str, str]:
    """{gold_id: the label's sentence}, to read a listed pair against its text."""
    with gold_csv.open(newline="", encoding="utf-8") as handle:
        return {row["gold_id"]: row.get("sentence") or "" for row in csv.DictReader(handle)}


def agreement(built: frozenset[str], labelled: frozenset[str]) -> str:
    """Which of KINDS a built event's countries are against its label's."""
    if not labelled:
        return "extra" if built else "both none"
    if not built:
        return "none"
    if built == labelled:
        return "agree"
    return "overlap" if built & labelled else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/dev_gold.csv")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", type=int, default=0, help="print this many pairs of each kind but agree")
    parser.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        default=[],
        help="list every pair of this kind (repeatable), with the label's sentence and the event's locations",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        placed, _missing = assemble(folders_of(args.gold), args.shared, Path(tmp))
        tables = build_tables(load_corpus(Path(tmp), Path(tmp) / "sources.csv"))
    gold = [g for g in load_gold(args.gold) if g.sources & placed.keys()]
    labelled = label_countries(args.gold)
    sentences = label_sentences(args.gold)
    events = tables.events.set_index("event_id")
    kinds: Counter[str] = Counter()
    by_basis: Counter[tuple[str, str]] = Counter()
    shown: Counter[str] = Counter()
    for match in evaluate_open(tables, gold).matches:
        row = events.loc[match.event_id]
        built = frozenset(split_list(str(row["countries"])))
        basis = str(row.get("country_basis", "")) or "-"
        kind = agreement(built, labelled.get(match.gold.gold_id, frozenset()))
        kinds[kind] += 1
        by_basis[(basis, kind)] += 1
        if kind in args.kind:
            print(
                f"[{kind}] {match.gold.gold_id}: label {sorted(labelled.get(match.gold.gold_id, ()))} "
                f"event {sorted(built)} ({basis}) locations {row.get('locations', '')}\n"
                f"    title: {row['title']}\n    label: {sentences.get(match.gold.gold_id, '')}"
            )
        elif kind != "agree" and shown[kind] < args.show:
            shown[kind] += 1
            print(
                f"[{kind}] {match.gold.gold_id}: label {sorted(labelled.get(match.gold.gold_id, ()))} "
                f"event {sorted(built)} ({basis}) {str(row['title'])[:90]}"
            )
    total = sum(kinds.values())
    print(f"matched labels {total}")
    for kind in KINDS:
        print(f"  {kind:10} {kinds[kind]:5}  {kinds[kind] / total if total else 0:.3f}")
    print("by country_basis (named / report / none):")
    for basis in ("named", "report", "-"):
        cells = "  ".join(f"{kind} {by_basis[(basis, kind)]}" for kind in KINDS if by_basis[(basis, kind)])
        print(f"  {basis:7} {cells}")


if __name__ == "__main__":
    main()

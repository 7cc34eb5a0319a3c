"""The held-out set (tests/data/heldout_gold.csv) stays well formed, apart from the development set, and
the extraction does not fall below the level it reached there.

No extraction rule may be tuned on these articles (see tests/data/HELDOUT.md): the levels below are a
floor against regressions, not a target. The articles are read from ../shared/tls/ and scored only when
it is there. Levels measured on 2 Dec 2026 (eighth session), a little below."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from events.engines.local import build_tables
from events.evaluate import OpenScores, evaluate_open, gold_corpus, load_gold
from events.extract.corpus import read_article
from events.schema import EVENT_TYPES, PRECISIONS, split_list

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "heldout_gold.csv"
DEV = ROOT / "tests" / "data" / "dev_gold.csv"
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "tls").is_dir()), None
)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def articles_of(path: Path) -> set[str]:
    return {name for row in rows(path) for name in split_list(row["sources"])}


def test_heldout_has_the_dev_set_columns() -> None:
    with HELDOUT.open(newline="", encoding="utf-8") as handle, DEV.open(newline="", encoding="utf-8") as dev:
        assert next(csv.reader(handle)) == next(csv.reader(dev))


def test_heldout_rows_load_and_are_well_formed() -> None:
    gold = load_gold(HELDOUT)
    assert len({g.gold_id for g in gold}) == len(gold) == len(rows(HELDOUT))
    assert all(g.date <= g.date_end for g in gold)
    for row in rows(HELDOUT):
        assert row["event_type"] in EVENT_TYPES, row["gold_id"]
        assert row["precision"] in PRECISIONS, row["gold_id"]
        assert row["note"] and row["sentence"], row["gold_id"]
        assert row["folder"].startswith("../shared/tls/"), row["gold_id"]
        assert all(re.fullmatch(r"[A-Z]{3}", c) for c in split_list(row["countries"])), row["gold_id"]
        keywords = re.compile(row["keywords"], re.IGNORECASE)
        assert keywords.search(row["sentence"]) or keywords.search(row["note"]), row["gold_id"]


def test_no_heldout_article_is_in_the_development_set() -> None:
    assert len(articles_of(HELDOUT)) == 82
    assert not articles_of(HELDOUT) & articles_of(DEV)


@pytest.mark.skipif(SHARED is None, reason="../shared/tls is absent")
def test_each_heldout_sentence_is_in_its_article() -> None:
    assert SHARED is not None
    for row in rows(HELDOUT):
        path = SHARED / row["folder"].removeprefix("../shared/") / row["sources"]
        flat = re.sub(r"\s+", " ", read_article(path))
        assert re.sub(r"\s+", " ", row["sentence"]).strip() in flat, row["gold_id"]


def score() -> OpenScores:
    assert SHARED is not None
    gold = load_gold(HELDOUT)
    return evaluate_open(build_tables(gold_corpus(gold, [SHARED / "tls"])), gold)


@pytest.mark.skipif(SHARED is None, reason="../shared/tls is absent")
def test_extraction_on_unseen_articles_holds_its_level() -> None:
    scores = score()
    found = len(scores.matches)
    dated = sum(m.date_correct for m in scores.matches) / scores.n_gold
    typed = sum(m.type_correct for m in scores.matches) / found
    unmatched = scores.n_unmatched / scores.n_events
    fragments = scores.fragments / scores.n_titles
    # (levels measured on 2 Dec 2026, eighth session, a floor against regressions, never a target. The set
    # grew from 120 labels of 20 articles to 378 of 50 in the sixth session and to 600 of 82 in the eighth,
    # each time with articles drawn and labelled blind that session and scored before they were added
    # (HELDOUT.md); on the 378 the levels were 0.651 / 0.716 / 0.323 / 0.075 at the eighth's end)
    assert dated >= 0.62  # measured 0.635 (381/600)
    assert typed >= 0.71  # measured 0.724 (312/431)
    assert unmatched <= 0.31  # measured 0.306 (180/588)
    assert fragments <= 0.075  # measured 0.070 (41/588)

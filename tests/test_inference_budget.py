"""An undated article's publication date comes from its text: each candidate day is weighed on a reading
of its own budget, so an article whose candidates take together more steps than one article's budget
still has every one of them weighed in full."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from events.engines import local
from events.extract.budget import READING_SHARE, Budget
from events.extract.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]


def undated_bundled_corpus(folder: Path) -> Path:
    """The bundled articles with their publication dates left to the build."""
    shutil.copytree(ROOT / "data" / "articles", folder / "articles")
    with (ROOT / "data" / "sources.csv").open(encoding="utf-8") as bundled:
        rows = [{"article": row["article"], "outlet": row["outlet"]} for row in csv.DictReader(bundled)]
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["article", "outlet"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder


def published(folder: Path) -> pd.Series:
    corpus = load_corpus(folder / "articles", folder / "sources.csv")
    sources = local.build_tables(corpus).sources.set_index("article")
    return sources["published"]


def test_every_candidate_day_is_weighed_on_a_reading_of_its_own_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = undated_bundled_corpus(tmp_path)
    budgets: list[Budget] = []

    def counted(steps: int) -> Budget:
        budgets.append(Budget(steps=steps))
        return budgets[-1]

    monkeypatch.setattr(local, "Budget", lambda: counted(10**9))
    unhurried = published(folder)
    longest = max(budget.taken for budget in budgets)  # the steps of the longest one reading
    readings = len(budgets)
    assert readings > len(unhurried)  # candidate days were weighed: inference ran
    # Enough for any one reading, too little for the eight or more candidate days of an article together.
    steps = int(longest / READING_SHARE) + 1
    monkeypatch.setattr(local, "Budget", lambda: counted(steps))
    assert published(folder).equals(unhurried)
    assert not any(budget.exhausted for budget in budgets[readings:])

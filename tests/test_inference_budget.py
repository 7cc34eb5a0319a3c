"""An undated article's publication date comes from its text, never from how busy the machine is: each
candidate day is weighed on a reading of its own budget, so a slow machine that spends on all the
candidates together more than one article's budget still weighs every one of them."""

from __future__ import annotations

import csv
import itertools
import shutil
from pathlib import Path

import pandas as pd
import pytest

from events.engines import local
from events.extract.budget import Budget
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


def test_a_slow_machine_weighs_every_candidate_day_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = undated_bundled_corpus(tmp_path)
    # One clock for every budget, one tick a look: time runs on across the readings, as on a busy machine.
    ticks = itertools.count()
    budgets: list[Budget] = []
    last_look: dict[int, float] = {}

    def timed(seconds: float) -> Budget:
        def clock() -> float:
            last_look[len(budgets) - 1] = now = float(next(ticks))
            return now

        budgets.append(Budget(seconds=seconds, clock=clock))
        return budgets[-1]

    monkeypatch.setattr(local, "Budget", lambda: timed(1e9))
    unhurried = published(folder)
    longest = max(last_look[i] - budget.started for i, budget in enumerate(budgets))  # one reading's looks
    readings = len(budgets)
    assert readings > len(unhurried)  # candidate days were weighed: inference ran
    # Enough for any one reading, too little for all of one article's candidates together.
    monkeypatch.setattr(local, "Budget", lambda: timed(1.2 * longest))
    assert published(folder).equals(unhurried)
    assert not any(budget.exhausted for budget in budgets[readings:])

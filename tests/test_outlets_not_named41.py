"""Articles whose sources.csv row names no outlet (a bare folder of files) are counted, never listed by
file name as if a file were a paper: on event cards and notes, in "sources differ on the date" and in the
claims page's disputed figures. One helper words every such line."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from dashboard_pages import open_link

from events.query.disputes import differing_days, differing_days_line
from events.query.labels import outlets_line, split_outlets
from events.schema import Tables
from events.store import write_tables

MONDAY = "'Monday' in an article published Wed 14 May 2031 → Mon 12 May 2031"
TUESDAY = "'Tuesday' in an article published Wed 14 May 2031 → Tue 13 May 2031"


def test_articles_with_no_outlet_are_counted_after_the_named_ones() -> None:
    assert outlets_line([], 56) == "56 articles, outlets not named"
    assert outlets_line([], 1) == "1 article, outlet not named"
    assert (
        outlets_line(["Tide Post", "Tide Post", "Quay News"], 2)
        == "Tide Post (2), Quay News; 2 articles, outlets not named"
    )
    # An outlet missing, the file name itself or as a page shows it ("outlet not named (x.txt)") names none.
    outlets = {"a.txt": "a.txt", "b.txt": "Quay News", "c.txt": "outlet not named (c.txt)"}
    assert split_outlets(["a.txt", "b.txt", "c.txt", "d.txt"], outlets) == (["Quay News"], 3)


def test_days_sources_differ_on_count_the_articles_of_no_named_outlet() -> None:
    files = [f"w{n:02d}.txt" for n in range(1, 60)]
    mentions = pd.DataFrame({"article": files, "date_reason": [MONDAY] * 56 + [TUESDAY] * 3})
    line = differing_days_line(differing_days(mentions, {}))
    assert line == (
        "Sources differ on the date: 12 May 2031 (56 articles, outlets not named) vs 13 May 2031 "
        "(3 articles, outlets not named)"
    )
    assert ".txt" not in line


@pytest.fixture
def bare(tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test tables with no outlet named for any article."""
    folder = tmp_path / "bare"
    write_tables(Tables(tables.events, tables.mentions, tables.sources.assign(outlet="")), folder)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(folder))
    return folder


def test_the_claims_page_counts_sources_of_no_named_outlet(bare: Path, tables: Tables) -> None:
    app = open_link("claims")
    said = [m.value for m in app.main.get("markdown") if "Sources differ on" in m.value]
    assert said and all(".txt" not in s for s in said), said
    assert "outlets not named" in said[0]
    sources = list(app.dataframe[-1].value["Source"])
    assert sources and all(s.startswith("outlet not named (") for s in sources)
    # The claims' cards: "date · 2 articles, outlets not named", not their file names.
    cards = [c.value for c in app.caption if " · " in c.value]
    assert cards and all("not named" in c and ".txt" not in c for c in cards), cards


@pytest.fixture
def one_outlet(tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test tables with every article from one outlet."""
    folder = tmp_path / "one"
    write_tables(Tables(tables.events, tables.mentions, tables.sources.assign(outlet="Tide Post")), folder)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(folder))
    return folder


def test_a_figure_disputed_within_one_outlet_counts_its_articles(one_outlet: Path) -> None:
    app = open_link("claims")
    (said,) = [m.value for m in app.main.get("markdown") if "Sources differ on" in m.value]
    # "(Tide Post)" alone read as one outlet differing from itself.
    assert said.replace("\\", "").endswith(": Tide Post (3)"), said  # its three articles

"""Fixes of a review of session 40's rules: a newspaper's view is no news of the day; a count of a crowd set
against another's is a claim; a measure taken beside an appeal is a measure; a killing of a trade's head is
casualties; a present remark of a year long gone is history.

All texts are our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from events.engines.local import build_tables
from events.extract.corpus import load_corpus
from events.extract.triggers import _measure_only_demanded


def _events(tmp_path: Path, text: str, day: str) -> pd.DataFrame:
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        f"file,outlet,title,url,published\none.txt,Test,,,{day}\n", encoding="utf-8"
    )
    return build_tables(load_corpus(tmp_path, tmp_path / "sources.csv")).events


def _typed(events: pd.DataFrame, words: str) -> list[str]:
    return [
        str(t) for t, title in zip(events["event_type"], events["title"], strict=True) if words in str(title)
    ]


def test_a_newspaper_that_says_gives_no_news_of_the_day(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Four ferry routes in Dunmore will close next year. The Courier says the council has betrayed its "
        "readers. The Halden Gazette says the closures have angered islanders across the county.",
        "2026-11-12",
    )
    assert not _typed(events, "betrayed")
    assert not _typed(events, "angered")


def test_a_count_of_a_crowd_set_against_another_is_a_claim(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "The home office said on Monday that only 3,500 people had joined the march in Velm. Organisers said "
        "on Monday that 52,000 people had joined the march.",
        "2026-11-12",
    )
    assert _typed(events, "3,500") == ["claim"]
    assert _typed(events, "52,000") == ["claim"]


def test_a_hedged_count_of_a_remark_is_no_other(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "About 9,000 Pellish nationals live in Ardova, but Ms Varga said earlier this week that only 450 "
        "were registered with the consulate in Brin.",
        "2026-11-12",
    )
    assert _typed(events, "450") and "other" not in _typed(events, "450")


def test_a_measure_taken_beside_an_appeal_is_not_only_asked_for() -> None:
    assert not _measure_only_demanded(
        "The governor urged calm on Friday as the army imposed a curfew in Velm."
    )
    assert not _measure_only_demanded(
        "On Friday the board pushed hard to get the curfew extended and the governor signed the order."
    )
    assert _measure_only_demanded("The union pressed for a curfew to be lifted in Velm.")


def test_a_killing_of_a_trades_head_is_casualties(tmp_path: Path) -> None:
    events = _events(
        tmp_path, "A gunman killed the head of marketing at the Dellow paper mill on Friday.", "2026-11-12"
    )
    assert _typed(events, "killed") == ["casualties"]
    events = _events(
        tmp_path, "A gunman killed the head of sales at the Dellow paper mill on Friday.", "2026-11-12"
    )
    assert _typed(events, "killed") == ["casualties"]


def test_a_present_remark_of_a_year_long_gone_is_no_news_of_the_day(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Four ferry routes in Dunmore will close next year. The Ferrant Shipping Institute says that since "
        "1962, ferry firms have built more than 4,100 vessels in the region.",
        "2026-11-12",
    )
    assert not [
        d for d, title in zip(events["date"], events["title"], strict=True) if "4,100" in str(title)
    ] or all(
        pd.Timestamp(d).date() != dt.date(2026, 11, 12)
        for d, title in zip(events["date"], events["title"], strict=True)
        if "4,100" in str(title)
    )


def test_a_hedged_count_before_its_speaker_stays_a_claim(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Schools in Tarvia stayed shut on Friday. A new virus suspected of killing as many as 45 people in "
        "Tarvia could become an epidemic, the Health Council chief says.",
        "2026-12-04",
    )
    assert _typed(events, "virus") == ["claim"]


def test_a_host_on_their_own_show_gives_no_news_of_the_day(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Four ferry routes in Dunmore will close next year. Tessa Marlow says on her radio show that the "
        "council has failed the islanders it serves.",
        "2026-11-12",
    )
    assert not _typed(events, "failed")

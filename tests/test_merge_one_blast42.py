"""One disaster, told by two reports in other words, both naming its day (`_one_hazard_told_elsewhere` in
events.merge.clusters): "A ferry exploded off the cape on 3 May" and, weeks later, "since the 3 May explosion
aboard the ferry" are one explosion; blasts on other days, or in other named places, stay apart.

All texts are our own."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article


def events_of(*reports: tuple[str, dt.date, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events and mentions of reports given as (file, publication date, text)."""
    articles = tuple(
        prepare_article(name, text + "\n", SourceRow(published=day, outlet=f"Outlet {i}"))
        for i, (name, day, text) in enumerate(reports)
    )
    tables = build_tables(Corpus(articles=articles))
    return tables.events, tables.mentions


def events_telling(mentions: pd.DataFrame, word: str) -> set[str]:
    return set(mentions[mentions["sentence"].str.contains(word)]["event_id"])


def test_one_blast_named_by_its_day_in_two_reports_is_one_event() -> None:
    _, mentions = events_of(
        (
            "a.txt",
            dt.date(2031, 5, 20),
            "Divers are still searching the wreck of the Varna Star. "
            "The Varna Star, a cargo vessel operated by Delmar Lines, exploded off Cape Ostro on May 3.",
        ),
        (
            "b.txt",
            dt.date(2031, 6, 9),
            "Delmar Lines shares fell again on Monday. "
            "Insurers have paid out little since the May 3 explosion aboard the Varna Star killed six crew.",
        ),
    )
    assert len(events_telling(mentions, "May 3")) == 1


def test_blasts_on_two_days_stay_apart() -> None:
    _, mentions = events_of(
        (
            "a.txt",
            dt.date(2031, 5, 20),
            "The Varna Star, a cargo vessel operated by Delmar Lines, exploded off Cape Ostro on May 3.",
        ),
        (
            "b.txt",
            dt.date(2031, 6, 9),
            "Insurers have paid out little since the May 5 explosion aboard the Varna Star killed six crew.",
        ),
    )
    assert len(events_telling(mentions, "May [35]")) == 2


def test_blasts_in_two_named_places_of_one_day_stay_apart() -> None:
    _, mentions = events_of(
        (
            "a.txt",
            dt.date(2031, 5, 20),
            "A gas tank exploded at a depot in Leeds on May 3, officials said.",
        ),
        (
            "b.txt",
            dt.date(2031, 6, 9),
            "Repairs have begun since the May 3 explosion at a chemical plant in Bristol.",
        ),
    )
    assert len(events_telling(mentions, "May 3")) == 2


def test_a_speakers_words_naming_the_blast_stay_his_own() -> None:
    events, mentions = events_of(
        (
            "a.txt",
            dt.date(2031, 5, 20),
            "The Varna Star, a cargo vessel operated by Delmar Lines, exploded off Cape Ostro on May 3.",
        ),
        (
            "b.txt",
            dt.date(2031, 6, 9),
            "Delmar Lines named Tomas Hale its chief executive on Monday. "
            "Hale says the company will step back from the dispute while investigating the May 3 explosion.",
        ),
    )
    assert len(events_telling(mentions, "May 3")) == 2
    assert any("step back" in title for title in events["title"])


RETOLD = (
    ("a.txt", dt.date(2031, 5, 20), "The Varna Star, a cargo vessel, exploded off Cape Ostro on May 3."),
    (
        "b.txt",
        dt.date(2031, 5, 22),
        "Divers returned to the wreck days after the May 3 explosion aboard the Varna Star.",
    ),
    (
        "c.txt",
        dt.date(2031, 5, 25),
        "Insurers met on Friday, weeks after the May 3 explosion aboard the Varna Star.",
    ),
)


def test_the_story_blast_retold_by_its_month_is_the_blast_of_the_day() -> None:
    _, mentions = events_of(
        *RETOLD,
        (
            "d.txt",
            dt.date(2031, 6, 9),
            "The explosion aboard the freighter last month killed six crew.",
        ),
    )
    assert len(events_telling(mentions, "May 3|last month")) == 1


def test_a_blast_of_one_report_is_not_every_blast_of_its_month() -> None:
    _, mentions = events_of(
        RETOLD[0],
        (
            "d.txt",
            dt.date(2031, 6, 9),
            "The explosion aboard the freighter last month killed six crew.",
        ),
    )
    assert len(events_telling(mentions, "May 3|last month")) == 2

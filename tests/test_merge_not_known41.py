"""Remarks in the present that avow not knowing stand alone as no news (`_NOT_KNOWN` in
events.merge.clusters): "Ana Roe says there is no way to know how many homes have been lost" tells no
loss; "the Red Cross says 40 homes have been lost" does, and stands as the report's news.

All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article

FRIDAY = dt.date(2026, 3, 13)
LEAD = "Floods cut off the northern valley of Morvania on Thursday, officials said.\n\nThe rain eased."


def titles_of(*paragraphs: str) -> list[str]:
    """The titles of the events a report makes of the floods' lead and `paragraphs`."""
    text = "\n\n".join([LEAD, *paragraphs]) + "\n"
    article = prepare_article("own.txt", text, SourceRow(published=FRIDAY, outlet="Own Outlet"))
    return list(build_tables(Corpus(articles=(article,))).events["title"])


def test_an_avowal_of_not_knowing_is_no_news_of_its_own() -> None:
    found = titles_of(
        "Ana Roe, head of the Valley Rights Network, says there is no way to know "
        "how many homes have been lost."
    )
    assert not any("Ana Roe" in t for t in found)


def test_it_is_too_early_to_say_is_no_news_of_its_own() -> None:
    found = titles_of(
        "Ana Roe, head of the Valley Rights Network, says it is too early to say if any homes have been lost."
    )
    assert not any("Ana Roe" in t for t in found)


def test_a_figure_told_before_an_avowal_of_not_knowing_more_stays_the_reports_news() -> None:
    found = titles_of(
        "The Morvania Red Cross says 40 homes have been lost in the valley, and there is no way to know "
        "how many more."
    )
    assert any("40 homes" in t for t in found)

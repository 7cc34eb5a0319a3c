"""Sentences that tell no happening of the report, though they date one: history the writer names by its
year ("The 1957 pandemic ..."), and a commentator's or a reader's own life told as "I" on a comment page.
Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import history_named_by_its_year
from tests.reports import mentions_below_lead, report_mentions

MARCH_2026 = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 1957 flu pandemic killed about two million people around the world.",
        "The 1993 flood on the river swept away three bridges in a single night.",
        "A 2011 blowout on a platform off the coast killed four workers.",
        "But the 1987 crash wiped a fifth off the index in one day.",
        "In a 1998 interview, the senator said he would never run for governor.",
        "In its 2015 annual report, the shipping line said the canal was its busiest route.",
    ],
)
def test_a_happening_named_by_its_year_long_before_is_history(sentence: str) -> None:
    assert history_named_by_its_year(sentence, MARCH_2026)
    assert mentions_below_lead(sentence, MARCH_2026) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # last year's result explains this year's news; a year ahead is a plan; a year that is no adjective
        # of the subject dates the deed it goes with
        "The 2025 harvest fell short of the ministry's forecast.",
        "The 2027 census will count the flooded districts again.",
        "The army took control of the port in 2019.",
        "The rains of 1993 were worse, the mayor said on Tuesday.",
    ],
)
def test_a_recent_or_coming_year_or_a_year_that_names_no_subject_is_left_alone(sentence: str) -> None:
    assert not history_named_by_its_year(sentence, MARCH_2026)


def test_news_named_by_the_day_below_a_history_sentence_stays() -> None:
    found = mentions_below_lead(
        "The 1957 flu pandemic killed about two million people. The ministry closed 40 schools on Wednesday.",
        MARCH_2026,
    )
    assert [m.date_start for m in found] == [dt.date(2026, 3, 11)]


# A readers' comment page: questions to the reader and views in the first person, then the readers' own lives
COMMENT_PAGE = """Should schools close when flu spreads?

Are you worried about the new strain of flu?

Why do ministers keep changing their advice?

I think the government has done far too little.

Who will look after the children if the schools close?

Over the winter holidays I caught a nasty flu and had to work on New Year's Eve anyway.

The health ministry closed 40 schools in the capital on Wednesday.

Until this past Christmas, when I went down with a fever for a week, I had never missed a day of work.
"""


def test_the_writers_own_life_on_a_comment_page_is_no_happening() -> None:
    found = report_mentions(COMMENT_PAGE, MARCH_2026)
    assert [m.sentence.text for m in found] == [
        "The health ministry closed 40 schools in the capital on Wednesday."
    ]


def test_a_report_that_quotes_someone_as_i_keeps_the_happening() -> None:
    # a news report, no comment page: an "I" inside a quotation is the speaker's, and the deed is news
    text = (
        "Floods swept through the northern province of Velora on Monday, officials said.\n\n"
        '"I lost my shop on Monday when the river came through," said Jane Roe, the town\'s mayor.\n\n'
        "The government sent 300 soldiers to the province on Tuesday.\n"
    )
    found = report_mentions(text, MARCH_2026)
    assert any(m.sentence.text.startswith("The government sent") for m in found)

"""Undated acts in the body of a report whose lead gives the day (issue 7, recall on unseen text): wire copy
dates its lead ("on Tuesday") and tells the rest of the day's news with no time word, here in the present
perfect. Such an act is news of the report's days; one with a sign of background is not. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

from events.extract.background import lead_dates_its_news, news_in_the_perfect
from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.mentions import Mention
from tests.reports import body_mentions, report_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def news_of_the_day(sentence: str) -> list[Mention]:
    """The mentions of a sentence read below a dated lead that stand as the report's news of its day."""
    return [
        m
        for m in body_mentions(sentence, THU)
        if not m.undated_past and m.date_basis == "publication" and m.date_start == THU
    ]


def test_an_undated_act_in_the_perfect_below_a_dated_lead_is_the_days_news() -> None:
    for sentence in (
        # a phrase of place opens the sentence before its subject
        "As well as in the capital, ballot boxes have also been seized in three northern towns.",
        "In the north, the court has ordered a recount of the ballots in two districts.",
        # a body acts, and is named by what it is
        "Election officials have set aside two more days for the count in the mountain districts.",
    ):
        assert news_of_the_day(sentence), sentence


def test_closures_ordered_and_cases_found_told_in_the_perfect_are_of_their_kind() -> None:
    assert [
        m.event_type for m in news_of_the_day("In the east, schools have been ordered to close for a week.")
    ] == ["policy"]
    assert [
        m.event_type
        for m in news_of_the_day("Two more cases of cholera have also been confirmed in the port.")
    ] == ["disaster"]


def test_an_undated_perfect_act_of_no_named_kind_waits_for_a_report_that_dates_it() -> None:
    # "crews have laid more boom" is more often a report's aside than its news
    sentence = "In the south, two polling stations have been closed after the storm damaged their roofs."
    assert not news_of_the_day(sentence)
    assert all(m.undated_past for m in body_mentions(sentence, THU))


def test_an_act_in_the_perfect_with_a_sign_of_background_stays_background() -> None:
    for sentence in (
        "The tribunal has previously fined the shipping firm twice over late customs filings.",
        "The court has long refused to hear appeals from the two provinces.",
        "Former ministers have been questioned about the port contracts.",
        "Since the floods, the council has rebuilt most of the bridges on the river.",
    ):
        assert not news_of_the_day(sentence), sentence


def test_a_perfect_of_cause_view_or_description_is_no_news_of_the_day() -> None:
    for sentence in (
        "The new tariff has led to a sharp fall in grain imports at the port.",
        "Analysts think voters who have moved abroad are unlikely to be counted.",
        "Customs rules mean hundreds of lorries have been held at the border crossing.",
        "Storm damage has increased sharply along the eastern coast of the island.",
        # a word that ends like a participle and is none
        "The coastal district has been most heavily flooded by the storm.",
    ):
        assert not news_in_the_perfect(sentence), sentence


def test_a_lead_dates_its_news_only_with_a_day_of_the_reports_days() -> None:
    dated = (
        "The electoral commission published the results of the regional vote on Tuesday.\n\nMore follows.\n"
    )
    undated = "The electoral commission has a new chairman and a new office by the river.\n\nMore follows.\n"
    long_ago = "The electoral commission published the results of the vote on 2 January.\n\nMore follows.\n"
    for text, expected in ((dated, True), (undated, False), (long_ago, False)):
        article = prepare_article("own.txt", text, SourceRow(published=THU))
        assert lead_dates_its_news(article, THU, find_dates(article.text, THU)) is expected, text


def test_without_a_dated_lead_an_undated_perfect_act_waits_for_a_report_that_dates_it() -> None:
    text = (
        "The regional vote has been marked by long queues and late openings.\n\n"
        "Critics of the commission say the rules were changed too late.\n\n"
        "In the south, two polling stations have been closed after the storm damaged their roofs.\n"
    )
    closed = [m for m in report_mentions(text, THU) if "polling stations" in m.sentence.text]
    assert all(m.undated_past for m in closed)

"""Undated results in the body of a report of the day's news (issue 7, recall on unseen text): news copy
dates its lead ("on Tuesday", or tells it with no time word) and tells the rest of the day's news with none,
here in the present perfect passive ("two polling stations have been closed"). Such a result is news of the
report's days; a deed of a party in the active, what someone said, or a perfect with a sign of background
is not. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.background import lead_of_its_days, result_on_the_scene
from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.mentions import Mention
from tests.reports import body_kinds, body_mentions, report_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def news_of_the_day(sentence: str) -> list[Mention]:
    """The mentions of a sentence read below a dated lead that stand as the report's news of its day."""
    return [
        m
        for m in body_mentions(sentence, THU)
        if not m.undated_past and m.date_basis == "publication" and m.date_start == THU
    ]


def test_a_result_on_the_scene_in_the_perfect_below_a_dated_lead_is_the_days_news() -> None:
    for sentence in (
        # a phrase of place opens the sentence before its subject
        "In the south, two polling stations have been closed after the storm damaged their roofs.",
        "As well as in the capital, fresh cases of measles have also been detected in three northern towns.",
        "All flights from the island's only airport have been grounded until the storm has passed.",
        # the active of a result: who closed it is named, what is closed is the news
        "But port officials have closed the harbour to fishing boats after the storm sank two trawlers.",
    ):
        assert news_of_the_day(sentence), sentence


def test_a_result_on_the_scene_is_read_in_the_main_clause_only() -> None:
    assert result_on_the_scene("Two courts in the northern province have been ordered to close for a week.")
    for sentence in (
        # what someone said restates what is known; the sentence's news is the saying
        "Officials said two courts in the northern province have been closed for a week.",
        # a clause of reason or time opens the sentence
        "As the river rose, three villages on the eastern bank have been evacuated by boat.",
        # a relative clause: the perfect describes a noun
        "Voters whose ballots have been cancelled will be able to vote again next month.",
        # a deed of a party in the active may be its conduct over months
        "The neighbouring state has sent thousands of troops to the disputed border region.",
        # in the active, a finding may be a study's, not a result on the scene
        "Researchers at the university have identified a gene that protects wheat from the blight.",
        # a tally is a running count, read by the count rules
        "In the north, 40 new cases have been confirmed among workers at the grain terminal.",
        "Hundreds of foreign traders have been detained in the port city, the embassy said.",
        # the perfect in a relative clause after the main verb
        "The agency has produced a map of the districts where floods have been detected this winter.",
    ):
        assert not result_on_the_scene(sentence), sentence


def test_a_result_with_a_sign_of_background_stays_background() -> None:
    for sentence in (
        "The coastal road to the port has been closed since the landslide of 2019.",
        "The tribunal's offices have previously been closed twice over unpaid rent.",
        "Several of the town's polling stations have already been closed for the winter.",
        "The bridge has been closed for years because of cracks in its central span.",
    ):
        assert not result_on_the_scene(sentence), sentence
        assert not news_of_the_day(sentence), sentence


def test_a_lead_of_its_days_gives_a_day_near_publication_or_no_earlier_time() -> None:
    dated = (
        "The electoral commission published the results of the regional vote on Tuesday.\n\nMore follows.\n"
    )
    undated = "The electoral commission is urging voters to check their polling station.\n\nMore follows.\n"
    looking_back = (
        "The electoral commission published the results of the vote in January 2019.\n\nMore follows.\n"
    )
    for text, expected in ((dated, True), (undated, True), (looking_back, False)):
        article = prepare_article("own.txt", text, SourceRow(published=THU))
        assert lead_of_its_days(article, THU, find_dates(article.text, THU)) is expected, text


def test_below_a_lead_looking_back_an_undated_result_waits_for_a_report_that_dates_it() -> None:
    text = (
        "In January 2019, a storm tore through the islands and flooded the capital's lower town.\n\n"
        "Critics of the council say the sea wall was built too low.\n\n"
        "In the south, two polling stations have been closed after the storm damaged their roofs.\n"
    )
    closed = [m for m in report_mentions(text, THU) if "polling stations" in m.sentence.text]
    assert closed
    assert all(m.undated_past for m in closed)


def test_the_results_read_here_are_typed_by_their_kind() -> None:
    # an adverb between the auxiliaries, an order to close, a place closed to all who would come, permits
    # held back
    for sentence, kind in (
        ("Fresh cases of measles have also been detected in the northern towns of the province.", "disaster"),
        ("Two primary schools in the capital have been ordered to close for a week.", "policy"),
        ("Park officials have closed the national forest to the public after the fire reached it.", "policy"),
        # permits held back, which only an authority does
        ("The energy ministry has delayed new drilling permits for the northern coast.", "policy"),
    ):
        assert body_kinds(sentence, THU) == [(kind, THU)], sentence

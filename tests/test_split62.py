"""One happening told over several sentences of one report is one event (issue 7, events matching
nothing): a speaker's stance told in the report's words goes with the speaker's remarks. Two different
things one speaker does on one day stay two. All texts are our own."""

from __future__ import annotations

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from tests.reports import MONDAY


def happenings(text: str) -> list[list[str]]:
    """The first words of each sentence of each event one report of our own, published on a Monday, yields."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=MONDAY, outlet="Outlet"))
    mentions = build_tables(Corpus(articles=(article,))).mentions
    return sorted(sorted(s[:20] for s in group["sentence"]) for _, group in mentions.groupby("event_id"))


INTERVIEW = (
    "The airline's chief executive, Marta Lindqvist, said in an interview on Sunday that bookings had "
    "recovered.\n\n"
)


def test_a_speakers_stance_told_in_the_reports_words_is_part_of_the_remarks() -> None:
    found = happenings(
        INTERVIEW + "Lindqvist stressed that the airline's safety checks had worked.\n\n"
        "She also admitted that the airline had been slow to refund its passengers."
    )
    assert len(found) == 1 and len(found[0]) == 3


def test_an_act_a_speaker_announces_by_name_stays_news_of_its_own() -> None:
    found = happenings(INTERVIEW + "Lindqvist said the airline had closed its maintenance base in Tromso.")
    assert len(found) == 2


def test_an_act_named_again_by_the_noun_of_its_verb_is_one_event() -> None:
    found = happenings(
        "A court in Porto has ordered the release of the trawler's captain.\n\n"
        "Judge Ana Costa made the order at a hearing attended by the captain's family."
    )
    assert len(found) == 1


def test_the_evenings_announcement_is_the_announcement_the_report_told() -> None:
    found = happenings(
        "The ministry of health announced tonight that there were three new cases in the north.\n\n"
        "Tonight's announcement brought the number of cases in the region to 41."
    )
    assert len(found) == 1


def test_a_named_act_that_only_dates_the_news_stays_apart_from_it() -> None:
    found = happenings(
        "The government appointed a flood coordinator for the north on Sunday.\n\n"
        "The appointment came as the river rose to a record nine metres in the capital."
    )
    assert len(found) == 2

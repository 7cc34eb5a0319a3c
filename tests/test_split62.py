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

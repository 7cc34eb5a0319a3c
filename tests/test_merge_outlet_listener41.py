"""An outlet a speaker spoke to is no actor (`told_to_an_outlet` in events.merge.clusters): "the governor
told Metro TV that ..." tells what the governor said; the channel only carried it. An outlet named
otherwise (its reporter, its own act, its own report) stays an actor.

All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.merge.clusters import told_to_an_outlet
from events.schema import split_list

THURSDAY = dt.date(2026, 3, 12)
LEAD = "Floods cut off the valley towns of the northern province on Wednesday, officials said."


def actors_of(sentence: str) -> list[str]:
    """The actors of the event that holds `sentence`, in a report that opens with the floods."""
    article = prepare_article(
        "own.txt", LEAD + "\n\n" + sentence + "\n", SourceRow(published=THURSDAY, outlet="Own Outlet")
    )
    tables = build_tables(Corpus(articles=(article,)))
    held = tables.mentions.loc[tables.mentions["sentence"] == sentence, "event_id"]
    events = tables.events.set_index("event_id")
    return [a for eid in held for a in split_list(events.at[eid, "actors"])]


def test_a_channel_told_is_no_actor() -> None:
    found = actors_of(
        "The provincial governor, Marta Olsen, told KRN television on Wednesday that 40 people had died."
    )
    assert "Marta Olsen" in found
    assert "KRN" not in found


def test_a_news_agency_told_is_no_actor() -> None:
    found = actors_of(
        "The provincial governor, Marta Olsen, told the KRN news agency that 40 people had died."
    )
    assert "Marta Olsen" in found
    assert "KRN" not in found


def test_a_broadcasters_world_service_told_is_no_actor() -> None:
    found = actors_of(
        "Pavel Drun, a relief worker, tells the Norland World Service that roads to the valley are closed."
    )
    assert "Pavel Drun" in found
    assert "Norland World Service" not in found


def test_a_radio_told_is_no_actor() -> None:
    found = actors_of("Pavel Drun, a relief worker, tells Radio Norland that roads to the valley are closed.")
    assert "Pavel Drun" in found
    assert "Radio Norland" not in found


def test_an_outlets_short_name_glossed_where_it_was_told_is_no_actor() -> None:
    sentence = "Marta Olsen told the Norland Broadcasting Service (NBS) network on Friday that the dam held."
    assert told_to_an_outlet(sentence, "NBS")
    assert told_to_an_outlet(sentence, "Norland Broadcasting Service")


def test_an_outlet_that_acts_or_reports_is_kept() -> None:
    assert not told_to_an_outlet("Kesta television broadcast the appeal on Wednesday.", "Kesta")
    assert not told_to_an_outlet(
        "The Norland World Service reported that roads were closed.", "Norland World Service"
    )
    # a reporter named by the outlet he works for, speaking: the outlet is where he is from
    assert not told_to_an_outlet(
        "Kesta reporter Ivo Lind told the Norland World Service that roads were shut.", "Kesta"
    )


def test_a_body_told_is_no_outlet() -> None:
    # "told the commission", "told Congress": a body that heard the remarks as a party to the story
    assert not told_to_an_outlet(
        "Marta Olsen told the Valley Commission that the levee failed.", "Valley Commission"
    )
    assert told_to_an_outlet(
        "Marta Olsen told the Valley Post newspaper that the levee failed.", "Valley Post"
    )


def test_an_outlet_told_what_to_do_or_told_of_itself_is_a_party() -> None:
    # an order to the outlet, or news of the outlet itself: it is a party to the story, not a listener
    assert not told_to_an_outlet(
        "The regulator told Kesta News Network on Friday to stop broadcasting within a day.",
        "Kesta News Network",
    )
    assert not told_to_an_outlet(
        "The regulator told Kesta News Network on Thursday that it would lose its licence.",
        "Kesta News Network",
    )
    assert told_to_an_outlet(
        "Marta Olsen told Kesta News Network on Thursday that roads to the valley were closed.",
        "Kesta News Network",
    )
    assert not told_to_an_outlet("The regulator told the KRN news agency to close its offices.", "KRN")
    # "its" of the speaker's own body, and "to" in what is told, leave the outlet a listener
    assert told_to_an_outlet(
        "Ana Pell, head of the Valley Rights Network, told Radio Kesta that three of its clinics were shut.",
        "Radio Kesta",
    )
    assert told_to_an_outlet("Ivo Lind told Radio Kesta what happened to his shop.", "Radio Kesta")


def test_a_charity_named_a_network_is_no_outlet() -> None:
    assert not told_to_an_outlet(
        "Marta Olsen told the Valley Rights Network that the levee failed.", "Valley Rights Network"
    )


def test_an_outlet_that_is_ordered_stays_an_actor() -> None:
    found = actors_of("The regulator told Kesta News Network on Friday to stop broadcasting within a day.")
    assert "Kesta News Network" in found

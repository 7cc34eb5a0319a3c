"""Dates from the right clause: a timeline's paragraph told with no day is of the entry above it, not of the
day the timeline was published. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2026, 9, 15)  # a Tuesday


def _mentions(text: str, published: dt.date = PUBLISHED) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return list(extract_mentions(article, load_gazetteer()))


_TIMELINE = (
    "Below is a timeline of the dispute over the Varn river dam.\n\n"
    "March 3, 2026 - Blast and fire at a quarry beside the Varn dam; 12 workers are killed.\n\n"
    "April 12 - Parliament in Dorlan votes to fund repairs to the dam.\n\n"
    "Opposition leader Marta Ilves insists the money comes too late.\n\n"
    "May 20 - The dam operator Kestrel Hydro says the reservoir will be drained by August.\n\n"
    "June 8 - Protesters block the road to the dam site for a second day."
)


def test_a_timeline_paragraph_without_a_day_is_of_the_entry_above() -> None:
    found = _mentions(_TIMELINE)
    insist = [m for m in found if m.sentence.text.startswith("Opposition leader")]
    assert insist
    assert all(m.date_start == dt.date(2026, 4, 12) for m in insist)


def test_an_undated_present_remark_in_plain_news_stays_of_the_report_day() -> None:
    text = (
        "Parliament in Dorlan voted on Monday to fund repairs to the Varn dam.\n\n"
        "Opposition leader Marta Ilves insists the money comes too late."
    )
    insist = [m for m in _mentions(text) if m.sentence.text.startswith("Opposition leader")]
    assert insist
    assert all(m.date_start == PUBLISHED for m in insist)


APRIL = dt.date(2026, 4, 8)  # a Wednesday


def test_an_older_date_in_a_noting_clause_does_not_date_the_announcement() -> None:
    text = (
        "Chancellor Petra Holm said her party would seek a snap election, noting that the budget talks "
        "had failed in late February."
    )
    said = [m for m in _mentions(text, APRIL) if m.sentence.text.startswith("Chancellor")]
    assert said
    assert all(m.date_start == APRIL for m in said)


def test_a_deed_dated_in_the_reported_clause_does_not_date_the_speakers_later_remarks() -> None:
    text = (
        "Fighting eased around the port of Keldra this week.\n\n"
        "The mediator Tomas Adeyemi said his staff visited the camps on Monday.\n\n"
        '"The truce will be extended," Adeyemi told reporters.'
    )
    found = _mentions(text, APRIL)
    visited = [m for m in found if "visited the camps" in m.sentence.text]
    later = [m for m in found if m.sentence.text.startswith('"The truce')]
    assert visited and later
    assert all(m.date_start == dt.date(2026, 4, 6) for m in visited)
    assert all(m.date_start == APRIL for m in later)


def test_slated_tells_a_plan_as_scheduled_and_due_do() -> None:
    found = _mentions(
        "The transport ministry of Dorlan is slated to announce new rail fares for the northern lines.", APRIL
    )
    assert [m.date_start for m in found] == [APRIL]


def test_the_timetable_participles_are_one_list_for_every_rule() -> None:
    from events.extract.vocabulary import BARE_TIMETABLE_PARTICIPLES, TIMETABLE_PARTICIPLES

    assert set(TIMETABLE_PARTICIPLES) == {"due", "scheduled", "slated", "set"}
    assert "set" not in BARE_TIMETABLE_PARTICIPLES
    assert "slated" not in BARE_TIMETABLE_PARTICIPLES


def test_slated_alone_is_criticised_and_looks_back() -> None:
    from events.extract.dates import find_dates

    found = find_dates("The draft treaty was slated by opposition deputies on Sunday.", dt.date(2026, 3, 12))
    assert [(d.date_start, d.tense) for d in found] == [(dt.date(2026, 3, 8), "past")]


def test_a_dated_line_that_is_no_entry_ends_the_entry_above() -> None:
    text = (
        "Below is a timeline of the dispute over the Varn river dam.\n\n"
        "April 12 - Parliament in Dorlan votes to fund repairs to the dam.\n\n"
        "May 20 - The dam operator Kestrel Hydro says the reservoir will be drained by August.\n\n"
        "Workers on the dam crest 4 June 2026 Engineers finish draining the reservoir.\n\n"
        "Opposition leader Marta Ilves insists the money comes too late.\n\n"
        "June 8 - Protesters block the road to the dam site for a second day."
    )
    insist = [m for m in _mentions(text) if m.sentence.text.startswith("Opposition leader")]
    assert insist
    assert all(m.date_start != dt.date(2026, 5, 20) for m in insist)


def test_a_caption_run_into_the_next_entry_takes_no_entry_above() -> None:
    text = (
        "Below is a timeline of the dispute over the Varn river dam.\n\n"
        "April 12 - Parliament in Dorlan votes to fund repairs to the dam.\n\n"
        "May 20 - The dam operator Kestrel Hydro says the reservoir will be drained by August.\n\n"
        "Opposition leader Marta Ilves looked tired at the vote 8 June Protesters block the dam road.\n\n"
        "June 9 - Police clear the road to the dam site."
    )
    caption = [m for m in _mentions(text) if m.sentence.text.startswith("Opposition leader")]
    assert all(m.date_start != dt.date(2026, 5, 20) for m in caption)


def test_the_day_of_the_source_of_reported_words_still_dates_the_speakers_remarks() -> None:
    text = (
        "The mediator Tomas Adeyemi told investigators he had paid the guards, according to a court "
        "filing made public on Monday.\n\n"
        "Adeyemi told investigators he was not the first envoy to pay them."
    )
    later = [m for m in _mentions(text, APRIL) if m.sentence.text.startswith("Adeyemi told")]
    assert later
    assert all(m.date_start == dt.date(2026, 4, 6) for m in later)


MARCH = dt.date(2026, 3, 6)  # a Friday


def test_a_deed_told_by_a_speaker_still_dates_the_deed_told_below_it() -> None:
    text = (
        "Police said they detained three men in Orvald on Tuesday. The three were held at a bus depot near "
        "the harbour."
    )
    held = [m for m in _mentions(text, MARCH) if m.sentence.text.startswith("The three")]
    assert held
    assert all(m.date_start == dt.date(2026, 3, 3) for m in held)


def test_what_a_speaker_learned_of_on_a_day_is_no_deed_told() -> None:
    text = (
        "Premier Ida Korhonen named a new cabinet on Wednesday.\n\n"
        "Korhonen said she had heard of the defection on Thursday morning.\n\n"
        '"It changes nothing for the coalition," Korhonen said.'
    )
    found = _mentions(text, dt.date(2026, 3, 7))
    later = [m for m in found if m.sentence.text.startswith('"It changes')]
    assert later
    assert all(m.date_start == dt.date(2026, 3, 5) for m in later)


def test_a_deed_of_the_reports_own_day_is_of_the_saying_too() -> None:
    text = (
        "The mayor Lena Sorvik said her office closed the ferry terminal on Friday.\n\n"
        '"Nobody will sail until the wind drops," Sorvik told reporters.'
    )
    found = _mentions(text, MARCH)
    later = [m for m in found if m.sentence.text.startswith('"Nobody')]
    assert later
    assert all(m.date_start == MARCH for m in later)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The operator says one of the two sluices has been closed.",
        "Engineers inspect houses damaged by the blast.",
    ],
)
def test_what_a_timeline_tells_in_its_present_is_of_the_entry_above(paragraph: str) -> None:
    text = _TIMELINE.replace("Opposition leader Marta Ilves insists the money comes too late.", paragraph)
    told = [m for m in _mentions(text) if m.sentence.text.startswith(paragraph[:24])]
    assert told
    assert all(m.date_start == dt.date(2026, 4, 12) for m in told)


def test_the_body_below_a_fact_box_of_entries_is_of_the_reports_day() -> None:
    text = (
        "A cargo ship that ran aground off the island of Hesta still leaks fuel, the coastguard says.\n\n"
        "Feb 20 - The ship strikes a reef north of Hesta.\n"
        "Feb 24 - Salvage crews reach the wreck.\n"
        "Feb 27 - The coastguard closes the channel to traffic.\n\n"
        "Police have detained the ship's first officer.\n\n"
        "The owner has offered to pay for the salvage.\n\n"
        "Fishing crews from Hesta say the catch is down by half."
    )
    found = _mentions(text, MARCH)
    body = [m for m in found if m.sentence.text.startswith(("Police have", "The owner", "Fishing"))]
    assert body
    assert all(m.date_start != dt.date(2026, 2, 27) for m in body)


def test_a_timeline_spaced_by_blank_lines_goes_on_below_its_last_entry() -> None:
    # (entries parted by blank lines: the blank line below the last one ends no run)
    text = (
        "Chronology of the standoff\n\n"
        "Jan 3 - Miners block the pass at Orvel.\n\n"
        "Jan 7 - Police clear the camp.\n\n"
        "Jan 12 - Mediators arrive in Kestin.\n\n"
        "Leaders of the miners sign a truce."
    )
    found = _mentions(text, MARCH)
    truce = [m for m in found if m.sentence.text.startswith("Leaders")]
    assert truce
    assert all(m.date_start == dt.date(2026, 1, 12) for m in truce)


def test_a_deed_told_of_by_a_witness_keeps_the_day_he_testified_on_his_later_remarks() -> None:
    text = (
        "Pipe fitter Aldo Brenn testified Tuesday that he warned the site managers on March 2 that the main "
        "would burst.\n\n"
        "Brenn said he and the managers worked together, late into the night of March 2, trying to fix "
        "it.\n\n"
        "Work went on at the site regardless.\n\n"
        '"The managers had made up their minds," Brenn said.'
    )
    found = _mentions(text, dt.date(2026, 9, 17))
    later = [m for m in found if m.sentence.text.startswith('"The managers')]
    assert later
    assert all(m.date_start == dt.date(2026, 9, 15) for m in later)

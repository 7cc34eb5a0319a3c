"""A report told in retrospect: a piece that looks back over the days before it was printed, whose dated
sentences fall mostly days before publication, keeps the time its last dated sentence set for the undated
acts told below it in the simple past; a report of its own day's news does not. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import report_mentions

PRINTED = dt.date(2022, 3, 21)  # a Monday
THURSDAY = dt.date(2022, 3, 10)

LOOKING_BACK = (
    "How the dam failure unfolded\n\n"
    "The dam above Kirova gave way on Tuesday 8 March, sending a wall of water into the valley.\n\n"
    "Engineers reached the breach on Thursday 10 March.\n\n"
    "Soldiers stacked sandbags along the main road into the town.\n\n"
)


def mention_of(text: str, opening: str) -> Mention:
    """The mention of the sentence that opens with `opening`, in a report of ours printed on a Monday."""
    found = [m for m in report_mentions(text, PRINTED) if m.sentence.text.startswith(opening)]
    assert found, f"no mention of {opening!r}"
    return found[0]


def test_an_undated_act_in_a_look_back_takes_the_day_its_last_dated_sentence_set() -> None:
    text = LOOKING_BACK + "Hundreds of families were moved to a school in the next town.\n"
    told = mention_of(text, "Hundreds")
    assert (told.date_start, told.date_basis) == (THURSDAY, "context")


def test_a_happening_named_by_its_day_does_not_move_the_story_time() -> None:
    text = (
        LOOKING_BACK
        + "Residents said Tuesday's flood had reached the church steps.\n\n"
        + "Hundreds of families were moved to a school in the next town.\n"
    )
    assert mention_of(text, "Hundreds").date_start == THURSDAY


def test_a_report_of_its_own_news_keeps_its_day_for_undated_acts_below_background_dates() -> None:
    text = (
        "Dam town braces for more rain\n\n"
        "Forecasters warned of heavy rain across the valley today.\n\n"
        "The dam above Kirova gave way on Tuesday 8 March, sending a wall of water into the valley.\n\n"
        "Engineers reached the breach on Thursday 10 March.\n\n"
        "Soldiers stacked sandbags along the main road into the town.\n\n"
        "Hundreds of families were moved to a school in the next town.\n"
    )
    assert mention_of(text, "Hundreds").date_start != THURSDAY


def test_quoted_words_in_a_look_back_take_no_carried_day() -> None:
    text = (
        LOOKING_BACK + '"We opened three shelters for the families," said Ana Lisic, the regional governor.\n'
    )
    assert mention_of(text, '"We opened').date_start != THURSDAY


def test_a_sentence_naming_two_times_sets_no_story_time_below_it() -> None:
    text = (
        LOOKING_BACK
        + "The water stood twice as high on Friday 11 March as it had on Tuesday.\n\n"
        + "Hundreds of families were moved to a school in the next town.\n"
    )
    assert mention_of(text, "Hundreds").date_start not in (THURSDAY, dt.date(2022, 3, 11))

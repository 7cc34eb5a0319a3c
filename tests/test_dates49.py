"""Dates that belong to another clause or another sentence than the act told: a comment's date, a
happening named again as a setting, a count back from the sentence before, a deal named in what was said;
and the outlet that quotes someone, which neither speaks nor tells a happening of its own. All sentences are
our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import opening, report_mentions

PUBLISHED = dt.date(2026, 9, 16)  # a Wednesday
SUNDAY = dt.date(2026, 9, 13)
SATURDAY = dt.date(2026, 9, 12)
MONDAY = dt.date(2026, 9, 14)
MARCH_3 = dt.date(2026, 3, 3)


def mentions_of(body: str, published: dt.date = PUBLISHED) -> list[Mention]:
    return report_mentions(f"Report\n\n{body}\n", published)


def test_a_free_relative_commenting_on_the_act_lends_it_no_date() -> None:
    found = mentions_of(
        "The Green Party won 40 percent of the vote on Sunday, what few analysts could have imagined two "
        "years ago."
    )
    assert found
    assert all(m.date_start.year == PUBLISHED.year for m in found)
    assert any(m.date_start == SUNDAY for m in found)


def test_a_toll_told_in_a_happening_named_as_its_setting_takes_that_happenings_day() -> None:
    found = mentions_of(
        "The inquiry into the ferry disaster published its report on Tuesday.\n\n"
        "A sudden explosion ripped through the engine room on 3 March.\n\n"
        "Inspectors had warned the owners about the engines.\n\n"
        "In the explosion, nine crew members died."
    )
    toll = opening(found, "In the explosion")
    assert (toll.date_start, toll.date_basis) == (MARCH_3, "context")


def test_a_day_earlier_counts_back_from_the_day_the_sentence_before_gave() -> None:
    found = mentions_of(
        "Rebels shelled the port on Sunday. A day earlier, troops had arrested 40 looters in the capital."
    )
    arrest = opening(found, "A day earlier")
    assert arrest.date_start == SATURDAY


def test_a_day_earlier_with_no_day_just_before_counts_from_publication() -> None:
    found = mentions_of(
        "The council met on Tuesday. The mayor resigned. A day earlier, the budget was passed by the council."
    )
    budget = opening(found, "A day earlier")
    assert budget.date_start == PUBLISHED - dt.timedelta(days=1)


def test_a_deal_named_with_its_day_in_what_was_said_does_not_date_the_saying() -> None:
    found = mentions_of(
        "Senator Ada Kroll said the deal signed at the treasury on Monday amounted to a giveaway."
    )
    said = opening(found, "Senator Ada Kroll")
    assert said.date_start != MONDAY


def test_nor_after_a_participle_of_saying() -> None:
    found = mentions_of(
        "Senator Ada Kroll apologized to the bank, saying the deal made at the treasury on Monday to set up "
        "a relief fund amounted to a giveaway."
    )
    said = opening(found, "Senator Ada Kroll")
    assert said.date_start != MONDAY


def test_a_day_given_to_the_saying_still_dates_it() -> None:
    found = mentions_of("Senator Ada Kroll said on Monday the deal was a giveaway.")
    said = opening(found, "Senator Ada Kroll")
    assert said.date_start == MONDAY


QUOTED_LINE = (
    "Minister Ada Okafor said the authorities were still far from knowing how many people had died.\n\n"
    '"Nobody knows how many bodies are buried in the mud."\n\n'
    "the Associated Press quotes her as saying on Sunday.\n\n"
    "Speaking to reporters a day earlier, she said the main hospital had received about 300 bodies."
)


def test_a_line_that_only_says_who_quoted_the_words_above_is_no_happening() -> None:
    found = mentions_of(QUOTED_LINE)
    assert not [m for m in found if m.sentence.text.startswith("the Associated Press quotes")]


def test_the_outlet_quoting_someone_is_not_the_speaker_of_what_follows() -> None:
    found = mentions_of(QUOTED_LINE)
    hospital = opening(found, "Speaking to reporters")
    assert (hospital.speaker, hospital.date_start) == ("Ada Okafor", SATURDAY)

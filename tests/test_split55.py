"""One happening told twice in one report is one event (issue 7): a death or a toll told again with the
same date and kind, whatever extra actor the second telling names; a speaker's act told in the report's
words and again in the remarks of the speaker's office ("said she was offering ..." and "'The minister is
offering ...,' said her spokesman"). Other remarks of the day, other bodies' acts and another report's day
stay apart. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import _said_later
from tests.reports import build_reports, report_mentions

FRIDAY = dt.date(2026, 3, 13)


def events_of(text: str) -> list[tuple[str, str, str, str, int]]:
    return build_reports((FRIDAY, text))


_OFFER = (
    "On Wednesday, Transport Minister Lena Ortiz said she was offering free rail passes to nurses who work "
    "night shifts.\n\n"
    "Roads in the north stayed closed for a third day.\n\n"
)


def test_a_speakers_act_and_her_offices_words_for_it_are_one_event() -> None:
    found = events_of(
        _OFFER
        + '"The minister is offering free rail passes to every nurse on night shifts until the summer," '
        "said Ms Ortiz's spokesman, Pavel Ruda."
    )
    passes = [e for e in found if "rail passes" in e[3]]
    assert len(passes) == 1
    assert passes[0][1] == "2026-03-11"
    assert passes[0][0] == "statement"  # (what the minister said, however the act was typed)


def test_the_speakers_remarks_on_another_matter_stay_apart() -> None:
    found = events_of(
        _OFFER + '"The roads will not reopen before the weekend," said Ms Ortiz\'s spokesman, Pavel Ruda.'
    )
    assert len([e for e in found if "rail passes" in e[3]]) == 1
    assert len([e for e in found if "reopen" in e[3]]) == 1


def test_remarks_opening_earlier_in_the_day_tell_another_occasion() -> None:
    # ("Earlier in the day, ..." goes back to another occasion, as "Earlier on Monday, ..." does)
    found = report_mentions(
        "Mayor Ana Lind said on Wednesday the city would cut bus fares for students.\n\n"
        "Earlier in the day, Lind said the city would close two libraries.",
        FRIDAY,
    )
    assert [_said_later(m) for m in found if "libraries" in m.sentence.text] == [True]
    assert [_said_later(m) for m in found if "fares" in m.sentence.text] == [False]


def test_a_death_told_twice_with_the_accused_named_is_one_event() -> None:
    found = events_of(
        "The jazz pianist Tomas Vell died in March 2019 at his home in Lisbon, aged 61.\n\n"
        "His former manager, Rui Sotto, goes on trial on Monday accused of fraud.\n\n"
        "Prosecutors say Sotto gave Vell sleeping pills, leading to his death in March 2019."
    )
    deaths = [e for e in found if e[0] == "casualties"]
    assert len(deaths) == 1
    assert (deaths[0][1], deaths[0][2]) == ("2019-03-01", "2019-03-31")


def test_a_toll_told_twice_with_another_voice_is_one_event() -> None:
    found = events_of(
        "Floods killed 23 people in the river valley on Tuesday, the regional governor said.\n\n"
        "Rescue teams searched collapsed homes overnight.\n\n"
        "The floods on Tuesday killed 23 people, among them four children, the Red Cross said."
    )
    assert len([e for e in found if e[0] == "casualties"]) == 1

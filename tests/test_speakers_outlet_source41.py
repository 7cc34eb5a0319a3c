"""A news outlet that reports a named one's saying is the source, not the speaker
(`_outlet_reports_a_saying` in events.extract.speakers): "Lea Marr said ..., according to Reuters" is
Lea Marr's remark. An outlet that tells a clause joined after the saying ("Lea Marr said ..., but 40 staff
have been suspended, according to Reuters") stays its speaker.

All texts are our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions

FRIDAY = dt.date(2026, 3, 13)
LEAD = "Floods cut off the northern valley of Morvania on Thursday, officials said."


def speaker_of(sentence: str) -> str:
    """The speaker of the report's mention of `sentence`, below the floods' lead."""
    found = [m for m in report_mentions(LEAD + "\n\n" + sentence, FRIDAY) if m.sentence.text == sentence]
    return found[0].speaker if found else ""


def test_a_named_minister_reported_by_a_wire_is_the_speaker() -> None:
    assert (
        speaker_of(
            "The finance minister, Lea Marr, said on Friday that the government would ask lenders to cancel "
            "its debts, according to Reuters."
        )
        == "Lea Marr"
    )


def test_a_present_saying_reported_by_a_news_agency_is_the_sayers() -> None:
    assert (
        speaker_of(
            "The prime minister, Ivo Ranta, says more than 300 bodies have been recovered since Tuesday, "
            "according to the AFP news agency."
        )
        == "Ivo Ranta"
    )


def test_an_outlet_reporting_a_clause_joined_after_the_saying_stays_its_speaker() -> None:
    # "X said ..., but 40 staff have been suspended, according to Reuters": the wire tells the second clause
    assert (
        speaker_of(
            "Ana Pell said she had done nothing wrong, but 40 council staff have been suspended, "
            "according to Reuters."
        )
        == "Reuters"
    )
    assert (
        speaker_of(
            "Ana Pell said she had done nothing wrong, while 40 council staff have been suspended, "
            "according to Reuters."
        )
        == "Reuters"
    )

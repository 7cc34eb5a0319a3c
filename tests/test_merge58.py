"""A body's own deed told in a participle of saying ("announced ..., saying it had reached the crew") is the
body's act, news of its own, not remarks folded into the body's other remarks of the day (issue 7, item 9).
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports, report_mentions

THURSDAY = dt.date(2025, 3, 13)


def test_a_deed_told_in_a_participle_of_saying_is_the_speakers_own_act() -> None:
    text = (
        "Norvik Mining announced a breakthrough on Tuesday, saying it had reached the trapped crew "
        "with a second shaft."
    )
    found = report_mentions(text, THURSDAY)
    assert [(m.event_type, m.speaker) for m in found] == [("other", "Norvik Mining")]
    assert "reached the trapped crew" in found[0].clause


def test_a_remark_closed_by_a_participle_of_another_matter_stays_remarks() -> None:
    text = "Norvik Mining announced a breakthrough on Tuesday, saying the weather had been kind."
    assert [m.event_type for m in report_mentions(text, THURSDAY)] == ["statement"]


def test_a_participle_after_a_party_named_may_speak_of_that_party() -> None:
    text = "The union's leader criticised the Transport Ministry, saying it had ignored the warnings."
    assert all(m.event_type != "other" for m in report_mentions(text, THURSDAY))


def test_remarks_a_report_opens_with_separately_are_another_matter() -> None:
    text = (
        "Nordic Air said on Wednesday that flights to the islands would resume by the weekend.\n\n"
        "Nordic Air also said it was talking to the pilots' union every day.\n\n"
        "Separately, Nordic Air said it was unhappy with the new airport charges."
    )
    found = build_reports((THURSDAY, text))
    remarks = [title for kind, _date, _end, title, _n in found if kind == "statement"]
    assert any("airport charges" in title for title in remarks)
    assert len(remarks) == 2

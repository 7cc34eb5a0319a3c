"""A name's relative aside that tells a dated act of its own is a second happening of the sentence (issue 7:
happenings missed on unseen text). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions

MON = dt.date(2026, 3, 2)  # Monday 2 March 2026


def acts(text: str) -> list[tuple[str, dt.date, bool]]:
    return [(m.clause, m.date_start, m.planned) for m in report_mentions(text, MON)]


def test_an_aside_after_a_name_that_tells_a_days_act_ahead_is_a_planned_happening() -> None:
    text = (
        "The pension fund has paid out 4,000 claims. The fund's new manager, Ana Silva, who formally takes "
        "over from Piet Roe on 5 March, told MPs a week ago that the fund expects to pay less than planned."
    )
    found = [(c, d, p) for c, d, p in acts(text) if "takes over" in c]
    assert found == [("Ana Silva formally takes over from Piet Roe on 5 March", dt.date(2026, 3, 5), True)]


def test_an_aside_with_a_clause_a_count_back_or_a_state_is_no_happening_of_its_own() -> None:
    for aside in (
        "who resigned two years ago this month",
        "who remains in charge until Friday",
        "who said on Friday",
        "who could visit the dam on Friday",
    ):
        text = f"The fund has paid out 4,000 claims. Governor Ana Silva, {aside}, told MPs the fund is sound."
        assert not [c for c, _, _ in acts(text) if c.startswith("Ana Silva") and "told" not in c], aside

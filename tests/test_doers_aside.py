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


def test_a_deed_done_to_the_named_one_in_the_aside_is_a_happening_of_its_own() -> None:
    text = "The polls closed on Sunday. Ana Silva, who was sworn in on Friday, said turnout was high."
    assert ("Ana Silva was sworn in on Friday", dt.date(2026, 2, 27)) in [(c, d) for c, d, _ in acts(text)]


def test_a_date_that_names_a_thing_in_the_aside_dates_no_act_of_it() -> None:
    text = (
        '"We cannot undo that," said Piet Roe, who also oversaw payouts to victims of the March 11, 2004, '
        "train bombings."
    )
    assert [d for _, d, _ in acts(text) if d.year == 2004] == []

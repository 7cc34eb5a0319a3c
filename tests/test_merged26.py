"""Which happening an undated act in the present perfect from another report is (merged26): one that counts
the same thing with other numbers days before is an earlier count, and the act is news of its own report's
day. All texts are our own."""

from __future__ import annotations

import datetime as dt

from reports import build_reports

FRIDAY = dt.date(2027, 5, 8)  # published on Saturday
TUESDAY_AFTER = dt.date(2027, 5, 12)  # published on Wednesday
LEAD = "The health minister resigned on Tuesday over the outbreak.\n\n"


def policies(*reports: tuple[dt.date, str]) -> list[tuple[str, int]]:
    """(date, number of sources) of each policy event built from the reports."""
    return [(day, n) for kind, day, _end, _title, n in build_reports(*reports) if kind == "policy"]


def test_a_later_count_in_the_perfect_is_news_of_its_own_report_not_the_earlier_count() -> None:
    # 16 schools closed on Friday, and four days later "more than 4,000 schools have been closed": the
    # closures have grown; the later count is the Wednesday report's news, not Friday's act told again
    found = policies(
        (FRIDAY, "Peru ordered 16 schools in Lima closed on Friday after pupils fell ill."),
        (TUESDAY_AFTER, LEAD + "More than 4,000 schools have been closed in Peru."),
    )
    assert found == [("2027-05-07", 1), ("2027-05-12", 1)]


def test_the_same_count_in_the_perfect_days_later_is_the_earlier_act_told_again() -> None:
    found = policies(
        (FRIDAY, "Peru ordered 4,000 schools closed on Friday after pupils fell ill."),
        (TUESDAY_AFTER, LEAD + "More than 4,000 schools have been closed in Peru."),
    )
    assert found == [("2027-05-07", 2)]


def test_other_shares_of_a_poll_are_no_later_count() -> None:
    # percentages are shares, not counts: "57 percent" after "54 percent" is no new count of anything
    found = policies(
        (FRIDAY, "Peru ordered 4,000 schools closed on Friday, a step 54 percent of parents backed."),
        (TUESDAY_AFTER, LEAD + "More than 4,000 schools have been closed, and 57 percent approve."),
    )
    assert found == [("2027-05-07", 2)]


def test_estimates_of_forces_sent_days_apart_stay_one_deployment() -> None:
    # "up to 12,000 troops" and, four days later, "some 11,000 troops have been deployed": two estimates of
    # one deployment, kept together, not a later count
    found = [
        (kind, day, n)
        for kind, day, _end, _title, n in build_reports(
            (FRIDAY, "Ruritania deployed up to 12,000 troops to the border on Friday, officials said."),
            (
                TUESDAY_AFTER,
                "The defence minister resigned on Tuesday over the crisis.\n\n"
                "Some 11,000 Ruritanian troops have been deployed to the border.",
            ),
        )
        if kind == "deployment"
    ]
    assert found == [("deployment", "2027-05-07", 2)]

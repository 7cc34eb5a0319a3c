"""Two reports' deaths are one happening only when who died, where or of what is shared (issue 7, item 9):
that someone died is what every toll says, and a month holds many deaths. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports

JUNE_30 = dt.date(2025, 6, 30)
OCTOBER_1 = dt.date(2025, 10, 1)

GIRL = (
    "A nine-year-old girl died in Leeds on Friday evening. Health officials said she had been ill for a week."
)
CONDUCTOR = (
    "Conductor Paolo Verdi was in fair health, a medical report released to reporters found.\n\n"
    "But the maestro, who died of a stroke in June, had long suffered from asthma."
)


def test_a_death_dated_by_its_month_does_not_take_another_reports_death_of_a_day() -> None:
    found = build_reports((JUNE_30, GIRL), (OCTOBER_1, CONDUCTOR))
    deaths = sorted(
        (date, end, sources) for kind, date, end, _title, sources in found if kind == "casualties"
    )
    assert deaths == [("2025-06-01", "2025-06-30", 1), ("2025-06-27", "2025-06-27", 1)]


def test_a_later_death_of_the_same_place_still_joins_its_day() -> None:
    later = "A girl died in Leeds in June, the health agency said on Monday."
    found = build_reports((JUNE_30, GIRL), (OCTOBER_1, later))
    deaths = [(date, sources) for kind, date, _end, _title, sources in found if kind == "casualties"]
    assert deaths == [("2025-06-27", 2)]

"""An event dated loosely by its best report ("in June", "last week") takes the day another report's own
passage gives before the day a report was published. All texts are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reports import report_mentions

from events.extract.mentions import Mention
from events.merge.clusters import Cluster, event_date


def _mention(text: str, published: dt.date, article: str) -> Mention:
    return report_mentions(text, published, article)[0]


def _as(m: Mention, basis: str, day: dt.date, article: str) -> Mention:
    return dataclasses.replace(
        m, article=article, date_basis=basis, precision="day", date_start=day, date_end=day, published=day
    )


def test_a_month_takes_the_day_a_passage_gives_before_a_later_publication_day() -> None:
    month = _mention(
        "In June, the port authority closed the northern terminal.", dt.date(2027, 9, 2), "sep.txt"
    )
    assert month.precision == "month"
    passage = _as(month, "context", dt.date(2027, 6, 1), "lead.txt")
    published = _as(month, "publication", dt.date(2027, 6, 10), "later.txt")
    when = event_date(Cluster([month, published, passage]))
    assert (when.start, when.end, when.basis) == (dt.date(2027, 6, 1), dt.date(2027, 6, 1), "context")


def test_a_year_is_still_bounded_by_the_earliest_report_not_by_a_passage_day() -> None:
    month = _mention(
        "In June, the port authority closed the northern terminal.", dt.date(2027, 9, 2), "sep.txt"
    )
    # ("this year", read as the whole year)
    year = dataclasses.replace(
        month, precision="year", date_start=dt.date(2027, 1, 1), date_end=dt.date(2027, 12, 31)
    )
    published = _as(year, "publication", dt.date(2027, 6, 10), "june.txt")
    passage = _as(year, "context", dt.date(2027, 8, 3), "august.txt")
    when = event_date(Cluster([year, published, passage]))
    assert (when.start, when.basis) == (dt.date(2027, 6, 10), "publication")

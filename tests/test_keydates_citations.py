"""Key dates' later citations: a later article cites a day only when its date names that day. A month, a
week or a year ("her resignation in March 2014", "last week") in a sentence merged into an event of one
day names no day of it, so it is no citation of that day (it still reports it)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from events.query.keydates import names_the_day, rank_days

RESIGNATION = dt.date(2014, 3, 14)
VOTE = dt.date(2014, 3, 20)


@pytest.mark.parametrize(
    ("basis", "text", "names"),
    [
        ("explicit", "14 March 2014", True),
        ("explicit", "March 14", True),
        ("resolved", "on Tuesday", True),
        ("resolved", "yesterday", True),
        ("resolved", "two days after the vote", True),
        ("resolved", "hours later", True),
        ("explicit", "March 2014", False),
        ("explicit", "the 1990s", False),
        ("resolved", "last week", False),
        ("resolved", "three years ago", False),
        ("publication", "", False),
        # no date text kept (a hand-made table): taken at its basis
        ("explicit", "", True),
    ],
)
def test_a_mention_names_its_day_only_with_a_date_of_a_day(basis: str, text: str, names: bool) -> None:
    mentions = pd.DataFrame({"date_basis": [basis], "date_text": [text]})
    assert names_the_day(mentions).tolist() == [names]


def test_a_table_without_date_texts_takes_every_named_date_as_naming_its_day() -> None:
    mentions = pd.DataFrame({"date_basis": ["explicit", "resolved", "context", "publication"]})
    assert names_the_day(mentions).tolist() == [True, True, False, False]


def _mentions(citing_text: str) -> pd.DataFrame:
    """Each day reported by two articles that day; three articles a month later name the resignation
    day with `citing_text`."""
    rows = [
        {
            "article": f"{day}-{k}.txt",
            "outlet": f"Outlet {k}",
            "published_day": day,
            "day": day,
            "event_type": "resignation",
            "contested": False,
            "date_basis": "publication",
            "date_text": "",
        }
        for day in (RESIGNATION, VOTE)
        for k in range(2)
    ]
    rows += [
        {
            "article": f"later-{k}.txt",
            "outlet": f"Outlet {k}",
            "published_day": dt.date(2014, 4, 20),
            "day": RESIGNATION,
            "event_type": "resignation",
            "contested": False,
            "date_basis": "explicit",
            "date_text": citing_text,
        }
        for k in range(3)
    ]
    return pd.DataFrame(rows)


def _even(mentions: pd.DataFrame) -> pd.Series:
    return pd.Series(1.0, index=pd.unique(mentions["article"]))


def test_later_articles_naming_the_day_cite_it() -> None:
    mentions = _mentions("14 March")
    ranked = rank_days(mentions, _even(mentions), dt.date(2014, 4, 20))
    assert ranked.loc[RESIGNATION, "cited_by"] == 3


def test_later_articles_naming_only_its_month_report_it_but_do_not_cite_it() -> None:
    by_month = _mentions("March 2014")
    by_day = _mentions("14 March")
    month = rank_days(by_month, _even(by_month), dt.date(2014, 4, 20))
    day = rank_days(by_day, _even(by_day), dt.date(2014, 4, 20))
    assert month.loc[RESIGNATION, "cited_by"] == 0
    assert month.loc[RESIGNATION, "articles"] == day.loc[RESIGNATION, "articles"] == 5
    assert month.loc[RESIGNATION, "score"] < day.loc[RESIGNATION, "score"]

"""A denial answers a claim when it denies what the claim says: by a party the claim names (a company as
well as a country), within a few days of it, sharing a figure or words of substance with it."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article

CLAIM_DAY = dt.date(2026, 3, 10)  # a Tuesday
CLAIM = (
    CLAIM_DAY,
    "Senator presses steel firm\n\n"
    "Senator Ada Kroll claimed on Tuesday that Velmont Steel Inc. had shipped 900 tonnes of scrap without "
    "permits.",
)


def events_of(*reports: tuple[dt.date, str]) -> pd.DataFrame:
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=published, outlet=f"Outlet {i}"))
        for i, (published, text) in enumerate(reports)
    )
    return build_tables(Corpus(articles=articles)).events.set_index("event_id")


def claim_and_denials(events: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    claims = events[events["event_type"] == "claim"]
    assert len(claims) == 1
    return claims.iloc[0], events[events["event_type"] == "denial"]


def test_a_companys_denial_of_the_figure_a_claim_gave_answers_it() -> None:
    events = events_of(
        CLAIM,
        (
            CLAIM_DAY + dt.timedelta(days=1),
            "Firm answers senator\n\n"
            "Velmont Steel Inc. on Wednesday denied that it had shipped 900 tonnes of scrap without permits.",
        ),
    )
    claim, denials = claim_and_denials(events)
    assert len(denials) == 1
    assert claim["contested"] and claim["linked"] == denials.index[0]


def test_the_same_partys_denial_of_something_else_that_day_answers_no_claim() -> None:
    events = events_of(
        CLAIM,
        (
            CLAIM_DAY,
            "Firm denies boardroom rumours\n\n"
            "Velmont Steel Inc. on Tuesday denied that its chief executive had resigned.",
        ),
    )
    claim, denials = claim_and_denials(events)
    assert len(denials) == 1
    assert not claim["contested"] and claim["linked"] == ""


def test_a_denial_from_before_the_claims_window_answers_no_claim() -> None:
    events = events_of(
        CLAIM,
        (
            CLAIM_DAY - dt.timedelta(days=5),
            "Firm denies shipping report\n\n"
            "Velmont Steel Inc. on Thursday denied that it had shipped 900 tonnes of scrap without permits.",
        ),
    )
    claim, denials = claim_and_denials(events)
    assert len(denials) == 1 and denials["date"].iloc[0] < pd.Timestamp(CLAIM_DAY - dt.timedelta(days=1))
    assert not claim["contested"] and claim["linked"] == ""

"""Happenings that went unread (missed54): a death counted in its order ("recorded its first death"); a
claim made light of ("played down the possibility"), a party's denial and an expert's view; a sentence
that opens with a short name in quotation marks ('"Operation Harvest" began ...'), which is no quotation
left open. Every sentence is our own, on topics of no evaluation story."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
LEAD = "Floods swept through the northern province of Velora on Monday, officials said.\n\n"


def mentions_of(sentence: str) -> list[Mention]:
    article = prepare_article("own.txt", LEAD + sentence + "\n", SourceRow(published=PUBLISHED))
    found = extract_mentions(article, load_gazetteer())
    return [m for m in found if m.sentence.start >= len(LEAD)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Port Arlen recorded its first death from the fever on Sunday.", dt.date(2026, 5, 10)),
        (
            "Port Arlen recorded its first death from the fever on Sunday, adding to the two cases reported "
            "on Friday.",
            dt.date(2026, 5, 10),
        ),
        (
            "The province confirmed its second death from the measles outbreak on Tuesday.",
            dt.date(2026, 5, 12),
        ),
    ],
)
def test_a_death_counted_in_its_order_is_a_toll(sentence: str, day: dt.date) -> None:
    tolls = [m for m in mentions_of(sentence) if m.event_type == "casualties"]
    assert [m.date_start for m in tolls] == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bank officials have played down the possibility of further job cuts at the branches.",
        "The minister downplayed reports of a split in the cabinet on Tuesday.",
        "The interior ministry played down suggestions that the curfew would be extended.",
    ],
)
def test_a_claim_made_light_of_is_a_denial(sentence: str) -> None:
    assert "denial" in {m.event_type for m in mentions_of(sentence)}


def test_an_expert_who_makes_light_of_a_claim_gives_a_view() -> None:
    sentence = "Scientists at the university played down reports of a new strain of the virus."
    assert {m.event_type for m in mentions_of(sentence)} == {"statement"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a place in dispute, a quarrel named, a worry shrugged off: no claim answered
        "Talks over the disputed islands resumed in Geneva on Monday.",
        "The trade dispute that began last year deepened on Monday.",
        "The coach played down his injury worries before Sunday's cup final.",
        "The farmers' union disputed the figures released by the ministry on Monday.",
    ],
)
def test_no_denial_where_nothing_is_denied(sentence: str) -> None:
    assert "denial" not in {m.event_type for m in mentions_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ('"Operation Harvest" began on Tuesday with 300 soldiers crossing the river.', dt.date(2026, 5, 12)),
        ('"Sea Star" was towed into the harbour on Tuesday after its engine failed.', dt.date(2026, 5, 12)),
    ],
)
def test_a_quoted_name_opening_the_sentence_is_no_open_quotation(sentence: str, day: dt.date) -> None:
    assert [m.date_start for m in mentions_of(sentence)] == [day]


def test_a_quotation_left_open_still_waits_for_its_speaker() -> None:
    assert (
        mentions_of('"We will rebuild every school in the province by winter and nobody will be left behind.')
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Senators have heard evidence from the companies involved in the collapse of the bridge.", "other"),
        ("The tribunal has heard testimony from three former directors of the bank.", "legal"),
    ],
)
def test_evidence_heard_in_the_perfect_is_a_step_of_the_report_days(sentence: str, kind: str) -> None:
    assert [(m.event_type, m.date_start) for m in mentions_of(sentence)] == [(kind, PUBLISHED)]


def test_rumours_heard_are_no_act() -> None:
    assert mentions_of("Residents have heard rumours that the factory will close next year.") == []

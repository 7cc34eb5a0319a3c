"""What a document told of holds, and the view of someone who once held a post, are no happenings of their
own: the review's findings go with its release, and a former official quoted for comment speaks for no
party. Each rule keeps the release told in the sentence, testimony and a post held now. Every sentence here
is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import (
    accounts_differ,
    documents_content,
    forecasters_polled,
    former_officials_view,
    run_by,
    running_total,
    standing_position,
)
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The review found the pump at the reservoir had been left switched off.",
        "It also found that night staff ignored three alarms.",
        "The 200-page report blamed the ferry's crew for the delay.",
        "According to the audit, the fund lost $3m on bad loans.",
        "But the inquiry also criticised the port authority for its slow response.",
    ],
)
def test_what_a_document_holds_is_its_content(sentence: str) -> None:
    assert documents_content(sentence)
    assert standing_position(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the release is told in the sentence: it is the happening
        "The report, published by the river authority, found the levee was weak.",
        "A review released by the ministry found the pump had failed.",
        # a court's finding is its ruling, not a document's content
        "The court found the ferry operator guilty of negligence.",
        # "it" without "also" may be anyone
        "It found the bodies of two climbers near the summit.",
        # a news report tells a happening, and is its source
        "The state television report said two ministers were arrested.",
        "The Harbour Times report said the dam had broken.",
    ],
)
def test_a_release_or_a_ruling_is_not_content(sentence: str) -> None:
    assert not documents_content(sentence)


def test_a_document_on_a_named_day_is_left_to_the_day() -> None:
    # the caller keeps what is said on a day of its own: it may be the day's news
    sentence = "The report said on Wednesday that the levee was weak."
    assert documents_content(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        '"The port was never ready for a storm like this," said Jane Roe, a former harbour master.',
        "Tom Hale, an ex-minister, told a radio station the plan would fail.",
        '"This plan has lost its way," Tom Hale, a former regional governor, told the BBC.',
        "Some former dam inspectors suggested the authority should split its duties.",
        "The levee was built in a hurry, a former city engineer said.",
    ],
)
def test_a_former_office_holders_view_is_commentary(sentence: str) -> None:
    assert former_officials_view(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the office that acts in the story, named with its title
        "Former President Tom Hale said the charges against him were false.",
        # a post held now, told in a relative clause
        '"We will publish in May," said Jane Roe, a former judge who now chairs the inquiry.',
        # testimony is an act of the story
        "Tom Hale, a former crane operator, told a federal panel that the alarms had failed.",
    ],
)
def test_a_party_a_post_held_now_or_testimony_is_kept(sentence: str) -> None:
    assert not former_officials_view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Economists polled by a wire service expect the central bank to hold rates.",
        "A newswire survey of 12 economists found most see a recession next year.",
        "Three analysts surveyed by a business channel forecast a quarterly loss.",
    ],
)
def test_a_poll_of_forecasters_is_commentary(sentence: str) -> None:
    assert forecasters_polled(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_a_result_beside_a_poll_of_forecasters_is_kept() -> None:
    assert not forecasters_polled("Profit rose 5 percent to $2bn, beating a newswire poll of nine analysts.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The relief fund has received 45,000 claims in the last three months.",
        "The burst main has spilled 9m litres of water over the past five weeks.",
        "Some 40,000 people have fled the valley in 12 days.",
    ],
)
def test_a_running_total_over_a_span_is_no_happening(sentence: str) -> None:
    assert running_total(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a day of its own: the figure is that day's news
        "The toll rose to 30 on Tuesday.",
        # no figure summed
        "Grain prices have fallen in the past two months.",
        # "has" as the main verb, a count held now
        "The region has 876 confirmed cases, up from 501 in two days.",
    ],
)
def test_a_figure_with_a_day_or_no_total_is_left_alone(sentence: str) -> None:
    assert not running_total(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials have given differing tolls for the collapse.",
        "Police gave conflicting accounts of the shooting at the border post.",
        "Estimates of the number of dead vary widely.",
    ],
)
def test_sources_differing_is_the_writers_summary(sentence: str) -> None:
    assert accounts_differ(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The inquiry is being conducted by the coast guard and the rail safety board.",
        "The appeal is being run by a group of charities.",
    ],
)
def test_who_runs_a_piece_of_work_is_no_happening(sentence: str) -> None:
    assert run_by(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_work_opened_beside_who_runs_it_is_kept() -> None:
    assert not run_by("The inquiry was opened on Friday and is being led by a retired judge.")

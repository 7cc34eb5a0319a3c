"""An act told through one who speaks for the body that does it ("Governor Tom Hale said the state has begun
building a sea wall") is the act, not the speaker's remarks; the same words from an outsider or a critic
stay what they were (issue 7, types). All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.acts import told_as_its_own
from events.extract.triggers import SPEECH
from tests.reports import body_mentions, build_reports

THURSDAY = dt.date(2026, 3, 12)


def _kinds(sentence: str) -> list[tuple[str, dt.date]]:
    return [(m.event_type, m.date_start) for m in body_mentions(sentence, THURSDAY)]


def _as_its_own(sentence: str) -> str | None:
    said = SPEECH.search(sentence)
    assert said is not None
    return told_as_its_own(sentence, said)


@pytest.mark.parametrize(
    "sentence",
    [
        # a governor speaks for the state, a minister for the government, an agency's chief for the agency
        "Governor Tom Hale said the state has begun building a sea wall along the harbour.",
        "The farm minister said the government has started buying grain from smallholders.",
        "Relief agency chief Omar Baig said the agency would immediately release $5m from its reserve fund.",
        "Navy spokeswoman Ines Faro said the navy had towed the stricken trawler to port.",
    ],
)
def test_an_act_of_the_speakers_own_body_is_the_act(sentence: str) -> None:
    assert [kind for kind, _day in _kinds(sentence)] == ["other"]


def test_the_act_done_is_of_the_report_or_before_it() -> None:
    assert _kinds("Governor Tom Hale said the state has begun building a sea wall along the harbour.") == [
        ("other", THURSDAY)
    ]


def test_an_act_ahead_with_its_own_day_is_planned_apart_from_the_saying() -> None:
    found = _kinds(
        "The farm minister said the government would start buying grain from smallholders on Monday."
    )
    assert sorted(found) == [("other", dt.date(2026, 3, 16)), ("statement", THURSDAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        # who speaks against a body or no longer for it, or only names it, does not speak for it
        "Opposition leader Jane Roe said the government has started selling the grain reserve.",
        "Critics of the government said the government has started selling the grain reserve.",
        "Former governor Tom Hale said the state has begun building a sea wall.",
        # a body that is not the speaker's, and a teller of no office
        "Governor Tom Hale said the company has begun building a sea wall.",
        "Jane Roe, a fisherman, said the state has begun building a sea wall.",
    ],
)
def test_a_body_the_speaker_does_not_speak_for_is_not_read_as_its_own(sentence: str) -> None:
    assert _as_its_own(sentence) is None


def test_the_body_is_read_as_the_speaker_it_speaks_through() -> None:
    assert (
        _as_its_own("Relief agency chief Omar Baig said the agency would release $5m.")
        == "Relief agency chief Omar Baig said it would release $5m."
    )


def test_remarks_of_the_speakers_body_stay_remarks() -> None:
    # a view, a plan under study or a wish of the body is no act done
    assert [
        kind for kind, _ in _kinds("The farm minister said the government would consider a grain tax.")
    ] == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of people in what is said is what the speaker's own act was done to, not a claim
        "Border officials say they have traced 40 people who sat near the driver on the bus.",
        "The Harbour Agency said it would fly 300 stranded people off the island.",
    ],
)
def test_a_speakers_own_act_on_people_counted_is_no_claim(sentence: str) -> None:
    assert [kind for kind, _ in _kinds(sentence)] == ["other"]


def test_an_accusation_with_people_counted_stays_a_claim() -> None:
    kinds = _kinds("The ministry accused the rebels of holding 40 people and said it had traced 12 of them.")
    assert [kind for kind, _ in kinds] == ["claim"]


def test_acts_of_two_named_doers_sharing_a_figure_are_two_events() -> None:
    lead = "Floods swept through the northern province of Velora on Monday, officials said.\n\n"
    found = build_reports(
        (THURSDAY, lead + "The Harbour Agency said it would immediately release $5m from its reserve fund."),
        (THURSDAY, lead + "The Red Cross has begun a $5m appeal for the flood victims."),
    )
    acts = sorted((title, n) for kind, _day, _end, title, n in found if kind == "other")
    assert acts == [
        ("Harbour Agency says it would immediately release $5m from its reserve fund", 1),
        ("The Red Cross has begun a $5m appeal for the flood victims", 1),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a fate the body met, or a feeling it will keep, is no deed of its own
        "The president said the nation would always remember the fallen.",
        "The Harbour Agency said it had lost contact with the trawler.",
        # a standing pledge of help, as "will pay all costs" is, is no act under way
        "President Jane Roe said the government was providing all assistance needed to the flooded towns.",
    ],
)
def test_a_fate_a_feeling_or_a_pledge_of_the_speakers_body_stays_remarks(sentence: str) -> None:
    assert [kind for kind, _ in _kinds(sentence)] == ["statement"]


def test_a_deed_ahead_names_what_is_done() -> None:
    # "pay for it" names nothing of its own; "pay for six sea walls" is the act announced
    assert [kind for kind, _ in _kinds("Governor Tom Hale said the state would pay for it.")] == ["statement"]
    sea_walls = "The Harbour Agency said it will pay for the construction of six sea walls along the coast."
    assert [kind for kind, _ in _kinds(sea_walls)] == ["other"]


def test_a_judgement_of_the_bodys_conduct_stays_remarks() -> None:
    # (review: "had acted recklessly" judges how the company behaved; it is no act of the company's)
    from events.extract.acts import told_as_its_own
    from events.extract.triggers import SPEECH

    text = "The chairman of Norvik Energy, Lars Eide, said the company had acted recklessly."
    said = SPEECH.search(text)
    assert said is not None
    assert told_as_its_own(text, said) is None
    selling = "The chairman of Norvik Energy, Lars Eide, said the company would sell its tankers."
    said = SPEECH.search(selling)
    assert said is not None
    assert (
        told_as_its_own(selling, said)
        == "The chairman of Norvik Energy, Lars Eide, said it would sell its tankers."
    )

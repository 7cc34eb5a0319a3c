"""Who said it, third round: a body of people whose phrase runs on to an auxiliary, a member named in an
aside before the verb, a firm known by its form, a panel of a named body, and an office holder after the
body's name."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_mentions

DAY = dt.date(2026, 5, 12)


def speakers_of(sentence: str) -> list[str]:
    return [m.speaker for m in body_mentions(sentence, DAY)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Organisers of the festival have said on Monday that the event would be cancelled because of the "
            "storm.",
            "Organisers of the festival",
        ),
        (
            "Prosecutors for the state of Oregon have asked a judge on Monday to jail the former mayor "
            "for ten years.",
            "Prosecutors for the state of Oregon",
        ),
    ],
)
def test_a_body_of_people_stops_before_its_auxiliary(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


def test_a_spokesman_for_a_named_body_with_an_auxiliary_speaks_for_the_body() -> None:
    assert speakers_of("A spokesman for Harbour Lines has said on Monday the ferries would sail.") == [
        "Harbour Lines"
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Union leaders, including the chairman Tom Reyes, have warned on Monday that the strike would go "
            "on.",
            "Union leaders",
        ),
        (
            "Court officials, including Judge Ana Ruiz, have emphasized on Monday that the trial would "
            "resume in June.",
            "Court officials",
        ),
    ],
)
def test_a_member_named_in_an_including_aside_is_not_the_subject(sentence: str, speaker: str) -> None:
    assert speaker in speakers_of(sentence)
    assert all(s in ("", speaker) for s in speakers_of(sentence))


def test_an_including_aside_after_no_body_of_people_leaves_its_names() -> None:
    # ("Ten countries" is no body that speaks: the names in the aside are all there is)
    assert speakers_of("Ten countries, including France and Peru, said on Monday they would send aid.") == [
        "France"
    ]


def test_people_named_among_experts_are_not_folded_into_the_experts() -> None:
    # (experts speak each for themselves; only a body that holds office speaks as one)
    sentence = "Flood experts, including Ana Ruiz and Tom Reyes, said on Monday such dams tend to fail early."
    assert "Flood experts" not in speakers_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        (
            "Oil giant Tarvex is still reviewing the findings, a company spokeswoman said on Tuesday.",
            "Tarvex",
        ),
        (
            "Tarvex, the company that runs the mine, is still reviewing the findings, a company spokeswoman "
            "said on Tuesday.",
            "Tarvex",
        ),
        (
            "Halden Shipping Ltd will appeal the fine, a company spokesman said on Tuesday.",
            "Halden Shipping Ltd",
        ),
    ],
)
def test_a_company_voice_speaks_for_the_firm_its_form_names(sentence: str, firm: str) -> None:
    assert speakers_of(sentence) == [firm]


def test_a_company_voice_after_a_person_names_no_firm() -> None:
    assert speakers_of("Jane Roe will appeal the fine, a company spokesman said on Tuesday.") == [
        "Company spokesman"
    ]


def test_a_company_voice_speaks_for_the_firm_heard_in_the_sentence_before() -> None:
    text = (
        "Velmar Holdings said on Monday it would close two plants. The closures will cost about 400 jobs, a "
        "company spokeswoman said on Tuesday."
    )
    assert speakers_of(text) == ["Velmar Holdings", "Velmar Holdings"]


def test_a_company_voice_after_a_body_of_state_names_no_firm() -> None:
    text = (
        "The Interior Department said on Monday it would close two parks. The closures will cost about 400 "
        "jobs, a company spokeswoman said on Tuesday."
    )
    assert speakers_of(text)[-1] == "Company spokeswoman"


def test_a_panel_of_a_named_body_speaks_not_the_body() -> None:
    sentence = (
        "Dams failed across the valley because of poor upkeep, the White House flood commission said on "
        "Monday."
    )
    assert speakers_of(sentence) == ["White House flood commission"]
    assert speakers_of("The White House said on Monday that the subsidy would end.") == ["White House"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"The port is overwhelmed," said UN Assistant Secretary General for Refugee Affairs, '
            "Tomas Ruell.",
            "Tomas Ruell",
        ),
        (
            "The rest will slowly break down, said White House energy chief Carol M. Brenner, adding that "
            "the risk was small.",
            "Carol M. Brenner",
        ),
    ],
)
def test_an_office_holder_after_the_body_of_an_inverted_verb_speaks(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


def test_an_inverted_body_alone_still_speaks() -> None:
    assert speakers_of('"We will appeal," said the United Nations on Monday.') == ["United Nations"]


@pytest.mark.parametrize(
    "closing",
    [
        "About 1,400 claims had been paid by Friday, the company said on Monday.",
        "Ana Ruiz is in charge of the repairs after Chief Executive Tom Reyes returned to Britain last week, "
        "the company said.",
        '"We will answer the claims in time," the company said in a statement.',
    ],
)
def test_the_company_closing_a_sentence_is_the_firm_heard_before(closing: str) -> None:
    text = f"Norvik Ltd said on Monday it would cut costs. {closing}"
    assert set(speakers_of(text)) - {""} == {"Norvik Ltd"}


def test_the_company_opening_after_a_phrase_is_no_closing_voice() -> None:
    # (the subject after "When asked about ...," opens its clause; what follows the verb is what was said)
    text = (
        "Norvik Ltd said on Monday it would cut costs. The Harbour Committee asked about its donations. When "
        "asked about its spending, the energy giant said on Monday there was no conflict."
    )
    assert "Harbour Committee" not in speakers_of(text)[1:]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "Microbes feeding on the spilled Tarvex oil used up the oxygen near the Norvik well, U.S. "
            "scientists reported on Tuesday.",
            "U.S. scientists",
        ),
        ("The ship left Norvik Ltd's dock on Monday, Swedish police said.", "Swedish police"),
    ],
)
def test_a_national_body_closing_the_sentence_speaks_not_the_firm_before(sentence: str, voice: str) -> None:
    assert speakers_of(sentence) == [voice]

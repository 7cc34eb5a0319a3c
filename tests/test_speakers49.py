"""Who said it, sixth round: a body referred to by its kind ("the commission", "the panel", "the agency")
speaks for the body of that kind heard or named before, whether it opens or closes the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import report_mentions

DAY = dt.date(2026, 5, 12)


def report_speakers(text: str) -> list[str]:
    return [m.speaker for m in report_mentions(text, DAY) if m.is_speech]


@pytest.mark.parametrize(
    "closing",
    [
        "Turnout was the lowest in 30 years, the agency said on Tuesday.",
        "Turnout was the lowest in 30 years, the agency added.",
    ],
)
def test_a_body_by_its_kind_closing_the_sentence_is_the_body_of_that_kind_named_before(closing: str) -> None:
    text = "The Velora Electoral Agency said on Monday that the count was complete. " + closing
    assert report_speakers(text) == ["Velora Electoral Agency", "Velora Electoral Agency"]


def test_a_body_by_its_kind_is_one_heard_speak_that_no_list_names() -> None:
    text = (
        "Steel tariffs will rise, the White House trade commission said on Wednesday. Ports were busy. "
        "Trucks queued at the border. Exporters asked for more time. "
        "The commission said on Thursday that imports had fallen."
    )
    assert report_speakers(text) == ["White House trade commission", "White House trade commission"]


def test_an_opening_phrase_naming_the_document_comes_before_the_body_that_speaks() -> None:
    text = (
        "Steel tariffs will rise, the White House trade commission said on Wednesday. "
        "In its final report on the causes of the slump in imports and exports across the region, the "
        "commission said on Thursday the tariffs had failed."
    )
    assert report_speakers(text) == ["White House trade commission", "White House trade commission"]


def test_a_panel_is_a_commission_or_a_committee_named_before() -> None:
    text = (
        "The Electoral Reform Commission said on Monday that turnout had fallen. "
        "The rules on donations had been broken twice, the panel said on Tuesday."
    )
    assert report_speakers(text) == ["Electoral Reform Commission", "Electoral Reform Commission"]


def test_a_body_of_another_kind_is_not_the_one_meant() -> None:
    text = (
        "The Velora Electoral Agency said on Monday that the count was complete. "
        "Turnout was the lowest in 30 years, the commission said on Tuesday."
    )
    assert report_speakers(text)[1] != "Velora Electoral Agency"


@pytest.mark.parametrize(
    "sentence",
    [
        "The two pupils are close contacts of a previous confirmed case, the Velora Electoral Agency said.",
        "Both wards are near a newly reported outbreak, the Velora Electoral Agency said on Monday.",
    ],
)
def test_a_named_body_closing_the_sentence_speaks_past_a_participle_in_what_was_said(sentence: str) -> None:
    # ("confirmed" and "reported" describe a case; the verb of saying is the one before the body's name)
    assert report_speakers(sentence) == ["Velora Electoral Agency"]


@pytest.mark.parametrize(
    "second",
    [
        # (a name inside the quotation is spoken of, not the subject)
        '"Senator Ray Cole\'s remarks this morning were wrong," they said in a statement on Tuesday.',
        "They said on Tuesday that the party would vote against the budget in June.",
        "But they've said on Tuesday that the party would vote against the budget in June.",
    ],
)
def test_they_who_speak_are_the_people_who_open_the_sentence_before(second: str) -> None:
    text = "Senior party leaders Ann Lowe and Tom Hart walked out of the budget talks on Monday. " + second
    assert report_speakers(text)[-1] == "Senior party leaders"


def test_they_after_a_sentence_that_opens_with_no_people_is_nobody() -> None:
    text = "The storm flooded the coast road on Monday. They said on Tuesday that the levee would hold."
    assert "Storm" not in " ".join(report_speakers(text))
    assert all(not speaker for speaker in report_speakers(text))


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("the relatives' statement said on Tuesday.", "Relatives"),
        ("the Marlow family's statement said on Tuesday.", "Marlow family"),
    ],
)
def test_a_paper_closing_the_sentence_speaks_for_those_whose_paper_it_is(closing: str, speaker: str) -> None:
    # (not the country a word like "Briton" names in what was said)
    text = (
        "The storm killed a fisherman from Wales on Monday. The first Briton confirmed dead in the storm "
        '"was a much-loved member of a close family", ' + closing
    )
    assert report_speakers(text) == [speaker]


def test_a_document_closing_a_quotation_speaks_as_itself_not_a_firm_it_names() -> None:
    sentence = (
        '"Many of the choices that Velora Post and Norvik Plc made saved those companies money," the report '
        "said on Tuesday."
    )
    assert report_speakers(sentence) == ["The report"]


def test_a_document_closing_a_quotation_speaks_for_the_body_heard_releasing_it() -> None:
    text = (
        "The Electoral Reform Commission said on Monday that turnout had fallen. In its final report, the "
        "commission said on Tuesday that the count had been flawed in two districts. "
        '"Many of the choices that Velora Post and Norvik Plc made saved those companies money," the report '
        "said."
    )
    assert report_speakers(text)[-1] == "Electoral Reform Commission"

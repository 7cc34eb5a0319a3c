"""A private person's present view is colour: a quotation told wholly in the present and closed by a full
name with no post (news gives an office-holder's post the first time it names them) gives no event, while
a name read before, an office-holder's, a past act, a figure and the speaker's own step ahead stay news.
Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import private_view_surname
from tests.reports import mentions_below_lead

FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        ('"Nobody on this street trusts the tap water anymore," Tomas Pryle said.', "Pryle"),
        ('"Cause this is a big deal for the growers," said Edda Varnum.', "Varnum"),
        ('"Anything still in the fields can rot within days," Colm J. Aster said.', "Aster"),
        ('"We don\'t believe a word they say," added Ines Morrow.', "Morrow"),
    ],
)
def test_present_view_of_one_named_bare_is_colour(sentence: str, surname: str) -> None:
    assert private_view_surname(sentence) == surname
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a post or a role given: the speaker's side, or left to the other readings
        '"Nobody on this street trusts the tap water anymore," said Mayor Tomas Pryle.',
        '"The levee is holding for now," said Tomas Pryle, the district engineer.',
        # a bare surname or a pronoun may stand for anyone the report named
        '"The levee is holding for now," Pryle said.',
        '"The levee is holding for now," he said.',
        # what the speaker saw befall, a figure, or a step of their own ahead
        '"The levee gave way behind the school," Tomas Pryle said.',
        '"About 300 homes are under water," Tomas Pryle said.',
        '"We will rebuild the chapel ourselves," said Tomas Pryle.',
        '"We are sending two boats to the farms," said Tomas Pryle.',
    ],
)
def test_named_role_past_figure_or_own_step_is_not_read_as_a_private_view(sentence: str) -> None:
    assert private_view_surname(sentence) == ""


def test_name_read_before_is_a_second_mention_and_stays() -> None:
    # the first mention gave the post; the second, by the full name again, is the official's view
    lead = "Floods swept through Velora on Monday, said Tomas Pryle, the province's governor.\n\n"
    sentence = '"The levee is holding for now," Tomas Pryle said.'
    assert private_view_surname(sentence) == "Pryle"
    assert [m.event_type for m in mentions_below_lead(sentence, FRIDAY, lead)] == ["statement"]


FLOOD_AND_BARN = (
    "Floods swept through the northern province of Velora on Monday, officials said.\n\n"
    "Tomas Pryle stood by his ruined barn outside the village on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Nobody on this street trusts the council anymore," Pryle said.',
        '"It is a mess out there," he said.',
    ],
)
def test_present_view_of_a_person_named_with_no_part_is_colour(sentence: str) -> None:
    assert mentions_below_lead(sentence, FRIDAY, FLOOD_AND_BARN) == []


@pytest.mark.parametrize(
    "lead",
    [
        # named with an office, or with a part in the story
        "Floods swept through Velora on Monday.\n\nTomas Pryle, the county engineer, inspected the dam.\n\n",
        "Floods swept through Velora on Monday.\n\nTomas Pryle, whose brother drowned, waited by the road."
        "\n\n",
    ],
)
def test_present_view_of_one_named_with_a_part_stays(lead: str) -> None:
    sentence = '"Nobody on this street trusts the council anymore," Pryle said.'
    assert [m.event_type for m in mentions_below_lead(sentence, FRIDAY, lead)] == ["statement"]


def test_present_view_of_one_named_with_a_body_stays() -> None:
    lead = (
        "Floods swept through Velora on Monday.\n\n"
        '"We will pay every claim," said Tomas Pryle of the Harbour Claims Office on Tuesday.\n\n'
    )
    sentence = '"There is no promise that the next payment is as large," Pryle said.'
    assert [m.event_type for m in mentions_below_lead(sentence, FRIDAY, lead)] == ["statement"]


def test_present_view_of_one_first_heard_on_a_named_programme_stays() -> None:
    lead = (
        "Floods swept through Velora on Monday.\n\n"
        "Tomas Pryle told Channel 9's Morning Hour that the rain had stopped.\n\n"
    )
    sentence = '"Nobody on this street trusts the council anymore," Pryle said.'
    assert [m.event_type for m in mentions_below_lead(sentence, FRIDAY, lead)] == ["statement"]


@pytest.mark.parametrize(
    "lead",
    [
        # a post in the story, however it is called, given by a definite apposition
        "Floods swept through Velora on Monday.\n\nTomas Pryle, the province's flood tsar, toured the dam."
        "\n\n",
        # a sentence-opening word, written in lower case elsewhere, is no first name
        "Floods swept through Velora on Monday, and even the dam shook.\n\nEven Pryle stayed home.\n\n",
    ],
)
def test_present_view_of_one_with_a_post_or_no_first_name_stays(lead: str) -> None:
    sentence = '"Nobody on this street trusts the council anymore," Pryle said.'
    assert [m.event_type for m in mentions_below_lead(sentence, FRIDAY, lead)] == ["statement"]


def test_present_view_of_one_first_named_by_surname_alone_stays() -> None:
    lead = "Floods swept through Velora on Monday.\n\nThe soft-spoken Pryle now runs the relief effort.\n\n"
    sentence = '"Nobody on this street trusts the council anymore," Pryle said.'
    assert [m.event_type for m in mentions_below_lead(sentence, FRIDAY, lead)] == ["statement"]

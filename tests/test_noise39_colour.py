"""Colour is not a happening: a bystander's quoted wish, longing or one-word verdict on the story, and a
scholar's undated guess at what could be, give no event; an official's words, a finding of the scholar's own
work and a guess given on a day the report names are still news. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import (
    bystander_in_the_present,
    professor_says,
    quoted_guess_only,
    quoted_opinion_only,
    scholars_guess,
)
from tests.reports import mentions_below_lead

FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I wish the whole valley could see this," said Marta Quell from Ridgeton, Ohio.',
        '"It is heartbreaking to watch the harbour like this," added Paul Brenner.',
        '"I am here for the families because I grew up with them," said Rosa Lind, a nurse.',
        '"I miss the old pier so much," said Jonah Pike, 34.',
        '"It\'s freaking wonderful," a fisherman from Low Marsh told the paper.',
        '"I always wanted to thank him but now I never will," said Sekou Arden, another fan.',
    ],
)
def test_quoted_wish_or_verdict_of_a_bystander_is_no_happening(sentence: str) -> None:
    assert quoted_opinion_only(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an official's or an executive's words are their side's
        '"It is a tragedy for the whole region," the governor said.',
        '"I love this city and I will rebuild the pier," the mayor said.',
        '"I wish the council had acted sooner," said Tom Reed from the housing ministry.',
        # a pronoun may stand for anyone the report has named
        '"It is terrible," he said.',
        # what a witness saw befall is news
        '"We saw the pier collapse into the water," said Marta Quell from Ridgeton.',
    ],
)
def test_official_or_witnessed_quotation_stays(sentence: str) -> None:
    assert not quoted_opinion_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"The smoke might drift as far as the coast," said Ruth Kemp, head of the earth sciences department'
        " at Marlow University.",
        "Clearing the roads could take weeks, said Tom Hale, co-director of the Flood Research Centre at"
        " Norland College.",
        '"If the wind turns, the ash may settle on the farms," Ines Varga of Ostrand University said.',
    ],
)
def test_scholars_undated_guess_is_no_happening(sentence: str) -> None:
    assert scholars_guess(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a finding of the scholar's own work
        '"Our samples showed the water could be unsafe," said Tom Hale of Norland College.',
        # a guess given on a day the report names
        '"It could take months," said Tom Hale of Norland College on Thursday.',
        # an office-holder's guess or decision
        '"The bridge could reopen on Monday," the transport minister said.',
        "The university will close its campus for a week, said Ana Roe, a spokeswoman for Kestrel"
        " University.",
    ],
)
def test_finding_dated_guess_or_decision_stays(sentence: str) -> None:
    assert not scholars_guess(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"It\'s going to be an awful mess for a while," said Ed Varley.',
        '"The ash might settle on the orchards," a farmer said.',
    ],
)
def test_quoted_guess_of_someone_with_no_office_is_no_happening(sentence: str) -> None:
    assert quoted_guess_only(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an official's guess is their side's
        '"The fire could spread to the town," the fire chief said.',
        # a guess at what was may tell how it came about
        '"The fire may have been set deliberately," said Tom Reed.',
        # a toll guessed is the story's scale
        '"As many as 40 people could be dead," said Tom Reed.',
        # a pronoun may stand for an official named before
        '"We may close the plant," he said.',
        # a guess given on a day the report names, and more said after the quotation
        '"Prices could rise," said Tom Reed on Tuesday.',
        '"Prices could rise," said Tom Reed, adding that the bank had cut its forecast.',
        # no guess in the quotation
        '"The crew left the mill an hour before the blast," said Tom Reed.',
    ],
)
def test_official_dated_or_toll_guess_stays(sentence: str) -> None:
    assert not quoted_guess_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # named before, maybe with an office: a title and a surname, or a surname alone
        '"If the test goes well, you would have the gate closed by next week," Mr Dale said.',
        '"It might not take long to find out," said Dale.',
        # a lawmaker or a firm's boss holds an office
        '"A new rule may be all that stands before a disaster," said Rep. Ana Soto, the sponsor.',
        '"We could see a deal soon," drilling boss Tom Dale told the agency.',
        # a name with a description may hold a post the description tells
        '"It could go on for years," said Kyle Dorn, attorney for the skipper.',
        '"If you look at the map, the current could carry ash to the isles," said Ned Rowan of Kestrel.',
    ],
)
def test_guess_of_someone_named_before_or_with_an_office_stays(sentence: str) -> None:
    assert not quoted_guess_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Bill Rawley from Kestrel's Royal hospital says the country is bracing for a hard winter.",
        "Its full cost will not be known until the winter, says Professor Hale.",
        '"The trouble is there is not much data out there," says Prof Sears.',
        "The doubt over the size of the slick is hurting the firm, Professor Lund warns.",
    ],
)
def test_professors_undated_view_in_the_present_is_no_happening(sentence: str) -> None:
    assert professor_says(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an office held
        "Professor Ana Roe, the health minister, says the schools will close.",
        # a finding of their own work, a toll
        "Professor Ana Roe says her team found the strain in six samples.",
        "Professor Ana Roe says 40 people have died.",
        # told in the past, or on a day the report names
        "Professor Ana Roe said the strain was milder.",
        "Professor Ana Roe says on Monday the strain is milder.",
    ],
)
def test_professor_with_office_finding_or_date_stays(sentence: str) -> None:
    assert not professor_says(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are still waiting for the ferry," said Ana Roe, who runs a cafe on the quay.',
        '"Nobody here trusts the water any more," a fisherman said.',
        '"They oughta lock him up," said Sid Varner, 60.',
    ],
)
def test_bystander_quoted_in_the_present_is_no_happening(sentence: str) -> None:
    assert bystander_in_the_present(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # what a witness saw befall, a toll, an office, a firm, a day of saying
        '"We saw the pier fall into the sea," a fisherman said.',
        '"Two people are dead on our street," a resident said.',
        '"We are not selling any fish," said Omar Patel, a store manager in the town.',
        '"It is a deeply personal film," said Ted Rowe from Rowe Auctions.',
        '"The water is rising," a resident said on Monday.',
    ],
)
def test_witness_toll_office_or_dated_quotation_stays(sentence: str) -> None:
    assert not bystander_in_the_present(sentence)


def test_scholar_relaying_a_figure_stays() -> None:
    assert not scholars_guess(
        "Officials suspect 900 people may have the fever, said Ana Roe, a virologist at Kestrel University."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a rank held
        '"If the seal fails, this could be the worst flood in years," Rear Adm. Ana Soto said.',
        # the full name after the verb is an outlet's, not the speaker's
        '"They may have to show more damage," Dorn said in an interview with The Daily Post.',
    ],
)
def test_guess_by_a_rank_or_a_surname_with_an_outlet_stays(sentence: str) -> None:
    assert not quoted_guess_only(sentence)


def test_guess_of_a_skipper_named_in_full_is_colour() -> None:
    assert quoted_guess_only('"It is going to take years to get over this," boat skipper Ned Blunt said.')

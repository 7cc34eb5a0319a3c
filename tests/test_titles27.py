"""Titles a briefing officer can read (titles27): no dash left of a dated list's date, a subject's aside or
relative clause dropped before the words of what happened, a person's surname when the full name leaves
what was said cut off, a time told again dropped before a cut, verbs of writing and announcing that take a
thing, and titles that end on a form of "be". Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import ELLIPSIS, fit, headline, is_fragment, tidy
from events.schema import TITLE_MAX


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "12 March - The ferry sinks off the coast near the harbour",
            "The ferry sinks off the coast near the harbour",
        ),
        (
            "-- The port authority says the ferry will resume sailing",
            "The port authority says the ferry will resume sailing",
        ),
    ],
)
def test_a_dated_lists_dash_never_opens_a_title(clause: str, title: str) -> None:
    assert tidy(clause) == title


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        # a thing written or announced is the verb's object, and the clause is whole
        ("The senator wrote a letter to the agency", False),
        ("The president announced a new inquiry into the crash", False),
        ("Doctors say a 30-year-old woman from Leeds", True),
        # a passive with an adverb before its verb tells what was done to its subject
        ("The firm was also told to pay the workers", False),
        # a form of "be" at the end waits for what is or was
        ("A national appeal for the flood victims is", True),
        # ("May" after "the end of" is the month, no verb)
        ("The agency expects that by the end of May", True),
    ],
)
def test_what_is_cut_and_what_is_whole(title: str, cut: bool) -> None:
    assert is_fragment(title) is cut


def test_an_aside_between_subject_and_verb_goes_before_the_words_of_what_happened() -> None:
    text = (
        "The worst drought in the region's long history, now entering its second year, has emptied "
        "reservoirs that supply three million people"
    )
    assert fit(text) == "The worst drought in the region's long history has emptied reservoirs"


def test_a_relative_clause_in_the_subject_goes_before_the_words_of_what_happened() -> None:
    text = (
        "A senior lawyer who represented the former governor in the 2004 recount has made a surprise bid to "
        "lead the lawsuits over the dam collapse"
    )
    assert fit(text) == "A senior lawyer has made a surprise bid to lead the lawsuits over the dam collapse"


def test_a_relative_clause_with_a_clause_inside_it_stays() -> None:
    # ("who said the governor had lied ... has made": which auxiliary is the subject's is not sure)
    text = (
        "A senior lawyer who said the former governor had lied in the 2004 recount has made a surprise bid "
        "to lead the lawsuits over the dam collapse"
    )
    assert fit(text).startswith("A senior lawyer who said")


def test_a_persons_surname_alone_when_the_full_name_leaves_the_words_cut_off() -> None:
    said = (
        "The hospitals treating the sick would soon need considerably more beds, nurses, doctors and "
        "medicines"
    )
    assert (
        headline(said, speaker="Annemarie Halvorsen", speech=True)
        == "Halvorsen says the hospitals treating the sick would soon need considerably more beds"
    )
    # (a body's name is never shortened to its last word)
    assert headline(said, speaker="Health Ministry", speech=True).startswith("Health Ministry says")


def test_a_time_told_again_goes_before_a_cut() -> None:
    text = (
        "Harbour officials last week wrote a letter to the shipping firm demanding clarification over its "
        "plans to pay for the damage"
    )
    assert fit(text) == "Harbour officials wrote a letter to the shipping firm demanding clarification"
    text = (
        "The appeal for aid for the victims of the floods in the valley is to be launched in Leeds "
        "this morning"
    )
    assert (
        fit(text)
        == "The appeal for aid for the victims of the floods in the valley is to be launched in Leeds"
    )


@pytest.mark.parametrize(
    "text",
    [
        # "of last year" would be left with nothing before it
        "The closure of the mine in March of last year was the decision of the regional government alone, "
        "and ministers said so",
        # "released" would be left describing nothing
        "An audit published in August found nearly half of the stored grain had rotted in the sheds of the "
        "valley, officials said",
    ],
)
def test_a_time_a_phrase_needs_stays(text: str) -> None:
    title = fit(text)
    assert " in March of last year" in title or " published in August" in title
    assert len(title) <= TITLE_MAX


def test_that_after_a_finding_goes_when_the_clause_then_fits() -> None:
    text = "The audit report indicates that the contractor bears a larger share of blame for the collapse"
    assert len(text) > TITLE_MAX
    assert (
        fit(text)
        == "The audit report indicates the contractor bears a larger share of blame for the collapse"
    )
    assert not fit(text).endswith(ELLIPSIS)


def test_a_time_weighed_by_just_or_ending_after_a_participle_stays() -> None:
    title = fit(
        "Just last week the harbour board asked the ferry operator to halt all crossings on the northern "
        "route until the ramps are mended"
    )
    assert title.startswith("Just last week")
    # ("installed" would end the title describing nothing; the cut before it is the clause)
    assert (
        fit(
            "The salvage crew was pumping 9,000 litres of fuel a day through the new valve cap "
            "installed last week"
        )
        == "The salvage crew was pumping 9,000 litres of fuel a day"
    )


def test_a_direction_waits_for_the_place_it_is_reckoned_from() -> None:
    title = fit(
        "A second landslide on the coast road was reported by the rangers some twelve kilometres north of "
        "the ferry terminal at Brask"
    )
    assert not title.endswith("north")


@pytest.mark.parametrize(
    "title",
    [
        "Two auditors are checking the accounts and at a meeting of the board",
        "Most of the farmers had not been repaid by late",
    ],
)
def test_a_clause_joined_by_and_or_a_time_cut_before_its_month_is_cut(title: str) -> None:
    assert is_fragment(title)


def test_an_adjective_before_and_waits_for_its_noun() -> None:
    title = fit(
        "The regional council lifted its temporary ban on building speculative and commercial towers along "
        "the two rivers that cross the old town"
    )
    assert not title.endswith("speculative")

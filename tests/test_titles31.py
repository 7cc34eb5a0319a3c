"""Titles read as a briefing officer reads them (titles31): a page's box or section label is no word of the
headline, a verb of saying, knowing or wanting keeps what it reports or the title counts as cut, and a count
joined to what it counts ("Twenty-three families") opens the sentence that a caption ran into. Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.merge.titles import fit, headline, is_fragment

ROW = SourceRow(published=dt.date(2025, 3, 6), outlet="news")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Analysis: Voters in the province went to the polls to elect a new governor.",
            "Voters in the province went to the polls to elect a new governor",
        ),
        (
            "In the capital: Police arrested 40 protesters outside parliament.",
            "Police arrested 40 protesters outside parliament",
        ),
        (
            "Editor's note: An earlier version of this story misstated the date of the hearing.",
            "An earlier version of this story misstated the date of the hearing",
        ),
    ],
)
def test_a_scrape_label_that_opens_the_sentence_is_no_word_of_its_title(sentence: str, title: str) -> None:
    assert headline(sentence) == title


@pytest.mark.parametrize(
    "sentence",
    [
        # a speaker's name, and a label before words in the first person, introduce remarks
        "Jane Roe: The port is safe and will reopen.",
        "Update: We have moved the briefing to noon.",
        # a colon after a clause opens what the clause announces
        "Today one candidate has stepped forward: Tomas Varga.",
    ],
)
def test_a_name_or_a_clause_before_a_colon_stays(sentence: str) -> None:
    assert headline(sentence) == sentence.rstrip(".")


@pytest.mark.parametrize(
    "title",
    [
        "The mayor says that",  # what was said was cut after its "that"
        "The governor says one of the patients in the county hospital",  # who, and nothing of them
        "Officials realise it will be impossible to know",
        "The election board says it will be impossible",
        "The harbour authority wants",
        "Bankers told the committee a week ago that the lender expects",
        "Farmers, traders and shipping firms are questioning",
        "The judge fined the firm for failing",
        "The agency says According to a survey of farmers",  # another source's attribution, no report
    ],
)
def test_a_verb_whose_content_was_cut_leaves_no_title(title: str) -> None:
    assert is_fragment(title)


@pytest.mark.parametrize(
    "title",
    [
        "The talks went as hoped",
        "The old dam is failing",
        "The first death was confirmed",
        "Doctors say the patients have recovered",
        "The governor says the company thinks the fire was arson",
        "The court fined the firm for failing to report the spill",
    ],
)
def test_a_verb_with_its_content_or_without_need_of_one_is_a_title(title: str) -> None:
    assert not is_fragment(title)


def test_a_cut_keeps_the_infinitive_a_verb_of_wanting_waits_for() -> None:
    title = fit(
        "The finance minister told investors last week that the treasury expects to borrow less than the "
        "amount it had set aside for the year"
    )
    assert title == "The finance minister told investors that the treasury expects to borrow less"


def test_a_phrase_that_holds_the_verb_is_not_dropped_from_the_subject() -> None:
    # ("a survey ... suggested": the phrase after the subject holds the verb; without it the survey would be
    # the subject of what the survey suggested)
    title = headline(
        "The health minister said a survey of 300 clinics in the eastern region suggested the outbreak was "
        "slowing down across most of the country's largest cities."
    )
    assert "survey was slowing" not in title
    assert "suggested" in title


def test_a_count_joined_to_what_it_counts_opens_the_sentence_a_caption_ran_into() -> None:
    page = (
        "The floods shut schools across the north on Monday.\n\n"
        "Volunteers hand out blankets at the town hall Twenty-three families spent the night in the sports "
        "centre, the mayor said.\n"
    )
    sentences = [s.text for s in prepare_article("page.txt", page, ROW).sentences]
    assert sentences[-1] == "Twenty-three families spent the night in the sports centre, the mayor said."

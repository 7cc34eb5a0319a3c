"""Titles a briefing officer reads at a glance (sixty-third session): an opening clause of time or cause
closed by its day instead of a comma gives way to the main clause after the day; a range's "between" left
with no ends once its dates went goes too. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import headline, is_fragment


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "After the talks in the capital collapsed yesterday the miners' union called a national strike.",
            "The miners' union called a national strike",
        ),
        (
            "When the ferry docked on Monday the crew was arrested by port police.",
            "The crew was arrested by port police",
        ),
        (
            "As the storm neared today the residents of the coastal towns were told to leave.",
            "The residents of the coastal towns were told to leave",
        ),
    ],
)
def test_an_opening_clause_closed_by_its_day_gives_way_to_the_main_clause(sentence: str, title: str) -> None:
    assert headline(sentence) == title


def test_an_opening_clause_with_its_comma_keeps_the_comma_rule() -> None:
    # (the comma marks where the main clause begins; the day after it belongs to the main clause)
    assert headline("After the talks collapsed, the union called a strike on Monday.") == (
        "After the talks collapsed, the union called a strike"
    )


def test_a_range_left_without_its_ends_goes_with_its_dates() -> None:
    title = headline("Engineers told the council that the reservoir could be drained between 4 and 9 May")
    assert title.endswith("could be drained")
    assert not is_fragment(title)


def test_the_word_that_weighed_a_clause_of_time_goes_with_it() -> None:
    title = headline(
        "The dam operator opened all six spillway gates on the northern reservoir shortly after the rain "
        "gauges in the hills overflowed."
    )
    assert title == "The dam operator opened all six spillway gates on the northern reservoir"


def test_a_noun_that_looks_like_such_a_word_stays() -> None:
    # ("well" is as often the noun: the relief well, an oil well)
    title = headline(
        "Drilling was halted on the second relief well before the engineers from the state oil company "
        "could run their pressure tests."
    )
    assert title.startswith("Drilling was halted on the second relief well")


def test_a_participle_phrase_opened_by_an_adverb_goes_before_the_main_verb() -> None:
    title = headline(
        "Nearly all the villagers within a mile of the plant particularly living in the houses beside the "
        "river and the old mill had been moved to the school."
    )
    assert title == "Nearly all the villagers within a mile of the plant had been moved to the school"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "When the polls closed on Sunday evening, the electoral commission said turnout had reached 61 "
            "percent across the country's nine provinces.",
            "The electoral commission said turnout had reached 61 percent",
        ),
        (
            "Because the river had risen so fast, officials said the villages could not be evacuated in "
            "time.",
            "Officials said the villages could not be evacuated in time",
        ),
    ],
)
def test_a_saying_after_an_opening_clause_is_the_main_clause(sentence: str, title: str) -> None:
    # (the words before the comma set the scene; they are not words said, closed by an attribution)
    assert headline(sentence) == title


def test_a_condition_before_a_saying_stays_with_it() -> None:
    # ("if the talks fail": what the union said holds only on that condition)
    title = headline("If the talks fail, the union said a national strike would begin within a week.")
    assert title.startswith("If the talks fail, ")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The first 300 redundancy letters go out on Monday, mainly to staff working at the two assembly "
            "plants in the south of the country and at the head office.",
            "The first 300 redundancy letters go out",
        ),
        (
            "A basic crop insurance policy sells for just $2 a season in the highlands, the cooperative "
            "said, making it affordable to most small farmers.",
            "A basic crop insurance policy sells for just $2 a season in the highlands",
        ),
    ],
)
def test_a_present_verb_seldom_a_noun_keeps_its_clause_whole(sentence: str, title: str) -> None:
    assert headline(sentence) == title
    assert not is_fragment(title)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "He will step down at the end of the month, the party spokesman said.",
            "Party spokesman says he will step down at the end of the month",
        ),
        ("It will reopen to traffic on Monday, officials said.", "Officials say it will reopen to traffic"),
        (
            "They were detained near the border, police said on Tuesday.",
            "Police say they were detained near the border",
        ),
    ],
)
def test_a_pronoun_led_report_keeps_the_attribution_that_closes_it(sentence: str, title: str) -> None:
    # (a bare "He will step down" names nobody; who said it is the one thing the sentence does name)
    assert headline(sentence, sentence=sentence) == title


def test_a_named_subject_needs_no_attribution_kept() -> None:
    sentence = "The bridge will reopen to traffic on Monday, officials said."
    assert headline(sentence, sentence=sentence) == "The bridge will reopen to traffic"


def test_a_pronoun_for_an_attribution_names_nobody() -> None:
    sentence = "It will reopen to traffic on Monday, he said."
    assert headline(sentence, sentence=sentence) == "It will reopen to traffic"

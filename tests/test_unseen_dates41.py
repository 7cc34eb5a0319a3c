"""Dates of news prose as unseen articles tell them (issue 7, session 41): what is still ahead "this week"
falls from the report's day on, a verb after a floating "each" or "all" is a verb of the past, and a
weekday that owns the subject of the words said names what they are about, not the saying. Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions

WEDNESDAY = dt.date(2011, 9, 14)
THURSDAY = dt.date(2011, 9, 15)


def span(text: str, published: dt.date = WEDNESDAY) -> tuple[dt.date, dt.date]:
    (mention,) = find_dates(text, published)
    return mention.date_start, mention.date_end


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # still ahead: from the report's day to the end of the week (month)
        ("A spokesman said the state will send 40 more troops this week to clear the roads.", 14, 18),
        ("The council will vote on the budget this month.", 14, 30),
        # told in the past: from the start of the week up to the report's day
        ("The three firms each blamed the others this week.", 12, 14),
        ("In evidence before two committees this week, the firms each blamed the others.", 12, 14),
        ("The unions all agreed this week to return to the table.", 12, 14),
        (
            "In evidence to two committees this week, Norvik, Tessa and Baltec each blamed the others.",
            12,
            14,
        ),
        # no tense either way: the whole week
        ("This week marks a turning point.", 12, 18),
    ],
)
def test_this_week_is_cut_at_the_report_day_by_the_tense_of_its_clause(
    sentence: str, start: int, end: int
) -> None:
    assert span(sentence) == (dt.date(2011, 9, start), dt.date(2011, 9, end))


def test_each_or_all_before_a_noun_stays_a_determiner() -> None:
    # "all injured staff": an adjective after the determiner, the clause is told ahead
    assert span("All injured staff will be paid this week.") == (dt.date(2011, 9, 14), dt.date(2011, 9, 18))
    assert span("Workers across all affected areas will be paid this week.") == (
        dt.date(2011, 9, 14),
        dt.date(2011, 9, 18),
    )


def test_a_bare_infinitive_or_a_done_act_after_the_date_keeps_the_whole_week() -> None:
    # "agreed to sell": no modal puts it ahead; "and this week agreed": the date opens a done act
    assert span("The firm agreed to sell two mines this week and has invited offers for a third.") == (
        dt.date(2011, 9, 12),
        dt.date(2011, 9, 18),
    )
    assert span("The firm said the strike would cut output and this week agreed to sell two mines.")[0] == (
        dt.date(2011, 9, 12)
    )


def statement_dates(text: str, published: dt.date = THURSDAY) -> list[dt.date]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [m.date_start for m in extract_mentions(article, load_gazetteer()) if m.event_type == "statement"]


def test_a_day_owning_the_subject_of_the_words_said_does_not_date_the_saying() -> None:
    lead = "The central bank raised interest rates on Wednesday as inflation rose.\n\n"
    assert statement_dates(lead + "The mayor said Monday's parade went off without trouble.") == [
        dt.date(2011, 9, 14)
    ]
    # said on the day itself: the saying's own date
    assert statement_dates(lead + "The mayor said on Monday the parade went off without trouble.") == [
        dt.date(2011, 9, 12)
    ]


def act_dates(text: str, published: dt.date = THURSDAY) -> list[tuple[str, dt.date]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [(m.event_type, m.date_start) for m in extract_mentions(article, load_gazetteer())]


def test_a_verb_of_saying_inside_a_capitalised_name_is_no_saying() -> None:
    # "Claims" is a word of the office's name: the act is its setting up, in June
    text = (
        "The regulator fined the mining firm $3m on Monday over the leak.\n\n"
        "The Coastal Claims Office, as the scheme is known, was set up in June amid fears the firm would "
        "fail to repay growers for their losses."
    )
    assert act_dates(text)[1][1] == dt.date(2011, 6, 1)


def test_a_headline_in_capitals_keeps_its_verb_of_saying() -> None:
    from events.extract.speakers import speech_in

    found = speech_in("Sky News Norvik Says Mine Leak 'Small' Compared To River.")
    assert found is not None and found.group() == "Says"


def test_a_figure_pledged_in_a_clause_set_against_another_is_a_count_of_the_report() -> None:
    from events.extract.plain_reports import perfect_figure_report

    found = perfect_figure_report(
        "Unions have called strikes, while the city council has spent $2m on agency staff."
    )
    assert found is not None and found.group().startswith("the city council has spent")
    # its place in the sentence is the clause's own
    text = "Two singers have made appeals, while a cyclist's charity has pledged $200,000 to help."
    found = perfect_figure_report(text)
    assert found is not None and text[found.start() :].startswith("a cyclist's charity")
    # a state, with no figure, is none
    assert perfect_figure_report("Prices rose, while the firm has lost its way.") is None


def test_a_dated_happening_the_words_refer_to_does_not_date_the_words() -> None:
    text = (
        "The mining firm reported a loss on Tuesday as copper prices fell.\n\n"
        '"We have worked with the town since before the accident," the spokesman said, referring to the '
        "April 20 mine explosion."
    )
    found = act_dates(text, dt.date(2010, 11, 17))
    # the remarks are the report's; the explosion is a happening of its own, on April 20
    assert sorted(day for _, day in found[1:]) == [dt.date(2010, 4, 20), dt.date(2010, 11, 17)]

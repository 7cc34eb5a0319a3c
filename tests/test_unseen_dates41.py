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
        ("An aide said the league will name its new squad this week before the final.", 14, 18),
        ("The council will vote on the budget this month.", 14, 30),
        # told in the past: from the start of the week up to the report's day
        ("The three clubs each criticised the referee this week.", 12, 14),
        ("In hearings before two panels this week, the carriers each faulted the regulator.", 12, 14),
        ("The growers all voted this week to accept the offer.", 12, 14),
        (
            "In hearings before two panels this week, Norvik, Tessa and Baltec each faulted the regulator.",
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
    # "agreed to lease": no modal puts it ahead; "and this week agreed": the date opens a done act
    assert span("The chain agreed to lease four depots this week and has sought bids for a fifth.") == (
        dt.date(2011, 9, 12),
        dt.date(2011, 9, 18),
    )
    assert span("The chain said the frost would slow sales and this week agreed to lease four depots.")[
        0
    ] == (dt.date(2011, 9, 12))


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
    # "Claims" is a word of the board's name: the act is its forming, in March
    text = (
        "The watchdog fined the insurer $8m on Monday over late payments.\n\n"
        "The Harbour Claims Board, as the fund is called, was formed in March amid worries the insurer might "
        "not pay farmers on time."
    )
    assert act_dates(text)[1][1] == dt.date(2011, 3, 1)


def test_a_headline_in_capitals_keeps_its_verb_of_saying() -> None:
    from events.extract.speakers import speech_in

    found = speech_in("Tessa Radio Baltec Says Rail Delay 'Brief' Next To Strike.")
    assert found is not None and found.group() == "Says"


def test_a_figure_pledged_in_a_clause_set_against_another_is_a_count_of_the_report() -> None:
    from events.extract.plain_reports import perfect_figure_report

    found = perfect_figure_report(
        "Unions have called strikes, while the city council has spent $2m on agency staff."
    )
    assert found is not None and found.group().startswith("the city council has spent")
    # its place in the sentence is the clause's own
    text = "Three bands have held concerts, while a boxer's foundation has raised $45,000 for the clinic."
    found = perfect_figure_report(text)
    assert found is not None and text[found.start() :].startswith("a boxer's foundation")
    # a state, with no figure, is none
    assert perfect_figure_report("Prices rose, while the firm has lost its way.") is None


def test_a_dated_happening_the_words_refer_to_does_not_date_the_words() -> None:
    text = (
        "The timber group posted a profit on Thursday as lumber prices climbed.\n\n"
        '"Our crews have rebuilt most of the sheds by now," a manager noted, referring to the '
        "February 9 warehouse fire."
    )
    found = act_dates(text, dt.date(2012, 6, 22))
    # the remarks are the report's; the fire is a happening of its own, on February 9
    assert sorted(day for _, day in found[1:]) == [dt.date(2012, 2, 9), dt.date(2012, 6, 22)]


FRIDAY = dt.date(2011, 9, 16)


def week_of(text: str, published: dt.date) -> tuple[dt.date, dt.date]:
    (mention,) = [m for m in find_dates(text, published) if m.text.lower() == "this week"]
    return mention.date_start, mention.date_end


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan told in the past perfect, or one set against what happened instead, is not still ahead
        "The assembly had been expected to pass the budget this week, but the sitting was halted.",
        "Planners had hoped the ferry would resume this week.",
        "Engineers expected to finish the repairs this week, but a flood stopped the work.",
    ],
)
def test_a_plan_told_in_the_past_keeps_the_whole_week(sentence: str) -> None:
    assert week_of(sentence, FRIDAY) == (dt.date(2011, 9, 12), dt.date(2011, 9, 18))


def test_a_plan_told_on_an_earlier_day_is_ahead_from_that_day() -> None:
    # from the day after the saying: the saying's own day is the saying's
    text = "The envoy said on Wednesday that the talks would restart this week."
    assert week_of(text, FRIDAY) == (dt.date(2011, 9, 15), dt.date(2011, 9, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        # "all" before an adjective in -ed and its noun is a determiner, after a preposition or not
        "Under the new laws all licensed traders face inspections this week.",
        "In Tessland all registered drivers get a new permit this week.",
        "In all flooded districts clinics remain shut this week.",
    ],
)
def test_all_before_an_adjective_and_its_noun_is_no_floating_quantifier(sentence: str) -> None:
    assert span(sentence) == (dt.date(2011, 9, 12), dt.date(2011, 9, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said Tuesday's bombing was planned by a small cell.",
        "Firefighters said Sunday's blaze was started by a faulty heater.",
    ],
)
def test_a_happening_owned_by_a_day_after_a_verb_of_saying_is_no_second_happening(sentence: str) -> None:
    found = act_dates("The port reopened on Wednesday after repairs.\n\n" + sentence)
    # one happening on its own day, none on the report's
    assert THURSDAY not in [day for _, day in found[1:]]
    assert len(found) == 2


@pytest.mark.parametrize(
    ("headline", "verb"),
    [
        ("Governor Says Bridge Safe, Blames Frost", "Says"),
        ("Governor Says Bridge Safe.", "Says"),
        ("Baltec Warns Of Losses.", "Warns"),
        ("Norvik Says Sales Fell; Stock Slides", "Says"),
        ("Fire Chief Says Blaze Out: Road Reopened", "Says"),
    ],
)
def test_a_short_headline_in_capitals_keeps_its_verb(headline: str, verb: str) -> None:
    from events.extract.speakers import speech_in

    found = speech_in(headline)
    assert found is not None and found.group() == verb


def test_a_verb_of_saying_in_a_name_within_prose_is_still_no_saying() -> None:
    from events.extract.speakers import speech_in

    assert speech_in("The Parents Say No group gathered 3,000 names on Friday.") is None

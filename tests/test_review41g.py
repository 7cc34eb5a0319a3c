"""Review of the session's fixes (invented sentences): a plan told on an earlier weekday, -ed words after
"all" or "each", a "had" elsewhere in the sentence, outlets told something, speech verbs in names."""

from __future__ import annotations

import datetime as dt

import pytest

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.dates import find_dates

WEDNESDAY = dt.date(2011, 9, 14)
FRIDAY = dt.date(2011, 9, 16)


def week_of(text: str, published: dt.date) -> tuple[dt.date, dt.date]:
    (mention,) = [m for m in find_dates(text, published) if m.text.lower() == "this week"]
    return mention.date_start, mention.date_end


def built(text: str, published: dt.date) -> list[tuple[str, str]]:
    """The (first day, type) of every event the build makes of `text`."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    events = build_tables(Corpus(articles=(article,))).events
    return sorted((str(row["date"])[:10], str(row["event_type"])) for _, row in events.iterrows())


def test_a_plan_told_on_an_earlier_weekday_stays_an_event_of_its_own() -> None:
    found = built("The mediator said on Tuesday that the peace talks would restart this week.", FRIDAY)
    # the saying on Tuesday, and the talks from the next day to the end of the week
    assert len(found) == 2
    assert found[0][0] == "2011-09-13"
    assert found[1][0] == "2011-09-14"


def test_a_weekday_of_another_act_does_not_move_the_plan() -> None:
    text = "The rector, appointed on Monday, will take up the post this week."
    assert week_of(text, FRIDAY) == (FRIDAY, dt.date(2011, 9, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        # the -ed word with its object and no verb after: the clause's verb, told in the past
        "The four lenders each reported losses this week.",
        "Senators all rejected amendments this week.",
        "Growers all collected subsidies this week.",
    ],
)
def test_a_past_verb_after_a_floating_quantifier_keeps_its_tense(sentence: str) -> None:
    assert week_of(sentence, WEDNESDAY) == (dt.date(2011, 9, 12), WEDNESDAY)


def test_an_adjective_after_all_needs_a_verb_after_its_noun() -> None:
    text = "Under the rules all certified pilots take a test this week."
    assert week_of(text, WEDNESDAY) == (dt.date(2011, 9, 12), dt.date(2011, 9, 18))


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill, which had made losses for a decade, will shut its doors this week.",
        "The club, which was founded in 1920, will open a new stand this week.",
    ],
)
def test_a_had_of_another_clause_does_not_block_the_plan(sentence: str) -> None:
    assert week_of(sentence, FRIDAY) == (FRIDAY, dt.date(2011, 9, 18))


@pytest.mark.parametrize(
    "sentence",
    ["The Coastal Claims Panel met on Monday.", "The Dunmore Reports Unit won an award."],
)
def test_a_speech_verb_in_a_name_of_a_short_sentence_is_no_saying(sentence: str) -> None:
    from events.extract.speakers import speech_in

    assert speech_in(sentence) is None


def test_an_outlet_told_to_expect_something_is_only_told() -> None:
    from events.merge.clusters import told_to_an_outlet

    # advice for the public the outlet reaches, and news of another body's own things
    assert told_to_an_outlet(
        "The mayor, Ines Dorr, told Radio Velta on Monday to expect more snow.", "Radio Velta"
    )
    assert told_to_an_outlet(
        "A minister told Radio Velta last week to prepare for longer queues.", "Radio Velta"
    )
    assert told_to_an_outlet(
        "The mayor told Radio Velta that the board would review its relief programmes.", "Radio Velta"
    )
    # an order only an outlet can follow, and news of its own licence, keep it a party
    assert not told_to_an_outlet(
        "The regulator told Radio Velta on Monday to stop broadcasting.", "Radio Velta"
    )
    assert not told_to_an_outlet(
        "The regulator told Radio Velta that it would lose its licence.", "Radio Velta"
    )


def test_a_view_of_a_happening_owned_by_a_day_leaves_the_saying_to_the_report() -> None:
    found = built("Monitors said Saturday's vote was fair.", WEDNESDAY)
    # the vote on its own day, the view of it on the report's
    assert ("2011-09-10", "election") in found
    assert ("2011-09-14", "statement") in found


def test_a_happening_owned_by_a_day_told_itself_is_dated_by_the_day() -> None:
    found = built("Officers said Tuesday's raid was carried out by three men.", WEDNESDAY)
    assert [day for day, _ in found] == ["2011-09-13"]


def test_a_guessed_day_right_after_a_given_follow_up_is_kept() -> None:
    import pandas as pd

    from events.query.framing import publication_span

    body = [dt.date(2031, 10, 3) + dt.timedelta(days=i % 58) for i in range(60)]
    published = pd.Series([*body, dt.date(2032, 8, 2), dt.date(2032, 8, 3), dt.date(2029, 6, 4)])
    inferred = pd.Series([*[False] * 60, False, True, True])
    found = publication_span(published, inferred)
    assert found is not None
    # the far report's history is set aside; the day after the given follow-up is kept with it
    assert (found.start, found.end) == (dt.date(2031, 10, 3), dt.date(2032, 8, 3))


def test_a_condition_opened_by_once_is_an_aside_but_not_once_of_status() -> None:
    from events.extract.noise import _subject_and_aside

    assert _subject_and_aside("The tunnel, once finished,")
    assert not _subject_and_aside("The palace, once owned by the crown,")


def test_a_view_joined_to_a_view_is_still_a_view() -> None:
    from events.extract.noise import onlookers_view

    assert onlookers_view("Some economists doubted the scheme, and many lenders agreed.")
    assert not onlookers_view("Some economists doubted the scheme, and the bank dropped it on Monday.")

"""Review of the session's last rules (invented sentences): a body told something does not confirm, a
weekday of another act, a participle that is no deed, adjectives in -ing, pledges with a later condition,
modals far from falling ill, deeds timed from another happening, and boards that agree to act."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.dates import find_dates

THURSDAY = dt.date(2026, 12, 3)


def built(text: str, published: dt.date = THURSDAY) -> list[tuple[str, str]]:
    """The (first day, type) of every event the build makes of `text`."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    events = build_tables(Corpus(articles=(article,))).events
    return sorted((str(row["date"])[:10], str(row["event_type"])) for _, row in events.iterrows())


def types(text: str) -> set[str]:
    return {kind for _, kind in built(text)}


def test_a_body_told_of_a_confirmation_does_not_confirm_anyone() -> None:
    assert "leadership" not in types(
        "Police told the council on Monday they had confirmed Tom Ley as the leader of the gang."
    )
    assert "leadership" not in types(
        "Lawyers told the board on Monday that police had confirmed Tom Ley as the head of the gang."
    )
    assert "leadership" in types("The senate on Monday confirmed Jo Roe as finance minister.")


def test_the_weekday_of_another_act_is_not_the_sayings() -> None:
    text = "Reporters said the bus crashed on Monday, and a review will report this week."
    (week,) = [m for m in find_dates(text, THURSDAY) if m.text.lower() == "this week"]
    assert week.date_start == THURSDAY
    text = "The minister told Parliament on Monday that the review would report this week."
    (week,) = [m for m in find_dates(text, THURSDAY) if m.text.lower() == "this week"]
    assert week.date_start == dt.date(2026, 12, 1)


def test_a_participle_with_no_agent_is_a_view_of_the_happening() -> None:
    found = built("Opposition leaders said Saturday's election was stolen.")
    # the election on Saturday, and the saying left to the report's day
    assert "2026-12-03" in {day for day, _ in found}


def test_an_adjective_in_ing_qualifies_the_rules_made_known() -> None:
    assert "policy" in types(
        "The agency on Tuesday announced sweeping fishing restrictions for the eastern coast."
    )
    assert "policy" not in types("The firm on Tuesday unveiled a phone meeting the new requirements.")


def test_a_condition_after_a_comma_leaves_the_pledge_made() -> None:
    plain = types("The province pledged $25m on Monday to repair the schools.")
    assert types("The province pledged $25m on Monday to repair the schools, even if prices climb.") == plain
    assert "statement" not in plain


def test_a_modal_far_from_falling_ill_leaves_the_case_told() -> None:
    found = types(
        "Nine workers who will start shifts next week have fallen ill with typhoid, the mayor said on Monday."
    )
    assert "statement" not in found
    assert types("The mayor said on Monday that workers could become ill with typhoid.") == {"statement"}


def test_a_deed_timed_from_another_happening_is_the_speakers_account() -> None:
    found = types(
        "Ministry officials said they began holding daily briefings with the operator"
        " shortly after the collapse."
    )
    assert found == {"statement"}


def test_a_board_that_agreed_to_act_is_no_view() -> None:
    assert built("Several traders doubted the merger, and the council agreed on Friday to close the depot.")

"""A date inside a clause or phrase that describes a noun tells when that noun's thing happened, not when the
main clause's act did: a relative clause of the subject, a participle phrase in a speaker's description, a
happening named after "following" when the act has a date of its own. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

TUESDAY = dt.date(2026, 6, 16)


def mentions_of(body: str, published: dt.date = TUESDAY) -> list[Mention]:
    article = prepare_article(
        "own.txt", "Headline of the story\n\n" + body + "\n", SourceRow(published=published)
    )
    return extract_mentions(article, load_gazetteer())


def test_a_date_closing_a_relative_clause_of_the_subject_does_not_date_the_main_act() -> None:
    found = mentions_of("A driver who fled the scene of the crash on Friday was charged with manslaughter.")
    charged = next(m for m in found if "charged" in m.clause)
    assert charged.date_start == TUESDAY


def test_the_main_acts_own_date_still_dates_it_after_a_subject_relative() -> None:
    found = mentions_of("Gunmen who attacked a border village on Sunday were arrested on Monday.")
    arrested = next(m for m in found if "arrested" in m.clause)
    assert arrested.date_start == dt.date(2026, 6, 15)


def test_a_gathering_in_the_subject_relative_still_dates_what_was_agreed_there() -> None:
    found = mentions_of("Trade ministers who met in Geneva on Monday agreed to cut tariffs on steel.")
    agreed = next(m for m in found if "agreed" in m.clause)
    assert agreed.date_start == dt.date(2026, 6, 15)


def test_a_subject_relative_date_makes_no_dated_act_of_a_sentence_without_one() -> None:
    found = mentions_of(
        "The island recorded its first case of the fever when a passenger who flew in from the coast last "
        "week was found to have it."
    )
    assert not any(m.date_start < dt.date(2026, 6, 15) for m in found)


def test_a_participle_phrase_describing_the_speaker_does_not_date_the_saying() -> None:
    found = mentions_of(
        '"The levees will not hold another season," said Maria Lindqvist, a hydrologist and one of the '
        "authors of a survey drawn from soundings taken in early March."
    )
    said = next(m for m in found if m.speaker == "Maria Lindqvist")
    assert said.date_start == TUESDAY


def test_a_happening_named_after_following_takes_its_date_and_the_act_the_sentences_other() -> None:
    found = mentions_of(
        "The council imposed a curfew on the harbour district following the protests at the national "
        "stadium in the Old Town in May, the mayor's office said on Monday."
    )
    curfew = next(m for m in found if "curfew" in m.clause)
    assert curfew.date_start == dt.date(2026, 6, 15)
    assert any(m.date_start == dt.date(2026, 5, 1) and "protests" in m.clause for m in found)


def test_a_happening_at_a_named_owners_site_in_a_wider_place_is_dated_as_its_own() -> None:
    found = mentions_of(
        "Officials imposed a curfew on Monday in the port following the protests at Norvik's main plant in "
        "the Bay of Biscay in April."
    )
    assert any(m.date_start == dt.date(2026, 4, 1) and "protests" in m.clause for m in found)


def test_alone_the_date_of_the_happening_followed_still_dates_the_act() -> None:
    # the act came soon after; the report's day would make a past act the day's news
    found = mentions_of("The council imposed a curfew following the protests at the national stadium in May.")
    curfew = next(m for m in found if "curfew" in m.clause)
    assert curfew.date_start == dt.date(2026, 5, 1)


def test_a_count_from_the_named_happening_still_dates_the_act() -> None:
    found = mentions_of("The dam burst two days after the storm on June 10.")
    burst = next(m for m in found if "burst" in m.clause)
    assert burst.date_start == dt.date(2026, 6, 12)


def test_a_date_closing_a_relative_clause_inside_what_was_said_does_not_date_the_saying() -> None:
    found = mentions_of(
        "The ferry company said a passenger who flew in from the coast last week was found to have the fever."
    )
    said = next(m for m in found if "ferry company" in m.sentence.text and m.is_speech)
    assert said.date_start == TUESDAY

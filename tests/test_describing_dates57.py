"""A date in a relative clause that tells who the speaker is, or what a thing does every year, dates the
clause's own verb: neither the saying nor any happening the sentence reports. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import body_mentions

WEDNESDAY = dt.date(2026, 6, 17)


def test_a_relative_clause_in_the_speakers_aside_does_not_date_the_remarks() -> None:
    found = body_mentions(
        "Lena Ortiz, a surveyor who formally takes over the port authority on Friday, also said the harbour "
        "wall was cracking.",
        WEDNESDAY,
    )
    assert [m.event_type for m in found] == ["statement"]
    assert not found[0].planned
    assert found[0].date_start <= WEDNESDAY


def test_a_relative_clause_describing_a_closing_speaker_does_not_date_the_remarks() -> None:
    found = body_mentions(
        '"We will stay and rebuild," said Piet Vos, the owner of a bakery near where the canal first '
        "overflowed three weeks ago.",
        WEDNESDAY,
    )
    assert [m.event_type for m in found] == ["statement"]
    assert found[0].date_start >= dt.date(2026, 6, 15)


def test_the_speakers_own_date_after_the_description_still_dates_the_remarks() -> None:
    found = body_mentions(
        '"We will stay and rebuild," said Piet Vos, the bakery owner, on Monday.', WEDNESDAY
    )
    assert [(m.event_type, m.date_start) for m in found] == [("statement", dt.date(2026, 6, 15))]


def test_a_subject_told_by_what_the_speaker_once_did_names_no_happening_of_the_sentence() -> None:
    found = body_mentions(
        "The engineer who led the dam inspection in 2015, Karl Mertens, said on Tuesday the spillway was "
        "too narrow.",
        WEDNESDAY,
    )
    assert [(m.event_type, m.speaker, m.date_start) for m in found] == [
        ("statement", "Karl Mertens", dt.date(2026, 6, 16))
    ]


def test_a_season_that_usually_begins_in_a_month_dates_nothing_reported() -> None:
    found = body_mentions(
        "Governor Ana Lind said 5,000 pumps had been bought to cope with the flood season, which usually "
        "begins in October.",
        WEDNESDAY,
    )
    assert [m.event_type for m in found] == ["statement"]
    assert found[0].date_start >= dt.date(2026, 6, 15)


def test_a_relative_clause_telling_a_single_past_happening_keeps_its_date() -> None:
    found = body_mentions("The festival, which opened in May, was cancelled on Monday.", WEDNESDAY)
    assert dt.date(2026, 6, 15) in [m.date_start for m in found]


def test_a_name_set_off_before_a_word_of_when_and_the_verb_of_saying_is_the_speaker() -> None:
    found = body_mentions(
        "The engineer who led the UN dam inspection in 2015, Karl Mertens, earlier said the spillway was too "
        "narrow.",
        WEDNESDAY,
    )
    assert [(m.event_type, m.speaker) for m in found] == [("statement", "Karl Mertens")]
    assert found[0].date_start >= dt.date(2026, 6, 15)


def test_a_happening_near_where_the_speaker_is_told_is_its_own_with_its_date() -> None:
    found = body_mentions(
        '"We will stay and rebuild," said Piet Vos, the owner of a bakery in Delft, near where the canal '
        "first overflowed three weeks ago.",
        WEDNESDAY,
    )
    remarks = [m for m in found if m.event_type == "statement"]
    assert len(remarks) == 1 and remarks[0].date_start >= dt.date(2026, 6, 15)
    assert any(
        m.clause.startswith("The canal first overflowed") and m.date_start < remarks[0].date_start
        for m in found
    )


def test_a_body_named_in_capitals_in_the_speakers_description_is_no_relative_clause() -> None:
    found = body_mentions(
        "Anna Berg, the WHO's regional director, said that the outbreak was slowing.", WEDNESDAY
    )
    assert [(m.event_type, m.speaker) for m in found] == [("statement", "Anna Berg")]

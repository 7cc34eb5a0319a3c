"""A job after "the" that the report never gave the last voice ("the lock keeper said"): with a person quoted
just before, who may be the one meant, nobody; with none, the job speaks as its own voice
(events.extract.mentions). A noun a firm is called by ("the crane operator") is the firm only when the report
named a firm before; else it is a job like any other."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions


def _speakers_of_friday(text: str) -> list[str]:
    return [m.speaker for m in report_mentions(text, dt.date(2026, 5, 9)) if "Friday" in m.sentence.text]


def test_a_job_after_the_with_nobody_heard_before_speaks_as_itself() -> None:
    text = '"The bridge will reopen on Friday," the lock keeper said.'
    assert _speakers_of_friday(text) == ["Lock keeper"]


def test_a_job_after_the_just_after_a_quoted_person_names_nobody_new() -> None:
    text = (
        "Ada Lund, who runs a bakery in Ossby, said on Thursday that the storm had torn off her roof. "
        '"The whole street flooded on Friday," the local baker said.'
    )
    assert _speakers_of_friday(text) == [""]


def test_a_job_after_the_the_report_gave_the_voice_is_that_voice() -> None:
    text = (
        "Ada Lund, the lock keeper, said on Thursday that the storm had torn off the roof. "
        '"The bridge will reopen on Friday," the lock keeper said.'
    )
    assert _speakers_of_friday(text) == ["Ada Lund"]


def test_a_firm_noun_with_no_firm_named_before_is_a_job() -> None:
    text = (
        "Tom Reed was hurt when a hoist fell at a yard in Kelby on Thursday. "
        '"The hoist tipped over in the wind on Friday," the hoist operator said.'
    )
    assert _speakers_of_friday(text) == ["Hoist operator"]


def test_a_firm_noun_after_a_firm_named_before_is_no_person() -> None:
    text = (
        "Kelby Bank shares fell on Thursday. "
        '"The hoist tipped over in the wind on Friday," the hoist operator said.'
    )
    assert "Hoist operator" not in _speakers_of_friday(text)


def _actors(text: str) -> list[tuple[str, ...]]:
    return [m.actors for m in report_mentions(text, dt.date(2026, 5, 9))]


def test_according_to_a_job_at_a_place_names_who_says_it() -> None:
    text = "Nine people died in the blaze in Kelby on Friday, according to a pathologist at the town clinic."
    assert _actors(text) == [("Pathologist",)]


def test_according_to_a_bystander_at_a_place_names_nobody() -> None:
    text = "Nine people died in the blaze in Kelby on Friday, according to a shopper at the town market."
    assert _actors(text) == [()]


def test_an_office_after_a_person_described_by_another_job_is_its_own_voice() -> None:
    text = (
        "Ivo Marsh, the lock keeper, said on Thursday that the canal would reopen. "
        '"We are ready," the lock keeper said. '
        '"Divers will search the weir on Friday," the rescue chief said.'
    )
    assert _speakers_of_friday(text) == ["Rescue chief"]


def test_a_holders_office_with_nobody_heard_before_speaks_as_the_office() -> None:
    text = '"The locks are open," the lock keeper\'s office said on Friday.'
    assert _speakers_of_friday(text) == ["Lock keeper's office"]


def test_a_job_after_the_just_after_a_sentence_opening_on_a_person_names_nobody_new() -> None:
    text = (
        "However, Tom Reed will not attend the gala in Kelby. "
        '"The stage roof collapsed on Friday," the stage manager said.'
    )
    assert "Stage manager" not in _speakers_of_friday(text)


def test_a_bare_job_after_the_names_nobody_new() -> None:
    # (one word, "the engineer", points back to someone the report called so further up, not found here)
    text = 'Tom Reed was an engineer at the lock for years. "The gate jammed on Friday," the engineer said.'
    assert "Engineer" not in _speakers_of_friday(text)


def test_a_bare_job_the_report_names_for_the_first_time_is_the_voice() -> None:
    # (roles49: nobody was called so before, so the job is who speaks)
    assert _speakers_of_friday('"The gate jammed on Friday," the engineer said.') == ["Engineer"]


def test_a_job_after_the_just_after_a_possessive_opening_on_a_person_names_nobody_new() -> None:
    text = (
        "Vexa's Tom Reed is urging fans to stay home. "
        "In a statement issued on Friday, the rock singer said he had cancelled the tour."
    )
    assert "Rock singer" not in _speakers_of_friday(text)

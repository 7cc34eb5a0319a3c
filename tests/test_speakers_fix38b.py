"""A job after "the" ("the retired baker said") is the last voice only when the report called that person
so; else the last voice is forgotten and nobody new is named (events.extract.mentions, with
`speakers.agent_named_alone` and `coreference.described_as`)."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions


def _speakers_of_tuesday(text: str) -> list[str]:
    return [m.speaker for m in report_mentions(text, dt.date(2026, 3, 7)) if "Tuesday" in m.sentence.text]


_BEFORE = "Tom Hale, a retired baker, said on Monday that the hull of the Varn ferry was cracked. "


def test_a_job_the_report_gave_the_last_voice_is_that_voice() -> None:
    text = _BEFORE + '"It will sink before the spring," the retired baker said on Tuesday.'
    assert _speakers_of_tuesday(text) == ["Tom Hale"]


def test_a_job_the_report_never_gave_the_last_voice_is_not_that_voice() -> None:
    # (the last voice is forgotten, and "the ferry surveyor" names nobody new)
    text = _BEFORE + '"It will sink before the spring," the ferry surveyor said on Tuesday.'
    assert not {"Tom Hale", "Ferry surveyor"} & set(_speakers_of_tuesday(text))


def test_a_job_after_the_with_nobody_named_so_names_nobody_new() -> None:
    text = (
        "Tom Hale, a retired teacher, said on Monday that the school in Varn had been closed after a fire. "
        '"Nine pupils were hurt in the fire," the school caretaker said on Tuesday.'
    )
    assert _speakers_of_tuesday(text) == [""]


def test_a_firm_called_by_its_business_after_the_is_the_firm_named_before() -> None:
    text = "Halden Bank shares fell on Monday. The state-owned lender said on Tuesday it would cut 900 jobs."
    tuesday = [m for m in report_mentions(text, dt.date(2026, 3, 7)) if "Tuesday" in m.sentence.text]
    assert [m.actors for m in tuesday] == [("Halden Bank",)]


def test_the_major_alone_is_an_officer_and_no_firm() -> None:
    text = "Halden Bank shares fell on Monday. The major said on Tuesday that his men would cut 900 trees."
    assert "Halden Bank" not in _speakers_of_tuesday(text)


def test_the_office_of_a_holder_named_before_speaks_as_that_holder() -> None:
    text = (
        "Governor Ida Berg declared an emergency on Monday. " + _BEFORE + "The governor's office said on "
        "Tuesday that 40 roads were closed."
    )
    assert _speakers_of_tuesday(text) == ["Ida Berg"]

"""A speaker named after their quotation, with who they are set off by commas ('"We will appeal," Jane Roe,
deputy head of the commission, said on Friday'), speaks: the remarks are an event of that day. Someone
described as one of a kind ("a baker", "an analyst at a bank") or by a relative clause stays an outside
voice. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import mentions_below_lead

from events.extract.plain_reports import speaker_after_quotation

PUBLISHED = dt.date(2026, 5, 15)  # a Friday
LEAD = "The regional assembly voted on Wednesday to close the northern ferry route.\n\n"


@pytest.mark.parametrize(
    ("before_saying", "speaker"),
    [
        ('"We will appeal," Jane Roe, deputy head of the commission, ', "Jane Roe"),
        ('"The port stays open," Tomas Vidal, the harbour master, ', "Tomas Vidal"),
        ('"No decision has been taken," Ana Lind, a spokeswoman for the ministry, ', "Ana Lind"),
    ],
)
def test_a_name_after_the_quotation_with_its_role_is_the_speaker(before_saying: str, speaker: str) -> None:
    assert speaker_after_quotation(before_saying) == speaker


@pytest.mark.parametrize(
    "before_saying",
    [
        '"It was chaos," Mark Hill, a baker, ',
        '"Prices will rise," Ruth Cole, an analyst at a regional bank, ',
        '"We lost everything," Sam Dee, who lives by the quay, ',
        # no quotation before the name: the sentence's own subject rules apply
        "Jane Roe, deputy head of the commission, ",
    ],
)
def test_outside_voices_and_plain_subjects_are_not_read_so(before_saying: str) -> None:
    assert speaker_after_quotation(before_saying) == ""


def test_the_remarks_are_an_event_of_their_day_with_their_speaker() -> None:
    sentence = '"We will appeal the vote," Jane Roe, deputy head of the ferry commission, said on Thursday.'
    found = mentions_below_lead(sentence, PUBLISHED, LEAD)
    assert [(m.date_start, m.speaker) for m in found] == [(dt.date(2026, 5, 14), "Jane Roe")]

"""A speaker named by an office after a time that opens the sentence with no comma ("On Wednesday the minister
said ...") speaks, as after a comma: the remark was lost whole before."""

from __future__ import annotations

import pytest

from events.extract import speakers
from events.extract.triggers import SPEECH


@pytest.mark.parametrize(
    "sentence",
    [
        "On Thursday the finance minister said the levy would stay.",
        "Later the governor told reporters the curfew had ended.",
        "Last week the fire chief said the quay was sound.",
        "Early on Sunday the mayor said the pumps were working.",
    ],
)
def test_an_office_after_an_opening_time_speaks(sentence: str) -> None:
    speech = SPEECH.search(sentence)
    assert speech is not None
    speaker, _, _ = speakers.find_speaker(sentence, speech, [], ("", ""))
    assert speaker and speaker.split()[-1].lower() in {"minister", "governor", "chief", "mayor"}


def test_a_time_inside_the_sentence_names_no_office() -> None:
    # (the opening is a clause of its own, "On Thursday the levy rose", and no office stands before "said")
    sentence = "On Thursday the levy rose, traders said."
    speech = SPEECH.search(sentence)
    assert speech is not None
    speaker, _, _ = speakers.find_speaker(sentence, speech, [], ("", ""))
    assert speaker.lower() != "levy"

"""Speakers: a relative clause the writer never closed with a comma is no part of who speaks."""

from __future__ import annotations

import pytest
from test_speakers import speaker_of

from events.extract.speakers import _subject_description


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the clause has its own verb right after "which": the verb of saying is the main clause's
        (
            "Yesterday, Holm Labs, which has plants in Chile and Peru announced that it had shipped "
            "the first doses.",
            "Holm Labs",
        ),
        (
            "Tarn Mining, which opened a smelter in Ghana last year said on Monday it would cut 300 jobs.",
            "Tarn Mining",
        ),
    ],
)
def test_names_in_an_unclosed_relative_clause_do_not_speak(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_a_relative_clause_without_a_verb_of_its_own_describes_no_subject() -> None:
    # "which the minister said ...": the verb of saying is the clause's own, its subject the minister
    text = "The levy, which the minister said would fund the schools"
    assert _subject_description(text, 0, text.index(" said") + 1) is None
    text = "Tarn Mining, which opened a smelter last year said"
    assert _subject_description(text, 0, text.rindex(" said") + 1) is not None


def test_a_speaker_inside_the_clause_is_left_to_it() -> None:
    text = "The plan was pushed by the council, which has urged the firm to adopt what one official called"
    assert _subject_description(text, 0, text.rindex(" called") + 1) is None

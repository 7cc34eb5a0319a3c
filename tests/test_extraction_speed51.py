"""Speed-ups of per-article extraction that must change no reading: the verb of saying found (or none) and a
person's gender, each read again with the work saved."""

from __future__ import annotations

from events.extract.reference import person_gender
from events.extract.speakers import speech_in


def test_a_sentence_without_a_verb_of_saying_has_no_speaker_verb() -> None:
    assert speech_in("The dam on the upper river failed after three days of heavy rain.") is None
    assert speech_in("Storm warnings closed every port along the coast on Friday.") is None


def test_a_verb_of_saying_is_still_found_and_chosen() -> None:
    said = speech_in('"The count will finish tonight," the election officer said.')
    assert said is not None and said.group() == "said"
    # (a verb inside a relative aside gives way to the main clause's)
    told = speech_in(
        "The judge, who said little during the trial, told jurors the verdict must be unanimous."
    )
    assert told is not None and told.group().startswith("told")


def test_a_persons_gender_is_read_from_each_text_on_its_own() -> None:
    # the same name in two reports: what each report says of the person decides, not the one read first
    assert (
        person_gender("Lena Varga", "Mrs Lena Varga chaired the trade council. Varga said she would stay.")
        == "she"
    )
    assert (
        person_gender(
            "Lena Varga", "Lena Varga, his brother, lost the court case. Varga said he would appeal."
        )
        == "he"
    )
    assert person_gender("Lena Varga", "Lena Varga chaired the trade council on Monday.") == ""
    # ("namesakes": only the full name counts, not the surname a relative shares)
    assert (
        person_gender(
            "Tomas Brandt", "Mr Brandt spoke first. Tomas Brandt, a spokeswoman, spoke later.", True
        )
        == "she"
    )

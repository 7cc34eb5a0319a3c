"""One report names a speaker in full and then shorter ("the Harbour Safety Board" and "HSB", "Prime
Minister Ana Ruiz" and "Ruiz"): its remarks of the day on one matter are one event, as when it names the
speaker the same way twice; remarks on another matter, or by a namesake the report also names, stay
apart. All texts are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reports import report_mentions

from events.extract.corpus import Sentence
from events.extract.mentions import Mention
from events.merge.clusters import Cluster, same_happening

MONDAY = dt.date(2026, 3, 9)


def lead(text: str) -> Mention:
    [mention] = [m for m in report_mentions(text, MONDAY, "own-lead.txt", "Outlet") if m.is_speech]
    return mention


def later(first: Mention, speaker: str, text: str, actors: tuple[str, ...] = ()) -> Mention:
    """A later sentence of the same report, its speaker named `speaker`, dated by the lead's remarks."""
    start = first.sentence.end + 2
    return dataclasses.replace(
        first,
        speaker=speaker,
        actors=actors or (speaker,),
        sentence=Sentence(start, start + len(text), text, first.sentence.paragraph + 1),
        clause=text.split(" said ", 1)[-1].rstrip("."),
        date_basis="context",
        entities=(),
    )


BOARD = "The Harbour Safety Board said on Monday that the ferry lost power near the northern pier."
MINISTER = "Prime Minister Ana Ruiz said on Monday that the coastal highway would reopen to lorries."


def test_a_body_named_by_its_acronym_is_the_same_voice_on_the_same_matter() -> None:
    first = lead(BOARD)
    assert first.speaker == "Harbour Safety Board"
    again = later(
        first, "HSB", "HSB said the ferry lost power after a fire broke out near the northern pier."
    )
    assert same_happening(again, Cluster([first]))


def test_a_body_named_by_its_acronym_on_another_matter_is_another_event() -> None:
    first = lead(BOARD)
    budget = later(first, "HSB", "HSB said it would publish its yearly budget in June.")
    assert not same_happening(budget, Cluster([first]))


def test_an_acronym_of_another_body_is_another_voice() -> None:
    first = lead(BOARD)
    other = later(
        first, "HSA", "HSA said the ferry lost power after a fire broke out near the northern pier."
    )
    assert not same_happening(other, Cluster([first]))


def test_a_person_named_by_surname_alone_is_the_same_voice_on_the_same_matter() -> None:
    first = lead(MINISTER)
    assert first.speaker == "Ana Ruiz"
    again = later(first, "Ruiz", "Ruiz said repairs to the coastal highway would let lorries through.")
    assert same_happening(again, Cluster([first]))


def test_a_surname_the_report_gives_two_people_tells_nobody_apart() -> None:
    first = lead(MINISTER)
    namesake = later(
        first,
        "Ruiz",
        "Ruiz, whose brother Pablo Ruiz runs the ports, said repairs to the coastal highway would let "
        "lorries through.",
        actors=("Ruiz", "Pablo Ruiz"),
    )
    assert not same_happening(namesake, Cluster([first]))

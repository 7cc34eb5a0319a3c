"""Who acts and who speaks, read as a briefing officer would on unseen text: one named only inside the words
someone is quoted as saying is neither ("'We expect the Harbour Trust to pay,' Jane Roe said"), and a title
or a calling before a name is the person's role, never part of the name ("Actor Tom Hale", "Chief Warrant
Officer Tom Hale", "Lt Cdr Tom Hale"). Every name is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import Entity, load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.speakers import named_in_quotation


def mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


def entity(text: str, words: str) -> Entity:
    start = text.index(words)
    return Entity("actor", words, "", start, start + len(words), words)


@pytest.mark.parametrize(
    ("text", "words", "inside"),
    [
        ('"We expect Norvik to pay for the damage," Jane Roe said.', "Norvik", True),
        ('"We expect Norvik to pay for the damage," Jane Roe said.', "Jane Roe", False),
        # a quotation opened in the sentence before and closed in this one
        ('Norvik has to pay for the damage," Jane Roe said.', "Norvik", True),
        ("Norvik has to pay for the damage,” Jane Roe said.", "Norvik", True),
        ("“We expect Norvik to pay,” Jane Roe said of Halden.", "Halden", False),
        # a word set in quotation marks is no quotation of what the name does
        ('Jane Roe said Norvik must pay for the "damage" it caused.', "Norvik", False),
        ("The fleet said it was ``watching Norvik closely'' on Monday.", "Norvik", True),
        # a closing mark that ends the sentence may be a stray one: the sentence is left as told
        ('The Justice Department has started interviewing witnesses."', "Justice Department", False),
    ],
)
def test_a_name_inside_what_was_said(text: str, words: str, inside: bool) -> None:
    assert named_in_quotation(text, entity(text, words)) is inside


def test_one_named_in_a_quotation_is_no_actor_of_the_remarks() -> None:
    (mention,) = mentions('"The World Health Organization must act now," Jane Roe said on Monday.')
    assert mention.speaker == "Jane Roe"
    assert mention.actors == ("Jane Roe",)


def test_the_speaker_named_inside_a_quotation_mark_run_still_speaks() -> None:
    (mention,) = mentions("The World Health Organization said on Monday it would send experts to the port.")
    assert "World Health Organization" in mention.actors


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Actor Tom Hale said on Monday that the device worked.", "Tom Hale", "actor"),
        ("Guide Tom Hale told reporters on Friday the river was high.", "Tom Hale", "guide"),
        (
            "Chief Warrant Officer Tom Hale said tar balls had been collected.",
            "Tom Hale",
            "chief warrant officer",
        ),
        ("Norvik Chief Operations Officer Tom Hale told reporters the plan would work.", "Tom Hale", None),
        ("Lt Cdr Tom Hale of the navy told reporters the aid effort was improving.", "Tom Hale", None),
        ("The trial of the singer's physician, Doctor Tom Hale, began on Monday.", "Tom Hale", None),
    ],
)
def test_a_title_before_a_name_is_the_role(sentence: str, name: str, role: str | None) -> None:
    people = [e for e in load_gazetteer().find(sentence) if e.kind == "actor" and "Hale" in e.name]
    assert [e.name for e in people] == [name]
    if role is not None:
        assert people[0].role == role
    # no word of the title is taken for a body of its own ("Warrant", "Operations")
    assert not [
        e
        for e in load_gazetteer().find(sentence)
        if e.kind == "actor" and e.name in ("Warrant", "Operations")
    ]


def test_a_calling_that_is_also_a_family_name_stays_in_the_name() -> None:
    assert [e.name for e in load_gazetteer().find("Paul Farmer said the clinic was full.")] == ["Paul Farmer"]


def test_the_person_after_a_closed_quotation_speaks_without_the_title() -> None:
    (mention,) = mentions('"We will fix the well," said Norvik chief executive Tom Hale.')
    assert mention.speaker == "Tom Hale"


def test_what_follows_said_he_is_what_was_said_not_who_said_it() -> None:
    drafts = mentions(
        'Ana Ruiz, who once called the firm "Norvik Petroleum," said he would have fired Norvik CEO Tom Hale.'
    )
    assert drafts
    assert all(m.speaker != "Tom Hale" and "CEO" not in m.speaker for m in drafts)

"""A body known by its kind speaks or acts only as the subject of its clause, by its whole name, and as the
body named before it when there is one. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.extract.speakers import _collective_speaker


def _mentions(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [(m.speaker, m.speaker_country, m.actors) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The firm settled navy claims over the collision in 1994.", "Navy"),
        ("In contrast, Dorval Corp.\n\nB) settled army claims over the blast in 1993.", "Army"),
        (
            "Dorval Quarries settled government claims over the flood at its Merin pit in 1987, two years "
            "after the storm.",
            "Government",
        ),
    ],
)
def test_a_kind_word_modifying_a_noun_is_no_speaker(text: str, kind: str) -> None:
    for speaker, _, actors in _mentions(text):
        assert speaker != kind
        assert kind not in actors


def test_an_office_set_off_by_a_comma_from_the_verb_is_no_subject() -> None:
    # ("It seemed to come from the transport ministry, told drivers ...": what is left of the clause before
    # "told" once the subject is cut at the comma)
    assert _collective_speaker("the transport ministry, ", [], "", "")[0] == ""
    assert _collective_speaker("The transport ministry ", [], "", "")[0] == "Transport ministry"


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("The rebel army said on Friday it had taken the bridge.", "Army"),
        ("The opposition government said on Friday it would hold its own vote.", "Government"),
        ("The Dravo-run health ministry said on Friday it had counted 40 cases.", "Health ministry"),
    ],
)
def test_a_body_whose_owner_is_said_is_never_its_bare_kind(text: str, bare: str) -> None:
    (speaker, _, actors), *_ = _mentions(text)
    assert speaker != bare and bare not in actors
    assert speaker == "" or speaker.lower().endswith(bare.lower())


def test_a_named_owner_keeps_the_claim_a_claim() -> None:
    mentions = _mentions("The Harkani's defence ministry said on Friday it had shot down three drones.")
    assert all(speaker != "Defence ministry" for speaker, _, _ in mentions)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Borlen Corp said on Monday it had a loss.\n\nThe company said on Tuesday it would cut 300 jobs.",
            "Borlen Corp",
        ),
        (
            "Skyreach Airlines said on Monday its pilots would strike.\n\nThe airline said on Tuesday it "
            "would cancel 80 flights.",
            "Skyreach Airlines",
        ),
    ],
)
def test_the_bare_kind_is_the_body_named_before(text: str, speaker: str) -> None:
    assert _mentions(text)[-1][0] == speaker


def test_the_bare_kind_is_the_nationality_and_kind_named_before() -> None:
    text = (
        "The Kenyan army moved troops to the border on Monday.\n\n"
        "The army said on Tuesday it had retaken the town."
    )
    speaker, country, _ = _mentions(text)[-1]
    assert (speaker, country) == ("Kenyan army", "KEN")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The police involved were suspended on Monday.", "Police"),
        ("The army deployed to the border was attacked on Wednesday.", "Army"),
        ("The police killed in the raid were buried on Thursday.", "Police"),
        ("The government owned railway collapsed on Monday.", "Government"),
    ],
)
def test_a_participle_after_the_body_is_not_its_act(text: str, kind: str) -> None:
    assert all(kind not in actors for _, _, actors in _mentions(text))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Police arrested two men in Dorby on Monday.", "Police"),
        ("On Tuesday, Norwegian police arrested three skippers.", "Norwegian police"),
        ("The army shelled the ridge on Monday.", "Army"),
    ],
)
def test_a_kind_opening_the_sentence_acts(text: str, actor: str) -> None:
    assert _mentions(text)[0][2][:1] == (actor,)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Defence Minister Tom Pell Navy chiefs told him on Monday the plan was ready.", "Tom Pell Navy"),
        ("Secretary of State Ann Lee Department officials met on Wednesday.", "Ann Lee Department"),
    ],
)
def test_a_person_after_a_title_is_not_a_body_name(text: str, wrong: str) -> None:
    names = [e.text for e in load_gazetteer().find(text)]
    assert not any(wrong in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The General Water Office said on Monday it would sell the reservoir.", "General Water Office"),
        ("Attorney General Jane Roe said on Monday she would appeal.", "Jane Roe"),
    ],
)
def test_a_body_name_opening_with_a_role_word_stays_whole(text: str, name: str) -> None:
    assert any(name in e.text for e in load_gazetteer().find(text))

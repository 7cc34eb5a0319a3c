"""Who acts and speaks (actors46), with invented sentences: a person named between commas after the role
phrase that opens the sentence, with an auxiliary or a word of when before the verb ("The coach, Ana Ruiz,
was sacked"); "X, one of ...," as an apposition of the one who speaks; "one" opening an unnamed voice as an
article does; an age before a dash marks a name that is a person's, not a place's; a courtesy title before
a surname leaves out only the namesakes of the other sex."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import report_mentions

from events.extract.entities import load_gazetteer, namesake_meant

MONDAY = dt.date(2027, 5, 10)


def actors_of(sentence: str) -> tuple[str, ...]:
    """The actors of the first mention of a one-sentence report."""
    found = report_mentions(sentence, MONDAY)
    assert found, f"no mention in {sentence!r}"
    return tuple(found[0].actors)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The coach of the rowing club, Thomas Brandt, was sacked on Monday.", "Thomas Brandt"),
        (
            "The hospital's chief surgeon, Rajiv Menon, was suspended on Monday after the inquiry.",
            "Rajiv Menon",
        ),
        ("The party's candidate, Maria Delgado, has conceded defeat in the mayoral race.", "Maria Delgado"),
        (
            "The head of the Rowing Federation, Anna Kowalczyk, yesterday suggested the regatta would move.",
            "Anna Kowalczyk",
        ),
    ],
)
def test_a_person_named_after_a_role_with_a_linking_word_before_the_verb_is_an_actor(
    sentence: str, person: str
) -> None:
    assert person in actors_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        # what is acted on and is no person: a drug, a storm
        ("The new drug, Flucora Plus, was approved by regulators on Monday.", "Flucora Plus"),
        ("The storm, Hurricane Alex, was downgraded on Monday.", "Hurricane Alex"),
    ],
)
def test_a_thing_named_after_its_kind_with_a_linking_word_is_no_actor(sentence: str, thing: str) -> None:
    found = report_mentions(sentence, MONDAY)
    assert all(thing not in m.actors for m in found)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Acme, one of the largest retailers in Europe, said on Monday it would close 40 stores.", "Acme"),
        (
            "For its part, Norvex, one of Canada's biggest mining groups, said on Monday it would not bid.",
            "Norvex",
        ),
        (
            "In a statement, Judge Ann Moss, the presiding judge, said on Monday the trial would resume.",
            "Ann Moss",
        ),
    ],
)
def test_one_of_opens_an_apposition_of_the_speaker(sentence: str, speaker: str) -> None:
    found = report_mentions(sentence, MONDAY)
    assert found[0].speaker == speaker
    assert not any("Canada" in actor or "retailers" in actor.lower() for actor in found[0].actors)


def test_one_of_the_group_speaking_is_still_that_phrase() -> None:
    found = report_mentions("One of the officials said on Monday that the talks had failed.", MONDAY)
    assert found[0].speaker == "One of the officials"


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("One Senate aide said on Monday that the vote would be delayed.", "Senate aide"),
        ("One senior official said on Monday that the talks had failed.", "Senior official"),
    ],
)
def test_one_opens_an_unnamed_voice_as_an_article_does(sentence: str, voice: str) -> None:
    assert actors_of(sentence) == (voice,)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("One Nation said on Monday that it would field candidates in every seat.", "One Nation"),
        ("One Foundation said on Monday that it would fund the school.", "One Foundation"),
        ("Six Flags said on Monday that it would close two parks.", "Six Flags"),
    ],
)
def test_a_body_whose_name_opens_with_a_number_keeps_it(sentence: str, body: str) -> None:
    assert body in actors_of(sentence)


def test_an_age_before_a_dash_makes_a_place_name_a_persons() -> None:
    text = "The singer's children - Prince, 13, and Paris, 12 - spoke about their father in a TV interview."
    entities = load_gazetteer().find(text)
    assert not any(e.kind in ("place", "country") and e.text == "Paris" for e in entities)
    # (a place written before a date and a dash is still the place)
    other = "Talks opened in Paris, 12 - 14 May, and ended without a deal."
    assert any(e.kind == "place" and e.text == "Paris" for e in load_gazetteer().find(other))


def test_a_courtesy_title_keeps_a_namesake_whose_sex_the_text_does_not_tell() -> None:
    text = (
        "Janet Roe will not attend the gala. Lateefa Roe revealed she would sing at the gala. "
        "Ms Roe said the evening was for her brother."
    )
    people = {"Janet Roe": (), "Lateefa Roe": ()}
    assert namesake_meant(people, text.index("Ms Roe") + 3, text) == "Lateefa Roe"
    # (one of the other sex is still left out: "Mr Roe" is never Janet)
    men = "Janet Roe will not attend. Peter Roe revealed he would sing. Mr Roe said it was for his brother."
    assert namesake_meant({"Janet Roe": (), "Peter Roe": ()}, men.index("Mr Roe") + 3, men) == "Peter Roe"


def test_a_bodys_misspelt_name_is_the_form_written_most_often() -> None:
    from events.merge.actor_names import settled_names

    names = ["Minerals Safety Service", "Mineral Safety Service", "Minerals Safety Service"]
    assert settled_names(names) == {"Mineral Safety Service": "Minerals Safety Service"}
    # (other words, short words and people's names stay apart)
    assert settled_names(["Port Health Authority", "Post Health Authority"]) == {}
    assert settled_names(["Western Water Board", "Eastern Water Board"]) == {}
    assert settled_names(["Austrian National Bank", "Australian National Bank"]) == {}
    assert settled_names(["Marianne Roberts Smith", "Mariane Roberts Smith"]) == {}


def test_a_role_run_into_a_persons_name_is_the_person_named_alone() -> None:
    from events.merge.actor_names import settled_names

    # (a given name the lists lack, known as a nickname; a surname with a prefix before its second capital)
    assert settled_names(["Choreographer Kenny Roe", "Kenny Roe"]) == {"Choreographer Kenny Roe": "Kenny Roe"}
    assert settled_names(["Former Drummer Paul McAdoo", "Paul McAdoo"]) == {
        "Former Drummer Paul McAdoo": "Paul McAdoo"
    }
    assert settled_names(["McAdoo", "Paul McAdoo"]) == {"McAdoo": "Paul McAdoo"}
    # (one more given name before, or a body after, is another name)
    assert settled_names(["Mary Kate Roe", "Kate Roe"]) == {}
    assert settled_names(["Kenny Roe Foundation", "Kenny Roe"]) == {}


def test_a_person_named_before_a_joined_clause_with_its_own_speaker_does_not_speak() -> None:
    text = (
        "Jane Roe, from Leeds, had hoped to raise 500 pounds by cycling on Sunday for the appeal.\n\n"
        "Jane, who went back to school earlier, is still unaware of how much she has raised but "
        "Oxfam said she will be told when she visits its office later."
    )
    found = report_mentions(text, MONDAY)
    assert all(m.speaker != "Jane Roe" for m in found if "Oxfam said" in m.sentence.text)
    # (a name the lists know after the conjunction is read as before: the country speaks or not as it did)
    plain = report_mentions(
        "The striker scored twice on Sunday and Moreno said the team deserved it.", MONDAY
    )
    assert any(m.speaker == "Moreno" for m in plain) or not any(m.speaker for m in plain)

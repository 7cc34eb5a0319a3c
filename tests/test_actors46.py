"""Who acts and speaks (actors46), with invented sentences: a person named between commas after the role
phrase that opens the sentence, with an auxiliary or a word of when before the verb ("The coach, Ana Ruiz,
was sacked"); "X, one of ...," as an apposition of the one who speaks; "one" opening an unnamed voice as an
article does before a person noun; a body's misspelt name is the form written most often; and the cases
where none of these may fire (an object's apposition, "One Housing Group", "Marks and Spencer", two bodies
whose place names differ by a letter, a firm named after its founder, a courtesy title's namesakes)."""

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
        ("The suspect's mother, Linda Gray, was questioned on Monday.", "Linda Gray"),
        ("The building's architect, Frank Lowe, was honoured on Monday.", "Frank Lowe"),
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


def test_countries_in_a_table_with_scores_and_dashes_stay_countries() -> None:
    # (an age before a dash is no sign of a person: the rule written for one aside is out)
    text = "After Monday's games the table reads: Brazil, 12 - Argentina, 10 - Chile, 9."
    countries = {e.text for e in load_gazetteer().find(text) if e.kind == "country"}
    assert countries == {"Brazil", "Argentina", "Chile"}


@pytest.mark.parametrize(
    ("text", "title", "meant"),
    [
        (
            "Kwame Osei said he would appeal. Tavita Osei was also charged. Mr Osei said he was innocent.",
            "Mr Osei",
            "Kwame Osei",
        ),
        (
            "Judge Robin Hale said he would rule soon. Kim Hale was in court. Mr Hale said it was weak.",
            "Mr Hale",
            "Robin Hale",
        ),
    ],
)
def test_a_courtesy_title_means_the_namesake_known_of_its_sex_first(
    text: str, title: str, meant: str
) -> None:
    people = {name: () for name in {meant, *(n for n in ("Tavita Osei", "Kim Hale") if n in text)}}
    assert namesake_meant(people, text.index(title) + 3, text) == meant


def test_a_bodys_misspelt_name_is_the_form_written_most_often() -> None:
    from events.merge.actor_names import settled_names

    names = ["Minerals Safety Service", "Mineral Safety Service", "Minerals Safety Service"]
    assert settled_names(names) == {"Mineral Safety Service": "Minerals Safety Service"}
    # (other words, short words and people's names stay apart)
    assert settled_names(["Port Health Authority", "Post Health Authority"]) == {}
    assert settled_names(["Western Water Board", "Eastern Water Board"]) == {}
    assert settled_names(["Austrian National Bank", "Australian National Bank"]) == {}
    assert settled_names(["Marianne Roberts Smith", "Mariane Roberts Smith"]) == {}


@pytest.mark.parametrize(
    "names",
    [
        # (a place the lists know, or a word before "County" or "City": another body, never a slip)
        ["Bolton Police Department", "Boston Police Department"],
        ["Austen Police Department", "Austin Police Department"],
        ["Mason County Sheriff Office", "Macon County Sheriff Office"],
        ["Darby City Council", "Derby City Council"],
        ["Marian County Health Department", "Marion County Health Department"],
        # (written as often, with nothing to tell which is the slip)
        ["Coastal Heath Organization", "Coastal Health Organization"],
    ],
)
def test_bodies_whose_names_differ_in_a_place_or_tie_stay_apart(names: list[str]) -> None:
    from events.merge.actor_names import settled_names

    assert settled_names(names) == {}


def test_a_tie_of_a_misspelt_body_goes_to_the_form_whose_words_other_names_share() -> None:
    from events.merge.actor_names import settled_names

    names = ["Coastal Heath Organization", "Coastal Health Organization", "Health Ministry"]
    assert settled_names(names) == {"Coastal Heath Organization": "Coastal Health Organization"}


def test_a_role_run_into_a_persons_name_is_the_person_named_alone() -> None:
    from events.merge.actor_names import settled_names

    # (a given name the lists lack, known as a nickname; a surname with a prefix before its second capital)
    assert settled_names(["Choreographer Kenny Roe", "Kenny Roe"]) == {"Choreographer Kenny Roe": "Kenny Roe"}
    assert settled_names(["Former Drummer Paul McAdoo", "Paul McAdoo"]) == {
        "Former Drummer Paul McAdoo": "Paul McAdoo"
    }
    assert settled_names(["Ian R. McAdoo", "Ian McAdoo"]) == {"Ian McAdoo": "Ian R. McAdoo"}
    # (one more given name before, or a body after, is another name)
    assert settled_names(["Mary Kate Roe", "Kate Roe"]) == {}
    assert settled_names(["Kenny Roe Foundation", "Kenny Roe"]) == {}


def test_a_prefixed_surname_alone_is_no_person_of_that_name() -> None:
    from events.merge.actor_names import settled_names

    # ("McAdoo said it would appeal": a firm named after its founder as often)
    assert settled_names(["McAdoo", "Bruce McAdoo"]) == {}
    assert settled_names(["MacRory", "Harold MacRory"]) == {}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Marks and Spencer said on Monday that it would close 30 stores.", "Marks and Spencer"),
        ("Barnes and Noble said on Monday that profit fell in the quarter.", "Barnes and Noble"),
        ("Johnson and Johnson said on Monday it would recall 40,000 bottles.", "Johnson and Johnson"),
        # ("Several" opens a count of people, as it did)
        (
            "Several Republican lawmakers at the hearing blasted the regulator as they said it was slow.",
            "Several Republican lawmakers",
        ),
    ],
)
def test_a_firm_named_x_and_y_speaks(sentence: str, speaker: str) -> None:
    found = report_mentions(sentence, MONDAY)
    assert found[0].speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The attacker stabbed a security guard, John Bell, then fled on foot on Monday.",
        "A lorry struck a pedestrian, Mary Cole, then drove off on Monday.",
        "The mother of the missing girl, Amy Fox, was questioned by detectives on Monday.",
        "Supporters of the jailed activist, Omar Haddad, yesterday marched to the court.",
        "The ship, Mary Rose, was raised from the seabed on Monday.",
        "The airport, John Lennon Airport, was closed on Monday after a bomb scare.",
    ],
)
def test_a_name_set_off_after_an_object_a_nearer_person_or_a_thing_is_no_actor(sentence: str) -> None:
    name = sentence.split(", ")[1]
    assert all(name not in m.actors for m in report_mentions(sentence, MONDAY))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("One Housing Group said on Monday that it would build 500 homes.", "One Housing Group"),
        ("One World Trade Center was evacuated on Monday after a bomb threat.", "One World Trade Center"),
    ],
)
def test_one_before_a_body_and_a_verb_is_part_of_its_name(sentence: str, body: str) -> None:
    assert body in actors_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("One in five doctors said on Monday that they planned to leave.", "One in five doctors"),
        ("One hundred residents said on Monday they had been evacuated.", "One hundred residents"),
    ],
)
def test_one_before_a_share_or_a_number_is_no_article(sentence: str, speaker: str) -> None:
    assert report_mentions(sentence, MONDAY)[0].speaker == speaker

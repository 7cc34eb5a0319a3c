"""Who said it (speakers31): an office named alone is its one holder or stays the office as said, never the
last speaker; remarks of an office no one in the report holds are kept; a country speaking is its government,
an actor of what it said. All texts are our own."""

from __future__ import annotations

import datetime as dt

from reports import report_mentions

TUESDAY = dt.date(2027, 5, 11)


def speakers(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each sentence's opening words -> (speaker, actors) of its first mention."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for mention in report_mentions(text, TUESDAY):
        found.setdefault(" ".join(mention.sentence.text.split()[:3]), (mention.speaker, mention.actors))
    return found


def test_an_office_nobody_holds_is_not_the_last_speaker() -> None:
    said = speakers(
        "Tom Hale, the mayor of Kestrel, said on Tuesday the town had run out of sandbags.\n\n"
        "The minister said 40 people had died in the floods."
    )
    assert said["The minister said"][0] == "Minister"


def test_an_office_two_people_hold_is_not_either_nor_the_last_speaker() -> None:
    said = speakers(
        "Health Minister Ann Corrigan and Trade Minister Bob Tarrant met the mayor, Tom Hale, on Tuesday.\n\n"
        "Tom Hale said the town was safe.\n\n"
        "The minister said 40 people had died in the floods."
    )
    assert said["The minister said"][0] == "Minister"


def test_an_office_held_by_a_title_and_a_surname_is_that_person() -> None:
    said = speakers(
        "President Okafor said on Tuesday the border would close at midnight.\n\n"
        "Jane Roe, a lawyer for the truckers, said the ruling was unfair.\n\n"
        "The president said the army would guard the crossings."
    )
    assert said["The president said"][0] == "Okafor"


def test_an_abbreviated_title_names_the_holder() -> None:
    said = speakers(
        "Sen. Ana Okafor said on Wednesday she would oppose the mining bill.\n\n"
        "Jane Roe, a lawyer for the miners, said the bill would cost 900 jobs.\n\n"
        "The senator said the vote would be held on Friday."
    )
    assert said["The senator said"][0] == "Ana Okafor"


def test_the_unnamed_official_heard_last_speaks_on() -> None:
    said = speakers(
        "A defence official said on Tuesday the troops would leave the port in May.\n\n"
        "The official said the bases would close."
    )
    assert said["The official said"][0] == "Defence official"


def test_remarks_of_an_office_named_by_nobody_are_kept() -> None:
    said = speakers(
        "The minister said the new tariffs would protect local farmers from cheap imports.\n\n"
        "Turnout at the market was low, traders said."
    )
    assert said["The minister said"][0] == "Minister"


def test_a_country_speaking_is_an_actor_as_its_government_is() -> None:
    said = speakers(
        "Norway said on Monday it would send two ships to the flooded coast.\n\n"
        "The Danish government said on Tuesday it would send a field hospital."
    )
    assert said["Norway said on"] == ("Norway", ("Norway",))
    assert said["The Danish government"][1] == ("Danish government",)


def test_a_surname_speaker_named_in_full_once_is_one_actor() -> None:
    said = speakers(
        "Judge Marta Okonedo postponed the trial of the surgeon Tom Hale on Tuesday.\n\n"
        '"The court will sit again in June," Okonedo said, adding that Okonedo had read the file.'
    )
    speaker, actors = said['"The court will']
    assert speaker == "Marta Okonedo"
    assert "Okonedo" not in actors


def test_the_spokesman_after_a_body_spoke_speaks_for_that_body() -> None:
    said = speakers(
        "Chief Executive Tom Lund announced on Tuesday that safety would decide bonuses.\n\n"
        "A spokesman for the Kestrel Port Authority confirmed the memo on Tuesday.\n\n"
        "The spokesman said the review would end in March."
    )
    assert said["The spokesman said"][0] == "Kestrel Port Authority"


def test_a_country_only_named_in_passing_is_no_actor() -> None:
    said = speakers("Lukoil, one of Russia's biggest firms, said on Monday it would not bid for the field.")
    assert "Russia" not in said["Lukoil, one of"][1]


def test_an_office_no_one_holds_after_a_person_of_no_office_describes_that_person() -> None:
    said = speakers(
        "Ana Lund, who has advised the growers for years, said on Tuesday they were angry.\n\n"
        "The union leader said the tariff would ruin small farms."
    )
    assert said["The union leader"][0] == "Ana Lund"


def test_of_two_holders_the_one_titled_is_the_office_alone() -> None:
    said = speakers(
        "President Ana Ruiz opened the new port on Tuesday.\n\n"
        '"We were not asked," said Tom Hale, the president of the dockers union.\n\n'
        "The president said the port would create 3,000 jobs."
    )
    assert said["The president said"][0] == "Ana Ruiz"


def test_of_two_holders_the_one_of_no_named_country_is_the_office_alone() -> None:
    said = speakers(
        "Trade secretary, Jane Roe, will address parliament on Tuesday.\n\n"
        "Mexican trade secretary Luis Ortega said on Monday that exports had fallen.\n\n"
        "Tariffs will rise in June, the trade secretary added."
    )
    assert said["Tariffs will rise"][0] == "Jane Roe"

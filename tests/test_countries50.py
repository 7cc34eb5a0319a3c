"""A body of no state (the UN, the Red Cross) acting in a report of one country's news is set in that
country; in a report that speaks of many countries it speaks to the world and is set nowhere."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import Gazetteer, load_gazetteer, takes_the_reports_country, told_of_the_world
from events.extract.mentions import Mention, extract_mentions


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def mentions_of(text: str, gazetteer: Gazetteer) -> list[Mention]:
    article = prepare_article("storm.txt", text, SourceRow(published=dt.date(2026, 3, 11)))
    return extract_mentions(article, gazetteer)


# A storm report set in Peru by its places (Cusco, Arequipa, Lima and Peru named as where)
STORM = (
    "Heavy rain flooded Cusco in Peru on Monday, and rivers burst their banks near Arequipa.\n\n"
    "Roads out of Lima were closed on Tuesday as the water rose.\n\n"
    "The Red Cross said on Tuesday that 4,000 families had lost their homes.\n\n"
    "The United Nations launched an appeal for $20m on Wednesday.\n"
)


def test_a_stateless_body_acting_in_one_countrys_story_is_set_there(gazetteer: Gazetteer) -> None:
    mentions = mentions_of(STORM, gazetteer)
    bodies = [m for m in mentions if "Red Cross" in m.sentence.text or "appeal" in m.sentence.text]
    assert bodies
    assert all((m.countries, m.home_country) == ((), "PER") for m in bodies)


def test_a_stateless_body_in_a_report_of_many_countries_is_set_nowhere(gazetteer: Gazetteer) -> None:
    # the same report, once it tells of cases in many countries: the body speaks to the world
    text = STORM + "\nCholera cases have now been reported in 14 countries of the region.\n"
    mentions = mentions_of(text, gazetteer)
    bodies = [m for m in mentions if "Red Cross" in m.sentence.text or "appeal" in m.sentence.text]
    assert bodies
    assert all(m.home_country == "" for m in bodies)


def test_a_place_of_its_own_still_keeps_a_sentence_from_the_reports_country(gazetteer: Gazetteer) -> None:
    text = "The Red Cross said on Tuesday it had flown tents to Bolivia."
    entities = gazetteer.find(text)
    assert not takes_the_reports_country(entities)
    assert takes_the_reports_country(gazetteer.find("The Red Cross said on Tuesday it had flown in tents."))
    assert not takes_the_reports_country(
        gazetteer.find("The Red Cross said on Tuesday it had flown in tents."), told_of_the_world=True
    )


def test_a_report_of_a_global_matter_tells_of_the_world() -> None:
    assert told_of_the_world("Markets fell as fears of a global slowdown grew.")
    assert told_of_the_world("The health agency raised its pandemic alert on Monday.")
    assert told_of_the_world("Cases have been confirmed in 12 countries.")
    assert not told_of_the_world("Heavy rain flooded the valley and the Red Cross sent tents.")

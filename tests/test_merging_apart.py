"""Merging that tells happenings apart: one event only when the reports share people, places or figures;
the same happening told in other words by another outlet is one. All texts are our own."""

from __future__ import annotations

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from tests.reports import MONDAY, build_monday_reports

build = build_monday_reports


def test_two_tolls_of_one_day_in_different_places_are_two_events() -> None:
    found = build(
        "At least 40 people were killed in fighting near Kharkiv on Sunday, officials said.",
        "Floods killed 12 people in the Brazilian state of Bahia on Sunday, the civil defence agency said.",
    )
    assert [f for f in found if f[0] == "casualties"] == [
        ("casualties", "2026-03-08", 1),
        ("casualties", "2026-03-08", 1),
    ]


def test_the_same_arrest_in_other_words_is_one_event() -> None:
    found = build(
        "Police in Lagos arrested the former governor on Sunday over the missing funds.",
        "The ex-governor was taken into custody in Lagos on Sunday, his lawyer told reporters.",
    )
    assert ("arrest", "2026-03-08", 2) in found


def test_two_arrests_of_one_day_in_two_cities_are_two_events() -> None:
    found = build(
        "Police in Lagos arrested a former governor on Sunday over missing funds.",
        "Police in Nairobi arrested three journalists on Sunday after a protest.",
    )
    assert [f for f in found if f[0] == "arrest"] == [
        ("arrest", "2026-03-08", 1),
        ("arrest", "2026-03-08", 1),
    ]


def test_confidence_orders_corroborated_dated_acts_above_undated_remarks() -> None:
    articles = (
        prepare_article(
            "own-a.txt",
            "Police in Lagos arrested the former governor on Sunday over the missing funds.\n\n"
            "Officials said the investigation was going well.\n",
            SourceRow(published=MONDAY, outlet="A"),
        ),
        prepare_article(
            "own-b.txt",
            "The ex-governor was taken into custody in Lagos on Sunday, his lawyer told reporters.\n",
            SourceRow(published=MONDAY, outlet="B"),
        ),
    )
    events = build_tables(Corpus(articles=articles)).events.set_index("event_type")
    assert events.loc["arrest", "confidence"] > events.loc["statement", "confidence"]
    assert events.loc["arrest", "confidence"] >= 0.85


def test_an_act_with_someone_named_to_have_done_it_is_surer_than_one_with_nobody() -> None:
    article = prepare_article(
        "own.txt",
        "The Red Cross flew 40 tonnes of medicine to the island on Sunday.\n\n"
        "Three boats of rice reached the northern coast on Saturday after the storm.\n",
        SourceRow(published=MONDAY, outlet="A"),
    )
    events = build_tables(Corpus(articles=(article,))).events
    named = events[events["actors"].astype(str).str.contains("Red Cross")]
    nobody = events[~events["actors"].astype(str).str.contains("Red Cross")]
    assert len(named) == 1 and len(nobody) == 1, events[["title", "actors"]]
    assert named["confidence"].iloc[0] > nobody["confidence"].iloc[0]


def titles_of(text: str) -> list[str]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=MONDAY, outlet="Outlet"))
    return list(build_tables(Corpus(articles=(article,))).events["title"])


def test_he_in_a_title_stands_for_a_person_never_for_a_body_of_people() -> None:
    titles = titles_of(
        "Authorities said on Sunday he was detained by police at the border crossing near Ruse. "
        "Ruth Adebayo, the harbour master, said on Sunday she would close the port to tankers."
    )
    assert not any(title.startswith("Authorities was") for title in titles), titles
    # (the deed she announces, with her as its subject or as the one who says it: saidtype41's titles keep
    # the speaker of a deed said)
    assert any(
        "Ruth Adebayo would close the port" in title or "Ruth Adebayo says she would close the port" in title
        for title in titles
    ), titles


def test_an_undated_detail_about_someone_named_goes_on_about_the_dated_act() -> None:
    found = build(
        "A court in Nairobi on Friday convicted former minister Peter Kamau of fraud.\n\n"
        "The judges acquitted him of two lesser charges of forgery."
    )
    assert [f for f in found if f[0] == "legal"] == [("legal", "2026-03-06", 1)]


def test_an_undated_act_of_the_same_kind_naming_nobody_stays_apart() -> None:
    found = build(
        "The junta imposed a nightly curfew on Sunday.\n\n"
        "Mobile internet was cut for several hours across the capital."
    )
    assert len([f for f in found if f[0] == "policy"]) == 2


def test_one_reports_unnamed_officials_of_one_day_are_one_voice() -> None:
    found = build(
        "Officials said on Sunday that nobody would be allowed to leave the stadium.\n\n"
        "Health officials said on Sunday that food and water would be brought to those inside."
    )
    assert found == [("statement", "2026-03-08", 1)]


def test_unnamed_officials_in_two_reports_of_other_places_stay_apart() -> None:
    found = build(
        "Officials said on Sunday that the dam near Tarbela was safe.",
        "Health officials said on Sunday that 12 new cases had been found in Lima.",
    )
    assert len(found) == 2


def test_a_happening_named_again_by_its_day_joins_the_one_told() -> None:
    found = build(
        "A magnitude 6.1 earthquake struck the province of Van on Saturday, toppling dozens of houses.\n\n"
        "The Kartal Institute, which put Saturday's quake at 5.9, said it was unrelated to an old fault."
    )
    assert [f for f in found if f[0] == "disaster"] == [("disaster", "2026-03-07", 1)]


def test_the_next_sentence_going_on_about_the_same_persons_act_is_one_event() -> None:
    found = build(
        "The Chilean traveller arrived in Lisbon from Santiago on Sunday after a stopover in Madrid.\n\n"
        "He developed a cough after landing and took a bus to a clinic on Sunday evening."
    )
    assert found == [("other", "2026-03-08", 1)]


def test_two_acts_of_one_day_told_of_different_people_stay_apart() -> None:
    found = build(
        "The Chilean traveller arrived in Lisbon from Santiago on Sunday after a stopover in Madrid.\n\n"
        "A Peruvian nurse developed a cough after landing and took a bus to a clinic on Sunday evening."
    )
    assert found == [("other", "2026-03-08", 1), ("other", "2026-03-08", 1)]


def test_two_acts_of_no_named_kind_sharing_only_a_country_stay_apart() -> None:
    text = (
        "The Portuguese president met opposition leaders in parliament on Sunday.\n\n"
        "A Portuguese cafe owner has served her last plate of grilled sardines."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=MONDAY))
    tables = build_tables(Corpus(articles=(article,)))
    assert list(tables.mentions["sentence"]) == [
        "The Portuguese president met opposition leaders in parliament on Sunday."
    ]


def test_a_spokesperson_and_the_body_they_speak_for_are_one_voice() -> None:
    found = build(
        "Harbour Authority spokesman Mark Roe said on Sunday that the crane had failed.\n\n"
        "The Harbour Authority said on Sunday that the crane had failed twice before.\n\n"
        "Ines Lamb, a Water Board spokeswoman, said on Sunday that the pipes were safe.\n\n"
        "The Water Board said on Sunday that the pipes had been tested."
    )
    assert found == [("statement", "2026-03-08", 1), ("statement", "2026-03-08", 1)]


def test_a_person_who_speaks_of_a_body_is_not_its_voice() -> None:
    found = build(
        "Mark Roe said on Sunday that the Harbour Authority had ignored the warnings.\n\n"
        "The Harbour Authority said on Sunday that it had acted on every warning."
    )
    assert len(found) == 2


def test_an_office_and_the_body_it_belongs_to_are_one_voice() -> None:
    found = build(
        "The Water Board's Office of Quality Control said on Sunday that the pipes were safe.\n\n"
        "The Water Board said on Sunday that the pipes had been tested."
    )
    assert found == [("statement", "2026-03-08", 1)]


def test_an_undated_act_sharing_only_a_party_and_the_storys_word_joins_no_dated_act() -> None:
    # both name NATO and the crash, the story's own word; nothing else tells of one act
    found = build(
        "NATO has moved its patrol ships away from the islands after the crash.",
        "NATO opened an inquiry into the crash on 2 March.",
    )
    # (the first report's lead, in the present perfect, is its own news of the day: it stays apart)
    assert found == [("other", "2026-03-02", 1), ("other", "2026-03-09", 1)]


def test_two_deployments_of_one_day_by_a_body_and_a_state_are_two_events() -> None:
    found = build(
        "The UN sent 3,500 extra troops to the capital on Sunday.",
        "The United States deployed 2,000 marines to the capital on Sunday.",
    )
    assert found == [("deployment", "2026-03-08", 1), ("deployment", "2026-03-08", 1)]


def test_one_deployment_told_by_the_country_and_by_its_capital_is_one_event() -> None:
    found = build(
        "North Korea sent 11,000 troops to the Kursk region on Sunday.",
        "Pyongyang deployed 11,000 soldiers to the Kursk region on Sunday, Ukraine's president said.",
    )
    assert ("deployment", "2026-03-08", 2) in found


def _one_report(*sentences: str) -> list[tuple[str, str, int]]:
    """(type, date, number of sources) of each event of one report made of these paragraphs, sorted."""
    article = prepare_article(
        "own-one.txt", "\n\n".join(sentences) + "\n", SourceRow(published=MONDAY, outlet="A")
    )
    events = build_tables(Corpus(articles=(article,))).events
    return sorted(
        zip(events["event_type"], events["date"].dt.strftime("%Y-%m-%d"), events["n_sources"], strict=True)
    )


def test_two_orders_of_one_report_in_one_country_sharing_only_the_verb_are_two_events() -> None:
    found = _one_report(
        "Peruvian authorities on Sunday ordered the closure of all schools in the capital.",
        "In Cusco, residents were ordered on Sunday not to gather in markets.",
    )
    assert [f for f in found if f[0] == "policy"] == [
        ("policy", "2026-03-08", 1),
        ("policy", "2026-03-08", 1),
    ]


def test_one_order_of_one_report_told_twice_in_one_country_is_one_event() -> None:
    found = _one_report(
        "Peruvian authorities on Sunday ordered the closure of all schools in the capital.",
        "In Cusco, the closure of all schools was ordered on Sunday as well.",
    )
    assert [f for f in found if f[0] == "policy"] == [("policy", "2026-03-08", 1)]


def test_one_reports_two_arrests_counting_other_people_are_two_events() -> None:
    found = build(
        "Police arrested 14 students in the capital on Sunday during the tuition protest, the interior "
        "ministry said.\n\nPolice arrested nine farmers at the border crossing on Sunday during the protest, "
        "the interior ministry said."
    )
    assert [f for f in found if f[0] == "arrest"] == [
        ("arrest", "2026-03-08", 1),
        ("arrest", "2026-03-08", 1),
    ]


def test_one_arrest_counted_otherwise_by_two_outlets_stays_one_event() -> None:
    found = build(
        "Police arrested 14 students outside parliament in the capital on Sunday after a rally against "
        "tuition fees.",
        "Officers detained 15 students outside parliament in the capital on Sunday after a rally against "
        "tuition fees, a union leader said.",
    )
    assert ("arrest", "2026-03-08", 2) in found


def test_a_flood_and_a_fire_of_one_day_and_one_valley_are_two_events() -> None:
    found = build(
        "Floods destroyed a footbridge in the northern valley on Sunday, the regional council said.\n\n"
        "A fire destroyed a grain silo in the northern valley on Sunday, the regional council said."
    )
    assert [f for f in found if f[0] == "disaster"] == [
        ("disaster", "2026-03-08", 1),
        ("disaster", "2026-03-08", 1),
    ]


def test_an_earthquake_and_a_storm_told_in_the_same_words_are_two_events() -> None:
    found = build(
        "An earthquake struck the mountain region of Velora on Sunday, damaging roads, the regional council "
        "said.",
        "A storm struck the mountain region of Velora on Sunday, damaging roads, the regional council said.",
    )
    assert [f for f in found if f[0] == "disaster"] == [
        ("disaster", "2026-03-08", 1),
        ("disaster", "2026-03-08", 1),
    ]


def test_an_explosion_and_the_fire_it_started_told_by_two_outlets_are_one_event() -> None:
    found = build(
        "An explosion ripped through a fertiliser plant in the port of Velmar on Sunday, the fire service "
        "said.",
        "A fire destroyed the fertiliser plant in the port of Velmar on Sunday, firefighters said.",
    )
    assert ("disaster", "2026-03-08", 2) in found


def test_an_earthquake_and_the_tsunami_it_raised_told_by_two_outlets_are_one_event() -> None:
    found = build(
        "An earthquake struck the island of Velora on Sunday, destroying the harbour, the coastguard said.",
        "A tsunami struck the island of Velora on Sunday, destroying the harbour, the coastguard said.",
    )
    assert ("disaster", "2026-03-08", 2) in found

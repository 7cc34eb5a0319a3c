"""Remarks in the present tense that open a report: news copy tells the day's news in the present, so a
lead whose words tell a deed done ("claims the official hid the ledgers") is the report's news, while a
view that holds from day to day is no event. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

MONDAY = dt.date(2026, 3, 9)


def mentions_of(body: str) -> list[Mention]:
    article = prepare_article("own.txt", "Headline of the story\n\n" + body, SourceRow(published=MONDAY))
    return extract_mentions(article, load_gazetteer())


def test_a_lead_claiming_a_deed_done_is_the_reports_news() -> None:
    found = mentions_of(
        "A former aide to the mayor, Tomas Reyes, claims that the mayor shredded the tender files.\n\n"
        "The council will meet next month.\n"
    )
    lead = [m for m in found if "shredded" in m.sentence.text]
    assert [(m.speaker, m.date_start) for m in lead] == [("Tomas Reyes", MONDAY)]


def test_a_lead_insisting_on_a_view_is_no_event() -> None:
    found = mentions_of("The harbour board insists the port is safe for large ships.\n")
    assert not [m for m in found if "insists" in m.sentence.text]


def test_a_lead_told_in_the_present_by_a_named_speaker_is_the_reports_news() -> None:
    found = mentions_of(
        "Water Minister Petra Kovic says the drought in the eastern valleys is over.\n\n"
        "Clinics in the region will reopen on Friday.\n"
    )
    lead = [m for m in found if "is over" in m.sentence.text]
    assert [(m.speaker, m.date_start) for m in lead] == [("Petra Kovic", MONDAY)]


def test_a_lead_putting_a_standing_position_is_no_event() -> None:
    found = mentions_of(
        "Foreign Minister Jon Halvorsen says his country is neutral in the border quarrel.\n\n"
        "Talks between the two neighbours will resume on Friday.\n"
    )
    assert not [m for m in found if "neutral" in m.sentence.text]


def test_a_lead_describing_what_a_thing_is_is_no_event() -> None:
    found = mentions_of(
        "Governor Lena Morvik says her tour of the river towns is not a campaign stop.\n\n"
        "The towns will get aid from next week.\n"
    )
    assert not [m for m in found if "campaign stop" in m.sentence.text]


def test_a_change_of_state_declared_further_down_is_the_reports_news() -> None:
    found = mentions_of(
        "Schools across the province will reopen on Friday.\n\n"
        "Buses will run on the usual routes.\n\n"
        "Water Minister Petra Kovic says the drought is over.\n\n"
        "Transport Minister Ivo Brandt says the coastal road is now open.\n\n"
        "The Bank of Norland says inflation is 6.5 percent.\n"
    )
    declared = [m for m in found if "says" in m.sentence.text]
    assert [(m.speaker, m.date_start) for m in declared] == [
        ("Petra Kovic", MONDAY),
        ("Ivo Brandt", MONDAY),
        ("Bank of Norland", MONDAY),
    ]


def test_a_view_further_down_is_still_no_event() -> None:
    found = mentions_of(
        "Schools across the province will reopen on Friday.\n\n"
        "Health Minister Petra Kovic says the province is a model for its neighbours.\n"
    )
    assert not [m for m in found if "model" in m.sentence.text]


def test_a_change_doubted_further_down_is_no_event() -> None:
    found = mentions_of(
        "Schools across the province will reopen on Friday.\n\n"
        "Water Minister Petra Kovic says there is no sign the drought is over.\n"
    )
    assert not [m for m in found if "no sign" in m.sentence.text]


def test_a_ministers_view_in_the_lead_is_no_event() -> None:
    # (a view holds from day to day, whatever words it is put in)
    found = mentions_of(
        "Trade Minister Selma Ortun says the currency is sound.\n\nMarkets in Varn reopen on Friday.\n"
    )
    assert not [m for m in found if "is sound" in m.sentence.text]


def test_a_lead_declaring_an_emergency_or_owning_a_deed_is_the_reports_news() -> None:
    for lead, speaker in (
        ("The Health Agency of Norland says the fever is a national emergency.", "Health Agency of Norland"),
        ("The Kestin Brigade says it is responsible for the raid.", "Kestin Brigade"),
    ):
        found = mentions_of(lead + "\n\nClinics in the region will reopen on Friday.\n")
        said = [m for m in found if m.sentence.text == lead]
        assert [(m.speaker, m.date_start) for m in said] == [(speaker, MONDAY)], lead


def test_a_lead_telling_a_plan_or_a_figure_is_the_reports_news() -> None:
    for lead in (
        "The Ministry of Ports says it will close the northern quay.",
        "The Ministry of Ports says 12 ships have run aground.",
    ):
        found = mentions_of(lead + "\n\nThe quay will reopen next month.\n")
        assert [m.date_start for m in found if m.sentence.text == lead] == [MONDAY], lead

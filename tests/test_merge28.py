"""Merging that tells happenings apart and keeps one happening whole (merge28): acts of one kind and day in
countries both reports name, none in common, are two happenings, whatever agency or words they share; one
report's counts spelled out ("four cases") tell two counts apart as digits do; a speaker a report names
beside the body they speak for, and then by name, is one voice. All texts are our own."""

from __future__ import annotations

import dataclasses

from reports import SATURDAY, build_reports, report_mentions, saturday_happenings

from events.merge.clusters import _named_in_full_for


def test_first_cases_of_two_countries_on_one_day_are_two_happenings() -> None:
    # the agency that counted both (named in the first report's next sentence and in the second report) is
    # no reason to make one country's first cases the other's
    found = saturday_happenings(
        "Chile on Saturday confirmed its first three cases of the new flu after tests showed the wife of the "
        "first patient had also caught it, a Health Ministry official said.\n\n"
        "The WHO has said there were 9,100 confirmed cases of infection with the new strain.",
        "The number of countries reporting confirmed infections has risen to 31, with Peru and Bolivia "
        "confirming their first infections, the WHO said in its latest tally.",
    )
    # (the world total is another count than Chile's three, so it is not Chile's happening either)
    assert ("disaster", ["Chile on Saturday confir"]) in found


def test_first_cases_of_two_countries_counted_by_one_agency_are_two_happenings() -> None:
    found = saturday_happenings(
        "Chile on Saturday confirmed its first cases of the new flu, according to the WHO's daily update.",
        "The number of countries reporting confirmed infections has risen to 31, with Peru and Bolivia "
        "confirming their first infections, the WHO said in its latest tally.",
    )
    assert found == [("disaster", ["Chile on Saturday confir"]), ("disaster", ["The number of countries "])]


def test_a_world_total_is_not_one_countrys_first_cases() -> None:
    # "its first three cases" and "9,100 confirmed cases" in one report: two counts, two happenings
    found = saturday_happenings(
        "Chile on Saturday confirmed its first three cases of the new flu, a Health Ministry official said."
        "\n\nThe WHO has said there were 9,100 confirmed cases of infection with the new strain.",
    )
    assert ("disaster", ["Chile on Saturday confir"]) in found


def test_one_countrys_case_told_twice_by_two_reports_stays_one_happening() -> None:
    found = saturday_happenings(
        "Chile on Saturday confirmed its first three cases of the new flu, a Health Ministry official said.",
        "Chile confirmed its first three cases of the new flu on Saturday, the WHO said.",
    )
    assert [(kind, len(reports)) for kind, reports in found if kind == "disaster"] == [("disaster", 2)]


def test_a_spokeswoman_named_in_full_then_by_surname_is_one_voice() -> None:
    # "Ana Lindqvist, the Health Ministry's spokeswoman" reads as the ministry's voice; "Lindqvist said" a
    # sentence later is the same person speaking for it, on the same day: one statement
    found = build_reports(
        (
            SATURDAY,
            "Tests showed the patient's daughter had also caught the virus, Ana Lindqvist, the Health "
            "Ministry's spokeswoman, told reporters on Saturday.\n\n"
            '"Nobody else in the family has fallen ill," Lindqvist said.',
        )
    )
    assert [(kind, n) for kind, _day, _end, _title, n in found] == [("statement", 1)]


def test_the_head_of_a_department_named_in_full_then_by_surname_is_one_voice() -> None:
    found = build_reports(
        (
            SATURDAY,
            "The bridge will stay shut, Marta Okafor, head of the Transport Department, told a local radio "
            "station on Saturday.\n\n"
            '"Inspectors found cracks in two of the piers," Okafor said.',
        )
    )
    assert [kind for kind, *_ in found] == ["statement"]


def test_a_name_in_apposition_speaks_only_for_the_body_its_role_names() -> None:
    lead, quote = report_mentions(
        "Tests showed the patient's daughter had also caught the virus, Ana Lindqvist, the Health Ministry's "
        "spokeswoman, told reporters on Saturday.\n\n"
        '"Nobody else in the family has fallen ill," Lindqvist said.',
        SATURDAY,
    )
    # the surname alone is the person named in full before it (speakers28's coreference); the person
    # described after the comma that closes what was said speaks (voices55), not her ministry
    assert (lead.speaker, quote.speaker) == ("Ana Lindqvist", "Ana Lindqvist")
    # (where the apposition is read as the body's voice, the person named in it is still that voice)
    lead = dataclasses.replace(lead, speaker="Health Ministry")
    assert _named_in_full_for(quote, lead)
    assert _named_in_full_for(dataclasses.replace(quote, speaker="Lindqvist"), lead)
    # another person, or remarks of a body the apposition does not name, are other voices
    assert not _named_in_full_for(dataclasses.replace(quote, speaker="Roe"), lead)
    assert not _named_in_full_for(quote, dataclasses.replace(lead, speaker="Transport Department"))

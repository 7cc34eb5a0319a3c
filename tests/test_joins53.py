"""One happening told twice in one report joins as one event (issue 7): the gist a report gives of a
person's remarks in its own words ("played down", "assailed") and the words it then quotes are one set of
remarks; an act the person did, or another person's gist, stays apart. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports

TUESDAY = dt.date(2026, 3, 10)
LEAD = "Finance ministers of the region met in Lisbon on Monday to discuss the trade deal.\n\n"


def events_of(text: str) -> list[tuple[str, str, str, str, int]]:
    return build_reports((TUESDAY, LEAD + text))


def test_the_gist_of_remarks_and_the_words_quoted_are_one_event() -> None:
    found = events_of(
        "Finance Minister Ana Ruiz played down fears of a recession on Monday.\n\n"
        '"The economy is growing and the banks are sound," Ruiz said.'
    )
    remarks = [e for e in found if "Ruiz" in e[3]]
    assert len(remarks) == 1
    assert remarks[0][0] == "statement"  # (remarks, not an act of no named kind)
    assert remarks[0][1] == "2026-03-09"


@pytest.mark.parametrize(
    "gist",
    [
        "assailed the government's handling of the port strike",
        "hit out at the government over the port strike",
        "sounded a gloomy note on the port strike",
    ],
)
def test_a_gist_verb_of_criticism_joins_the_quote_that_follows(gist: str) -> None:
    found = events_of(
        f"Opposition leader Tomas Brenner {gist}.\n\n"
        '"The ministers have hidden from the workers for weeks," Brenner told reporters.'
    )
    assert len([e for e in found if "Brenner" in e[3]]) == 1


def test_an_act_the_speaker_did_stays_apart_from_the_remarks() -> None:
    found = events_of(
        "Labour Minister Clara Voss visited the docks on Monday.\n\n"
        '"We will find an agreement with the unions," Voss said.'
    )
    assert len([e for e in found if "Voss" in e[3]]) == 2


def test_another_persons_gist_stays_apart_from_the_remarks() -> None:
    found = events_of(
        "Opposition leader Tomas Brenner assailed the government's handling of the port strike.\n\n"
        '"We will find an agreement with the unions," Labour Minister Clara Voss said.'
    )
    assert len([e for e in found if "Brenner" in e[3] or "Voss" in e[3]]) == 2


def test_remarks_quoted_before_the_gist_stay_apart() -> None:
    # (a report quotes first and gives a gist after of another occasion: "In remarks after the meeting")
    found = events_of(
        '"We will not raise taxes this year," Finance Minister Ana Ruiz said.\n\n'
        "Health ministers met in Porto on Monday.\n\n"
        "Ruiz later played down fears of a recession in a radio interview."
    )
    assert len([e for e in found if "Ruiz" in e[3]]) == 2


def test_an_officer_named_by_a_description_of_the_body_goes_on_with_its_remarks() -> None:
    found = build_reports(
        (
            TUESDAY,
            "Port traffic will fall by a tenth this year, the Coastal Authority said on Monday.\n\n"
            "Mark Lund, the chief engineer of the authority, said on Monday the piers had been inspected and "
            "found sound.",
        )
    )
    assert len([e for e in found if e[0] == "statement"]) == 1


def test_an_officer_of_another_body_named_stays_apart() -> None:
    found = build_reports(
        (
            TUESDAY,
            "Port traffic will fall by a tenth this year, the Coastal Authority said on Monday.\n\n"
            "Mark Lund, the chief engineer of the Delta Shipping Company, said on Monday the piers had been "
            "inspected and found sound.",
        )
    )
    assert len([e for e in found if e[0] == "statement"]) == 2


def test_an_interview_told_to_one_outlet_is_one_occasion_with_its_lead() -> None:
    found = build_reports(
        (
            TUESDAY,
            "Grain exports will rise by a fifth this year, the Farm Credit Agency told Reuters on Monday.\n\n"
            "Ana Roe, the chief economist of the agency, told Reuters in a telephone interview that "
            "harvests in the south had been the best in a decade.",
        )
    )
    assert len([e for e in found if e[0] == "statement"]) == 1


def test_remarks_further_down_join_the_remarks_a_gist_leads() -> None:
    found = events_of(
        "Finance Minister Ana Ruiz played down fears of a recession on Monday.\n\n"
        '"The economy is growing and the banks are sound," Ruiz said.\n\n'
        "Farmers blocked roads near the capital on Monday.\n\n"
        "Grain prices rose by a tenth in March.\n\n"
        "Exporters have asked for help.\n\n"
        '"We will not raise taxes this year," Ruiz told reporters.'
    )
    assert len([e for e in found if "Ruiz" in e[3]]) == 1

"""A measure joins a happening only when its government agrees with every report the happening holds, not
its first only (`_another_government`); one refused everywhere stands as an event of its own. A state's or
city's measure and another state's, or the nation's, are two. All texts are our own."""

from __future__ import annotations

from reports import saturday_happenings


def test_two_governments_advisories_of_one_day_stay_two() -> None:
    found = saturday_happenings(
        "The government on Saturday advised against all travel to Moldavia. "
        "Norway and Finland have issued advisories against travel to Moldavia. "
        "Portugal has advised its nationals against travel to Moldavia."
    )
    events = [reports for kind, reports in found if kind == "policy"]
    assert ["Portugal has advised its"] in events
    assert not any("Portugal has advised its" in r and len(r) > 1 for r in events)


def test_one_governments_advisory_told_by_two_outlets_stays_one() -> None:
    found = saturday_happenings(
        "Portugal on Saturday advised its citizens against all travel to Moldavia.",
        "Portugal on Saturday told its nationals to avoid travel to Moldavia, the foreign ministry said.",
    )
    assert [r for kind, r in found if kind == "policy"] == [
        ["Portugal on Saturday adv", "Portugal on Saturday tol"]
    ]


def test_two_governors_emergencies_stay_two() -> None:
    found = saturday_happenings(
        "Ohio Governor Ann Lee declared a state of emergency on Saturday as the river rose. "
        "Iowa Gov. Tom Bray has already declared a state of emergency."
    )
    events = [r for kind, r in found if kind == "policy"]
    assert ["Ohio Governor Ann Lee de"] in events
    assert not any(len(r) > 1 for r in events)


def test_a_citys_closure_and_the_nations_emergency_stay_two() -> None:
    found = saturday_happenings(
        "Dayton Mayor Rob Vance ordered all city schools closed on Saturday.",
        "The federal government declared a national emergency on Saturday over the outbreak in Dayton.",
    )
    events = [r for kind, r in found if kind == "policy"]
    assert ["Dayton Mayor Rob Vance o"] in events
    assert not any(len(r) > 1 for r in events)


def test_one_states_emergency_told_by_two_outlets_stays_one() -> None:
    found = saturday_happenings(
        "Ohio Governor Ann Lee declared a state of emergency on Saturday as the river rose.",
        "The state of Ohio declared a state of emergency on Saturday because of the flooding river.",
    )
    assert [r for kind, r in found if kind == "policy"] == [
        ["Ohio Governor Ann Lee de", "The state of Ohio declar"]
    ]


def test_a_state_after_its_opening_phrase_and_the_nations_ban_stay_two() -> None:
    found = saturday_happenings(
        "With the river still rising on Saturday, Ohio declared a state of emergency.",
        "The federal government on Saturday banned new building on the flood plains of Ohio.",
    )
    events = [r for kind, r in found if kind == "policy"]
    assert ["With the river still ris"] in events
    assert not any(len(r) > 1 for r in events)

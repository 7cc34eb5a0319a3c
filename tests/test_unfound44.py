"""Happenings of a report that got no event (issue 7, found on unseen text): work done on the scene told in
the passive progressive with where it goes ("Food parcels are being handed out to every village"), a
gathering told with its purpose ("Ministers are meeting to discuss the budget"), and a deadline given for an
act ("Farmers have until 14 December to apply"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import FLOOD_LEAD, build_reports, mentions_below_lead

WED = dt.date(2026, 3, 11)  # Wednesday 11 March 2026


def below_lead(sentence: str) -> list[tuple[str, dt.date, bool]]:
    """(clause, day, planned) of each mention `sentence` makes below a dated lead, in a Wednesday report."""
    return [(m.clause, m.date_start, m.planned) for m in mentions_below_lead(sentence, WED)]


def test_work_done_told_with_where_it_goes_is_an_act_under_way() -> None:
    found = below_lead("Sandbags and bottled water are being distributed to every village along the river.")
    assert [clause for clause, _, _ in found] == [
        "Sandbags and bottled water are being distributed to every village along the river"
    ]
    assert below_lead("Stranded hikers are being evacuated to a school in the valley.") != []


def test_a_passive_of_judging_or_urging_stays_no_act() -> None:
    # (only work done on the scene is read in the passive progressive, whatever follows it)
    assert below_lead("Residents are being urged to boil their drinking water.") == []
    assert below_lead("The new levy is being criticised for its cost to farmers.") == []


def test_a_gathering_with_its_purpose_is_an_act_under_way() -> None:
    assert [
        c for c, _, _ in below_lead("The union and the rail company are meeting to settle the dispute.")
    ] == ["The union and the rail company are meeting to settle the dispute"]


def test_an_effort_whose_outcome_is_open_stays_no_act() -> None:
    # (other verbs before "to" or "for" tell an aim or an effort, not the act itself)
    assert below_lead("The regional council is moving to cut its spending on roads.") == []
    assert below_lead("The water company is pushing for a higher tariff.") == []


def test_a_deadline_given_is_planned_for_its_day() -> None:
    found = below_lead("Farm owners have until March 30 to apply for the drought relief payments.")
    assert found == [
        ("Farm owners have a deadline to apply for the drought relief payments", dt.date(2026, 3, 30), True)
    ]
    found = below_lead("The ferry operator has been given until Friday to answer the complaints.")
    assert found == [
        ("The ferry operator has been given a deadline to answer the complaints", dt.date(2026, 3, 13), True)
    ]


def test_a_deadline_still_open_is_the_coming_weekday() -> None:
    # (in a Wednesday report "until Tuesday" is the coming Tuesday, as the report's readers have it, not the
    # one just gone; a weekday in the past tense stays the one before)
    found = below_lead("Flood victims have until Tuesday to file claims with the relief fund.")
    assert found == [
        ("Flood victims have a deadline to file claims with the relief fund", dt.date(2026, 3, 17), True)
    ]


def test_a_deadline_passed_or_with_no_act_due_is_no_plan() -> None:
    # (a deadline that has passed is no plan; a span with no act due by it names no deadline)
    assert all(
        not planned for _, _, planned in below_lead("Shop owners had until Monday to clear the stock.")
    )
    assert below_lead("The tenants of the tower have until the end of the month.") == []


def test_a_journey_told_with_where_it_goes_is_an_act_under_way() -> None:
    assert [
        c for c, _, _ in below_lead("Army medics from the navy are flying to the islands with supplies.")
    ] == ["Army medics from the navy are flying to the islands with supplies"]


def test_a_journey_to_a_named_place_is_an_act_under_way() -> None:
    assert below_lead("Army medics are flying to Cyprus with supplies.") != []


def test_a_return_to_a_state_stays_no_act() -> None:
    # (only a journey to a known place or to a place noun is read; "to normal" is no place)
    assert below_lead("The regional rail company is returning to normal service.") == []


def test_a_figurative_journey_stays_no_act() -> None:
    # (where it goes is no place: a result, a habit, a theme, a rescue, an election)
    assert (
        below_lead("The governing alliance is heading to its heaviest loss in years, the surveys show.") == []
    )
    assert below_lead("The cabinet is returning to its old habit of closed meetings.") == []
    assert below_lead("The Green Party is returning to the subject of bus fares in its campaign.") == []
    assert below_lead("The reserve bank is flying to the aid of the currency.") == []
    assert below_lead("Portugal is heading to the ballot box with no clear winner in sight.") == []


def test_a_trend_in_the_passive_progressive_stays_no_act() -> None:
    # (a count compared, "more", "fewer", "than ever", tells a trend, not work done on the scene)
    assert below_lead("More pupils are being screened for asthma than ever before.") == []
    assert below_lead("Fewer flats are being built for workers on low wages, a study found.") == []
    assert below_lead("A growing number of patients are being tested for the virus at home.") == []


def test_a_change_of_office_in_the_timetables_present_is_planned_for_its_day() -> None:
    found = below_lead("Renata Kovac steps down next month to be replaced by her deputy, Ivo Marin.")
    assert [(day, planned) for _, day, planned in found] == [(dt.date(2026, 4, 1), True)]
    found = below_lead("Ivo Marin takes over on Monday as head of the port authority.")
    assert [(day, planned) for _, day, planned in found] == [(dt.date(2026, 3, 16), True)]


def test_a_change_of_office_with_no_day_ahead_is_no_plan() -> None:
    # (the timetable's present needs its day ahead; with none the step is told as done, not planned)
    assert all(
        not planned for _, _, planned in below_lead("Renata Kovac steps down as head of the port authority.")
    )


def test_a_count_in_the_perfect_given_its_source_is_news() -> None:
    found = below_lead(
        "The virus has been diagnosed in 2,310 people in 12 towns, according to the health ministry."
    )
    assert [clause for clause, _, _ in found] == ["The virus has been diagnosed in 2,310 people in 12 towns"]


def test_a_fact_or_a_stretch_given_its_source_stays_background() -> None:
    # (a share, a number of times, or a count over years is how things stand, no count of the day)
    assert below_lead("The relief appeal is only 6% funded, according to the United Nations.") == []
    assert below_lead("The valley has been flooded three times, according to local records.") == []
    assert (
        below_lead("The virus has been diagnosed in 2,310 people since 2019, according to the ministry.")
        == []
    )


def test_a_count_given_its_source_stands_as_an_event_of_its_own() -> None:
    # (merging keeps it though it joins no other happening, as a running toll)
    built = build_reports(
        (WED, FLOOD_LEAD + "The virus has been diagnosed in 2,310 people, according to the ministry.")
    )
    assert [title for _, _, _, title, _ in built if "virus" in title] == [
        "Ministry says the virus has been diagnosed in 2,310 people"
    ]


def test_a_count_in_the_perfect_with_no_source_given_is_left_to_its_own_rules() -> None:
    # (merging keeps no undated perfect of no named kind for its count alone: no "according to", no event)
    built = build_reports(
        (WED, FLOOD_LEAD + "Relief agencies have assessed 350 sites, which now house around 40,000 people.")
    )
    assert [title for _, _, _, title, _ in built if "sites" in title] == []


def test_a_total_of_all_time_given_its_source_stays_background() -> None:
    # (a count over a history, to date or in total is how things stand, not the day's count)
    built = build_reports(
        (
            WED,
            FLOOD_LEAD
            + "The canal has been used by 2 million boats in its 60-year history, according to the "
            "port board.",
        )
    )
    assert [title for _, _, _, title, _ in built if "canal" in title.lower()] == []


def test_a_count_given_by_a_common_noun_or_a_dated_study_stays_background() -> None:
    # (the maker names nobody who says it; a study of a past year is no word of the report's day)
    built = build_reports(
        (WED, FLOOD_LEAD + "The tablet has been given to 25,000 people, according to the supplier.")
    )
    assert [title for _, _, _, title, _ in built if "tablet" in title.lower()] == []
    built = build_reports(
        (
            WED,
            FLOOD_LEAD
            + "The jab has been given to 700,000 people, according to a study published last year.",
        )
    )
    assert [title for _, _, _, title, _ in built if "jab" in title.lower()] == []


def test_a_takeover_by_no_office_holder_is_no_plan() -> None:
    # (the weather or a season taking over holds no office: the timetable's present of an office needs
    # someone who holds it)
    found = below_lead("Snow takes over on Sunday as the mild spell comes to an end.")
    assert all(not planned for _, _, planned in found)
    found = below_lead("The interim chief executive steps down next month after a year in the post.")
    assert [(day, planned) for _, day, planned in found] == [(dt.date(2026, 4, 1), True)]


def test_a_deadline_in_a_relative_clause_leaves_the_clause_alone() -> None:
    # (the clause tells who the subject is; the main clause keeps its own words)
    found = below_lead("Tenants who have until Friday to move out can ask the council for more time.")
    assert all("a deadline" not in clause for clause, _, _ in found)

"""A hazard of nature two reports date to one day is one event (events.merge.clusters
`_same_hazard_in_another_report`): an earthquake, hurricane, cyclone, typhoon or tsunami named by its noun in
a report of its day and told again in a later one ("the 9 September cyclone", "Tuesday's tsunami"), both set
in one country, is one happening, whatever else each says of it. Two fresh reports of a shock, shocks of
two sizes or two parts of the day, hazards in two countries or of no known place, storms of two names, a
further shock of the day, a speaker's report, or a storm or flood (many of a day) stay apart; one storm's
name joins its landfalls in two countries. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from events.merge.clusters import _hazard_of_nature, _hazards_may_be_one, cluster_mentions
from tests.reports import report_mentions

FIRST_DAY = dt.date(2031, 9, 10)  # a Wednesday
LATER_DAY = dt.date(2031, 9, 24)
# Sentences naming the country often enough for a report to be set there
IN_CHILE = "Three days of mourning were declared in Chile. Fishing boats were wrecked along Chile's coast."
IN_PERU = "Three days of mourning were declared in Peru. Fishing boats were wrecked along Peru's coast."
CYCLONE = "A powerful cyclone struck the port of Arvedo on Tuesday, flattening hundreds of homes."
SHOCK = "A 7.1-magnitude earthquake struck the mountain town of Arvedo on Tuesday morning."


def joined(
    first: str,
    later: str,
    first_day: dt.date = FIRST_DAY,
    later_day: dt.date = LATER_DAY,
    *,
    first_rest: str = IN_CHILE,
    later_rest: str = IN_CHILE,
) -> bool:
    """Whether `first`, opening a report of `first_day`, and `later`, opening another of `later_day`, end in
    one event (each report goes on with its `rest`, which sets it in a country)."""
    mentions = [
        *report_mentions(f"{first}\n\n{first_rest}", first_day, name="first.txt"),
        *report_mentions(f"{later}\n\n{later_rest}", later_day, name="later.txt"),
    ]
    return any(
        {"first.txt", "later.txt"} <= {m.article for m in c.mentions if m.sentence.text in (first, later)}
        for c in cluster_mentions(mentions)
    )


def hazard(text: str, day: dt.date, rest: str = IN_CHILE) -> Mention:
    """The mention of a hazard of nature a report opening with `text` gives (its first disaster)."""
    found = report_mentions(f"{text}\n\n{rest}", day)
    return next(m for m in found if m.event_type == "disaster" and m.sentence.text == text)


def may_be_one(first: str, later: str, later_day: dt.date = LATER_DAY, later_rest: str = IN_CHILE) -> bool:
    """Whether the hazard rule reads `first` and `later`, each opening a report set in a country, as one
    (other rules of the merge weigh reports set in one country too, so the rule is asked alone)."""
    a, b = hazard(first, FIRST_DAY), hazard(later, later_day, later_rest)
    return bool(_hazard_of_nature(a) and _hazard_of_nature(b) and _hazards_may_be_one(a, b))


def test_a_later_report_naming_the_cyclone_by_its_date_joins_it() -> None:
    assert joined(CYCLONE, "Relief flights reached survivors of the 9 September cyclone.")


def test_the_tsunami_by_its_day_in_another_report_of_that_week_joins_it() -> None:
    first = "A tsunami swept over the fishing villages of Arvedo on Tuesday, sinking hundreds of boats."
    later = "Aid groups flew tents to the survivors of Tuesday's tsunami."
    assert joined(first, later, later_day=dt.date(2031, 9, 12))


def test_the_earthquake_told_again_joins_it() -> None:
    assert joined(SHOCK, "Engineers inspected every bridge after the 9 September earthquake.")


def test_a_fresh_report_of_a_smaller_evening_tremor_stays_apart() -> None:
    later = "A 5.9-magnitude tremor shook Arvedo on Tuesday evening, sending residents into the streets."
    assert not may_be_one(SHOCK, later, later_day=dt.date(2031, 9, 11))
    later = "A strong tremor shook Arvedo on Tuesday, sending residents into the streets."
    assert not may_be_one(SHOCK, later, later_day=dt.date(2031, 9, 11))


def test_the_earthquake_of_another_size_or_part_of_the_day_stays_apart() -> None:
    assert may_be_one(SHOCK, "The 7.1-magnitude earthquake of 9 September destroyed the market.")
    assert not may_be_one(SHOCK, "The 5.4-magnitude earthquake of 9 September destroyed the market.")
    later = "The earthquake of Tuesday evening destroyed the market."
    assert not may_be_one(SHOCK, later, later_day=dt.date(2031, 9, 11))


def test_a_report_of_no_known_place_stays_apart() -> None:
    later = "Rescuers pulled a girl alive from a school flattened by the 9 September earthquake."
    assert not joined(SHOCK, later, later_rest="Aid agencies appealed for tents.")


def test_a_report_set_in_another_country_stays_apart() -> None:
    later = "Relief flights reached survivors of the 9 September cyclone."
    assert not joined(CYCLONE, later, later_rest=IN_PERU)


def test_a_cyclone_in_another_named_country_stays_apart() -> None:
    later = "Thousands fled their homes after the 9 September cyclone in Peru."
    assert not may_be_one(CYCLONE, later, later_rest=IN_PERU)


def test_a_further_shock_of_the_day_stays_apart() -> None:
    later = (
        "A second earthquake struck Arvedo on 9 September, toppling the bridge that the first had cracked."
    )
    assert not _hazard_of_nature(hazard(later, LATER_DAY))


def test_a_place_name_or_an_hour_is_no_further_shock() -> None:
    later = "Hours later the earthquake of 9 September destroyed the market."
    assert joined(SHOCK, later)
    later = "The New Zealand earthquake of 9 September destroyed the market."
    assert _hazard_of_nature(hazard(later, LATER_DAY))


def test_a_speakers_report_stays_apart() -> None:
    later = "The cyclone of 9 September destroyed every trawler in the harbour, the harbour master said."
    assert not joined(CYCLONE, later)


def test_hurricanes_of_two_names_stay_apart() -> None:
    first = "Hurricane Osric struck on Tuesday, tearing roofs off homes."
    assert not may_be_one(first, "Hurricane Tamsin hit on 9 September, sinking fishing boats.")
    # (the name written in small letters is a name still)
    assert not may_be_one(
        first, "The powerful hurricane Tamsin struck on 9 September, sinking fishing boats."
    )


def test_the_hurricane_told_again_beside_an_office_or_another_storm_joins_it() -> None:
    first = "Hurricane Lena struck the Chilean coast on Tuesday, tearing roofs off homes."
    later = (
        "Forecasters at the National Hurricane Center tracked the hurricane as it hit Chile on 9 September."
    )
    assert may_be_one(first, later)
    later = "The hurricane that hit Chile on 9 September was the strongest since Hurricane Osric."
    assert may_be_one(first, later)


def test_one_named_hurricane_landing_in_two_countries_joins_it() -> None:
    first = "Hurricane Lena made landfall in Peru on Tuesday, tearing roofs off homes."
    later = "Hurricane Lena struck Chile on 9 September, sinking fishing boats."
    assert joined(first, later, first_rest=IN_PERU)


def test_storms_of_one_day_stay_apart() -> None:
    first = "A storm struck the eastern plains of Chile on Tuesday, flattening crops."
    later = "The storm of 9 September brought down power lines."
    assert not joined(first, later)


def test_a_cyclone_and_a_fire_of_the_day_stay_apart() -> None:
    assert not joined(CYCLONE, "A fire on 9 September destroyed a timber mill.")

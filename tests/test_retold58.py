"""One happening told twice in one report: a later sentence with no date of its own that names the happening,
or the thing it befell, again by a definite noun ("the vessel", "the quake") is dated by the day the report
gave it and joins it, not a second event of the report's day. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dating import named_again
from events.extract.mentions import Mention
from tests.reports import build_reports, report_mentions

THURSDAY = dt.date(2026, 6, 11)
MONDAY = dt.date(2026, 6, 8)

FERRY = (
    "Ferry disaster\n\nA passenger ferry sank off the southern coast on Monday, killing 31 people, the "
    "coastguard said.\n\nThe vessel went down in rough seas about ten miles from the port of Halvik.\n"
)


def mention_of(text: str, opening: str) -> Mention:
    found = [m for m in report_mentions(text, THURSDAY) if m.sentence.text.startswith(opening)]
    assert found, f"no mention of {opening!r}"
    return found[0]


def test_the_thing_a_mishap_befell_named_again_takes_the_mishap_s_day() -> None:
    again = mention_of(FERRY, "The vessel went down")
    assert (again.date_start, again.date_basis) == (MONDAY, "context")


def test_the_mishap_told_again_is_one_event_with_it() -> None:
    events = build_reports((THURSDAY, FERRY))
    assert [(kind, day) for kind, day, *_ in events] == [("disaster", "2026-06-08")]


def test_a_plane_named_again_as_the_aircraft_is_the_same_crash() -> None:
    text = (
        "Cargo plane crash\n\nA cargo plane crashed into a hillside near the town of Orsk on Monday, "
        "airport officials said.\n\nThe aircraft came down in thick fog shortly after take-off.\n"
    )
    assert mention_of(text, "The aircraft came down").date_start == MONDAY


def test_a_thing_of_another_kind_is_not_the_mishap_dated_above() -> None:
    text = (
        "Ferry disaster\n\nA passenger ferry sank off the southern coast on Monday, killing 31 people.\n\n"
        "The train derailed near the border crossing.\n"
    )
    # (it may share the scene's day, but it is no retelling of the sinking: two happenings)
    assert "dated before" not in mention_of(text, "The train derailed").date_reason
    assert len(build_reports((THURSDAY, text))) == 2


def test_a_toll_hedged_by_nobody_in_particular_takes_the_day_of_the_happening() -> None:
    text = (
        "Cyclone aftermath\n\nRelief flights resumed on Wednesday.\n\nThe cyclone struck the delta on "
        "3 June, flattening coastal villages.\n\nSome say the cyclone killed as many as 4,000 people.\n"
    )
    assert mention_of(text, "Some say the cyclone").date_start == dt.date(2026, 6, 3)


def test_a_toll_left_with_a_hedged_count_takes_the_day_of_the_happening() -> None:
    text = (
        "Flood relief\n\nAid agencies appealed for tents after the 3 June storm.\n\n"
        "The storm also left as many as 12,000 people homeless.\n"
    )
    assert mention_of(text, "The storm also left").date_start == dt.date(2026, 6, 3)


QUAKE = (
    "Quake on the island\n\nThe island was hit by a powerful 6.8-magnitude earthquake on Monday.\n\n"
    "Hundreds of homes were destroyed.\n\nThe earthquake is the strongest in the region in decades.\n\n"
    "It struck south of the port of Salvo at 1420 on Monday.\n"
)


def test_a_place_hit_by_a_quake_of_a_given_magnitude_is_a_disaster() -> None:
    assert mention_of(QUAKE, "The island was hit").event_type == "disaster"


def test_what_a_pronoun_for_a_quake_struck_is_the_disaster_not_an_attack() -> None:
    assert mention_of(QUAKE, "It struck").event_type == "disaster"


def test_one_report_telling_its_quake_twice_of_one_day_gives_one_disaster() -> None:
    events = build_reports((THURSDAY, QUAKE))
    assert [(kind, day) for kind, day, *_ in events if kind == "disaster"] == [("disaster", "2026-06-08")]


def test_a_quake_and_a_storm_of_one_day_in_one_report_stay_two() -> None:
    text = (
        "Island battered\n\nThe island was hit by a 6.8-magnitude earthquake on Monday.\n\n"
        "A tropical storm struck the north coast on Monday.\n"
    )
    assert len([kind for kind, *_ in build_reports((THURSDAY, text)) if kind == "disaster"]) == 2


MINERS = (
    "Miners rescued\n\nTwo people, a 60-year-old woman and a 19-year-old miner, were pulled alive from the "
    "collapsed shaft at Velka on Monday.\n\nThe 19-year-old miner, Jan Koval, was pulled out alive by a team "
    "of volunteers and is said to be stable.\n"
)


def test_whom_a_report_brought_in_named_again_with_the_same_deed_takes_its_day() -> None:
    again = mention_of(MINERS, "The 19-year-old miner")
    assert (again.date_start, again.date_basis) == (MONDAY, "context")


def test_whom_a_report_brought_in_named_again_with_the_same_deed_is_one_rescue() -> None:
    assert [(kind, day) for kind, day, *_ in build_reports((THURSDAY, MINERS))] == [("other", "2026-06-08")]


def test_someone_pulled_out_alive_is_rescued_not_a_plan_dropped() -> None:
    assert mention_of(MINERS, "The 19-year-old miner").family == "rescue"


def test_a_definite_noun_with_another_deed_is_no_retelling() -> None:
    earlier = "A 19-year-old miner was pulled alive from the collapsed shaft at Velka on Monday."
    assert named_again("The 19-year-old miner, Jan Koval, was pulled out alive by volunteers.", earlier)
    assert not named_again("The 19-year-old miner was taken to hospital in Brno.", earlier)
    # (what someone said is remarks of its own)
    assert not named_again("The miner said he had prayed.", "A miner said the shaft was unsafe on Monday.")

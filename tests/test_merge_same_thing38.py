"""One happening, one event (events.merge.clusters):

- a report's deed of one day done to one thing, told twice in one verb or once as the lead's set-off
  summary, is one deed (`_same_thing_of_the_day`, events.merge.acted_on); two deeds, another thing,
  another day or a person acted on stay apart;
- a report's deed of a day told twice in shared words, one telling with no family read, is one deed (a
  share close told by price and by percent: `_one_deed_of_the_day`); figures that disagree stay apart;
- a spokesman and a spokeswoman of one body are two voices (`_spokespeople_of_two_sexes`);
- "Insp Lena Marsh" and "Insp Marsh" in one report are one voice (`_surname_of` drops the rank both open
  with).

All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.acted_on import acted_on
from events.merge.clusters import cluster_mentions
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 3, 4)
LEAD = "Engineers at the Norvik reservoir finished a long repair on Monday."
ASIDE = "Crews had worked through the weekend."


def joined_with(first: str, later: str, *between: str) -> bool:
    """Whether the report's merge puts `later` in one event with `first`."""
    mentions = report_mentions("\n\n".join([LEAD, first, *between, later]), WEDNESDAY)
    return any({first, later} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions))


def test_things_acted_on_are_read_from_passive_set_off_participle_and_object() -> None:
    assert acted_on("The new lid was fitted late on Monday") == {"lid"}
    assert acted_on("The hatch, sealed on Friday, holds the pressure") == {"hatch"}
    assert acted_on("Divers replaced the old pumps on Monday.") == {"pump"}


def test_people_and_spans_of_time_are_no_thing_acted_on() -> None:
    assert acted_on("The man was arrested on Monday") == frozenset()
    assert acted_on("The first week was spent in talks") == frozenset()


def test_one_thing_done_to_twice_in_one_verb_on_one_day_is_one_event() -> None:
    assert joined_with(
        "The lid was fitted to the tank on Monday evening.", "Crews fitted the lid late on Monday.", ASIDE
    )


def test_two_deeds_done_to_one_thing_on_one_day_stay_two() -> None:
    assert not joined_in_report(
        "The damaged barge was towed into dock on Monday.",
        "Port inspectors later searched the barge on Monday and found no cargo.",
    )


def test_a_set_off_participle_names_the_deed_again() -> None:
    assert joined_with(
        "The lid was lowered on to the tank on Monday evening.",
        "The lid, fitted on Monday, is a first step toward a new pumping system.",
        ASIDE,
    )


def test_another_thing_stays_apart() -> None:
    assert not joined_with(
        "The lid was lowered on to the tank on Monday evening.",
        "Divers replaced the old pump on Monday.",
        ASIDE,
    )


def test_another_day_stays_apart() -> None:
    assert not joined_with(
        "The lid was lowered on to the tank on Monday evening.", "The lid was fitted late on Tuesday.", ASIDE
    )


FRIDAY = dt.date(2026, 3, 6)


def joined_in_report(first: str, later: str, *between: str) -> bool:
    """Whether a Friday report's merge puts `later` in one event with `first`."""
    mentions = report_mentions("\n\n".join([first, *between, later]), FRIDAY)
    return any({first, later} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions))


def test_a_share_close_told_by_its_price_and_by_its_percent_is_one_event() -> None:
    assert joined_in_report(
        "Velora shares closed at 412p on Friday, recovering the losses suffered during a rough session.",
        "Meanwhile, Velora's shares closed up 6.1%, recovering losses suffered on Thursday.",
        "The carrier's chairman will meet unions next week.",
    )


def test_two_closes_with_other_figures_in_other_markets_stay_apart() -> None:
    assert not joined_in_report(
        "Velora's New York-listed shares closed 3.4 percent lower on Friday.",
        "Velora shares in London closed 1.9 percent lower.",
        "The carrier's chairman will meet unions next week.",
    )


ALLIANCE = (
    "Engineers at the NATO base in Kestrel fitted a new fuel valve on Friday.",
    '"We are pleased with how the work has gone so far," NATO spokesman Tomas Eld said.',
)


def joined_across_reports(other: str) -> bool:
    """Whether the spokesman's quoted words in the first report and `other`, remarks in a second report of
    the same day, are one event."""
    second = ("Campaigners gathered outside the NATO offices in Halden.", other)
    mentions = [
        *report_mentions("\n\n".join(ALLIANCE), FRIDAY, name="one.txt", outlet="Ledger"),
        *report_mentions("\n\n".join(second), FRIDAY, name="two.txt", outlet="Courier"),
    ]
    return any(
        {ALLIANCE[1], other} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions)
    )


def test_a_spokesman_and_a_spokeswoman_of_one_body_are_two_voices() -> None:
    assert not joined_across_reports(
        "A NATO spokeswoman said the alliance had no objection to peaceful protests as long as staff could "
        "get to work."
    )


def test_a_person_named_with_rank_in_full_and_then_by_rank_and_surname_is_one_voice() -> None:
    first = (
        "Insp Lena Marsh, of the harbour police, told reporters that thieves had begun raiding warehouses "
        "since the storm."
    )
    later = "Insp Marsh said that since the storm, thieves had been raiding warehouses along the docks."
    mentions = report_mentions("\n\n".join([first, ASIDE, later]), FRIDAY)
    assert any({first, later} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions))


def test_her_quote_after_her_act_and_remarks_joined_goes_with_them() -> None:
    first = (
        "Insp Lena Marsh, of the Kestrel dock area, told the Ledger a large number of thieves had begun "
        "raiding warehouses since the storm."
    )
    later = "Insp Marsh said that since the storm, thieves had been raiding warehouses along the docks."
    quote = '"They carry crowbars and bolt cutters," Insp Marsh said.'
    mentions = report_mentions("\n\n".join([first, ASIDE, later, quote]), FRIDAY)
    assert any(
        {first, later, quote} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions)
    )

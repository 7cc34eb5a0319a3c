"""An act and its doer's remarks telling it again (events.merge.restated, events.merge.clusters): remarks
counting another thing than the act, or the remarks of the act's second doer, stay apart.

All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from events.merge.restated import _counted
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 3, 4)
ASIDE = "The weather at the quays was mild."


def happenings(*sentences: str) -> list[tuple[str, set[str]]]:
    """The type and sentences of each happening one report's sentences are merged into."""
    mentions = report_mentions("\n\n".join(sentences), WEDNESDAY)
    return [(c.event_type, {m.sentence.text for m in c.mentions}) for c in cluster_mentions(mentions)]


def joined(first: str, later: str) -> bool:
    """Whether the report's merge puts `later` in one event with `first`."""
    return any({first, later} <= texts for _, texts in happenings(first, ASIDE, later))


TOLL = "Brenmar PLC recovered 64 dead herons from the Talsa marshes on Thursday."


def test_the_doers_remarks_counting_another_animal_stay_apart_from_its_toll() -> None:
    assert not joined(
        TOLL,
        "The teams recovering dead birds from the Talsa marshes also logged nine swan deaths, Brenmar said "
        "on Thursday.",
    )


def test_the_doers_remarks_counting_the_same_animal_join_its_toll() -> None:
    assert joined(
        TOLL,
        "The teams recovering dead birds from the Talsa marshes counted the 64 herons by hand, Brenmar said "
        "on Thursday.",
    )


def test_an_act_of_two_doers_does_not_make_their_two_remarks_one_event() -> None:
    act = "Halden PLC and Brenmar PLC signed the ferry pact in Osk on Thursday."
    first = '"The ferry pact gives our crews the routes they need," Halden said on Thursday.'
    second = '"This ferry pact will open the routes to our crews," Brenmar said on Thursday.'
    found = happenings(act, ASIDE, first, second)
    assert not any({first, second} <= texts for _, texts in found)


def test_a_distance_is_no_count_of_another_thing() -> None:
    [remark] = report_mentions(
        "The teams searched some 30 miles of the Talsa marshes, Brenmar said on Thursday.", WEDNESDAY
    )
    assert not _counted(remark)
    [remark] = report_mentions("The teams also logged nine swan deaths, Brenmar said on Thursday.", WEDNESDAY)
    assert _counted(remark) == {"swan"}

"""A toll one report gives twice, once as what officials said ("312 people were infected, officials said")
and once in its own words ("The fever has infected 312 people"), is one event, the toll; another count is
another toll. Merging compares a toll told as remarks with the tolls, not with the speaker's other
remarks. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import ClusterIndex, _toll_told
from tests.reports import build_reports, report_mentions

MONDAY = dt.date(2026, 3, 9)
SAID = "Health officials in Norland said on Sunday that 312 people were infected with the new fever."
BETWEEN = "Schools in the capital will stay shut this week."


def events_of(text: str) -> list[tuple[str, str, int]]:
    return [(kind, day, n) for kind, day, _end, _title, n in build_reports((MONDAY, text))]


def test_a_toll_restated_in_the_report_is_one_event_with_the_remarks_stating_it() -> None:
    text = f"{SAID}\n\n{BETWEEN}\n\nThe fever has infected 312 people, most of them children."
    # (the schools' closing, planned, is an event of its own)
    assert [e for e in events_of(text) if e[0] != "policy"] == [("disaster", "2026-03-08", 1)]


def test_a_toll_of_another_count_stays_apart() -> None:
    text = f"{SAID}\n\n{BETWEEN}\n\nThe fever has infected 150 people in the hill towns."
    assert len([e for e in events_of(text) if e[0] != "policy"]) == 2


def test_a_toll_of_the_dead_is_no_count_of_the_infected() -> None:
    text = f"{SAID}\n\n{BETWEEN}\n\nThe floods in the south have killed 312 people."
    assert len([e for e in events_of(text) if e[0] != "policy"]) == 2


def test_remarks_stating_a_toll_are_compared_with_tolls() -> None:
    (said,) = report_mentions(SAID, MONDAY)
    assert _toll_told(said) == "disaster|disaster"
    assert ClusterIndex.kind(said) == "disaster|disaster"
    # remarks with no count stay remarks
    (other,) = report_mentions(
        "Health officials in Norland said on Sunday that they were worried about the coming winter.", MONDAY
    )
    assert _toll_told(other) == ""
    assert ClusterIndex.kind(other) == "remarks"


def test_a_count_not_of_the_toll_clause_is_no_toll() -> None:
    (said,) = report_mentions(
        "Officials said on Sunday that 312 people, most of them children, had queued for the vaccine.", MONDAY
    )
    assert _toll_told(said) == ""


def test_adding_a_report_with_a_restated_toll_replays_as_one_pass() -> None:
    from events.merge import incremental
    from events.merge.clusters import Cluster, merge_pass

    texts = {
        "a.txt": f"{SAID}\n\n{BETWEEN}\n\nThe fever has infected 312 people, most of them children.",
        "b.txt": "The fever has infected 312 people in Norland, the health ministry said on Sunday.",
        "c.txt": f"{SAID}\n\nThe fever has infected 150 people in the hill towns.",
    }
    numbered = [
        (m, i) for name, text in texts.items() for i, m in enumerate(report_mentions(text, MONDAY, name=name))
    ]
    refs = {id(m): incremental.Ref(m.article, i) for m, i in numbered}

    def shape(cluster: Cluster) -> tuple[tuple[incremental.Ref, ...], str]:
        return tuple(refs[id(m)] for m in cluster.mentions), cluster.event_type

    full = {shape(c) for c in merge_pass([m for m, _ in numbered])}
    for new in texts:
        old = [(m, i) for m, i in numbered if m.article != new]
        added = [(m, i) for m, i in numbered if m.article == new]
        clusters = merge_pass([m for m, _ in old])
        log = incremental.MergeLog.of(old, clusters)
        by_ref = {incremental.Ref(m.article, i): m for m, i in old}
        result = incremental.replay(log, added, by_ref.__getitem__)
        first = {refs[id(c.best)]: c for c in clusters}
        replayed = {shape(c) for r, c in first.items() if r not in result.changed and r not in result.gone}
        replayed |= {shape(c) for c in result.changed.values()}
        assert replayed == full

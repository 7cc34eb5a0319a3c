"""The merge's shortcuts give what the full comparison gives: a mention's facts kept per mention object,
and the index telling other voices' remarks from other reports apart before `same_happening` runs. All
texts are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.merge.clusters import Cluster, ClusterIndex, same_happening
from events.merge.per_mention import per_mention

TUESDAY = dt.date(2026, 5, 12)
FIRST = (
    "The electoral commission said on Tuesday that turnout in the regional vote had reached 64 percent.\n\n"
    "Opposition leader Mara Velasquez said on Tuesday that her party would challenge the count in court.\n\n"
    "The chief justice said on Tuesday the court would hear appeals within a week.\n"
)
SECOND = (
    "Mara Velasquez said on Tuesday her party would go to court over the count.\n\n"
    "Storm forecasters said on Tuesday that heavy rain would reach the coast by Thursday.\n\n"
    "The trade ministry said on Tuesday that exports of grain rose by a tenth in April.\n"
)


def mentions(name: str, text: str) -> list[Mention]:
    article = prepare_article(name, text, SourceRow(published=TUESDAY, outlet="Outlet"))
    return extract_mentions(article, load_gazetteer())


def test_the_index_matches_what_same_happening_matches() -> None:
    found = mentions("own-first.txt", FIRST) + mentions("own-second.txt", SECOND)
    assert sum(m.is_speech for m in found) >= 4
    index = ClusterIndex()
    for m in found:
        index.add(Cluster([m]))
    for m in found:
        # (the shortcut leaves out only clusters the full comparison refuses)
        assert index.matches(m) == [c for c in index.candidates(m) if same_happening(m, c)]


def test_one_speakers_remarks_in_two_reports_still_meet() -> None:
    [first] = [m for m in mentions("own-first.txt", FIRST) if "Velasquez" in m.speaker]
    [again] = [m for m in mentions("own-second.txt", SECOND) if "Velasquez" in m.speaker]
    index = ClusterIndex()
    index.add(Cluster([first]))
    assert index.matches(again) == [c for c in index.candidates(again) if same_happening(again, c)]
    assert index.candidates(again)


def test_a_fact_is_read_once_per_mention_object() -> None:
    calls: list[str] = []

    @per_mention
    def speaker_of(m: Mention) -> str:
        calls.append(m.speaker)
        return m.speaker

    [first, *_] = mentions("own-first.txt", FIRST)
    assert speaker_of(first) == speaker_of(first) == first.speaker
    copy = dataclasses.replace(first)
    assert speaker_of(copy) == first.speaker
    assert len(calls) == 2  # (an equal copy is another object, read again)

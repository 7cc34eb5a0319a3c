"""A chronology's entries ("June 8 - ...") and the items listed under one ("-- The company says ..."): an
item is of its entry's day, whoever speaks in it. Every text here is our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article

PUBLISHED = dt.date(2026, 6, 30)

CHRONOLOGY = (
    "Key dates in the dispute over the northern dam:\n\n"
    "May 4 - Engineers report cracks in the dam's spillway and Norland Water closes the reservoir.\n\n"
    "-- Norland Water chief executive Ana Lund says the company will pay for inspections of every dam it "
    "runs.\n\n"
    "June 8 - The regional court orders Norland Water to publish its inspection records.\n\n"
    "June 26 - Norland Water is forced to defend Lund after the environment minister said she should "
    "resign.\n\n"
    "-- Norland Water says it is now spending $2 million a week on repairs and compensation.\n"
)


def dated_items() -> dict[str, dt.date]:
    article = prepare_article("own.txt", CHRONOLOGY, SourceRow(published=PUBLISHED))
    tables = build_tables(Corpus(articles=(article,)))
    days = dict(zip(tables.events["event_id"], tables.events["date"], strict=True))
    return {
        sentence: dt.date.fromisoformat(str(days[event])[:10])
        for sentence, event in zip(tables.mentions["sentence"], tables.mentions["event_id"], strict=True)
        if sentence.startswith("--")
    }


def test_an_item_is_of_its_entrys_day_not_of_its_speakers_last_remarks() -> None:
    items = dated_items()
    # the board spoke on 4 May further up, but this item stands under the entry of 26 June
    spending = next(day for sentence, day in items.items() if "spending" in sentence)
    assert spending == dt.date(2026, 6, 26)


def test_an_item_under_an_old_entry_keeps_that_entrys_day() -> None:
    items = dated_items()
    inspections = next(day for sentence, day in items.items() if "inspections of every dam" in sentence)
    assert inspections == dt.date(2026, 5, 4)

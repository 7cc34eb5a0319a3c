"""A word the sentence writes in lower case stays so after "X says", whatever opener went before it, and a
name keeps its capital. Sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.merge.titles import headline


def clauses(sentence: str) -> list[tuple[str, str]]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [(m.clause, m.speaker) for m in extract_mentions(article, load_gazetteer())]


def test_a_lower_case_word_after_an_opener_stays_lower_after_says() -> None:
    ((clause, speaker),) = clauses(
        "However, heavy rain is falling over the hills, forecasters said on Monday."
    )
    assert (
        headline(clause, speaker=speaker, speech=True)
        == "Forecasters say heavy rain is falling over the hills"
    )


def test_a_name_after_a_conjunction_keeps_its_capital() -> None:
    title = headline("after Roberts's car stopped", speaker="Jane Roe", speech=True)
    assert "Roberts's" in title


def test_a_clause_standing_alone_is_capitalised() -> None:
    assert headline("heavy rain is falling over the hills") == "Heavy rain is falling over the hills"

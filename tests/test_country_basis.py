"""An event's countries and how they were found (`country_basis`): named by a sentence that reports it, or
taken from where its report is set when no sentence names one; alike in a full build and an add."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from small_corpus import event_row, write_corpus
from test_increments import assert_same_tables, rebuilt_from_nothing

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.merge import incremental
from events.query.labels import REPORT_COUNTRY_NOTE, countries_label, event_rows
from events.schema import COUNTRY_BASES, EVENT_COLUMNS, OPTIONAL_COLUMNS, schema_errors, validate
from events.store import cache, curation, increments, load_tables
from events.store.ingest import NewArticle, add_articles

# A made-up report set in one country: its dateline and most of its places name it.
FERRY_REPORT = (
    "Ferry runs aground in a storm\n\n"
    "QUITO, ECUADOR -- A passenger ferry ran aground near Guayaquil on Monday, police in Ecuador said.\n\n"
    "The operator suspended every crossing on Tuesday until the hull could be inspected.\n\n"
    "The United Nations said on Thursday that it would send two inspectors.\n\n"
    "Dock workers in Guayaquil went on strike on Friday.\n"
)
PUBLISHED = dt.date(2026, 5, 17)


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    article = prepare_article("ferry.txt", FERRY_REPORT, SourceRow(published=PUBLISHED))
    return build_tables(Corpus(articles=(article,))).events


def row_of(events: pd.DataFrame, words: str) -> pd.Series:
    (index,) = [i for i, title in enumerate(events["title"]) if words in title]
    return events.iloc[index]


def test_a_sentence_naming_no_place_takes_the_datelines_country(events: pd.DataFrame) -> None:
    suspended = row_of(events, "suspended every crossing")
    assert (suspended["countries"], suspended["country_basis"]) == ("ECU", "report")


def test_a_sentence_naming_a_place_keeps_the_country_it_names(events: pd.DataFrame) -> None:
    for words in ("ran aground", "went on strike"):
        row = row_of(events, words)
        assert (row["countries"], row["country_basis"]) == ("ECU", "named"), words


def test_the_words_of_a_body_of_no_state_take_the_reports_country(events: pd.DataFrame) -> None:
    # (countries50: a body of no state acting in one country's story acts there; in a report of the world
    # it takes none, tests/test_countries50.py)
    inspectors = row_of(events, "inspectors")
    assert (inspectors["countries"], inspectors["country_basis"]) == ("ECU", "report")


def test_the_reports_country_is_never_compared() -> None:
    article = prepare_article("ferry.txt", FERRY_REPORT, SourceRow(published=PUBLISHED))
    mentions = extract_mentions(article, load_gazetteer())
    inferred = [m for m in mentions if m.home_country]
    assert inferred
    for mention in inferred:
        assert mention.countries == ()  # the sentence's own countries, which the merge compares, stay empty
        assert dataclasses.replace(mention, home_country="") == mention


def test_a_happening_long_before_the_report_takes_its_country_too() -> None:
    # (country28: a report's background naming no place is mostly its own country's on unseen reports)
    text = FERRY_REPORT.replace("on Tuesday", "on 3 March 2019")
    article = prepare_article("ferry.txt", text, SourceRow(published=PUBLISHED))
    older = [m for m in extract_mentions(article, load_gazetteer()) if "suspended" in m.sentence.text]
    assert older, "the sentence should still be a mention"
    assert all(m.home_country == "ECU" for m in older)


def test_every_basis_is_one_the_schema_allows(events: pd.DataFrame) -> None:
    assert set(events["country_basis"]) <= set(COUNTRY_BASES)
    assert list(events.columns) == EVENT_COLUMNS


def test_the_schema_refuses_an_unknown_basis() -> None:
    frame = pd.DataFrame([event_row("ev-0123456789", "2025-03-04", title="A", sources="a.txt")])
    validate("events", frame)
    with pytest.raises(schema_errors()):
        validate("events", frame.assign(country_basis="guessed"))


def test_a_table_written_before_the_column_reads_it_as_unknown() -> None:
    frame = pd.DataFrame([event_row("ev-0123456789", "2025-03-04", title="A", sources="a.txt")])
    older = validate("events", frame.drop(columns="country_basis"))
    assert OPTIONAL_COLUMNS["events"]["country_basis"] == ""
    assert older["country_basis"].tolist() == [""]
    assert list(older.columns) == EVENT_COLUMNS


def test_a_cached_mention_written_before_the_field_is_not_read() -> None:
    article = prepare_article("ferry.txt", FERRY_REPORT, SourceRow(published=PUBLISHED))
    mention = extract_mentions(article, load_gazetteer())[0]
    encoded = cache._encode(mention)
    assert cache._decode_mention(encoded) == mention
    with pytest.raises(ValueError):
        cache._decode_mention(encoded[:-1])  # one field short: the entry is extracted again


def test_the_drill_down_says_an_inferred_country_is_where_the_report_is_set(events: pd.DataFrame) -> None:
    (suspended,) = event_rows(events[events["title"].str.contains("suspended every crossing")])
    (strike,) = event_rows(events[events["title"].str.contains("went on strike")])
    assert countries_label(["ECU"], suspended.country_basis) == f"Ecuador (ECU), {REPORT_COUNTRY_NOTE}"
    assert countries_label(["ECU"], strike.country_basis) == "Ecuador (ECU)"
    assert countries_label([], "") == ""


def test_merging_a_named_event_with_an_inferred_one_keeps_the_named_countries() -> None:
    named = {"countries": "PER", "country_basis": "named"}
    inferred = {"countries": "ECU", "country_basis": "report"}
    assert curation._merged_countries(named, inferred) == ("PER", "named")
    assert curation._merged_countries(inferred, {"countries": "", "country_basis": ""}) == ("ECU", "report")
    assert curation._merged_countries(inferred, {"countries": "BOL", "country_basis": "report"}) == (
        "ECU;BOL",
        "report",
    )


def test_an_add_gives_the_countries_and_their_basis_a_full_build_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = incremental.replay

    def counting(*args: object, **kwargs: object) -> incremental.Replay:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        calls.append(result.decided)
        return result

    monkeypatch.setattr(increments, "replay", counting)
    data_dir = write_corpus(tmp_path / "data")
    add_articles(
        [NewArticle(text=FERRY_REPORT, outlet="Harbour Wire", published=PUBLISHED.isoformat())], data_dir
    )
    assert calls, "the add merged everything instead of replaying the kept merge"
    after = load_tables(data_dir)
    assert "report" in set(after.events["country_basis"])
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))

"""The mention cache: faithful, checked, invalidated by rule changes; and adding an article extracts
only that article yet stores the same tables as a full rebuild."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest
from small_corpus import DETENTION_A, town_article, write_corpus

import events.extract
from events.engines import local
from events.extract.corpus import load_corpus
from events.extract.entities import DEFAULT_GAZETTEER, load_gazetteer
from events.extract.mentions import extract_mentions
from events.store import cache as mention_cache
from events.store import load_tables
from events.store.build import build
from events.store.cache import MentionCache, extractor_version
from events.store.ingest import NewArticle, add_articles

ROOT = Path(__file__).resolve().parents[1]


def bundled_articles():
    corpus = load_corpus(ROOT / "data" / "articles", ROOT / "data" / "sources.csv")
    # an article with no publication date is cached under the date it is extracted with
    return [
        a if a.published else dataclasses.replace(a, published=dt.date(2025, 4, 9)) for a in corpus.articles
    ]


def test_cached_mentions_equal_extracted_ones_field_for_field(tmp_path):
    cache = MentionCache(tmp_path)
    gazetteer = load_gazetteer()
    for article in bundled_articles():
        mentions = extract_mentions(article, gazetteer)
        cache.put(article, mentions)
        cached = cache.get(article)
        assert cached == mentions
        # entities do not take part in ==, but titles are made from them
        assert [m.entities for m in cached] == [m.entities for m in mentions]
        assert [type(f.value) for m in cached for f in m.figures] == [
            type(f.value) for m in mentions for f in m.figures
        ]
    assert cache.hits == len(bundled_articles())


def test_another_publication_date_or_outlet_is_another_entry(tmp_path):
    cache = MentionCache(tmp_path)
    article = bundled_articles()[0]
    cache.put(article, extract_mentions(article, load_gazetteer()))
    assert cache.get(dataclasses.replace(article, published=dt.date(2025, 4, 1))) is None
    assert cache.get(dataclasses.replace(article, outlet="Another outlet")) is None
    assert cache.get(dataclasses.replace(article, text=article.text + "\nOne more line.\n")) is None
    assert cache.get(article) is not None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated by a crash
        lambda data: data.replace(b"2025", b"2024", 1),  # a changed date, checksum left as it was
        lambda data: b"",
    ],
    ids=["truncated", "altered", "empty"],
)
def test_a_damaged_entry_is_not_trusted_but_extracted_again(tmp_path, damage):
    data_dir = write_corpus(tmp_path / "data")
    expected = load_tables(data_dir)
    cache = MentionCache(data_dir)
    article = next(a for a in load_corpus(data_dir / "articles", data_dir / "sources.csv").articles)
    entry = cache.path(article)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))
    assert cache.get(article) is None
    assert cache.rejected == [entry.name]

    build(data_dir)

    assert entry.read_bytes() == good  # rewritten whole
    for name in ("events", "mentions", "sources"):
        pd.testing.assert_frame_equal(getattr(load_tables(data_dir), name), getattr(expected, name))


def test_a_rebuild_with_nothing_changed_extracts_nothing(tmp_path, monkeypatch):
    data_dir = write_corpus(tmp_path / "data")
    expected = load_tables(data_dir)

    extracted = []
    real = local.extract_mentions
    monkeypatch.setattr(
        local,
        "extract_mentions",
        lambda article, *a, **k: extracted.append(article.name) or real(article, *a, **k),
    )
    build(data_dir)
    assert extracted == []
    actual = load_tables(data_dir)
    for name in ("events", "mentions", "sources"):
        pd.testing.assert_frame_equal(getattr(actual, name), getattr(expected, name))


def test_a_gazetteer_change_invalidates_every_entry(tmp_path):
    gazetteer = tmp_path / "gazetteer"
    shutil.copytree(DEFAULT_GAZETTEER, gazetteer)
    before = MentionCache(tmp_path, gazetteer)
    article = bundled_articles()[0]
    before.put(article, extract_mentions(article, load_gazetteer()))
    with (gazetteer / "actors.csv").open("a", encoding="utf-8") as handle:
        handle.write("Jane Example,person,GBR,spokesperson,\n")
    after = MentionCache(tmp_path, gazetteer)
    assert after.version != before.version
    assert after.get(article) is None


def test_an_extraction_code_change_invalidates_every_entry(tmp_path, monkeypatch):
    package = tmp_path / "events" / "extract"
    shutil.copytree(
        Path(events.extract.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "events" / "schema.py", package.parent / "schema.py")
    monkeypatch.setattr(mention_cache.events.extract, "__file__", str(package / "__init__.py"))
    before = extractor_version()
    dates = package / "dates.py"
    dates.write_text(dates.read_text(encoding="utf-8") + "\n# a rule changed\n", encoding="utf-8")
    assert extractor_version() != before


def test_adding_an_article_extracts_only_it_and_equals_a_full_rebuild(tmp_path, monkeypatch):
    data_dir = write_corpus(tmp_path / "data")
    extracted: list[str] = []
    real = local.extract_mentions

    def counting(article, gazetteer, published=None, **options):
        extracted.append(article.name)
        return real(article, gazetteer, published, **options)

    monkeypatch.setattr(local, "extract_mentions", counting)
    report = add_articles(
        [NewArticle(text=town_article(1), outlet="Town Crier", published="2025-03-04")], data_dir
    )
    (added,) = report.added
    assert extracted == [added.file]

    # the same articles and sources.csv, built from nothing
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copytree(data_dir / "articles", fresh / "articles")
    shutil.copy(data_dir / "sources.csv", fresh / "sources.csv")
    monkeypatch.setattr(local, "extract_mentions", real)
    build(fresh)
    incremental, full = load_tables(data_dir), load_tables(fresh)
    for name in ("events", "mentions", "sources"):
        pd.testing.assert_frame_equal(getattr(incremental, name), getattr(full, name))
    assert DETENTION_A in set(full.sources["article"])


def test_an_article_that_fails_is_noted_and_not_cached(tmp_path, monkeypatch):
    data_dir = write_corpus(tmp_path / "data", build=False)
    real = local.extract_mentions

    def failing(article, *args, **options):
        if article.name == DETENTION_A:
            raise RuntimeError("a defect met in this text")
        return real(article, *args, **options)

    monkeypatch.setattr(local, "extract_mentions", failing)
    result = build(data_dir)
    notes = result.tables.sources.set_index("article")["notes"]
    assert "a defect met in this text" in notes[DETENTION_A]
    article = next(a for a in load_corpus(data_dir / "articles", data_dir / "sources.csv").articles)
    assert article.name == DETENTION_A
    assert not MentionCache(data_dir).path(article).exists()  # tried again next time, not remembered

    monkeypatch.setattr(local, "extract_mentions", real)
    rebuilt = build(data_dir)
    assert DETENTION_A in set(rebuilt.tables.mentions["article"])

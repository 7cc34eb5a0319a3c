"""A sample of real news (Timeline17 in ../shared/tls/) builds without a traceback; skipped when absent.

The articles are copied only into a temporary folder, never into the project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from events.engines.local import build_tables
from events.extract.corpus import load_corpus, load_sources_csv

ROOT = Path(__file__).resolve().parent.parent
TLS = next(
    (p / "shared" / "tls" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "tls").is_dir()),
    None,
)
PER_STORY = 12


@pytest.mark.skipif(TLS is None, reason="../shared/tls is absent")
def test_a_sample_of_real_news_builds(tmp_path: Path) -> None:
    assert TLS is not None
    articles = tmp_path / "articles"
    articles.mkdir()
    rows = ["file,outlet,title,url,published"]
    for story in sorted(p for p in TLS.iterdir() if (p / "articles").is_dir()):
        sources, _problems = load_sources_csv(story / "sources.csv")
        names = sorted(sources)
        for name in names[:: max(1, len(names) // PER_STORY)][:PER_STORY]:
            row = sources[name]
            shutil.copyfile(story / "articles" / name, articles / name)
            published = row.published.isoformat() if row.published else ""
            rows.append(f"{name},{row.outlet},,,{published}")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(articles, tmp_path / "sources.csv")
    tables = build_tables(corpus)
    assert len(tables.sources) == len(corpus.articles) >= 3 * PER_STORY
    assert len(tables.events) > 0
    assert tables.events["title"].str.len().between(1, 90).all()
    # every mention points at its words in its article
    texts = {a.name: a.text for a in corpus.articles}
    for mention in tables.mentions.itertuples():
        assert texts[mention.article][mention.start : mention.end] == mention.sentence

"""The disputed figures say which figure, from which sources, in plain words, each figure in its
sentence; one article's own two figures ("slipped from 64 percent to 52 percent") are no dispute."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CLAIM, NBC

from events.query.disputes import disputed_figures, figure_in_words, figure_sentence
from events.schema import Tables


def _with_figures(tables: Tables, cell: str) -> Tables:
    events = tables.events[tables.events["event_id"] == CLAIM].assign(figures=cell)
    return Tables(events, tables.mentions, tables.sources)


def test_one_articles_own_two_figures_are_no_dispute(tables: Tables) -> None:
    own = "64 percent [a.txt];52 percent [a.txt]"
    assert disputed_figures(_with_figures(tables, own)) == []
    # ... nor when another article repeats one of them.
    assert disputed_figures(_with_figures(tables, own + ";52 percent [b.txt]")) == []


def test_two_articles_giving_different_figures_are_a_dispute(tables: Tables) -> None:
    (dispute,) = disputed_figures(
        _with_figures(tables, "64 percent [a.txt];52 percent [a.txt];6 percent [b.txt]")
    )
    assert dispute.kind == "share" and len(dispute.values) == 3


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("share", "a percentage"),
        ("money", "a sum of money"),
        ("people", "how many people"),
        ("miles", "how many miles"),
    ],
)
def test_a_figures_kind_in_words(kind: str, words: str) -> None:
    assert figure_in_words(kind) == words


def test_a_figure_stands_in_its_sentence(tables: Tables) -> None:
    (dispute,) = disputed_figures(tables)
    nbc = next(v for v in dispute.values if v.article == NBC)
    sentence = figure_sentence(tables.mentions, CLAIM, nbc)
    assert nbc.text in sentence and len(sentence) > len(nbc.text)


def test_the_claims_page_says_which_figure_from_which_sources(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard_pages import open_link

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("claims")
    said = [m.value for m in app.main.get("markdown") if "Sources differ on" in m.value]
    assert said and "how many people" in said[0] and "Al Jazeera" in said[0] and "NBC News" in said[0]
    table = app.dataframe[-1].value
    assert list(table.columns) == ["Source", "Figure", "In its sentence"]
    assert all(
        figure in sentence for figure, sentence in zip(table["Figure"], table["In its sentence"], strict=True)
    )

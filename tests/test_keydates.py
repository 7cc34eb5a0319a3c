"""Key dates on a small invented story (a dam burst), through the API, the command line and the dashboard.

The story, by design: the burst of 4 March is reported by six articles from three outlets and named again
by two articles a week later; the governor's promise of 6 March is reported by two articles of one
outlet and never cited later; the draining of 11 March appears in one article, four days before the
last article (where the promise had nine days to be reported): counted with the reports still to come
(see tests/test_keydates_recent.py), it ranks second, just above the promise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from dashboard_pages import open_link
from small_corpus import event_row
from streamlit.testing.v1 import AppTest

from events.__main__ import main
from events.query import keydates
from events.query.exports import key_dates_markdown
from events.query.filters import Filters, apply_filters
from events.query.keydates import (
    EVENT_COLUMNS_READ,
    MENTION_COLUMNS_READ,
    KeyDate,
    SentenceVectors,
    StoryWords,
    key_dates,
    to_json,
    to_tilse_text,
)
from events.query.views import View, from_query, to_query
from events.schema import Tables, validate
from events.store import load_tables, write_tables

BURST, DEATHS, PROMISE, DRAINING = "ev-00000000d1", "ev-00000000d2", "ev-00000000d3", "ev-00000000d4"
BURST_DAY, PROMISE_DAY, DRAINING_DAY = dt.date(2024, 3, 4), dt.date(2024, 3, 6), dt.date(2024, 3, 11)

# article -> (outlet, published, sentences: (event, date basis, sentence))
ARTICLES: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "herald-burst.txt": (
        "Valley Herald",
        "2024-03-04",
        [
            (
                BURST,
                "resolved",
                "The Kestrel dam burst early on Monday, sending a wall of water through the valley.",
            ),
            (
                DEATHS,
                "resolved",
                "Rescuers recovered the bodies of nine villagers from the flooded streets on Monday.",
            ),
        ],
    ),
    "post-burst.txt": (
        "River Post",
        "2024-03-05",
        [(BURST, "resolved", "The Kestrel dam burst on Monday morning after days of heavy rain upstream.")],
    ),
    "herald-wire.txt": (
        "Valley Herald",
        "2024-03-05",
        [(BURST, "resolved", "The Kestrel dam burst on Monday morning after days of heavy rain upstream.")],
    ),
    "ledger-burst.txt": (
        "Daily Ledger",
        "2024-03-05",
        [(BURST, "explicit", "Engineers said the dam burst on 4 March after its spillway had jammed shut.")],
    ),
    "herald-promise.txt": (
        "Valley Herald",
        "2024-03-06",
        [
            (
                PROMISE,
                "publication",
                "The regional governor promised to rebuild every damaged home within a year.",
            )
        ],
    ),
    "herald-promise-2.txt": (
        "Valley Herald",
        "2024-03-07",
        [(PROMISE, "resolved", "On Wednesday the governor vowed that every damaged home would be rebuilt.")],
    ),
    "post-shelters.txt": (
        "River Post",
        "2024-03-12",
        [
            (
                BURST,
                "explicit",
                "Since the dam burst on 4 March, more than 2,000 people have slept in shelters.",
            ),
            (
                DRAINING,
                "explicit",
                "Army engineers began draining the reservoir behind the broken dam on 11 March.",
            ),
        ],
    ),
    "ledger-inquiry.txt": (
        "Daily Ledger",
        "2024-03-15",
        [
            (
                BURST,
                "explicit",
                "The inquiry will ask why warnings went unheeded before the dam burst on 4 March.",
            )
        ],
    ),
}
EVENTS = {
    BURST: ("2024-03-04", "other", "The Kestrel dam bursts"),
    DEATHS: ("2024-03-04", "casualties", "Nine villagers die in the flood"),
    PROMISE: ("2024-03-06", "statement", "The governor promises to rebuild homes"),
    DRAINING: ("2024-03-11", "other", "Army engineers drain the reservoir"),
}


def article_text(name: str) -> str:
    outlet, _published, sentences = ARTICLES[name]
    return f"{outlet} report\n\n" + "\n\n".join(sentence for _e, _b, sentence in sentences) + "\n"


def make_tables() -> Tables:
    mentions, sources = [], []
    reporters: dict[str, list[str]] = {}
    for name, (outlet, published, sentences) in ARTICLES.items():
        text = article_text(name)
        for event_id, basis, sentence in sentences:
            start = text.index(sentence)
            mentions.append(
                {
                    "event_id": event_id,
                    "article": name,
                    "sentence": sentence,
                    "start": start,
                    "end": start + len(sentence),
                    "date_text": "" if basis == "publication" else "on Monday",
                    "date_basis": basis,
                    "date_reason": "",
                    "figures": "",
                }
            )
            reporters.setdefault(event_id, []).append(name)
        sources.append(
            {
                "article": name,
                "outlet": outlet,
                "title": f"{outlet} report",
                "url": "",
                "published": pd.Timestamp(published),
                "published_basis": "given",
                "published_evidence": "",
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            }
        )
    events = [
        event_row(
            event_id,
            day,
            event_type=kind,
            title=title,
            locations="Kestrel",
            sources=";".join(dict.fromkeys(reporters[event_id])),
            n_sources=len(set(reporters[event_id])),
        )
        for event_id, (day, kind, title) in EVENTS.items()
    ]
    return Tables(
        validate("events", pd.DataFrame(events)),
        validate("mentions", pd.DataFrame(mentions)),
        validate("sources", pd.DataFrame(sources)),
    )


@pytest.fixture(scope="module")
def story_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dam")
    (root / "articles").mkdir()
    for name in ARTICLES:
        (root / "articles" / name).write_text(article_text(name), "utf-8")
    write_tables(make_tables(), root)
    return root


@pytest.fixture(scope="module")
def tables(story_dir: Path) -> Tables:
    return load_tables(story_dir)


def run_cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["keydates", *args])
    out, err = capsys.readouterr()
    return status, out, err


def read_timeline(text: str) -> dict[dt.date, list[str]]:
    """tilse's reader (tilse.data.timelines.Timeline.from_file) when installed, else the same rules:
    a YYYY-MM-DD line opens a day, a line of 32 dashes closes it, other lines are its sentences."""
    try:
        from tilse.data.timelines import Timeline
    except ImportError:
        days: dict[dt.date, list[str]] = {}
        day, lines = None, []
        for line in text.splitlines():
            if line.strip() == "-" * 32:
                assert day is not None
                days[day], day, lines = lines, None, []
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", line.strip()):
                day = dt.date.fromisoformat(line.strip())
            else:
                lines.append(line.strip())
        return days
    handle = io.StringIO(text)
    handle.name = "keydates.txt"
    timeline = Timeline.from_file(handle)
    return {day: list(timeline[day]) for day in sorted(timeline.get_dates())}


def test_the_day_reported_and_cited_most_wins_and_says_why(tables: Tables) -> None:
    (winner,) = key_dates(tables, dates=1, sentences=2)
    assert winner.day == BURST_DAY
    assert (winner.articles, winner.outlets, winner.cited_by) == (6, 3, 2)
    assert winner.reason == "reported by 6 articles from 3 outlets; cited by 2 later articles"


def test_days_come_oldest_first_ranked_by_salience(tables: Tables) -> None:
    days = key_dates(tables, dates=3, sentences=1)
    assert [d.day for d in days] == [BURST_DAY, PROMISE_DAY, DRAINING_DAY]
    # The burst first; the draining, seen only four days before the last article (where the promise had
    # nine to be reported), is counted with the reports still to come and passes the promise.
    assert [d.rank for d in days] == [1, 3, 2]
    assert [d.score for d in sorted(days, key=lambda d: d.rank)] == sorted(
        (d.score for d in days), reverse=True
    )
    assert days[1].reason == "reported by 2 articles from 1 outlet"


def test_each_day_has_k_verbatim_sentences_none_repeated(tables: Tables, story_dir: Path) -> None:
    (burst,) = key_dates(tables, dates=1, sentences=3)
    texts = [s.text for s in burst.sentences]
    assert len(texts) == 3
    assert len(set(texts)) == 3
    for sentence in burst.sentences:
        article = (story_dir / "articles" / sentence.article).read_text("utf-8")
        assert article[sentence.start : sentence.end] == sentence.text
        assert sentence.outlet == ARTICLES[sentence.article][0]
    assert set(burst.event_ids) <= {BURST, DEATHS}


def test_a_day_never_has_more_sentences_than_it_has(tables: Tables) -> None:
    days = key_dates(tables, dates=3, sentences=10)
    draining = next(d for d in days if d.day == DRAINING_DAY)
    assert len(draining.sentences) == 1


def test_a_day_whose_sentences_are_all_short_still_shows_them(tables: Tables) -> None:
    mentions = tables.mentions.copy()
    mentions.loc[mentions["event_id"] == DRAINING, "sentence"] = "Draining began."
    days = key_dates(Tables(tables.events, mentions, tables.sources), dates=3, sentences=2)
    draining = next(d for d in days if d.day == DRAINING_DAY)
    assert [s.text for s in draining.sentences] == ["Draining began."]


def test_a_sentence_that_leans_on_the_one_before_comes_second(tables: Tables) -> None:
    mentions = tables.mentions.copy()
    leaning = "He promised to rebuild every damaged home within a year, the governor said."
    mentions.loc[mentions["article"] == "herald-promise.txt", "sentence"] = leaning
    days = key_dates(Tables(tables.events, mentions, tables.sources), dates=3, sentences=2)
    promise = next(d for d in days if d.day == PROMISE_DAY)
    assert [s.text for s in promise.sentences] == [
        "On Wednesday the governor vowed that every damaged home would be rebuilt.",
        leaning,
    ]


def test_the_range_is_respected(tables: Tables) -> None:
    days = key_dates(tables, dates=5, sentences=1, start=dt.date(2024, 3, 5), end=dt.date(2024, 3, 10))
    assert [d.day for d in days] == [PROMISE_DAY]
    assert key_dates(tables, dates=5, sentences=1, start=dt.date(2025, 1, 1)) == []


def test_the_query_filter_is_the_dashboards(tables: Tables) -> None:
    filters, notes = Filters.from_query({"q": "governor"})
    assert not notes
    days = key_dates(apply_filters(tables, filters), dates=5, sentences=2)
    assert [d.day for d in days] == [PROMISE_DAY]


def test_the_same_input_gives_the_same_answer(tables: Tables) -> None:
    assert key_dates(tables, dates=3, sentences=2) == key_dates(tables, dates=3, sentences=2)


def test_the_columns_key_dates_declare_are_all_they_read(tables: Tables) -> None:
    # The command line and the dashboard load only these columns of a big table.
    narrow = Tables(
        tables.events[list(EVENT_COLUMNS_READ)], tables.mentions[list(MENTION_COLUMNS_READ)], tables.sources
    )
    assert key_dates(narrow, dates=3, sentences=2) == key_dates(tables, dates=3, sentences=2)


def test_text_format_is_read_back_by_tilse(tables: Tables) -> None:
    days = key_dates(tables, dates=3, sentences=2)
    text = to_tilse_text(days)
    assert "\n" + "-" * 32 + "\n" in text
    read = read_timeline(text)
    assert read == {d.day: [s.text for s in d.sentences] for d in days}


def test_cli_text_is_the_timeline_format(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run_cli("--data", str(story_dir), "--dates", "2", "--sentences", "2", capsys=capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "2024-03-04"
    assert lines[3] == "-" * 32
    assert lines[4] == "2024-03-11"
    assert list(read_timeline(out)) == [BURST_DAY, DRAINING_DAY]


def test_cli_reads_the_columns_it_needs_from_the_files_without_duckdb(
    story_dir: Path, tables: Tables, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # With no query the whole table is read; DuckDB is opened only to filter it.
    from events.query import duck

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("DuckDB was opened for the whole table")

    monkeypatch.setattr(duck.EventQuery, "open", refuse)
    args = ["--data", str(story_dir), "--dates", "3", "--sentences", "2", "--format", "json"]
    status, out, _err = run_cli(*args, capsys=capsys)
    assert status == 0
    assert out == to_json(key_dates(tables, dates=3, sentences=2))


def test_cli_json_and_range_and_query(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data", str(story_dir), "--dates", "5", "--sentences", "1", "--format", "json"]
    status, out, _err = run_cli(*args, "--from", "2024-03-05", capsys=capsys)
    assert status == 0
    assert [day["date"] for day in json.loads(out)] == ["2024-03-06", "2024-03-11"]
    status, out, _err = run_cli(*args, "--query", "reservoir", capsys=capsys)
    records = json.loads(out)
    assert [day["date"] for day in records] == ["2024-03-11"]
    assert records[0]["sentences"][0]["event_id"] == DRAINING
    assert records[0]["reason"] == "reported by 1 article from 1 outlet"


def test_cli_markdown_and_bad_range(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run_cli(
        "--data", str(story_dir), "--dates", "1", "--format", "markdown", capsys=capsys
    )
    assert status == 0
    assert out.startswith("# Key dates: 1 days")
    assert "## Mon 4 Mar 2024" in out
    assert "Chosen because: reported by 6 articles from 3 outlets; cited by 2 later articles." in out
    status, out, err = run_cli(
        "--data", str(story_dir), "--from", "2024-03-10", "--to", "2024-03-01", capsys=capsys
    )
    assert status == 2 and not out
    assert "after --to" in err
    with pytest.raises(SystemExit):
        main(["keydates", "--data", str(story_dir), "--dates", "0"])


def test_markdown_note_escapes_article_text(tables: Tables) -> None:
    days = key_dates(tables, dates=1, sentences=1)
    hostile = KeyDate(
        day=days[0].day,
        rank=1,
        score=1.0,
        articles=1,
        outlets=1,
        cited_by=0,
        reason="reported by 1 article from 1 outlet",
        sentences=(days[0].sentences[0].__class__("[x](javascript:y) <b>", "a.txt", "*Out*", BURST, 0, 5),),
        event_ids=(BURST,),
    )
    note = key_dates_markdown([hostile])
    assert "\\[x\\](javascript:y) \\<b\\>" in note
    assert "\\*Out\\*" in note
    assert json.loads(to_json([hostile]))[0]["sentences"][0]["text"] == "[x](javascript:y) <b>"


def test_view_keys_round_trip_and_bad_values_get_a_note() -> None:
    state, notes = from_query("mode=keydates&days=25")
    assert not notes
    assert (state.view.mode, state.view.days) == ("keydates", 25)
    assert to_query(state, "chronology") == {"mode": ["keydates"], "days": ["25"]}
    assert to_query(state, "timeline") == {}
    state, notes = from_query("mode=summary&days=0")
    assert state.view == View()
    assert len(notes) == 2


@pytest.fixture
def open_chronology(story_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(story_dir))

    def open_(**params: Any) -> AppTest:
        return open_link("chronology", **params)

    return open_


def elements(node: Any) -> Iterator[Any]:
    for child in getattr(node, "children", {}).values():
        yield child
        yield from elements(child)


def page_text(app: AppTest) -> str:
    parts = (
        [m.value for m in app.markdown]
        + [c.value for c in app.caption]
        + [h.value for h in app.main.subheader]
    )
    return "\n".join(str(part) for part in parts)


def test_a_shared_link_opens_the_key_dates(open_chronology: Any) -> None:
    app = open_chronology(mode="keydates", days="2")
    assert app.number_input(key="w:view:days").value == 2
    headers = [h.value for h in app.main.subheader]
    assert headers == ["Mon 4 Mar 2024", "Mon 11 Mar 2024"]
    text = page_text(app)
    assert "reported by 6 articles from 3 outlets; cited by 2 later articles" in text
    assert "Valley Herald" in text
    links = [link for link in elements(app.main) if getattr(link, "type", "") == "page_link"]
    links = [link for link in links if link.proto.label.startswith("Event")]
    assert any(f"event={BURST}" in link.proto.query_string for link in links)
    assert not app.code  # the note's box is closed: its highlighter stays unloaded
    app.session_state["w:keydates:note"] = True  # the reader opens it
    app.run()
    assert "Key dates: 2 days" in app.code[0].value


def test_the_day_control_and_mode_are_kept_in_the_url(open_chronology: Any) -> None:
    app = open_chronology()
    assert "mode" not in app.query_params
    app.segmented_control(key="w:view:mode").set_value("keydates").run()
    assert app.query_params["mode"] == ["keydates"] or app.query_params["mode"] == "keydates"
    app.number_input(key="w:view:days").set_value(1).run()
    assert [h.value for h in app.main.subheader] == ["Mon 4 Mar 2024"]
    days = app.query_params["days"]
    assert days in (["1"], "1")


def test_key_dates_follow_the_sidebar_filters(open_chronology: Any) -> None:
    app = open_chronology(mode="keydates", q="governor")
    assert [h.value for h in app.main.subheader] == ["Wed 6 Mar 2024"]


def with_listing(tables: Tables) -> Tables:
    """The story's tables plus two pages of a listings site that date a concert and a fair to 9 March:
    more articles than the draining of 11 March has, about other things."""
    listing = [
        (
            "listings-choir.txt",
            "The Hillside Choir sings Handel and Bach at St Mary's church hall on Saturday.",
        ),
        (
            "listings-fair.txt",
            "A spring craft fair with pottery, quilts and cakes fills the school gym on Saturday.",
        ),
    ]
    mentions = pd.DataFrame(
        [
            {
                "event_id": "ev-00000000c1",
                "article": name,
                "sentence": sentence,
                "start": 0,
                "end": len(sentence),
                "date_text": "on Saturday",
                "date_basis": "resolved",
                "date_reason": "",
                "figures": "",
            }
            for name, sentence in listing
        ]
    )
    sources = pd.DataFrame(
        [
            {
                "article": name,
                "outlet": "What's On",
                "title": "Listings",
                "url": "",
                "published": pd.Timestamp("2024-03-08"),
                "published_basis": "given",
                "published_evidence": "",
                "sha256": hashlib.sha256(name.encode()).hexdigest(),
            }
            for name, _sentence in listing
        ]
    )
    concert = tables.events[tables.events["event_id"] == DRAINING].assign(
        event_id="ev-00000000c1",
        date=pd.Timestamp("2024-03-09"),
        date_end=pd.Timestamp("2024-03-09"),
        title="Listed for Saturday",
        sources="listings-choir.txt;listings-fair.txt",
        n_sources=2,
    )
    return Tables(
        validate("events", pd.concat([tables.events, concert], ignore_index=True)),
        validate("mentions", pd.concat([tables.mentions, mentions], ignore_index=True)),
        validate("sources", pd.concat([tables.sources, sources], ignore_index=True)),
    )


def test_an_article_counts_as_much_as_it_is_about_the_story(tables: Tables) -> None:
    mixed = with_listing(tables)
    mentions = mixed.mentions
    relevance = StoryWords.of(mentions["sentence"].tolist()).relevance(mentions)
    assert set(relevance.index) == set(mixed.sources["article"])
    assert relevance["listings-choir.txt"] < relevance["post-shelters.txt"]
    assert relevance.between(0, 1).all()
    # Two listings name 9 March, one report of the story names 11 March: the story's day ranks higher.
    ranked = [d.day for d in sorted(key_dates(mixed, dates=4, sentences=1), key=lambda d: d.rank)]
    assert ranked.index(DRAINING_DAY) < ranked.index(dt.date(2024, 3, 9))


def test_cli_reads_tables_of_the_flat_layout_too(
    tables: Tables, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("events", "mentions", "sources"):
        getattr(tables, name).to_parquet(tmp_path / f"{name}.parquet")
    status, out, _err = run_cli("--data", str(tmp_path), "--dates", "1", capsys=capsys)
    assert status == 0
    assert list(read_timeline(out)) == [BURST_DAY]


# Made-up sentences for the word vectors: wire copy repeated, curly and straight apostrophes, words
# used twice, a sentence of stop words only, and one outside the story's texts.
VECTOR_TEXTS = [
    "The levee's crest held overnight, engineers said, though the levee leaked twice.",
    "Engineers said the crest held; volunteers don’t expect the river to rise again.",
    "The levee's crest held overnight, engineers said, though the levee leaked twice.",
    "It was what it was.",
    "Volunteers filled 4,000 sandbags by noon on the town's north bank.",
]


def _plain_vector(text: str, weights: dict[str, float]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for word in re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower()):
        if word not in keydates._STOP:
            counts[word] = counts.get(word, 0) + 1
    return {word: n * weights.get(word, 1.0) for word, n in counts.items()}


def _plain_mean(vectors: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for vector in vectors:
        for word, value in vector.items():
            total[word] = total.get(word, 0.0) + value
    return {word: value / len(vectors) for word, value in total.items()}


def test_sentence_vectors_are_each_texts_words_in_order_with_their_weights() -> None:
    story = StoryWords.of(VECTOR_TEXTS)
    weights = story.weights()
    vectors = SentenceVectors(weights, story)
    outside = "The crest of the levee was raised by volunteers."
    for text in [*VECTOR_TEXTS, outside]:
        # the same words, in the same order (sums over them are taken in it), and the same values
        assert list(vectors(text).items()) == list(_plain_vector(text, weights).items())
    assert list(vectors(VECTOR_TEXTS[0])) == [
        "levee's",
        "crest",
        "held",
        "overnight",
        "engineers",
        "though",
        "levee",
        "leaked",
        "twice",
    ]
    assert vectors(VECTOR_TEXTS[0])["levee"] == 1 * weights["levee"]
    assert vectors("It was what it was.") == {}
    assert list(SentenceVectors(weights)(VECTOR_TEXTS[1]).items()) == list(vectors(VECTOR_TEXTS[1]).items())


def test_a_days_centroid_is_the_mean_of_its_sentences_and_its_leads_words_in_common() -> None:
    story = StoryWords.of(VECTOR_TEXTS)
    weights = story.weights()
    vectors = SentenceVectors(weights, story)
    dated, leads = VECTOR_TEXTS[:4], ["Engineers inspected the crest at dawn.", VECTOR_TEXTS[4]]
    a = _plain_mean([_plain_vector(t, weights) for t in dated])
    b = _plain_mean([_plain_vector(t, weights) for t in leads])
    expected = {word: value + b[word] for word, value in a.items() if word in b}
    assert list(expected) == ["crest", "engineers", "volunteers"]
    assert list(vectors.centroid(dated, leads).items()) == list(expected.items())
    # with no leads, the dated sentences' mean; with no word in common, every word of both
    assert list(vectors.centroid(dated, []).items()) == list(a.items())
    apart = ["Sandbags ran short by noon."]
    union = vectors.centroid(VECTOR_TEXTS[:1], apart)
    first = _plain_vector(VECTOR_TEXTS[0], weights)
    assert union == {**first, **_plain_vector(apart[0], weights)}
    assert vectors.centroid(["It was what it was."], []) == {}


def test_the_words_of_many_texts_at_once_are_the_word_patterns_matches() -> None:
    # coded_tokens numbers what the word pattern finds, the way pandas' factorize numbers it.
    def expected(text: str) -> tuple[list[int], list[str]]:
        codes, names = pd.factorize(pd.Series(keydates._WORD_OR_SEPARATOR.findall(text), dtype=object))
        return codes.tolist(), [str(name) for name in names]

    samples = [
        "",
        "   ",
        "the dam's spillway, rock’n’roll and o'neill's 90's a'9 don’t ’tis 'quoted' dogs' x\x01y",
        "\x00lead\x00\x00 tail\x00",
        "café naïve 日本 k-pop 4,000 ’’ '' \t\n\x0b\x1c end",
    ]
    pieces = ["a", "b9", "'", "’", " ", "\x00", "\x01", ".", "é", "it's", "’s", "x’y’z", "\ud800"]
    generator = random.Random(8)
    samples += [
        "".join(generator.choice(pieces) for _ in range(generator.randint(1, 12))) for _ in range(3000)
    ]
    for sample in samples:
        codes, names = keydates.coded_tokens(sample)
        assert (codes.tolist(), names) == expected(sample), repr(sample)

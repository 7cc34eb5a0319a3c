"""The drill-down says when sources date one event differently ("sources differ on the date", naming
each day's outlets), and "contested" is said whole as what the flag means: a claim a denial answers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from conftest import CAP, CAPTURE, CLAIM, NBC, build_data_dir
from dashboard_pages import open_link

from events.query.disputes import differing_days, differing_days_line, mention_day
from events.query.labels import CONTESTED_LABEL, outlet_shown
from events.schema import Tables
from events.store import load_tables, write_tables

TUESDAY = "'Tuesday' in an NBC News article published Thu 10 Apr 2025 → Tue 8 Apr 2025"
WEDNESDAY = (
    "no date of its own; it follows the news the report leads with, which it dates by 'Wednesday' "
    "→ Wed 9 Apr 2025"
)
WEEK = "'earlier this week' in an NBC News article published Thu 10 Apr 2025 → Mon 7–Thu 10 Apr 2025"


@pytest.mark.parametrize(
    ("reason", "day"),
    [
        (TUESDAY, "8 Apr 2025"),
        (WEDNESDAY, "9 Apr 2025"),
        ("'April 8' (no year) in an article published Tue 8 Apr 2025 → 8 Apr 2025", "8 Apr 2025"),
        (
            "no date in the sentence or its context; the article's publication date, Wed 9 Apr 2025",
            "9 Apr 2025",
        ),
        (
            "'Tuesday' in a BBC article published Mon 12 Jul 2010 → Tue 13 Jul 2010 "
            "(the sentence looks ahead)",
            "13 Jul 2010",
        ),
        ("'Friday, March 12, 2010' stated in the text", "12 Mar 2010"),
        ("'Thursday, 10 June 2010' stated in the text", "10 Jun 2010"),
        ("'September 2010' stated in the text", ""),  # a month
        ("'2010' stated in the text", ""),
        (WEEK, ""),  # a span names no one day
        ("'February 2022' stated in the text", ""),
        ("", ""),
    ],
)
def test_a_mention_day_is_the_one_day_its_reason_settles_on(reason: str, day: str) -> None:
    assert mention_day(reason) == day


def test_sources_giving_two_days_are_named_by_day_most_sources_first() -> None:
    mentions = pd.DataFrame(
        {
            "article": ["nbc.txt", "aj.txt", "doz.txt", "nbc.txt", "aj.txt"],
            "date_reason": [TUESDAY, TUESDAY, WEDNESDAY, WEEK, TUESDAY],
        }
    )
    outlets = {"nbc.txt": "NBC News", "aj.txt": "Al Jazeera"}
    line = differing_days_line(differing_days(mentions, outlets))
    # An article naming no outlet is counted, not listed by its file name.
    assert line == (
        "Sources differ on the date: 8 Apr 2025 (NBC News, Al Jazeera) "
        "vs 9 Apr 2025 (1 article, outlet not named)"
    )


def test_sources_agreeing_on_the_day_or_giving_a_span_do_not_differ() -> None:
    mentions = pd.DataFrame({"article": ["nbc.txt", "aj.txt"], "date_reason": [TUESDAY, WEEK]})
    assert differing_days(mentions, {}) == []
    assert differing_days_line([]) == ""


@pytest.fixture(scope="module")
def differing_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test tables with the capture's sources dating it to two days."""
    root = build_data_dir(tmp_path_factory.mktemp("differing"))
    tables = load_tables(root)
    mentions = tables.mentions.copy()
    capture = (mentions["event_id"] == CAPTURE).to_numpy()
    reasons = [TUESDAY] * int(capture.sum())
    reasons[-1] = WEDNESDAY
    mentions.loc[capture, "date_reason"] = reasons
    write_tables(replace(tables, mentions=mentions), root)
    return root


def test_the_drill_down_says_the_sources_differ_on_the_date(
    differing_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(differing_data))
    app = open_link("event", event=CAPTURE)
    said = [w.value.replace("\\", "") for w in app.warning]  # as read: Markdown escapes dropped
    assert any(
        text.startswith("Sources differ on the date: 8 Apr 2025 (") and " vs 9 Apr 2025 (" in text
        for text in said
    )
    assert not any("contested" in text for text in said)


def test_a_drill_down_whose_sources_agree_says_nothing_of_differing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("event", event=CAPTURE)
    assert not any("differ" in w.value for w in app.warning)


def test_a_contested_claim_says_a_denial_answers_it(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    event = open_link("event", event=CLAIM)
    assert any(CONTESTED_LABEL in html.proto.body for html in event.get("html"))
    chronology = open_link("chronology")
    links = [link.proto.label.replace("\\", "") for link in chronology.get("page_link")]
    assert any(f"⚠ {CONTESTED_LABEL}" in label for label in links)


def test_an_article_without_an_outlet_is_not_named_by_its_file_as_if_a_paper(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert outlet_shown("NBC News", NBC) == "NBC News"
    assert outlet_shown("", CAP) == f"outlet not named ({CAP})"
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("event", event=CAPTURE)
    said = " ".join(m.value.replace("\\", "") for m in app.markdown)
    assert f"outlet not named ({CAP})" in said
    # The outlet filter still takes the file name, as links made before say it.
    sidebar = open_link("timeline", outlet=CAP)
    assert not sidebar.warning or not any("outlet" in w.value for w in sidebar.warning)


def test_the_review_queue_says_mixed_date_words_are_words_not_differing_days() -> None:
    from types import SimpleNamespace

    from events.query.review import review_item

    row = SimpleNamespace(
        event_id="ev-1", confidence=0.9, n_sources=2, date_basis="explicit", contested=False, reviewed=False
    )
    item = review_item(row, "", True)
    assert item is not None
    assert item.reasons == ("merged from mentions that word its date differently: check they name one day",)


def test_the_article_page_says_how_its_publication_day_was_found(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("article", article=CAP)
    captions = [c.value.replace("\\", "") for c in app.caption]
    assert f"Outlet not named · published Tue 8 Apr 2025 (inferred: not in the article) · {CAP}" in captions


def test_the_chronology_flags_an_event_whose_sources_differ_on_the_date(
    differing_data: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flag = "sources differ on the date"
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(differing_data))
    links = open_link("chronology").get("page_link")
    flagged = [link for link in links if flag in link.proto.label.replace("\\", "")]
    assert len(flagged) == 1 and CAPTURE in flagged[0].proto.query_string
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    assert not any(flag in link.proto.label for link in open_link("chronology").get("page_link"))


def test_the_add_preview_names_an_unnamed_outlet_as_not_named(tables: Tables) -> None:
    from ui.adding import yielded_events

    events = yielded_events(tables, NBC)
    joined = [other for event in events for other in event.others]
    assert f"outlet not named ({CAP})" in joined and CAP not in joined


@pytest.fixture(scope="module")
def one_voice_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test tables with the capture's NBC sentence joined by two more of the same report (as
    regroup joins one voice's run of remarks), all three dated alike."""
    root = build_data_dir(tmp_path_factory.mktemp("one-voice"))
    tables = load_tables(root)
    mentions = tables.mentions
    first = mentions[(mentions["event_id"] == CAPTURE) & (mentions["article"] == NBC)].iloc[[0]]
    more = pd.concat([first, first], ignore_index=True)
    more["sentence"] = ["He said a second thing.", "He said a third thing."]
    more["start"] = first["start"].iloc[0] + 1000 + pd.Series([0, 100])
    more["end"] = more["start"] + 20
    joined = pd.concat([mentions, more], ignore_index=True).astype(mentions.dtypes.to_dict())
    write_tables(replace(tables, mentions=joined), root)
    return root


def test_a_reports_sentences_of_one_event_are_one_source_box(
    one_voice_run: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A joined run of 11 remarks showed 11 boxes, each "BBC · published ...", under "1 source".
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(one_voice_run))
    app = open_link("event", event=CAPTURE)
    said = [m.value.replace("\\", "") for m in app.markdown]
    heading = next(text for text in said if text.startswith("**Sources**"))
    mentions = load_tables(one_voice_run).mentions.query("event_id == @CAPTURE")
    n_articles = len(mentions["article"].unique())
    assert heading == f"**Sources** ({n_articles} sources, {n_articles + 2} sentences)"
    assert sum(text.startswith("**NBC News**") for text in said) == 1  # one outlet line for its 3 sentences
    quotes = [html.proto.body for html in app.get("html")]
    assert any("a second thing" in body for body in quotes) and any(
        "a third thing" in body for body in quotes
    )
    reasons = [c.value for c in app.caption if c.value.startswith("Date:")]
    said_once = mentions.loc[mentions["date_reason"] != "", ["article", "date_reason"]].drop_duplicates()
    assert len(reasons) == len(said_once)  # NBC's reason once for its three sentences that share it

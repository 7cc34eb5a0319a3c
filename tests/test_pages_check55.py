"""What check55 found walking the dashboard: the add page refuses a URL that is no web address, and an
export's file name never cuts a filter value short."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from small_corpus import THIRD_REPORT, snapshot
from streamlit.testing.v1 import AppTest

from events.query.filters import Filters
from ui.downloads import CSV_BUNDLE, filtered_file_name


def _labelled(widgets: Any, label: str) -> Any:
    return next(w for w in widgets if w.label.startswith(label))


def _run(app: AppTest) -> AppTest:
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


@pytest.mark.parametrize(
    "typed", ["javascript:alert(1)", "www.reuters.com/article", "https://", "ftp://x.org/a"]
)
def test_a_url_that_is_no_web_address_is_refused_and_nothing_is_saved(
    small_corpus_copy: Path, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(small_corpus_copy))
    before = snapshot(small_corpus_copy)
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.switch_page("app_pages/add.py")
    app = _run(app)
    app.text_area[0].set_value(THIRD_REPORT)
    _labelled(app.text_input, "Publication date").set_value("2025-03-08")
    _labelled(app.text_input, "URL").set_value(typed)
    _run(app)
    # (as written: Markdown escapes and a zero-width space that keeps "https://" from becoming a link)
    assert [e.value.replace("\\", "").replace("\u200b", "") for e in app.error] == [
        f"The URL '{typed}' is not a web address: give it whole, starting with https:// or http:// "
        "(or leave it empty)."
    ]
    assert _labelled(app.button, "Preview the events").disabled
    _labelled(app.text_input, "URL").set_value("https://www.reuters.com/world/a-report")
    assert not _run(app).error
    assert not _labelled(app.button, "Preview the events").disabled
    assert snapshot(small_corpus_copy) == before


def test_a_long_file_name_drops_whole_filters_never_part_of_a_value() -> None:
    query = {
        "from": ["2010-05-01"],
        "to": ["2010-07-31"],
        "type": ["statement"],
        "actor": ["Tony Hayward"],
        "country": ["USA"],
    }
    name = filtered_file_name("csv", Filters.from_query(query)[0])
    # Was "..._actor-tony-hayward_country-u.csv": read as a filter on a country "u".
    assert re.fullmatch(r"events_from-2010-05-01_to-2010-07-31_type-statement_etc-[0-9a-f]{6}\.csv", name)
    assert filtered_file_name(CSV_BUNDLE, Filters.from_query(query)[0]) == name + ".zip"
    # The view without the filters left out of the name has another name.
    without = filtered_file_name("csv", Filters.from_query({**query, "country": ["GBR"]})[0])
    assert without != name and len(without) <= 84
    short = Filters.from_query({"type": ["claim"], "actor": ["Tony Hayward"]})[0]
    assert filtered_file_name("csv", short) == "events_type-claim_actor-tony-hayward.csv"
    one_long = Filters.from_query({"q": ["a" * 200]})[0]
    assert re.fullmatch(r"events_q-a+_etc-[0-9a-f]{6}\.csv", filtered_file_name("csv", one_long))

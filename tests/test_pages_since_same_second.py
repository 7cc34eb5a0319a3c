""" "Since the last briefing" lists a correction made in the same second as the version it is compared
with: versions and corrections are stamped to the microsecond, and older logs stamped to the second are
ordered by what made each version."""

from __future__ import annotations

import datetime as dt
import types
from pathlib import Path

import pytest
from dashboard_pages import open_link
from small_corpus import QUOTAS, single_source

from events.query.changes import corrections_between, held_corrections
from events.store import curation
from events.store import generations as store
from events.store.curation import Correction
from events.store.generations import Version

EVENT = "ev-0000000001"


def _fix(correction_id: str, when: str, who: str = "Ana") -> Correction:
    return Correction(correction_id, when, who, "fix", (EVENT,), "title", old="A", new="B")


def _version(name: str, written: str, label: str = "build of 3 articles") -> Version:
    return Version(name, written, label, current=False)


def test_a_correction_in_the_builds_second_comes_after_the_build() -> None:
    # Stamped to the second, as logs and versions were: the build and the fix share 09:12:03.
    fix = _fix("c-1", "2025-04-10T09:12:03Z")
    build = _version("g-1", "2025-04-10T09:12:03Z")
    made = _version("g-2", "2025-04-10T09:12:03Z", f"correction: {fix.describe()}")
    assert corrections_between([fix], build, made) == [fix]
    # The version the fix made holds it: compared from there, nothing is new.
    assert corrections_between([fix], made, made) == []


def test_corrections_of_one_second_are_told_apart_by_the_versions_they_made() -> None:
    first, second = _fix("c-1", "2025-04-10T09:12:03Z"), _fix("c-2", "2025-04-10T09:12:03Z", "Bo")
    after_first = _version("g-2", "2025-04-10T09:12:03Z", f"correction: {first.describe()}")
    after_second = _version("g-3", "2025-04-10T09:12:03Z", f"correction: {second.describe()}")
    log = [first, second]
    assert held_corrections(log, after_first) == 1
    assert held_corrections(log, after_second) == 2
    assert corrections_between(log, after_first, after_second) == [second]


def test_times_to_the_microsecond_order_corrections_and_versions_exactly() -> None:
    build = _version("g-1", "2025-04-10T09:12:03.400000Z")
    before, after = _fix("c-1", "2025-04-10T09:12:03.399999Z"), _fix("c-2", "2025-04-10T09:12:03.400001Z")
    later = _version("g-2", "2025-04-10T09:12:03.500000Z", f"correction: {after.describe()}")
    assert corrections_between([before, after], build, later) == [after]
    # A second-grain entry against an exact version: the second decides, a tie by what made the version.
    old = _fix("c-0", "2025-04-10T09:12:02Z")
    assert held_corrections([old], build) == 1
    assert corrections_between([_fix("c-3", "2025-04-10T09:12:03Z")], build, later) == [
        _fix("c-3", "2025-04-10T09:12:03Z")
    ]


def test_versions_and_corrections_are_stamped_to_the_microsecond(small_corpus_copy: Path) -> None:
    data = small_corpus_copy
    fix = curation.reject_event(data, single_source(store.load_tables(data), QUOTAS)["event_id"], who="Ana")
    for stamp in (fix.when, store.list_versions(data)[0].written):
        assert dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).tzinfo is not None
        assert len(stamp) == len("2025-04-10T09:12:03.250000Z"), stamp


def test_the_since_page_lists_a_correction_made_in_the_builds_second(
    small_corpus_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = small_corpus_copy
    build = store.list_versions(data)[0]
    # The analyst's click lands in the very second the build was written (a microsecond after it).
    instant = dt.datetime.fromisoformat(build.written.replace("Z", "+00:00")) + dt.timedelta(microseconds=1)

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Clock:  # type: ignore[override]
            return cls.fromtimestamp(instant.timestamp(), tz)

    monkeypatch.setattr(curation, "dt", types.SimpleNamespace(datetime=Clock, date=dt.date, UTC=dt.UTC))
    event = single_source(store.load_tables(data), QUOTAS)
    rejected = curation.reject_event(data, event["event_id"], who="Ana")
    assert rejected.when[:19] == build.written[:19]
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data))
    app = open_link("since", since=build.generation)
    said = [m.value.replace("\\", "") for m in app.markdown if m.value.startswith("- Ana")]
    assert len(said) == 1 and said[0].startswith("- Ana rejected “"), said
    # A link pinned to the build says one newer version exists, the correction's.
    pinned = open_link("timeline", v=build.generation)
    notices = [m.value for m in pinned.markdown if "Newer data exists" in m.value]
    assert notices and "1 later version(s)" in notices[0]

"""A table already of the schema's dtypes is checked without pandera (`schema._conforms`): it must pass
exactly the tables pandera passes, and a bad row must still be refused with pandera's error."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.errors
import pytest

from events import schema
from events.errors import DataError
from events.schema import RULES, Tables, schemas, validate
from events.store.generations import write_tables
from tests.small_corpus import make_tables

# One bad cell per rule: (table, column, value breaking it).
BAD_CELLS = [
    ("events", "event_id", "ev-XYZ"),
    ("events", "precision", "fortnight"),
    ("events", "event_type", "picnic"),
    ("events", "title", ""),
    ("events", "title", "x" * (schema.TITLE_MAX + 1)),
    ("events", "sources", ""),
    ("events", "n_sources", 0),
    ("events", "confidence", 1.5),
    ("events", "confidence", -0.1),
    ("events", "confidence", float("nan")),
    ("events", "date", pd.NaT),
    ("events", "date_basis", "guessed"),
    ("mentions", "event_id", "ev-0"),
    ("mentions", "article", ""),
    ("mentions", "sentence", ""),
    ("mentions", "start", -1),
    ("mentions", "date_basis", "guessed"),
    ("sources", "sha256", "abc"),
    ("sources", "published_basis", "rumour"),
    ("sources", "published", pd.NaT),
    ("sources", "article", ""),
]


def _tables() -> dict[str, pd.DataFrame]:
    tables = make_tables("checked", 3)
    return dict(tables.items())


def _broken(name: str, column: str, value: object) -> pd.DataFrame:
    frame = _tables()[name].copy()
    if isinstance(value, str) and frame[column].dtype != object:
        frame[column] = frame[column].astype(object)
    frame.loc[1, column] = value
    return frame


@pytest.mark.parametrize("name", sorted(RULES))
def test_a_good_table_passes_without_pandera_as_pandera_passes_it(name: str) -> None:
    frame = _tables()[name]
    assert schema._conforms(name, frame)
    pd.testing.assert_frame_equal(validate(name, frame), schemas()[name].validate(frame.copy(), lazy=True))


@pytest.mark.parametrize(("name", "column", "value"), BAD_CELLS)
def test_a_bad_cell_is_refused_with_pandera_s_error(name: str, column: str, value: object) -> None:
    frame = _broken(name, column, value)
    assert not schema._conforms(name, frame)
    with pytest.raises(pandera.errors.SchemaErrors):
        validate(name, frame)


@pytest.mark.parametrize("name", ["events", "sources"])
def test_a_repeated_key_is_refused(name: str) -> None:
    frame = _tables()[name]
    doubled = pd.concat([frame, frame.iloc[:1]], ignore_index=True)
    assert not schema._conforms(name, doubled)
    with pytest.raises(pandera.errors.SchemaErrors):
        validate(name, doubled)


def test_rows_out_of_order_are_refused() -> None:
    tables = _tables()
    events = tables["events"].copy()
    events.loc[0, "date_end"] = events.loc[0, "date"] - pd.Timedelta(days=1)
    mentions = tables["mentions"].copy()
    mentions.loc[0, "end"] = mentions.loc[0, "start"]
    for name, frame in (("events", events), ("mentions", mentions)):
        assert not schema._conforms(name, frame)
        with pytest.raises(pandera.errors.SchemaErrors):
            validate(name, frame)


def test_columns_out_of_order_or_extra_go_to_pandera() -> None:
    frame = _tables()["mentions"]
    assert not schema._conforms("mentions", frame[list(reversed(frame.columns))])
    assert not schema._conforms("mentions", frame.assign(extra=1))
    with pytest.raises(pandera.errors.SchemaErrors):
        validate("mentions", frame.assign(extra=1))


def test_a_table_to_coerce_is_coerced_as_before() -> None:
    frame = _tables()["mentions"].astype({"start": "int32"})
    checked = validate("mentions", frame)
    assert checked["start"].dtype == "int64"
    pd.testing.assert_frame_equal(checked, validate("mentions", _tables()["mentions"]))


def test_the_caller_s_frame_is_left_as_it_was() -> None:
    frame = _tables()["sources"].drop(columns=["notes"])
    frame.loc[0, "outlet"] = None
    before = frame.copy()
    checked = validate("sources", frame)
    assert checked.loc[0, "outlet"] == ""
    pd.testing.assert_frame_equal(frame, before)


def test_a_bad_row_in_tables_to_write_is_refused_and_nothing_is_stored(tmp_path: Path) -> None:
    tables = make_tables("written", 3)
    events = tables.events.copy()
    events.loc[2, "event_type"] = "picnic"
    with pytest.raises(DataError, match="does not match its schema"):
        write_tables(Tables(events, tables.mentions, tables.sources), tmp_path)
    assert not (tmp_path / "tables.json").exists()
    write_tables(tables, tmp_path)  # the same tables without the bad row are written
    assert (tmp_path / "tables.json").exists()

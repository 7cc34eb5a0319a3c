"""The plain dtype table that `empty_table` uses agrees with what the pandera schemas coerce to."""

from __future__ import annotations

import pandas as pd
import pytest

from events.schema import COLUMNS, empty_table, validate


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_an_empty_table_has_the_dtypes_the_schema_gives(name: str) -> None:
    checked = validate(name, pd.DataFrame({column: pd.Series(dtype=object) for column in COLUMNS[name]}))
    plain = empty_table(name)
    assert list(plain.columns) == list(checked.columns)
    assert {c: str(d) for c, d in plain.dtypes.items()} == {c: str(d) for c, d in checked.dtypes.items()}

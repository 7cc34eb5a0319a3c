"""A gold file that is not one, or has a row that cannot be read, is a clear message naming the line, never a
traceback, and nothing is scored from half a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.__main__ import main
from events.errors import InputError
from events.evaluate import load_gold

HEADER = "gold_id,event_type,date,date_end,sources,keywords\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEADER, "no labelled events in it"),
        ("article,outlet\na.txt,Wire\n", "no column gold_id"),
        (
            HEADER + "g1,attack,2025-04-08,2025-04-08,a.txt,shell\ng2,attack,2025-13-01,2025-13-01,a.txt,x\n",
            "line 3 (g2)",
        ),
        (HEADER + "g1,attack,2025-04-08,,a.txt,shell\n", "line 2 (g1)"),
        (HEADER + "g1,attack,2025-04-08,2025-04-08,a.txt,(unclosed\n", "line 2 (g1)"),
    ],
)
def test_a_gold_file_that_cannot_be_read_is_named_with_its_line(
    tmp_path: Path, text: str, message: str
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_gold(gold)


def test_the_evaluate_command_says_what_is_wrong_with_the_gold_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(HEADER, encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--articles", str(tmp_path)]) != 0
    err = capsys.readouterr().err
    assert "no labelled events" in err and "Traceback" not in err

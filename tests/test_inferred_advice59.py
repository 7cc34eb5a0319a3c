"""An inferred publication day's warning gives one piece of advice, for where the reader is: the build's
command-line advice in the evidence ("set `published` in sources.csv") is not repeated beside the add
page's "type it under Publication date"."""

from __future__ import annotations

from ui.render import inferred_date_text


def test_the_command_line_advice_is_dropped_from_the_evidence() -> None:
    evidence = (
        "inferred Sat 2 Mar 2024: no date evidence in the text: given the corpus's latest publication "
        "date, Sat 2 Mar 2024; set `published` in sources.csv"
    )
    text = inferred_date_text("2024-03-02", evidence)
    assert "sources.csv" not in text
    assert "latest publication date" in text


def test_evidence_without_advice_is_kept_whole() -> None:
    text = inferred_date_text("2024-03-05", "inferred Tue 5 Mar 2024: 'Monday' → Mon 4 Mar 2024")
    assert "Mon 4 Mar 2024" in text

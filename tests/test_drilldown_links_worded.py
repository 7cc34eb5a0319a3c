"""The drill-down says what its linked events are to it (a claim is answered, a denial answers) and flags
a denial dated before the claim it is linked to: an answer comes on the claim's day or later."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from conftest import CLAIM, DENIAL

from events.query.labels import event_rows
from events.schema import Tables
from ui.render import answer_out_of_order, linked_heading


def test_a_claim_is_answered_and_a_denial_answers() -> None:
    assert linked_heading("claim") == "Answered by"
    assert linked_heading("denial") == "Answers these claims"
    assert linked_heading("statement") == "Linked claims and denials"


def test_a_denial_dated_before_its_claim_is_flagged(tables: Tables) -> None:
    rows = {row.event_id: row for row in event_rows(tables.events)}
    claim, denial = rows[CLAIM], rows[DENIAL]
    assert answer_out_of_order(claim, denial) == "" == answer_out_of_order(denial, claim)
    early = replace(denial, date=claim.date - pd.Timedelta(days=1))
    assert "before the claim" in answer_out_of_order(claim, early)
    assert "before the claim" in answer_out_of_order(early, claim)


def test_the_drilldown_of_a_claim_says_answered_by(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard_pages import open_link

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    said = " ".join(m.value for m in open_link("event", event=CLAIM).main.get("markdown"))
    assert "**Answered by**" in said and "Answered by / answers" not in said
    said = " ".join(m.value for m in open_link("event", event=DENIAL).main.get("markdown"))
    assert "**Answers these claims**" in said

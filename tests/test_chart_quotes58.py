"""Quotation marks in an event's title reach the timeline as quotation marks, not as '&quot;'."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import plotly.io as pio
from conftest import CLAIM

from events.query.figures import timeline_figure
from events.schema import Tables

QUOTED = 'Mayor Ines Varga told "Morning Report" the bridge would reopen'


def _with_title(tables: Tables, event_id: str, title: str) -> Tables:
    events = tables.events.copy()
    events.loc[events["event_id"] == event_id, "title"] = title
    return replace(tables, events=events)


def _trace_with(figure: Any, event_id: str) -> tuple[Any, int]:
    for trace in figure.data:
        for index, custom in enumerate(trace.customdata or ()):
            if custom[0] == event_id and trace.text is not None:
                return trace, index
    raise AssertionError(f"no titled mark for {event_id}")


def test_a_quoted_title_is_drawn_with_its_quotes(tables: Tables) -> None:
    # Plotly decodes &amp; &lt; &gt; and numeric entities in its text, not &quot;, which it drew as is.
    figure = timeline_figure(_with_title(tables, CLAIM, QUOTED)).figure
    trace, index = _trace_with(figure, CLAIM)
    assert '"Morning Report"' in trace.text[index]
    assert trace.customdata[index][1] == QUOTED  # the hover's title
    assert "&quot;" not in pio.to_json(figure, validate=False)


def test_a_tag_in_a_title_stays_escaped(tables: Tables) -> None:
    figure = timeline_figure(_with_title(tables, CLAIM, '<img src=x> said "no"')).figure
    trace, index = _trace_with(figure, CLAIM)
    assert trace.customdata[index][1] == '&lt;img src=x&gt; said "no"'
    assert "<img" not in pio.to_json(figure, validate=False)

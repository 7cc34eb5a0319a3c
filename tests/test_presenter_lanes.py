"""The presenter's timeline (a fixed 720 px high screen) gives every lane room for its label: with 17
lanes, lanes of one row were thinner than their label and the labels ran into each other."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from events.query.figures import LANE_LABEL_PX, _main_px, label_room, timeline_figure
from events.schema import EVENT_TYPES, Tables


def many_lanes(tables: Tables) -> Tables:
    """Every event type as a lane, most of one event, one lane of many (a busy day's statements)."""
    template = tables.events[~tables.events["background"]].iloc[0]
    rows = []
    for index, event_type in enumerate(EVENT_TYPES):
        for copy in range(12 if event_type == "statement" else 1):
            rows.append(
                template.to_dict()
                | {
                    "event_id": f"ev-{index:04x}{copy:06x}",
                    "event_type": event_type,
                    "title": f"{event_type} number {copy}",
                    "date": pd.Timestamp("2025-04-09"),
                    "date_end": pd.Timestamp("2025-04-09"),
                    "precision": "day",
                    "background": False,
                }
            )
    return replace(tables, events=pd.DataFrame(rows).astype(tables.events.dtypes.to_dict()))


@pytest.mark.parametrize(
    ("sizes", "main_px"),
    [([1] * 16 + [8], 400), ([1, 1, 1, 6, 1, 1, 2, 1, 1, 1, 1, 3, 1, 1, 1, 1, 8], 600), ([1] * 17, 250)],
)
def test_label_room_never_shrinks_a_lane_and_gives_each_its_label(sizes: list[int], main_px: int) -> None:
    rows = np.array(sizes)
    room = label_room(rows, main_px)
    assert (room >= rows).all()
    least_px = room.min() * main_px / room.sum()
    assert least_px >= min(LANE_LABEL_PX, 0.9 * main_px / len(rows)) - 1e-6


def test_lanes_with_room_to_spare_are_left_as_planned() -> None:
    assert label_room(np.array([3, 4]), 400).tolist() == [3.0, 4.0]


@pytest.mark.parametrize("height_px", [430, 300])  # ui.timeline.PRESENTER_CHART_PX, and smaller
def test_the_presenters_lane_labels_do_not_overlap(tables: Tables, height_px: int) -> None:
    plot = timeline_figure(many_lanes(tables), "type", height_px=height_px, compact=True, width_px=1020)
    axis = plot.figure.layout.yaxis
    ticks = np.array(axis.tickvals, dtype=float)
    assert len(ticks) == len(EVENT_TYPES)
    total_rows = axis.range[0] + 0.5
    px_per_row = _main_px(height_px, 0, True) / total_rows
    gaps_px = np.diff(ticks) * px_per_row
    assert gaps_px.min() >= axis.tickfont.size  # each label's line clear of the next


def test_marks_stay_inside_their_lane(tables: Tables) -> None:
    plot = timeline_figure(many_lanes(tables), "type", height_px=430, compact=True, width_px=1020)
    axis = plot.figure.layout.yaxis
    edges = [-0.5, *[shape.y0 for shape in plot.figure.layout.shapes], axis.range[0]]
    lane_of = dict(zip(axis.ticktext, range(len(axis.ticktext)), strict=True))
    placed = 0
    for trace in plot.figure.data:
        if trace.type != "scatter" or trace.customdata is None:
            continue
        for y, data in zip(trace.y, trace.customdata, strict=True):
            lane = lane_of[str(data[1]).split()[0]]  # titles are "<type> number <n>"
            assert edges[lane] <= y <= edges[lane + 1]
            placed += 1
    assert placed == len(many_lanes(tables).events)


@pytest.mark.parametrize("height_px", [430, 300])
def test_the_presenters_titles_of_a_busy_lane_do_not_overlap(tables: Tables, height_px: int) -> None:
    # Twelve statements on one day among 17 lanes: the statement lane's eight titled rows were squeezed
    # to 7 px each under 11 px titles, which were written over each other.
    plot = timeline_figure(many_lanes(tables), "type", height_px=height_px, compact=True, width_px=1020)
    axis = plot.figure.layout.yaxis
    px_per_row = _main_px(height_px, 0, True) / (axis.range[0] + 0.5)
    titled: list[tuple[float, float]] = []
    for trace in plot.figure.data:
        if trace.type == "scatter" and trace.text is not None:
            titled += [(y, trace.textfont.size) for y, text in zip(trace.y, trace.text, strict=True) if text]
    assert len(titled) >= len(EVENT_TYPES)  # a title in every lane at least
    ys = np.sort(np.array([y for y, _ in titled], dtype=float))
    assert (np.diff(ys) * px_per_row).min() >= max(size for _, size in titled)

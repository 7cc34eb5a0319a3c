"""Packing timeline marks into rows so that their titles do not overlap."""

from __future__ import annotations

import numpy as np

from events.query.rows import label_width, plan_rows, shorten


def test_a_long_title_is_cut_at_a_word_with_an_ellipsis() -> None:
    assert (
        shorten("Ukraine captures two Chinese nationals fighting for Russia", 28) == "Ukraine captures two…"
    )
    assert shorten("Short title", 28) == "Short title"


def test_marks_of_one_day_and_lane_stack_in_rows() -> None:
    plan = plan_rows(np.array([0, 0, 0]), np.full(3, 100.0), np.full(3, 100.0), ["a b", "c d", "e f"], 1)
    assert sorted(plan.row.tolist()) == [0, 1, 2]
    assert plan.lane_rows.tolist() == [3]


def test_a_later_mark_reuses_a_row_once_the_title_before_it_has_ended() -> None:
    titles = ["Talks in Jeddah", "Drone strike"]
    far = 100 + 12 + label_width("Talks in Jeddah") + 20
    plan = plan_rows(np.array([0, 0]), np.array([100.0, far]), np.array([100.0, far]), titles, 1)
    assert plan.row.tolist() == [0, 0]
    near = np.array([100.0, 130.0])
    assert plan_rows(np.array([0, 0]), near, near, titles, 1).row.tolist() == [0, 1]


def test_past_the_row_limit_marks_are_drawn_without_titles() -> None:
    starts = np.full(5, 50.0)
    plan = plan_rows(np.zeros(5, dtype=np.int64), starts, starts, ["title"] * 5, 1, max_rows=3)
    assert plan.lane_rows.tolist() == [3]
    assert sum(1 for label in plan.labels if label) == 3


def test_a_title_runs_on_to_the_next_mark_of_its_row_and_stops_before_it() -> None:
    titles = ["Talks in Jeddah end with a ceasefire proposal for the Black Sea", "Drone strike"]
    starts = np.array([100.0, 600.0])
    plan = plan_rows(np.array([0, 0]), starts, starts, titles, 1, max_chars=20, long_chars=90)
    assert plan.row.tolist() == [0, 0]
    assert plan.labels[0] == titles[0]  # 500 px of room: the whole title
    starts = np.array([100.0, 300.0])
    plan = plan_rows(np.array([0, 0]), starts, starts, titles, 1, max_chars=20, long_chars=90)
    assert 20 < len(plan.labels[0]) < len(titles[0])
    assert 100 - 6 + 12 + label_width(plan.labels[0]) <= 300 - 6  # ends before the next mark begins


def test_a_title_never_runs_past_the_plots_edge() -> None:
    titles = ["Talks in Jeddah end with a ceasefire proposal for the Black Sea"]
    plan = plan_rows(np.array([0]), np.array([100.0]), np.array([100.0]), titles, 1, max_chars=20,
                     long_chars=90, plot_px=300.0)  # fmt: skip
    assert 100 - 6 + 12 + label_width(plan.labels[0]) <= 300
    assert len(plan.labels[0]) >= 20


def test_a_mark_near_the_plots_edge_gets_a_title_short_enough_to_stay_inside() -> None:
    # Near the right edge even the first, short title would be cut off mid-word by the plot.
    titles = ["Something was reported about the war"]
    plan = plan_rows(np.array([0]), np.array([760.0]), np.array([760.0]), titles, 1, max_chars=28,
                     long_chars=90, plot_px=850.0)  # fmt: skip
    assert plan.labels[0].endswith("…")
    assert 760 - 6 + 12 + label_width(plan.labels[0]) <= 850


def test_a_title_stops_at_the_plots_edge_when_the_next_mark_of_its_row_lies_beyond_it() -> None:
    titles = ["Zelensky directed Foreign Minister Andrii Sybiha to urgently engage with Beijing", "Later"]
    starts = np.array([117.0, 546.0])  # the second mark is out of the 390 px view
    plan = plan_rows(np.array([0, 0]), starts, starts, titles, 1, max_chars=30, long_chars=90, plot_px=390.0)
    assert 117 - 6 + 12 + label_width(plan.labels[0]) <= 390

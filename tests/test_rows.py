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

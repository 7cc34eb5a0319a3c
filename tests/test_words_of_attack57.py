"""An attack made by the words it names ("attacked the ministry by accusing it of ...") is words said, no blow
struck; an attack made by a deed stays an attack (review read of unseen articles, seed 5793)."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports

MONDAY_REPORT = dt.date(2025, 3, 6)


def kinds(sentence: str) -> list[str]:
    return [kind for kind, *_ in build_reports((MONDAY_REPORT, sentence))]


def test_an_attack_by_accusing_is_words_said() -> None:
    assert kinds(
        "The budget committee attacked the ministry on Monday by accusing it of hiding the true cost."
    ) == ["claim"]


def test_an_attack_by_a_deed_stays_an_attack() -> None:
    assert kinds("Rebels attacked the army base on Monday by storming its gates, killing four soldiers.") == [
        "attack"
    ]

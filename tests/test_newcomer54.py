"""Rules from reading unseen articles as a new user would (fifty-fourth round)."""

from __future__ import annotations

import pytest

from events.extract.triggers import SPEECH


@pytest.mark.parametrize(
    "sentence",
    [
        "Port authorities eventually asserted themselves but lacked the boats to stem the spill.",
        "The army asserted control over the airport on Sunday.",
    ],
)
def test_asserting_oneself_or_control_is_no_saying(sentence: str) -> None:
    assert not any(m.group().startswith("asserted") for m in SPEECH.finditer(sentence))


def test_asserting_that_is_saying() -> None:
    assert any(
        m.group() == "asserted" for m in SPEECH.finditer("The mayor asserted that the bridge was safe.")
    )

"""The type a speaker's report settles on when what it tells is a happening of its own type: a toll given by
the one who counts it is the toll (`casualties`), as a happening reported through a speaker is the
happening. The settled type changes no event's date or reports. All texts are our own."""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    ("given", "sentence", "settled"),
    [
        # a toll told through the one who counts it
        ("statement", "Police said the death toll from the mine collapse had risen to 40.", "casualties"),
        (
            "statement",
            "Provincial officials said about 300 bodies had been recovered from the flooded valley.",
            "casualties",
        ),
        (
            "claim",
            "The rebel spokesman said up to 90 people may have died in the shelling of the market.",
            "casualties",
        ),
        ("statement", "The navy has said a dozen of its sailors are missing after the storm.", "casualties"),
        (
            "statement",
            "The navy has said twelve of its crew members are missing after the storm.",
            "casualties",
        ),
        ("statement", "The coroner put the toll at 35 after the bridge gave way.", "casualties"),
        # remarks that mention no count of the dead stay remarks
        ("statement", "The mayor said the count was based on reports from the hospitals.", "statement"),
        ("statement", "The union said 400 workers had joined the strike at the port.", "statement"),
        ("claim", "The opposition said the election had been stolen.", "claim"),
        ("statement", "The airline said two of the bags were missing after the flight.", "statement"),
        # an outbreak's dead are counted with its cases; a herd's losses are no toll
        (
            "statement",
            "The ministry said the death toll from the cholera outbreak had doubled in a month.",
            "statement",
        ),
        ("statement", "Farmers said 200 cattle had died in the drought.", "statement"),
        # a toll already typed keeps its type, and an act of another type is not a toll
        ("casualties", "Officials said 30 people were killed in the blast.", "casualties"),
        ("other", "The agency said 300 bodies had been recovered.", "other"),
    ],
)
def test_a_toll_told_by_a_speaker(given: str, sentence: str, settled: str) -> None:
    assert settled_type(given, sentence) == settled


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        # a trial's jury chosen or at work is a step of the case
        ("Jury selection began on Monday in the trial of the former port director.", "legal"),
        ("Prospective jurors were questioned about their views on the tobacco industry.", "legal"),
        ("The jury was sworn in before the judge read out the charges.", "legal"),
        ("Jurors began deliberating after three weeks of testimony.", "legal"),
        # a jury of no court is no case
        ("The festival's jury was chosen from among former winners.", "other"),
        ("The jury is still out on whether the new stadium will pay for itself.", "other"),
    ],
)
def test_a_jury_at_work_is_a_step_of_the_case(sentence: str, settled: str) -> None:
    assert settled_type("other", sentence) == settled


@pytest.mark.parametrize(
    "sentence",
    [
        "We are frantic because my cousin and four of his children are missing in the flooded town.",
        "Our neighbour told us that three of her sons were killed in the landslide.",
    ],
)
def test_a_relatives_loss_is_no_toll(sentence: str) -> None:
    # a family's loss told by a relative is their remarks, not a count of the dead
    assert settled_type("statement", sentence) == "statement"

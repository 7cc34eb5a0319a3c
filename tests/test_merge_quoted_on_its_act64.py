"""A report quotes a speaker on what it has just told the speaker said or did: the quotation, with no date of
its own, is more of that report, not a happening of its own. A quotation that says it is of another occasion,
remarks that say they add another matter, and an act dated to a week stay apart. All texts are our own."""

from __future__ import annotations

from tests.reports import saturday_happenings


def test_a_quotation_by_name_goes_with_the_act_its_speaker_told() -> None:
    found = saturday_happenings(
        "Finance Minister Lena Ortiz said on Saturday the government would cut fuel taxes by a fifth.\n\n"
        '"Families cannot wait any longer," Ortiz told reporters in the capital.'
    )
    assert len(found) == 1
    assert found[0][1] == ['"Families cannot wait an', "Finance Minister Lena Or"]


def test_a_quotation_opened_by_its_speaker_goes_with_the_act() -> None:
    found = saturday_happenings(
        "Harbour chief Tomas Brandt said on Saturday that the port would stay shut to tankers until the "
        "storm passed.\n\n"
        'Brandt said: "No ship will sail from here while the sea is this high."'
    )
    assert len(found) == 1


def test_remarks_that_add_another_matter_stay_apart() -> None:
    found = saturday_happenings(
        "Finance Minister Lena Ortiz said on Saturday the government would cut fuel taxes by a fifth.\n\n"
        "Ortiz said bus fares would also be frozen for the rest of the year."
    )
    assert len(found) == 2


def test_a_quotation_of_a_later_occasion_stays_apart() -> None:
    found = saturday_happenings(
        "Finance Minister Lena Ortiz said on Saturday the government would cut fuel taxes by a fifth.\n\n"
        'Later, Ortiz told a rally: "We will not let the banks decide for us."'
    )
    assert len(found) == 2


def test_a_quotation_does_not_join_an_act_of_last_week() -> None:
    found = saturday_happenings(
        "The charity Aqua Terra opened a field clinic in Rivermouth last week and said its nurses were "
        "overstretched.\n\n"
        '"Patients are coming from every village on the coast," said the charity\'s director, Mara Lind.'
    )
    assert len(found) == 2

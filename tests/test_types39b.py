"""Types a briefing officer would file a report under (issue 7), second round on unseen text: a disaster
named only as the time, cause or topic of another act is that act (or the remarks about it), a talk between
leaders is diplomacy, and a wound or a blow of speech counts no one. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        (
            "Before the cyclone struck, most families in the delta lived on less than a dollar a day.",
            "Most families in the delta lived on less than a dollar a day",
            "other",
        ),
        (
            "Senator Ana Reyes said on Tuesday that the mining firm knew long before "
            "the blast at its northern pit that the ventilation was faulty.",
            "Ana Reyes says the mining firm knew long before the blast",
            "statement",
        ),
        (
            "Engineers found a new bacterium on Monday while studying how the chemicals "
            "spilled into the lake after the explosion at the plant.",
            "Engineers found a new bacterium",
            "other",
        ),
        (
            "The relief official said the damage was far worse than that wrought by "
            "the great floods in the north.",
            "The relief official says the damage was far worse than that wrought",
            "statement",
        ),
        (
            "Since the mudslide, the town's museum has kept the most complete record of the valley's birds.",
            "The town's museum has kept the most complete record of the valley's birds",
            "other",
        ),
    ],
)
def test_a_disaster_named_only_as_background_is_the_clause_s_act(
    sentence: str, title: str, expected: str
) -> None:
    assert settled_type("disaster", sentence, title) == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The cyclone struck the delta on Monday, flattening homes.", "The cyclone struck the delta"),
        ("Since the mudslide in May, which buried six homes.", "The mudslide took place"),
        ("The slick off the cape continued to grow on Friday.", "The slick off the cape continued to grow"),
        (
            "The ministry said on Monday it was likely that nine pupils back from a "
            "trip had contracted the virus.",
            "Ministry says it was likely that nine pupils back from a trip",
        ),
        ("Three new cases confirmed on Monday were nurses.", "Three new cases confirmed were nurses"),
    ],
)
def test_a_disaster_told_in_its_own_clause_stays(sentence: str, title: str) -> None:
    assert settled_type("disaster", sentence, title) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two leaders discussed the grain deal by phone on Monday.",
        "Both presidents spoke by telephone on Friday about the border crossings.",
        "The two prime ministers later held talks in the port city.",
    ],
)
def test_leaders_talking_together_is_diplomacy(sentence: str) -> None:
    assert settled_type("other", sentence, sentence.rstrip(".")) == "diplomacy"


def test_two_leaders_counted_apart_from_talks_stay_other() -> None:
    sentence = "Two leaders of the miners' union were arrested at the gate on Monday."
    assert settled_type("other", sentence, sentence.rstrip(".")) == "other"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bribery affair wounded her second term, the senator said on Tuesday.", "statement"),
        ("The court's ruling on Monday badly wounded the pension bill.", "other"),
        ("A row over the budget has injured the coalition's standing in the polls.", "other"),
    ],
)
def test_a_wound_of_speech_counts_no_one(sentence: str, expected: str) -> None:
    assert settled_type("casualties", sentence, sentence.rstrip(".")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Three soldiers were wounded in the ambush on Monday.",
        "The blast wounded his two sons and killed a neighbour.",
    ],
)
def test_people_wounded_stay_casualties(sentence: str) -> None:
    assert settled_type("casualties", sentence, sentence.rstrip(".")) == "casualties"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor said on Monday he would have fired the harbour director.", "statement"),
        ("In hindsight the governor should have resigned in March.", "other"),
    ],
)
def test_a_change_of_office_in_the_unreal_past_is_none(sentence: str, expected: str) -> None:
    assert settled_type("leadership", sentence, sentence.rstrip(".")) == expected


def test_a_change_of_office_told_stays_leadership() -> None:
    sentence = "The mayor fired the harbour director on Monday, saying he would have done so sooner."
    assert settled_type("leadership", sentence, sentence.rstrip(".")) == "leadership"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The magnitude 6.8 tremor, the island's worst in a century, struck at dawn on Sunday.",
            "The island's worst in a century struck at dawn",
        ),
        (
            "In May 1994 the ferry Nordlys hit a rock in the fjord.",
            "The ferry Nordlys hit a rock in the fjord",
        ),
    ],
)
def test_a_disaster_told_by_its_verb_stays(sentence: str, title: str) -> None:
    assert settled_type("disaster", sentence, title) == "disaster"


def test_a_disaster_with_its_own_day_stays_the_disaster() -> None:
    # (dating gives the event the hazard's day, so the event is the hazard)
    sentence = "Following lessons learned from the 1998 cyclone, clinics in the delta keep spare generators."
    assert settled_type("disaster", sentence, "Clinics in the delta keep spare generators") == "disaster"


def test_a_death_counted_in_a_title_stays() -> None:
    sentence = "It was the first death in the port city, where most cases have been mild."
    assert settled_type("disaster", sentence, "It was the first death in the port city") == "disaster"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The mill's sale was agreed exactly two months after a blast at its kiln killed four workers.",
            "The mill's sale was agreed exactly two months",
        ),
        (
            "and was told by health officials to close until 9 June.",
            "The academy was told by health officials to close",
        ),
    ],
)
def test_a_disaster_dated_back_or_merged_from_another_report_stays(sentence: str, title: str) -> None:
    assert settled_type("disaster", sentence, title) == "disaster"


def test_cases_confirmed_before_a_measure_keep_the_outbreak() -> None:
    sentence = (
        "After the four cases of the fever confirmed yesterday, the ministry stepped up its checks at ports."
    )
    assert settled_type("disaster", sentence, "The ministry stepped up its checks at ports") == "disaster"


def test_matter_come_ashore_stays_the_disaster() -> None:
    sentence = "While the bay has been spared so far, small patches of foam have come ashore in two coves."
    assert settled_type("disaster", sentence, "Have come ashore in two coves") == "disaster"

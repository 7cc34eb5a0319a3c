"""A toll or count told sentence by sentence is one event (events.merge.clusters `_tolls_told_on`, joined
after the pass): a sentence right after a toll that opens by going on with its count ("Another 22 were
injured", "Twelve more ...", "Three guards were also hurt", "In all, ..."), breaks it into parts that add up
to it, names the worst-hit place within it, or gives its voice going on ("She said ...") adds to that toll. A
sentence that opens on its own happening, a day of its own, a disaster of another kind, a larger count, or a
count further down the report stays apart. Every sentence stays a mention of its event. All texts are our
own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from tests.reports import report_mentions

SUNDAY = dt.date(2026, 3, 8)
BLAST = "A gas blast killed 9 miners at a pit near Kessel on Wednesday, the operator said."
FIRE = "A fire killed 14 people at a day-care centre in Rosvik on Friday, officials said."


def joined_with(first: str, later: str, *between: str, glue: str = " ") -> bool:
    """Whether the report's merge puts `later` in one event with `first` (with `between` in between)."""
    mentions = report_mentions(glue.join([first, *between, later]), SUNDAY)
    return any({first, later} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions))


def test_another_count_of_the_same_toll_joins_it() -> None:
    assert joined_with(BLAST, "Another 22 miners were injured, four of them seriously.")


def test_a_count_in_words_goes_on() -> None:
    assert joined_with(FIRE, "Dozens more were injured when the roof fell in.")


def test_more_of_the_same_toll_joins_it() -> None:
    assert joined_with(FIRE, "Twelve more children were injured in the fire, three of them critically.")


def test_a_count_told_as_also_joins_it() -> None:
    assert joined_with(FIRE, "Three teachers were also injured trying to carry children out.")


def test_a_happening_of_its_own_stays_apart() -> None:
    later = "A ferry sank off the coast on Thursday, drowning 8 passengers."
    assert not joined_with("A storm killed 3 people in Tarvo on Wednesday.", later)


def test_a_count_of_another_day_stays_apart() -> None:
    assert not joined_with(BLAST, "Another 22 miners were injured on Thursday in a second blast.")


def test_a_disaster_of_another_kind_stays_apart() -> None:
    later = "Another 40 people were killed by floods in the valley upriver."
    assert not joined_with(FIRE, later)


def test_a_count_further_down_the_report_stays_apart() -> None:
    aside = "The centre had opened in a converted warehouse two years earlier, the council said."
    assert not joined_with(BLAST, "Another 22 miners were injured, four of them seriously.", aside)


def test_a_breakdown_of_the_count_joins_it() -> None:
    first = "At least 12 people were killed across the province on Tuesday, the governor said."
    later = "Four people died in Harlow, three were killed in a landslide and 5 drowned in the river."
    assert joined_with(first, later)


def test_the_count_summed_joins_it() -> None:
    first = "Floods killed 31 people in the western hills on Monday, the army said."
    assert joined_with(first, "In all, 4,000 people were left homeless by the floods.")


def test_a_breakdown_typed_as_a_disaster_joins_the_toll() -> None:
    first = "At least 10 people were killed across the coast in accidents linked to the storm, police said."
    later = (
        "Three people died in Orvik from flooding, two were killed in a landslide and 5 drowned in rivers."
    )
    assert joined_with(first, later)


def test_a_toll_after_the_disaster_stays_apart() -> None:
    first = "A strong earthquake hit the island of Marra on Tuesday."
    assert not joined_with(first, "Dozens more people are feared dead.")


def test_the_worst_hit_place_within_the_count_joins_it() -> None:
    first = "Floods killed more than 900 people across Dorland on Friday."
    later = "The port city of Arvik is the worst hit, with more than 600 dead."
    assert joined_with(first, later)


def test_a_larger_count_than_the_toll_stays_apart() -> None:
    first = "Floods killed more than 900 people across Dorland on Friday."
    later = "The port city of Arvik is the worst hit, with more than 4,000 dead."
    assert not joined_with(first, later)


def test_the_worst_hit_with_more_than_the_toll_stays_apart() -> None:
    first = "Floods killed more than 900 people across Dorland on Friday."
    later = "The port city of Arvik has been hardest hit, with upward of 3,000 likely victims and 300 dead."
    assert not joined_with(first, later)


def test_the_voice_of_the_count_going_on_joins_it() -> None:
    first = (
        "Dr Mira Lund, who runs a seal rescue centre in Harlow, said 20 dead seals were found on its beaches."
    )
    later = "She said it was too soon to say whether the spill killed them, but that so many was unusual."
    assert joined_with(first, later)


def test_another_voice_going_on_stays_apart() -> None:
    first = "Twenty dead seals were found on the beaches of Harlow, the coastguard reported."
    later = "She said it was too soon to say whether the spill killed them, but that so many was unusual."
    assert not joined_with(first, later)

"""Bodies under their initials and their full names made one across the table (events.merge.actor_names),
with invented names: a slip in a name also spelt the British and the American way, a closing "and <Word>"
a report leaves out, a body two countries have, a full name in words of another language, a department's
initialism with its small letters in lower case; and the names that stay apart (a person's three names, a
chain of slips, two states' bodies)."""

from __future__ import annotations

import pandas as pd

from events.merge.actor_names import one_name_per_actor, settled_names


def test_a_slip_in_a_name_spelt_the_british_or_the_american_way_is_still_the_body() -> None:
    settled = settled_names(["CHO", "Coastal Health Organisation", "Coastal Heath Organization"])
    assert settled["CHO"] == "Coastal Health Organisation"
    # (two bodies that differ by more than a slip stay two: whose the letters are is unknown)
    assert "CHO" not in settled_names(["CHO", "Coastal Health Organisation", "Central Housing Organization"])


def test_a_body_named_with_and_without_its_closing_and_word_is_one_body() -> None:
    names = ["CSS", "U.S. Centers for Sea Studies and Training", "U.S. Centers for Sea Studies"]
    settled = settled_names(names)
    assert settled["CSS"] == "U.S. Centers for Sea Studies and Training"
    assert settled["U.S. Centers for Sea Studies"] == "U.S. Centers for Sea Studies and Training"
    # two closings may be two bodies: the letters stay
    assert "CSS" not in settled_names([*names, "Centers for Sea Studies and Research"])
    # without a country both forms are the one body too
    bare = settled_names(["CSS", "Centers for Sea Studies", "Centers for Sea Studies and Training"])
    assert bare["Centers for Sea Studies"] == bare["CSS"] == "Centers for Sea Studies and Training"


def test_a_closing_and_word_joins_no_names_that_differ_in_more_or_in_country() -> None:
    # (a slip, "Institutes" for "Institute", and a closing together are too much to call one body)
    assert "NIW" not in settled_names(
        ["NIW", "National Institutes of Weather", "National Institute for Weather and Seas"]
    )
    # (nor one named with a country and another without: two states may each have one)
    assert "NIW" not in settled_names(
        ["NIW", "National Institute of Weather", "Irish National Institute of Weather and Seas"]
    )


def test_an_initialism_of_a_body_two_countries_have_is_the_one_of_the_events_country() -> None:
    events = pd.DataFrame(
        {
            "actors": [
                "CSS",
                "CSS;Port Board",
                "CSS",
                "U.S. Centers for Sea Studies",
                "Irish Centers for Sea Studies",
            ],
            "countries": ["USA", "IRL;GBR", "", "USA", "IRL"],
        },
        dtype="str",
    )
    assert one_name_per_actor(events)["actors"].tolist() == [
        "U.S. Centers for Sea Studies",
        "Irish Centers for Sea Studies;Port Board",
        "CSS",  # no country to tell whose
        "U.S. Centers for Sea Studies",
        "Irish Centers for Sea Studies",
    ]


def test_a_long_name_in_words_of_another_language_is_no_persons_initials() -> None:
    assert settled_names(["PSA", "Pilotos Sin Alas"])["PSA"] == "Pilotos Sin Alas"
    # a person's initials stay the letters: two words, a given name first, or a given name no list knows
    assert "KL" not in settled_names(["KL", "Kwaku Lartey"])
    assert "NBL" not in settled_names(["NBL", "Nora Beth Lindqvist"])
    assert "OTK" not in settled_names(["OTK", "Olumide Tayo Kanu"])
    assert "ZQL" not in settled_names(["ZQL", "Zhu Qi Lan"])


def test_an_initialism_with_its_small_words_in_lower_case_is_the_body_they_spell() -> None:
    names = ["DoF", "Department of Fisheries", "MfT", "Ministry for Tourism", "DoL", "Department of Land"]
    settled = settled_names([*names, "Department of Labour"])
    assert settled["DoF"] == "Department of Fisheries"
    assert settled["MfT"] == "Ministry for Tourism"
    assert "DoL" not in settled  # (two departments: whose is unknown)
    # the small letter must be a small word's: "DoF" is no "Daily Fisheries Herald", "McK" no body
    assert "DoF" not in settled_names(["DoF", "Dairy Farmers"])
    assert "McK" not in settled_names(["McK", "Marine Corps Kitchen"])


def test_a_lower_case_initialism_of_a_department_named_bare_and_with_a_country_stays() -> None:
    # (many states have a "Department of Fisheries": the bare one may be another's)
    names = ["DoF", "Department of Fisheries", "Irish Department of Fisheries"]
    assert "DoF" not in settled_names(names)
    assert settled_names(names[:2])["DoF"] == "Department of Fisheries"


def test_a_body_after_head_of_and_a_country_keeps_its_head_word() -> None:
    from events.extract.entities import load_gazetteer

    found = load_gazetteer().find("said Gen Ivo Tal, head of US Coastal Command, on Friday.")
    assert "US Coastal Command" in {e.name for e in found}
    assert "Coastal" not in {e.name for e in found}
    # (and a person named after the body is the person alone)
    found = load_gazetteer().find("Head of UK Coastal Police Ana Berg said on Friday.")
    assert {"UK Coastal Police", "Ana Berg"} <= {e.name for e in found}


def test_a_lower_case_initialism_of_a_department_with_one_country_is_it_in_that_countrys_events() -> None:
    events = pd.DataFrame(
        {
            "actors": ["DoF", "DoF", "DoF", "Irish Department of Fisheries"],
            "countries": ["NZL", "IRL", "", "IRL"],
        },
        dtype="str",
    )
    assert one_name_per_actor(events)["actors"].tolist() == [
        "DoF",  # (another state's department, maybe)
        "Irish Department of Fisheries",
        "Irish Department of Fisheries",
        "Irish Department of Fisheries",
    ]


def test_a_lower_case_initialism_is_only_a_departments_a_ministrys_or_an_offices() -> None:
    assert "CfA" not in settled_names(["CfA", "Council for Arts"])
    assert "IoM" not in settled_names(["IoM", "Institute of Mapping"])
    assert settled_names(["OfA", "Office for Arts"])["OfA"] == "Office for Arts"


def test_misspelt_bodies_are_joined_from_the_set_of_names_never_from_their_order() -> None:
    # (a chain of slips, each one letter from the next: whose the letters are is unknown, in any order)
    names = ["NPB", "National Porter Board", "National Potter Board", "National Patter Board"]
    for order in ([names[0], names[2], names[1], names[3]], [names[0], *reversed(names[1:])]):
        assert settled_names(names) == settled_names(order)
    assert "NPB" not in settled_names(names)
    assert "NPB" not in settled_names([names[0], names[2], names[1], names[3]])


def test_a_word_of_four_letters_one_letter_from_another_is_another_word() -> None:
    assert "PSB" not in settled_names(["PSB", "Pier Safety Bureau", "Peer Safety Bureau"])
    assert "PSB" not in settled_names(["PSB", "Pier Safety Centre", "Peer Safety Center"])

"""One actor, one name in the event table: the forms different reports write one person or body in are
settled where the table is made (events.merge.actor_names), so that counts per actor are not split."""

from __future__ import annotations

import pandas as pd

from events.merge.actor_names import one_name_per_actor, same_name_key, settled_names


def table(*rows: tuple[str, str]) -> pd.DataFrame:
    """Events with their actors and countries cells."""
    return pd.DataFrame({"actors": [a for a, _ in rows], "countries": [c for _, c in rows]}, dtype="str")


def test_a_surname_alone_is_the_one_person_the_table_names_in_full_with_it() -> None:
    settled = settled_names(["Okafor", "Ana Okafor", "Electoral Commission"])
    assert settled == {"Okafor": "Ana Okafor"}


def test_a_surname_after_a_title_is_that_person_too() -> None:
    assert settled_names(["Senator Okafor", "Ana Okafor"])["Senator Okafor"] == "Ana Okafor"


def test_a_surname_two_people_share_stays_as_written() -> None:
    assert "Okafor" not in settled_names(["Okafor", "Ana Okafor", "Tom Okafor"])


def test_one_person_written_with_and_without_an_initial_is_still_one_owner() -> None:
    settled = settled_names(["Lindqvist", "Maria T. Lindqvist", "Maria T Lindqvist"])
    assert settled == {"Maria T Lindqvist": "Maria T. Lindqvist", "Lindqvist": "Maria T. Lindqvist"}


def test_a_word_the_lists_know_as_a_country_is_no_surname() -> None:
    # ("Greenpeace Chile" is a body's branch; "Chile" alone is the country)
    assert "Chile" not in settled_names(["Chile", "Greenpeace Chile"])


def test_a_descriptive_word_before_a_body_is_no_first_name() -> None:
    assert "Harbourline" not in settled_names(["Harbourline", "Ferry-operator Harbourline"])


def test_a_firm_with_and_without_its_legal_form_or_the_is_one_name_written_bare() -> None:
    settled = settled_names(
        ["Delta Freight PLC", "Delta Freight", "the Delta Freight", "Kestrel Mining, Inc."]
    )
    assert settled == {"Delta Freight PLC": "Delta Freight", "the Delta Freight": "Delta Freight"}
    assert same_name_key("Kestrel Mining, Inc.") == same_name_key("Kestrel Mining")


def test_a_firm_with_where_it_is_based_before_its_name_is_that_firm() -> None:
    assert settled_names(["Leeds-based Delta Freight", "Delta Freight"]) == {
        "Leeds-based Delta Freight": "Delta Freight"
    }


def test_an_initialism_with_and_without_points_is_one_name_kept_with_them() -> None:
    settled = settled_names(["US Mint", "U.S. Mint"])
    assert settled == {"US Mint": "U.S. Mint"}


def test_a_body_named_without_its_country_is_the_one_of_the_events_country() -> None:
    events = table(
        ("Coast Guard", "USA"),
        ("U.S. Coast Guard;Delta Freight", "USA"),
        ("Coast Guard", "PHL"),
        ("Philippine Coast Guard", "PHL"),
        ("Coast Guard", ""),
    )
    assert one_name_per_actor(events)["actors"].tolist() == [
        "U.S. Coast Guard",
        "U.S. Coast Guard;Delta Freight",
        "Philippine Coast Guard",
        "Philippine Coast Guard",
        "Coast Guard",  # no country to tell whose
    ]


def test_people_of_a_kind_are_never_made_a_nations() -> None:
    # ("officials" of a flood report are as often the town's as the nation's)
    events = table(("Officials", "USA"), ("U.S. officials", "USA"))
    assert one_name_per_actor(events)["actors"].tolist() == ["Officials", "U.S. officials"]


def test_the_table_holds_each_actor_once_per_event_under_its_one_name() -> None:
    events = table(("Okafor;Ana Okafor;Delta Freight PLC", "NGA"), ("Ana Okafor;Delta Freight", "NGA"))
    assert one_name_per_actor(events)["actors"].tolist() == [
        "Ana Okafor;Delta Freight",
        "Ana Okafor;Delta Freight",
    ]


def test_spellings_that_differ_inside_a_word_are_left_apart() -> None:
    # (which of "Ki-moon" and "Ki-Moon" is right, the names alone cannot tell)
    assert settled_names(["Ban Ki-moon", "Ban Ki-Moon"]) == {}


def test_a_body_of_the_world_named_bare_is_no_nations_society() -> None:
    events = table(("Red Cross", "GBR"), ("British Red Cross", "GBR"))
    assert one_name_per_actor(events)["actors"].tolist() == ["Red Cross", "British Red Cross"]


def test_an_initialism_is_the_one_body_its_letters_spell_out() -> None:
    from events.merge.actor_names import settled_names

    names = ["IMF", "International Monetary Fund", "FDA", "Food and Drug Administration", "ICC"]
    settled = settled_names([*names, "International Cricket Council", "International Criminal Court"])
    assert settled["IMF"] == "International Monetary Fund"
    assert settled["FDA"] == "Food and Drug Administration"
    # two bodies the letters spell: whose is unknown, so it stays
    assert "ICC" not in settled
    # a person's initials are no body's, nor a country's
    assert "NL" not in settled_names(["NL", "Nora Lindqvist"])
    assert "UK" not in settled_names(["UK", "United Kingdom", "Ulster Knights"])


def test_an_initialism_is_the_body_named_in_full_with_its_country_before_it() -> None:
    settled = settled_names(
        ["TSB", "Dutch Transport Safety Board", "ACP", "Agency for Coastal Protection and Restoration"]
    )
    assert settled["TSB"] == "Dutch Transport Safety Board"
    # (a country's word that is the name's own is one of its letters)
    assert settled_names(["ACA", "American Chemistry Association"]) == {
        "ACA": "American Chemistry Association"
    }
    # (a closing "and <Word>" the initialism leaves out)
    assert settled["ACP"] == "Agency for Coastal Protection and Restoration"


def test_an_initialism_is_the_body_named_with_and_without_its_country_written_with_it() -> None:
    names = ["FSA", "Food Standards Agency", "Irish Food Standards Agency"]
    assert settled_names(names)["FSA"] == "Irish Food Standards Agency"
    # two countries' bodies of one name: whose is unknown
    assert "FSA" not in settled_names([*names, "Danish Food Standards Agency"])


def test_british_and_american_spellings_of_a_body_are_one_name() -> None:
    settled = settled_names(["World Trade Organisation", "World Trade Organization", "WTO"])
    assert settled["World Trade Organization"] == "World Trade Organisation"
    assert settled["WTO"] == "World Trade Organisation"
    assert same_name_key("Centre for Coastal Studies") == same_name_key("Center for Coastal Studies")


def test_a_person_with_and_without_a_middle_initial_or_jr_is_one_person() -> None:
    settled = settled_names(["Paul Mbeki", "Paul T. Mbeki", "Rosa Delgado Jr", "Rosa Delgado", "Mbeki"])
    assert settled["Paul Mbeki"] == "Paul T. Mbeki"
    assert settled["Mbeki"] == "Paul T. Mbeki"
    assert settled["Rosa Delgado"] == "Rosa Delgado Jr" and "Rosa Delgado Jr" not in settled


def test_two_middle_initials_of_one_name_are_two_people() -> None:
    # ("Paul T. Mbeki" and "Paul R. Mbeki": father and son, say; whose the bare name is is unknown)
    assert "Paul Mbeki" not in settled_names(["Paul Mbeki", "Paul T. Mbeki", "Paul R. Mbeki"])


def test_a_role_party_or_body_run_into_a_persons_name_is_that_person() -> None:
    people = ["Ana Okafor", "Tom Brennan"]
    settled = settled_names(
        [
            *people,
            "Harbour Line CEO Ana Okafor",
            "Republican Tom Brennan",
            "Tom Brennan of the Farmers Union",
            "Ana Okafor Oxfam",
            "Ana Okafor CEO",
        ]
    )
    assert settled == {
        "Harbour Line CEO Ana Okafor": "Ana Okafor",
        "Republican Tom Brennan": "Tom Brennan",
        "Tom Brennan of the Farmers Union": "Tom Brennan",
        "Ana Okafor Oxfam": "Ana Okafor",
        "Ana Okafor CEO": "Ana Okafor",
    }


def test_a_body_named_after_a_person_or_a_longer_name_of_a_person_stays() -> None:
    # (a foundation named after a person is a body; "Mary Beth Okafor" is one more of a person's names)
    names = ["Tom Brennan", "Tom Brennan Foundation", "Beth Okafor", "Mary Beth Okafor"]
    names += ["Coastal Protection", "Department of Coastal Protection"]
    # (a body's words that look like a person's name are no person: "Harbour Front" of a body's name)
    names += ["Harbour Front", "Harbour Front Claims Facility", "North Harbour Front"]
    assert settled_names(names) == {}


def test_a_surname_two_people_share_is_left_to_the_articles_reading() -> None:
    # (the table sees an article's events, not its text: "Mr Okafor" may be a Tom Okafor no event names)
    events = pd.DataFrame(
        {
            "actors": ["Ana Okafor", "Okafor", "Tom Okafor"],
            "countries": [""] * 3,
            "sources": ["vote.txt", "vote.txt", "court.txt"],
        },
        dtype="str",
    )
    assert one_name_per_actor(events)["actors"].tolist() == ["Ana Okafor", "Okafor", "Tom Okafor"]


def test_a_body_named_without_its_country_is_the_one_its_article_names_with_one() -> None:
    events = pd.DataFrame(
        {
            "actors": ["Kenyan Electoral Commission", "Electoral Commission", "Electoral Commission"],
            "countries": ["KEN", "", ""],
            "sources": ["poll.txt", "poll.txt", "other.txt"],
        },
        dtype="str",
    )
    assert one_name_per_actor(events)["actors"].tolist() == [
        "Kenyan Electoral Commission",
        "Kenyan Electoral Commission",
        "Electoral Commission",
    ]


def test_a_short_given_name_is_the_one_person_named_in_full_with_that_surname() -> None:
    settled = settled_names(
        ["Ken Lundqvist", "Kenneth P. Lundqvist", "Lundqvist", "Bob Tamsin", "Robert Tamsin"]
    )
    assert settled == {
        "Ken Lundqvist": "Kenneth P. Lundqvist",
        "Lundqvist": "Kenneth P. Lundqvist",
        "Bob Tamsin": "Robert Tamsin",
    }
    # (and a surname two forms of one person give is that person's: "Tamsin" after "Bob" and "Robert")
    assert settled_names(["Tamsin", "Bob Tamsin", "Robert Tamsin"])["Tamsin"] == "Robert Tamsin"


def test_a_short_given_name_two_people_may_bear_stays_as_written() -> None:
    # ("Chris": Christopher or Christine; "Ed" with two middle initials named; "Bill" and "Billy" both short)
    assert settled_names(["Chris Orlov", "Christopher Orlov", "Christine Orlov"]) == {}
    assert "Ed Varga" not in settled_names(["Ed Varga", "Edward J. Varga", "Edward K. Varga"])
    assert "Ed R. Varga" not in settled_names(["Ed R. Varga", "Edward J. Varga"])
    assert settled_names(["Bill Kerrow", "Billy Kerrow"]) == {}
    # (a given name that is no short form of the other is another person)
    assert settled_names(["Dan Pryce", "Donald Pryce"]) == {}


def test_a_short_given_name_of_two_named_people_or_of_another_generation_stays_as_written() -> None:
    # ("Sam": Samuel or Samantha; "Alex": Alexander or Alexandra; "Dan" opens "Danielle" too)
    assert settled_names(["Sam Vrell", "Samuel Vrell", "Samantha Vrell"]) == {}
    assert settled_names(["Alex Vrell", "Alexander Vrell", "Alexandra Vrell"]) == {}
    assert settled_names(["Dan Vrell", "Daniel Vrell", "Danielle Vrell"]) == {}
    # (father and son: "Tom Brisk" is not "Thomas Brisk Jr."; "Mike Brisk" is not "Michael Brisk Sr.")
    assert settled_names(["Tom Brisk", "Thomas Brisk Jr."]) == {}
    assert "Tom Brisk Jr." not in settled_names(["Tom Brisk", "Tom Brisk Jr.", "Thomas Brisk"])
    assert settled_names(["Mike Brisk", "Michael Brisk Sr."]) == {}
    # (the same generation on both is one person)
    assert settled_names(["Tom Brisk Jr.", "Thomas Brisk Jr."]) == {"Tom Brisk Jr.": "Thomas Brisk Jr."}


def test_a_title_before_a_shared_surname_names_the_one_namesake_it_fits() -> None:
    events = pd.DataFrame(
        {
            "actors": ["Ana Okafor", "Tom Okafor", "Okafor", "Okafor", "Governor Okafor", "Okafor", "Okafor"],
            "countries": [""] * 7,
            "title": [
                "Ana Okafor opened a clinic in the port",
                "Governor Tom Okafor signed the budget",
                "Mrs. Okafor said the clinic would stay open",
                "Mr Okafor vetoed the bill",
                "The state's ports were closed",
                "Okafor left the capital on Friday",
                "Dr Okafor said the results were clear",
            ],
        },
        dtype="str",
    )
    assert one_name_per_actor(events)["actors"].tolist() == [
        "Ana Okafor",
        "Tom Okafor",
        "Ana Okafor",
        "Tom Okafor",
        "Tom Okafor",
        # (no title; and "Dr" the table never writes before either of them)
        "Okafor",
        "Okafor",
    ]


def test_a_title_two_namesakes_hold_leaves_the_surname_as_written() -> None:
    # (two men of one family: "Mr" fits both; "Senator" the table writes before both)
    events = pd.DataFrame(
        {
            "actors": ["Paul Brandt", "Hugo Brandt", "Brandt", "Brandt"],
            "countries": [""] * 4,
            "title": [
                "Senator Paul Brandt voted no",
                "Senator Hugo Brandt voted yes",
                "Mr Brandt said he would resign",
                "Senator Brandt abstained",
            ],
        },
        dtype="str",
    )
    assert one_name_per_actor(events)["actors"].tolist()[2:] == ["Brandt", "Brandt"]


def test_words_run_into_a_persons_name_are_no_part_of_it() -> None:
    names = ["Ana Okafor", "Tom Okafor", "Okafor", "Priya Ramsden"]
    names += ["Even Okafor", "Meanwhile Okafor", "Okafor stunned farmers in Kano", "Harbour Line's Ramsden"]
    settled = settled_names(names)
    assert settled["Even Okafor"] == "Okafor" and settled["Meanwhile Okafor"] == "Okafor"
    assert settled["Okafor stunned farmers in Kano"] == "Okafor"
    assert settled["Harbour Line's Ramsden"] == "Priya Ramsden"
    # (a noun after a name says who else it is; an owner's name is no given name of a person)
    names = ["Ramsden", "Priya Ramsden", "Ramsden aide", "Harbour Line officials", "Harbour Line"]
    names += ["Lakeside Law's Ramsden"]
    settled = settled_names(names)
    assert "Ramsden aide" not in settled and "Harbour Line officials" not in settled
    assert settled["Lakeside Law's Ramsden"] == "Priya Ramsden" and settled["Ramsden"] == "Priya Ramsden"
    # (a word inside a body's name that may open a clause elsewhere is the body's: "Nurses Without
    # Lindholm", "Bell and Lindholm" name firms)
    names = ["Lindholm", "Ana Lindholm", "Nurses Without Lindholm", "Bell and Lindholm"]
    settled = settled_names(names)
    assert "Nurses Without Lindholm" not in settled and "Bell and Lindholm" not in settled
    settled = settled_names(["Lindholm", "Ana Lindholm", "Ramsden Though Lindholm"])
    assert settled["Ramsden Though Lindholm"] == "Ana Lindholm"


def test_a_name_with_a_hyphen_or_a_space_between_capitalised_parts_is_one_name() -> None:
    settled = settled_names(["Marie Claire Dubois", "Marie-Claire Dubois", "Dubois", "Trans Sahel Line"])
    settled_bodies = settled_names(["Trans-Sahel Line", "Trans Sahel Line"])
    assert settled == {"Marie Claire Dubois": "Marie-Claire Dubois", "Dubois": "Marie-Claire Dubois"}
    assert settled_bodies == {"Trans Sahel Line": "Trans-Sahel Line"}
    # (a hyphen before a part in lower case may be a spelling of its own: "Ji-won" and "Ji-Won")
    assert settled_names(["Park Ji-won", "Park Ji Won"]) == {}


def test_a_preposition_or_participle_opening_a_firms_name_is_the_firms() -> None:
    # ("Under Pell", "Before Pell", "Told Pell": a firm's name that opens with such a word, never the
    # person of that surname the table names)
    names = ["Under Pell", "Only Pell", "Both Pell", "Before Pell", "Despite Pell", "Told Pell", "Tom Pell"]
    assert settled_names(names) == {}
    assert settled_names(["Under Pell", "Pell", "Tom Pell"]) == {"Pell": "Tom Pell"}


def test_a_title_of_another_mention_of_the_surname_names_nobody() -> None:
    # ("Voss told Mr. Voss": the title is the second mention's, whose is the first unknown)
    events = pd.DataFrame(
        {
            "actors": ["Ana Voss", "Tom Voss", "Voss", "Voss"],
            "countries": [""] * 4,
            "title": [
                "Ana Voss opened a mill",
                "Tom Voss sold a barge",
                "Voss told Mr. Voss to leave",
                "Mr. Voss left",
            ],
        },
        dtype="str",
    )
    assert one_name_per_actor(events)["actors"].tolist()[2:] == ["Voss", "Tom Voss"]


def test_a_common_word_before_a_surname_is_no_given_name() -> None:
    # ("Like Pell" is no person named in full: the lone "Pell" stays as written)
    assert settled_names(["Like Pell", "Pell"]) == {}
    assert settled_names(["Over Pell", "Pell", "Ana Pell"]) == {"Pell": "Ana Pell"}

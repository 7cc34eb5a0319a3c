"""Titles a briefing officer reads as headlines: the speaker named once, a common noun in lower case after
"says", and a happening named with whose it was."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import classify_lines, split_sentences
from events.merge.titles import headline, names_speaker
from tests.reports import report_mentions

TUESDAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("clause", "speaker", "title"),
    [
        # the speaker's initials in the clause's subject
        ("A U.S. envoy urged both sides to return to the talks", "United States", "A U.S. envoy urged"),
        ("US trade officials took a harder line on the tariffs", "United States", "US trade officials took"),
        # the speaker's full name, after its office, right before the verb
        (
            "Harbour board chairwoman Ines Varga confirmed the sale of the two ferries",
            "Ines Varga",
            "Harbour board chairwoman Ines Varga confirmed the sale",
        ),
    ],
)
def test_a_clause_whose_subject_names_the_speaker_gets_no_second_name(
    clause: str, speaker: str, title: str
) -> None:
    made = headline(clause, speaker=speaker, speech=True, sentence=clause + ".")
    assert made.startswith(title)
    assert names_speaker(made, speaker)


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        # the name inside a phrase of the subject: somebody else acted on it
        (
            "Shelling by artillery units stationed on the northern ridge near Ruritania killed four farmers",
            "Ruritania",
        ),
        # another's subject, which the speaker owns
        (
            "The two long-serving deputies and the senior partners of Okafor's firm filed a complaint",
            "Ada Okafor",
        ),
        # the name far from the verb, in a long subject
        (
            "The grain convoy that had left the old border crossing into Ruritania at dawn reached the port",
            "Ruritania",
        ),
    ],
)
def test_a_speaker_named_elsewhere_in_the_clause_keeps_its_attribution(clause: str, speaker: str) -> None:
    made = headline(clause, speaker=speaker, speech=True, sentence=clause + ".")
    assert made.startswith(f"{speaker} says ")


def test_a_capitalised_noun_with_its_of_phrase_is_lowered_after_says() -> None:
    clause = "Inspection of the levee found two cracks near the pumping station"
    made = headline(clause, speaker="Jane Roe", speech=True, sentence=f"Even so, {clause}, Roe said.")
    assert made == "Jane Roe says inspection of the levee found two cracks near the pumping station"
    named = "Bank of Ruritania economists expect rates to rise"
    assert headline(named, speaker="Jane Roe", speech=True, sentence=f"{named}, Roe said.").startswith(
        "Jane Roe says Bank of Ruritania"
    )


def test_a_verb_in_s_after_a_relative_aside_is_the_subject_verb() -> None:
    clause = (
        "The third patient, who had recently returned from a trip to the coast, shares a flat with two "
        "nursing students near the campus"
    )
    made = headline(
        clause, speaker="Westbrook Hospital", speech=True, sentence=clause + ", the hospital said."
    )
    assert made.startswith("Westbrook Hospital says the third patient shares a flat")


def test_a_happening_named_with_its_owner_keeps_whose_it_was() -> None:
    found = report_mentions(
        "Ticket sales have tripled since Okafor's death on 3 March 2024, the promoter said on Tuesday.",
        TUESDAY,
    )
    assert "Okafor's death took place" in [m.clause for m in found]


def test_a_day_in_the_possessive_is_no_owner() -> None:
    found = report_mentions("Some houses already weakened by Sunday's quake collapsed on Tuesday.", TUESDAY)
    assert "The quake took place" in [m.clause for m in found]


def test_a_phrase_before_a_subject_that_names_the_speaker_goes_when_room_is_short() -> None:
    clause = (
        "On top of the delays at the northern border crossings, the Ruritania customs office must deal with "
        "a backlog of trucks that grows longer by the day"
    )
    made = headline(clause, speaker="Ruritania", speech=True, sentence=clause + ".")
    assert made.startswith("The Ruritania customs office must deal with a backlog")


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "With the help of both firms, the breach was sealed It was awkward from the start, this pairing.",
            [
                "With the help of both firms, the breach was sealed",
                "It was awkward from the start, this pairing.",
            ],
        ),
        (
            "We have not been able to stop the leak This worries everybody on the coast.",
            ["We have not been able to stop the leak", "This worries everybody on the coast."],
        ),
        (
            "The flood spreads faster than they feared Later on Sunday, the governor will tour the levee.",
            [
                "The flood spreads faster than they feared",
                "Later on Sunday, the governor will tour the levee.",
            ],
        ),
        # a title in capitals is no sentence run in
        (
            "She fell ill while touring with her This Is It show.",
            ["She fell ill while touring with her This Is It show."],
        ),
    ],
)
def test_a_sentence_run_into_the_one_before_without_a_stop_is_split(
    paragraph: str, sentences: list[str]
) -> None:
    assert [text for _start, _end, text in split_sentences(paragraph)] == sentences


def test_a_list_of_other_stories_headlines_and_ledes_is_no_body() -> None:
    text = (
        "Ruritania opens new port\n\n"
        "The new deep-water port at Kessel opened on Monday, the transport ministry said.\n\n"
        "Related stories\n\n"
        "Teachers in three provinces vote to extend their strike: The union said talks would resume.\n\n"
        "Drought cuts the wheat harvest by a third in the south: Farmers were told to expect less.\n\n"
        "Court orders recount of the disputed ballots in two districts: The ruling was given on Friday.\n"
    )
    kinds = {line.text.split(":")[0]: line.kind for line in classify_lines(text)}
    assert kinds["Teachers in three provinces vote to extend their strike"] == "boilerplate"
    assert kinds["Court orders recount of the disputed ballots in two districts"] == "boilerplate"
    assert kinds["The new deep-water port at Kessel opened on Monday, the transport ministry said."] == "body"


def test_paragraphs_that_lead_to_a_list_with_a_colon_stay_in_the_body() -> None:
    text = (
        "The old quarter's cafes\n\n"
        "For some painters, the cafe was a refuge from the cold: Roe at the Anchor; Hale at the Crown.\n\n"
        "For other painters, cafes were places of quarrels and rivalry: Okafor, Lund and the young Varga.\n\n"
        "Cafes have also provided the settings for many novels: Brandt in the north; Ivers in the east.\n"
    )
    assert all(line.kind != "boilerplate" for line in classify_lines(text))


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "It emerged on Monday that the ferry had sailed without a licence",
            "The ferry had sailed without a licence",
        ),
        ("It was revealed that the mayor had paid the fine", "The mayor had paid the fine"),
        # a frame that weakens the news, or whose object is no clause, stays
        ("It is believed the ferry sank near the reef", "It is believed the ferry sank near the reef"),
    ],
)
def test_a_frame_that_only_says_news_came_out_goes(clause: str, title: str) -> None:
    assert headline(clause) == title

"""Titles and background read on unseen news (fourteenth session, fresh21), each rule tried on sentences of
our own: a speaker's act after an opening phrase needs no "X says", a date's "for" goes with the date, how
long after a happening and a linking word leave the headline; a position held "repeatedly", the record a
past happening holds, a room packed with people and a picture's caption are no events; the words of a
work's title set off after "entitled" tell no act."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.merge.titles import headline, with_its_subject
from tests.reports import report_mentions

PUBLISHED = dt.date(2026, 3, 5)  # a Thursday


@pytest.mark.parametrize(
    ("clause", "speaker", "title"),
    [
        (
            "At one point in the afternoon, Berg scolded the ferry firm, the vessel's owner, for what "
            "she said was a refusal to hand over logs.",
            "Anna Berg",
            "Berg scolded the ferry firm, the vessel's owner",
        ),
        (
            'In an interview Tuesday with ABC\'s "Morning Show," Harbor Lines Chief Executive Tom Hale '
            "repeated the pledge, saying the firm was responsible.",
            "Tom Hale",
            "Harbor Lines Chief Executive Tom Hale repeated the pledge, saying the firm was responsible",
        ),
    ],
)
def test_a_speakers_act_after_an_opening_phrase_is_no_remark_of_the_phrase(
    clause: str, speaker: str, title: str
) -> None:
    assert headline(clause, speaker=speaker, speech=True) == title


def test_words_quoted_before_the_speaker_still_take_the_speaker() -> None:
    clause = "At the end of the day, we will win, Hale vowed."
    assert not headline(clause, speaker="Tom Hale", speech=True).startswith("Hale vowed")


@pytest.mark.parametrize(
    "clause", ["A hearing has been set for 5 April in Leeds.", "A hearing has been set for Friday in Leeds."]
)
def test_the_for_of_a_day_set_goes_with_the_day(clause: str) -> None:
    assert headline(clause) == "A hearing has been set in Leeds"


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "Five months after the fire that destroyed the depot and forced 200 families from their "
            "homes, the mill passed a safety inspection yesterday that cleared it to reopen.",
            "The mill passed a safety inspection yesterday that cleared it to reopen",
        ),
        ("Two weeks after the flood, the council reopened the bridge.", "The council reopened the bridge"),
    ],
)
def test_how_long_after_a_happening_told_before_is_no_part_of_the_headline(clause: str, title: str) -> None:
    assert headline(clause) == title


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "The Ministry of Transport, for example, on Tuesday rejected reports that the bridge was unsafe.",
            "The Ministry of Transport rejected reports that the bridge was unsafe",
        ),
        ("The port, however, stayed open.", "The port stayed open"),
        ("The ferry firm, meanwhile, denied any fault.", "The ferry firm denied any fault"),
    ],
)
def test_a_linking_word_between_commas_leaves_the_headline(clause: str, title: str) -> None:
    assert headline(clause) == title


@pytest.mark.parametrize(
    "sentence",
    [
        # a position held over time, the adverb after its verb
        "Harbour Lines officials have also insisted repeatedly that the damage cannot be measured.",
        # the past happening that holds a record, dated by its years alone
        "The worst recent cholera epidemic in East Africa occurred in 1997-98 when an estimated 80,000 "
        "people fell ill in the region.",
        # a room and how full it was, a day between with no "on"
        "At a hotel near the ring road, a meeting hall was packed Tuesday with lawyers from a dozen firms.",
    ],
)
def test_a_standing_position_a_record_and_a_full_room_are_no_events(sentence: str) -> None:
    text = (
        "Ferry inquiry hears from the crew\n\nThe ferry inquiry heard from two crew members on Tuesday.\n\n"
    )
    assert [m for m in report_mentions(text + sentence, PUBLISHED) if sentence[:30] in m.sentence.text] == []


def test_where_a_person_stands_in_a_picture_marks_a_caption_no_sentence() -> None:
    text = (
        "Ferry inquiry hears from the crew\n\n"
        "Capt. Jane Roe, right, and retired judge Tom Hale confer during a hearing on the ferry fire.\n\n"
        "The ferry inquiry heard from two crew members on Tuesday.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=PUBLISHED))
    assert [s.text for s in article.sentences] == [
        "The ferry inquiry heard from two crew members on Tuesday."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The film - entitled Storm Night: Who Killed the Ferry Crew - is scheduled to be shown in Europe in "
        "May.",
        "The book, titled Dark Water: How the Port Died, will be published in June.",
    ],
)
def test_the_words_of_a_works_title_set_off_after_entitled_tell_no_toll(sentence: str) -> None:
    found = report_mentions("Broadcaster plans a film\n\n" + sentence, PUBLISHED)
    assert found
    assert {m.event_type for m in found} & {"casualties", "disaster"} == set()


def test_a_names_possessive_opens_the_noun_a_relative_clause_tells_of() -> None:
    sentence = (
        "Anna Berg's former physiotherapist, who is facing a negligence claim after the match last June, has "
        "returned to work in Leeds."
    )
    assert with_its_subject(sentence, "who is facing a negligence claim after the match last June") == (
        "Anna Berg's former physiotherapist is facing a negligence claim after the match last June"
    )


def test_a_title_is_never_cut_inside_a_short_quotation() -> None:
    clause = (
        'Ferry operator Harbour Lines vowed Monday to pay "all necessary and appropriate repair costs" from '
        "the collision in the strait."
    )
    assert (
        headline(clause)
        == 'Ferry operator Harbour Lines vowed to pay "all necessary and appropriate repair costs"'
    )

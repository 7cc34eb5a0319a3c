"""Titles a reader can take alone: a "he" or "she" that continues an earlier sentence's subject is named.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from reports import build_reports

from events.extract.coreference import EarlierSentence, person_named_before
from events.extract.reference import opening_pronoun, referent

DAY = dt.date(2025, 3, 14)


def _titles(text: str) -> list[str]:
    return [title for _type, _date, _end, title, _n in build_reports((DAY, text))]


def test_a_subject_named_by_title_and_surname_is_the_person_named_in_full() -> None:
    people = {"Ingrid Solberg", "Marcus Tell"}
    assert (
        referent("she", "Judge Solberg delivered the verdict on the fourth day of the trial.", people)
        == "Solberg"
    )
    assert referent("he", "Mr Tell has been criticised by the council for the delays.", people) == "Tell"
    # (a title of the other gender is somebody else)
    assert referent("she", "Mr Tell has been criticised by the council for the delays.", people) == ""


def test_a_name_the_lists_lack_is_a_person_by_its_form() -> None:
    assert referent("he", "Mr Okonjo called the damage severe.", set()) == "Okonjo"
    assert referent("she", "Mr Okonjo called the damage severe.", set()) == ""


def test_a_phrase_of_time_opening_with_earlier_is_no_linking_word() -> None:
    sentence = "Earlier this week, the ferry operator printed a new winter timetable for the islands."
    assert referent("it", sentence, set()) == "The ferry operator"


def test_a_linking_word_or_phrase_may_stand_before_the_pronoun() -> None:
    assert opening_pronoun("Then he was taken to the station.") == "he"
    assert opening_pronoun("Today, she has a new post.") == "she"
    assert opening_pronoun("Following the vote, she resigned.") == "she"


def test_a_surname_two_people_share_is_named_whole() -> None:
    text = "Lena Marsh ran the depot. Her cousin Petra Marsh ran the yard. Lena Marsh resigned."
    assert referent("she", "Lena Marsh resigned in May.", {"Lena Marsh"}, text=text) == "Lena Marsh"
    assert (
        referent("she", "Lena Marsh resigned in May.", {"Lena Marsh"}, text="Lena Marsh resigned.") == "Marsh"
    )


def test_he_looks_back_past_sentences_that_name_nobody_he_could_be() -> None:
    earlier = [
        EarlierSentence("Prosecutors accuse Okafor of taking bribes.", ("Daniel Okafor",)),
        EarlierSentence("His lawyer, Maria Lund, said he would appeal.", ("Maria Lund",)),
        EarlierSentence("Daniel Okafor denied any wrongdoing on Friday.", ("Daniel Okafor",)),
    ]
    people = {"Daniel Okafor", "Maria Lund"}
    text = " ".join(s.text for s in reversed(earlier))
    assert person_named_before("he", earlier, people, text) == "Okafor"
    # ("she" is Maria Lund, who is no sentence's subject: nobody is named)
    assert person_named_before("she", earlier, people, text) == ""


def test_another_man_named_between_leaves_he_as_it_is() -> None:
    earlier = [
        EarlierSentence("The court also heard from Peter Hallam.", ("Peter Hallam",)),
        EarlierSentence("Daniel Okafor denied any wrongdoing on Friday.", ("Daniel Okafor",)),
    ]
    text = " ".join(s.text for s in reversed(earlier))
    assert person_named_before("he", earlier, {"Daniel Okafor", "Peter Hallam"}, text) == ""


def test_the_speaker_of_an_earlier_sentence_is_who_he_stands_for() -> None:
    earlier = [
        EarlierSentence("The union should prepare for a long strike, he said.", ()),
        EarlierSentence(
            '"We are ready," said the union leader, Peter Hallam.', ("Peter Hallam",), "Peter Hallam"
        ),
    ]
    text = " ".join(s.text for s in reversed(earlier))
    assert person_named_before("he", earlier, {"Peter Hallam"}, text) == "Hallam"


def test_a_title_names_the_person_an_opening_she_continues() -> None:
    titles = _titles(
        "The former port director Ingrid Solberg was detained at the airport on Thursday.\n\n"
        "Solberg, who ran the port from 2019 to 2023, denied any wrongdoing on Friday.\n\n"
        "Her office was closed on Friday.\n\n"
        "Investigators accuse Solberg of taking $2 million in bribes.\n\n"
        "She will appear before a judge in the capital on Monday."
    )
    assert not any(title.startswith("She will appear") for title in titles), titles


def test_a_title_keeps_she_when_two_women_could_be_meant() -> None:
    titles = _titles(
        "The port director Ingrid Solberg was detained at the airport on Thursday.\n\n"
        "Solberg denied any wrongdoing on Friday.\n\n"
        "Her lawyer, Astrid Berge, said the detention was unlawful.\n\n"
        "Investigators accuse Solberg of taking $2 million in bribes.\n\n"
        "She will appear before a judge in the capital on Monday."
    )
    assert any(title.startswith("She will appear") for title in titles), titles


def test_a_person_passed_over_unnamed_leaves_he_as_it_is() -> None:
    # the president, or the sister, may be the one meant: a wrong name is worse than the pronoun
    for between in ("The president named a successor on Tuesday.", "Her brother was detained on Tuesday."):
        earlier = [
            EarlierSentence(between, ()),
            EarlierSentence("Daniel Okafor resigned as finance minister on Monday.", ("Daniel Okafor",)),
        ]
        text = " ".join(s.text for s in reversed(earlier))
        assert person_named_before("he", earlier, {"Daniel Okafor"}, text) == ""


def test_a_subject_described_by_a_noun_no_list_holds_leaves_he_as_it_is() -> None:
    earlier = [
        EarlierSentence("The drummer had been dogged by debts for years.", ()),
        EarlierSentence('"I have lost a brother," said Peter Hallam.', ("Peter Hallam",), "Peter Hallam"),
    ]
    text = " ".join(s.text for s in reversed(earlier))
    assert person_named_before("he", earlier, {"Peter Hallam"}, text) == ""

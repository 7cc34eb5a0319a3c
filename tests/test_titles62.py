"""Titles a briefing officer reads at a glance (sixty-second session): words quoted in the first person, or of
somebody the speaker speaks of, are given after who said them, as the sentence tells it; a cut falls where
a phrase opens ("between", "despite"), never before the second half of a noun phrase; a subject's relative
clause or participle phrase goes before the main verb would; an acronym in capitals is no relative pronoun;
a middle initial is no acronym. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.merge.titles import ELLIPSIS, fit, headline, is_fragment, quotation_speaker
from tests.reports import build_reports


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            '"We had no warning before the water came into the terminal," a spokeswoman for the port said.',
            "Spokeswoman for the port: “We had no warning before the water came into the terminal”",
        ),
        (
            '"They have been told to stay indoors until the smoke clears," an official told reporters.',
            "Official: “They have been told to stay indoors until the smoke clears”",
        ),
    ],
)
def test_words_quoted_bare_are_given_after_who_said_them(sentence: str, title: str) -> None:
    assert headline(sentence) == title


def test_words_quoted_after_a_colon_name_who_spoke_them_before_it() -> None:
    sentence = (
        'The miners said: "After the flood last week we will not go back underground until the pumps work."'
    )
    clause = "we will not go back underground until the pumps work"
    assert headline(clause, quoted=True, sentence=sentence) == (
        "Miners: “We will not go back underground until the pumps work”"
    )
    blunt = 'Jane Okoro, mayor of a town the river cut in two, was blunt: "I think the dam was a mistake."'
    assert quotation_speaker(blunt, "I think the dam") == "Jane Okoro"


def test_a_known_speaker_of_words_quoted_in_the_first_person_is_named() -> None:
    sentence = (
        '"We are seeing far fewer admissions and that is why we are closing the field hospital," the '
        "regional health director, Tomas Ferreira, said."
    )
    clause = (
        'We are seeing far fewer admissions and that is why we are closing the field hospital," the regional '
        "health director"
    )
    title = headline(clause, speaker="Tomas Ferreira", quoted=True, sentence=sentence)
    assert title.startswith("Tomas Ferreira: “We are seeing far fewer admissions")


def test_the_sentences_own_words_are_no_quotation() -> None:
    assert quotation_speaker("We will rebuild the bridge, the mayor said.", "We will rebuild") == ""


def test_an_acronym_in_capitals_is_no_relative_pronoun() -> None:
    assert not is_fragment("The WHO raised its alert level for the new strain to phase 5")
    assert is_fragment("The doctor who treated the first patients")


def test_a_middle_initial_is_no_acronym_and_the_surname_makes_room() -> None:
    title = headline(
        "proving a link between the fumes and the illness of dockers is very hard",
        speaker="Maria T. Lindqvist",
        speech=True,
    )
    assert title == "Lindqvist says proving a link between the fumes and the illness of dockers is very hard"


def test_and_before_a_noun_phrase_of_its_own_is_a_place_to_cut() -> None:
    title = fit(
        "The first relief flights landed at the airport serving the capital and UN supply ships were still "
        "at sea with more tents"
    )
    assert title == "The first relief flights landed at the airport serving the capital"


def test_a_phrase_opened_by_between_may_go() -> None:
    title = fit(
        "The senator says the bill before the chamber represents a fair compromise between the demands of "
        "farmers and those of the city councils"
    )
    assert title == "The senator says the bill before the chamber represents a fair compromise"


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "A Kenyan nurse and four hospital porters who recently returned from a conference in Accra were "
            "being kept in isolation as suspected cases",
            "A Kenyan nurse and four hospital porters were being kept in isolation as suspected cases",
        ),
        (
            "Hopes of a quick deal to end the strike at the copper mine stretching into its ninth week were "
            "dashed",
            "Hopes of a quick deal to end the strike at the copper mine were dashed",
        ),
    ],
)
def test_what_tells_which_of_the_subject_goes_before_the_main_verb(clause: str, title: str) -> None:
    assert fit(clause) == title


def test_a_clause_that_is_no_relative_keeps_its_words() -> None:
    clause = (
        "The news that the plant would close after forty years of making steel for the region was announced "
        "by the owners"
    )
    assert "would close" in fit(clause) or fit(clause).endswith(ELLIPSIS)


def test_what_follows_a_spaced_hyphen_with_no_verb_of_its_own_goes() -> None:
    assert headline("More than 300 people have caught the fever in the province - none fatally") == (
        "More than 300 people have caught the fever in the province"
    )
    # (a date that heads an entry is no clause before the dash)
    assert headline("March 14 - Two provinces report their first cases of the fever") == (
        "Two provinces report their first cases of the fever"
    )
    # (a dash that opens with a conjunction sets an aside inside a phrase, whose closing dash the clause
    # may have lost: the title does not end on the phrase's first words)
    assert (
        headline("Judges opened the much-delayed - and by then, largely symbolic")
        != "Judges opened the much-delayed"
    )


def test_a_compound_preposition_goes_with_the_date_it_led_to() -> None:
    assert headline("Prior to Thursday, Ruritania was the only state in the region to confirm a case") == (
        "Ruritania was the only state in the region to confirm a case"
    )


def test_a_cut_never_parts_a_copula_from_its_complement() -> None:
    title = fit(
        "Health advisers recommended last spring that night-shift nurses should be among the groups offered "
        "the new booster jab first"
    )
    assert not title.rstrip(ELLIPSIS).endswith(" be")


@pytest.mark.parametrize(
    ("sentence", "clause", "title"),
    [
        (
            "A dockers' union alleges that it was never consulted about the new shift rota at the port.",
            "it was never consulted about the new shift rota at the port",
            "A dockers' union alleges it was never consulted about the new shift rota at the port",
        ),
        (
            "Mira Petrova, organiser of a march that drew thousands to the square, said she would appeal the "
            "ban.",
            "she would appeal the ban",
            "Mira Petrova says she would appeal the ban",
        ),
        (
            "As the weather office reports calmer seas, fishermen on the northern coast say they are still "
            "finding nets torn by the storm.",
            "they are still finding nets torn by the storm",
            "Fishermen on the northern coast say they are still finding nets torn by the storm",
        ),
    ],
)
def test_a_pronoun_said_is_told_with_who_said_it(sentence: str, clause: str, title: str) -> None:
    assert headline(clause, speech=True, sentence=sentence) == title


def test_a_pronoun_after_a_subordinate_saying_keeps_its_clause() -> None:
    sentence = "The board met on Monday, when it said it was reviewing the contract."
    assert not headline("it was reviewing the contract", speech=True, sentence=sentence).startswith("When")


def test_a_place_set_off_after_who_is_described_stays_out_of_the_speaker() -> None:
    sentence = '"It is a miracle," a ferryman from Port Kale, Borduria, told the radio.'
    assert quotation_speaker(sentence, "It is a miracle") == "Ferryman from Port Kale"


def test_a_participle_phrase_holding_a_clause_of_its_own_stays() -> None:
    # ("there was" opens a clause: the phrase before it is not one to drop, or the title would be
    # "clerks was doubt")
    title = headline(
        "Food Standards Agency (FSA) clerks touring the Borlund grain depot 40km south of the capital in "
        "early March found there was doubt about who would seal the silos in the event of a flood."
    )
    assert "clerks was" not in title


def test_a_quotation_given_after_its_speaker_ends_at_its_closing_mark() -> None:
    # ('"..." among the herds, said Roe': the words after the closing mark are the writer's, not hers)
    text = (
        "The storm hit the coast on Thursday. "
        '"We expect heavy losses to follow" among the herds, said Anna Roe of the Farmers Union.'
    )
    titles = [title for _kind, _day, _end, title, _n in build_reports((dt.date(2026, 3, 6), text))]
    assert "Anna Roe: “We expect heavy losses to follow”" in titles

"""Titles read as a briefing officer reads them: a title with a contraction, a verb in the present or a
subject "much" is a clause; a title ending on a word that waits for its object, its "to" or its clause is
cut; "X says Final tests ..." keeps no capital that only opened the sentence. Every sentence is our own."""

from __future__ import annotations

import re

import pytest

from events.extract.clauses import what_was_said
from events.merge.titles import _fit_said, fit, headline, is_fragment, tidy, with_its_subject

# 1. Good titles that is_fragment took for fragments


@pytest.mark.parametrize(
    "title",
    [
        # a verb in a contraction
        "Ana Ruiz says the voter doesn't trust the count",
        "Ana Ruiz says from what we know, it's likely the vote will be rerun",
        # "much" as a subject or a determiner, "so far" as a phrase of time
        "Much has been written about the harbour toll since the vote",
        "Much evidence at the two trials was circumstantial",
        "So far the majority of farmers polled say it's a fair deal",
        # the part that the clause after the comma tells of; a clause that a form of "be" closes whole
        "Of the 80 sites inspected, 50 were found unsafe",
        "Ana Ruiz says the situation is what it is",
        # a verb in the present that no list holds, after its subject
        "The mayor visits the flooded district to see the repairs",
        "The new statute sends first-time offenders to county courts",
        "The trade office estimates a yearly loss of about 3,000 jobs",
        # "that" and a verb right after it: a relative clause with its verb
        "Ana Ruiz says it is plain the minister made remarks that have angered growers",
    ],
)
def test_a_whole_clause_is_no_fragment(title: str) -> None:
    assert not is_fragment(title)


# 2. Fragments it missed


@pytest.mark.parametrize(
    "title",
    [
        # a word that waits for its verb, clause or object
        "The senate decided in 2019 not",
        "The inspectors found an absence of guidance on what",
        "The editorial said the ruling resembles a referee who",
        "The professor says dropping the term back then was not about",
        "The council will explain how",
        # a passive or a verb that waits for its "to", "in" or its preposition
        "The former envoy was sworn",
        "The second report is set",
        "The relief barges would try",
        "The governor has announced measures to deal",
        "Ana Ruiz says she wouldn't hesitate",
        "The panel chairman couldn't help",
        "The ferry operator ignored warnings in the hours",
        # what was said is a noun phrase with no verb: a name's possessive opens it
        "Ana Ruiz says the union's new claim",
        "The tabloid said the senator's rebukes",
        # a name and its apposition, no verb
        "Ruiz, retired head of the electoral board",
        # a first-person remark whose verb has lost its object
        "Harbour Trust: “We cautiously estimate”",
    ],
)
def test_a_cut_title_is_a_fragment(title: str) -> None:
    assert is_fragment(title)


@pytest.mark.parametrize(
    "title",
    [
        "No injuries were reported",
        "The cause of the blaze is not known",
        "The launch is due",
        "The union will decide whether to strike or not",
        "The firm says the reforms brought about",
    ],
)
def test_a_whole_ending_stays_whole(title: str) -> None:
    # ("brought about" ends whole; the last one is here for "about", not for what was said)
    assert not is_fragment(title) or title.endswith("brought about")


# 3. A long title is no longer cut where a word waits for what follows it


def test_a_long_title_keeps_the_phrase_a_passive_waits_for() -> None:
    text = (
        "The former trade envoy Marcus Delacroix was sworn in as the new commerce secretary at a ceremony in "
        "the capital"
    )
    assert fit(text) == "The former trade envoy Marcus Delacroix was sworn in as the new commerce secretary"


def test_a_long_title_is_not_cut_after_an_infinitive_that_waits_for_its_preposition() -> None:
    text = (
        "Provincial Premier Anna Lindqvist has announced emergency measures to deal with the rising water in "
        "the valley"
    )
    assert not fit(text).endswith("to deal")


# 4. "X says" lowers a capital that only opened the sentence


@pytest.mark.parametrize(
    ("clause", "speaker", "expected"),
    [
        (
            "Final results are still awaited",
            "Electoral Board",
            "Electoral Board says final results are still awaited",
        ),
        (
            "Industrial output fell 4 percent in June",
            "Statistics Office",
            "Statistics Office says industrial output fell 4 percent in June",
        ),
        (
            "Competitors do tend to follow the market leader",
            "Jan Vos",
            "Jan Vos says competitors do tend to follow the market leader",
        ),
        (
            "Inspectors have found cracks in the dam",
            "Ana Ruiz",
            "Ana Ruiz says inspectors have found cracks in the dam",
        ),
        (
            "Beyond that date, claims will be refused",
            "Ana Ruiz",
            "Ana Ruiz says beyond that date, claims will be refused",
        ),
        (
            "Anything on the runway can be a hazard",
            "Ana Ruiz",
            "Ana Ruiz says anything on the runway can be a hazard",
        ),
        (
            "Technological failures, like the outage, are rare",
            "Ana Ruiz",
            "Ana Ruiz says technological failures, like the outage, are rare",
        ),
        (
            "Officials will count the ballots again",
            "Ana Ruiz",
            "Ana Ruiz says officials will count the ballots again",
        ),
    ],
)
def test_says_lowers_a_common_word_that_opened_the_sentence(clause: str, speaker: str, expected: str) -> None:
    assert headline(clause, speaker=speaker, speech=True) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # names keep their capital: a place before the people it names, a name before its verb
        ("Nepal police arrested two men", "Ana Ruiz says Nepal police arrested two men"),
        (
            "Portugal and Spain will close the border",
            "Ana Ruiz says Portugal and Spain will close the border",
        ),
        ("Sanders will run again", "Ana Ruiz says Sanders will run again"),
        ("Federal Reserve governors will meet", "Ana Ruiz says Federal Reserve governors will meet"),
    ],
)
def test_says_keeps_the_capital_of_a_name(clause: str, expected: str) -> None:
    assert headline(clause, speaker="Ana Ruiz", speech=True) == expected


def test_a_clause_of_one_linking_word_makes_no_title() -> None:
    assert headline("But", speaker="Ana Ruiz", speech=True) == ""


# 5. A clause that lost its subject, or whose words said open with the speaker's own participle


@pytest.mark.parametrize(
    "title",
    [
        "Met with four union leaders to discuss the strike",
        "Shut down the regional office last year",
        "Only received a small cheque for the lost harvest",
        "Doesn't get the coverage that the capital gets",
        "Took up arms after the election was annulled",
        "The ratings agency says saying it could take two years",
        "Ana Ruiz says asked in an interview whether the port would reopen",
        "Ana Ruiz says describing him as calm and careful",
    ],
)
def test_a_clause_without_its_subject_is_a_fragment(title: str) -> None:
    assert is_fragment(title)


@pytest.mark.parametrize(
    "title",
    [
        "Armed with rifles, gunmen stormed the depot",
        "Ana Ruiz says speaking two languages is required",
    ],
)
def test_a_participle_with_its_clause_is_whole(title: str) -> None:
    assert not is_fragment(title)


# 6. Dates taken out of a title leave no stub


def test_the_week_that_holds_an_opening_date_goes_with_it() -> None:
    assert (
        tidy("In the week of May 17, inspectors found cracks in the levee")
        == "Inspectors found cracks in the levee"
    )


def test_a_day_with_a_word_that_describes_it_is_no_date_of_the_act() -> None:
    assert tidy("Voters in the valley spent a rainy Saturday at the polls") == (
        "Voters in the valley spent a rainy Saturday at the polls"
    )
    assert tidy("The army entered the city Thursday") == "The army entered the city"
    assert tidy("The union entered the fray on Thursday") == "The union entered the fray"


def test_a_relative_clause_after_a_name_inside_an_of_phrase_gets_no_subject() -> None:
    sentence = "She spoke in a film on the aftermath of Storm Ida, which was to be shown on Tuesday night."
    assert with_its_subject(sentence, "which was to be shown on Tuesday night") == ""
    sentence = "The court heard from Jane Roe, who received the letter from a friend."
    assert with_its_subject(sentence, "who received the letter from a friend") == (
        "Jane Roe received the letter from a friend"
    )


def test_a_capitalised_noun_after_that_is_no_verb_of_a_relative_clause() -> None:
    assert is_fragment("Ana Ruiz denies that Claims")
    assert not is_fragment("Ana Ruiz says it is plain the mayor made remarks that have angered growers")


def test_what_a_speaker_wanted_cut_off_is_a_fragment() -> None:
    assert is_fragment("The ministry says it wanted")
    assert not is_fragment("The firm got the result it wanted")


def test_the_last_word_of_a_split_subject_before_its_verb_is_a_fragment() -> None:
    assert is_fragment("Ohio, spent a wet Sunday at the polls")
    assert not is_fragment("Yesterday, police arrested two men")
    assert not is_fragment("The mayor said the result was what she wanted")


def test_a_firm_named_like_a_person_keeps_its_whole_name() -> None:
    said = " says the forecasters estimated-that-the-storm-might-result-in-a-lasting-loss-for-all"
    assert _fit_said("Maximilian Roe" + said, "Maximilian Roe").startswith("Roe says")
    assert _fit_said("Maximilian Capital" + said, "Maximilian Capital").startswith("Maximilian Capital says")


def test_a_word_after_a_short_word_and_a_hyphen_is_no_verb() -> None:
    assert is_fragment("Voters in the storm-affected district of Lake County, Ohio")


def test_a_phrase_of_time_before_what_was_said_is_no_part_of_it() -> None:
    text = (
        "The auditors, who interviewed county clerks, said in late March or early April, the election board "
        "refused a request to publish the tallies."
    )
    speech = re.search(r"\bsaid\b", text)
    assert speech is not None
    assert what_was_said(text, speech) == "the election board refused a request to publish the tallies"


def test_a_clause_that_opens_with_the_speakers_office_in_lower_case_and_surname_names_the_speaker() -> None:
    clause = "Health secretary Ruiz stopped short of declaring an emergency"
    assert headline(clause, speaker="Ana Maria Ruiz", speech=True) == clause


def test_words_said_after_a_colon_keep_their_first_person_quoted() -> None:
    assert "says we" not in headline(
        "Dr Ruiz said: \"We're counting the ballots again", speaker="Ana Ruiz", speech=True
    )


def test_a_plural_before_an_infinitive_or_after_of_is_no_verb_in_the_present() -> None:
    assert is_fragment("The very first ballots to arrive from the islands")
    assert is_fragment("The wave of appeals arising from the count")

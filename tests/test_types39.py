"""Types a briefing officer would file a report under (issue 7) for sentences that name a kind of happening
without telling one: an attack made in words is criticism, an election named as a time or a setting is no
vote, what a witness tells lawmakers' hearing is remarks, and a body's reading of a measure after a verb of
saying is what it says. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Jane Holm launched her fiercest attack yet on the airline's chief executive on Tuesday.",
        "Mr Varga's attack on the mining firm was a matter of concern, the head of the trade body said.",
        'On Monday the report attacked the regulator\'s new fund as "far too small".',
        "The attack was at its sharpest when the governor appeared on a morning show on Friday.",
        "The mayor attacked the port board's plan in a radio interview on Wednesday.",
        "The premier angered victims' families by comparing the depot fire to the 1998 terrorist attacks.",
    ],
)
def test_an_attack_made_in_words_is_a_statement(sentence: str) -> None:
    assert settled_type("attack", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels launched their fiercest attack yet on the capital on Tuesday.",
        "Mr Dalen's attack on the convoy killed four guards in March.",
        "Gunmen attacked the village as residents slept, officials said in a statement.",
        "Critics compared the raid to the attacks of 1998, after gunmen attacked the town on Monday.",
    ],
)
def test_an_armed_attack_stays_an_attack(sentence: str) -> None:
    assert settled_type("attack", sentence) == "attack"


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        (
            "The minister is fighting to keep the scandal from hurting his party ahead of the elections,"
            " aides said on Friday.",
            "statement",
        ),
        (
            "Jane Roe, who chaired the party in the last election, made a bid on Monday to lead the case.",
            "other",
        ),
        (
            '"Ms Orlo was involved in that election but took little notice," the aide said on Sunday.',
            "statement",
        ),
    ],
)
def test_an_election_named_only_as_a_circumstance_is_no_election(sentence: str, settled: str) -> None:
    assert settled_type("election", sentence) == settled


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters went to the polls in the presidential election on Sunday.",
        "The ruling party won a landslide in Sunday's election.",
        "Turnout was low in the regional elections on Sunday, officials said.",
        # (an election named with its own day is the election, dated by it)
        "The ruling party is fighting to limit its losses ahead of the March parliamentary elections.",
        "A lawyer who represented the governor in the 2004 election recount made a bid on Monday.",
        # (a clause between the preposition and the election: the election is its subject)
        "It was largely because of the unrest that an election took place after six years of army rule.",
    ],
)
def test_an_election_with_its_vote_told_stays_an_election(sentence: str) -> None:
    assert settled_type("election", sentence) == "election"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company's chief engineer told a Senate hearing on Tuesday that the valve had been tested twice.",
        "Two shipping executives told a parliamentary committee hearing on Monday that checks were skipped.",
    ],
)
def test_what_a_witness_tells_a_hearing_of_lawmakers_is_a_statement(sentence: str) -> None:
    assert settled_type("legal", sentence) == "statement"


def test_what_a_witness_tells_a_court_hearing_stays_legal() -> None:
    assert (
        settled_type("legal", "The witness told the court hearing on Tuesday that she saw the accused.")
        == "legal"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank said on Tuesday that inflation had peaked.",
        "The finance ministry says growth has bottomed out in the northern provinces.",
    ],
)
def test_a_reading_of_a_measure_after_saying_is_a_statement(sentence: str) -> None:
    assert settled_type("other", sentence) == "statement"


def test_a_measure_read_with_no_saying_stays_as_it_was() -> None:
    assert settled_type("other", "Inflation peaked in March at nine percent.") == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of farmers blocked the main highway into the capital on Tuesday to demand higher prices.",
        "Hundreds of nurses gathered outside the health ministry on Monday, chanting slogans against cuts.",
        "Opposition supporters took to the streets of Varna on Saturday, police said.",
    ],
)
def test_a_protest_told_by_what_protesters_do_is_a_protest(sentence: str) -> None:
    assert settled_type("other", sentence) == "protest"


def test_a_crowd_gathered_with_no_demand_is_no_protest() -> None:
    assert settled_type("other", "Fans gathered outside the stadium on Saturday, waving flags.") == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The defence minister quit on Sunday, a government spokesman said.",
        "The deputy governor quit her post on Friday after the audit.",
        "The president swore in the new cabinet on Monday.",
    ],
)
def test_an_office_quit_or_sworn_in_is_a_change_of_leadership(sentence: str) -> None:
    assert settled_type("other", sentence) == "leadership"


def test_a_player_who_quits_a_club_leaves_no_office() -> None:
    assert settled_type("other", "The striker quit the club on Monday.") == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister said on Tuesday that the ceasefire deal was still far off.",
        "The mediator said on Monday a truce was within reach.",
    ],
)
def test_a_deal_weighed_in_words_is_a_statement(sentence: str) -> None:
    assert settled_type("diplomacy", sentence) == "statement"


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        (
            "Traders sold the bank's shares on Monday, fearful of fines, lawsuits and a credit downgrade.",
            "other",
        ),
        ("The provincial cabinet is divided over the lawsuit.", "other"),
        ("An audit by outside staff said both ministries were guilty of poor record-keeping.", "statement"),
    ],
)
def test_a_case_named_only_as_a_topic_takes_no_step_of_a_case(sentence: str, settled: str) -> None:
    assert settled_type("legal", sentence) == settled


@pytest.mark.parametrize(
    "sentence",
    [
        "Fishermen flooded the county courts with lawsuits on Friday.",
        "A wave of lawsuits followed the dam's collapse.",
        "The collapse spawned a plethora of lawsuits.",
        "A panel of judges heard arguments on Tuesday on how dozens of lawsuits over the fire are merged.",
        "The families filed lawsuits over the crash on Monday.",
        "The treasurer was found guilty of fraud on Monday.",
    ],
)
def test_a_case_filed_or_a_guilt_found_by_a_court_stays_legal(sentence: str) -> None:
    assert settled_type("legal", sentence) == "legal"


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional health director announced on Monday that she is retiring at the end of the month.",
        "The port chief announced on Monday he would step down in June.",
        "The chairman of the rail board announced his retirement on Monday.",
    ],
)
def test_the_speakers_own_leaving_of_office_is_a_change_of_leadership(sentence: str) -> None:
    assert settled_type("statement", sentence) == "leadership"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said on Friday she would not resign.",
        "The minister said on Friday the governor would resign.",
    ],
)
def test_a_resignation_refused_or_another_s_foretold_stays_remarks(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "May 14 - The president slams the three firms, criticizing them for a spectacle of trading blame.",
        "The opposition leader blasted the budget on Wednesday as a betrayal of pensioners.",
        "The minister hit out at the regulator on Tuesday.",
    ],
)
def test_reproach_in_words_is_a_statement(sentence: str) -> None:
    assert settled_type("other", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers blasted the rock away on Monday.",
        "The lorry slammed into a bus shelter on Monday.",
        # (the passive tells what befell the target, who said nothing)
        "The chief executive was lambasted by angry lawmakers at a hearing on Thursday.",
        "The regulator is getting blasted from every side over its slow response.",
    ],
)
def test_a_blast_or_a_slam_of_force_is_no_reproach(sentence: str) -> None:
    assert settled_type("other", sentence) != "statement"

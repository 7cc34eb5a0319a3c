"""Types a briefing officer would call wrong, settled by who acts and on what: a court's own acts and
a trial's steps are a case's (`legal`), a plea is no denial, a craft, a vehicle or an illness that strikes
makes an accident or an outbreak (`disaster`), not an `attack`, and talks, meetings and visits are
`diplomacy` only when states or bodies act in office. All texts are our own (courts, shipping, roads,
health, business)."""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type


@pytest.mark.parametrize(
    ("given", "sentence"),
    [
        ("other", "Judge Varga agreed and in her ruling on Monday sharply rebuked the water board."),
        ("policy", "A judge on Friday refused to put on hold her order lifting the ban on night fishing."),
        ("statement", "The defence called its last witness on Thursday."),
        ("other", "Closing arguments will begin on Wednesday."),
        ("other", "Opening statements, due on 4 May, will now begin on 9 June."),
        ("other", "3 March 2019 The jury is finalised."),
        ("statement", "A ferry mechanic tells the court he saw no smoke before the alarm sounded."),
        ("statement", "The surveyor conceded under cross-examination that the map was out of date."),
        ("other", "The case against the harbour master goes to the jury following closing statements."),
        ("other", "Court documents filed in Tamberg show that the firm owed its suppliers $2 million."),
        ("policy", "Exporters went to court on Monday seeking to overturn the ban on raw timber sales."),
        ("other", "The recordings can not be used as evidence, the judge rules."),
        ("policy", "The ministry tried to delay a federal judge's ruling on Tuesday that lifted the curfew."),
    ],
)
def test_a_courts_own_act_or_a_trials_step_is_legal(given: str, sentence: str) -> None:
    assert settled_type(given, sentence) == "legal"


@pytest.mark.parametrize(
    ("given", "sentence"),
    [
        ("protest", "Protesters outside the court chanted slogans on Monday."),
        ("statement", "The jury is still out on whether the levy will work, the minister said on Tuesday."),
        ("statement", "Defence officials said on Tuesday that the missiles had been moved north."),
        ("statement", "The defence ministry announced on Monday that the six patrol boats were ready."),
        ("other", "The food court was evacuated on Sunday after a fire alarm."),
        ("other", "The court of public opinion turned against the bottler on Monday."),
        ("statement", "Speaking outside the court on Monday, Marek Holm said he was relieved."),
        (
            "statement",
            'A successful court challenge "could lift the shares," said Ida Lunde, a fund manager.',
        ),
        ("other", "Court costs rose by a third last year."),
        ("other", "The committee's senators are making their opening statements on Tuesday."),
        # a judge's words given as remarks stay the judge's remarks
        ("statement", "District Judge Ana Kovac said on Monday she would rule by Friday on the permits."),
        (
            "statement",
            "Lena Ostrova, who presided over the parliamentary hearing, said the agency had erred.",
        ),
    ],
)
def test_a_court_named_but_not_acting_keeps_the_type(given: str, sentence: str) -> None:
    assert settled_type(given, sentence) == given


def test_a_charge_denied_by_its_name_is_a_plea() -> None:
    assert settled_type(
        "denial", "Tomas Brenner, 52, denies manslaughter, and the trial resumed on Monday."
    ) == ("legal")


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor denied any wrongdoing on Tuesday.",
        "Brenner denied the allegations on Tuesday, calling them politically motivated.",
    ],
)
def test_an_accusation_rejected_in_words_stays_a_denial(sentence: str) -> None:
    assert settled_type("denial", sentence) == "denial"


@pytest.mark.parametrize(
    "sentence",
    [
        "The grain carrier struck a reef on Monday off the northern cape.",
        "A new strain of measles that struck nine children last week has alarmed doctors.",
        "A goods train struck a lorry at a level crossing on Saturday.",
        "The trawler struck an iceberg on Friday night.",
    ],
)
def test_a_craft_an_illness_or_a_reef_strikes_no_blow(sentence: str) -> None:
    assert settled_type("attack", sentence) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels struck a convoy on Monday near the border.",
        "Fighter jets struck rebel positions on Monday.",
        "Drones struck a fuel depot near the port overnight, officials said.",
    ],
)
def test_a_force_that_strikes_stays_an_attack(sentence: str) -> None:
    assert settled_type("attack", sentence) == "attack"


@pytest.mark.parametrize(
    "sentence",
    [
        "A bus hit a wall on Friday, injuring six passengers.",
        "The barge had been burning for a day when it sank on Thursday in deep water.",
    ],
)
def test_an_accident_left_untyped_is_a_disaster(sentence: str) -> None:
    assert settled_type("other", sentence) == "disaster"


@pytest.mark.parametrize(
    "sentence",
    [
        "Electric cars hit the showrooms on Monday.",
        "The ferry hit the headlines on Monday when its owner sold it.",
        "The flu hit tourism in March.",
    ],
)
def test_a_launch_news_or_a_harm_to_trade_is_no_accident(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The chief executive is negotiating the terms of his departure, the brewer said on Monday.",
            "other",
        ),
        ("Brenner says he would negotiate his usual consulting fee.", "statement"),
        ("For weeks the villagers had been subjected to a barrage of pep talks from the capital.", "other"),
        ("The insurer said on Friday its board would meet on Monday to discuss the payout.", "statement"),
        (
            '"Many families had visited the islands on holiday," the tour operator said on Tuesday.',
            "statement",
        ),
        (
            "Mara Voss, the UN special envoy for the region, urged donors on Tuesday to give more.",
            "statement",
        ),
    ],
)
def test_own_affairs_and_an_envoys_title_are_no_diplomacy(sentence: str, expected: str) -> None:
    assert settled_type("diplomacy", sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister visited Ankara on Tuesday for talks on the pipeline.",
        "The UN envoy arrived in Juba on Tuesday.",
        "The two prime ministers met in Oslo on Friday to discuss fishing quotas.",
        '"We met with the president on Tuesday," the foreign minister said.',
        "The lender's executive board will meet on Monday to discuss the loan to Tarvia.",
    ],
)
def test_officials_in_office_keep_diplomacy(sentence: str) -> None:
    assert settled_type("diplomacy", sentence) == "diplomacy"

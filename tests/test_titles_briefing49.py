"""Titles that keep the main clause's subject and verb: a subject split inside its phrase of place, words said
after a colon, and a subject said whose verb a participle after an article hid (invented sentences)."""

from __future__ import annotations

import pytest

from events.merge.titles import _fit_said, fit, headline


@pytest.mark.parametrize(
    ("clause", "sentence", "title"),
    [
        (
            "Netherlands killed four workers on Monday",
            "A tanker fire near Rotterdam, Netherlands, killed four workers on Monday, officials said.",
            "A tanker fire near Rotterdam, Netherlands, killed four workers",
        ),
        (
            "Brazil destroyed 300 homes on Tuesday",
            "A flood in Porto Alegre, Brazil, destroyed 300 homes on Tuesday.",
            "A flood in Porto Alegre, Brazil, destroyed 300 homes",
        ),
        (
            "Ohio rejected the measure",
            "Voters in Columbus, Ohio, rejected the measure on Tuesday.",
            "Voters in Columbus, Ohio, rejected the measure",
        ),
        (
            "Kenya won the marathon",
            "A runner from Eldoret, Kenya, won the marathon on Sunday.",
            "A runner from Eldoret, Kenya, won the marathon",
        ),
        (
            "Texas sued the agency",
            "The state of Texas sued the agency on Monday.",
            "The state of Texas sued the agency",
        ),
    ],
)
def test_subject_split_inside_its_place_is_given_back(clause: str, sentence: str, title: str) -> None:
    assert headline(clause, sentence=sentence) == title


@pytest.mark.parametrize(
    ("clause", "sentence", "title"),
    [
        # an opening phrase of its own before the subject
        ("Smith won the race", "Born in Lyon, France, Smith won the race on Sunday.", "Smith won the race"),
        (
            "Ministers agreed a deal",
            "After talks in Geneva, Switzerland, ministers agreed a deal.",
            "Ministers agreed a deal",
        ),
        ("Arsenal beat Chelsea", "In London, Arsenal beat Chelsea on Saturday.", "Arsenal beat Chelsea"),
        # a clause joined after a place, and a clause that opens lower-case
        (
            "Germany signed the pact on Friday",
            "The talks were held in Rome, Italy, and Germany signed the pact on Friday.",
            "Germany signed the pact",
        ),
        ("the suspect fled", "Police said in Paris the suspect fled.", "The suspect fled"),
    ],
)
def test_clause_with_its_own_subject_stays(clause: str, sentence: str, title: str) -> None:
    assert headline(clause, sentence=sentence) == title


@pytest.mark.parametrize(
    ("clause", "speaker", "title"),
    [
        (
            "Speaking at the summit on Monday, the league chairman, Ann Lowe, said: Let us remember that the "
            "clubs pay the most",
            "Ann Lowe",
            "Ann Lowe: “Let us remember that the clubs pay the most”",
        ),
        (
            "Lowe told reporters: We expect the plant to reopen in spring",
            "Ann Lowe",
            "Ann Lowe: “We expect the plant to reopen in spring”",
        ),
        (
            'The code stated: "Acme, a chemicals firm, explained the importance of the rule to regulators."',
            "",
            "The code says Acme explained the importance of the rule to regulators",
        ),
        (
            "The judge said: The defendant showed no remorse at all during the trial",
            "",
            "The judge says the defendant showed no remorse at all during the trial",
        ),
    ],
)
def test_words_after_a_colon_are_said(clause: str, speaker: str, title: str) -> None:
    assert headline(clause, speaker=speaker, sentence=clause) == title


@pytest.mark.parametrize(
    "clause",
    [
        "The menu included three dishes: soup, fish and a tart",
        "The rules are clear: no player may leave the ground before the end",
        "Two teams went through: the hosts and the champions",
        "The court heard one plea: guilty on all counts",
        "Shares fell on one fear: that rates would rise",
    ],
)
def test_a_colon_after_no_saying_stays(clause: str) -> None:
    assert "“" not in headline(clause, sentence=clause)


def test_participle_after_article_is_not_the_verb_said() -> None:
    text = (
        "The embassy says roughly one-quarter of the confirmed cases in the region as of early June were "
        "foreign citizens"
    )
    assert _fit_said(text, "The embassy") == (
        "The embassy says roughly one-quarter of the confirmed cases were foreign citizens"
    )
    assert (
        _fit_said(
            "The coach says a third of the injured players in the squad at the start of the season have now "
            "returned to training",
            "The coach",
        )
        == "The coach says a third of the injured players in the squad have now returned to training"
    )


def test_saying_verbs_are_one_table() -> None:
    from events.extract.vocabulary import PAST_SAYING_VERBS
    from events.merge.titles import _SAYING_VERBS, _saying_forms

    pasts = {past for _, past in _SAYING_VERBS.values()}
    assert set(PAST_SAYING_VERBS) <= pasts
    assert _saying_forms("say", "tell", bare=("say",)) == ["says", "said", "tells", "told", "say"]
    assert _saying_forms("state", present=False) == ["stated"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The Harbour Relief Fund, as the compensation scheme is known, was set up amid fears the port "
            "authority would fail to pay the fishing families for their losses",
            "The Harbour Relief Fund was set up",
        ),
        (
            "The new stadium, as the council calls the arena on the river, was opened amid protests by "
            "residents who said the building would block their view of the river",
            "The new stadium was opened amid protests by residents",
        ),
        (
            "The Mercer Prize, as the literary award is called, went to a first novel about a family of "
            "farmers in the hills north of the capital city last year",
            "The Mercer Prize went to a first novel about a family of farmers",
        ),
    ],
)
def test_an_as_aside_goes_before_the_verb_would(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The trawler, as well as two smaller boats from the same harbour, sank in the storm off the "
            "northern coast on Sunday night with eleven fishermen aboard them",
            "The trawler, as well as two smaller boats from the same harbour, sank",
        ),
        (
            "The senator, as expected, voted against the bill that would have raised the minimum wage in the "
            "state for the first time in a decade, aides said",
            "The senator, as expected, voted against the bill that would have raised the minimum wage",
        ),
        (
            "The striker, who joined the club from a second division side in the summer, scored twice in the "
            "second half as the home team came back to win the derby",
            "The striker, who joined the club from a second division side in the summer, scored twice",
        ),
    ],
)
def test_a_cut_that_keeps_the_verb_stays(text: str, title: str) -> None:
    assert fit(text) == title

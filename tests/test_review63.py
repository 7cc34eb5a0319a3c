"""Rules of the thirty-fifth session narrowed after review: each test holds a form the first version read
too widely. Every sentence is our own."""

from __future__ import annotations

import re

from events.extract.mentions import _KEPT_FOR_A_STEP_AHEAD, _reaction_said
from events.extract.patterns import GatedPattern, required_substrings
from events.extract.speakers import answers_a_charge
from events.extract.triggers import _GATHERING_APPRAISED
from events.merge.titles import _CLOSING_SAYER
from tests.reports import build_reports
from tests.test_split63 import MONDAY, RUIZ_PLEDGE


def test_a_reaction_after_a_name_ending_in_ly_is_said() -> None:
    # (a country's name is no adverb, and an age in apposition sets off no participle)
    assert _reaction_said("Norway welcomed the truce on Sunday")
    assert _reaction_said("The mayor, 54, condemned the attack on the depot")


def test_a_reaction_verb_as_a_participle_is_not_said() -> None:
    assert not _reaction_said("The levy has been criticised by farmers")
    assert not _reaction_said("The levy, widely criticised by farmers, took effect in May")
    assert not _reaction_said("Praised as a model, the scheme spread to three more towns")


def test_a_reply_is_to_a_charge_its_verb_governs() -> None:
    assert answers_a_charge("The spokeswoman called Dell's charge baseless")
    assert answers_a_charge('"It is untrue," she said of the union\'s claims')
    assert not answers_a_charge("The insurer said on Friday it paid 300 claims")
    assert not answers_a_charge("Police said about 40 charges were laid")
    assert not answers_a_charge("The union called on members to file claims")


def test_a_closing_clause_led_by_a_conjunction_names_no_sayer() -> None:
    assert _CLOSING_SAYER.search("The ferry was sold in May, as its owners said.") is None
    found = _CLOSING_SAYER.search("The ferry was sold in May, harbour officials said.")
    assert found is not None and found.group("described") == "harbour officials"


def test_only_a_thing_kept_waits_for_a_step_ahead() -> None:
    assert _KEPT_FOR_A_STEP_AHEAD.search("The engine is being held at a navy yard to await ") is not None
    assert _KEPT_FOR_A_STEP_AHEAD.search("The engine is being tested at a navy yard to await ") is None


def test_a_named_listener_is_told_with_a_capital() -> None:
    told = "Roe told {} the meeting had settled most disputes"
    assert _GATHERING_APPRAISED.search(told.format("Reuters"))
    assert _GATHERING_APPRAISED.search(told.format("them"))
    assert not _GATHERING_APPRAISED.search(told.format("everyone who asked whether"))


def test_a_cased_letter_outside_ascii_claims_no_need() -> None:
    # ("µ" matches "μ" under IGNORECASE, which str.lower does not give it: no text may be passed over)
    assert required_substrings("µg", re.IGNORECASE) is None
    assert required_substrings("ΟΔΟΣ") is None
    gated = GatedPattern(re.compile("µg", re.IGNORECASE))
    assert gated.search("a dose of 5 μg") is not None
    assert required_substrings("minister’s", re.IGNORECASE) == ("minister’s",)


def test_a_deed_done_at_a_news_conference_stays_news_of_its_own() -> None:
    # (showing something to the cameras is no handling of questions: it does not join her remarks)
    events = build_reports(
        (
            MONDAY,
            RUIZ_PLEDGE + "At a press conference Ruiz displayed the seized rifles to the cameras.\n\n"
            '"I leave those comparisons to you," she told reporters.',
        )
    )
    assert sorted(kind for kind, *_ in events) == ["other", "policy", "statement"]

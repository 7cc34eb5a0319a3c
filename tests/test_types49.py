"""The type an event's row settles on from the sentence its title tells, after its reports are merged and
dated: an outbreak's tally that counts cases first, new cases an authority gives, travel advice and a search
called off. The settled type changes no event's date or reports. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.triggers import settled_type
from tests.reports import build_reports

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("given", "sentence", "settled"),
    [
        # a tally that counts the sick first is the outbreak's; one that counts the dead first a toll
        (
            "casualties",
            "Velora has logged 640 confirmed measles cases, among them three deaths.",
            "disaster",
        ),
        ("casualties", "Some 2,100 cases and 14 deaths were logged in the port city.", "disaster"),
        ("casualties", "Eleven people have died among the 300 cases of dengue in the valley.", "casualties"),
        ("casualties", "One of the cases involved a driver killed at the crossing.", "casualties"),
        # new cases an authority gives are the outbreak's news, not its remarks
        (
            "claim",
            "Four more pupils in the capital were diagnosed, which brings the count to 91, officials said.",
            "disaster",
        ),
        ("statement", "A teacher was confirmed to have cholera, the district council said.", "disaster"),
        ("statement", "The striker was diagnosed with a knee injury, the club said.", "statement"),
        ("statement", "The envoy said there had been five new cases of cholera in the south.", "disaster"),
        # (cases a body opened are no outbreak; told in its own voice they are its own deed, since voiced41)
        ("statement", "The regulator said it had opened three new cases against lenders.", "other"),
        (
            "statement",
            "The cyclist tested positive for a banned stimulant, the federation said.",
            "statement",
        ),
        # a count told as risen, when the cases are an outbreak's
        ("other", "The tally of typhoid infections rose to 1,480 in the camps.", "disaster"),
        ("other", "The total of tax fraud cases before the courts grew in spring.", "other"),
        # travel advice to a country's people is a measure; a view on travel is remarks
        (
            "statement",
            "The foreign ministry advised Danes against non-essential travel to the flooded north.",
            "policy",
        ),
        ("statement", "The tourism board said travel to the coast was safe.", "statement"),
        # a search for survivors called off is a decision on the rescue; a company's search is none
        ("other", "The coastguard halted the search for the missing crew on Friday.", "policy"),
        ("other", "The bank called off the search for a new chairman.", "other"),
    ],
)
def test_the_settled_type_of_a_sentence(given: str, sentence: str, settled: str) -> None:
    assert settled_type(given, sentence) == settled


def test_a_tally_counting_cases_first_is_typed_disaster_and_keeps_its_date() -> None:
    text = (
        "Health officials in Velora said on Tuesday that the province had logged 640 confirmed measles "
        "cases, among them three deaths."
    )
    events = build_reports((THURSDAY, text))
    assert [(kind, day) for kind, day, _end, _title, _n in events] == [("disaster", "2026-03-10")]


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        # steps of a case told without a verb of judging
        ("The former mayor was released on bail after a night in custody.", "legal"),
        ("The councillor was granted bail by magistrates in Harwick.", "legal"),
        ("A bail hearing is scheduled for next Tuesday in the capital.", "legal"),
        ("Her retrial is set to open in June.", "legal"),
        ("A ledger entered into evidence showed the fund was short by $2m.", "legal"),
        ("The lender was bailed out by the state last year.", "other"),
        ("A clinical trial is scheduled to begin in the spring.", "other"),
        # a death made known is a toll; animals found dead are not
        ("A ferry's engineer was pronounced dead after the landslide.", "casualties"),
        ("The charity has lost 12 of its staff in the province.", "casualties"),
        ("Hundreds of seals were found dead along the shore.", "other"),
    ],
)
def test_the_settled_type_of_an_act_of_no_type(sentence: str, settled: str) -> None:
    assert settled_type("other", sentence) == settled

"""The stems that let a sentence skip the trigger patterns it cannot match: every family has them, and
skipping never loses a match."""

from pathlib import Path

import pytest

from events.extract.corpus import split_sentences
from events.extract.triggers import TRIGGERS, possible_families

ROOT = Path(__file__).resolve().parent.parent

# Invented news sentences, at least one for each family of triggers
SENTENCES = [
    "The ministry denied the reports on Tuesday, calling them baseless.",
    "The two sides exchanged 90 prisoners of war at the border.",
    "The prime minister resigned on Friday after losing a no-confidence vote.",
    "The board tapped Karl Weiss as its new chief executive.",
    # words of a family's patterns that its hand-written stem list does not hold
    "The party picked Ana Ruiz as its new leader.",
    "The board chose Karl Weiss as its chief executive on Monday.",
    "Soldiers captured the town's bridge and seized a cargo ship.",
    "Police arrested three men and took two others into custody.",
    "The companies signed a $2 billion supply agreement in Oslo.",
    "A federal judge in Harwick on Tuesday ordered the firm to pay damages.",
    "The court struck down the law, and the ruling was appealed.",
    "A magnitude 6.8 earthquake struck the coast before dawn.",
    "The dam collapsed after days of rain, flooding three villages.",
    "Health officials reported 42 new confirmed cases on Friday.",
    "In 2019 a cyclone killed more than 200 people along the coast.",
    "The death toll from the cyclone rose to 312.",
    "The government deployed 2,000 troops to the border region.",
    "Rebels launched an offensive on the northern city and invaded two districts.",
    "Thousands of protesters marched on parliament demanding new elections.",
    "Artillery shelled the port overnight and a missile struck a depot.",
    "Twelve people were killed and 40 injured, and five were shot dead later.",
    "More than 23,000 people have been displaced by the fighting.",
    "The army recruited hundreds of volunteers and foreign mercenaries.",
    "The bloc imposed sanctions on six banks and froze their assets.",
    "Parliament passed the budget bill, and the president imposed a curfew.",
    "Voters went to the polls in a runoff election on Sunday.",
    "The foreign minister postponed his visit and cancelled a trip to Seoul.",
    "The envoys met with rebel leaders for talks on a ceasefire.",
    "The navy held drills off the coast and the mayor was elected.",
    "The band pulled out of the concert and the match was called off.",
    "Gunmen kidnapped two engineers and took a driver hostage.",
    "The militia freed 14 hostages on Monday.",
    "A passenger train derailed near the capital.",
    "The central bank cut its key interest rate by half a point.",
    "The carmaker recalled 120,000 vehicles over faulty brakes.",
    "Lawmakers voted overwhelmingly to ratify the treaty.",
    "The airline suspended all flights to the island.",
    "The former leader returned home from exile in March.",
    "The rebels seized control of the airport.",
    "The president dissolved parliament and called early elections.",
    "Schools were reopened on Monday.",
    "Two diplomats were expelled after the spying case.",
    "The ruling party won an outright majority.",
    "Flights have resumed at the main airport.",
    "A school building collapsed in the storm.",
    "The charity launched an emergency appeal for flood victims.",
    "The regulator fined the bank $30 million for misleading customers.",
    "The two countries restored diplomatic relations.",
    "The minister met her Japanese counterpart in Tokyo.",
    "The insurer posted a record quarterly loss.",
    "The injured crew were flown to Houston.",
    "Rescuers pulled 12 survivors from the rubble.",
    "Shares of the carmaker fell 4.5% in early trading.",
    "The retailer cut 900 jobs on Monday.",
    "Moody's downgraded the utility and it sold its shipping unit.",
    "Crews deployed booms and skimmers and collected 2,000 barrels of oil.",
    # words of the widened families: a structure giving way, hurt as injured, an office lost or taken over,
    # a case found, the dead counted in the passive, a well blowing out, a substance let out by its amount
    "A dam collapse flooded the valley and a mine flooded nearby; the levee was breached.",
    "Four workers had been hurt in the blast and nobody else was hurt.",
    "The general was stripped of his duties and the mayor was removed from office.",
    "Jane Roe will take over as chief executive; the board dismissed chief executive Tom Hale.",
    "The first case of measles was detected in a pupil, and two fatalities have been reported.",
    "The well blew out, a pipeline ruptured, and tonnes of toxic sludge had poured into the river.",
    "The agency raised its pandemic alert to phase 5.",
    "The İstanbul court DENIED bail; the ſtorm hit the coaſt.",  # letters a lower-casing does not fold
    # acts of any story (acts22): something launched, a memorial, a visit, a service failing, disorder, a flow
    "The trust has launched a clean-up challenge and the crew were honoured at a memorial service.",
    "The minister was in Tromso to tour the flood centre; phone lines to the island failed.",
    "There were some reports of looting overnight, and oil spewed again into the bay.",
    "Tests over the weekend showed that the seal was holding, and the firm's shares were up 3 percent.",
    # a well sealed for good (types62)
    "A cement plug finally killed the gas well off the cape.",
]


def _bundled_sentences() -> list[str]:
    articles = sorted((ROOT / "data" / "articles").glob("*.txt"))
    return [s for path in articles for _start, _end, s in split_sentences(path.read_text(encoding="utf-8"))]


def test_every_trigger_family_has_stems() -> None:
    from events.extract.triggers import _stem_index

    assert not _stem_index().unstemmed


def test_every_family_is_tried_on_its_own_sentences() -> None:
    families = {t.family for t in TRIGGERS}
    matched = {t.family for s in SENTENCES for t in TRIGGERS if t.pattern.search(s)}
    assert families <= matched, families - matched


@pytest.mark.parametrize("source", ["invented", "bundled"])
def test_skipping_by_stems_never_loses_a_match(source: str) -> None:
    sentences = SENTENCES if source == "invented" else _bundled_sentences()
    assert sentences
    for sentence in sentences:
        families = possible_families(sentence.lower())
        everything = {t.family for t in TRIGGERS if t.pattern.search(sentence)}
        with_stems = {t.family for t in TRIGGERS if t.finditer(sentence, families)}
        assert with_stems == everything, sentence


def test_a_trigger_asked_again_finds_the_same_and_keeps_nothing_a_caller_changes() -> None:
    from events.extract.triggers import _only_a_topic

    every = frozenset(t.family for t in TRIGGERS)
    for sentence in SENTENCES:
        for trigger in TRIGGERS:
            expected = [
                m.span() for m in trigger.pattern.finditer(sentence) if not _only_a_topic(sentence, m)
            ]
            first = trigger.finditer(sentence, every)
            assert [m.span() for m in first] == expected, (trigger.family, sentence)
            first.clear()
            assert [m.span() for m in trigger.finditer(sentence, every)] == expected, (
                trigger.family,
                sentence,
            )


def test_a_rule_of_alternatives_lets_through_only_texts_one_alternative_may_match() -> None:
    import re

    from events.extract.patterns import LazyPattern
    from events.extract.triggers import _holds_needs, _needs

    # (two alternatives open on the same word: the text is asked what each needs besides)
    pattern = LazyPattern(
        r"\b(?:signed\s+(?:the\s+)?(?:law|bill)|signed\s+(?:a|the)\s+(?:pact|treaty)"
        r"|vetoed\s+the\s+(?:budget|plan)|voted\s+to\s+(?:repeal|extend))\b",
        re.IGNORECASE,
    )
    needs = _needs(pattern)
    assert needs is not None
    for text, may_match in [
        ("The governor signed the bill on Friday.", True),
        ("The two ministers signed a treaty in Lisbon.", True),
        ("The mayor vetoed the plan.", True),
        ("Councillors voted to extend the curfew.", True),
        # ("signed" and "budget" are each some alternative's, but no alternative finds all it needs)
        ("The governor signed a letter about the budget.", False),
        ("The council voted on a repeal.", False),
    ]:
        assert _holds_needs(text.lower().__contains__, *needs) is may_match, text
        assert (pattern.search(text) is not None) is may_match, text

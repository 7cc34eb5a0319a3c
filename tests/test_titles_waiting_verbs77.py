"""Titles never left on a verb that waits for what the cut took: a progressive or passive before its "to" or
"from" ("is now helping | to ..."), a verb of telling before the clause told; "that" after whom it was told
goes when room is short, and "once" opening a clause of time is a place to cut. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import _verb_awaits_its_complement, fit, headline
from events.schema import TITLE_MAX


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The vaccine developed by a small laboratory in the capital over the past decade is now"
            " helping to cut infections among children",
            "The vaccine developed by a small laboratory is now helping to cut infections",
        ),
        (
            "The striker signed from a rival club in the north last summer was being prevented from"
            " training with the squad by a dispute over pay",
            "The striker signed from a rival club was being prevented from training with the squad",
        ),
        (
            "Thousands of flood victims housed in tents outside the northern city are still waiting to"
            " receive food and clean water from the army",
            "Thousands of flood victims are still waiting to receive food and clean water from the army",
        ),
        (
            "The chief executive assured shareholders that the company would return to profit within two"
            " years despite the collapse in steel prices",
            "The chief executive assured shareholders the company would return to profit",
        ),
        (
            "Storm crews will begin clearing fallen trees from the coastal road once the winds ease later on"
            " Thursday, the county highways office said",
            "Storm crews will begin clearing fallen trees from the coastal road",
        ),
        (
            "The union leader warned ministers that nurses would strike for a week once the current pay deal"
            " expires at the end of March and April",
            "The union leader warned ministers that nurses would strike for a week",
        ),
    ],
)
def test_a_verb_keeps_what_it_waits_for(text: str, title: str) -> None:
    assert fit(text) == title
    assert len(title) <= TITLE_MAX


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "once" the adverb opens no clause
        (
            "The old stadium, which was once the largest in the country, will be demolished next year to"
            " make room for homes and shops and parks",
            "The old stadium, which was once the largest in the country, will be demolished",
        ),
        # a listener with a phrase of place keeps its "that"
        (
            "The senator told reporters on Capitol Hill that she would vote against the budget bill"
            " because of its cuts to school meals and buses",
            "The senator told reporters on Capitol Hill that she would vote against the budget bill",
        ),
        # a noun that holds the clause keeps its "that"
        (
            "The old fisherman told the story that his grandfather had sailed with the navy during the war"
            " and had lost two brothers at sea in one night",
            "The old fisherman told the story that his grandfather had sailed with the navy",
        ),
        # verbs that stand without what follows them
        (
            "Doctors at the city hospital were working through the night to treat the injured after the"
            " bus crash on the motorway near the border",
            "Doctors at the city hospital were working through the night to treat the injured",
        ),
        (
            "Shares in the airline were trading higher in London on Monday after it announced a new"
            " chief executive and a plan to cut costs",
            "Shares in the airline were trading higher in London on Monday",
        ),
        (
            "The court ordered the company to pay damages of more than two million dollars to the"
            " families of the workers killed in the mine blast",
            "The court ordered the company to pay damages of more than two million dollars",
        ),
    ],
)
def test_a_whole_verb_phrase_is_kept_as_it_was(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    ("kept", "text", "awaits"),
    [
        ("The dam is now helping", "The dam is now helping to control floods", True),
        ("Nurses were being barred", "Nurses were being barred from entering the ward", True),
        ("The board asked the mayor", "The board asked the mayor to resign", True),
        ("The coach assured the fans", "The coach assured the fans that the club would stay", True),
        ("The dam was built", "The dam was built to the north of the town", False),
        ("Crews were working", "Crews were working through the night", False),
        ("The board asked the mayor", "The board asked the mayor about the budget", False),
        ("The mayor was sworn in", "The mayor was sworn in to loud applause", False),
        ("The result will be decided", "The result will be decided to some degree by the weather", False),
        ("The injured were flown", "The injured were flown to hospital", False),
        ("Fans were banned", "Fans were banned from travelling to the match", True),
    ],
)
def test_which_verbs_wait_for_their_complement(kept: str, text: str, awaits: bool) -> None:
    assert _verb_awaits_its_complement(kept, text) is awaits


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The board of the airline is meeting to decide whether to sell its regional routes as the losses"
            " have grown for a third year in a row",
            "The board of the airline is meeting to decide whether to sell its regional routes",
        ),
        (
            "Investigators were testing samples to confirm which patients with the new strain of the virus"
            " had travelled abroad in the past two weeks or had contact",
            "Investigators were testing samples",
        ),
    ],
)
def test_a_question_word_with_its_infinitive_is_whole(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "only once": the cut takes the "only" that limits the clause of time
        (
            "The mayor said the bridge would reopen to traffic only once engineers had checked every cable"
            " and bolt on the northern span",
            "The mayor said the bridge would reopen to traffic",
        ),
        (
            "The army said troops would withdraw from the border town only once the rebels had handed over"
            " their weapons to international monitors",
            "The army said troops would withdraw from the border town",
        ),
        # "once" as an adverb of how often, or "at once", opens no clause
        (
            "The health board said the drug should be taken once daily by patients over sixty with a history"
            " of heart disease or stroke",
            "The health board said the drug should be taken once daily by patients over sixty",
        ),
        (
            "The judge ordered the jurors to leave the courtroom at once after a man in the public gallery"
            " shouted abuse at the defendant",
            "The judge ordered the jurors to leave the courtroom at once",
        ),
        (
            "The committee meets once a month in the town hall to review complaints from residents about"
            " noise from the airport site",
            "The committee meets once a month in the town hall to review complaints from residents",
        ),
        (
            "The team has beaten its rivals more than once in the past season and hopes to do so again in the"
            " final on Sunday afternoon",
            "The team has beaten its rivals more than once in the past season",
        ),
        # a subject's infinitive that is the event itself stays
        (
            "The decision to close the steel plant in the northern town has forced hundreds of workers to"
            " look for jobs in the capital and abroad",
            "The decision to close the steel plant in the northern town has forced hundreds of workers",
        ),
        # an adverb where the listener would stand keeps its "that"
        (
            "The prime minister warned yesterday that the country faced a long and painful recession unless"
            " the banks began lending again soon",
            "The prime minister warned that the country faced a long and painful recession",
        ),
        (
            "The minister warned again that the budget would have to be cut sharply unless the economy began"
            " growing faster in the months ahead",
            "The minister warned again that the budget would have to be cut sharply",
        ),
        # (an adverb after the listener: the "that" may go)
        (
            "The finance minister assured markets again that the government would meet its deficit targets"
            " this year despite the slowdown in growth",
            "The finance minister assured markets again the government would meet its deficit targets",
        ),
    ],
)
def test_what_the_review_found_is_kept_or_cut_rightly(text: str, title: str) -> None:
    assert fit(text) == title


def test_that_stays_when_the_title_without_it_ends_on_a_preposition() -> None:
    title = fit(
        "The prosecutor told jurors repeatedly that the defendant had lied to police about where he was on"
        " the night of the robbery at the bank"
    )
    assert "repeatedly that the defendant" in title


@pytest.mark.parametrize(
    ("speaker", "clause", "sentence", "title"),
    [
        (
            "Petrola",
            "how much gas lies under the field its platform was drilling",
            "Petrola has not said how much gas lies under the field its platform was drilling.",
            "Petrola has not said how much gas lies under the field its platform was drilling",
        ),
        (
            "Skyjet",
            "how many passengers were on the diverted flight",
            "Skyjet declined to say how many passengers were on the diverted flight.",
            "Skyjet declined to say how many passengers were on the diverted flight",
        ),
        (
            "Jane Roe",
            "whether the striker will play on Sunday",
            "Jane Roe never said whether the striker will play on Sunday.",
            "Jane Roe never said whether the striker will play",
        ),
        # a saying not negated is still "X says"
        (
            "Jane Roe",
            "the school would reopen after the holidays",
            "Jane Roe said the school would reopen after the holidays.",
            "Jane Roe says the school would reopen after the holidays",
        ),
    ],
)
def test_a_saying_refused_keeps_its_negation(speaker: str, clause: str, sentence: str, title: str) -> None:
    assert headline(clause, speaker=speaker, speech=True, sentence=sentence) == title

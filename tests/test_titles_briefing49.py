"""Titles that keep the main clause's subject and verb: a subject split inside its phrase of place, a subject
said whose verb a participle after an article hid, and a subject whose "as" aside stood before its verb; and
words said after a colon that keep their speaker (invented sentences)."""

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
        # (a word of the clause before its date stays a word of it)
        (
            "France left the summit early",
            "Ministers from Paris, France, left the summit early on Friday.",
            "Ministers from Paris, France, left the summit early",
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
        # a title the code wrote itself, which the sentence does not go on to write after the place
        (
            "Acme's factory fire took place",
            "Smoke from Acme's factory fire in May has sickened 300 people.",
            "Acme's factory fire took place",
        ),
        (
            "Harlow's warehouse blaze took place",
            "Ash from Harlow's warehouse blaze on Monday covered the town centre.",
            "Harlow's warehouse blaze took place",
        ),
        # a clause that opens with a date, or a name after "as of", is no place's
        (
            "Ohio were up 40 percent",
            "Sales in Ohio as of June were up 40 percent.",
            "Ohio were up 40 percent",
        ),
        ("March 3 was the deadline", "Talks in Geneva as of March 3 was the deadline.", "Was the deadline"),
    ],
)
def test_clause_with_its_own_subject_stays(clause: str, sentence: str, title: str) -> None:
    assert headline(clause, sentence=sentence) == title


@pytest.mark.parametrize(
    "clause",
    [
        # (the speaker stays, and words with no verb are never given "says")
        "The manager told the BBC: Our players have been treated like criminals by the league",
        "Its leader said: lower taxes, more police and a referendum on the treaty within two years",
        "The committee announced: a new venue, a second stage and cheaper tickets for students",
        "The agency said: 4.5 percent, up from 3.1 percent a year earlier",
        "The notice stated: Closed until further notice because of flooding",
        # (a second speaker inside the words said never replaces the first)
        "The judge said: Smith said he was at home, but the jury did not believe him",
        # (a numeral or a pronoun is no speaker)
        "The historian wrote: World War I changed the map of Europe for ever",
        "He added: I have never taken a bribe from anyone in my whole career",
    ],
)
def test_words_after_a_colon_keep_their_speaker(clause: str) -> None:
    title = headline(clause, sentence=clause)
    assert title.startswith(clause.split(":")[0] + ":")
    assert " says " not in title


def test_participle_after_article_is_not_the_verb_said() -> None:
    text = (
        "The council says half of the reported complaints from tenants in the older blocks over the winter "
        "concerned broken heating systems"
    )
    assert _fit_said(text, "The council") == (
        "The council says half of the reported complaints concerned broken heating systems"
    )
    assert (
        _fit_said(
            "The coach says a third of the injured players in the squad at the start of the season have now "
            "returned to training",
            "The coach",
        )
        == "The coach says a third of the injured players in the squad have now returned to training"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a finite verb before "to" or "by" is the verb of the words said, not a participle
        (
            "The agency says exports from the three northern provinces in the first quarter of the year "
            "jumped by 12 percent compared with last year",
            "The agency says exports from the three northern provinces jumped",
        ),
        (
            "The club says the two players in the youth team at the centre of the inquiry agreed to "
            "cooperate fully with the investigators",
            "The club says the two players in the youth team agreed to cooperate fully",
        ),
    ],
)
def test_verb_before_to_or_by_is_the_verb_said(text: str, title: str) -> None:
    assert _fit_said(text, text.split(" says")[0]) == title


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
            "The Blue Route, as the coastal footpath is known locally, was closed to walkers after a "
            "landslide swept part of the cliff into the sea on the western side",
            "The Blue Route was closed to walkers",
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


@pytest.mark.parametrize(
    "text",
    [
        # (an aside that tells whose claim or fear the clause is, or that adds to the subject, stays: without
        # it the title would state the claim as fact)
        "The merger, as the rival bidder claimed in a letter to shareholders on Friday morning, undervalues "
        "the company by more than a billion dollars",
        "The plan, as its critics in parliament and in the press have argued for months, will cost far more "
        "than the government has admitted so far",
        "The vaccine, as some doctors at the two hospitals in the north of the country fear, may cause "
        "serious side effects in a small number of children",
        "The new law, as far as the opposition parties in the lower house of parliament are concerned, will "
        "harm small farmers more than large firms",
        "The bank, as much as the regulators who oversaw it in the years before the crash, failed the savers "
        "who lost their homes and pensions",
    ],
)
def test_an_as_aside_of_a_claim_stays(text: str) -> None:
    assert fit(text).startswith(text.split(",")[0] + ", as ")

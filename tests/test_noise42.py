"""The outlet's own journalist telling in the present ("The BBC's Jane Roe in Lisbon says the mood has
changed", "..., our correspondent reports"): the reporting, or the reporter's reading of the story, not a
happening of it. Every text here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.noise import journalist_tells, polls_in_general

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday
LEAD = "Voters in Portugal went to the polls on Sunday in a snap parliamentary election.\n\n"


def body(sentence: str) -> list[Mention]:
    """The mentions of `sentence` read below a dated lead, in a report of the BBC."""
    text = LEAD + sentence + "\n"
    article = prepare_article("own.txt", text, SourceRow(published=PUBLISHED, outlet="BBC"))
    return [m for m in extract_mentions(article, load_gazetteer()) if m.sentence.start >= len(LEAD)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBC's Jane Roe in Lisbon says some voters have questioned the count.",
        "The BBC's Tom Hale, in Porto, says half of the harbour was destroyed by the storm, but engineers "
        "have decided one pier is safe.",
        "In Braga, officials are still arguing over how many ballots were spoiled, the BBC's Jane Roe "
        "reports.",
        "Voters cheered as the mayor was carried to the podium, the BBC's Jane Roe reports from the scene.",
        # (a clause of it read apart is still the journalist's telling)
        "Crowds cheered as the mayor, seen to be smiling, was carried to a waiting car, the BBC's Adam Roe "
        "reports from the scene.",
        # (a month or a year names background, not a happening the journalist dates)
        "The party has been the biggest loser since the vote last April, says the BBC's Jane Roe in Lisbon.",
        # (the verb first, the journalist after it)
        '"The coalition has never looked weaker," said the BBC\'s political editor Jane Roe.',
    ],
)
def test_the_outlets_journalist_telling_in_the_present_is_the_reporting(sentence: str) -> None:
    assert body(sentence) == []


def test_a_day_the_journalist_names_dates_a_happening_that_stays() -> None:
    """ "Two people were pulled out alive on Friday, our correspondent says": the act is dated; the
    correspondent is only its source."""
    found = body("Two fishermen were pulled out alive near the harbour on Friday, our correspondent says.")
    assert [m.date_start for m in found] == [dt.date(2026, 5, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "City Radio's Tom Hale in Braga says the mood among farmers has changed since the vote.",
        "In Porto, The Harbour Herald's Europe correspondent Jane Roe writes that traders are furious at the "
        "tariff.",
        "The mood has changed, the paper's Tom Hale reports from Braga.",
        "Jane Roe, the Harbour Herald's head of politics, writes: the report spreads the blame widely.",
        "The storm is weaker than forecast, a BBC correspondent in the area says.",
        '1204 The BBC\'s Jane Roe in Porto says: "The queues at the polling stations are long."',
        '"The talks are stuck," said the Harbour Herald\'s business editor Jane Roe.',
    ],
)
def test_journalist_tells_reads_the_outlet_and_the_role(text: str) -> None:
    outlets = [(text.index("BBC"), text.index("BBC") + 3)] if "BBC" in text else []
    assert journalist_tells(text, outlets)


@pytest.mark.parametrize(
    "text",
    [
        # the possessor is no outlet, or the one named is no journalist
        "The Pentagon's Tom Hale says the drills will go ahead.",
        "Tom Hale, the ministry's spokesman, says the tariff will be reviewed.",
        "The station's owner says it will close.",
        '"The talks are stuck," said the ministry\'s spokesman Tom Hale.',
        # the journalist is the news, or only listens
        "Police arrested the editor of the Coastal Times on Monday, the newspaper said.",
        "Finance Minister Ana Okonjo told reporters the budget would be cut.",
    ],
)
def test_journalist_tells_leaves_other_voices(text: str) -> None:
    assert not journalist_tells(text, [])


def report(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text.rstrip("\n") + "\n", SourceRow(published=PUBLISHED))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    "sentence",
    [
        "Polls have shown a majority of voters believe the mayor has handled the floods poorly.",
        "Recent polls suggest most farmers think the new tariff will hurt them.",
        "Public opinion polls show a majority of residents believe the council has been too slow.",
    ],
)
def test_polls_in_general_are_the_writers_background_not_a_poll_released(sentence: str) -> None:
    assert polls_in_general(sentence)
    assert report(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "54 percent of voters favour the new runway, according to a City Radio poll.",
        "A City Radio poll showed 54 percent of voters favour the new runway.",
    ],
)
def test_a_poll_someone_ran_stays_a_claim(sentence: str) -> None:
    assert not polls_in_general(sentence)
    assert [m.event_type for m in report(sentence)] == ["claim"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The last such outbreak, a "Pacific" flu pandemic in 1968, killed about 1 million people.',
        "The last such flood, in 1953, killed more than 300 people along the coast.",
    ],
)
def test_the_last_such_happening_is_named_to_compare_with(sentence: str) -> None:
    assert report(sentence) == []


def test_the_last_such_happening_dated_in_the_storys_days_stays() -> None:
    assert [m.date_start for m in report("The last such strike ended on Monday.")] == [dt.date(2026, 5, 11)]

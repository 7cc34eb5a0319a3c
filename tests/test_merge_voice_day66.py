"""One voice's plain statements of one day are one event, however far apart the report gives them
(events.merge.clusters.occasions, `_one_voice_that_day`): a report names a speaker once, turns to other
voices, and comes back to the same speaker's words of the same day paragraphs later. Every sentence stays
a mention of the event. A day of its own, a denial, a sentence set apart ("Separately,"), a pronoun far
from its name and a country read as the speaker stay apart. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from tests.reports import report_mentions

THURSDAY = dt.date(2026, 4, 16)
LEAD = "Mayor Lina Sorel said on Tuesday the Varn bridge would reopen to traffic in June."
ASIDES = [
    "Shopkeepers on the river front have complained for months about the detour.",
    "A group of residents collected 3,000 signatures calling for a ferry service.",
    "The regional transport board has not given a date for the new bus lanes.",
    "Engineers from a private firm inspected the piers in the winter.",
]
AGAIN = "Sorel said the repairs had cost less than the city had planned."


def joins_the_lead(later: str) -> bool:
    """Whether the report's merge puts `later` in one event with the speaker's dated lead, the lead kept
    as the first source sentence (asides by other voices lie between the two)."""
    mentions = report_mentions("\n\n".join([LEAD, *ASIDES, later]), THURSDAY)
    return any(
        [m.sentence.text for m in c.mentions][0] == LEAD and later in [m.sentence.text for m in c.mentions]
        for c in cluster_mentions(mentions)
    )


def test_the_speakers_words_further_down_join_her_dated_remarks() -> None:
    assert joins_the_lead(AGAIN)


def test_a_quote_named_by_surname_further_down_joins_too() -> None:
    assert joins_the_lead('"We will not let the river front die," Sorel said.')


def test_remarks_given_a_day_of_their_own_stay_apart() -> None:
    assert not joins_the_lead("Sorel said on Wednesday the repairs had cost less than planned.")


def test_a_denial_stays_apart() -> None:
    assert not joins_the_lead("Sorel denied that the contractor had been paid twice.")


def test_words_set_apart_stay_apart() -> None:
    assert not joins_the_lead("Separately, Sorel said the city would sell two car parks.")


def test_a_pronoun_far_from_the_name_stays_apart() -> None:
    assert not joins_the_lead("She said the repairs had cost less than the city had planned.")


def test_another_speaker_stays_apart() -> None:
    assert not joins_the_lead("Councillor Ben Arlo said the repairs had cost more than planned.")

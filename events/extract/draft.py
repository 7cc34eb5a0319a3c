"""A sentence's reading before its date is settled: `Draft`.

events.extract.mentions reads each sentence into a draft (its type, speaker, clause, own date, figures and
the tense facts dating needs), then settles the drafts' dates against one another and the report's day and
turns each into a Mention. The draft sits in a module of its own so that the rules about speakers, clauses
and dates that look at a draft's neighbours can take one without importing the module that makes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from events.extract.corpus import Sentence
from events.extract.dates import DateMention
from events.extract.entities import Entity
from events.extract.quantities import Figure
from events.schema import SPEECH_EVENT_TYPES as SPEECH_TYPES


@dataclass
class Draft:
    """A sentence's analysis before its date is settled from context."""

    sentence: Sentence
    event_type: str
    family: str
    speaker: str
    speaker_country: str
    agent_country: str
    entities: list[Entity]
    own_date: DateMention | None
    figures: list[Figure]
    undated_past: bool
    anterior: bool
    generic: bool
    clause: str
    quote: str
    present_habitual: bool
    recent: bool = False
    before_news: dt.timedelta = dt.timedelta(0)  # "X came a day after <this>": how long before X's day
    own_act: bool = False  # "NWG says it has started ...": the speaker tells of its own act
    said_now: bool = False  # "The army has defended its handling ...": the saying itself is in the perfect
    # why a date the sentence states was not taken as its own ("'next week' is when the plan called off
    # was to happen"), said before the reason of the date it takes instead
    date_left: str = ""

    @property
    def is_speech_type(self) -> bool:
        return self.event_type in SPEECH_TYPES

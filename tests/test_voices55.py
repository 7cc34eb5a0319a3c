"""Speakers: who closes a sentence after what was said, with a description of their own, speaks; a name
inside what was said does not; an answer joined by "but" is read as its own denial."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from test_speakers import speaker_of

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the description opens with the body the person serves, in the possessive
        (
            "UNICEF officials are checking the schools after the flood, Ola Brenn, UNICEF's regional "
            "director, told reporters on Monday.",
            "Ola Brenn",
        ),
        (
            "The talks stalled over tariffs, Ana Kell, Kenya's trade minister, told reporters on Monday.",
            "Ana Kell",
        ),
        # ... or with an article, after a clause joined by "and"
        (
            "The engineer could not be reached on Monday, and Ola Brenn, a company spokesman, said only that "
            "the inquiry would go on.",
            "Ola Brenn",
        ),
    ],
)
def test_a_person_described_after_the_comma_that_closes_what_was_said_speaks(
    sentence: str, speaker: str
) -> None:
    assert speaker_of(sentence)[0] == speaker


def test_a_name_after_the_verb_with_a_verb_of_its_own_is_what_was_said() -> None:
    # the speaker stands before an aside the comma closed; the body after "said" is the subject of the words
    assert (
        speaker_of("The ministry, confirming the figures, said UNICEF was under orders to halt work.")[0]
        == ""
    )


def test_a_country_closing_the_sentence_speaks_not_a_body_in_what_it_said() -> None:
    sentence = "A plan by UNICEF to reopen the schools after the storm is not enough, the US has said."
    assert speaker_of(sentence) == ("United States", "USA")


def test_a_denial_joined_by_but_is_read_as_the_deniers() -> None:
    text = (
        "Pieter Vosloo is the harbour master of the port. Local papers had reported earlier that the harbour "
        "would close for a month, but Vosloo denied the reports on Monday.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    denials = [m for m in extract_mentions(article, load_gazetteer()) if m.event_type == "denial"]
    assert [(m.speaker, m.sentence.text) for m in denials] == [
        ("Pieter Vosloo", "Vosloo denied the reports on Monday.")
    ]


def _events_of(*reports: tuple[dt.date, str]) -> pd.DataFrame:
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=published, outlet=f"Outlet {i}"))
        for i, (published, text) in enumerate(reports)
    )
    return build_tables(Corpus(articles=articles)).events.set_index("event_id")


CLAIM_DAY = dt.date(2026, 3, 10)  # a Tuesday
# (a haulier no list knows: the claim names it only in its words, never as one of its actors)
HAULIER_CLAIM = (
    CLAIM_DAY,
    "Senator presses haulier\n\n"
    "Senator Ada Kroll accused Marrow Haulage on Tuesday of dumping 900 tonnes of scrap in the river.",
)


@pytest.mark.parametrize(
    ("denial", "answers"),
    [
        ("Marrow Haulage denied on Wednesday that it had dumped scrap in the river.", True),
        # a firm the claim never names answers nothing, however alike the words
        ("Pellin Freight denied on Wednesday that it had dumped scrap in the river.", False),
    ],
)
def test_a_denial_by_a_party_the_claim_names_only_in_its_words_answers_it(denial: str, answers: bool) -> None:
    events = _events_of(HAULIER_CLAIM, (CLAIM_DAY + dt.timedelta(days=1), "Haulier answers\n\n" + denial))
    claims = events[events["event_type"] == "claim"]
    denials = events[events["event_type"] == "denial"]
    assert len(claims) == 1 and len(denials) == 1
    assert (claims["linked"].iloc[0] == denials.index[0]) is answers

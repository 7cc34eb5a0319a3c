"""Titles that misread their sentence: "X says he said ..." from a whole-sentence title, "X says the Y
says ..." when the clause already names who spoke, an attribution left in the middle (", said Jane Roe,")
or at the end in the plural present (", experts say"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.merge.titles import headline


def titles_of(text: str) -> list[str]:
    """The title of each event built from a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return list(build_tables(Corpus(articles=(article,))).events["title"])


def test_the_speakers_pronoun_is_the_speaker_without_its_sentence() -> None:
    title = headline(
        "He said that if the ballots had been counted by hand, the error would have been caught",
        speaker="Paul Grady",
        speech=True,
    )
    assert title.startswith("Paul Grady said if the ballots"), title
    assert "he said" not in title


def test_no_saying_inside_a_saying_in_an_article() -> None:
    titles = titles_of(
        "Senator Paul Grady spoke to reporters on Tuesday. He said Wednesday that if the ballots had been "
        "counted by hand, the error would have been caught."
    )
    assert not any("says he said" in title for title in titles), titles


def test_a_clause_that_names_its_own_speaker_gets_no_second_one() -> None:
    title = headline(
        "The WTO says the tariff should be lifted by the end of June",
        speaker="World Trade Organization",
        speech=True,
    )
    assert title == "The WTO says the tariff should be lifted by the end of June", title


def test_a_pronoun_that_says_is_not_a_named_speaker() -> None:
    title = headline("They said the tariff would stay", speaker="Jane Roe", speech=True)
    assert not title.startswith("They said"), title


def test_an_attribution_in_the_middle_goes() -> None:
    title = headline(
        "The remaining share, said trade minister Jane Roe, will be cut over five years",
        speaker="Jane Roe",
        speech=True,
    )
    assert title == "Jane Roe says the remaining share will be cut over five years", title


def test_an_aside_naming_someone_else_stays() -> None:
    text = "The remaining share, said trade minister Jane Roe, will be cut over five years"
    assert "Roe" in headline(text, speaker="Tom Hale", speech=True)


def test_a_closing_plural_attribution_goes() -> None:
    title = headline(
        "The northern provinces lack modern flood barriers, experts say", speaker="Experts", speech=True
    )
    assert title == "Experts say the northern provinces lack modern flood barriers", title


def test_a_closing_attribution_with_a_description_is_no_aside() -> None:
    title = headline(
        'If you cannot pay the fine, you cannot be allowed to trade," said Dan Hale, a former port inspector',
        speaker="Dan Hale",
        speech=True,
    )
    assert "inspector" not in title, title


def test_a_plural_attribution_closing_the_first_clause_goes() -> None:
    title = headline(
        "But the region lacks modern flood barriers, engineers say, and the rains come in a week",
        speaker="Engineers",
        speech=True,
    )
    assert title.count("ngineers say") == 1, title

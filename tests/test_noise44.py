"""The outlet's own journalist remembered across the article: named once with the post ("BBC trade editor
Jane Roe", "Tom Hale, our court reporter,"), their later words ("Roe said ...", "Ms Roe added ...") are
the reporting, never a party's remarks. Every text here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.noise import outlet_journalists

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday


def speakers(text: str, outlet: str = "BBC") -> list[str]:
    """The speakers of the remarks read in `text`, a report of `outlet`."""
    article = prepare_article("own.txt", text, SourceRow(published=PUBLISHED, outlet=outlet))
    found: list[Mention] = extract_mentions(article, load_gazetteer())
    return [m.speaker for m in found if m.event_type in ("statement", "claim", "denial")]


TRADE = (
    "The trade ministers of Chile and Peru signed a tariff accord in Lima on Tuesday.\n\n"
    "{intro}\n\n"
    "Chile's trade minister Luis Varela said on Wednesday the accord would cut duties on copper.\n\n"
    "{later}\n"
)


@pytest.mark.parametrize(
    ("intro", "later"),
    [
        (
            "BBC trade editor Jane Roe travelled with the delegation.",
            "Roe said on Wednesday the deal looked shaky and few exporters trusted it.",
        ),
        (
            "Jane Roe, the BBC's trade correspondent, followed the talks.",
            "Ms Roe added on Wednesday that the accord had left farmers angry.",
        ),
        (
            "Our trade editor, Jane Roe, was in the room.",
            "Jane Roe said on Wednesday the accord was the weakest in a decade.",
        ),
    ],
)
def test_the_outlets_journalist_named_once_speaks_for_no_one_later(intro: str, later: str) -> None:
    found = speakers(TRADE.format(intro=intro, later=later))
    assert "Luis Varela" in found
    assert not any("Roe" in s for s in found)


@pytest.mark.parametrize(
    "telling",
    [
        "BBC court reporter Tom Hale has said the governor is likely to lose his seat in parliament.",
        # (the speaker read as the outlet)
        "BBC legal affairs editor Tom Hale earlier reported that the governor was likely to resign his seat.",
    ],
)
def test_the_journalists_telling_in_the_past_is_the_reporting(telling: str) -> None:
    """ "BBC court reporter Tom Hale has said ...": the reporting, whichever speaker is read."""
    text = (
        "A court in Nairobi convicted the former governor of fraud on Monday.\n\n"
        f"{telling}\n\n"
        "The governor's lawyer, Amina Otieno, said on Tuesday she would appeal.\n"
    )
    found = speakers(text)
    assert "Amina Otieno" in found
    assert not any(s in ("BBC", "Tom Hale", "Hale") for s in found)


def test_a_party_of_the_same_surname_named_without_the_post_still_speaks() -> None:
    """Only the journalist's name is remembered: someone else quoted in full keeps their remarks."""
    text = (
        "Storm Edda flooded the coastal town of Brest on Sunday.\n\n"
        "Our weather correspondent, Jane Roe, watched the sea wall give way.\n\n"
        "The town's mayor, Paul Roe, said on Monday the clean-up would take a month.\n"
    )
    assert "Paul Roe" in speakers(text)


@pytest.mark.parametrize(
    ("text", "own", "names"),
    [
        ("BBC election editor Jane Roe reported it.", "BBC", ["Jane Roe"]),
        ("Jane Roe, the BBC's election correspondent, said so.", "BBC", ["Jane Roe"]),
        ("Our court reporter, Tom Hale, said so.", "BBC", ["Tom Hale"]),
        ("Our storm correspondent says so.", "BBC", [""]),
        # a caption signs a quotation, and the next sentence's speaker runs into it
        ("End Quote Jane Roe BBC trade editor Luis Varela said it.", "BBC", ["Quote Jane Roe"]),
    ],
)
def test_outlet_journalists_reads_the_post_and_the_name(text: str, own: str, names: list[str]) -> None:
    outlets = [(text.index("BBC"), text.index("BBC") + 3)] if "BBC" in text else []
    assert [name for *_, name in outlet_journalists(text, outlets, own)] == names


@pytest.mark.parametrize(
    "text",
    [
        # another outlet's editor may be a party to the story (charged, resigning)
        "BBC editor Jane Roe resigned.",
        # a post held no more
        "Former BBC trade correspondent Jane Roe now sits in parliament.",
        # a poll of analysts, a team of reporters: no one journalist
        "A BBC poll of nine analysts found it.",
        "Our team of reporters found it.",
    ],
)
def test_outlet_journalists_leaves_others_alone(text: str) -> None:
    outlets = [(text.index("BBC"), text.index("BBC") + 3)] if "BBC" in text else []
    assert [name for *_, name in outlet_journalists(text, outlets, "Radio Tyne")] in ([], [""])


def test_a_speaker_carried_on_from_the_journalists_sentence_is_not_the_outlet() -> None:
    """ "The party confirmed ...", right after the journalist's telling: the outlet read as the speaker
    there is carried on to the next sentence, where it never spoke."""
    text = (
        "A court in Nairobi convicted the former governor of fraud on Monday.\n\n"
        "BBC legal affairs editor Tom Hale earlier reported that the governor was likely to resign his "
        "seat.\n\n"
        "The party confirmed its leaders would meet on Friday to discuss the seat, but said no decision had "
        "yet been taken.\n"
    )
    assert "BBC" not in speakers(text)

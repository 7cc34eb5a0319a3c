"""Who speaks, after a review of the rules that read "others", a body led by someone and a job set after a
name: "both", "most" or "many" stand for people already named, a body named as history is not the one that
speaks now, and "the father of a soldier" is no soldier. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.coreference import described_by_job
from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    "text",
    [
        "Mira Tolsen and Ivo Panek argued over who caused the crash, but both said the bridge was unsafe.",
        "Shopkeepers are relieved the blockade has ended, but most say it came a month too late.",
        "The ferry crews were rehired on Monday, but many say the pay is now lower.",
    ],
)
def test_a_word_for_people_already_named_is_no_speaker_of_its_own(text: str) -> None:
    for mention in _mentions(text):
        assert mention.speaker.lower() not in ("both", "most", "many")
        assert not {a.lower() for a in mention.actors} & {"both", "most", "many"}


def test_a_body_named_as_history_is_not_the_one_that_speaks_now() -> None:
    text = (
        "The levy was brought in under the Dorsey administration in 1998 and survived several "
        "governments.\n\n"
        "President Lena Marsh wants to scrap it.\n\n"
        "The administration said on Tuesday that it would cut the levy in half."
    )
    last = _mentions(text)[-1]
    assert last.speaker != "Dorsey administration"
    assert "Dorsey administration" not in last.actors


def test_a_job_after_of_in_a_description_is_not_the_persons_own() -> None:
    text = (
        "Piet Vallo, the uncle of a sailor hurt off Karsby, told reporters on Monday that the navy had lied."
    )
    assert described_by_job(text, "the sailor") == ""
    # (the job the description gives the person is still theirs)
    assert described_by_job("Piet Vallo, the ferry's bosun, waved.", "the bosun") == "Piet Vallo"
    text += (
        "\n\nCommander Lisa Brandt said a review was under way."
        "\n\nThe sailor said on Tuesday that pirates had attacked his patrol boat near the reef."
    )
    assert _mentions(text)[-1].speaker != "Piet Vallo"

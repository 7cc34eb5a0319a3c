"""Two voices named by their offices alone, one after the other, are two voices: the second office does not
describe the first speaker the way it may describe a person named with no office.
All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

FRIDAY = dt.date(2026, 3, 6)


def mentions_of(body: str) -> list[Mention]:
    article = prepare_article("own.txt", "Headline of the story\n\n" + body, SourceRow(published=FRIDAY))
    return extract_mentions(article, load_gazetteer())


def speakers_of(body: str, words: str) -> list[str]:
    return [m.speaker for m in mentions_of(body) if words in m.sentence.text]


def test_an_office_after_another_office_is_its_own_voice() -> None:
    body = (
        "Storms flooded the lower town on Monday.\n\n"
        '"We think the worst is now behind us," the health minister said on Tuesday. '
        '"Nobody can say how many homes are still under the mud," the mayor said.\n'
    )
    assert [s.lower() for s in speakers_of(body, "under the mud")] == ["mayor"]


def test_an_office_after_a_person_named_without_one_may_still_describe_them() -> None:
    body = (
        "Lena Sorvik, who counsels the families, said on Monday that the ruling was unjust. "
        "The rights leader claimed the hearing had been rushed.\n"
    )
    assert speakers_of(body, "had been rushed") == ["Lena Sorvik"]


def test_an_office_after_a_noun_of_time_speaks_by_its_own_words() -> None:
    body = (
        "On Tuesday, the first day since the pumps failed -- and the day the government announced it had "
        "opened an inquiry -- the shares fell 9 percent.\n"
    )
    assert [s for s in speakers_of(body, "opened an inquiry") if s] == ["Government"]

"""Other voices on one happening (events.merge.restated `restated_by_another_voice`, `_act_and_anothers_words`
in events.merge.clusters): a report's act of a day and another voice's remarks of that day that tell it
again, by the act's verb or a figure of it, are one event with both sources; remarks that give another
figure, another place, a denial, a judgement or forecast of the act, or words of their own beside it stay
apart, news of the voice's own.

All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.merge.clusters import cluster_mentions
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 3, 4)
ACT = "Inspectors closed the Brenton paper mill in Velden on Tuesday."
ASIDE = "The weather at the gates was mild."


def joined(first: str, *later: str) -> bool:
    """Whether the report's merge puts the last of `later` in one event with `first`."""
    mentions = report_mentions("\n\n".join([first, ASIDE, *later]), WEDNESDAY)
    return any(
        {first, later[-1]} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions)
    )


def built(*sentences: str) -> list[tuple[str, str, str]]:
    """(type, title, actors) of each event a build of the report makes."""
    article = prepare_article("own.txt", "\n\n".join(sentences) + "\n", SourceRow(published=WEDNESDAY))
    events = build_tables(Corpus(articles=(article,))).events
    return sorted(zip(events["event_type"], events["title"], events["actors"], strict=True))


def test_another_voice_telling_the_act_again_by_its_verb_joins_its_event() -> None:
    assert joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Tuesday that inspectors had shut the Brenton paper mill.",
    )


def test_another_voice_giving_the_acts_figure_joins_its_event() -> None:
    assert joined(
        "Rescue crews pulled 14 miners from the flooded shaft at Orsk on Tuesday.",
        "The union's leader, Dana Kell, said on Tuesday the 14 miners pulled from the shaft were well.",
    )


def test_another_voice_with_another_figure_stays_apart() -> None:
    assert not joined(
        "Rescue crews pulled 14 miners from the flooded shaft at Orsk on Tuesday.",
        "The union's leader, Dana Kell, said on Tuesday the 9 miners pulled from the shaft were in hospital.",
    )


def test_a_view_of_the_acts_matter_sharing_two_words_stays_apart() -> None:
    assert not joined(
        ACT, "The mayor of Velden, Oskar Brandt, said on Tuesday that the mill needed a new owner."
    )


def test_a_judgement_of_the_act_stays_apart_with_its_voice() -> None:
    # (the act's noun as the subject of a judgement: the voice's own news, a statement by the voice)
    remark = "The union said on Tuesday the closure of the Brenton paper mill was unlawful."
    assert not joined(ACT, remark)
    assert ("statement", "Union says the closure of the Brenton paper mill was unlawful", "Union") in built(
        ACT, ASIDE, remark
    )


def test_a_forecast_of_the_acts_outcome_stays_apart() -> None:
    assert not joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Tuesday that the closure of the Brenton paper mill would"
        " ruin the town.",
    )


def test_another_voice_telling_the_act_is_a_source_not_an_actor() -> None:
    assert built(
        "The Orsk Rescue Service pulled 14 miners from the flooded shaft on Tuesday.",
        ASIDE,
        "The union's leader, Dana Kell, said on Tuesday the 14 miners pulled from the shaft were well.",
    ) == [("other", "The Orsk Rescue Service pulled 14 miners from the flooded shaft", "Orsk Rescue Service")]


def test_another_voice_denying_stays_apart() -> None:
    assert not joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Tuesday that the closure of the Brenton paper mill"
        " was not deserved.",
    )


def test_another_voice_of_another_day_stays_apart() -> None:
    assert not joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Monday that inspectors had shut the Brenton paper mill.",
    )


def test_a_voice_whose_other_remarks_are_its_own_view_stays_apart() -> None:
    assert not joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Tuesday that inspectors had shut the Brenton paper mill.",
        '"We will build two new schools this year," Brandt said on Tuesday.',
    )

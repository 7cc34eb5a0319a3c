"""Merging and titling remarks within one report: a different voice's remarks are not the speaker's
statement, a weakly dated act sharing only a party is not the party's other act, and a title comes from
the report that dates the happening itself. All texts are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, Sentence, SourceRow, prepare_article
from events.extract.entities import Entity, load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.merge.clusters import Cluster, same_happening, title

MONDAY = dt.date(2026, 3, 9)
LEAD = (
    "Northgate Energy told regulators on Monday that pressure readings showed a fundamental mistake hours "
    "before the leak at the refinery.\n"
)


def lead() -> Mention:
    article = prepare_article("own-lead.txt", LEAD, SourceRow(published=MONDAY, outlet="Outlet"))
    [mention] = [m for m in extract_mentions(article, load_gazetteer()) if m.is_speech]
    return mention


def later(lead: Mention, text: str, clause: str) -> Mention:
    """A later sentence of the same report whose speaker was read as the company it names, dated by the
    lead's remarks."""
    at = text.index("Northgate Energy")
    name = Entity("actor", lead.speaker, "", at, at + len("Northgate Energy"), "Northgate Energy")
    start = len(LEAD) + 1
    return dataclasses.replace(
        lead,
        sentence=Sentence(start, start + len(text), text, 2),
        clause=clause,
        date_basis="context",
        entities=(name,),
    )


def test_a_rivals_remarks_about_the_speaker_are_not_its_statement() -> None:
    first = lead()
    assert first.speaker == "Northgate Energy" and first.date_basis == "resolved"
    blame = later(
        first,
        "A Harland Drilling spokesman blamed Northgate Energy for the leak, saying the owner chose it.",
        "the owner chose it",
    )
    assert not same_happening(blame, Cluster([first]))
    assert title(Cluster([blame])) == "A Harland Drilling spokesman blamed Northgate Energy for the leak"
    # the speaker's own later remarks still join its statement
    own = later(first, "Northgate Energy said the valve had been replaced.", "the valve had been replaced")
    assert same_happening(own, Cluster([first]))


def test_the_title_comes_from_the_report_that_dates_the_happening() -> None:
    first = lead()
    memo = later(
        first,
        "The regulators' report said Northgate Energy data showed faults in the pumps.",
        "Northgate Energy data showed faults in the pumps",
    )
    made = title(Cluster([first, memo]))
    assert made == "Northgate Energy says pressure readings showed a fundamental mistake hours"


def test_an_undated_act_sharing_only_a_party_is_another_act() -> None:
    text = (
        "A UN engineer was dug out alive from the ruins of the depot on Sunday afternoon.\n\n"
        "The UN has launched an appeal for $20m to help two million families over six months.\n"
    )
    article = prepare_article("own-0.txt", text, SourceRow(published=MONDAY, outlet="Outlet"))
    tables = build_tables(Corpus(articles=(article,)))
    rescue = tables.mentions[tables.mentions["sentence"].str.contains("dug out alive")]
    joined = tables.mentions[tables.mentions["event_id"].isin(rescue["event_id"])]
    assert not joined["sentence"].str.contains("appeal").any()


def test_a_claim_keeps_its_speaker_whatever_its_type() -> None:
    """A quotation or a "said ... that" clause read as a policy or an act is still its speaker's claim,
    never a fact."""
    first = lead()
    quoted = "The closure will put hundreds of refinery workers out of work this winter"
    sentence = f'"{quoted}," Northgate Energy said in a statement.'
    claim = dataclasses.replace(
        first,
        sentence=Sentence(len(LEAD) + 1, len(LEAD) + 1 + len(sentence), sentence, 2),
        clause=quoted,
        event_type="policy",
    )
    assert title(Cluster([claim])).startswith("Northgate Energy says the closure will put hundreds")
    sentence = "Northgate Energy said in a statement that the closure will cost 300 jobs."
    claim = dataclasses.replace(
        claim,
        sentence=Sentence(len(LEAD) + 1, len(LEAD) + 1 + len(sentence), sentence, 2),
        clause="the closure will cost 300 jobs",
    )
    assert title(Cluster([claim])) == "Northgate Energy says the closure will cost 300 jobs"


def test_remarks_whose_speaker_is_not_named_keep_the_sentences_attribution() -> None:
    # who spoke is "the doctor", named by no rule: the title keeps the words that say so, never the
    # remark alone as if it were a fact
    text = (
        "A pilot was jailed for four years on Tuesday over the crash that killed the banker Ana Roe.\n\n"
        "The pilot told NBC's Ann Lee he had not been tired at the controls.\n"
    )
    article = prepare_article("own-0.txt", text, SourceRow(published=MONDAY, outlet="Outlet"))
    titles = build_tables(Corpus(articles=(article,))).events["title"].tolist()
    assert "The pilot told NBC's Ann Lee he had not been tired at the controls" in titles
    assert "He had not been tired at the controls" not in titles


TUESDAY = dt.date(2026, 3, 10)
OPENING = "Harbour Minister Lena Voss said on Tuesday the port would stay open through the storm.\n\n"


def events_of(text: str) -> list[tuple[str, str]]:
    article = prepare_article("own-quoted.txt", text, SourceRow(published=TUESDAY, outlet="Outlet"))
    events = build_tables(Corpus([article])).events
    return list(zip(events["event_type"], events["title"], strict=True))


def test_words_a_speaker_is_quoted_saying_go_with_the_speakers_remarks() -> None:
    # an act named inside the quotation is what the minister said that day, not an act the report tells
    found = events_of(
        OPENING + '"We have the claims office set up, and small claims are being paid today," Voss said.\n'
    )
    assert found == [("statement", "Lena Voss says the port would stay open through the storm")]
    # so too when the remarks are told after the quotation, by a pronoun
    found = events_of(
        "Health Minister Ruth Amara said on Tuesday that the clinics would stay open.\n\n"
        '"The first vaccines arrived at the airport today," she told reporters.\n'
    )
    assert [kind for kind, _title in found] == ["statement"]


def test_another_voices_quoted_words_stay_apart() -> None:
    found = events_of(
        OPENING
        + '"We have the claims office set up, and small claims are being paid today," said union leader '
        "Tom Hale.\n"
    )
    assert len(found) == 2

"""The release of a report, study, survey, audit or inquiry as a happening of its own day, and who speaks
when the subject is described by a participle aside or a relative clause. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import build_reports

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

THURSDAY = dt.date(2026, 5, 14)


def mentions_of(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=THURSDAY))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("sentence", "released"),
    [
        # the document opens the subject, its findings follow; a date inside them is theirs
        (
            "The inquiry report released on Tuesday concluded that the warehouse fire in March was started "
            "deliberately.",
            dt.date(2026, 5, 12),
        ),
        (
            "A report by Human Rights Watch published on Monday accuses the army of killing 40 civilians in "
            "March.",
            dt.date(2026, 5, 11),
        ),
        # the document opens the sentence, the main clause after its comma
        (
            "According to a survey released on Monday by the Red Cross, two thirds of families had lost "
            "their income in 2025.",
            dt.date(2026, 5, 11),
        ),
    ],
)
def test_a_document_released_on_a_day_dates_the_sentence_by_its_release(
    sentence: str, released: dt.date
) -> None:
    (mention,) = [m for m in mentions_of(sentence) if m.date_start == m.date_end]
    assert (mention.date_start, mention.event_type) == (released, "statement")


def test_a_release_told_in_an_opening_phrase_is_the_speakers_statement_not_an_act() -> None:
    (mention,) = mentions_of(
        "In a report released on Tuesday, the Environment Agency said emissions rose 4 percent."
    )
    assert (mention.date_start, mention.event_type, mention.speaker) == (
        dt.date(2026, 5, 12),
        "statement",
        "Environment Agency",
    )


def test_a_body_that_publishes_a_report_with_its_own_verb_is_dated_by_that_verb() -> None:
    (mention,) = mentions_of(
        "The World Bank on Tuesday published a report that found poverty in the region rose by 12 percent "
        "last year."
    )
    assert mention.date_start == dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the agent of a participle aside wrote the report; who appointed the agent did not
        (
            "The report, produced by a panel appointed by Governor Maria Lindqvist, said the dam had been "
            "poorly maintained for a decade.",
            "The panel",
        ),
        # one who ordered a document is not its voice: the document speaks
        (
            "The audit, ordered by Finance Minister Jan Roe, said the agency had lost 3 million euros.",
            "The audit",
        ),
        # a body named in a relative clause that tells which person spoke is not the speaker
        (
            "Dr Jane Okafor who leads the World Health Organization team in the region said the outbreak "
            "was slowing.",
            "Jane Okafor",
        ),
    ],
)
def test_who_is_named_in_what_describes_the_subject_does_not_speak(sentence: str, speaker: str) -> None:
    (mention,) = mentions_of(sentence)
    assert mention.speaker == speaker


def test_a_body_named_only_in_the_relative_clause_of_an_unnamed_speaker_does_not_speak() -> None:
    (mention,) = mentions_of(
        "One engineer who recently inspected the bridge for the Ministry of Transport said the cracks were "
        "getting worse."
    )
    assert mention.speaker != "Ministry of Transport"


def test_a_saying_inside_a_relative_aside_leaves_the_main_clause_its_act() -> None:
    sentence = "Port officials, who said the ferry had been overloaded, closed the harbour on Wednesday."
    (mention,) = mentions_of(sentence)
    assert mention.date_start == dt.date(2026, 5, 13)
    assert not mention.is_speech
    ((_, day, _, title, _),) = build_reports((THURSDAY, sentence))
    assert (day, title) == ("2026-05-13", "Port officials closed the harbour")


def test_what_a_report_finds_is_the_statement_of_the_body_that_put_it_out_on_its_day() -> None:
    found = build_reports(
        (
            THURSDAY,
            "The Harbour Institute said in a study published on Monday that a third of the reefs had "
            "bleached.\n\n"
            "The study found that storms had damaged another quarter.\n\n"
            "Another 25 percent of the reefs were damaged by trawling, the study said.",
        )
    )
    assert [(f[0], f[1], f[4]) for f in found] == [("statement", "2026-05-11", 1)]
    assert found[0][3].startswith("Harbour Institute says")


def test_a_document_that_speaks_with_no_body_named_speaks_for_itself() -> None:
    (mention,) = mentions_of("Another 25 percent of the money was lost to fraud, the audit said.")
    assert (mention.event_type, mention.speaker) == ("statement", "The audit")


def test_a_body_that_only_names_a_document_as_its_topic_is_not_its_voice() -> None:
    mentions = mentions_of(
        "Norvik said in a statement that it supports the inquiry.\n\n"
        "The report reiterated its criticism of the builder's cement work."
    )
    assert [m.speaker for m in mentions] == ["Norvik", "The report"]


def test_a_release_told_in_an_aside_dates_the_findings_of_the_main_clause() -> None:
    found = build_reports(
        (
            THURSDAY,
            "The report, which was published on Tuesday, says 40 percent of rivers in the province are "
            "polluted.",
        )
    )
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("statement", "2026-05-12", "The report says 40 percent of rivers in the province are polluted")
    ]

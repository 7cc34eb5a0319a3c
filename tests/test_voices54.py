"""Who speaks, and which claim a denial answers (voices54): a word linking a sentence to the one before is no
part of the speaker; a body named before answers in the present tense or in the passive; an office named alone
speaks; a quoted title is nobody who speaks; a denial of "the charge" answers the claim its own report told;
the synthetic archive's denials answer its claims. All texts are our own."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pandas as pd
import pytest
from reports import report_mentions

from benchmarks.synthetic import article_text, write_corpus
from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, load_corpus, prepare_article
from events.extract.speakers import find_speaker, speech_in

THURSDAY = dt.date(2027, 5, 13)


def speaker_of(text: str, opening: str) -> str:
    """The speaker of the first mention whose sentence opens with `opening` ("" when it has none)."""
    found = [m for m in report_mentions(text, THURSDAY) if m.sentence.text.startswith(opening)]
    assert found, f"no mention of {opening!r}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "Jane Roe was charged on Monday with fraud over the sale of the harbour land.\n\n"
            "But Roe's lawyer said on Tuesday that she would plead not guilty.",
            "But Roe",
            "Roe's lawyer",
        ),
        (
            "Tom Hale was arrested in Leeds on Monday.\n\n"
            "And Hale's attorneys told reporters on Tuesday that he was innocent.",
            "And Hale",
            "Hale's attorneys",
        ),
        (
            "Jane Roe was convicted on Monday of fraud over the sale of the harbour land.\n\n"
            "Later, Roe's lawyer said on Tuesday that she would appeal.",
            "Later",
            "Roe's lawyer",
        ),
    ],
)
def test_a_word_linking_the_sentence_to_the_last_is_no_part_of_the_speaker(
    text: str, opening: str, speaker: str
) -> None:
    assert speaker_of(text, opening) == speaker


ACCUSED = (
    "Dock workers in Dunmore walked out on Monday.\n\n"
    "Senator Ada Kroll said on Tuesday that Harlow Shipping Ltd had paid its crews below the legal "
    "minimum.\n\n"
)


@pytest.mark.parametrize(
    "answer",
    [
        # the present tense of a standing answer, with no day
        "The company denies the accusation and says its crews are paid in full.",
        # a day between the body and its verb
        "The company on Wednesday denied the charge.",
        # a relative clause on the body between it and its verb
        "The company, which has kept a low profile since the strike, said on Wednesday that it paid in full.",
        # the passive, with the body as the agent
        "The claim was quickly and firmly denied by Harlow Shipping Ltd on Wednesday.",
    ],
)
def test_a_business_named_before_answers_as_itself(answer: str) -> None:
    assert speaker_of(ACCUSED + answer, answer[:12]) == "Harlow Shipping Ltd"


def test_a_business_named_before_closes_the_sentence_before_a_clause_of_its_own() -> None:
    text = (
        "Harlow Shipping Ltd sold two ferries on Monday.\n\n"
        "More than 300 sailors are now out of work, the company said on Tuesday, as the strike spread north."
    )
    assert speaker_of(text, "More than") == "Harlow Shipping Ltd"


def test_a_body_whose_name_opens_with_the_speaks_through_its_office() -> None:
    found = "A man was found dead in a hotel in Kell on Friday.\n\n"
    office = "The Kell County Coroner's office said on Saturday that there was no evidence of foul play."
    assert speaker_of(found + office, "The Kell") == "Kell County Coroner"
    # (an office named by its title alone is nobody's name)
    assert speaker_of(found + "The President's office said on Saturday that the visit was off.", "The") == ""


def test_a_ministry_named_before_rejects_a_report_as_itself() -> None:
    text = (
        "The auditor accused the Kelso Transport Ministry on Tuesday of hiding the cost of the rail line.\n\n"
        "The ministry on Wednesday rejected the report."
    )
    found = [m for m in report_mentions(text, THURSDAY) if m.sentence.text.startswith("The ministry")]
    assert [(m.event_type, m.speaker) for m in found] == [("denial", "Kelso Transport Ministry")]


def test_an_office_named_alone_speaks_as_the_office_or_as_its_holder_named_before() -> None:
    said = "The referee said on Sunday that he had sent off three players."
    assert (
        speaker_of("The cup final in Dunmore ended in a brawl on Saturday.\n\n" + said, "The referee")
        == "Referee"
    )
    assert speaker_of(
        "Referee Tom Hale stopped the cup final in Dunmore on Saturday.\n\n" + said, "The referee"
    ) == ("Tom Hale")


def test_a_title_quoted_in_who_a_person_is_leaves_the_person_speaking() -> None:
    # (a name no list knows, read by its form alone: the commas inside the quoted title close no description)
    text = (
        'Tom Hale, author of the 2019 book "Salt, Iron and Coal in the New Century," told Radio Kell '
        "that the mine had cut its safety budget."
    )
    assert find_speaker(text, speech_in(text), [], ("", ""))[0] == "Tom Hale"


def test_a_quoted_title_that_tells_a_story_is_nobody_who_speaks() -> None:
    text = (
        'The Kelso mine closed on Monday after a flood.\n\n"Deep Water" told viewers on Tuesday of the cuts.'
    )
    assert all(m.speaker != "Deep Water" for m in report_mentions(text, THURSDAY))


CLAIM_DAY = dt.date(2026, 3, 11)  # a Wednesday
CLAIM = (
    "Senator Ada Kroll accused Harlow Shipping Ltd on Tuesday of paying its crews below the legal wage.\n\n"
)


def events_of(*texts: str) -> pd.DataFrame:
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=CLAIM_DAY, outlet=f"Outlet {i}"))
        for i, text in enumerate(texts)
    )
    return build_tables(Corpus(articles=articles)).events


def links(events: pd.DataFrame) -> tuple[str, str]:
    """(the claim's linked ids, the denial's id): one claim and one denial expected."""
    claims = events[events["event_type"] == "claim"]
    denials = events[events["event_type"] == "denial"]
    assert len(claims) == 1 and len(denials) == 1
    return str(claims["linked"].iloc[0]), str(denials["event_id"].iloc[0])


@pytest.mark.parametrize(
    "answer",
    [
        "Harlow Shipping Ltd on Wednesday denied the charge.",
        "The company on Wednesday rejected the allegations.",
    ],
)
def test_a_denial_of_the_charge_answers_the_claim_its_own_report_told(answer: str) -> None:
    linked, denial = links(events_of("Senator presses shipping firm\n\n" + CLAIM + answer))
    assert linked == denial


def test_a_denial_of_the_charge_by_a_party_the_claim_does_not_name_answers_nothing() -> None:
    linked, _denial = links(
        events_of(
            "Senator presses shipping firm\n\n" + CLAIM + "Velmont Steel Inc. on Wednesday denied the charge."
        )
    )
    assert linked == ""


def test_a_denial_of_the_charge_in_another_report_answers_nothing_it_does_not_say() -> None:
    linked, _denial = links(
        events_of(
            "Senator presses shipping firm\n\n" + CLAIM,
            "Shipping firm answers\n\nHarlow Shipping Ltd on Wednesday denied the charge.",
        )
    )
    assert linked == ""


def test_the_same_partys_denial_of_something_else_in_the_report_answers_nothing() -> None:
    linked, _denial = links(
        events_of(
            "Senator presses shipping firm\n\n"
            + CLAIM
            + "Harlow Shipping Ltd on Wednesday denied that its chief executive had resigned."
        )
    )
    assert linked == ""


def test_a_synthetic_archives_denials_answer_its_claims(tmp_path: Path) -> None:
    write_corpus(tmp_path, 30)
    events = build_tables(load_corpus(tmp_path / "articles", tmp_path / "sources.csv")).events
    denials = events[events["event_type"] == "denial"]
    by_id = events.set_index("event_id")
    assert len(denials) > 0
    for linked in denials["linked"]:
        assert linked, "a synthetic denial answers the accusation told before it"
        assert all(by_id.at[other, "event_type"] == "claim" for other in linked.split(";"))


def test_a_synthetic_accusation_is_answered_by_the_party_it_accuses_on_its_day() -> None:
    texts = [article_text(random.Random(seed), dt.date(2025, 3, 3)) for seed in range(40)]
    answered = [t for t in texts if "denied that" in t]
    assert answered
    for text in answered:
        paragraphs = [p for p in text.split("\n\n") if p]
        for at, paragraph in enumerate(paragraphs):
            if "denied that" in paragraph:
                accusation = paragraphs[at - 1]
                assert "accused" in accusation
                day = paragraph.split(" denied")[0].split("ministry ")[-1].split("Zakharova ")[-1]
                assert day in accusation

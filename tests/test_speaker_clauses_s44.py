"""Who said it, by the clause a verb of saying governs (session 44): a saying inside a time or reason
clause set off by commas, or inside a clause joined with no comma after the main verb, is not the main
clause's subject's; a time of the report's days opening the sentence does not hide a described speaker.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.speakers import set_apart_spans


def mentions_of(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("sentence", "speaker", "other"),
    [
        (
            "On Friday, after Omar Ruiz announced that the talks had failed, Clara Perez said she would "
            "call a new vote.",
            "Clara Perez",
            "Omar Ruiz",
        ),
        (
            "In Lagos, when Tunde Bello told the hearing the pumps were off, Ada Eze said the board had "
            "known for weeks.",
            "Ada Eze",
            "Tunde Bello",
        ),
        (
            "On Tuesday, as Hugo Lenz announced the figures, Marta Quist said the ward would stay open.",
            "Marta Quist",
            "Hugo Lenz",
        ),
    ],
)
def test_a_saying_in_a_clause_set_off_by_commas_is_not_the_main_speakers(
    sentence: str, speaker: str, other: str
) -> None:
    # (the clause set apart may be told as a happening of its own, with its own speaker)
    main, *_ = mentions_of(sentence)
    assert main.speaker == speaker, sentence
    assert other not in main.actors[:1]


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Dr Ines Maro stood as the panel said that she had broken the rules.", "Ines Maro"),
        ("Dr Ines Maro sat while the jury said that she had broken the rules.", "Ines Maro"),
        ("Dr Ines Maro smiled as the jury said that she had broken the rules.", "Ines Maro"),
        # (any verb of the irregular past, not a chosen few)
        ("Dr Ines Maro froze as the jury said that she had broken the rules.", "Ines Maro"),
        ("Dr Ines Maro shook when the jury said that she had broken the rules.", "Ines Maro"),
    ],
)
def test_a_saying_in_a_clause_joined_without_a_comma_is_not_the_main_subjects(
    sentence: str, wrong: str
) -> None:
    assert all(wrong not in m.speaker for m in mentions_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the main clause's own saying stays its subject's
        "Clara Perez said on Friday, after the count was over, that she would call a new vote.",
        "Tom Ostrow said, when asked about the leak, that the pumps were safe.",
        # "such as" and "as well as" join no clause
        "Officials such as Ana Kell said the pumps were safe.",
    ],
)
def test_the_main_clauses_saying_keeps_its_speaker(sentence: str) -> None:
    said = [m for m in mentions_of(sentence) if m.event_type == "statement"]
    assert said and said[0].speaker in ("Clara Perez", "Tom Ostrow", "Ana Kell", "Officials"), sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "This week, Nora Fenwick, who helps run the canal trust's lock repairs, said the locks would "
            "open by August.",
            "Nora Fenwick",
        ),
        (
            "Yesterday, Piet Mabuza, the head of the harbour trust, said the quay would reopen.",
            "Piet Mabuza",
        ),
    ],
)
def test_a_time_opening_the_sentence_leaves_a_described_speaker(sentence: str, speaker: str) -> None:
    assert any(m.speaker == speaker for m in mentions_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Coastal Water Board's Ivo Stenmark said on Monday that the pipes were safe.",
        '"The pipes are safe," the Northern Rail Authority\'s Ivo Stenmark told reporters.',
    ],
)
def test_a_bodys_possessive_before_a_name_is_no_word_of_the_name(sentence: str) -> None:
    (mention,) = mentions_of(sentence)
    assert mention.speaker == "Ivo Stenmark"


def test_an_apostrophe_inside_a_surname_stays_in_it() -> None:
    (mention,) = mentions_of("Niamh O'Dowd said on Monday that the pipes were safe.")
    assert mention.speaker == "Niamh O'Dowd"


def test_an_earlier_saying_in_the_past_perfect_is_the_last_speakers() -> None:
    text = (
        "Dr Lotte Brand, the head of the ward, said on Monday the beds were full.\n"
        "Earlier, she had said the ward could take ten more patients."
    )
    said = [m for m in mentions_of(text) if m.event_type == "statement"]
    assert [m.speaker for m in said] == ["Lotte Brand", "Lotte Brand"]


def test_a_past_perfect_he_after_a_body_is_nobody_known() -> None:
    text = "The river board said on Monday the weir had been checked.\nBut he had said the cracks were tiny."
    assert all(m.speaker in ("River board", "") for m in mentions_of(text))


def test_as_well_as_opens_no_clause() -> None:
    text = (
        "These figures, as well as statements from Halden Mining saying the firm had no plans to sell, "
        "have helped its shares to rise this week."
    )
    at = text.index("saying")
    assert not any(a <= at < b for a, b in set_apart_spans(text))
    opening = "On Friday, as the count went on, Ada Eze said the vote was fair."
    assert any(a <= opening.index("count") < b for a, b in set_apart_spans(opening))


@pytest.mark.parametrize(
    "text",
    [
        "Pia Vantongeren, the dockers' leader, said on Tuesday the walkout would last.\n"
        "The port director is due to meet the dockers on Thursday.\n"
        '"We stay off the quays until the pay is fixed," she said.',
        "Lars Oduya, who has led the farm ministry since 2017, said on Monday that the grain would last.\n"
        "The minister then flew to Oslo for talks.\n"
        '"We will not ration bread this winter," he said.',
    ],
)
def test_an_office_named_after_the_last_speaker_does_not_take_the_pronouns_quote(text: str) -> None:
    # (an office opening a sentence may be the last speaker's own, or a person due to act later: the "she
    # said" after it stays the last speaker's)
    said = [m for m in mentions_of(text) if m.sentence.text.startswith('"')]
    assert said and all(m.speaker in ("Pia Vantongeren", "Lars Oduya") for m in said), said


def test_an_earlier_saying_in_the_past_perfect_keeps_the_pronouns_gender() -> None:
    text = (
        "Mr Pavel Lindqvist, the depot chief, said on Thursday the trucks were ready.\n"
        "Earlier, she had said the depot could take 40 more trucks."
    )
    said = [m for m in mentions_of(text) if "40 more" in m.sentence.text]
    assert all(m.speaker != "Pavel Lindqvist" for m in said)


def test_an_earlier_saying_in_the_past_perfect_is_not_of_the_day_of_the_remarks_above() -> None:
    text = (
        "Mr Pavel Lindqvist, the depot chief, said on Thursday the trucks were ready.\n"
        "Earlier, he had said the depot could take 40 more trucks."
    )
    said = [m for m in mentions_of(text) if "40 more" in m.sentence.text]
    # (the remarks above are of Thursday 7 May; the earlier saying came before them, on a day not given)
    assert said and all(m.date_start != dt.date(2026, 5, 7) for m in said)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Peru's Lucia Varga, the fisheries minister, said on Monday that the catch would rise.",
            "Lucia Varga",
        ),
        (
            "Finland's Henrik Sallo, known for his long speeches, told one reporter on Monday he would rest.",
            "Henrik Sallo",
        ),
        (
            "The Harbour Board's Ivo Stenmark, the chief engineer, said on Monday the pipes were safe.",
            "Ivo Stenmark",
        ),
    ],
)
def test_a_described_name_after_an_opening_possessive_is_the_speaker(sentence: str, speaker: str) -> None:
    # (the possessive closes the owner's name; the person after it, set off by a description, still speaks)
    (mention,) = mentions_of(sentence)
    assert mention.speaker == speaker
    assert speaker in mention.actors


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry, as Captain Rolf Anker said on Monday, will not sail.",
        "Rents, as the planner Edda Moll warned on Monday, will keep rising.",
    ],
)
def test_as_after_the_subject_leaves_the_main_clause_its_saying(sentence: str) -> None:
    # (after a subject, "as X said" tells whose word the main clause is, and is not set apart)
    assert not any(
        a <= sentence.index(" said" if " said" in sentence else " warned") < b
        for a, b in set_apart_spans(sentence)
    )
    assert any(m.event_type == "statement" for m in mentions_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, as the count went on, Ada Eze said the vote was fair.",
        "Yesterday, as the count went on, Ada Eze said the vote was fair.",
        "Wednesday, as the count went on, Ada Eze said the vote was fair.",
    ],
)
def test_as_after_an_opening_time_is_set_apart(sentence: str) -> None:
    assert any(a <= sentence.index("count") < b for a, b in set_apart_spans(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Today, Kofi Mensah, who helps run the ferry board's dock repairs, said the quay would reopen.",
            "Kofi Mensah",
        ),
        (
            "Yesterday, Kofi Mensah, who helps run the ferry board's dock repairs, said the quay would "
            "reopen.",
            "Kofi Mensah",
        ),
        (
            "Thursday, Kofi Mensah, who helps run the ferry board's dock repairs, said the quay would "
            "reopen.",
            "Kofi Mensah",
        ),
    ],
)
def test_a_time_of_the_reports_days_opening_the_sentence_leaves_a_described_speaker(
    sentence: str, speaker: str
) -> None:
    assert any(m.speaker == speaker for m in mentions_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The port was calm on Friday, while Mayor Rhea Dunmore, speaking on local radio, said the ban "
            "would stay.",
            "Rhea Dunmore",
        ),
        (
            "The roads were empty on Friday, when Governor Ilan Petrov, asked about the snow, said the "
            "schools would close.",
            "Ilan Petrov",
        ),
    ],
)
def test_a_conjunction_before_a_described_speaker_sets_no_clause_apart(sentence: str, speaker: str) -> None:
    # (the commas after the conjunction close the speaker's description, not a clause of its own)
    assert any(m.speaker == speaker for m in mentions_of(sentence))


def test_as_early_as_joins_no_clause() -> None:
    # ("as early as Friday" compares; the saying after it is still the subject's)
    from events.extract.speakers import _CLAUSE_CONJUNCTION

    sentence = "The mill aims to reopen the plant as early as Friday and said that the repairs were on time."
    assert _CLAUSE_CONJUNCTION.search(sentence) is None
    assert _CLAUSE_CONJUNCTION.search("Dr Ines Maro froze as the jury said that she had lied.") is not None

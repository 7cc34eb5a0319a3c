"""Titles that keep who did what: a noun after "after" is no clause to headline, an age or a description
set apart from the subject goes and the name stays, a clause that opens with its speaker's own verb of
telling is not told twice. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.clauses import title_clause
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.merge.titles import fit


def titles_of(text: str) -> list[str]:
    """The title of each event built from a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return list(build_tables(Corpus(articles=(article,))).events["title"])


def test_a_noun_after_after_keeps_the_main_clause_and_drops_the_joined_verb() -> None:
    titles = titles_of(
        "The decision was made after a meeting of ministers in Oslo on Monday and comes as prices have "
        "climbed across the region."
    )
    assert titles == ["The decision was made after a meeting of ministers in Oslo"], titles


def test_a_clause_after_since_is_still_the_happening_it_dates() -> None:
    titles = titles_of("The town has been in mourning since the dam burst and flooded 300 homes on Tuesday.")
    assert titles == ["The dam burst and flooded 300 homes"], titles


def test_an_age_between_commas_leaves_the_name_before_the_verb() -> None:
    titles = titles_of(
        "Dr Varga, 61, denies gross negligence in the death of the patient, who died last March."
    )
    assert "Dr Varga denies gross negligence in the death of the patient" in titles, titles
    assert not any(title.startswith("61") for title in titles), titles


def test_an_age_before_a_description_goes_with_it() -> None:
    titles = titles_of("Tomas Berg, 44, a ferry captain from Harwick, was charged on Monday with negligence.")
    assert titles == ["Tomas Berg was charged with negligence"], titles


def test_a_described_subject_is_headlined_by_its_name() -> None:
    titles = titles_of(
        "The head of the port inquiry, retired judge Ana Varga, quickly rejected the motion on Monday."
    )
    assert titles == ["Ana Varga quickly rejected the motion"], titles


def test_the_name_after_a_role_with_capitals_is_the_subject() -> None:
    titles = titles_of(
        "The harbour authority's chief on the spill, Navy commander Piet Lund, on Saturday ordered the "
        "tanker to leave port."
    )
    assert titles == ["Piet Lund ordered the tanker to leave port"], titles


def test_a_place_set_apart_is_no_name_of_the_subject() -> None:
    titles = titles_of("The town of Lesko, west of Harwick, was flooded on Monday.")
    assert titles and titles[0].startswith("The town of Lesko"), titles


def test_a_body_that_reports_that_is_not_said_to_report() -> None:
    titles = titles_of(
        "The Northern Aid Agency (NAA) reports that tents are being handed out across Marrow, with 20,000 "
        "blankets sent to the main hospital."
    )
    assert titles, titles
    assert not any(" says " in title for title in titles), titles
    assert titles[0].startswith("The Northern Aid Agency reports that tents are being handed out"), titles


def test_a_long_title_ends_before_a_participle_that_describes_its_object() -> None:
    title = fit(
        "Ilse Marsh says she developed an entirely commercial livestock insurance product backed by insurer "
        "Norlys"
    )
    assert title == "Ilse Marsh says she developed an entirely commercial livestock insurance product", title


def test_a_long_title_ends_before_a_span_of_time_counted_back() -> None:
    title = fit(
        "Oskar Lind died after being admitted to the Harwick Royal Infirmary Hospital several days ago "
        "with a rare lung infection"
    )
    assert title == "Oskar Lind died after being admitted to the Harwick Royal Infirmary Hospital", title


def test_a_past_verb_after_its_subject_is_no_describing_participle() -> None:
    title = fit(
        "The regional emergency agency said rescue teams from three neighbouring countries arrived in the "
        "quake zone and began searching the ruins"
    )
    assert "arrived" in title, title


def test_as_before_a_noun_keeps_the_one_it_was_said_of() -> None:
    titles = titles_of(
        "Anna Kovic, 41, from Lesko in northern Harwick, was named today as the first person outside the "
        "capital to have died."
    )
    assert titles and titles[0].startswith("Anna Kovic was named"), titles


def test_as_before_a_clause_in_the_present_still_opens_it() -> None:
    titles = titles_of(
        "The union's strike comes as the prime minister begins a two-day visit to the northern ports "
        "on Monday."
    )
    assert titles and "begins a two-day visit" in titles[0], titles


def test_a_run_of_capitals_before_the_comma_is_all_of_the_name() -> None:
    titles = titles_of(
        "The harbour authority's response chief for the spill, Coast Guard Admiral Ana Lund, on Monday "
        "ordered the tanker out of the bay."
    )
    assert titles == ["Coast Guard Admiral Ana Lund ordered the tanker out of the bay"], titles


def test_a_clause_before_a_relative_clause_names_no_subject() -> None:
    text = (
        "The 40 ferries used in the rescue are leaving the bay after the storm, which formed over the "
        "Azores, was forecast to reach the coast by the weekend."
    )
    at = text.index("by the weekend")
    assert not title_clause(text, None, (at, at + 14)).startswith("Azores"), text


def test_the_infinitive_a_question_word_asks_stays_in_the_subject() -> None:
    title = fit(
        'Adm Ana Lund said the decision whether to order ferries out of the bay would be a "judgment call" '
        "based on how the storm developed"
    )
    assert "whether to order ferries" in title or not title.startswith("Adm Ana Lund said the decision"), (
        title
    )
    assert "whether would" not in title, title

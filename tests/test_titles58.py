"""Titles that keep who did what: words reported after "said" with no "that" stay the speaker's, ...
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article, split_sentences
from events.merge.titles import dated_since_clause, fit, headline, with_named_pronoun


def titles_of(text: str) -> list[str]:
    """The title of each event built from a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return list(build_tables(Corpus(articles=(article,))).events["title"])


def test_a_plan_said_without_that_keeps_its_speaker() -> None:
    titles = titles_of(
        "By Wednesday, Kowalski said they should have a pump on the quay that clears the silt."
    )
    assert titles, titles
    assert all(title.startswith("Kowalski says they should have a pump") for title in titles), titles


def test_said_without_that_is_reported_as_said_with_it() -> None:
    without = titles_of("The harbour master said the ferry will sail again on Friday.")
    with_that = titles_of("The harbour master said that the ferry will sail again on Friday.")
    assert without == with_that, (without, with_that)


def test_a_named_doer_keeps_the_act_without_the_role_between_them() -> None:
    titles = titles_of(
        "Ines Moravec, president of the Federation of Inland Waterway Boatmen and Lock Keepers, condemned "
        "the new tolls on Tuesday."
    )
    assert titles == ["Ines Moravec condemned the new tolls"], titles


def test_a_possessive_role_between_name_and_verb_goes_too() -> None:
    titles = titles_of(
        "Piet Okonjo, Harwick Ferries' chief executive, resigned on Tuesday after the collision in the bay."
    )
    assert titles and titles[0].startswith("Piet Okonjo resigned"), titles


def test_the_it_of_a_since_clause_is_the_main_clauses_subject() -> None:
    titles = titles_of("The regatta has been dogged by complaints since it was announced in July.")
    assert titles == ["The regatta was announced in July"], titles


def test_the_he_of_a_when_clause_is_the_person_the_sentence_opens_with() -> None:
    title = with_named_pronoun(
        "Okafor, 58, was a navy commodore when he was appointed head of the flood response.",
        "he was appointed head of the flood response",
    )
    assert title == "Okafor was appointed head of the flood response", title


def test_the_he_of_a_when_clause_stays_when_another_person_is_named_before_it() -> None:
    clause = "he was appointed envoy"
    title = with_named_pronoun("Okafor met Tom Hale in Lagos when he was appointed envoy.", clause)
    assert title == clause, title


def test_a_sentence_that_opens_with_a_sum_is_a_sentence_of_its_own() -> None:
    text = "The bridge reopened on Monday. $40m was pledged by donors on Tuesday. £5m came from Ruritania."
    sentences = [sentence for _, _, sentence in split_sentences(text)]
    assert sentences == [
        "The bridge reopened on Monday.",
        "$40m was pledged by donors on Tuesday.",
        "£5m came from Ruritania.",
    ], sentences


def test_a_list_of_names_is_one_subject_after_an_opening_clause() -> None:
    title = headline(
        "Since the outbreak began in March, the governments of Ruritania, Borduria, Syldavia and Carpathia "
        "have bought the vaccine"
    )
    assert (
        title == "The governments of Ruritania, Borduria, Syldavia and Carpathia have bought the vaccine"
    ), title


def test_a_title_is_not_cut_inside_a_list_of_names() -> None:
    title = fit(
        "Harwick Air says it has paid $12.5 million in grants to Ruritania, Borduria, Syldavia and Carpathia "
        "to promote tourism since the strike"
    )
    assert title == "Harwick Air says it has paid $12.5 million in grants", title


def test_a_vague_dated_clause_takes_the_when_clause_that_says_what_the_day_is_for() -> None:
    titles = titles_of(
        "The ferry resumed service on Monday. But the hard part will come on Thursday, when Okafor faces "
        "a parliamentary inquiry."
    )
    assert "The hard part will come when Okafor faces a parliamentary inquiry" in titles, titles


def test_an_opening_since_clause_that_holds_the_date_titles_its_happening() -> None:
    title = dated_since_clause(
        "Since the strike began in May, the airlines of Ruritania, Borduria, Syldavia and Carpathia have "
        "bought Harwick's spare engines",
        "May",
    )
    assert title == "The strike began in May", title


def test_an_opening_since_clause_titles_its_happening_in_an_article() -> None:
    titles = titles_of(
        "Harwick said bookings rose on Monday. Since the grivosis outbreak began in May, the airlines of "
        "Ruritania, New Borduria, Syldavia and Carpathia have bought Harwick's spare engines, Okafor said."
    )
    assert "The grivosis outbreak began in May" in titles, titles

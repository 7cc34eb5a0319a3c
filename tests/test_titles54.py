"""Titles read on news never seen: a quotation and its speaker, and number words after "says"."""

from __future__ import annotations

import datetime as dt

from reports import build_reports

from events.merge.titles import headline, tidy

PUBLISHED = dt.date(2025, 3, 4)


def titles(text: str) -> list[str]:
    return [title for _type, _start, _end, title, _sources in build_reports((PUBLISHED, text))]


def test_a_long_attribution_after_a_quotation_is_no_part_of_the_title() -> None:
    # (the name, its description and where it was said all follow the closing mark)
    clause = '"The count will end by noon," Ana Roe, head of the electoral board, told the state radio.'
    assert tidy(clause) == "The count will end by noon"
    assert '"' not in tidy('"The bridge will open," said former transport minister Jo Hale, who built it.')


def test_a_quotation_whose_opening_mark_was_lost_still_drops_its_attribution() -> None:
    assert (
        tidy('The ballots are safe," Ana Roe, head of the board, told reporters.') == "The ballots are safe"
    )


def test_quoted_words_about_somebody_keep_the_name_of_who_said_them() -> None:
    # ("He was never at the port" printed alone would be a fact, and its "he" nobody)
    assert tidy('"He was never at the port," said former harbour master Jo Hale, who ran it.') == (
        "Jo Hale: “He was never at the port”"
    )
    assert tidy('"She lied to the court," Hale said.') == "Hale: “She lied to the court”"


def test_a_quotation_inside_the_clause_keeps_what_follows_it() -> None:
    # (the clause only looks like a quotation once its relative clause has gone)
    clause = (
        'In a review of the levee, which the agency had called "storm-proof," Senator Jo Hale, chair of the '
        "panel, said that the records show that the barrier was anything but."
    )
    assert "records show" in tidy(clause)


def test_the_speaker_named_by_surname_in_a_remark_is_named_in_full() -> None:
    sentence = '"He never signed the deal," Hale said.'
    assert headline(sentence, speaker="Jo Hale", speech=True, sentence=sentence) == (
        "Jo Hale: “He never signed the deal”"
    )


def test_a_short_quotation_is_titled_with_its_speaker_in_an_article() -> None:
    text = '"They broke every promise they made," said former union leader Ana Roe on Tuesday.'
    assert all('"' not in title and title.count("“") == title.count("”") for title in titles(text))


def test_a_number_word_that_opens_what_was_said_is_lowered_after_says() -> None:
    sentence = "Seventy boats were searching the bay for the missing crew, the coastguard said on Monday."
    assert headline(sentence, speaker="The coastguard", speech=True, sentence=sentence) == (
        "The coastguard says seventy boats were searching the bay for the missing crew"
    )


def test_words_quoted_that_are_no_clause_keep_the_sentence_whole() -> None:
    # ("If we can, we will" alone would print half a thought as the title)
    assert tidy(
        '"If we can get it done by then we will," said one source, adding that the envoy would leave.'
    )


def test_a_remark_that_ends_on_how_something_is_is_whole() -> None:
    from events.merge.titles import is_fragment

    assert not is_fragment("Jo Hale: “We don't know how deep it is”")
    assert not is_fragment("We don't know how deep it is")


def test_an_aside_between_the_subject_said_and_its_verb_goes_so_the_clause_stands_whole() -> None:
    sentence = (
        "The electoral board said that one of the polling stations, less than a mile from the old town hall, "
        "was closed for the whole day."
    )
    assert headline(sentence, speaker="The electoral board", speech=True, sentence=sentence) == (
        "The electoral board said one of the polling stations was closed for the whole day"
    )


def test_a_comma_inside_the_closing_mark_does_not_end_the_title() -> None:
    sentence = (
        'The judge called the ruling "a turning point," before a long list of reforms that the court set.'
    )
    assert not headline(sentence).endswith(',"')


def test_a_quoted_remark_on_what_this_points_at_keeps_its_speaker() -> None:
    assert tidy('"This is a theft, not a sale," Mr Hale said.') == "Mr Hale: “This is a theft, not a sale”"


def test_a_clause_of_its_own_after_the_comma_is_no_verb_of_the_subject_said() -> None:
    sentence = (
        "\"Just look at the square, it's empty... on a market day it would be packed with stalls and buyers "
        'from every village around," said the trader.'
    )
    assert headline(sentence, speaker="Ana Roe", speech=True, sentence=sentence) == (
        "Ana Roe says just look at the square"
    )

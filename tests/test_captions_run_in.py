"""Captions, headlines and credits run into the lead, and text wrapped at a fixed width: where a sentence
ends when the scrape kept no stop, and where a line break does not end one. Every text here is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, classify_lines, prepare_article


def sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)
    return [" ".join(s.text.split()) for s in article.sentences]


WRAPPED = """Dam bursts above the valley towns

Flood water rose across the northern province on Monday, and the regional
governor ordered three riverside towns to be emptied after talks with the
Red Cross broke down late in the evening.

Rescuers reached the town of Velka on Tuesday. The army sent two helicopters
to the area, officials said.
"""


def test_a_line_wrapped_at_a_width_goes_on_the_sentence_it_broke() -> None:
    assert sentences(WRAPPED) == [
        "Flood water rose across the northern province on Monday, and the regional governor ordered three "
        "riverside towns to be emptied after talks with the Red Cross broke down late in the evening.",
        "Rescuers reached the town of Velka on Tuesday.",
        "The army sent two helicopters to the area, officials said.",
    ]


def test_a_wrapped_paragraph_is_one_body_line_and_its_heading_stays_apart() -> None:
    kinds = [line.kind for line in classify_lines(WRAPPED)]
    assert kinds == ["headline", "body", "body"]


def test_a_byline_under_a_heading_is_no_part_of_it() -> None:
    text = "Dam bursts above the valley towns\nby Ana Kovac\n\nThe dam gave way on Monday, officials said.\n"
    lines = classify_lines(text)
    assert lines[0].text == "Dam bursts above the valley towns"
    assert sentences(text) == ["The dam gave way on Monday, officials said."]


def test_a_line_with_no_stop_before_a_capital_ends_there() -> None:
    text = (
        "Soldiers guard the ballot boxes in the capital\n"
        "The electoral commission said on Sunday that turnout had reached 61 percent.\n"
    )
    assert sentences(text) == ["The electoral commission said on Sunday that turnout had reached 61 percent."]


def test_a_credit_in_brackets_parts_the_caption_from_the_sentence_after_it() -> None:
    text = (
        "The court sat late on Monday, its clerk said.\n\n"
        "Protesters gather outside the court in the capital (Photo: Tomas Berg) The judge ruled on Tuesday "
        "that the election must be held again.\n"
    )
    assert sentences(text) == [
        "The court sat late on Monday, its clerk said.",
        "The judge ruled on Tuesday that the election must be held again.",
    ]


def test_a_photographers_credit_with_the_agency_after_a_dash_closes_the_caption() -> None:
    text = (
        "The court sat late on Monday, its clerk said.\n\n"
        "Judges leave the court in the capital (Tomas Berg - AP) The ruling was published on Tuesday, "
        "the court said.\n"
    )
    assert sentences(text)[-1] == "The ruling was published on Tuesday, the court said."


def test_a_credit_in_brackets_that_opens_the_line_leaves_the_paragraph_above_it() -> None:
    text = (
        "The court sat late on Monday, its clerk said.\n\n"
        "(Photo: Tomas Berg) The judge ruled on Tuesday that the election must be held again.\n"
    )
    assert sentences(text)[0] == "The court sat late on Monday, its clerk said."


def test_a_name_said_twice_in_a_row_opens_the_lead_after_a_standfirst() -> None:
    text = (
        "Ana Kovac was poisoned for her money, according to her brother Marek Marek Kovac has told the court "
        "his sister was poisoned in May.\n\nThe trial opened on Monday.\n"
    )
    assert sentences(text)[0] == "Marek Kovac has told the court his sister was poisoned in May."


def test_a_title_that_closes_on_the_name_the_lead_opens_with_keeps_it() -> None:
    text = (
        "Jon Berg looks at what the curfew means for shops in Tallin Tallin has begun a week of curfews to "
        "slow the outbreak.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert [s.text for s in article.sentences] == ["Tallin has begun a week of curfews to slow the outbreak."]
    assert article.title == "Jon Berg looks at what the curfew means for shops in Tallin"


def test_a_name_of_two_like_words_in_prose_is_no_boundary() -> None:
    text = (
        "The claim was brought by the law firm of Weller Weller Ross on behalf of the fishermen on Monday.\n"
    )
    assert sentences(text) == [text.strip()]


def test_an_agencys_photo_credit_in_brackets_inside_a_line_closes_the_caption() -> None:
    text = (
        "The court sat late on Monday, its clerk said.\n\n"
        "Judges leave the court in the capital (AP Photo/Tomas Berg) The ruling was published on Tuesday, "
        "the court said.\n"
    )
    assert sentences(text)[-1] == "The ruling was published on Tuesday, the court said."


def test_a_bare_agency_credit_inside_a_line_closes_the_caption() -> None:
    text = (
        "The court sat late on Monday, its clerk said.\n\n"
        "Judges leave the court in the capital Getty Images The ruling was published on Tuesday, "
        "the court said.\n"
    )
    assert sentences(text)[-1] == "The ruling was published on Tuesday, the court said."


def test_what_a_caption_label_opens_is_no_sentence_until_the_story_runs_in() -> None:
    text = (
        "The court sat late on Monday, its clerk said. Image caption Judges leave the court in the capital "
        "The ruling was published on Tuesday, the court said.\n"
    )
    assert sentences(text) == [
        "The court sat late on Monday, its clerk said.",
        "The ruling was published on Tuesday, the court said.",
    ]


def test_a_caption_label_with_nothing_run_in_leaves_no_sentence() -> None:
    text = (
        "The court sat late on Monday, its clerk said. Image caption Judges leave the court in the capital.\n"
    )
    assert sentences(text) == ["The court sat late on Monday, its clerk said."]


def test_a_photographers_name_after_the_pictures_word_is_no_part_of_the_sentence() -> None:
    text = "Photograph: Tomas Berg When the court reopened on Monday, the judges heard the appeal at once.\n"
    assert sentences(text) == ["When the court reopened on Monday, the judges heard the appeal at once."]


def test_an_adverb_of_time_set_off_by_its_comma_opens_the_sentence_a_caption_ran_into() -> None:
    text = (
        "Divers search the flooded tunnel under the river Earlier, the transport minister said the tunnel "
        "would stay shut until May.\n"
    )
    assert sentences(text)[-1] == "Earlier, the transport minister said the tunnel would stay shut until May."


def test_a_weekday_led_by_on_opens_the_sentence_a_caption_ran_into() -> None:
    text = "Crowds wait outside the stadium gates On Sunday, the league said the final would be replayed.\n"
    assert sentences(text)[-1] == "On Sunday, the league said the final would be replayed."


def test_a_title_in_capitals_keeps_its_adverb() -> None:
    text = "The panel, What Is Happening Now, Who Pays Next, met on Monday to hear the bids.\n"
    assert sentences(text) == [text.strip()]

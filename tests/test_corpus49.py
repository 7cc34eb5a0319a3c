"""Scraped page shapes of the forty-ninth session: a promo line at the page's head or foot, a picture's
credit that opens the line under its caption, a gallery's captions after a credit in brackets; and the story
lines that none of these may take (above a wire page's stamp or an article label, a company's name at a
line's end, a promo's words inside a sentence)."""

from __future__ import annotations

import datetime as dt
import time

from events.extract.corpus import SourceRow, prepare_article


def _sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    return [" ".join(sentence.text.split()) for sentence in article.sentences]


_AFTER = "\n\nThe union said the talks would resume on Thursday at the ministry.\n"


# --- lines that are the story's, whatever stands below them ----------------------------------------------


def test_story_lines_above_a_wire_page_stamp_are_kept() -> None:
    got = _sentences(
        "Court blocks grocery merger\n\n"
        "A federal judge on Monday blocked the planned merger of two grocery chains, saying it would raise "
        "prices.\n\nThe chains had agreed the deal in October 2019.\n\n"
        "NEW YORK | Tue Mar 9, 2021 4:12 pm EST The companies said they would appeal the ruling." + _AFTER
    )
    assert any(sentence.startswith("A federal judge on Monday blocked") for sentence in got)
    assert "The chains had agreed the deal in October 2019." in got
    got = _sentences(
        "Striker banned for three games\n\n"
        "The league banned the striker for three matches on Wednesday after he pushed a referee.\n\n"
        "Tue Mar 9, 2021 4:12 pm EST MADRID (Reuters) - The club said it would not appeal." + _AFTER
    )
    assert "The league banned the striker for three matches on Wednesday after he pushed a referee." in got


def test_story_lines_above_an_article_label_are_kept() -> None:
    got = _sentences(
        "Election count\n\nOfficials began counting ballots on Thursday night.\n\n"
        "Turnout reached 64 percent, the highest since 1992.\n\n"
        "Full Article Count goes on into the night\n\nResults are due on Friday morning." + _AFTER
    )
    assert "Officials began counting ballots on Thursday night." in got
    assert "Turnout reached 64 percent, the highest since 1992." in got


def test_a_line_after_a_company_form_stays_its_own_sentence() -> None:
    for first, second in (
        (
            "The chain was bought last year by the investment house Dorn & Co.",
            "Inc magazine ranked the chain among the fastest-growing firms in 2018.",
        ),
        (
            "Shareholders backed the merger of Harlow Bank Co.",
            "AG lawyers said on Monday they would review the deal.",
        ),
        (
            "The notes were issued by Rendel Energy Corp.",
            "LP investors bought most of the bonds, the company said on Tuesday.",
        ),
    ):
        got = _sentences(f"The inquiry opened on Monday.\n\n{first}\n\n{second}" + _AFTER)
        assert first in got
        assert second in got


def test_a_prompt_inside_a_sentence_leaves_it_whole() -> None:
    for sentence in (
        "Jurors heard that victims saw a message reading Click here to unlock your account before their "
        "savings vanished.",
        "Shares of the app maker jumped 20 percent on Tuesday after it said users could now Click here to "
        "pay.",
    ):
        got = _sentences(
            "The trial of the former treasurer entered its second week on Monday.\n\n" + sentence + _AFTER
        )
        assert sentence in got


# --- a promo that speaks to the reader -------------------------------------------------------------------


def test_a_promo_line_at_the_head_or_foot_is_no_sentence() -> None:
    for promo in (
        "Explore more of our coverage of the cup final",
        "Copy this link to share the results table with friends.",
        "This page was updated with the final figures from the count.",
        "Explore our guide to every seat in the regional vote",
    ):
        got = _sentences(f"{promo}\n\nThe city council approved the school budget on Monday." + _AFTER)
        assert promo not in got
        assert "The city council approved the school budget on Monday." in got
        got = _sentences("The city council approved the school budget on Monday." + _AFTER + f"\n{promo}\n")
        assert promo not in got


def test_a_promo_opener_that_attributes_or_stands_mid_page_is_kept() -> None:
    for sentence in (
        "This page is part of a 40-page dossier the prosecution filed on Friday, the judge said.",
        "This page was updated after the council corrected the figures on Wednesday, a spokesman said.",
        "Explore more than a century of Arctic travel, the museum's director urged visitors at the opening.",
        "Copy the URL of the form into your browser to apply, the health board told patients on Monday.",
    ):
        got = _sentences(f"{sentence}\n\nThe city council approved the school budget on Monday." + _AFTER)
        assert sentence in got, sentence
    middle = "This page is part of the ward results the council published on Friday."
    got = _sentences(
        "\n\n".join(
            [
                f"The count went on through the night in ward {n}, officials said on Friday."
                for n in range(1, 5)
            ]
            + [middle]
            + [f"Turnout in ward {n} was higher than at the last election." for n in range(1, 5)]
        )
    )
    assert middle in got


def test_sentences_that_open_on_the_same_words_are_kept() -> None:
    for sentence in (
        "Views differ on whether the council will act before the election.",
        "Explorers reached the summit of the mountain on Monday.",
        "View from the bridge, the new play, opened in London on Friday.",
        "This page of the ledger was torn out, the court heard on Tuesday.",
        "Copying the files took the clerks three days, the inquiry was told.",
    ):
        got = _sentences(
            "The trial of the former treasurer entered its second week on Monday.\n\n" + sentence + _AFTER
        )
        assert sentence in got, sentence


# --- a picture's credit opening the line under its caption ----------------------------------------------


def test_a_credit_after_a_days_caption_is_cut_from_the_lead() -> None:
    for credit, lead in (
        ("AP", "TSMC Ltd is adding a second chip plant in Arizona, the firm said on Monday."),
        ("NOAA", "As the front moved inland, forecasters warned of hail across the plains."),
        ("USGS", "The quake struck at dawn about 40 km south of the city, officials said."),
        ("EPA", "The ministry said on Monday it would fine the refinery for the leak."),
    ):
        got = _sentences(
            f"March 4: Pickets gather at the gates of the bus depot.\n\n{credit} {lead}" + _AFTER
        )
        assert lead in got, credit
        assert not any(sentence.startswith(f"{credit} ") for sentence in got), credit


def test_a_name_in_capitals_that_opens_a_sentence_is_kept() -> None:
    for line in (
        "NASA scientists said on Monday the ice shelf had cracked further.",
        "FIFA officials met the league's owners on Tuesday.",
        "UEFA fined the club for the crowd trouble at the final.",
    ):
        got = _sentences(f"March 4: Pickets gather at the gates of the bus depot.\n\n{line}" + _AFTER)
        assert line in got, line
    # with no caption above, a short name in capitals is left where it is
    got = _sentences(
        "The storm reached the coast on Monday night.\n\nNOAA The agency said flooding was likely." + _AFTER
    )
    assert "The storm reached the coast on Monday night." in got


# --- a gallery's captions after a credit in brackets -----------------------------------------------------


def test_a_gallery_caption_after_a_bracketed_credit_is_no_sentence() -> None:
    got = _sentences(
        "Nurses rally outside the parliament in Wellington, Friday July 2, 2021.\n\n"
        "(AP Photo/Jane Roe) Jane Roe Teachers march past the ministry in Wellington on Friday.\n\n"
        "(AP Photo/Tom Hale) WELLINGTON -- The union called off the strike on Saturday, officials said."
        + _AFTER
    )
    assert not any("rally" in sentence or "march past" in sentence for sentence in got)
    assert "The union called off the strike on Saturday, officials said." in got


def test_a_name_from_the_credit_that_opens_a_sentence_is_kept() -> None:
    for caption, credit, sentence in (
        (
            "Officers examine the wreck on the A6 near Harlow.",
            "(Photo/Harlow Police)",
            "Harlow Police said on Sunday the driver, 34, died at the scene.",
        ),
        (
            "Firefighters tackle the blaze at a warehouse in Harlow.",
            "(Photo/Harlow Fire Department)",
            "Harlow Fire Department crews spent six hours on Sunday bringing the fire under control.",
        ),
        (
            "A pharmacist holds a box of the drug in London.",
            "(Handout/EMA)",
            "EMA officials approved the drug on Thursday for adults over 65.",
        ),
    ):
        got = _sentences(f"The inquiry opened on Monday.\n\n{caption} {credit} {sentence}" + _AFTER)
        assert sentence in got, sentence


def test_a_sentence_after_a_credit_without_the_name_again_is_kept() -> None:
    got = _sentences(
        "The county ordered the low streets cleared on Friday.\n\n"
        "(AP Photo/Jane Roe) The mayor said the levee would hold through the weekend." + _AFTER
    )
    assert "The mayor said the levee would hold through the weekend." in got
    # a wire's name alone in brackets may be the story's own credit: the line above it stays
    got = _sentences(
        "The ministry confirmed the new cases on Monday.\n\n(AFP) The ministry said testing would widen."
        + _AFTER
    )
    assert "The ministry confirmed the new cases on Monday." in got


def test_the_line_above_a_bracketed_credit_is_dropped_only_when_it_reads_as_a_caption() -> None:
    got = _sentences(
        "The county ordered the low streets cleared on Friday.\n\n"
        "Pickets gather at the gates of the bus depot in Leeds, Friday July 2, 2021.\n\n"
        "(AP Photo/Jane Roe) The mayor said the depot would reopen on Monday." + _AFTER
    )
    assert not any("Pickets" in sentence for sentence in got)
    for story in (
        "The new wing has 400 beds and two operating theatres.",
        "The club faces a renewed threat of relegation after a fourth straight defeat.",
        "The cause of the leak was not found, but the bay was hit by the spill.",
    ):
        got = _sentences(
            f"The county ordered the low streets cleared on Friday.\n\n{story}\n\n"
            "(AP Photo/Jane Roe) The manager said on Monday the plan would go ahead." + _AFTER
        )
        assert story in got, story


def test_story_lines_above_a_wire_credit_in_brackets_are_kept() -> None:
    for story in (
        "Police are now investigating the reported theft of 40 paintings from the museum's east wing.",
        "The United Nations expects a deal on aid deliveries within days.",
    ):
        got = _sentences(
            f"The trial went on.\n\n{story}\n\n(Reuters) The museum said its alarm had failed overnight."
            + _AFTER
        )
        assert story in got, story


# --- a long page of these shapes is read in time ---------------------------------------------------------


def test_a_long_page_of_credits_stamps_and_promos_is_read_quickly() -> None:
    lines = []
    for i in range(40):
        shape = i % 5
        if shape == 0:
            lines.append("• " + " ".join(f"Item {j} 1,{j}00 cases" for j in range(30)) + " Ltd.")
        elif shape == 1:
            lines.append("ABCD EFGH " * 60 + "| Tue " + "LONDON " * 40 + " | Thu May 7, 2009")
        elif shape == 2:
            lines.append("(AP Photo/" + "Jane Roe " * 40 + ") " + "Jane Roe " * 40 + "AP " * 50)
        elif shape == 3:
            lines.append("March 4: " + "View how " * 100 + "Explore our " * 50 + "Copy this link " * 30)
        else:
            lines.append("NASA " * 100 + "(" + "A.b. " * 100 + ")" + " Roe/Associated Press" * 40)
    text = "\n\n".join(
        line + " The council said on Monday it would reopen the road. " + line for line in lines
    )
    started = time.perf_counter()
    prepare_article("long.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert time.perf_counter() - started < 2.0

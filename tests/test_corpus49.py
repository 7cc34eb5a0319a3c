"""Scraped page shapes of the forty-ninth session: the page's list of other stories above the article's
label, a caption above a wire page's stamp, a promo that speaks to the reader, a picture's credit that opens
the line under its caption, a company's name broken over two lines, and a gallery's captions after a credit
in brackets."""

from __future__ import annotations

import datetime as dt
import time

from events.extract.corpus import SourceRow, prepare_article


def _sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    return [" ".join(sentence.text.split()) for sentence in article.sentences]


_AFTER = "\n\nThe union said the talks would resume on Thursday at the ministry.\n"


# --- the article's label: what is above it is the page's list of other stories ---------------------------


def test_headlines_above_the_article_label_are_no_sentences() -> None:
    for other in (
        "Bridge closed after crash on ring road, two hurt.",
        "Storm knocks out power to thousands in the north.",
        "Court jails former mayor for bribery.",
    ):
        got = _sentences(
            f"{other}\n\nFull Article Port strike ends after pay deal OSLO | Tue Mar 9, 2021 4:12 pm EST "
            "OSLO (Reuters) - Dock workers returned to work on Tuesday after a pay deal was agreed." + _AFTER
        )
        assert other not in got
        assert "Dock workers returned to work on Tuesday after a pay deal was agreed." in got


def test_a_first_line_with_no_label_below_it_is_kept() -> None:
    got = _sentences(
        "The council voted on Monday to close the old library.\n\n"
        "Full Articles of the charter were read out at the start of the meeting." + _AFTER
    )
    assert "The council voted on Monday to close the old library." in got
    assert "Full Articles of the charter were read out at the start of the meeting." in got


# --- a caption above the wire page's stamp ---------------------------------------------------------------


def test_a_caption_above_the_wire_page_stamp_is_no_sentence() -> None:
    for caption in (
        "A tanker is moored off the port in Oslo March 8, 2021.",
        "Voters queue outside a polling station in Lagos.",
        "A logo is seen on the bank's headquarters in Frankfurt May 4, 2020.",
    ):
        got = _sentences(
            f"{caption}\n\nOSLO | Tue Mar 9, 2021 4:12 pm EST OSLO (Reuters) - Norway's dock workers ended "
            "their strike on Tuesday, the union said." + _AFTER
        )
        assert caption not in got
        assert "Norway's dock workers ended their strike on Tuesday, the union said." in got


def test_a_story_of_several_lines_above_a_later_stamp_keeps_them() -> None:
    story = [
        "The cabinet met on Monday to agree the spending plans.",
        "Ministers said the plans would be published in April.",
        "The opposition called the plans a missed chance.",
    ]
    got = _sentences(
        "\n\n".join(story)
        + "\n\nLAGOS | Tue Mar 9, 2021 4:12 pm EST LAGOS (Reuters) - Nigeria's central bank held rates on "
        "Tuesday." + _AFTER
    )
    for sentence in story:
        assert sentence in got


# --- a promo that speaks to the reader -------------------------------------------------------------------


def test_a_promo_to_the_reader_is_no_sentence() -> None:
    for promo in (
        "Explore all of our flood maps to see where the water rose and which roads are closed.",
        "Copy the URL and paste it into your emails, or post it on your favourite sites.",
        "This live page is part of a trial of new ways to report the election count.",
        "Explore more of our coverage of the cup final.",
    ):
        got = _sentences(f"{promo}\n\nThe city council approved the flood defence budget on Monday." + _AFTER)
        assert promo not in got
        assert "The city council approved the flood defence budget on Monday." in got


def test_a_promo_run_in_after_a_headline_goes_with_it() -> None:
    got = _sentences(
        "Court weighs claims against the ferry firm Explore all of our ferry graphics to see the route "
        "and the rescue.\n\nThe ferry operator appeared in court on Monday to answer the claims." + _AFTER
    )
    assert not any("Explore" in sentence for sentence in got)
    assert "The ferry operator appeared in court on Monday to answer the claims." in got


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
        ("AP", "BNR Corp. is pushing to finish the repairs to the pipeline by July 27."),
        ("NOAA", "As the storm moved inland, forecasters warned of flooding along the coast."),
        ("USGS", "The quake struck at dawn about 40 km south of the city, officials said."),
        ("EPA", "The ministry said on Monday it would fine the refinery for the leak."),
    ):
        got = _sentences(
            f"March 4: Crews lay boom off the point near the harbour.\n\n{credit} {lead}" + _AFTER
        )
        assert lead in got, credit
        assert not any(sentence.startswith(f"{credit} ") for sentence in got), credit


def test_a_name_in_capitals_that_opens_a_sentence_is_kept() -> None:
    for line in (
        "NASA scientists said on Monday the ice shelf had cracked further.",
        "FIFA officials met the league's owners on Tuesday.",
        "UEFA fined the club for the crowd trouble at the final.",
    ):
        got = _sentences(f"March 4: Crews lay boom off the point near the harbour.\n\n{line}" + _AFTER)
        assert line in got, line
    # with no caption above, a short name in capitals is left where it is
    got = _sentences(
        "The storm reached the coast on Monday night.\n\nNOAA The agency said flooding was likely." + _AFTER
    )
    assert "The storm reached the coast on Monday night." in got


# --- a company's name broken over two lines --------------------------------------------------------------


def test_a_company_name_broken_after_its_form_is_one_sentence() -> None:
    for name, rest in (
        ("Rendel Energy Co.", "LLC said on Monday the platform had collapsed in 2004."),
        ("Harlow Bros.", "Ltd, which owns the yard, said the ship would be repaired."),
        ("Marren Holdings Inc..", "LLC said it would appeal the ruling."),
    ):
        got = _sentences(f"The inquiry opened on Monday.\n\nSite owner {name}\n\n{rest}" + _AFTER)
        assert f"Site owner {name} {rest}" in got, name


def test_a_sentence_that_ends_on_a_company_form_stays_apart() -> None:
    got = _sentences(
        "The yard was bought last year by Harlow Co.\n\nLater, the new owners said the yard would stay open."
        + _AFTER
    )
    assert "The yard was bought last year by Harlow Co." in got
    assert "Later, the new owners said the yard would stay open." in got


# --- a gallery's captions after a credit in brackets -----------------------------------------------------


def test_a_gallery_caption_after_a_bracketed_credit_is_no_sentence() -> None:
    got = _sentences(
        "Volunteers fill sandbags outside the town hall in Dover, Friday July 2, 2021.\n\n"
        "More sandbags are expected to arrive by truck from the depot later in the day.\n\n"
        "(AP Photo/Jane Roe) Jane Roe Firefighters pump water from a flooded cellar in Dover on Friday.\n\n"
        "(AP Photo/Tom Hale) DOVER, Del. -- The river crested on Saturday a foot below the levee, officials "
        "said." + _AFTER
    )
    assert not any("sandbags" in sentence or "cellar" in sentence for sentence in got)
    assert "The river crested on Saturday a foot below the levee, officials said." in got


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
        "Crews stack sandbags along the river ahead of the expected arrival of the storm.\n\n"
        "(AP Photo/Jane Roe) The mayor said the levee would hold through the weekend." + _AFTER
    )
    assert not any("sandbags" in sentence for sentence in got)
    got = _sentences(
        "The county ordered the low streets cleared on Friday.\n\n"
        "The cause of the leak was not found, but the bay was hit by the spill.\n\n"
        "(AP Photo/Jane Roe) The mayor said the levee would hold through the weekend." + _AFTER
    )
    assert "The cause of the leak was not found, but the bay was hit by the spill." in got


# --- a long page of these shapes is read in time ---------------------------------------------------------


def test_a_long_page_of_credits_stamps_and_promos_is_read_quickly() -> None:
    lines = []
    for i in range(40):
        shape = i % 5
        if shape == 0:
            lines.append("• " + " ".join(f"Item {j} 1,{j}00 cases" for j in range(30)) + " Co..")
        elif shape == 1:
            lines.append("LLC " + "ABCD EFGH " * 60 + "| Tue " + "NEW YORK " * 40 + " | Thu May 7, 2009")
        elif shape == 2:
            lines.append("(AP Photo/" + "Jane Roe " * 40 + ") " + "Jane Roe " * 40 + "AP " * 50)
        elif shape == 3:
            lines.append("March 4: " + "View how " * 100 + "Explore all " * 50 + "Click here " * 30)
        else:
            lines.append("NASA " * 100 + "(" + "A.b. " * 100 + ")" + " Roe/Associated Press" * 40)
    text = "\n\n".join(
        line + " The council said on Monday it would reopen the road. " + line for line in lines
    )
    started = time.perf_counter()
    prepare_article("long.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert time.perf_counter() - started < 2.0

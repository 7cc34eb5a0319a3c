"""Scraped page shapes of the forty-eighth session: a picture's credit in brackets that opens a sentence, a
wire's bare credit that opens the line after a caption, initials a scrape set in title case, a title run
into a lead that opens on a preposition, and a title run into a dateline."""

from __future__ import annotations

import datetime as dt
import time

from events.extract.corpus import SourceRow, body_sentences, classify_lines, prepare_article


def _sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    return [sentence.text for sentence in article.sentences]


_BEFORE = "The regional council met on Tuesday to discuss the budget for the coming year.\n\n"


# --- a picture's credit in brackets opens a sentence -----------------------------------------------------


def test_a_bracketed_picture_credit_is_cut_from_the_sentence_it_opens() -> None:
    for credit in (
        "(Jane Roe/Associated Press)",
        "(Jane Roe\\/associated Press)",
        "(Tom A. Hale/the Daily Courier)",
        "(Jane Roe - AP)",
        "(Ann Lee for The Daily Courier)",
        "(Harbour Authority Via Associated Press)",
        "(A. B. Lee/State Parks Department/AFP)",
    ):
        got = _sentences(_BEFORE + f"{credit} The mayor opened the new bridge over the river on Friday.\n")
        assert "The mayor opened the new bridge over the river on Friday." in got, credit
        assert not any(credit[1:5] in sentence for sentence in got), credit


def test_the_caption_that_a_bracketed_credit_closes_is_dropped() -> None:
    for caption, credit, lead in (
        (
            "Firefighters battle a blaze in the hills above Ventura on Monday.",
            "(Jane Roe/Associated Press)",
            "The fire has burned 10,000 acres, officials said on Tuesday.",
        ),
        (
            "Supporters wave flags outside the count in Leeds.",
            "(Tom Hale - AP)",
            "The party won the seat by 400 votes, the returning officer said on Friday.",
        ),
        (
            "A nurse prepares a dose at a clinic in Lagos.",
            "(Ann Lee for The Daily Courier)",
            "The trial found the vaccine cut infections by half.",
        ),
    ):
        got = _sentences(_BEFORE + f"{caption} {credit} {lead}\n")
        assert lead in got, lead
        assert not any(caption[:20] in sentence for sentence in got), caption


def test_a_lead_after_a_bracketed_credit_is_kept_whatever_its_verbs() -> None:
    # (no guess at whether the sentence after the credit is the next picture's caption: a passive with its
    # agent is as common in a lead, in a relative clause or in the main clause)
    for lead in (
        "The measure, which is supported by most Republicans, passed the House 230-190 on Thursday.",
        "A ruling is expected by the end of the month, the court clerk said on Tuesday.",
        "Thousands of homes are threatened by a wildfire that broke out on Sunday, fire officials said.",
        "The striker, who is coached by his father, scored twice on Saturday as United beat City 3-1.",
        "Patients are seen by a doctor within four hours in 78 percent of cases, the figures showed.",
        "The museum, which is open by appointment, will reopen to all visitors in May.",
        "The bill was backed by 40 senators on Tuesday.",
        "Rescuers were helped by a dog that found two climbers.",
    ):
        got = _sentences(_BEFORE + f"(Jane Roe/Associated Press) {lead}\n")
        assert lead in got, lead


def test_a_time_stamp_after_the_bracketed_credit_goes_with_it() -> None:
    got = _sentences(
        _BEFORE + "(Jane Roe - AP) Tuesday, March 10, 2026; 4:05 PM The striking nurses returned to work.\n"
    )
    assert "The striking nurses returned to work." in got


def test_title_cased_initials_do_not_end_the_sentence() -> None:
    got = _sentences(
        _BEFORE + "(U.s. Navy Via Associated Press) Divers searched the wreck for a second day.\n"
    )
    assert "Divers searched the wreck for a second day." in got
    assert "(U.s." not in got


def test_a_bracketed_aside_of_prose_is_kept() -> None:
    # (no slash, dash, "for" or "via" before an agency: the words in brackets are the sentence's own)
    for text in (
        "(The figures were revised on Monday.) The council said the deficit had narrowed.",
        "(Updated) The council said the deficit had narrowed.",
        "Voters in the north (and many in the south) backed the proposal on Sunday.",
        "The striker (who scored twice) was named player of the match.",
        "The index fell 2 percent (or 40 points) on Wednesday.",
    ):
        got = _sentences(_BEFORE + text + "\n")
        assert text in " ".join(got), text


# --- a wire's bare credit opens the line after a caption -------------------------------------------------


def test_a_wire_credit_opening_the_next_line_closes_the_caption_above() -> None:
    for credit in ("(AP Photo)", "AP", "AFP", "EPA"):
        text = (
            "Firefighters spray water on a burning warehouse near the port of Eastvale.\n\n"
            f"{credit} A fire that broke out overnight destroyed three warehouses, officials said on Sunday."
            "\n\n"
            "No one was hurt.\n"
        )
        got = _sentences(text)
        assert not any("Firefighters spray" in sentence for sentence in got), credit
        assert "A fire that broke out overnight destroyed three warehouses, officials said on Sunday." in got


def test_a_line_before_prose_that_names_a_wire_is_kept() -> None:
    # ("Reuters Television showed ...", "AP reported ...": the wire is the subject, not a credit)
    for following in (
        "Reuters Television footage showed crowds at the gates.",
        "AP reported the vote late on Monday.",
        "APTN pictures showed the collapsed roof.",
        "The AP count showed the incumbent ahead.",
        "(AP) -- The storm weakened overnight.",
        # (the story's own credit in brackets before its first sentence)
        "(AP) The jury found the former treasurer guilty of fraud on Tuesday.",
        "(Reuters) The central bank held interest rates on Thursday.",
        # (a wire's or an agency's name that is the line's own first word)
        "EPA Administrator Jane Roe said on Monday the rule would save lives.",
        "EPA Region 9 officials issued an air quality alert on Monday.",
        "AP Top 25 voters moved the champions to No. 1 on Sunday.",
        "AFP Correspondent Tom Hale was among the reporters turned away.",
        "AP Poll: Most voters say the economy is worsening",
    ):
        text = (
            "The election commission delayed the count by a day after a power cut.\n\n" + following + "\n\n"
            "Results are expected on Thursday.\n"
        )
        got = _sentences(text)
        assert "The election commission delayed the count by a day after a power cut." in got, following


def test_a_line_of_news_above_a_wire_name_in_brackets_is_kept() -> None:
    # (a wire's name alone in brackets closes only a line that reads as a caption: none that tells what
    # happened)
    for above in (
        "Jurors were sent home on Monday evening after failing to agree.",
        "The heat wave broke records across the region on Sunday.",
        "The factory closed on Friday after 90 years.",
        "Voters are divided over the tax rise, a survey found on Tuesday.",
    ):
        got = _sentences(above + "\n\n(Reuters) The agency said the figures would be revised.\n")
        assert above in got, above
    for caption in (
        "Firefighters spray water on a burning warehouse near the port.",
        # (a month and a name in capitals are no verbs: "May 12", "Rose Garden")
        "Nurses gather in the Rose Garden of the city hospital, Tuesday, May 12, 2026, in Dayton.",
    ):
        got = _sentences(
            caption + "\n\n(AP) A fire that broke out overnight destroyed three warehouses, officials said.\n"
        )
        assert got == ["A fire that broke out overnight destroyed three warehouses, officials said."], caption


# --- a title run into a lead that opens on a preposition -------------------------------------------------


def test_a_title_run_into_a_lead_opening_on_for_is_cut() -> None:
    got = _sentences(
        "Harbour festival: a week of music on the water that is hard to forget For all the rain on Saturday, "
        "the crowds on the quay were the largest the town has seen.\n\n"
        "The organisers said about 40,000 people came.\n"
    )
    assert got[0].startswith("For all the rain on Saturday")


def test_a_first_line_with_a_name_that_holds_for_is_kept() -> None:
    for line in (
        # (a work's name opened by one of the words: no comma-closed clause follows it)
        "Critics called the album With Teeth a return to form when it was released on Monday.",
        "Sales for the musical Despite Everything topped £1m in its first week, producers said on Friday.",
        "Readers voted the novel For Whom the Bell Tolls the best book of the century in a poll on Sunday.",
        "The charity Homes For All said on Monday it had housed 300 families since the floods.",
        "Voters backed the party's slogan Time For Change in the northern seats on Sunday.",
        "Fans queued overnight for tickets to the final, which sold out in an hour.",
    ):
        got = _sentences(line + "\n\nMore details are expected on Friday.\n")
        assert got[0] == line, line


# --- no pattern backtracks at length ---------------------------------------------------------------------


def test_a_long_page_of_bullets_numbers_and_credits_is_segmented_quickly() -> None:
    rows = []
    for i in range(40):
        shape = i % 5
        if shape == 0:
            rows.append("• " + " ".join(f"Item {j} 1,{j}00 cases" for j in range(30)))
        elif shape == 1:
            rows.append("(" + " ".join(["Jane"] * 60) + "/" + " ".join(["press"] * 60) + " " * 50 + "Next")
        elif shape == 2:
            rows.append("(AP Photo) " + "12 34 56 " * 80 + "AP Photo/Jane Roe " * 20)
        elif shape == 3:
            rows.append("(AP) " + "AP " * 200 + "(Jane Roe - AP) " * 50)
        else:
            rows.append("(" + "A.b. " * 200 + "U.s. " * 100 + ")" + " Roe/Associated Press" * 40)
    text = "\n\n".join(f"The council met on Monday. {row} The council said it would." for row in rows)
    began = time.perf_counter()
    list(body_sentences(text, classify_lines(text)))
    assert time.perf_counter() - began < 2.0


# --- an illustration's credit, and a photographer's who worked for the paper -----------------------------


def test_a_credit_of_one_who_worked_for_the_paper_is_cut() -> None:
    for credit in (
        "Illustration: Tom Hale for the Courier",
        "Photograph: Jane Roe for the Courier",
        "Photograph: Jane Roe for The Observer",
        "Photo: Tom Hale for the New York Times",
        "Illustration: Jane Roe/AP",
    ):
        got = _sentences(
            _BEFORE + f"{credit} The inquiry's report found six failings in the plant's design.\n"
        )
        assert "The inquiry's report found six failings in the plant's design." in got, credit


def test_a_sentence_that_names_what_someone_did_for_the_paper_is_kept() -> None:
    # (no credit's label and colon opens it)
    for sentence in (
        "Jane Roe for the Courier reported the fire on Monday.",
        "Photographs taken for the Courier show the damage to the roof.",
        "Illustration work for the Courier was paid late, the artist said.",
    ):
        got = _sentences(_BEFORE + sentence + "\n")
        assert sentence in got, sentence


# --- a title run into a wire's dateline ------------------------------------------------------------------


def test_the_lead_after_a_wire_dateline_keeps_its_first_words() -> None:
    for lead in (
        "Carmaker Veltra AG said on Monday it would cut 2,000 jobs in Europe.",
        "Chip maker Norvex Inc said on Monday its profit had doubled.",
        "Retail giant Castell said sales fell 4 percent in the first quarter.",
    ):
        got = _sentences(
            "Carmaker cuts jobs as sales slide, shares fall BERLIN | Mon Mar 9, 2026 7:51 am EDT "
            f"BERLIN (Reuters) - {lead}\n\nThe shares fell 3 percent.\n"
        )
        assert got[0] == lead, lead


def test_a_title_run_into_a_bare_dateline_ends_at_the_dateline() -> None:
    got = _sentences(
        "Bank cuts jobs WASHINGTON -- Oil major Norvex Inc said on Monday it would cut 2,000 jobs.\n"
    )
    assert got[0] == "Oil major Norvex Inc said on Monday it would cut 2,000 jobs."
    got = _sentences(
        "Striker's late goal sinks Rovers LONDON (CNN)The league leaders won 2-1 at Rovers on Saturday.\n"
    )
    assert got[0] == "The league leaders won 2-1 at Rovers on Saturday."


def test_a_title_run_into_a_lead_with_no_dateline_is_still_cut() -> None:
    got = _sentences(
        "Port strike enters third day as talks stall The dock workers' union said on Tuesday that talks "
        "had broken down.\n\nShips queued outside the harbour.\n"
    )
    assert got[0] == "The dock workers' union said on Tuesday that talks had broken down."

"""Scraped page shapes of the forty-seventh session: a picture's credit that opens a paragraph of the story,
a credit cut off alone where a pronoun opens the sentence after it, a wire's credit or its editor's name set
after a paragraph's last sentence, a wire's credit glued to the first word, and a caption that no stop
closes run into the article's first line."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article


def _sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    return [sentence.text for sentence in article.sentences]


# --- a picture's credit opens a paragraph of the story ---------------------------------------------------


def test_a_credit_that_opens_a_paragraph_keeps_the_sentence_after_it() -> None:
    text = (
        "Readers have been telling us how the storm changed their week.\n\n"
        "Many say the power is still off.\n\n"
        "Photo: Jane Roe I was driving home from the market when the hail began to fall.\n\n"
        "By the evening the whole street was under water.\n"
    )
    got = _sentences(text)
    assert "I was driving home from the market when the hail began to fall." in got
    assert not any("Photo:" in sentence for sentence in got)


def test_a_caption_after_its_credit_is_still_furniture() -> None:
    # (what follows the credit shows a scene and tells nothing: the picture's caption, not the story)
    for credit_line in (
        "Photo: Jane Roe/AP Police officers stand guard outside the court in the capital on Monday.",
        "Photo: AFP Fans gather outside the stadium ahead of the final against the champions.",
        "Photo: Tom Hale Floodwater covers the main road into the village after the storm.",
    ):
        got = _sentences(
            "The court sentenced the former minister to five years in prison on Monday.\n\n"
            f"{credit_line}\n\nHe denied the charges, his lawyer said.\n"
        )
        assert got[-1] == "He denied the charges, his lawyer said.", got
        assert not any(word in " ".join(got) for word in ("guard", "gather", "Floodwater")), got


def test_a_credit_and_a_short_sentence_are_not_taken_for_a_credit_alone() -> None:
    got = _sentences(
        "Doctors went on strike on Monday over pay. Photo: Tom Hale Patients waited. The union said talks "
        "had failed.\n"
    )
    assert any("Patients waited." in sentence for sentence in got), got


def test_a_credit_alone_on_its_line_is_still_furniture() -> None:
    text = (
        "The council approved the budget on Monday after a long debate.\n\n"
        "The vote was close, and the count went on past midnight.\n\n"
        "Photo: Jane Roe\n\n"
        "Image: City archive\n\n"
        "The mayor said the vote was a relief for residents.\n"
    )
    # (the paragraph above a credit is the picture's caption, as it was)
    assert _sentences(text) == [
        "The council approved the budget on Monday after a long debate.",
        "The mayor said the vote was a relief for residents.",
    ]


def test_a_credit_cut_off_at_a_pronoun_leaves_no_tail_of_it() -> None:
    # (the sentence after the credit opens on "It"/"She", where a sentence is cut from the credit before it)
    for credit, after in [
        ("Photograph: Jane Roe/Getty Images", "It was the quietest match day of the season."),
        ("Photograph: Tom Hale\\/Rex Features", "She had not expected the jury to return so soon."),
        ("Photograph: Ann Lee/AFP/Getty Images", "They queued for hours to cast a vote."),
    ]:
        text = f"The stadium stood empty on Saturday.\n\n{credit} {after}\n\nNo fans came to the gates.\n"
        got = _sentences(text)
        assert after in got, (credit, got)
        assert not any(sentence in ("Images", "Features") for sentence in got), got


# --- a wire's credit or its editor's name after the last sentence ----------------------------------------


def test_a_paragraph_that_ends_on_the_wires_credit_keeps_its_sentence() -> None:
    text = (
        "PORT TOWN, Jan. 13 (Xinhua) -- The central bank cut its lending rate by a quarter point.\n\n"
        "Analysts said the move had been widely expected. (Xinhua)\n\n"
        "Editor: Jane Roe\n"
    )
    assert _sentences(text) == [
        "The central bank cut its lending rate by a quarter point.",
        "Analysts said the move had been widely expected.",
    ]


def test_every_wires_credit_after_the_last_sentence_keeps_it() -> None:
    # ("(AFP)" alone is no picture's credit closing a caption: the sentence before it is the story's)
    for credit in ("(AFP)", "(REUTERS)", "(Reuters)", "(AP)"):
        text = (
            "The court adjourned the fraud trial on Monday.\n\n"
            f"The judge said the defence needed more time. The hearing resumes on 4 May. {credit}\n\n"
            "The match was called off after the storm, the league said. " + credit + "\n\n"
            "Lawyers for the bank declined to comment.\n"
        )
        assert _sentences(text) == [
            "The court adjourned the fraud trial on Monday.",
            "The judge said the defence needed more time.",
            "The hearing resumes on 4 May.",
            "The match was called off after the storm, the league said.",
            "Lawyers for the bank declined to comment.",
        ], credit


def test_a_paragraph_that_ends_on_the_editors_name_keeps_its_sentence() -> None:
    text = (
        "The flood waters receded from the valley on Sunday, officials said.\n\n"
        "Schools will reopen on Wednesday. Editor: Tom Hale\n"
    )
    got = _sentences(text)
    assert got == [
        "The flood waters receded from the valley on Sunday, officials said.",
        "Schools will reopen on Wednesday.",
    ]


def test_a_bracketed_name_that_is_no_wire_stays_in_the_sentence() -> None:
    # (only a wire's name in brackets is its credit; an acronym of a party or a body is the sentence's own)
    text = (
        "The health ministry said on Monday that cases had fallen for a third week.\n\n"
        "The report was welcomed by the opposition (PDP).\n\n"
        "The editor: a role the paper left open for months, was filled on Friday.\n"
    )
    got = _sentences(text)
    assert "The report was welcomed by the opposition (PDP)." in got
    assert "The editor: a role the paper left open for months, was filled on Friday." in got


# --- a wire's credit glued to the first word ---------------------------------------------------------------


def test_a_wires_credit_glued_to_the_first_word_is_cut_off() -> None:
    for text, lead in [
        (
            "(CNN)The striking dockers returned to work on Thursday after a pay deal.\n",
            "The striking dockers",
        ),
        (
            "NAIROBI (CNN)Election officials began a recount on Friday in two districts.\n",
            "Election officials",
        ),
        (
            '(Reuters)"We will appeal," the club said on Tuesday after the ban was upheld.\n',
            '"We will appeal,"',
        ),
    ]:
        got = _sentences(text)
        assert got and got[0].startswith(lead), got


def test_brackets_that_open_a_sentence_are_kept_when_they_credit_no_wire() -> None:
    got = _sentences("(MSD) confirmed on Monday that its test had found the first case of the strain.\n")
    assert got == ["(MSD) confirmed on Monday that its test had found the first case of the strain."]


# --- a caption with no stop run into the first line ------------------------------------------------------


def test_a_stopless_caption_that_opens_the_first_line_is_no_sentence() -> None:
    for caption, lead in [
        ("The striker has scored in every round of the cup", "It was a night the club will long remember."),
        (
            "Voters queue outside the town hall in the rain",
            "They had waited for hours by the time polls opened.",
        ),
        ("Doctors strike over pay as talks stall", "The union said it would not back down."),
    ]:
        got = _sentences(f"{caption} {lead}\n\nThe result was announced on Monday.\n")
        assert got[0] == lead, got
        assert caption not in got


def test_a_lead_that_lost_its_stop_is_kept_when_it_tells_what_happened() -> None:
    # (a past or a verb of saying is the lead's, not a caption's or a headline's)
    for lead, then in [
        (
            "Police said the fire started in the kitchen at about 3am on Sunday",
            "They said no one was hurt.",
        ),
        (
            "Officials confirmed 12 new cases of the virus in the capital on Tuesday",
            "She said the outbreak was under control.",
        ),
        ("The judge adjourned the case until next month", "His ruling is expected in the spring."),
    ]:
        got = _sentences(f"{lead} {then}\n\nThe result was announced on Monday.\n")
        assert got[:2] == [lead, then], got


def test_a_first_line_whose_first_sentence_has_its_stop_loses_nothing() -> None:
    got = _sentences(
        "The company reported a loss on Tuesday. It blamed the weather.\n\n"
        "Shares fell by a tenth in early trading.\n"
    )
    assert got == [
        "The company reported a loss on Tuesday.",
        "It blamed the weather.",
        "Shares fell by a tenth in early trading.",
    ]


def test_a_long_page_of_credits_and_bullets_keeps_no_credit_as_a_sentence() -> None:
    lines = []
    for index in range(40):
        kind = index % 5
        if kind == 0:
            lines.append("• " + " ".join(f"item{j} 12,{j}00 (Xinhua)" for j in range(30)))
        elif kind == 1:
            lines.append("Photograph: " + " ".join(["Jane Roe/Getty"] * 60) + " Images")
        elif kind == 2:
            lines.append("(CNN)" * 80 + "The council met on Monday. Editor: " + "Jane " * 50)
        elif kind == 3:
            lines.append("LONDON (Reuters)" * 40 + " 1 2 3 4 5 " * 40)
        else:
            lines.append("Photo: " + "A " * 300 + "the end of it.")
    article = prepare_article("long.txt", "\n\n".join(lines), SourceRow())
    assert not any(sentence.text in ("(Xinhua)", "(CNN)", "Images") for sentence in article.sentences)


# --- a dateline said twice, its state's short name before the wire's credit --------------------------------


def test_a_dateline_said_twice_leaves_no_fragment_of_it() -> None:
    for dateline, lead in [
        ("HARBOR CITY, Fla. -- HARBOR CITY, Fla. (AP) --", "The county closed its beaches on Friday."),
        ("LAKE TOWN, Minn. -- LAKE TOWN, Minn. (AP) --", "Voters re-elected the mayor by a wide margin."),
        ("RIVERSIDE, La. (Reuters) -", "The levee held through the night, officials said."),
    ]:
        got = _sentences(f"{dateline} {lead}\n\nCrews stayed on watch.\n")
        assert got[0] == lead, got


def test_a_states_short_name_before_any_credit_that_opens_the_story_ends_no_sentence() -> None:
    # (AP's old "_" dash, a credit glued to the first word, a credit of a wire not on the list)
    for dateline, lead in [
        ("PORT TOWN, Ala. (AP) _", "A tropical storm brought heavy rain to the coast on Monday."),
        ("LAKE TOWN, La. (AP)", "The slick reached the beach on Friday."),
        ("RIVER CITY, Ont. (CP) --", "The club fired its coach on Sunday after six losses."),
    ]:
        joint = "" if dateline.endswith(")") else " "
        got = _sentences(f"{dateline}{joint}{lead}\n\nCrews stayed on watch.\n")
        assert got[0] == lead, got


def test_a_states_short_name_that_ends_a_sentence_still_ends_it() -> None:
    # (no wire's credit follows: the stop after "Fla." ends the sentence)
    got = _sentences("The team flew home to TAMPA, Fla. The coach said the players were tired.\n")
    assert got == ["The team flew home to TAMPA, Fla.", "The coach said the players were tired."]

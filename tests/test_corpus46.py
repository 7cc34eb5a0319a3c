"""Scraped page shapes of the forty-sixth session: a picture's credit and the wire dateline on the lead's
line, a wire's dateline said twice or set after its bracketed name, and a wire summary's points set off by
asterisks before a dateline."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, classify_lines, lead_in, prepare_article, split_sentences


def _sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    return [sentence.text for sentence in article.sentences]


# --- a credit and a dateline open the lead's line ----------------------------------------------------------


def test_a_credit_then_a_dateline_opens_the_lead_not_a_caption() -> None:
    pages = [
        (
            "Voters queue outside a polling station in the capital on Sunday.\n\n"
            "Getty Images LISBON -- The electoral commission said on Monday that turnout had reached "
            "a record.\n\n"
            "Counting went on through the night.\n",
            "The electoral commission said on Monday that turnout had reached a record.",
        ),
        (
            "Fans wave flags before the final.\n\n"
            "AP Photo/Jane Roe MADRID -- The home side won the cup on Saturday after a late penalty.\n\n"
            "The coach praised his defenders.\n",
            "The home side won the cup on Saturday after a late penalty.",
        ),
        (
            "Photo by Tom Hale DENVER -- A blizzard closed the airport on Tuesday, stranding thousands.\n\n"
            "Crews worked through the night to clear the runways.\n",
            "A blizzard closed the airport on Tuesday, stranding thousands.",
        ),
        (
            "A nurse prepares a dose of the vaccine at a clinic.\n\n"
            "The clinic opened last month.\n\n"
            "(AP) ATLANTA, Ga. -- Health officials said Monday that flu cases fell for a third week.\n",
            "Health officials said Monday that flu cases fell for a third week.",
        ),
        (
            "Traders work on the floor of the exchange.\n\n"
            "AP2026 NEW YORK -- Shares of the carmaker fell sharply on Thursday after it cut its forecast.\n",
            "Shares of the carmaker fell sharply on Thursday after it cut its forecast.",
        ),
    ]
    for text, lead in pages:
        sentences = _sentences(text)
        assert lead in sentences, text
        # (the paragraphs above the credit are the picture's caption)
        assert sentences[0] == lead, text


def test_a_credit_with_no_dateline_after_it_still_marks_a_caption() -> None:
    text = (
        "Judges arrive for the hearing Getty Images outside the courthouse in the capital on a wet "
        "morning.\n\n"
        "The court ruled on Monday that the election must be held again.\n"
    )
    kinds = [line.kind for line in classify_lines(text)]
    assert kinds[0] == "caption"
    assert _sentences(text) == ["The court ruled on Monday that the election must be held again."]


def test_a_credit_and_dateline_deep_in_the_page_leaves_the_paragraphs_above_it() -> None:
    # (a roundup's second story: three paragraphs of prose above are the first story, not a caption)
    text = (
        "The council approved the budget on Monday.\n\n"
        "It had been delayed by a dispute over school funding.\n\n"
        "The mayor said the vote was a relief.\n\n"
        "Getty Images BOSTON -- A storm knocked out power to thousands of homes on Tuesday night.\n"
    )
    sentences = _sentences(text)
    assert sentences[:3] == [
        "The council approved the budget on Monday.",
        "It had been delayed by a dispute over school funding.",
        "The mayor said the vote was a relief.",
    ]


# --- a dateline and a wire's bracketed name are stripped one after another ---------------------------------


def test_a_dateline_said_twice_is_stripped_twice() -> None:
    sentence = "CAIRO -- CAIRO (AP) -- The court sentenced the former minister to five years on Sunday."
    assert sentence[lead_in(sentence) :] == "The court sentenced the former minister to five years on Sunday."


def test_a_wires_name_in_brackets_before_the_dateline_or_the_sentence_is_stripped() -> None:
    for sentence, rest in [
        (
            "(AP) TOPEKA, Kan. -- The governor signed the bill on Friday.",
            "The governor signed the bill on Friday.",
        ),
        (
            "(Reuters) The central bank raised its main rate on Tuesday.",
            "The central bank raised its main rate on Tuesday.",
        ),
    ]:
        assert sentence[lead_in(sentence) :] == rest


def test_a_wires_name_in_prose_is_kept() -> None:
    for sentence in [
        "The Associated Press (AP) reported the verdict first.",
        "Reuters (Reuters) is not a sentence anyone writes, but AP reporters are.",
        "(AP) reporters were at the count on Sunday.",
        "WASHINGTON said nothing of the sort.",
    ]:
        assert lead_in(sentence) == 0, sentence


# --- a wire summary's points set off by asterisks ----------------------------------------------------------


def test_a_long_summary_of_asterisked_points_before_the_dateline_is_no_part_of_the_lead() -> None:
    text = (
        "\\* Central bank holds its main rate at 2 percent as inflation stays above the target it set "
        "for the year \\* Governor says the economy is slowing faster than the bank expected in its "
        "spring forecast, citing weak exports to its neighbours \\* Markets had priced in a cut after two "
        "months of falling retail sales and a drop in factory orders across the region "
        "LONDON, May 3 (Reuters) - The Bank of England held interest rates on Thursday.\n\n"
        "The pound rose against the dollar.\n"
    )
    assert _sentences(text) == [
        "The Bank of England held interest rates on Thursday.",
        "The pound rose against the dollar.",
    ]


def test_an_asterisk_inside_a_line_parts_nothing_and_drops_nothing() -> None:
    # (review46s: prose with a stray asterisk lost the words before it, read as a headline a bullet closes)
    for text in [
        "The company reported record profits * The board approved a dividend of 5 cents * Shares rose in "
        "early trading.",
        "Turnout was 64 percent * Figures from the electoral commission include postal votes.",
    ]:
        assert [piece for _s, _e, piece in split_sentences(text)] == [text]
        assert _sentences(text + "\n") == [text]
    # (an asterisk that opens a line is a point's bullet, and is stripped)
    assert _sentences("\\* The club sacked its manager on Monday after a run of defeats.\n") == [
        "The club sacked its manager on Monday after a run of defeats."
    ]


def test_a_paragraph_of_prose_before_a_dateline_is_not_taken_for_a_kicker() -> None:
    # (no asterisks: the kicker's limit holds, and a long paragraph before a dateline keeps its words)
    prose = (
        "The minister, who had promised for months that the new hospital would open before the winter, "
        "was forced to admit on Tuesday that the building would not be finished until the spring, after "
        "inspectors found faults in its wiring, its fire doors and the lifts that serve its wards, and "
        "after the contractor asked for more money "
    )
    sentence = prose + "LEEDS (Reuters) - Patients will be sent to the old site."
    assert lead_in(sentence) == 0


def test_an_asterisk_in_prose_or_a_price_in_cents_is_no_bullet() -> None:
    for text in [
        "The shares rose 5 cents a share on Monday after the results.",
        "The index rose 2 * 3 percent, the agency said on Monday.",
    ]:
        assert [piece for _s, _e, piece in split_sentences(text)] == [text]


def test_asterisked_points_before_a_dateline_are_no_list_of_links() -> None:
    # (the lead closes on a figure, "46.", and no word of two letters before a stop: the dateline tells it)
    text = (
        "\\* Storm floods two coastal towns \\* Rail lines closed across the region "
        "LISBON, May 26 (Reuters) - Rescuers said on Tuesday that the number of people moved from their "
        "homes had risen to 460.\n\n"
        "The storm is expected to weaken by Thursday.\n"
    )
    assert _sentences(text)[0] == (
        "Rescuers said on Tuesday that the number of people moved from their homes had risen to 460."
    )


# --- a caption that closes on a name, run into "The", a name, a noun and its verb -------------------------


def test_a_caption_closing_on_a_name_parts_from_the_name_set_before_a_noun() -> None:
    for text, sentence in [
        (
            "Floodwater covers the main road into the capital of Peru The Lima council said on Monday that "
            "schools would stay shut.\n",
            "The Lima council said on Monday that schools would stay shut.",
        ),
        (
            "Traders watch the screens at the exchange in London The FTSE index closed higher on Friday "
            "after the bank's decision.\n",
            "The FTSE index closed higher on Friday after the bank's decision.",
        ),
        (
            "Fans wait for hours outside the stadium in Madrid The Spanish league said the final would go "
            "ahead on Sunday.\n",
            "The Spanish league said the final would go ahead on Sunday.",
        ),
    ]:
        assert _sentences(text) == [sentence], text


def test_a_works_title_after_a_possessive_is_no_new_sentence() -> None:
    for text in [
        "Tickets for Jane Roe's The Long Road tour were sold out within an hour on Monday.",
        "Critics said Tom Hale's The Quiet Harbour film was the best of the festival on Sunday.",
    ]:
        assert _sentences(text + "\n") == [text]


# --- review46s: the defects a review found -----------------------------------------------------------------


def test_a_long_bulleted_line_with_prices_in_cents_is_classified_quickly() -> None:
    # (each "cents" was a second place a point could end, and the ways to split the line doubled with each
    # point: forty points would not finish within the suite's patience)
    crops = ["Corn", "Wheat", "Soybeans", "Oats", "Rice", "Canola", "Cotton", "Sugar"]
    points = " ".join(f"• {crops[i % 8]} futures up {i + 2} cents on demand from Asia" for i in range(40))
    text = "Grain markets rose on Monday.\n\n" + points + "\n\nTraders said demand was strong.\n"
    assert [line.kind for line in classify_lines(text)][1] == "boilerplate"
    stars = " ".join(f"* {10 + i} cents more for a gallon of diesel in town {i}" for i in range(40))
    assert lead_in(stars + ".") == 0


def test_briefs_in_a_row_each_keep_their_lead() -> None:
    for text, leads in [
        (
            "(AP) DENVER -- A blizzard closed the airport on Tuesday, stranding thousands of travellers.\n\n"
            "(AP) BOSTON -- A storm knocked out power to 40,000 homes on Wednesday night, the utility "
            "said.\n\n"
            "(AP) MIAMI -- Forecasters said on Thursday that the hurricane season would be busier than "
            "usual.\n",
            [
                "A blizzard closed the airport on Tuesday, stranding thousands of travellers.",
                "A storm knocked out power to 40,000 homes on Wednesday night, the utility said.",
                "Forecasters said on Thursday that the hurricane season would be busier than usual.",
            ],
        ),
        (
            "Getty Images LISBON -- The electoral commission said on Monday that turnout had reached a "
            "record.\n\n"
            "Getty Images MADRID -- Spain's parliament approved the budget on Tuesday after a week of "
            "talks.\n",
            [
                "The electoral commission said on Monday that turnout had reached a record.",
                "Spain's parliament approved the budget on Tuesday after a week of talks.",
            ],
        ),
    ]:
        assert _sentences(text) == leads


def test_a_credit_before_a_wire_kicker_is_no_lead() -> None:
    # ("AP FILE - In this ... photo": a credit run into AP's own caption; "EXCLUSIVE", "UPDATE": no place)
    for text, kept in [
        (
            "Health officials confirmed 40 new cases of measles on Monday, the state's worst outbreak in a "
            "decade.\n\n"
            "The department urged parents to vaccinate their children before the school year.\n\n"
            "AP FILE - In this Jan. 5, 2011 photo, a nurse gives a vaccine at a clinic in Denver.\n",
            [
                "Health officials confirmed 40 new cases of measles on Monday, the state's worst outbreak in "
                "a decade.",
                "The department urged parents to vaccinate their children before the school year.",
            ],
        ),
        (
            "The court ruled on Monday that the election must be held again in two districts.\n\n"
            "Reuters EXCLUSIVE - Opposition leaders met diplomats on Tuesday to discuss the timetable for "
            "the vote.\n",
            ["The court ruled on Monday that the election must be held again in two districts."],
        ),
        (
            "Shares in the carmaker fell 8 percent on Thursday after it cut its forecast for the year.\n\n"
            "AP UPDATE -- The company later said it would cut 2,000 jobs in Europe by the end of next "
            "year.\n",
            ["Shares in the carmaker fell 8 percent on Thursday after it cut its forecast for the year."],
        ),
    ]:
        sentences = _sentences(text)
        for sentence in kept:
            assert sentence in sentences, text


def test_story_paragraphs_above_a_credit_and_dateline_are_kept_when_they_read_as_no_caption() -> None:
    text = (
        "Manchester United beat Chelsea 2-1 on Sunday to go top of the league.\n\n"
        "Wayne Rooney scored the winner in the 79th minute.\n\n"
        "Getty Images MADRID -- Real Madrid thrashed Valencia 4-0 on Saturday night at the Bernabeu.\n"
    )
    assert _sentences(text) == [
        "Manchester United beat Chelsea 2-1 on Sunday to go top of the league.",
        "Wayne Rooney scored the winner in the 79th minute.",
        "Real Madrid thrashed Valencia 4-0 on Saturday night at the Bernabeu.",
    ]
    # (a day's label opens a caption: the paragraphs above the credit go)
    labelled = (
        "May 9: Crews lay boom along the shore near the harbour.\n\n"
        "The boom was brought in by barge.\n\n"
        "AP HOUSTON -- The company said on Monday that it would drill a second relief well.\n"
    )
    assert _sentences(labelled) == ["The company said on Monday that it would drill a second relief well."]


def test_after_a_dateline_only_another_dateline_or_credit_is_stripped() -> None:
    for sentence, rest in [
        (
            "WASHINGTON (AP) -- EPA Administrator Jane Roe ordered the company on Thursday to use a less "
            "toxic dispersant.",
            "EPA Administrator Jane Roe ordered the company on Thursday to use a less toxic dispersant.",
        ),
        (
            "GENEVA (Reuters) - AFP Correspondent Jane Roe was expelled on Monday.",
            "AFP Correspondent Jane Roe was expelled on Monday.",
        ),
        (
            "WASHINGTON (AP) -- By Election Day Republicans expect to win control of the House, party "
            "leaders said Tuesday.",
            "By Election Day Republicans expect to win control of the House, party leaders said Tuesday.",
        ),
        (
            "NAIROBI, Kenya -- By Sunday Evening Kenyans had begun voting, officials said.",
            "By Sunday Evening Kenyans had begun voting, officials said.",
        ),
        (
            "(AP) SUITLAND, Md. -- Scientists said the ice was thinning.",
            "Scientists said the ice was thinning.",
        ),
    ]:
        assert sentence[lead_in(sentence) :] == rest


def test_the_inside_a_name_or_a_title_opens_no_sentence() -> None:
    for text in [
        "The former champion said on ITV The Jonathan Ross show was where he first spoke about his illness.",
        "Residents gathered at the Church of St Mary The Virgin church was damaged by the storm, the vicar "
        "said.",
        "Fans queued outside the studio where HBO The Wire series was filmed for five years.",
        "Lawyers argued before the Court of Appeal The Hague tribunal was asked to rule on the case.",
    ]:
        assert _sentences(text + "\n") == [text]


def test_the_first_paragraph_above_decides_whether_they_are_a_caption() -> None:
    for text, sentences in [
        (
            "Judges are seen leaving the court after the verdict.\n\n"
            "Reuters PARIS -- The court jailed the former mayor on Tuesday for fraud.\n",
            ["The court jailed the former mayor on Tuesday for fraud."],
        ),
        (
            "A man walks through floodwater in the town centre.\n\n"
            "AP YORK -- Floods forced hundreds from their homes on Sunday, police said.\n",
            ["Floods forced hundreds from their homes on Sunday, police said."],
        ),
        (
            "The hospital will close its maternity ward next month, officials said.\n\n"
            "AP DENVER -- Nurses protested on Monday against the closure.\n",
            [
                "The hospital will close its maternity ward next month, officials said.",
                "Nurses protested on Monday against the closure.",
            ],
        ),
        (
            "The team lost 3-0 at home.\n\n"
            "Getty Images MADRID -- The coach was sacked on Monday after the defeat.\n",
            ["The team lost 3-0 at home.", "The coach was sacked on Monday after the defeat."],
        ),
    ]:
        assert _sentences(text) == sentences, text

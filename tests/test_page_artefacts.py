"""What a scraped page carries besides its report: stock tickers the scrape broke over lines, the readers'
comments under the story, column furniture. Every text here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, lead_in, prepare_article, pull_quote_end, run_in_caption
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.merge.titles import tidy

PUBLISHED = dt.date(2026, 5, 12)  # a Tuesday


def sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=PUBLISHED))
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)
    return [s.text for s in article.sentences]


def mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=PUBLISHED))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("opened", "closed"),
    [
        ("a tanker owned by Halvorsen Shipping Ltd HVSN.", "OL), which lost 5 percent on Tuesday."),
        ("a tanker chartered by Kowloon Marine (0418.", "HK), which lost 5 percent on Tuesday."),
        ("a tanker chartered by Nordsee Rueck (NSRGn.", "DE), which lost 5 percent on Tuesday."),
        ("a tanker chartered by Petro Sul (PSUL3.", "SA), which lost 5 percent on Tuesday."),
    ],
)
def test_a_ticker_broken_over_two_lines_in_any_form_stays_in_one_sentence(opened: str, closed: str) -> None:
    text = (
        f"Shares in the port operator fell after the collision with {opened}\n\n{closed}\n\n"
        "No one on board either ship was hurt.\n"
    )
    assert [s.split()[-1] for s in sentences(text)] == ["Tuesday.", "hurt."]


def test_a_list_item_after_a_sentence_is_no_ticker() -> None:
    text = "The council weighed two plans in 2024.\n\nA) The bridge would be rebuilt on the old piers.\n"
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvorsen Shipping (HVS.OL) said on Monday it would sell two of its tankers.",
        "Halvorsen Shipping (HVS.\n\nOL) said on Monday it would sell two of its tankers.",
    ],
)
def test_a_ticker_is_no_actor_and_the_company_before_it_speaks(sentence: str) -> None:
    found = mentions(sentence)
    assert [m.speaker for m in found] == ["Halvorsen Shipping"]
    assert not any(actor in ("HVS", "OL") for m in found for actor in m.actors)


def test_a_ticker_reaches_no_title() -> None:
    assert tidy("Since the Halvorsen HVSN. OL) tanker sank last month, claiming two lives") == (
        "Since the Halvorsen tanker sank last month, claiming two lives"
    )
    assert tidy("Halvorsen Shipping (HVS.OL) said it would sell two tankers") == (
        "Halvorsen Shipping said it would sell two tankers"
    )


@pytest.mark.parametrize(
    "notice",
    [
        "Views expressed in these comments do not reflect the position of the Daily Courier.",
        "We welcome comments that add facts or reasoned opinion to the story.",
        "Comments are moderated before they appear.",
    ],
)
def test_the_outlets_word_on_its_readers_comments_ends_the_body(notice: str) -> None:
    text = (
        "Port reopens after storm\n\n"
        "The port reopened on Monday after a storm closed it for three days.\n\n"
        "Dock workers cleared debris from two of the berths.\n\n"
        "The harbour master said ships would be let in from Wednesday.\n\n"
        f"{notice}\n\n"
        "They should sue the harbour board for the lost wages.\n\n"
        "My brother was injured on the quay last year and nobody cared.\n"
    )
    found = sentences(text)
    assert found[-1] == "The harbour master said ships would be let in from Wednesday."
    assert not any("sue" in m.sentence.text or "injured" in m.sentence.text for m in mentions(text))


COLUMN = (
    "Why the library vote matters\n\n"
    "Jane Roe is a writer on local affairs. The opinions expressed are her own.\n\n"
    "The cuts killed the library service that so many of us grew up with.\n\n"
    "The minister has sued the very people who elected him.\n\n"
    "Police arrested the spirit of the town along with the last protesters.\n\n"
    "On 3 March the council voted to close the central library.\n"
)


def test_a_column_yields_only_what_it_dates() -> None:
    found = mentions(COLUMN)
    assert [m.sentence.text for m in found] == ["On 3 March the council voted to close the central library."]


def test_a_blog_in_the_writers_voice_is_commentary() -> None:
    from events.extract.noise import commentary_page

    post = [
        "I have lived in this town for twenty years.",
        "Why should we pay for a bridge nobody asked for?",
        "I think the council has lost its way.",
        "Who decided that the ferry was too slow?",
        "The storm of protest nearly killed the scheme last winter.",
        "I doubt the mayor has read the report.",
    ]
    assert commentary_page("\n\n".join(post), post)


def test_a_report_quoting_people_who_say_i_is_no_commentary() -> None:
    from events.extract.noise import commentary_page

    report = [
        "Floods cut the main road to the coast on Monday.",
        '"I have never seen the river this high," said Ana Ortiz, a farmer.',
        '"We lost everything," another resident said.',
        "The army sent two helicopters to the valley.",
        '"I think the dam will hold," the engineer told reporters.',
        "Schools in the district will stay closed until Friday.",
    ]
    assert not commentary_page("\n\n".join(report), report)


def test_a_link_to_an_opinion_section_does_not_make_a_report_a_column() -> None:
    from events.extract.noise import commentary_page

    report = ["Writing on Comment is free, a doctor says the advice came too late.", "Two schools closed."]
    assert not commentary_page("\n\n".join(report), report)


@pytest.mark.parametrize(
    "line",
    [
        "The pumping began at 1 p.m. CDT after the coast guard approved the plan for the damaged well.",
        "The pumping began at 1 p.m.\n\nCDT after the coast guard approved the plan for the damaged well.",
    ],
)
def test_a_time_zone_after_a_time_opens_no_sentence(line: str) -> None:
    assert sentences(f"{line}\n\nThe crew said the seal held through the night.\n") == [
        line,
        "The crew said the seal held through the night.",
    ]


def test_a_time_zone_after_a_sentence_ending_in_a_time_stays_with_it() -> None:
    text = "The polls closed at 9 p.m. ET. Results from the northern provinces are due on Friday.\n"
    assert sentences(text) == [
        "The polls closed at 9 p.m. ET.",
        "Results from the northern provinces are due on Friday.",
    ]


def test_a_picture_credit_without_its_colon_opens_no_sentence() -> None:
    text = (
        "Ferry sinks off the coast\n\n"
        "Photograph Reuters The ferry sank off the northern coast on Monday with 40 people aboard.\n"
    )
    assert sentences(text) == ["The ferry sank off the northern coast on Monday with 40 people aboard."]


def test_an_agency_credit_run_into_a_line_opening_with_a_is_cut_off() -> None:
    text = (
        "Mar 3: The water minister speaks to reporters in the capital.\n\n"
        "AP A coalition of farm groups is calling on the premier to sack the water minister.\n"
    )
    assert (
        sentences(text)[-1]
        == "A coalition of farm groups is calling on the premier to sack the water minister."
    )
    # (an agency's name followed by its verb is the agency speaking, and stays)
    assert sentences("AP reported on Monday that the dam had held.\n") == [
        "AP reported on Monday that the dam had held."
    ]


def test_a_comma_left_where_a_link_was_dropped_reaches_no_title() -> None:
    assert tidy("Flowers were laid for the victims of the, bombings at the station") == (
        "Flowers were laid for the victims of the bombings at the station"
    )


def test_a_picture_credit_run_into_a_name_is_no_part_of_it() -> None:
    text = (
        "Airline chief stays on\n\n"
        "Photograph: Ana Lee/Getty Images Tomas Varga, chief executive of the airline, said on Monday that "
        "the company would not leave the country.\n\n"
        "He denied on Tuesday that the airline would cut its routes to the north.\n"
    )
    found = mentions(text)
    assert found
    assert all("Getty" not in actor and "Images" not in actor for m in found for actor in m.actors)
    assert "Tomas Varga" in {actor for m in found for actor in m.actors}


def test_a_run_in_linking_adverb_after_a_year_opens_a_sentence() -> None:
    text = (
        "The former governor leaves the capital for exile in August 2024 However, the court has again "
        "refused to hear his appeal.\n"
    )
    assert sentences(text)[-1] == "However, the court has again refused to hear his appeal."


@pytest.mark.parametrize(
    "teaser",
    [
        "Divers hired by the operator of a ferry that sank recovered a body, the coast guar...",
        "Lawmakers on Tuesday asked the operator of the plant that exploded for records as part of a...",
    ],
)
def test_a_teaser_cut_off_in_three_dots_yields_no_event(teaser: str) -> None:
    assert mentions(teaser) == []


def test_the_first_sentence_after_a_picture_credit_is_the_articles() -> None:
    text = (
        "Flu reaches the capital\n\n"
        "A nurse at the city hospital on Sunday. Photograph: Ana Lee/AFP/Getty Images\n\n"
        "Photograph: Ana Lee/AFP/Getty Images Two new cases of flu were confirmed in the capital on Monday, "
        "the health minister said.\n"
    )
    assert sentences(text) == [
        "Two new cases of flu were confirmed in the capital on Monday, the health minister said."
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Full Article U.N. agency warns on floods LAGOS | Wed Apr 29, 2026 11:31 pm IST LAGOS (Reuters) - ",
        "SAN JOSE, Costa Rica | Mon May 25, 2026 9:19 pm EDT SAN JOSE, Costa Rica (Reuters) - ",
        "Port reopens after storm WASHINGTON May 2 (Reuters) - ",
        "BIRMINGHAM, Ala., (Reuters) - ",
        "(AP) -- ",
    ],
)
def test_a_wire_page_head_before_the_dateline_is_no_part_of_the_sentence(head: str) -> None:
    sentence = "The river burst its banks on Tuesday, flooding hundreds of homes in the delta."
    assert (head + sentence)[lead_in(head + sentence) :] == sentence


@pytest.mark.parametrize(
    ("line", "first"),
    [
        (
            "Nurses were told to wear masks on the wards to stop the spread of flu Experts have reported the "
            "first case of resistance to the drug.",
            "Experts have reported",
        ),
        (
            "Students were given advice on the campus about measles Twelve new cases of measles have been "
            "confirmed at the college.",
            "Twelve new cases",
        ),
    ],
)
def test_a_caption_run_into_a_sentence_opening_with_people_or_a_count_is_cut_off(
    line: str, first: str
) -> None:
    assert line[run_in_caption(line) :].startswith(first)


@pytest.mark.parametrize(
    "line",
    [
        "The money was raised by the charity group Rescuers Without Borders during a week of concerts.",
        "The interview was broadcast on the evening news on Channel Four News on Monday night.",
        # (none24) whom people tell follows the verb
        "Fishermen who saw the last spill tell The Daily Post that the company has not changed at all.",
    ],
)
def test_people_or_a_count_in_a_name_open_no_sentence(line: str) -> None:
    assert run_in_caption(line) == 0


def test_a_web_address_broken_at_its_dot_stays_in_one_sentence() -> None:
    text = (
        "Visits to the health agency's site soared at HealthAgency.\n\n"
        "gov last month, as people looked for advice on the outbreak.\n"
    )
    assert sentences(text) == [
        "Visits to the health agency's site soared at HealthAgency.\n\ngov last month, as people looked for "
        "advice on the outbreak."
    ]


def test_a_line_opening_on_a_comma_goes_on_with_the_linked_name_above_it() -> None:
    # the page broke the paragraph at a linked name: no sentence opens on a comma, so the name is the subject
    text = (
        "The governor welcomed the ruling on Thursday.\n\n"
        "Rep. Ana Ortiz, D-Ore.\n\n"
        ", who has long campaigned for the dam's removal, praised the court for hearing the tribes.\n"
    )
    assert sentences(text)[-1] == (
        "Rep. Ana Ortiz, D-Ore.,   who has long campaigned for the dam's removal, praised the court for "
        "hearing the tribes."
    )
    praise = [m for m in mentions(text) if "praised" in m.sentence.text]
    assert len(praise) == 1 and "Ana Ortiz" in praise[0].actors
    text = (
        "The panel met on Thursday.\n\nU.S. Rep. Ana Ortiz (D-Ore.)\n\n"
        ", who held hearings on the dam, said repairs lag.\n"
    )
    (remark,) = [m for m in mentions(text) if "repairs" in m.sentence.text]
    assert remark.actors == ("Ana Ortiz",)


@pytest.mark.parametrize(
    "line",
    [
        "Donations can be made via the relief fund's website or by telephoning 0300 123 4567.",
        "For more information call 1-800-555-0199.",
        "Anyone with information about the fire should ring 101 or contact the charity online.",
    ],
)
def test_the_page_telling_its_reader_how_to_give_or_ask_is_no_sentence(line: str) -> None:
    assert sentences(f"The storm reached the coast on Monday.\n\n{line}\n") == [
        "The storm reached the coast on Monday."
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a service set up is news; a gift spoken of with no number or address is a remark
        "The council opened a helpline for flood victims on Monday.",
        "Donations can be made to the fund, the mayor said on Monday.",
    ],
)
def test_a_service_told_as_news_stays(line: str) -> None:
    assert sentences(f"The storm reached the coast on Monday.\n\n{line}\n")[1:] == [line]


def test_two_writers_in_a_byline_are_no_part_of_the_sentence() -> None:
    sentence = "By Ana Ortiz and Tom Hale Nevermind the rain, the festival opened on Friday to large crowds."
    assert (
        sentence[lead_in(sentence) :] == "Nevermind the rain, the festival opened on Friday to large crowds."
    )


def test_the_outlets_rules_for_comments_are_no_sentences() -> None:
    text = (
        "Festival opens\n\n"
        "The festival opened on Friday to large crowds despite the rain.\n\n"
        "Reader comments that include profanity or personal attacks will be removed from the site.\n\n"
        "We will block readers who break our posting standards or terms of use.\n"
    )
    assert sentences(text) == ["The festival opened on Friday to large crowds despite the rain."]


@pytest.mark.parametrize(
    ("line", "first"),
    [
        (
            "Doctors are checking travellers at the airport in Lagos A two-year-old girl has died of the flu "
            "in the capital.",
            "A two-year-old girl",
        ),
        (
            "The mayor said the new barrier should be finished by Friday A new attempt to hold back the "
            "river began at dawn.",
            "A new attempt",
        ),
        (
            "The singer died at his home in June 2019 People who could sit on the jury are being asked about "
            "his music.",
            "People who could",
        ),
    ],
)
def test_a_caption_closing_on_a_name_run_into_a_sentence_is_cut_off(line: str, first: str) -> None:
    assert line[run_in_caption(line) :].startswith(first)


def test_a_letter_in_a_name_opened_by_the_opens_no_sentence() -> None:
    line = "Engineers on the platform recalled how the Brage A blowout was brought under control in the end."
    assert run_in_caption(line) == 0


def test_a_headline_a_caption_and_a_standfirst_run_into_the_first_sentence_are_all_cut_off() -> None:
    text = (
        "Flood barrier delayed The new barrier is weeks behind schedule Engineers from the water board "
        "are working around the clock to close the gap in the dyke.\n"
    )
    assert sentences(text) == [
        "Engineers from the water board are working around the clock to close the gap in the dyke."
    ]


def test_a_headline_run_into_the_first_line_is_cut_off_at_any_sentence_opener() -> None:
    text = (
        "Flood clean-up operations in the valley Since the dam burst on 3 May, crews have pumped "
        "the streets daily.\n"
    )
    assert sentences(text) == ["Since the dam burst on 3 May, crews have pumped the streets daily."]


@pytest.mark.parametrize(
    "note",
    [
        "This article appeared on p14 of the News section of the Daily Courier on 21.05 BST on 11 May 2026.",
        "A version appeared on p3 of the Business section on Monday 11 May 2026.",
        "A version of this article appears in print on 11 May 2026, on page A6 of the New York edition.",
        "This article about the quay's funding misstated the cost of the dredging, which was $40m, not $4m.",
        "This story incorrectly said the harbour board met on Friday; it met on Monday.",
        "The harbour board was in the news. This article appeared on p14 of the News section on Monday.",
    ],
)
def test_the_outlets_note_on_where_it_printed_or_what_it_got_wrong_yields_no_event(note: str) -> None:
    lead = "The harbour board approved the new quay on Monday.\n\n"
    assert [m.sentence.text for m in mentions(lead + note)] == [
        "The harbour board approved the new quay on Monday."
    ]


def test_a_report_on_an_article_that_misstated_facts_is_news() -> None:
    # a report about another outlet's article is news, not the outlet's own note
    text = (
        "Transport Minister Ada Kroll said on Monday that an article in the Daily Courier misstated the cost "
        "of the quay."
    )
    assert [m.sentence.text for m in mentions(text)] == [text]


@pytest.mark.parametrize(
    ("line", "first"),
    [
        # "The", a name and its verb after a name
        (
            "Relief supplies are slowly reaching the islands in Kenya The Republic of Ghana has announced it "
            "is sending $3 m in aid to the islands.",
            "The Republic of Ghana has announced",
        ),
        (
            "Shoppers queue outside the store in Leeds The Daily Courier reported on Monday that sales had "
            "doubled.",
            "The Daily Courier reported",
        ),
        # a name's holder of a role, an aside on who, then the verb
        (
            "The coach has denied he caused the injury Anna Berg's former physiotherapist, who is facing a "
            "negligence claim, has returned to work in Leeds.",
            "Anna Berg's former physiotherapist",
        ),
        # an age closes a caption; people named by whose they are open the sentence
        (
            "The novelist died in March 2015 aged 71 Trustees of Karl Weiss's estate have asked a "
            "publisher to withdraw a memoir.",
            "Trustees of Karl Weiss's estate",
        ),
    ],
)
def test_a_caption_run_into_a_sentence_opening_with_a_name_and_its_verb_is_cut_off(
    line: str, first: str
) -> None:
    assert line[run_in_caption(line) :].startswith(first)


@pytest.mark.parametrize(
    "line",
    [
        "Cormac Hale's novel The Road was published in 2006 to wide acclaim from the critics.",
        "More than 100 Members of Parliament have signed a letter to the minister on Monday.",
        "The board met the families of the crew and the lawyers of Anna Berg's former employer, who sued, "
        "have said nothing.",
    ],
)
def test_a_title_a_count_of_people_or_a_list_opens_no_sentence(line: str) -> None:
    assert run_in_caption(line) == 0


@pytest.mark.parametrize(
    ("line", "first"),
    [
        # a role in lower case, then the sentence's capital
        (
            'The spill is a tragedy and a disaster" End Quote Jane Roe Ocean agency chief Surface samples '
            "confirmed oil 40 miles away.",
            "Surface samples confirmed",
        ),
        # a word that opens sentences after the name
        ('It is over" End Quote Ana Roe It was launched with the support of her family.', "It was launched"),
        # a quotation mark glued to the role
        ('Help us" End Quote Jim Roe Ferry captain, 911 call"He is not breathing," he said.', '"He is not'),
    ],
)
def test_a_pull_quote_and_who_said_it_run_into_a_paragraph_are_cut_off(line: str, first: str) -> None:
    assert line[pull_quote_end(line) :].startswith(first)


def test_a_line_with_no_pull_quote_or_no_place_to_cut_is_left_whole() -> None:
    assert pull_quote_end("No quote in this line at all, the firm said.") == 0
    assert (
        pull_quote_end('It is fine" End Quote Tom Hale Chief officer at Royal Port Asset Management BP said.')
        == 0
    )


def test_a_picture_credit_inside_a_paragraph_cuts_only_its_caption() -> None:
    text = (
        "Storm kills nine in the valley\n\n"
        "Rescuers searched the flooded valley on Sunday after the storm, officials said.\n\n"
        "Families wade through a flooded street in the river town. Ana Lee/Getty Images The regional "
        "governor said on Monday that nine people had died and 400 homes were destroyed.\n"
    )
    assert sentences(text) == [
        "Rescuers searched the flooded valley on Sunday after the storm, officials said.",
        "The regional governor said on Monday that nine people had died and 400 homes were destroyed.",
    ]
    # a bracketed credit too; a caption closed by its credit at the paragraph's end stays a caption
    text = (
        "Count begins\n\n"
        "Voters queue outside a school in the capital (Getty Images) The electoral commission said on Monday "
        "that turnout had reached 60 percent.\n\n"
        "Officials count ballots in the capital on Sunday. Photograph: Ana Lee/AFP/Getty Images\n"
    )
    assert sentences(text) == ["The electoral commission said on Monday that turnout had reached 60 percent."]

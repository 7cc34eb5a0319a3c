"""Text as it is scraped: run-together sentences, backtick quotes, wire datelines, bylines, time stamps,
captions, "Updated" lines and a page title run into the first sentence. Every text here is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import report_mentions

from events.extract.corpus import (
    SourceRow,
    lead_in,
    prepare_article,
    quoted_caption,
    run_in_caption,
    run_in_title,
    split_sentences,
)


def sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)
    return [s.text for s in article.sentences]


def test_sentences_run_together_without_a_space_are_two() -> None:
    found = [
        t for _s, _e, t in split_sentences("The minister spoke to reporters.The talks resume on Friday.")
    ]
    assert found == ["The minister spoke to reporters.", "The talks resume on Friday."]


def test_initials_run_into_a_word_stay_one_sentence() -> None:
    found = [t for _s, _e, t in split_sentences("The U.S.Army base was closed on Monday.")]
    assert len(found) == 1


def test_backtick_quote_opens_a_new_sentence() -> None:
    found = [t for _s, _e, t in split_sentences("Talks ended on Monday. ``We are done,'' the envoy said.")]
    assert found == ["Talks ended on Monday.", "``We are done,'' the envoy said."]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("LAGOS/ACCRA (Reuters) - Nigeria closed its border on Monday.", "Nigeria closed"),
        ("QUITO, March 3 (Reuters) - Ecuador declared a curfew.", "Ecuador declared"),
        (
            "SANTIAGO | Tue Mar 3, 2026 9:12 am EST SANTIAGO (Reuters) - Chile's senate voted.",
            "Chile's senate",
        ),
        ("PORT LOUIS -- Mauritius reopened its ports on Tuesday.", "Mauritius reopened"),
        ("BOISE, IDAHO. -- Their boats stayed in harbour.", "Their boats"),
        ("By Ana Ferreira, Africa correspondent, BBC News, Maputo Floods cut the road.", "Floods cut"),
        ("By Tom Reyes Okafor was due to speak on Friday.", "Okafor was"),
        ("Monday, March 9, 2026; 4:10 PM The council met in Lima.", "The council"),
        ("Tuesday 10 March 2026 11.25 GMT A ferry sank off the coast.", "A ferry"),
        ("10 March 2026 Last updated at 09:15 GMT Help In 2019 a ferry sank off the coast.", "In 2019"),
        ("10 March 2026 Last updated at 06:28 Police closed the road.", "Police closed"),
    ],
)
def test_datelines_bylines_and_stamps_are_left_out_of_the_sentence(sentence: str, body: str) -> None:
    assert sentence[lead_in(sentence) :].startswith(body)


def test_a_sentence_with_no_lead_in_is_kept_whole() -> None:
    sentence = "BRUSSELS is where the ministers met on Friday."
    assert lead_in(sentence) == 0


def test_photo_captions_and_updated_lines_are_not_sentences() -> None:
    text = (
        "Ferry sinks off Zanzibar\n\n"
        "Updated 2 hours ago\n\n"
        "Rescuers search the water near the port, in this handout photo taken on March 10, 2026.\n\n"
        "March 10: A rescue boat is seen near the wreck of the ferry.\n\n"
        "A ferry carrying 300 passengers sank off Zanzibar on Tuesday, the port authority said.\n"
    )
    assert sentences(text) == [
        "A ferry carrying 300 passengers sank off Zanzibar on Tuesday, the port authority said."
    ]


def test_title_run_into_the_first_sentence_is_split_off() -> None:
    text = (
        "Ferry sinks off Zanzibar with hundreds aboard The ferry went down on Tuesday near the port.\n\n"
        "Rescuers pulled 40 people from the water.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert article.title == "Ferry sinks off Zanzibar with hundreds aboard"
    assert article.sentences[0].text == "The ferry went down on Tuesday near the port."


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister Ana Lopes said on Monday that Portugal would close two crossings.",
        "The storm hit the coast on Monday and officials said Portugal would send help.",
        "Mining boss Ana Lopes quits as chief executive Ana Lopes says she will leave in May.",
        # (a role word before a name says who the name is, whichever role it is)
        "Truce talks stall as lead negotiator Ana Lopes says she will leave in May.",
        "Inquest opens as county coroner Ana Lopes says the cause is unknown.",
        "Board shake-up as chairwoman Ana Lopes says she will leave in May.",
    ],
)
def test_ordinary_first_sentences_are_not_split(line: str) -> None:
    assert run_in_title(line) == 0


def test_a_time_stamp_after_the_page_title_ends_the_title() -> None:
    text = (
        "Zoo pig placed in quarantine over flu fears Wednesday 6 May 2026 15.16 BST "
        "It was a lonely life for the zoo's only pig.\n\nKeepers moved it on Tuesday.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 6)))
    assert article.title == "Zoo pig placed in quarantine over flu fears"
    assert article.sentences[0].text == "It was a lonely life for the zoo's only pig."


def test_a_caption_before_its_photo_credit_is_no_sentence() -> None:
    text = (
        "Minister quits over port deal\n\n"
        "The minister leaves parliament in the capital.\n\n"
        "Photograph: Ana Lopes/AFP/Getty The minister resigned on Tuesday over the port deal.\n"
    )
    assert sentences(text) == ["The minister resigned on Tuesday over the port deal."]


def test_a_dateline_with_a_day_and_a_plain_hyphen_is_left_out() -> None:
    sentence = "ISTANBUL/ANKARA, Jan 18 - A strong earthquake struck the eastern province late on Saturday."
    assert (
        sentence[lead_in(sentence) :] == "A strong earthquake struck the eastern province late on Saturday."
    )


def test_readers_comments_end_the_body() -> None:
    text = (
        "Flu fears in the city\n\n"
        "The city closed two schools on Monday after a pupil fell ill.\n\n"
        "Parents were told to keep their children at home this week.\n\n"
        "Officials said the schools would reopen once the pupils had been tested.\n\n"
        "At 4:52 pm on 9 March 2026, reader42 wrote: I think the schools closed too late.\n\n"
        "At 23:23 19th May 2026, another_reader wrote: Nonsense, they acted in time.\n"
    )
    assert sentences(text)[-1] == "Officials said the schools would reopen once the pupils had been tested."


def test_a_profile_box_is_no_sentence() -> None:
    text = (
        "Singer remembered a year on\n\n"
        "Born: March 3, 1961, Enid, Oklahoma, US Also known as: The Prairie Voice.\n\n"
        "Fans gathered outside the family home on Friday to mark the anniversary.\n"
    )
    assert sentences(text) == ["Fans gathered outside the family home on Friday to mark the anniversary."]


@pytest.mark.parametrize(
    "note",
    [
        "This article was amended on 3 June 2026 to correct the name of the port.",
        "An earlier version of this story said the ferry sank on Sunday.",
        "Correction: the toll was 14, not 41, as an earlier version said.",
        "Note: The picture on this page was replaced in 2027 A crane at the dock.",
    ],
)
def test_an_outlets_correction_note_is_no_sentence(note: str) -> None:
    text = f"The ferry sank off the coast on Monday. {note}\n\nThe harbour stayed closed on Tuesday.\n"
    assert sentences(text) == [
        "The ferry sank off the coast on Monday.",
        "The harbour stayed closed on Tuesday.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The shelter filled up overnight.``We have no beds left,'' a nurse said.",
            "The shelter filled up overnight.",
        ),
        (
            "The envoy called the plan ``a dead end''.Ministers meet again in June.",
            "The envoy called the plan ``a dead end''.",
        ),
        (
            "The vote was held on Sunday morning.It passed by six votes.",
            "The vote was held on Sunday morning.",
        ),
    ],
)
def test_a_run_together_sentence_that_opens_a_quote_or_a_short_word_is_split(text: str, first: str) -> None:
    assert next(t for _s, _e, t in split_sentences(text)) == first


def test_a_page_stamp_with_its_time_first_is_left_out_of_the_sentence() -> None:
    line = (
        "Page last updated at 09:40 GMT, Monday, 4 May 2026 10:40 UK (an error occurred while processing "
        "this directive) The ministry closed all schools on Monday."
    )
    assert line[lead_in(line) :] == "The ministry closed all schools on Monday."


def test_a_caption_run_into_a_paragraph_is_no_part_of_its_sentence() -> None:
    text = (
        "Ferry sinks off Zanzibar\n\n"
        "The ferry went down on Tuesday near the port.\n\n"
        "Relatives wait for news on the quay in the rain A second boat carrying 80 people was missing on "
        "Wednesday, the coastguard said.\n"
    )
    assert (
        sentences(text)[-1]
        == "A second boat carrying 80 people was missing on Wednesday, the coastguard said."
    )


@pytest.mark.parametrize(
    "line",
    [
        "The lab confirmed that the pupils had an influenza A virus, the ministry said on Monday.",
        "The festival's programme has included The Tempest and two new plays every summer.",
        "Officials said The Times had misreported the figures, and the paper corrected them.",
    ],
)
def test_a_capitalised_name_or_letter_inside_a_sentence_is_no_run_in(line: str) -> None:
    assert run_in_caption(line) == 0


def test_a_title_run_into_a_sentence_whose_subject_is_a_place_and_its_people() -> None:
    line = "Surgeon denies causing the patient's death Lisbon prosecutors will file a case on Monday."
    assert line[run_in_title(line) :] == "Lisbon prosecutors will file a case on Monday."


def test_a_picture_credit_run_into_the_next_line_is_left_out() -> None:
    text = (
        "Ferry sinks off Zanzibar\n\n"
        "May 11: Rescuers search the water near the port.\n\n"
        "AP May 10: Relatives wait on the quay.\n\n"
        "AP Harbour master Ana Lopes said the ferry sank on Tuesday.\n\n"
        "Reuters reported that 40 people were rescued.\n"
    )
    assert sentences(text) == [
        "Harbour master Ana Lopes said the ferry sank on Tuesday.",
        "Reuters reported that 40 people were rescued.",
    ]


def test_a_subheading_in_capitals_run_into_a_paragraph_is_left_out() -> None:
    line = "TRAVELLERS URGED TO COME FORWARD The traveller arrived in Lisbon on Sunday."
    assert line[run_in_caption(line) :] == "The traveller arrived in Lisbon on Sunday."
    assert run_in_caption("US FDA Commissioner Ana Lopes said the drug works.") == 0


def test_a_wire_dateline_with_an_escaped_slash_is_left_out() -> None:
    sentence = r"LISBON\/MADRID (Reuters) - The two governments agreed on Monday to reopen the border."
    assert sentence[lead_in(sentence) :] == "The two governments agreed on Monday to reopen the border."


def test_a_fact_box_run_together_is_no_sentence() -> None:
    text = (
        "Survivors pulled from the ferry\n\n"
        "Rescuers pulled 40 people from the water on Tuesday.\n\n"
        "Ana Lopes, 24 - rescued after two days Rui Costa, 31 - found after three days Maria Sousa, 8 - "
        'saved after four days "It is a miracle," said rescuer Joao Silva.\n\n'
        "His two sons, Pedro, 20, and Tiago, 19, were on the ferry.\n"
    )
    assert sentences(text) == [
        "Rescuers pulled 40 people from the water on Tuesday.",
        "His two sons, Pedro, 20, and Tiago, 19, were on the ferry.",
    ]


def test_a_byline_or_subheading_ending_in_a_name_run_into_the_paragraph_is_left_out() -> None:
    line = "Ana Lopes, BBC News, Lisbon The rescue operation is finally reaching the villages."
    assert line[run_in_caption(line) :] == "The rescue operation is finally reaching the villages."
    assert run_in_caption("The court sits in the Dutch city of The Hague and rules on war crimes.") == 0


def test_a_title_then_a_picture_caption_run_into_the_lead_are_both_left_out() -> None:
    text = (
        "Ferry sinks off the coast of Zanzibar Rescuers search the water near the old harbour wall A ferry "
        "carrying 40 people sank near Zanzibar on Tuesday, officials said.\n\n"
        "Rescuers pulled 12 people from the water.\n"
    )
    assert sentences(text) == [
        "A ferry carrying 40 people sank near Zanzibar on Tuesday, officials said.",
        "Rescuers pulled 12 people from the water.",
    ]


def test_a_caption_quoting_its_subject_run_into_the_next_sentence_is_left_out() -> None:
    text = (
        "Port reopens after the storm\n\n"
        'Harbour master Ana Lopes: "We have never seen waves like these" The port of Beira reopened on '
        "Monday after three days.\n\n"
        'She said: "It is a miracle nobody died" and thanked the crews.\n'
    )
    assert sentences(text) == [
        "The port of Beira reopened on Monday after three days.",
        'She said: "It is a miracle nobody died" and thanked the crews.',
    ]


def test_a_linking_adverb_after_a_lower_case_word_starts_a_sentence() -> None:
    text = (
        "Ferry sinks off Zanzibar\n\n"
        "The ferry sank in calm water on Tuesday morning.\n\n"
        "The ferry sank in calm water on Tuesday morning Meanwhile, the harbour was closed to all boats.\n"
    )
    # the caption repeats a sentence of the body without its stop: it is the same sentence, read once
    assert sentences(text) == [
        "The ferry sank in calm water on Tuesday morning.",
        "Meanwhile, the harbour was closed to all boats.",
    ]
    assert len(list(split_sentences("The agency, however, said the harbour was closed."))) == 1


def test_a_name_set_off_by_a_comma_inside_a_quoting_caption_is_no_sentence_start() -> None:
    text = (
        'Minister urges calm after the floods Ana Lopes: "For a small country like Malawi, this is a '
        'disaster" The government declared an emergency on Monday.\n\n'
        "Rescuers reached the villages on Tuesday.\n"
    )
    assert sentences(text) == [
        "The government declared an emergency on Monday.",
        "Rescuers reached the villages on Tuesday.",
    ]


def test_but_after_a_lower_case_word_starts_a_sentence_unless_it_is_in_a_title() -> None:
    found = [
        t for _s, _e, t in split_sentences("The storm made the firms nervous But the port was open again.")
    ]
    assert found == ["The storm made the firms nervous", "But the port was open again."]
    assert len(list(split_sentences("The band played Nothing But the Truth on Friday."))) == 1


def test_a_title_then_a_time_stamp_with_commas_is_still_cut_off() -> None:
    line = "Harbour strike spreads north Tuesday, May 12, 2026; 6:20 PM The strike spread to two more ports."
    assert line[run_in_title(line) :].startswith("Tuesday, May 12")


def test_a_caption_ending_in_a_year_run_into_the_paragraph_is_left_out() -> None:
    line = "The price of the paintings has risen since his death in 2019 The bed from his room was withdrawn."
    assert line[run_in_caption(line) :] == "The bed from his room was withdrawn."
    assert run_in_caption("The band first played the hall in 1967 The Beatles came later that year.") == 0


def test_a_page_stamp_after_the_title_and_a_credited_caption_are_left_out() -> None:
    text = (
        "Painter was robbed, says brother Page last updated at 17:21 GMT, Friday, 26 June 2026 18:21 UK "
        "The painter was robbed of his savings, according to his brother.\n\n"
        "(Photos By Jane Roe) The captain, left, objects during the long hearing in the port.\n\n"
        "The hearing in the port resumed on Monday after a short break.\n"
    )
    assert sentences(text) == [
        "The painter was robbed of his savings, according to his brother.",
        "The hearing in the port resumed on Monday after a short break.",
    ]


def test_a_quotation_that_opens_the_sentence_after_a_caption_starts_it() -> None:
    line = (
        'The painter died in 2019 while working on his last mural "She said it at once: celebrate his life."'
    )
    assert line[run_in_caption(line) :] == '"She said it at once: celebrate his life."'


def test_a_ticker_broken_over_two_lines_stays_in_one_sentence() -> None:
    from events.extract.corpus import SourceRow, prepare_article

    text = (
        "Shares in the shipping group fell after the collision involving a tanker owned by Nordvik (NVK.\n\n"
        "OL), which lost 5 percent on Tuesday.\n\nThe company has not put a figure on its costs.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert [s.text.split()[-1] for s in article.sentences] == ["Tuesday.", "costs."]
    assert all(text[s.start : s.end] == s.text for s in article.sentences)


def test_a_line_cut_after_a_bracket_goes_on_in_lower_case_on_the_next() -> None:
    from events.extract.corpus import SourceRow, prepare_article

    text = (
        "Lawmakers pressed the regulator on Tuesday over its handling of the collapse.\n\n"
        '"Nobody is in charge," Sen. Ana Ortiz (D-N.M.)\n\n'
        "said during a hearing on mine safety.\n\n"
        "The company said its effort to bore a rescue tunnel through 3?\n\n"
        "km of clay should be finished by mid-August.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    assert [s.text.split()[-1] for s in article.sentences] == ["collapse.", "safety.", "mid-August."]
    assert all(text[s.start : s.end] == s.text for s in article.sentences)


def test_a_readers_comment_run_into_a_line_ends_the_body_there() -> None:
    text = (
        "Mayor dies in fire\n\n"
        "The mayor died in a fire at the town hall on Tuesday night.\n\n"
        "Firefighters fought the blaze for six hours.\n\n"
        "The council will meet on Friday to choose an acting mayor.\n\n"
        "My thoughts are with his family... At 9:12 pm on 4 Mar 2026, river_rat wrote: The council closed "
        "the fire station last year.\n\n"
        "At 10:02 P.M. on Mar 4, 2026, Anne Lee wrote: The mayor resigned in 2024.\n"
    )
    found = sentences(text)
    assert found[-1] == "My thoughts are with his family..."
    assert not any("fire station" in s or "resigned" in s for s in found)


def test_a_comment_signed_after_its_words_ends_the_body() -> None:
    text = (
        "Court delays ruling\n\n"
        "The supreme court delayed its ruling on the election law on Monday.\n\n"
        "The judges asked both parties for more written evidence.\n\n"
        "A ruling is now expected in April.\n\n"
        "They should have ruled already. Posted by: voter_77 | March 3, 2026 4:10 PM | Report abuse "
        "The chief justice was appointed by the president last year.\n"
    )
    found = sentences(text)
    assert not any("chief justice" in s for s in found)


def test_a_box_of_linked_headlines_with_their_ages_is_no_prose() -> None:
    text = (
        "Flood aid pledged\n\n"
        "Donors pledged 200 million dollars for flood relief at a meeting in Geneva on Monday.\n\n"
        "The money will pay for shelters and clean water.\n\n"
        "Relief agencies welcomed the pledges made at the meeting.\n\n"
        "The Daily Planet cannot vouch for the pages of other websites Wire UK Floods "
        "force thousands from homes - 3 hrs ago City Herald Dam bursts after week of rain - 9 hrs ago "
        "Evening Star.\n\n"
        "Valley Times Army sends boats to flooded villages - 2 hrs ago Morning Post River peaks at record "
        "level - 5 hrs ago Coast Gazette Rain eases - 7 hrs ago.\n"
    )
    found = sentences(text)
    assert found[-1] == "Relief agencies welcomed the pledges made at the meeting."


def test_a_list_of_teasers_cut_at_one_length_is_no_prose() -> None:
    stories = [
        "The finance minister resigned on Tuesday after weeks of pressure over a contract awarded to a "
        "firm owned by her brother, the ruling party said in a statement",
        "Flooding closed the main highway between the two largest cities on Wednesday, stranding hundreds "
        "of lorries, and police urged drivers to stay at home",
        "The central bank raised its main interest rate by half a point on Thursday, its third rise this "
        "year, as inflation climbed above seven percent",
        "A fire at a chemical plant on the edge of the port forced the evacuation of nearby homes on Friday "
        "and sent black smoke over the city centre",
    ]
    teasers = [story[:120].rstrip(" ,") for story in stories]  # each cut at one length, as a page cuts them
    text = (
        "Chemical plant fire\n\n"
        "A fire broke out at a chemical plant near the port on Friday.\n\n"
        "Residents were told to keep their windows shut.\n\n"
        "Investigators will examine the site next week.\n\n" + "... ".join(teasers) + "...\n"
    )
    found = sentences(text)
    assert found[-1] == "Investigators will examine the site next week."


@pytest.mark.parametrize(
    "stamp",
    ["Jane Roe | 19:05 UK time, Monday, 9 March 2026 ", "June 28, 2026 - 6:39 AM | by: Jane Roe "],
)
def test_a_posts_author_and_time_stamp_open_no_sentence(stamp: str) -> None:
    sentence = stamp + "Coastal towns have launched an advertising campaign to bring tourists back."
    assert sentence[lead_in(sentence) :].startswith("Coastal towns have launched")


def test_a_video_caption_run_into_a_sentence_opened_by_a_kind_of_people_is_left_out() -> None:
    line = (
        "Reporter Jane Roe describes the scene at the flooded port Aid workers have also faulted "
        "government plans to move thousands of people to camps."
    )
    assert line[run_in_caption(line) :].startswith("Aid workers have also faulted")
    # ... but not inside a sentence whose verb came before
    said = "Health ministers from the region said on Monday Aid workers have arrived."
    assert run_in_caption(said) == 0


def test_a_broadcasters_schedule_of_programmes_reports_no_happenings() -> None:
    programmes = [
        "Jane Roe explores the history of the river port, talking to the dockers who worked there.",
        "Tom Hale is joined by the novelist Ann Lee, who discusses her new book about the 1953 floods.",
        "The orchestra performs music by local composers, recorded at the city hall last November.",
        "A drama about a family who run a farm on the coast, where a storm destroyed the harbour.",
        "Ann Lee presents a documentary about the miners' strike and the towns it changed.",
        "The quiz returns for a new series, with teams from six universities.",
    ]
    made_by = ["Producer/Jane Roe", "Presenter/Tom Hale", "Readers/Ann Lee and Ben Cole", "Producer/Sam Ford"]
    text = "Radio schedule: week 9\n\n" + "\n\n".join(
        f"{programme} {made_by[i % len(made_by)]}" for i, programme in enumerate(programmes)
    )
    assert sentences(text) == []
    # ... while a news report that names one producer is read as ever
    report = (
        "Studio fire halts filming\n\n"
        "A fire broke out at the film studio on Monday and halted filming of the new series.\n\n"
        "Firefighters said the blaze started in a storage room. Producer/Jane Roe said filming would "
        "resume.\n"
    )
    assert sentences(report)


def test_a_page_stamp_written_month_first_after_the_title_opens_no_sentence() -> None:
    text = (
        "Donations to lawmakers questioned By Jane Roe and Tom Hale Tuesday, June 29, 2026; 3:29 PM The "
        "mining company, whose dam burst last year, gave money to 40 lawmakers, records show.\n\n"
        "The records were released on Monday by the election commission.\n"
    )
    assert sentences(text)[0].startswith("The mining company, whose dam burst last year, gave money")


def test_a_caption_quoting_its_subject_in_single_marks_is_cut_from_the_sentence_it_ran_into() -> None:
    line = "Jane Roe: 'Both men are being kept under observation' Two people have been admitted."
    assert line[quoted_caption(line) :] == "Two people have been admitted."
    # a quotation that opens a sentence is no caption
    assert quoted_caption("Roe said: 'We are ready' and left the room.") == 0


def test_relatives_or_villagers_after_a_lower_case_word_open_the_sentence_a_headline_ran_into() -> None:
    line = (
        "Singer's family left 'shocked and saddened' by his death Relatives of the singer will seek answers."
    )
    assert line[run_in_caption(line) :] == "Relatives of the singer will seek answers."
    assert run_in_caption("The charity helps sick children and their families across the region.") == 0


@pytest.mark.parametrize(
    "title",
    [
        "U.S. port fees to double for foreign freighters",
        "Ferry operator to cut U.K. routes after fuel costs soar",
    ],
)
def test_an_initialism_in_a_title_is_no_end_of_prose_before_the_pages_stamp(title: str) -> None:
    # the page's own stamp runs the title into the first sentence; "U.S." or "U.K." ends no sentence, so the
    # stamp still opens the body and is stripped from it, time and all
    line = f"{title} Wednesday, March 4, 2026; 9:41 AM The harbour board said on Wednesday it would appeal."
    body = line[run_in_title(line) :]
    assert body[lead_in(body) :] == "The harbour board said on Wednesday it would appeal."


def test_what_was_said_goes_on_past_an_initialism() -> None:
    # "U.S." ends no sentence inside what was said either: the clause, and so the title, keep the rest
    found = report_mentions(
        "The ferry company said on Tuesday that it had cut its U.K. routes by a third.", dt.date(2026, 3, 4)
    )
    # (the company no list names speaks by its words, "Ferry company", and stands for "it" in the clause)
    assert [m.clause for m in found] == ["Ferry company had cut its U.K. routes by a third"]


def test_a_page_stamp_that_opens_the_line_is_no_part_of_the_title_run_into_it() -> None:
    from events.extract.corpus import SourceRow, prepare_article

    text = (
        "Page last updated at 08:12 GMT, Thursday, 14 March 2019 Ferry owner charged: Island court acts "
        "A week after the sinking, the owner of the ferry was charged with manslaughter.\n\n"
        "Nine passengers died when the vessel went down off the coast.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2019, 3, 14)))
    assert article.title == "Ferry owner charged: Island court acts"

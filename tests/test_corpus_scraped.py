"""Text as a scrape leaves it: picture credits, chronology dates, titles and captions run into the story's
sentences with no stop between them, cut where the story's sentence begins."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, classify_lines, prepare_article, run_in_title, split_sentences


def _sentences(text: str) -> list[str]:
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 3, 12)))
    return [sentence.text for sentence in article.sentences]


def test_a_credit_after_a_pictures_word_parts_the_caption_from_the_story() -> None:
    text = (
        "Polls close in the north\n\n"
        "Voters queue outside a polling station in the capital Photograph: Ana Lee\\/reuters The electoral "
        "commission said on Monday that turnout had reached a record.\n\n"
        "Ballot boxes are carried into the counting hall Photograph: Reuters It was, for the commission and "
        "the parties, a long night of counting and recounting.\n"
    )
    kinds = {line.text: line.kind for line in classify_lines(text)}
    assert (
        kinds["Voters queue outside a polling station in the capital Photograph: Ana Lee\\/reuters"] != "body"
    )
    assert kinds["Ballot boxes are carried into the counting hall Photograph: Reuters"] != "body"
    assert _sentences(text) == [
        "The electoral commission said on Monday that turnout had reached a record.",
        "It was, for the commission and the parties, a long night of counting and recounting.",
    ]


def test_a_date_that_opens_a_chronology_item_parts_it_from_the_caption_before() -> None:
    pieces = [
        piece
        for _s, _e, piece in split_sentences(
            "The mayor looked tired as the result was read out in the hall 1 November 2021 The mayor "
            "concedes the race to her rival."
        )
    ]
    assert pieces == [
        "The mayor looked tired as the result was read out in the hall",
        "1 November 2021 The mayor concedes the race to her rival.",
    ]
    # ... and after a quotation, or a post's stamp after a colon
    assert [
        p for _s, _e, p in split_sentences('Roe: "We will appeal" 3 May 2020 The court rejects the appeal.')
    ][-1] == "3 May 2020 The court rejects the appeal."
    assert [
        p
        for _s, _e, p in split_sentences(
            "Some pictures from the trip: Jul 18, 2021 15:26 UTC After a week away, the senator returned."
        )
    ][-1] == "Jul 18, 2021 15:26 UTC After a week away, the senator returned."


def test_a_date_the_prose_leads_to_stays_in_its_sentence() -> None:
    for text in (
        "The treaty was signed on 1 November 2021 The Times reported.",
        "The Dec. 23, 2009, North Sea incident was like this one.",
        "She was in Lisbon 3 May 2020 and Rome a week later.",
        "The panel cited the 4 March 2019 Senate report.",
    ):
        assert [p for _s, _e, p in split_sentences(text)] == [text]


def test_a_lead_that_names_again_what_the_title_opens_with_begins_the_body() -> None:
    line = (
        "Storm relief efforts gather pace Storm relief teams reached the harbour on Monday, the council said."
    )
    assert line[run_in_title(line) :].startswith("Storm relief teams reached")
    # (a name said twice inside one sentence is no title run in)
    assert run_in_title("Portugal beats Spain as Portugal fans celebrate in the capital.") == 0


def test_a_wire_credit_alone_in_brackets_closes_the_caption_above_it() -> None:
    text = (
        "Tanker docks at the port\n\n"
        "Dock workers unload crates on the quay on Monday. (AP Photo) As the minister arrived in the port, "
        "the company outlined a plan to double the number of ships it unloads by the end of June.\n"
    )
    assert _sentences(text) == [
        "As the minister arrived in the port, the company outlined a plan to double the number of ships it "
        "unloads by the end of June."
    ]


def test_a_sentence_that_says_where_someone_stands_in_the_picture_is_a_caption() -> None:
    text = (
        "Debate ends in uproar\n\n"
        "The two candidates clashed over taxes on Tuesday night in the last debate before the vote.\n\n"
        "Wednesday: Senator Jane Roe (left), her deputy and the party chairman leave the studio after the "
        "debate.\n"
    )
    kept = _sentences(text)
    assert not any("leave the studio" in sentence for sentence in kept)
    assert (
        "The two candidates clashed over taxes on Tuesday night in the last debate before the vote." in kept
    )


def test_a_fact_box_item_led_by_its_year_and_a_colon_parts_from_the_line_before() -> None:
    assert [
        p for _s, _e, p in split_sentences("Ferries were most at risk 1957: A storm sank four of them.")
    ] == [
        "Ferries were most at risk",
        "1957: A storm sank four of them.",
    ]
    assert [
        p
        for _s, _e, p in split_sentences("Boats were stranded in the bay 4 Aug 1946: A storm hit the coast.")
    ][-1] == "4 Aug 1946: A storm hit the coast."
    # (prose that leads to the year keeps its colon: "The worst came in 1957: a storm ...")
    text = "The worst came in 1957: A storm sank four ferries."
    assert [p for _s, _e, p in split_sentences(text)] == [text]


def test_a_post_signed_with_name_place_and_country_loses_its_signature() -> None:
    from events.extract.corpus import lead_in

    for signed, words in (
        ("Jane Roe, City News, Kenya The port reopened on Monday.", "The port reopened on Monday."),
        (
            "Tom Hale, Leeds, UK It is strange that the vote was delayed.",
            "It is strange that the vote was delayed.",
        ),
        (
            "Tom Hale, Santo Domingo, Dominican Republic I took water to the camp.",
            "I took water to the camp.",
        ),
        # (what follows is no sentence's first word: the line is left as it is)
        (
            "Jane Roe, Leeds, UK Prime Minister Tom Hale said the vote was delayed.",
            "Jane Roe, Leeds, UK Prime Minister Tom Hale said the vote was delayed.",
        ),
        # (a town, its state and a role, then a name and its verb: prose)
        (
            "Dover, Del., Mayor Jane Roe laughed when she heard the remark.",
            "Dover, Del., Mayor Jane Roe laughed when she heard the remark.",
        ),
        (
            "Dover, Delaware, Mayor Jane Roe laughed when she heard the remark.",
            "Dover, Delaware, Mayor Jane Roe laughed when she heard the remark.",
        ),
        # (a name and what she is, then her verb: prose)
        (
            "Jane Roe, the mayor, said on Monday the vote was delayed.",
            "Jane Roe, the mayor, said on Monday the vote was delayed.",
        ),
    ):
        assert signed[lead_in(signed) :] == words


def test_the_pages_own_stamp_after_its_title_is_no_chronology_item() -> None:
    text = (
        "Port closed by a 'failure of management' 6 January 2021 Last updated at 01:53 GMT Help Management "
        "failures are to blame for the closure, a panel has found."
    )
    assert [p for _s, _e, p in split_sentences(text)] == [text]


def test_a_blog_posts_signed_time_stamp_ends_the_post_and_the_readers_comments_after_it_are_no_body() -> None:
    text = (
        "Port reopens after the storm\n\n"
        "The port of Harwick reopened on Monday after the storm.\n\n"
        "Ships queued outside the harbour for hours, the harbour master said.\n\n"
        "The storm closed the port for three days last week.\n\n"
        "By Jane Roe | June 8, 2026; 9:45 PM EST Comments on this post have been closed.\n\n"
        "The mayor resigned last year and nobody noticed, a reader wrote.\n"
    )
    kinds = [line.kind for line in classify_lines(text)]
    # (the post's own sentences stay; the signature and the comment under it are the page's footer)
    assert kinds == ["headline", "body", "body", "body", "footer", "footer"]


def test_a_byline_with_its_time_stamp_alone_on_a_line_is_no_sentence() -> None:
    text = (
        "Port reopens after the storm\n\n"
        "By Tom Hale and Ann Lee | 8 June 2026 17:05\n\n"
        "The port of Harwick reopened on Monday after the storm.\n"
    )
    kinds = [line.kind for line in classify_lines(text)]
    assert kinds == ["headline", "boilerplate", "body"]

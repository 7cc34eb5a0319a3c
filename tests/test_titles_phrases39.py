"""A title cut short keeps each phrase whole: two words that describe one noun, a participle with the agent
that did it, an infinitive with the question it asks. Every sentence is our own."""

from __future__ import annotations

from events.merge.titles import _without_told_listener, fit, headline, tidy


def test_two_words_describing_one_noun_are_not_cut_at_their_and() -> None:
    assert (
        fit(
            "Dr Ines Morel said there are now almost 4,000 suspected and confirmed cases here in "
            "the northern "
            "provinces of Valdoria"
        )
        == "Dr Ines Morel said there are now almost 4,000 suspected and confirmed cases here"
    )
    assert (
        fit(
            "Officials say they were closing commercial and recreational fishing for at least ten "
            "days in waters "
            "between Ostend and the border"
        )
        == "Officials say they were closing commercial and recreational fishing for at least ten days"
    )
    assert (
        fit(
            "The port board worked to fit a gate across the breach in a desperate and untested "
            "attempt to end the "
            "worst flooding in the region"
        )
        # (the purpose phrase whose infinitive is cut goes whole: test_titles_complements40)
        == "The port board worked to fit a gate across the breach"
    )


def test_a_participle_describing_a_noun_keeps_its_agent_or_goes_with_it() -> None:
    # ("a hearing held" would read as a hearing that held something)
    assert (
        fit(
            "He blamed staff shortages for his failure to attend a hearing in the capital held by "
            "the regional "
            "assembly and the transport ministry"
        )
        == "He blamed staff shortages for his failure to attend a hearing in the capital"
    )
    assert (
        fit(
            "The Kovar insurance group has asked a district court to block a claim filed by the "
            "shipping firm "
            "Delmar seeking damages against its rival"
        )
        == "The Kovar insurance group has asked a district court to block a claim"
    )
    # ("one of those questioned": a pronoun, no noun, before the participle; the cut stays where it was)
    assert (
        fit(
            "The port's own harbour master Ivan Petrov was not one of those questioned by regional police "
            "investigators on Tuesday in the northern town"
        )
        == "The port's own harbour master Ivan Petrov was not one of those questioned"
    )


def test_an_infinitive_keeps_the_question_it_asks_or_goes_with_it() -> None:
    assert (
        fit(
            "Tomas Varga says the agency was testing hundreds of samples to confirm which "
            "patients with severe "
            "symptoms were carrying the new strain"
        )
        == "Tomas Varga says the agency was testing hundreds of samples"
    )


def test_an_office_saying_is_its_speaker_not_a_saying_inside_the_speakers() -> None:
    sentence = (
        'The governor cautioned Sunday that the repairs could take "many weeks," and said the '
        "state would pay."
    )
    clause = 'The governor cautioned that the repairs could take "many weeks"'
    assert (
        headline(clause, speaker="Ana Roe", speech=True, sentence=sentence)
        == 'Ana Roe cautioned that the repairs could take "many weeks"'
    )


def test_an_office_whose_words_the_speaker_reports_keeps_the_speaker() -> None:
    sentence = "Varga said the governor warned that the dam might fail."
    clause = "the governor warned that the dam might fail"
    assert (
        headline(clause, speaker="Tomas Varga", speech=True, sentence=sentence)
        == "Tomas Varga says the governor warned that the dam might fail"
    )


def test_an_opening_word_of_when_or_of_order_goes_from_the_title() -> None:
    assert tidy("Finally, on Sunday evening, the crane lifted the hull") == "The crane lifted the hull"
    assert tidy("Yesterday, the second of the three ferries was towed to port") == (
        "The second of the three ferries was towed to port"
    )
    assert tidy("By 4 a.m., the pumps were running again") == "The pumps were running again"
    assert tidy("Last night, the board voted to sell the mill") == "The board voted to sell the mill"


def test_a_seat_of_government_is_no_holder_of_the_office_its_sentence_names() -> None:
    sentence = "The premier stressed the value of the mill to the region."
    assert (
        headline(
            "The premier stressed the value of the mill to the region",
            speaker="Castle Square",
            speech=True,
            sentence=sentence,
        )
        == "Castle Square says the premier stressed the value of the mill to the region"
    )


def test_the_end_of_a_listeners_name_told_with_no_that_goes_from_what_was_said() -> None:
    sentence = (
        "Another senior official, Ivan Petrov, later told a news conference the agency was "
        "rethinking its rules."
    )
    assert (
        headline(
            "Conference the agency was rethinking its rules",
            speaker="Ivan Petrov",
            speech=True,
            sentence=sentence,
        )
        == "Ivan Petrov says the agency was rethinking its rules"
    )
    sentence = "The board chairman, Ana Roe, told Harbour Radio 2 on Monday the warning had come too late."
    assert (
        headline(
            "2 on Monday the warning had come too late", speaker="Ana Roe", speech=True, sentence=sentence
        )
        == "Ana Roe says the warning had come too late"
    )


def test_a_phrase_between_an_auxiliary_and_its_verb_goes() -> None:
    assert tidy("We have, for the first time, reached the bottom of the shaft") == (
        "We have reached the bottom of the shaft"
    )
    assert (
        tidy("The council has, for now, halted the sale of the pier")
        == "The council has halted the sale of the pier"
    )


def test_a_phrase_opening_word_after_told_is_no_end_of_a_listeners_name() -> None:
    # ("told lawmakers on a harbour panel that ...": "On" opens a phrase, and the words after it stay)
    assert (
        _without_told_listener(
            "On a harbour panel that she was out of the loop",
            "Roe told lawmakers on a harbour panel that she was out of the loop.",
        )
        == "On a harbour panel that she was out of the loop"
    )
    assert (
        _without_told_listener(
            "Of its new pumps any flood would be held back",
            "The firm assured the board that because of its new pumps any flood would be held back.",
        )
        == "Of its new pumps any flood would be held back"
    )


def test_a_bare_indefinite_place_keeps_the_participle_that_tells_it() -> None:
    # ("had not been in an area" alone says nothing; the participle stays, as before)
    assert fit(
        "Ana Roe says the pair who sailed back to Ostend on May 2 had not been in an area "
        "affected by the recent "
        "floods of the river"
    ).endswith("in an area affected")


def test_a_word_of_kind_is_not_cut_from_what_it_measures() -> None:
    title = fit(
        "Lawmakers say that's not the kind of response valley farmers suffering immediate economic and "
        "environmental damage need"
    )
    assert not title.endswith(("the kind", "economic")), title


def test_an_opening_comparison_goes_before_the_clause_it_compares() -> None:
    assert (
        tidy(
            "Unlike the last ban, which applied to rivers of more than 50 metres wide, the new "
            "ban covers all rivers"
        )
        == "The new ban covers all rivers"
    )
    sentence = "Like the first order, the second one closes every mill on the coast, the ministry said."
    assert (
        headline(sentence.rstrip("."), speaker="Trade Ministry", speech=True, sentence=sentence)
        == "Trade Ministry says the second one closes every mill on the coast"
    )


def test_a_word_that_takes_its_to_keeps_it() -> None:
    # ("the owners are going" would tell that they leave; "going to", "have to", "expected to" are one verb)
    title = fit(
        "Ana Roe says if the harbour board keeps all the boat owners waiting, the owners are "
        "going to have to take "
        "whatever deal is offered"
    )
    assert not title.endswith(("are going", "to have")), title


def test_words_quoted_and_cut_with_an_ellipsis_stay_quoted() -> None:
    title = fit(
        "Ana Roe: “I think everybody everywhere always wants everything everyone elsewhere somehow somewhere "
        "somewhat surely certainly demands”"
    )
    assert title.startswith("Ana Roe: “I think") and title.endswith("”…") and len(title) <= 90, title

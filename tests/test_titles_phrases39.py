"""A title cut short keeps each phrase whole: two words that describe one noun, a participle with the agent
that did it, an infinitive with the question it asks. Every sentence is our own."""

from __future__ import annotations

from events.merge.titles import fit


def test_two_words_describing_one_noun_are_not_cut_at_their_and() -> None:
    assert (
        fit(
            "Dr Ines Morel said there are now almost 4,000 suspected and confirmed cases here in the northern "
            "provinces of Valdoria"
        )
        == "Dr Ines Morel said there are now almost 4,000 suspected and confirmed cases here"
    )
    assert (
        fit(
            "Officials say they were closing commercial and recreational fishing for at least ten days in waters "
            "between Ostend and the border"
        )
        == "Officials say they were closing commercial and recreational fishing for at least ten days"
    )
    assert (
        fit(
            "The port board worked to fit a valve over the leak in a desperate and untested attempt to end the "
            "largest spill in the region"
        )
        == "The port board worked to fit a valve over the leak in a desperate and untested attempt"
    )


def test_a_participle_describing_a_noun_keeps_its_agent_or_goes_with_it() -> None:
    # ("a hearing held" would read as a hearing that held something)
    assert (
        fit(
            "He blamed staff shortages for his failure to attend a hearing in the capital held by the regional "
            "assembly and the transport ministry"
        )
        == "He blamed staff shortages for his failure to attend a hearing"
    )


def test_an_infinitive_keeps_the_question_it_asks_or_goes_with_it() -> None:
    assert (
        fit(
            "Tomas Varga says the agency was testing hundreds of samples to confirm which patients with severe "
            "symptoms were carrying the new strain"
        )
        == "Tomas Varga says the agency was testing hundreds of samples"
    )

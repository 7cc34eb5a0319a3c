"""Titles a briefing officer would not rewrite (session 43): the closing clause of circumstance goes before
the object of the main verb, a saying told of a pronoun keeps one verb of saying, and the gerund after "by"
that tells how somebody did "just that" is the act. Every sentence is our own."""

from __future__ import annotations

from events.merge.titles import _without_closing_clause, fit, headline, is_fragment, tidy


def test_a_closing_clause_of_circumstance_goes_before_the_object_clause() -> None:
    text = (
        "Governor Mira Solt promised flooded hill farmers that the state treasury will not forget them "
        "once the levees are rebuilt"
    )
    title = fit(text)
    assert title == "Mira Solt promised flooded hill farmers that the state treasury will not forget them"
    assert not is_fragment(title)
    text = (
        "The council told tenants that the housing office would repair every broken boiler on the estate "
        "before the frost sets in because the grant had arrived"
    )
    title = fit(text)
    assert title.startswith("The council told tenants the housing office would repair every broken boiler")
    assert not is_fragment(title)


def test_a_closing_clause_that_completes_its_verb_or_measure_stays() -> None:
    # ("asked ... when", "hours after ...": the clause is what the verb or the measure needs)
    text = "The pilots asked the transport ministry again when the new runway would open"
    assert _without_closing_clause(text) == ""
    text = "The storm reached the harbour of the old town only hours after the last ferry had left"
    assert _without_closing_clause(text) == ""
    text = "The board said the plant would stay shut until the inspectors are satisfied"
    assert _without_closing_clause(text) == "The board said the plant would stay shut"


def test_a_saying_of_the_person_the_opening_clause_names_keeps_one_verb() -> None:
    sentence = (
        "While the union leader Ida Marsh accepted the cost of the strike, she argued on Friday that "
        "pay came first."
    )
    title = headline("she argued that pay came first", speaker="Olaf Brandt", speech=True, sentence=sentence)
    assert title == "Ida Marsh argued that pay came first"
    assert not is_fragment(title)


def test_a_pronoun_that_is_the_speaker_keeps_its_own_verb_of_position() -> None:
    sentence = "In a radio interview, she insisted the clinic would stay open."
    title = headline(
        "she insisted the clinic would stay open", speaker="Vera Holm", speech=True, sentence=sentence
    )
    assert title == "Vera Holm insisted the clinic would stay open"


def test_two_names_in_the_opening_clause_leave_the_speaker() -> None:
    sentence = "After Ida Marsh met Carl Penn, she argued that pay came first."
    title = headline("she argued that pay came first", speaker="Olaf Brandt", speech=True, sentence=sentence)
    assert "Ida Marsh" not in title and "Carl Penn" not in title


def test_the_gerund_after_by_is_the_act_done() -> None:
    clause = "the city's fire chief Dora Venn achieved just that by ordering a full evacuation"
    title = headline(clause, sentence=f"Last week {clause}.")
    assert title == "The city's fire chief Dora Venn ordered a full evacuation"
    assert not is_fragment(title)
    clause = "The league did so by making the final free to watch"
    assert headline(clause, sentence=f"{clause}.") == "The league made the final free to watch"
    clause = "The ministry managed it by carrying the exams over to the spring"
    assert headline(clause, sentence=f"{clause}.") == "The ministry carried the exams over to the spring"


def test_a_gerund_after_by_with_an_object_of_its_own_stays() -> None:
    clause = "The firm cut its costs by closing two plants"
    assert headline(clause, sentence=f"{clause}.") == clause


def test_a_day_of_its_kind_is_no_date() -> None:
    title = tidy("By noon the harbour was as quiet as on an ordinary Sunday morning.")
    assert title == "By noon the harbour was as quiet as on an ordinary Sunday morning"
    assert (
        tidy("Traffic was lighter than on a typical Monday.")
        == "Traffic was lighter than on a typical Monday"
    )
    # (a day after a noun is still the date: "a key client Monday")
    assert tidy("The bank said it had lost a key client Monday.") == "The bank said it had lost a key client"


def test_the_participle_that_only_dates_a_report_goes_with_its_day() -> None:
    title = tidy("A survey released Thursday found that rents in the valley rose for a fifth year.")
    assert title == "A survey found that rents in the valley rose for a fifth year"
    assert not is_fragment(title)
    assert (
        tidy("A review published on Monday shows the lake is warming.")
        == "A review shows the lake is warming"
    )


def test_a_noun_and_its_agent_alone_are_no_clause() -> None:
    assert is_fragment("A retired county judge appointed by Governor Lee Marr")
    assert is_fragment("The plan backed by the harbour board")
    # (a verb of the title's own, or a measure after "by", makes a clause)
    assert not is_fragment("The bill approved by the senate was signed into law")
    assert not is_fragment("The senate passed by a wide margin")


def test_a_time_dropped_to_fit_takes_its_closing_comma() -> None:
    text = (
        "Ida Marsh explains that today, the chance of a dam of this kind failing is somewhere between one in "
        "5,000 and one in 50,000, and that must be made smaller"
    )
    title = fit(text)
    assert "that," not in title and title.startswith("Ida Marsh explains that the chance")


def test_a_closing_clause_inside_an_aside_or_a_relative_clause_stays() -> None:
    text = "The crew is laying a second pipe to drain the lake -- which rose after the dam cracked in March"
    assert _without_closing_clause(text) == ""
    text = "The town is rebuilding the bridge over the river that fell when the flood came"
    assert _without_closing_clause(text) == ""


def test_a_passive_participle_and_its_agent_go_before_the_main_verb() -> None:
    text = (
        "A slick spotted by a crew from the coastal survey institute of the northern province was drifting "
        "toward the reefs off the cape"
    )
    title = fit(text)
    assert title == "A slick was drifting toward the reefs off the cape"
    assert not is_fragment(title)


def test_a_short_span_that_ends_the_title_lost_its_clause() -> None:
    assert is_fragment("The safety inquiry was opened only days")
    assert not is_fragment("The ferry sank within minutes")
    assert not is_fragment("The truce lasted only days")
    assert not is_fragment("The talks lasted three hours")
    text = (
        "The safety inquiry ordered by the regional transport minister was opened only days after the mayor "
        "vowed to punish anybody who had ignored the warnings"
    )
    assert not fit(text).endswith("only days")

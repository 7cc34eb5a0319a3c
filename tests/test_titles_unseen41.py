"""Titles on unseen news (session 41): a count or a described part reads whole before its "of", scraped page
furniture goes, a name is never cut at its start. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from reports import build_reports

from events.merge.titles import fit, headline

DAY = dt.date(2024, 9, 20)


def test_a_plural_count_of_people_reads_whole_before_its_of() -> None:
    title = fit(
        "The slow response of the harbour board to the flood has forced police to move hundreds of local"
        " families out of their homes"
    )
    assert title == "The slow response of the harbour board to the flood has forced police to move hundreds"
    # (and its limit)
    title = fit(
        "The new strain of marsh fever emerged in Tamsin in June and since then thousands of cases have"
        " been confirmed across the coast"
    )
    assert not title.endswith("thousands")
    # (and its limit)
    title = fit(
        "In a call with reporters, the harbour master also cited the costs of cleaning the thousands of small"
        " boats used in the flood rescue and the legal costs"
    )
    assert not title.endswith("the thousands")
    # (and its limit)
    title = fit(
        "Ana Roe estimated the new ferry rules affect dozens of coastal boats that ordinarily employ as many"
        " as 4,000 crew"
    )
    assert title == "Ana Roe estimated the new ferry rules affect dozens of coastal boats"


def test_a_bare_count_of_things_is_no_title_end() -> None:
    title = fit(
        "The careless use of sprays by the harbour board has long served to sweep thousands of tonnes of ash"
        " out of public view"
    )
    assert not title.endswith("thousands"), title


def test_a_described_part_reads_whole_before_its_of() -> None:
    title = headline(
        "a crack in a pipe inserted into the leaking part of the main drain that feeds the old reservoir",
        speaker="Inspectors",
        speech=True,
    )
    assert title == "Inspectors say a crack in a pipe inserted into the leaking part"
    # (and its limit)
    title = fit(
        "Port officials had begun work to survey a new ferry terminal site at the mouth of the Tamsin River"
        " for barges to undergo checks before entering the harbour"
    )
    assert title == "Port officials had begun work to survey a new ferry terminal site"


def test_a_galleries_buttons_and_counter_go() -> None:
    assert headline(
        "BACK {current} of {total} NEXT Marsh fever is a disease of cattle carried by midges"
    ) == ("Marsh fever is a disease of cattle carried by midges")
    assert headline("BACK 4 of 12 NEXT Crowds filled the square in Tamsin to watch the lantern parade") == (
        "Crowds filled the square in Tamsin to watch the lantern parade"
    )


def test_a_page_heading_closing_with_its_day_goes_before_any_capital() -> None:
    title = headline(
        "Flood diary: Your letters Friday 17 January Up to 400 volunteers will be on the levees along the"
        " Ostra by Monday"
    )
    assert title.startswith("Up to 400 volunteers will be on the levees")
    # (and its limit)
    title = headline("Rescuers pulled twelve people from the river at dawn 6 March Police said later")
    assert not title.startswith("Police")


def test_a_name_is_never_cut_at_its_start() -> None:
    aged = headline(
        "many pensioners in Tamsin will be cold and hungry tonight",
        speaker="Aged",
        speech=True,
        sentence="1420 Danish charity Help the Aged says many pensioners in Tamsin will be cold and hungry"
        " tonight.",
    )
    assert aged == "Help the Aged says many pensioners in Tamsin will be cold and hungry tonight"
    nations = headline(
        "its teams had found 420 cases of marsh fever in Tamsin",
        speaker="Nations",
        speech=True,
        sentence="In its latest count, the United Nations agency said its teams had found 420 cases of marsh"
        " fever in Tamsin.",
    )
    assert nations == "United Nations says its teams had found 420 cases of marsh fever in Tamsin"
    # (and its limit)
    title = headline(
        "Mirova signed the ferry contract in Tamsin",
        sentence="At the Summit Mirova signed the ferry contract in Tamsin.",
    )
    assert title == "Mirova signed the ferry contract in Tamsin"
    day = headline("Ana Roe signed the deal", sentence="Yesterday Ana Roe signed the deal.")
    assert day == "Ana Roe signed the deal"


def _titles(text: str) -> list[str]:
    return [title for _type, _date, _end, title, _n in build_reports((DAY, text))]


def test_an_opening_span_stays_when_no_date_dated_the_happening() -> None:
    (poll,) = _titles("Just weeks ago, a poll found that most voters in Tamsin backed the new bridge toll.")
    assert poll == "Just weeks ago, a poll found that most voters in Tamsin backed the new bridge toll"
    # (and its limit)
    (poll,) = _titles(
        "Just two months ago, a poll found that most voters in Tamsin backed the new bridge toll."
    )
    assert poll == "A poll found that most voters in Tamsin backed the new bridge toll"


def test_a_long_opening_phrase_gives_way_to_the_clause_it_sets() -> None:
    expecting = (
        "Expecting a grilling from the harbour committee at the hearings this week, Port Director Ana"
        " Roe announced a tightening of the rules for cargo ships."
    )
    assert headline(expecting, sentence=expecting) == (
        "Port Director Ana Roe announced a tightening of the rules for cargo ships"
    )
    minutes = (
        "Just a few minutes into his remarks about the damage from the flood to the regional assembly,"
        " Tamsin councillor Ian Marsh broke down in tears."
    )
    assert headline(minutes, sentence=minutes) == "Tamsin councillor Ian Marsh broke down in tears"
    # (and its limit)
    rising = (
        "Rising prices in the harbour towns along the Tamsin coast and the northern islands hurt the ferry"
        " firms badly during the long winter, the bank said."
    )
    assert headline(rising, sentence=rising).startswith("Rising prices in the harbour towns")
    # (and its limit)
    agreed = (
        "Restructuring experts agreed that by running the numbers alone, the ferry firm looked able to handle"
        " the cost of the repairs."
    )
    assert not headline(agreed, sentence=agreed).startswith("The ferry firm looked")
    having = (
        'Having said that if the "Stop it, drop it" campaign launched today saves one life, then the fuss'
        " will surely be worth it."
    )
    assert not headline(having, sentence=having).startswith("Drop it")
    # (and its limit)
    title = headline(
        "floating sand barriers, pumps and boats to carry sandbags were being made ready to guard and clean"
        " the low streets of Tamsin",
        speaker="Officials",
        speech=True,
    )
    assert "sand barriers" in title


def test_a_day_a_place_or_a_capital_before_the_pair_keeps_out_of_the_name() -> None:
    monday = "On Monday the Board said that the ferry to Tamsin would stop for a month."
    assert headline(
        "the ferry to Tamsin would stop for a month", speaker="Board", speech=True, sentence=monday
    ) == ("Board says the ferry to Tamsin would stop for a month")
    tamsin = "In Tamsin the Government said it would raise the toll on the bridge."
    assert headline(
        "it would raise the toll on the bridge", speaker="Government", speech=True, sentence=tamsin
    ) == ("Government says it would raise the toll on the bridge")
    paris = "Speaking in Paris the Agency said the river had fallen by a metre."
    assert headline("the river had fallen by a metre", speaker="Agency", speech=True, sentence=paris) == (
        "Agency says the river had fallen by a metre"
    )


def test_a_describing_compound_is_no_part_of_the_name_after_it() -> None:
    based = "The Lyon-based Federation for River Safety said the weir at Tamsin was unsafe."
    assert headline(
        "the weir at Tamsin was unsafe", speaker="Federation for River Safety", speech=True, sentence=based
    ) == ("Federation for River Safety says the weir at Tamsin was unsafe")


def test_other_better_or_greater_is_no_described_part() -> None:
    for word in ("other", "better", "greater"):
        title = headline(
            f"its boats had been driven back into the {word} part of the bay east of Tamsin by high winds",
            speaker="The ferry company",
            speech=True,
        )
        assert not title.endswith(f"the {word} part"), title


def test_a_part_described_by_its_place_reads_whole() -> None:
    title = headline(
        "a crack in a pipe laid across the upper part of the main drain that feeds the old reservoir",
        speaker="Inspectors",
        speech=True,
    )
    assert title == "Inspectors say a crack in a pipe laid across the upper part"


def test_a_span_counted_from_an_earlier_sentence_is_not_put_back() -> None:
    titles = _titles(
        "The weir near Tamsin gave way in May 2021. Four months later, the council opened an inquiry into the"
        " failure."
    )
    assert not any(title.startswith("Four months later") for title in titles), titles


def test_a_noun_in_ing_with_an_aside_of_saying_is_no_opening_phrase() -> None:
    rising = (
        "Rising rents for homes and shops in the towns of the coast, bankers warned on Friday, will push"
        " prices up by four per cent next year."
    )
    assert not headline(rising, sentence=rising).startswith("Bankers warned")
    spring = (
        "Spring storms along the cliffs of the west and the river plains, the agency warned, could halve the"
        " barley crop in Tamsin this summer."
    )
    assert not headline(spring, sentence=spring).lower().startswith("the agency warned")


def test_an_ing_word_needs_its_object_to_open_a_phrase() -> None:
    growing = (
        "Growing queues at the border posts north of Tamsin and along the coast road over the long weekend,"
        " the ferry firms added three extra sailings every day."
    )
    assert headline(growing, sentence=growing).startswith("Growing queues")


def test_an_aside_of_saying_is_no_main_clause() -> None:
    hours = (
        "Just hours into the new year, the coastguard said on Sunday, three fishing boats had sunk off the"
        " cliffs north of Tamsin in the storm."
    )
    assert not headline(hours, sentence=hours).lower().startswith("the coastguard said")


def test_a_word_that_only_spells_a_city_without_its_accent_may_open_a_name() -> None:
    marshes = "Members of Save the Marshes said the new dyke north of Tamsin would dry out the reed beds."
    assert headline(
        "the new dyke north of Tamsin would dry out the reed beds",
        speaker="Marshes",
        speech=True,
        sentence=marshes,
    ) == ("Save the Marshes says the new dyke north of Tamsin would dry out the reed beds")


def test_a_count_of_people_after_a_preposition_reads_whole() -> None:
    title = fit(
        "The old church council of the town of Tamsin, which has a large migrant community, has proposed the"
        " airlift of hundreds of young children to the coast, in an echo of the floods"
    )
    assert title == "The old church council of the town of Tamsin has proposed the airlift of hundreds"

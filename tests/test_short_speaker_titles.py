"""A body with a long name is named in a title by the short form its own report gives it, when the full
name would leave what it said cut; the actors keep the full name, and a name never shortened stays whole."""

from __future__ import annotations

import datetime as dt

from events.extract.entities import Entity
from events.extract.mentions import short_forms
from events.merge.titles import ELLIPSIS, headline, is_fragment
from tests.reports import report_mentions

THURSDAY = dt.date(2026, 9, 17)
BODY = "Northern Coastal Shipping and Salvage Inspection Authority"
CLAUSE = (
    "The inspectors found that the rusted hull of the grain freighter had been patched with plain sheet steel"
)


def _actor(name: str, text: str, at: int) -> Entity:
    return Entity(kind="actor", name=name, country="", start=at, end=at + len(text), text=text)


def test_initials_glossed_after_a_name_are_its_short_form() -> None:
    text = f"The {BODY} (NCSSIA) said the freighter would stay in port."
    forms = short_forms(text, [_actor(BODY, BODY, 4)])
    assert forms == {BODY: "NCSSIA"}


def test_brackets_that_do_not_stand_for_the_name_are_no_short_form() -> None:
    text = f"The {BODY} (Reuters) said the freighter would stay in port."
    assert short_forms(text, [_actor(BODY, BODY, 4)]) == {}
    # (nor a name the report never shortens)
    assert short_forms(f"The {BODY} said so.", [_actor(BODY, BODY, 4)]) == {}


def test_a_short_form_written_alone_for_the_same_body_counts() -> None:
    name = "Harbour Safety Board"
    text = "Later the HSB said the crane had failed."
    assert short_forms(text, [_actor(name, "HSB", 10)]) == {name: "HSB"}


def test_a_long_speaker_goes_by_its_short_form_when_the_whole_name_cuts_the_title() -> None:
    whole = headline(
        CLAUSE, speaker=BODY, speech=True, sentence=f"{BODY} said {CLAUSE[:1].lower()}{CLAUSE[1:]}."
    )
    assert whole.endswith(ELLIPSIS) or is_fragment(whole)
    short = headline(
        CLAUSE,
        speaker=BODY,
        speech=True,
        sentence=f"{BODY} said {CLAUSE[:1].lower()}{CLAUSE[1:]}.",
        short_speaker="NCSSIA",
    )
    assert short.startswith("NCSSIA says ")
    assert not short.endswith(ELLIPSIS) and not is_fragment(short)


def test_a_title_with_room_keeps_the_full_name() -> None:
    clause = "The freighter may sail on Monday"
    made = headline(
        clause, speaker=BODY, speech=True, sentence=f"{BODY} said the freighter may sail on Monday."
    )
    assert made == headline(
        clause,
        speaker=BODY,
        speech=True,
        short_speaker="NCSSIA",
        sentence=f"{BODY} said the freighter may sail on Monday.",
    )
    assert made.startswith(BODY)


def test_a_report_that_glosses_its_speaker_gives_the_short_form_and_keeps_the_full_actor() -> None:
    report = (
        "The Marrow Bay Regional Water Purification Board (MBRWPB) runs the four pumping stations of the "
        "city.\n\nThe Marrow Bay Regional Water Purification Board said on Wednesday that the pumps were "
        "switched off when the main valve of the eastern station cracked.\n"
    )
    said = [m for m in report_mentions(report, THURSDAY) if m.speaker]
    assert said
    assert all(m.speaker_short == "MBRWPB" for m in said)
    assert all("Marrow Bay Regional Water Purification Board" in m.actors for m in said)
    # (a report that never shortens the name gives none)
    never = report.replace(" (MBRWPB)", "")
    assert all(not m.speaker_short for m in report_mentions(never, THURSDAY))


def test_initials_standing_for_the_name_past_its_country_count() -> None:
    name = "Ruritanian Office for Coastal Survey and Charting"
    text = "The OCSC said the channel was silting up."
    assert short_forms(text, [_actor(name, name, 0), _actor("OCSC", "OCSC", 4)]) == {name: "OCSC"}
    # (initials of another body are not this one's)
    assert short_forms(text, [_actor(name, name, 0), _actor("FTC", "FTC", 4)]) == {}


def test_initials_glossed_in_lower_case_after_their_capital_count() -> None:
    name = "Department for Rural Water Supply"
    text = f"A spokesman for the {name} (Drws) said the wells were dry."
    assert short_forms(text, [_actor(name, name, 20)]) == {name: "Drws"}

"""A country named as where the speakers are or come from is not the state speaking (branch merge60): "a
fisherman from Chile said", "shops in Chile, Peru and Bolivia reported". The country as the verb's subject,
or a body of its state after the preposition, still speaks. All texts are our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import report_mentions

FRIDAY = dt.date(2027, 5, 8)


def voices(text: str) -> list[tuple[str, str]]:
    return [(m.speaker, m.speaker_country) for m in report_mentions(text, FRIDAY) if m.speaker]


def test_a_fisherman_from_a_country_is_not_the_country_speaking() -> None:
    found = voices("A fisherman from Chile said on Friday that the catch had halved since the spring.")
    assert ("Chile", "CHL") not in found


def test_a_list_of_places_the_speakers_are_in_names_no_speaker() -> None:
    found = voices("Shops in Chile, Peru and Bolivia reported on Friday that sales of rice had doubled.")
    assert not any(country in speaker for speaker, _ in found for country in ("Chile", "Peru", "Bolivia"))


def test_a_country_as_the_subject_still_speaks() -> None:
    assert ("Chile", "CHL") in voices("Chile said on Friday that the catch had halved since the spring.")


def test_a_body_of_the_state_after_the_preposition_still_gives_the_country() -> None:
    found = voices(
        "A delegation from the Peruvian foreign ministry said on Friday that the border would reopen."
    )
    assert any(country == "PER" for _, country in found)


def test_a_public_polled_is_not_its_state_speaking() -> None:
    found = voices("Most Americans said in a poll released on Friday that they backed the new tariffs.")
    assert all(country != "USA" for _, country in found)

"""One speaker's words at one occasion are one event (issue 7, matching nothing): a quote voiced by a pronoun
right after the act its speaker reported ("..., the agency's director told reporters." then '"...," she
said.') goes with that act, not into an event of its own. All texts are our own."""

from __future__ import annotations

import datetime as dt

from reports import build_reports

THURSDAY = dt.date(2027, 3, 11)


def events_of(text: str) -> list[tuple[str, str, int]]:
    """(type, title, number of reports) of the events built from one report of THURSDAY."""
    return [(kind, title, n) for kind, _d, _e, title, n in build_reports((THURSDAY, text))]


def test_a_quote_right_after_the_act_its_speaker_reported_goes_with_the_act() -> None:
    built = events_of(
        "Landslides have cut the main road to the northern valleys, the regional transport authority said on "
        "Thursday.\n\n"
        "At least 40 people have been killed in hillside villages, the authority's head of civil "
        "protection, Marta Olsen, told reporters in the provincial capital. "
        '"We expect more slopes to give way if the rain keeps up," she said.'
    )
    kinds = [kind for kind, _title, _n in built]
    assert "statement" not in kinds
    killed = [title for _kind, title, _n in built if "killed" in title]
    assert len(killed) == 1


def test_a_quote_after_another_sentence_is_not_taken_for_the_act() -> None:
    built = events_of(
        "At least 40 people have been killed in hillside villages, the head of civil protection, "
        "Marta Olsen, told reporters on Thursday.\n\n"
        "Army engineers began clearing the main road to the valley on Wednesday.\n\n"
        '"We expect more slopes to give way if the rain keeps up," she said.'
    )
    assert any(kind in ("statement", "claim") for kind, _title, _n in built)


def test_a_quote_after_remarks_set_apart_stays_apart() -> None:
    built = events_of(
        "At least 40 people have been killed in hillside villages, the head of civil protection, "
        "Marta Olsen, told reporters on Thursday. "
        'Earlier, she said: "The worst may be over."'
    )
    assert any(kind in ("statement", "claim") for kind, _title, _n in built)


def remarks_of(text: str) -> list[tuple[str, int]]:
    """(title, number of mentions' reports) of the remarks built from one report of THURSDAY."""
    return [(title, n) for kind, title, n in events_of(text) if kind in ("statement", "claim", "denial")]


def test_the_officials_are_the_two_people_the_report_just_named() -> None:
    remarks = remarks_of(
        "Transport Minister Olga Brandt and Finance Minister Pieter Molenaar wrote to the rail operator's "
        "chairman on Thursday that the company had promised to refund every ticket.\n\n"
        '"Travellers deserve to know where they stand," the two wrote.\n\n'
        "The officials said they expected the operator to honour that promise in full."
    )
    assert len(remarks) == 1


def test_the_officials_after_one_named_speaker_stay_apart() -> None:
    remarks = remarks_of(
        "Transport Minister Olga Brandt wrote to the rail operator's chairman on Thursday that the company "
        "had promised to refund every ticket.\n\n"
        "The officials said they expected the operator to honour that promise in full."
    )
    assert len(remarks) == 2

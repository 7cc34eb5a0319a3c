"""Where a linked event went when the table no longer holds it: merged into another by an analyst,
or rejected. A shared link names an event id; a curation can retire that id after the link was made."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from events.store.curation import Correction, active_corrections, cancelled_ids


@dataclass(frozen=True)
class EventFate:
    """`kind` is "merged" (its reports now belong to `into`), "unsplit" (it was split off `into` and the
    split undone), "rejected", or "" when no correction explains the absence (a rebuild, an article
    removed)."""

    kind: str = ""
    into: str = ""


def event_fate(corrections: Sequence[Correction], event_id: str, held: Callable[[str], bool]) -> EventFate:
    """The fate of `event_id` by the corrections in force; `held(id)` says whether the table has an id.

    Merges are followed to the end ("a merged into b, b into c" -> c); an end that is itself rejected
    makes the linked event rejected."""
    active = active_corrections(corrections)
    merged_into = {c.event_ids[1]: c.event_ids[0] for c in active if c.action == "merge"}
    rejected = {c.event_ids[0] for c in active if c.action == "reject"}
    current, seen = event_id, {event_id}
    while current in merged_into and merged_into[current] not in seen:
        current = merged_into[current]
        seen.add(current)
    if current in rejected:
        return EventFate("rejected")
    if current != event_id and held(current):
        return EventFate("merged", current)
    # An undone split: the split-off id is gone, its reports are back in the event it came from.
    cancelled = cancelled_ids(corrections)
    for correction in corrections:
        if (
            correction.action == "split"
            and correction.id in cancelled
            and correction.event_ids[1] == event_id
        ):
            back = correction.event_ids[0]
            if held(back):
                return EventFate("unsplit", back)
    return EventFate()

"""Exceptions raised by the events package, each carrying a message meant for the user.

EventsError
 +-- InputError          a file or text that cannot be used as an article
 |    +-- DuplicateArticle   the same text is already stored
 +-- DataError           a stored table that is missing, malformed or fails the schema
 |    +-- ArticlesElsewhere  the table's articles are not in its data folder: an add would drop them
 +-- CurationError       a correction that cannot be applied (unknown event, bad value)
 +-- EngineError         the engine could not run the build (a Dask cluster unreachable or failing)
"""

from __future__ import annotations


class EventsError(Exception):
    """Base class: the message is shown to the user as it is, without a traceback."""


class InputError(EventsError):
    """An article (file, upload or pasted text) that cannot be read or used."""


class DuplicateArticle(InputError):
    """The same article text is already in the corpus."""

    def __init__(self, message: str, existing: str) -> None:
        super().__init__(message)
        self.existing = existing


class NotEnglish(InputError):
    """The text is in another language; the extractor reads English only."""

    def __init__(self, message: str, language: str) -> None:
        super().__init__(message)
        self.language = language


class PublicationDateError(InputError):
    """The publication date cannot be read or lies in the future: ask the user for it again."""


class DataError(EventsError):
    """A stored table is missing, unreadable or does not match the schema."""


class ArticlesElsewhere(DataError):
    """The stored table reports articles that its data folder's articles/ lacks, so an add (which rebuilds
    from that folder) would drop their events. `source` is the folder the build read them from, when it
    recorded one: copying them in from there lets the add go ahead. `reason` is the message without its
    advice, which is for the command line (a page offers its own way)."""

    def __init__(self, reason: str, advice: str, source: str, count: int) -> None:
        super().__init__(f"{reason} {advice}")
        self.reason = reason
        self.source = source
        self.count = count


class CurationError(EventsError):
    """A correction names an unknown event or carries a value the schema refuses."""


class EngineError(EventsError):
    """The engine could not run the build: a Dask scheduler that cannot be reached, or workers that
    cannot run the steps (another version of the code or the packages)."""

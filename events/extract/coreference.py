"""One speaker, one name across a report: a surname or an office alone resolved to the person named in full.

A report names its speaker in full once ("Jane Roe, the health minister, said", "Health Minister Jane Roe
visited ...") and elsewhere by surname ("Roe said") or by office ("the minister said"). Read sentence by
sentence, those are three speakers, and the events merging builds from their remarks stay apart, since
merging needs their actors to agree. Here the report is read whole: a bare surname is the one person the
report names in full with it (`surnames_in_full`), an office named alone is the one person the report names
with that office (`office_holders`, `office_speaks`). Two people of one surname or one office, or none, leave
the speaker as it was read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from events.extract.draft import Draft
from events.extract.entities import (
    NOT_NAMES,
    Entity,
    may_be_a_person,
    names_a_person,
    names_an_organisation,
)
from events.extract.vocabulary import (
    COURTESY_TITLES,
    OCCUPATIONS_BEFORE_A_NAME,
    PERSON_ROLES,
    SPEAKER_ROLES,
    alternatives,
)

# What may stand before a surname and is no first name: a title ("Sen. Roe", "Adm Roe", "Chairman Roe"), a
# role ("Interior Secretary Roe"), what the person does ("Rescuer Roe")
_NOT_FIRST_NAMES = (
    NOT_NAMES
    | frozenset(COURTESY_TITLES)
    | frozenset(OCCUPATIONS_BEFORE_A_NAME)
    | frozenset(role.capitalize() for role in PERSON_ROLES)
    | frozenset(
        """Prof Adm Gen Col Lt Sgt Capt Maj Gov Sen Sens Rep Reps Rev Fr Dame Lady Lord Sir King Queen Prince
        Princess Judge Justice Vice Deputy Acting Interim Former Ex Chief Senior Dear Saint St Mrs""".split()
    )
)
# "Timothy Crone", "Kenneth R. Feinberg", "Jean-Luc Roe": a first name (an initial may follow it), then the
# surname; on one line ("Radio Leeds.\n\nRoe" is two lines, no name)
_FIRST_NAME = r"(?P<first>[A-Z][a-z’'-]+)(?:[ \t]+[A-Z]\.)?[ \t]+"


def _full_names_in_text(surname: str, text: str, entities: Sequence[Entity]) -> set[str]:
    """The people a text names in full with `surname`: by their form ("Timothy Crone") where the word
    before the surname is no title, role or word of the sentence ("Chairman Roe", "But Roe"), and the people
    the lists found ("Mary Roe"). One person written with and without a middle initial is one name."""
    found: dict[tuple[str, str], str] = {}
    pattern = re.compile(rf"(?<![\w’'.-]){_FIRST_NAME}{re.escape(surname)}\b(?![ \t]+[A-Z][a-z])")
    for written in pattern.finditer(text):
        first = written.group("first")
        if first in _NOT_FIRST_NAMES or first.endswith(("’s", "'s")):
            continue
        # ("Houston Roe" where Houston is a city the lists know: no first name)
        if any(
            e.start <= written.start() < e.end and not (e.kind == "actor" and names_a_person(e))
            for e in entities
        ):
            continue
        name = " ".join(written.group().split())
        found.setdefault((first, surname), name)
    for entity in entities:
        words = entity.name.split()
        if names_a_person(entity) and 2 <= len(words) <= 4 and words[-1] == surname:
            found.setdefault((words[0], surname), entity.name)
    return set(found.values())


def _bare_surname(speaker: str, entities: Sequence[Entity]) -> bool:
    """Whether a speaker is a lone capitalised word that may be a person's surname ("Roe"), never a body
    the lists know ("Exxon", "Oxfam") nor a body of people ("Officials")."""
    if not re.fullmatch(r"[A-Z][a-z’'-]+", speaker) or speaker in _NOT_FIRST_NAMES:
        return False
    if not may_be_a_person(speaker):
        return False
    return not any(e.name == speaker and (e.kind != "actor" or names_an_organisation(e)) for e in entities)


def surnames_in_full(drafts: list[Draft], text: str, entities: Sequence[Entity]) -> list[Draft]:
    """A speaker read as a bare surname ('"...," Crone said', "Ms Crone added") is the one person the report
    names in full with that surname, anywhere in it ("Timothy Crone, a scientist at ..."), though that name
    was never read as a speaker: one person's remarks then carry one name, and merge."""
    whole: dict[str, str] = {}
    for speaker in {d.speaker for d in drafts if d.speaker}:
        if _bare_surname(speaker, entities):
            names = _full_names_in_text(speaker, text, entities)
            if len(names) == 1:
                whole[speaker] = next(iter(names))
    if not whole:
        return drafts
    return [_renamed(d, d.speaker, whole[d.speaker]) if d.speaker in whole else d for d in drafts]


def _renamed(draft: Draft, short: str, full: str) -> Draft:
    # (a bare surname the lists found as an actor is that person too, so that the actors agree)
    entities = [dataclasses.replace(e, name=full) if e.name == short else e for e in draft.entities]
    return dataclasses.replace(draft, speaker=full, entities=entities)


@dataclasses.dataclass(frozen=True)
class OfficeHolder:
    """A person a report names with an office: "Health Minister Jane Roe" -> ("minister", "health minister",
    "Jane Roe")."""

    role: str  # the office's head noun, lower case ("minister", "executive")
    office: str  # the office as written, lower case ("health minister", "bp's chief executive")
    name: str


_ROLE = rf"(?P<role>(?i:{alternatives(SPEAKER_ROLES)}))"
_NAME = (
    rf"(?!(?:{alternatives(_NOT_FIRST_NAMES)})\b)"
    r"(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z’'-]+){1,2})"
)
# the office named with the person: before the name ("Health Minister Jane Roe", "BP chief executive Jane
# Roe", "the health minister, Jane Roe,") or after it ("Jane Roe, the health minister", "Jane Roe, BP's
# chief executive,")
_OFFICE_THEN_NAME = re.compile(
    rf"(?<![\w’'&.-])(?P<office>(?:[\w’'&.-]+[ \t]+){{0,3}}?{_ROLE}),?[ \t]+{_NAME}\b"
    r"(?![ \t]+[A-Z][a-z])(?!['’]s\b)"
)
# (the words between say whose and which office, never what the person did: "Jane Roe, who met the
# minister", "Jane Roe, appointed by the minister", "Jane Roe, and the minister")
_OFFICE_WORD = (
    r"(?!(?i:who|whom|which|whose|that|and|or|but|with|as|to|of|for|at|in|on|by|from|after|before|when)\b)"
    r"(?:(?:outgoing|incoming|acting)[ \t]+|(?![\w-]+(?:ed|ing)\b)[\w’'&.-]+[ \t]+)"
)
_NAME_THEN_OFFICE = re.compile(
    rf"{_NAME},[ \t]+(?P<office>(?:(?i:the|an?|its|their|his|her)[ \t]+)?(?:{_OFFICE_WORD}){{0,3}}?{_ROLE})\b"
)


def office_holders(text: str, entities: Sequence[Entity]) -> list[OfficeHolder]:
    """The people a report names with an office, each with the office's head noun and its words."""
    holders: list[OfficeHolder] = []
    for pattern in (_OFFICE_THEN_NAME, _NAME_THEN_OFFICE):
        for found in pattern.finditer(text):
            name = " ".join(found.group("name").split())
            if name.split()[0] in _NOT_FIRST_NAMES or not may_be_a_person(name):
                continue
            # ("Minister of Health Bill Doe" is read, "the Harbour Board chairman Tom Hale" too; a place or a
            # body the lists know is no one's name)
            if any(
                e.start <= found.start("name") < e.end and not (e.kind == "actor" and names_a_person(e))
                for e in entities
            ):
                continue
            office = " ".join(found.group("office").lower().split())
            holders.append(OfficeHolder(found.group("role").lower(), office, name))
    return holders


_SAYING = r"(?:said|says|told|tells|added|adds|warned|warns|insisted|stressed|explained|noted|announced)"
_FILLER = r"(?:also|then|later|again|further|had|has|earlier)"
# "the minister said", '"...," the health minister added', "The former prime minister also said": the office
# alone is the verb's subject, opening the sentence or its words after a quotation ...
_OFFICE_SUBJECT = re.compile(
    rf"(?:^|[,.!?;:](?:[\"”’]|'')?[ \t]*|[\"”][ \t]+)[Tt]he[ \t]+(?P<mods>(?:[a-z-]+[ \t]+){{0,2}}?){_ROLE}"
    rf"[ \t]+(?:{_FILLER}[ \t]+)?{_SAYING}\b"
)
# ... or closes it after the verb: '"...," said the minister.'
_OFFICE_CLOSING = re.compile(
    rf"\b{_SAYING}[ \t]+the[ \t]+(?P<mods>(?:[a-z-]+[ \t]+){{0,2}}?){_ROLE}[ \t]*(?:[.;]|,[ \t]*[\"“a-z])"
)


def office_speaks(sentence: str, holders: Iterable[OfficeHolder]) -> str:
    """The person the office named alone as a sentence's speaker stands for ("the minister said"): the one
    the report names with that office ("Health Minister Jane Roe"); of several, the one whose office has the
    words the sentence gives ("the health minister"). "" when none or more than one fits."""
    found = _OFFICE_SUBJECT.search(sentence) or _OFFICE_CLOSING.search(sentence)
    if found is None:
        return ""
    role = found.group("role").lower()
    mods = [w for w in found.group("mods").split() if w not in _SENIORITY]
    names = {h.name for h in holders if h.role == role}
    if len(names) > 1 and mods:
        names = {h.name for h in holders if h.role == role and all(w in h.office.split() for w in mods)}
    return next(iter(names)) if len(names) == 1 else ""


# Words that tell when or how high, not which office: "the former minister", "the new director"
_SENIORITY = frozenset("former new then outgoing incoming acting interim current".split())


def office_speaker(
    sentence: str, holders: Iterable[OfficeHolder], entities: Sequence[Entity], last: tuple[str, str]
) -> tuple[str, str]:
    """Whom a sentence's "the minister said" is read as said by: the one person the report names as minister
    (with the country the lists give that person), rather than whoever spoke last; else `last`."""
    holder = office_speaks(sentence, holders)
    if not holder or holder == last[0]:
        return last
    return holder, next((e.country for e in entities if e.name == holder and e.country), "")

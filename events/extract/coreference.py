"""One speaker, one name across a report: a surname or an office alone resolved to the person named in full.

A report names its speaker in full once ("Jane Roe, the health minister, said", "Health Minister Jane Roe
visited ...") and elsewhere by surname ("Roe said") or by office ("the minister said"). Read sentence by
sentence, those are three speakers, and the events merging builds from their remarks stay apart, since
merging needs their actors to agree. Here the report is read whole: a bare surname is the one person the
report names in full with it (`surnames_in_full`), an office named alone is the one person the report names
with that office (`office_holders`, `office_speaks`). Two people of one surname or one office, or none, leave
the speaker as it was read. A "he" or "she" that opens a sentence is the person an earlier sentence names as
its subject or speaker, when nobody else who could be meant is named between (`person_named_before`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Sequence, Set

from events.extract.draft import Draft
from events.extract.entities import (
    _COURTESY_BEFORE,
    COMMON_WORDS,
    NOT_NAMES,
    Entity,
    may_be_a_person,
    names_a_person,
    names_an_organisation,
    namesake_meant,
)
from events.extract.patterns import compile_for_search
from events.extract.reference import person_gender, referent, surname
from events.extract.speakers import agent_named, office_named_alone
from events.extract.vocabulary import (
    COURTESY_TITLES,
    EXPERTS,
    MEN_GIVEN_NAMES,
    OCCUPATIONS_BEFORE_A_NAME,
    PERSON_ROLES,
    SPEAKER_ROLES,
    WOMEN_GIVEN_NAMES,
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
        Princess Judge Justice Vice Deputy Acting Interim Former Ex Chief Senior Dear Saint St Mrs
        Comrade""".split()
    )
)
# "Timothy Crone", "Kenneth R. Feinberg", "Jean-Luc Roe": a first name (an initial may follow it), then the
# surname; on one line ("Radio Leeds.\n\nRoe" is two lines, no name)
_FIRST_NAME = r"(?P<first>[A-Z][a-z’'-]+)(?:[ \t]+[A-Z]\.)?[ \t]+"


def _full_names_in_text(
    surname: str, text: str, entities: Sequence[Entity], found_only: bool = False
) -> set[str]:
    """The people a text names in full with `surname`: by their form ("Timothy Crone") where the word
    before the surname is no title, role or word of the sentence ("Chairman Roe", "But Roe"), and the people
    the lists found ("Mary Roe"). One person written with and without a middle initial is one name. With
    `found_only`, a given name no list holds counts only where the entities found the person."""
    found: dict[tuple[str, str], str] = {}
    pattern = re.compile(rf"(?<![\w’'.-]){_FIRST_NAME}{re.escape(surname)}\b(?![ \t]+[A-Z][a-z])")
    for written in pattern.finditer(text):
        first = written.group("first")
        if (
            first in _NOT_FIRST_NAMES
            or first.endswith(("’s", "'s"))
            or not _may_be_a_given_name(text, written, entities if found_only else None)
        ):
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
        if (
            names_a_person(entity)
            and 2 <= len(words) <= 4
            and words[-1] == surname
            and words[0] not in _NO_GIVEN_NAMES
        ):
            found.setdefault((words[0], surname), entity.name)
    return set(found.values())


def _may_be_a_given_name(text: str, written: re.Match[str], entities: Sequence[Entity] | None) -> bool:
    """Whether the first word of "<Word> <Surname>" may be a given name: a given name the lists know, or a
    word the entities found as a person's given name ("Kwame Roe said") that is no word which opens a
    sentence ("Nonetheless Roe"), no title, party, kin or standing ("Sheikh Roe", "Republican Roe", "Wife
    Roe", "Suspect Roe"), no common word of English, and, where a sentence opens and every word is
    capitalised, no word the text writes in lower case elsewhere nor an adverb in "-ly". With no `entities`
    (a speaker's surname, a person surely) the form suffices."""
    first = written.group("first")
    if first in MEN_GIVEN_NAMES or first in WOMEN_GIVEN_NAMES:
        return True
    if first in _NO_GIVEN_NAMES or first.lower() in COMMON_WORDS or not _GIVEN_NAME_FORM.fullmatch(first):
        return False
    if _TITLE_CASE_AFTER.match(text, written.end()):
        return False  # ("Mayor Addresses Roe's Critics": a headline capitalises every word)
    before = text[: written.start()].rstrip(" \t")
    opens = not before or before[-1] in _SENTENCE_OPENS
    if opens and (first.endswith("ly") or _in_lower_case(first.lower()).search(text)):
        return False
    # (outside the lists, only a person the entities found: a capitalised word before a surname is as
    # often a title, a role or a word of the sentence, which no list holds in full)
    return entities is None or any(
        e.kind == "actor" and names_a_person(e) and e.start <= written.start() < e.end for e in entities
    )


@functools.lru_cache(maxsize=1024)
def _in_lower_case(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


# Capitalised words before a surname that are no given name: the words that open a sentence and link it to
# the one before (as `reference._OPENING`, `titles._OPENING_CONNECTIVE` and the adverbs that open a
# sentence in corpus.py list them), titles of rank or faith, parties, kin, and the standing a report gives
# a person in a sport, a court or a race
_NO_GIVEN_NAMES = frozenset(
    """But And Yet However Meanwhile Still Now Then So Instead Today Yesterday Tonight Afterwards Later
    Earlier Thus Moreover Furthermore Nevertheless Nonetheless Also Hence Likewise Similarly Additionally
    Subsequently Separately Elsewhere Consequently Initially Overnight Indeed Previously Eventually Finally
    Undeterred Sheikh Imam Rabbi Pastor Bishop Archbishop Cardinal Pope Father Reverend Emir Sultan Crown
    Republican Democrat Democratic Conservative Labour Liberal Tory Socialist Independent Green Opposition
    Wife Husband Widow Widower Son Daughter Brother Sister Mother Father Uncle Aunt Cousin Grandson
    Suspect Defendant Accused Plaintiff Victim Candidate Challenger Incumbent Nominee Rebel Militant
    Coach Striker Goalkeeper Midfielder Defender Forward Skipper Champion Veteran Rookie Comrade""".split()
)
# A possessive and a capitalised word after a name: a headline's title case ("Roe's Handling of ...")
_TITLE_CASE_AFTER = re.compile(r"[’']s[ \t]+[A-Z][a-z]")


# A given name's form: "Kwame", "Jean-Luc" (never "Swiss-based", "Tousle-haired")
_GIVEN_NAME_FORM = re.compile(r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?")
# What a word after it opens a sentence, a line, a quotation or a dateline's text with
_SENTENCE_OPENS = frozenset('.!?:;\n"“‘(—–-')


def _bare_surname(speaker: str, entities: Sequence[Entity]) -> bool:
    """Whether a speaker is a lone capitalised word that may be a person's surname ("Roe"), never a body
    the lists know ("Exxon", "Oxfam") nor a body of people ("Officials")."""
    if not re.fullmatch(r"[A-Z][a-z’'-]+", speaker) or speaker in _NOT_FIRST_NAMES:
        return False
    if not may_be_a_person(speaker):
        return False
    return not any(e.name == speaker and (e.kind != "actor" or names_an_organisation(e)) for e in entities)


def one_name_per_speaker(drafts: list[Draft], text: str, entities: Sequence[Entity]) -> list[Draft]:
    """A speaker a report names in full once and in short elsewhere is one speaker, wherever they speak: a
    body by its spokesperson ("Harbour Line said", then "a Harbour Line spokesman said"); a person by
    surname ('"...," Roe said', "Ms Roe added"), the one the report heard speak in full with it ("said
    consultant Jane Roe of Smith & Co"), else the one it names in full anywhere ("Jane Roe, a scientist at
    ..."), though that name was never read as a speaker. The whole name, and the country the report gives
    a person, stand wherever they speak, so that one speaker's remarks of a day are one voice. A surname
    two people of the report share is the one a reader takes it for (`namesake_meant`: the one just named
    in its paragraph, else the one the report is about), else stays as written. (Initials are left as
    they are: "the WHO said" and
    "the World Health Organization said" are often two occasions a report keeps apart, its chief's remarks
    and the agency's statement.)"""
    names = {d.speaker for d in drafts if d.is_speech_type and d.speaker}
    people: dict[str, set[str]] = {}  # surname -> the whole names of speakers that end with it
    for name in names:
        words = name.split()
        if (
            2 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            # ("Roger N. Anderson": an initial is no acronym)
            and may_be_a_person(" ".join(w for w in words if not _INITIAL.fullmatch(w)))
        ):
            people.setdefault(words[-1], set()).add(name)
    whole: dict[str, str] = {}  # a speaker as read -> the one name it stands for
    shared: dict[str, set[str]] = {}  # a surname two or more people of the report are named in full with
    for draft in drafts:
        speaker = draft.speaker
        if not speaker or speaker in whole:
            continue
        spoken_for = _SPOKESPERSON_OF.fullmatch(speaker)
        if spoken_for is not None and spoken_for.group("body") in names:
            whole[speaker] = spoken_for.group("body")  # "a Harbour Line spokesman" speaks for Harbour Line
        elif " " not in speaker and not speaker.isupper():
            heard = people.get(speaker, set())
            named = (
                _full_names_in_text(speaker, text, entities) if _bare_surname(speaker, entities) else set()
            )
            owners = heard or named
            if len(owners) == 1:
                whole[speaker] = next(iter(owners))
            elif len(owners) > 1:
                shared[speaker] = owners
    countries: dict[str, set[str]] = {}  # a person's whole name -> the countries the report gives them
    for draft in drafts:
        name = whole.get(draft.speaker, draft.speaker)
        if (
            draft.is_speech_type
            and draft.speaker_country
            and name in people.get(name.split()[-1] if name else "", ())
        ):
            countries.setdefault(name, set()).add(draft.speaker_country)
    settled = []
    for draft in drafts:
        if draft.speaker in whole:
            draft = _renamed(draft, draft.speaker, whole[draft.speaker])
        elif draft.speaker in shared:
            last = namesake_meant({p: () for p in shared[draft.speaker]}, draft.sentence.start, text)
            if last:
                draft = _renamed(draft, draft.speaker, last)
        if draft.speaker in countries and not draft.speaker_country:
            known = countries[draft.speaker]
            draft = dataclasses.replace(draft, speaker_country=next(iter(known)) if len(known) == 1 else "")
        settled.append(draft)
    return _bare_surnames_named(settled, text, entities)


def _bare_surnames_named(drafts: list[Draft], text: str, entities: Sequence[Entity]) -> list[Draft]:
    """A person a sentence names by surname alone, as one who acts or is acted on and not as its speaker
    ("President Roe ordered the dam shut", "Mr Roe visited the town"), is the one person the report names
    in full with that surname ("Kwame Roe"), as news names a person in full once and by surname after; of
    two or more, the one a reader takes it for (`namesake_meant`), else it stays as written. A courtesy
    title of one sex before the surname never goes to a person of the other ("Mrs Roe" after only "Kwame
    Roe" stays)."""
    owners_of: dict[str, set[str]] = {}
    settled = []
    for draft in drafts:
        renamed = []
        for entity in draft.entities:
            name = entity.name
            if entity.kind == "actor" and name != draft.speaker and " " not in name and not name.isupper():
                if name not in owners_of:
                    owners_of[name] = (
                        _full_names_in_text(name, text, entities, found_only=True)
                        if _bare_surname(name, entities)
                        else set()
                    )
                # (a sentence's entities are placed within it; the span may hold a title, "Mrs Roe")
                at = draft.sentence.start + entity.start + max(0, entity.text.rfind(name))
                full = _owner_meant(owners_of[name], at, text)
                if full:
                    entity = dataclasses.replace(entity, name=full)
            renamed.append(entity)
        if any(a is not b for a, b in zip(renamed, draft.entities, strict=True)):
            draft = dataclasses.replace(draft, entities=renamed)
        settled.append(draft)
    return settled


def _owner_meant(owners: set[str], at: int, text: str) -> str:
    """The one of `owners` (people named in full with one surname) a bare surname at `at` stands for: the
    one named in full before it (`namesake_meant`); "" when none fits. A courtesy title of one sex before the
    surname ("Mrs Roe") takes only one the text shows of that sex, by a given name or by what it says of
    them; an office or calling before it ("President Roe", "Judge Roe") only one written with it somewhere
    ("President Kwame Roe", "Kwame Roe, the president"): a report may name another Roe by office alone. A
    possessive before a kin word ("Mr Roe's son") names the kin, not Roe."""
    meant = namesake_meant({p: () for p in owners}, at, text) if owners else ""
    if not meant:
        return ""
    if _KIN_AFTER.match(text, at):
        return ""
    courtesy = _COURTESY_BEFORE.search(text, max(0, at - 6), at)
    if courtesy:
        sex = "she" if courtesy.group(1) in ("Mrs", "Ms", "Miss") else "he"
        given = meant.split()[0]
        by_name = given in (WOMEN_GIVEN_NAMES if sex == "she" else MEN_GIVEN_NAMES)
        if not by_name and person_gender(meant, text, namesakes=True) != sex:
            return ""
        return meant
    title = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if title and title.group(1) in _TITLE_WORDS:
        written_with = {w.lower() for m in _words_beside_name(meant).finditer(text) for w in m.groups() if w}
        if title.group(1).lower() not in written_with:
            return ""
    return meant


# A surname in a possessive before a word of kin: "Roe's son", "Roe’s widow"
_KIN_AFTER = re.compile(
    r"[A-Z][\w’'-]*[’']s\s+(?:\w+\s+)?(?:sons?|daughters?|wife|husband|widow|widower|father|mother"
    r"|brothers?|sisters?|family|children|parents)\b"
)


# The titles, roles and callings a name may be written after ("President", "Mrs", "Rescuer"), not the
# other capitalised words that are no first name ("Yesterday")
_TITLE_WORDS = _NOT_FIRST_NAMES - NOT_NAMES
# The word right before a name: "President" of "President Roe", "lady" of "first lady Ama Roe"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


@functools.lru_cache(maxsize=1024)
def _words_beside_name(name: str) -> re.Pattern[str]:
    """The word right before a name in full and the noun of an apposition after it: "President" of
    "President Ama Roe", "lady" of "the first lady, Ama Roe", "president" of "Ama Roe, the president"."""
    return re.compile(
        rf"(?:\b([A-Za-z]+)[.,]?\s+)?(?<![\w’'-]){re.escape(name)}\b"
        rf"(?:,\s+(?:the|a|an)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?)?"
    )


# "Harbour Line's chief spokesman", "a Harbour Line spokeswoman": whose voice a spokesperson is
_SPOKESPERSON_OF = re.compile(r"(?P<body>.+?)(?:[’']s)?\s+(?:chief\s+|senior\s+)?spokes(?:man|woman|person)")
_INITIAL = re.compile(r"[A-Z]\.")


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
    # the office written as a title right before the name ("President Ana Ruiz"), not told of the person
    # ("Ana Ruiz, the president of the ferry workers' union")
    titled: bool = False
    # the office is of a country named with it ("Mexican health secretary Ana Ruiz", "Peru's minister")
    of_a_country: bool = False


_ROLE = rf"(?P<role>(?i:{alternatives(SPEAKER_ROLES)}))"
_NAME = (
    rf"(?!(?:{alternatives(_NOT_FIRST_NAMES)})\b)"
    r"(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z’'-]+){1,2})"
)
# the office named with the person: before the name ("Health Minister Jane Roe", "BP chief executive Jane
# Roe", "the health minister, Jane Roe,") or after it ("Jane Roe, the health minister", "Jane Roe, BP's
# chief executive,")
# (the look-ahead for the letters an office opens with, in any case, before the office: it takes no text,
# and spares the trial of every office at the many words none opens with, up to four times a word)
_ROLE_OPENS = rf"(?=(?i:[{''.join(sorted({role[0] for role in SPEAKER_ROLES}))}]))"
_OFFICE_THEN_NAME = re.compile(
    rf"(?<![\w’'&.-])(?P<office>(?:[\w’'&.-]+[ \t]+){{0,3}}?{_ROLE_OPENS}{_ROLE}),?[ \t]+{_NAME}\b"
    r"(?![ \t]+[A-Z][a-z])(?!['’]s\b)"
)
# (what every match holds, an office then two capitalised words, looked for first in each line: the pattern
# above tries up to four places for the office at every word, and most lines have no office before a name;
# a match never spans a line, its gaps being spaces and tabs)
_OFFICE_BEFORE_CAPITALS = re.compile(
    rf"(?<![\w’'&.-]){_ROLE_OPENS}(?i:{alternatives(SPEAKER_ROLES)}),?[ \t]+[A-Z][a-z’'-]+[ \t]+[A-Z]"
)


def _offices_then_names(text: str) -> Iterator[re.Match[str]]:
    """`_OFFICE_THEN_NAME.finditer(text)`, line by line, in the lines that may hold a match."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if _OFFICE_BEFORE_CAPITALS.search(text, start, end):
            yield from _OFFICE_THEN_NAME.finditer(text, start, end)
        start = end + 1


# (the words between say whose and which office, never what the person did: "Jane Roe, who met the
# minister", "Jane Roe, appointed by the minister", "Jane Roe, and the minister")
_OFFICE_WORD = (
    r"(?!(?i:who|whom|which|whose|that|and|or|but|with|as|to|of|for|at|in|on|by|from|after|before|when)\b)"
    r"(?:(?:outgoing|incoming|acting)[ \t]+|(?![\w-]+(?:ed|ing)\b)[\w’'&.-]+[ \t]+)"
)
# (the look-ahead for a capital first, so that the search passes over other positions at once, not
# trying each of the words no name begins with there)
_NAME_THEN_OFFICE = re.compile(
    rf"(?=[A-Z]){_NAME},[ \t]+"
    rf"(?P<office>(?:(?i:the|an?|its|their|his|her)[ \t]+)?(?:{_OFFICE_WORD}){{0,3}}?{_ROLE})\b"
)

# ... and a title right before a surname alone ("President Okafor", "Interior Secretary Ruiz"): the office
# capitalised as a title, so that "the minister" after "Foreign Minister Ruiz" is Ruiz, as it is after
# "Foreign Minister Ana Ruiz"
_TITLE_THEN_SURNAME = compile_for_search(
    rf"(?<![\w’'&.-])(?P<office>(?:[A-Z][\w’'&-]*[ \t]+){{0,2}}?"
    rf"(?P<role>{alternatives(frozenset(r.capitalize() for r in SPEAKER_ROLES))}))"
    r"[ \t]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![’'-])(?![ \t]+[A-Z][a-z])"
)

# ... or its abbreviation ("Sen. Ana Okafor", "Gov Ruiz", "Adm. Tom Hale")
_ABBREVIATED_ROLES = {
    "Sen": "senator",
    "Gov": "governor",
    "Adm": "admiral",
    "Gen": "general",
    "Col": "colonel",
    "Pres": "president",
    "Det": "detective",
    "Insp": "inspector",
    "Amb": "ambassador",
}
_ABBREVIATED_TITLE_THEN_NAME = compile_for_search(
    rf"(?<![\w’'&.-])(?P<office>(?P<role>{alternatives(_ABBREVIATED_ROLES)}))\.?[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z’'-]+){0,2})\b(?![’'-])"
    r"(?![ \t]+[A-Z][a-z])"
)


def office_holders(text: str, entities: Sequence[Entity]) -> list[OfficeHolder]:
    """The people a report names with an office, each with the office's head noun and its words."""
    holders: list[OfficeHolder] = []
    for pattern in (_OFFICE_THEN_NAME, _NAME_THEN_OFFICE, _TITLE_THEN_SURNAME, _ABBREVIATED_TITLE_THEN_NAME):
        for found in _offices_then_names(text) if pattern is _OFFICE_THEN_NAME else pattern.finditer(text):
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
            role = _ABBREVIATED_ROLES.get(found.group("role"), found.group("role").lower())
            office = _ABBREVIATED_ROLES.get(found.group("office")) or " ".join(
                found.group("office").lower().split()
            )
            titled = pattern is not _NAME_THEN_OFFICE and found.group("role")[:1].isupper()
            of_a_country = any(
                e.kind == "country" and found.start("office") <= e.start < found.end("office")
                for e in entities
            )
            holders.append(OfficeHolder(role, office, name, titled, of_a_country))
    return holders


def office_speaks(sentence: str, holders: Iterable[OfficeHolder]) -> str:
    """The person the office named alone as a sentence's speaker stands for ("the minister said"): the one
    the report names with that office ("Health Minister Jane Roe"); of several, the one whose office has the
    words the sentence gives ("the health minister"). "" when none or more than one fits."""
    return _holder_of(office_named_alone(sentence), holders)


def _holder_of(office: str, holders: Iterable[OfficeHolder]) -> str:
    if not office:
        return ""
    *words, role = office.split()
    mods = [w for w in words if w not in _SENIORITY]
    held = [h for h in holders if h.role == role]
    names = _one_name_each({h.name for h in held})
    if len(names) > 1 and mods:
        names = _one_name_each({h.name for h in held if all(w in h.office.split() for w in mods)})
    if len(names) > 1:
        # ("President Ana Ruiz" and "Tom Hale, the president of the growers' union": "the president" alone
        # is the one who bears the office as a title)
        titled = _one_name_each({h.name for h in held if h.titled and h.name in names})
        names = titled if len(titled) == 1 else names
    if len(names) > 1:
        # ("Health secretary, Jane Roe," and "Mexican health secretary Ana Ruiz": the office said alone is the
        # one whose country the report does not need to name)
        home = _one_name_each({h.name for h in held if not h.of_a_country and h.name in names})
        names = home if len(home) == 1 else names
    return next(iter(names)) if len(names) == 1 else ""


def _one_name_each(names: set[str]) -> set[str]:
    """ "President Obama" and "President Barack Obama" are one holder: a lone surname that ends a whole name
    among them is that name's."""
    return {n for n in names if " " in n or not any(o.split()[-1] == n and o != n for o in names)}


def described_as(text: str, name: str, role: str) -> bool:
    """Whether the report calls the person `name` by the office `role`: "Judge Jane Roe", "the judge, Jane
    Roe", "Jane Roe, the presiding judge" (a few words between the name and the office, in one phrase)."""
    if not text or not name or not role:
        return False
    person, office = re.escape(name), re.escape(role)
    return (
        re.search(
            rf"(?i:\b{office})\b,?\s+{person}\b|\b{person},\s+(?i:an?|the|its|their)\s+(?:[^\s.,;:]+\s+){{0,4}}?"
            rf"(?i:{office})\b",
            text,
        )
        is not None
    )


SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# Words that tell when or how high, not which office: "the former minister", "the new director"
_SENIORITY = frozenset("former new then outgoing incoming acting interim current".split())


def office_speaker(
    sentence: str,
    holders: Iterable[OfficeHolder],
    entities: Sequence[Entity],
    last: tuple[str, str],
    *,
    heard: bool = True,
    text: str = "",
) -> tuple[str, str]:
    """Whom a sentence's "the minister said" is read as said by: the one person the report names as minister
    (with the country the lists give that person), rather than whoever spoke last. With nobody, or two, so
    named, nobody: the office speaks as said ("the minister"), never the last speaker, who may hold another
    office or none. A sentence whose speaker is not an office alone keeps `last`. `heard` says whether `last`
    spoke, rather than being only the person a sentence was about; `text` is the report, to see how it
    describes them."""
    office = office_named_alone(sentence)
    if not office:
        return last
    holder = _holder_of(office, holders)
    *described, role = office.split()
    heard_words = last[0].lower().split()
    if (
        not holder
        and role in heard_words
        # ("The defence minister said ..." then "The health minister said ...": an office of another
        # portfolio is another voice)
        and all(w in heard_words for w in described if w not in _SENIORITY)
    ):
        # ("A defence official said ... the official said", "A spokesman for the agency said ... the
        # spokesman added": the unnamed voice heard last, by its office)
        return last
    if not holder and office.split()[-1] in SPOKESPEOPLE and last[0] and not may_be_a_person(last[0]):
        # ("A Harbour Line spokesman confirmed ...", then "the spokesman said": the body heard last)
        return last
    if (
        not holder
        and len(last[0].split()) >= 2
        and may_be_a_person(last[0])
        # ('"...," the health minister said. "...," the mayor said': a voice heard by its office alone,
        # whose head is written in lower case, is that office, never a person the next office describes)
        and not last[0].split()[-1].islower()
        # (a voice heard by an office of that name, "Defence minister", holds it for another portfolio)
        and role not in heard_words
        and not any(h.role == office.split()[-1] or h.name == last[0] for h in holders)
        # ('Tom Hale, the harbour master, said ... "...," the fire chief said': a job no list holds is
        # still another office)
        and not _another_job(text, last[0], role)
        and (heard or described_as(text, last[0], office.split()[-1]))
    ):
        # ("Jane Roe, who counsels the family, said ... The rights leader claimed ...": the person just heard,
        # named with no office of their own, and the office no one else's, is a description of them; one
        # named with another office, "Tom Hale, the mayor", is not the minister. One only spoken of, "Tom
        # Hale was charged on Monday. The judge said ...", is a party the office's holder deals with, not
        # the holder, unless the report calls them by that office)
        return last
    if not holder:
        return "", last[1]
    if holder == last[0]:
        return last
    return holder, next((e.country for e in entities if e.name == holder and e.country), "")


def described_by_job(text: str, job: str) -> str:
    """The person `text` last describes by the job `job` ends in, as "the singer" after them points back:
    "Harbour band singer Mira Tolsen" or "Mira Tolsen, the band's singer," for "the rock singer"; "" when
    it names no one so."""
    if not job.split():
        return ""
    before, after, brought_in = _job_patterns(job.split()[-1])
    found = [m for pattern in (before, after) for m in pattern.finditer(text)]
    people = [m for m in found if may_be_a_person(" ".join(m.group("name").split()))]
    if not people:
        return ""
    last = max(people, key=lambda m: m.end())
    # ("... drilling engineer Ana Roe. Later a company engineer phoned the office. The engineer said": one
    # brought in by "a" after the named one, and left unnamed, is the one "the" points back to)
    if brought_in.search(text[last.end() :]):
        return ""
    return " ".join(last.group("name").split())


@functools.lru_cache(maxsize=256)
def _job_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`described_by_job`'s patterns for the job's head noun: compiled once per noun (two hold `_NAME`,
    whose list of words that are no first name makes the three take 4-5 ms of CPU to compile, paid again
    in each report after the re module's cache, which a build's 2,000 patterns overrun, had dropped them)."""
    head = re.escape(word)
    before = rf"(?i:\b{head})[ \t]+{_NAME}\b(?![ \t]+[A-Z][a-z])(?!['’]s\b)"
    # (no preposition between the article and the job: "Tom Hale, the father of a soldier," is a father, and
    # the soldier someone else)
    after = (
        rf"(?=[A-Z]){_NAME},[ \t]+(?:\d{{1,3}},[ \t]+)?(?i:an?|the|its|their|his|her)[ \t]+"
        rf"(?:(?!(?i:of|for|to|with|in|at|from|by|on|about)\b)[\w’'&.-]+[ \t]+){{0,3}}?(?i:{head})\b"
    )
    brought_in = rf"\b(?i:an?|another)\s+(?:[\w’'&.-]+\s+){{0,3}}?(?i:{head})\b(?![ \t]+[A-Z])"
    return re.compile(before), re.compile(after), re.compile(brought_in)


def _another_job(text: str, name: str, role: str) -> bool:
    """Whether the report describes the person `name` by a job other than `role` in a phrase set off after
    the name ("Tom Hale, the harbour master,", "Ana Roe, 41, a crane operator,"): a job of a list or of an
    agent noun's form, whose head is not `role`."""
    if not text or not name:
        return False
    for found in re.finditer(
        rf"\b{re.escape(name)},\s+(?:\d{{1,3}},\s+)?(?:an?|the)\s+(?P<job>(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s*[,.;]",
        text,
    ):
        job = found.group("job")
        head = job.split()[-1]
        if head != role and (head in PERSON_ROLES or agent_named(job)):
            return True
    return False


@dataclasses.dataclass(frozen=True)
class EarlierSentence:
    """A sentence before a pronoun, as the look-back for what the pronoun stands for reads it: its words,
    the people it names (whole names), and the person it gives as its speaker, if any."""

    text: str
    people: tuple[str, ...]
    speaker: str = ""


# How many sentences back a "he" or "she" may look for the person it stands for
PERSON_REACH = 5

# People named by form, whom the lists may lack: a courtesy title then a surname ("Mr Berg", "Dr. Ruiz"),
# or a given name a list knows then a surname ("Tomas Berg")
_NAMED_BY_FORM = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Miss|Sir|Dame|Dr)\.?|{alternatives(MEN_GIVEN_NAMES | WOMEN_GIVEN_NAMES)})"
    r"[ \t]+(?P<surname>[A-Z][a-z’'-]+)\b"
)


def people_named_by_form(sentence: str) -> set[str]:
    """The people a sentence names by form (`_NAMED_BY_FORM`), whole where it names them so: "Mr Berg met
    Tomas Ruiz" -> {"Berg", "Tomas Ruiz"}."""
    return {
        found.group("surname")
        if found.group().startswith(_TITLES_BY_FORM)
        else " ".join(found.group().split())
        for found in _NAMED_BY_FORM.finditer(sentence)
    }


_TITLES_BY_FORM = ("Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Dr")


# A sentence opening on a person with no name: "The president named ...", "Her sister was ...", "A second
# suspect was ..." (not "The minister, Ana Roe, ...", nor "The minister Ana Roe ...")
_UNNAMED_PERSON_OPENS = re.compile(
    r"\W*(?:the|an?|his|her|their|its|another|one|[A-Z][\w’'-]*[’']s)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternatives(PERSON_ROLES | EXPERTS)}|man|woman|boy|girl|son|daughter|wife|husband|mother|father"
    r"|brother|sister|suspect|victim|witness|survivor|relative|friend|neighbou?r|driver|worker|child|teenager)"
    r"s?\b(?!\s*,?\s*(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


# A subject described, not named, by a noun of an agent no list of roles holds: "The singer had been ...",
# "The drummer was ..." ("The union", "Her office": no one a "he" or "she" may be; "His lawyer, Maria Lund,"
# is named)
_DESCRIBED_SUBJECT_OPENS = re.compile(
    r"\W*(?:The|A|An|His|Her|Their|Its|Another|One)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*(?:er|or|ist|ian|ant|ent|man|woman)s?\b(?!\s*,?\s*[A-Z][a-z]+\s+[A-Z])"
)


def person_named_before(pronoun: str, earlier: Sequence[EarlierSentence], people: Set[str], text: str) -> str:
    """The person a "he" or "she" that opens a sentence stands for, as a headline names them (the surname):
    the subject, or the speaker, of the nearest sentence before (`earlier`, the nearest first) that has a
    person of the pronoun's gender for either, when no other person who could be that "he" or "she" is
    named from there to the pronoun. "Ana Ruiz, the port's director, resigned on Monday. Her deputy, Tom
    Hale, was not available. Prosecutors accuse Ruiz of fraud. She will appear ..." -> "Ruiz". "" when two
    could be meant, or none is found within PERSON_REACH sentences: a wrong name is worse than a pronoun."""
    word = pronoun.lower()
    if word not in ("he", "she"):
        return ""
    seen: set[str] = set()  # the people who could be meant, named on the way back
    for sentence in earlier[:PERSON_REACH]:
        if _UNNAMED_PERSON_OPENS.match(sentence.text) or _DESCRIBED_SUBJECT_OPENS.match(sentence.text):
            # ("Ana Ruiz resigned. The president named a successor. He ...": a person passed over unnamed
            # may be the one meant, and "The singer had been ..." names a person no list of roles holds)
            return ""
        seen |= {name for name in sentence.people if person_gender(name, text) in ("", word)}
        # (two surnames, or one surname of two whole names, "David Roe" and "Tom Roe": two people)
        if len({surname(name) for name in seen}) > 1 or len({name for name in seen if " " in name}) > 1:
            return ""
        meant = referent(word, sentence.text, people, text=text)
        if (
            not meant
            and sentence.speaker in people
            and " " in sentence.speaker
            and person_gender(sentence.speaker, text) in ("", word)
        ):
            meant = surname(sentence.speaker)
        if meant:
            # (the person found is the one named on the way back, or nobody was; and no two people of the
            # report share the surname, unless the whole name was given)
            namesakes = {p for p in people if " " in p and surname(p) == surname(meant)}
            alone = len(namesakes) <= 1 or " " in meant
            return meant if {surname(name) for name in seen} <= {surname(meant)} and alone else ""
    return ""

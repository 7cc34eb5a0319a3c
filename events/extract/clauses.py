"""Which part of a sentence tells the happening: clause bounds, independent clauses, asides, relatives.

`title_clause` cuts from a sentence, for a title, the comma-separated stretch that holds the trigger
(`_clause_bounds` finds where the stretches begin), from after "said that" or "since" and before
", according to". `independent_clauses` cuts "X did A; Y did B" so each part is read alone; `without_asides`
reads a sentence as if written without its asides; `what_was_said` is the remarks after a verb of saying.
Relative and reduced relative clauses ("the gas that leaked from the well last year", "restrictions imposed
last month") are found here, because a date inside one dates the noun it describes, not the sentence's main
verb. These are questions about a sentence's shape only: whether what they find is an event is decided by
events.extract.mentions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from events.extract.corpus import Sentence
from events.extract.dates import DateMention, dates_naming_a_time
from events.extract.entities import Entity
from events.extract.patterns import CLOSING_MARK
from events.extract.speakers import (
    FINITE_VERB,
    INVERTIBLE,
    MIN_SAID_WORDS,
    QUOTE_CLOSED_BEFORE,
    RELATIVE_ASIDE,
    two_speakers,
)
from events.extract.triggers import TRIGGERS, Trigger, possible_families, rx
from events.extract.vocabulary import (
    BARE_TIMETABLE_PARTICIPLES,
    CALENDAR_DAY,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MONTH_NAMES,
    NO_DEED_PARTICIPLES,
    PAST_SAYING_VERBS,
    PERSON_ROLES,
    SAME_AS_THE_PRESENT,
    WEEKDAY_NAMES,
    alternatives,
)

_OPENING_QUOTE = re.compile(
    r"^\s*[\"“]([^\"“”]{3,}?)[,.!?]?[\"”]\s*,?\s*(?:[\w’'.-]+\s+){0,6}"
    # ('"...," retired admiral Jane Roe, who oversees the response, said': the speaker described)
    r"(?:[\w’'.-]+,\s+(?:who|which|an?|the)\b[^\"“”,]{0,120},\s+)?$"
)


_SEMICOLON = re.compile(r";\s+")
# a subject and a verb in the present: "NWG hopes", "it remains"
_PRESENT_VERB = re.compile(
    r"\b(?:it|he|she|[A-Z][\w.’'-]*)\s+(?:now\s+|also\s+)?[a-z]{3,}s\b|\b(?:says|plans|hopes|expects|wants|aims"
    r"|intends|remains|needs|faces|insists|believes|warns|argues|denies|claims|admits|agrees|seems|appears)\b"
)


def independent_clauses(sentences: Iterable[Sentence]) -> Iterator[Sentence]:
    """Each sentence, cut at a semicolon that joins two clauses of their own ("it would be a stopgap
    repair; the city hopes to seal it by mid-August"): each is read alone, so that the mood or the date
    of one does not pass to the other. A list ("in Juba; in Malakal") has no verb on each side."""
    for sentence in sentences:
        pieces: list[tuple[int, int]] = []
        start = 0
        for mark in _SEMICOLON.finditer(sentence.text):
            pieces.append((start, mark.start()))
            start = mark.end()
        pieces.append((start, len(sentence.text)))
        if len(pieces) == 1:
            pieces = two_speakers(sentence.text)
        if len(pieces) == 1 or any(
            len(sentence.text[a:b].split()) < MIN_CLAUSE_WORDS
            or not (FINITE_VERB.search(sentence.text[a:b]) or _PRESENT_VERB.search(sentence.text[a:b]))
            for a, b in pieces
        ):
            yield sentence
            continue
        for a, b in pieces:
            yield Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b], sentence.paragraph)


DAY_AFTER_NOUN = rx(
    r"\s+(on\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day(\s+(morning|afternoon|evening|night))?|yesterday|today)"
    r"\s*,?\s*$"
)
OPENING_PHRASE = rx(r"(in|at|on|from|across|after|under|during|near|outside|inside|throughout)\s+[^,;]*$")


def without_asides(
    sentence: Sentence, asides: list[Sentence], dates: list[DateMention], entities: list[Entity]
) -> tuple[Sentence, list[DateMention], list[Entity], dict[int, DateMention]]:
    """The sentence with its asides (and the commas that set them off) cut out, as if written without
    them ("Lindqvist said he disagreed"), with the dates and names outside them moved to match; and, by the
    id of each moved date, the date it stands for in the whole sentence."""
    text = sentence.text
    cuts: list[tuple[int, int]] = []
    for aside in asides:
        low, high = aside.start - sentence.start, aside.end - sentence.start
        before = text[:low].rstrip()
        set_off = before.endswith(",")  # a comma before it, and the one after it, go with it
        low = len(before) - 1 if set_off else len(before)
        # "In Chad, where ..., the ministry said": the comma after an opening phrase stays
        low += 1 if OPENING_PHRASE.match(text[:low]) else 0
        high += 1 if set_off and text[high : high + 1] == "," else 0
        if not before and text[high : high + 1] == ",":
            # "After striking down the ban on Tuesday, the judge ...": a phrase that opens the sentence goes
            # with the comma and the space that close it
            high += len(text[high:]) - len(text[high + 1 :].lstrip())
        cuts.append((low, high))

    def moved(at: int) -> int:
        return at - sum(high - low for low, high in cuts if high <= at - sentence.start)

    def outside(start: int, end: int) -> bool:
        return not any(low <= start - sentence.start < high for low, high in cuts)

    for low, high in reversed(cuts):
        text = text[:low] + text[high:]
    back: dict[int, DateMention] = {}
    kept_dates = []
    for d in dates:
        if sentence.start <= d.start and d.end <= sentence.end and outside(d.start, d.end):
            shifted = dataclasses.replace(d, start=moved(d.start), end=moved(d.end))
            back[id(shifted)] = d
            kept_dates.append(shifted)
    kept_entities = [shifted_entity(e, moved(e.start) - e.start) for e in entities if outside(e.start, e.end)]
    compact = Sentence(sentence.start, sentence.start + len(text), text, sentence.paragraph)
    return compact, kept_dates, kept_entities, back


MIN_CLAUSE_WORDS = 4


_PARTICIPLES = alternatives(IRREGULAR_PARTICIPLES)


# "convicted him of fraud and crimes committed in the north in 2013": a bare "and" inside the object of a
# preposition joins two nouns, the second told of by a participle phrase ("committed in ..."), not a clause
_OBJECT_OF_PREPOSITION = rx(r"\b(?:of|for|over|against|about)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+$")
_NOUN_AND_PARTICIPLE = rx(
    r"(?-i:[a-z][\w’'-]*)(?:\s+(?!(?:was|were|is|are|be|been|has|have|had|will|would)\b)[\w’'-]+){0,4}?\s+"
    rf"(?-i:[a-z]{{3,}}ed|{_PARTICIPLES})\s+(?:(?:out|up|off)\s+)?"
    r"(?:in|on|at|during|between|from|across|throughout|over)\b"
)


def nouns_joined(text: str, found: re.Match[str]) -> bool:
    return (
        found.group().strip() == "and"
        and _OBJECT_OF_PREPOSITION.search(text, 0, found.start()) is not None
        and _NOUN_AND_PARTICIPLE.match(text, found.end()) is not None
    )


SUBJECT_MAX_WORDS = 6


# "last month tightened rules": a time phrase before the verb is no subject
_LEADING_TIME = rx(
    r"^((last|this|next|earlier\s+this|later\s+this)\s+(week|month|year|spring|summer|autumn|fall|winter)"
    rf"|yesterday|(on\s+)?({alternatives(WEEKDAY_NAMES)})|(in\s+)?({alternatives(MONTH_NAMES)}))\s*,?\s+"
)


# "will now remain closed" after "The hotel was busy over the summer but": a modal that opens a clause, its
# verb after it in lower case, has lost its subject ("Will Roe", "Can Yilmaz" open with a name, "May" a date)
_MODAL_OPENING = rx(r"^(?:will|would|could|should|might|must|can)\s+(?-i:[a-z])")


# "eventually cleared the channel", "later surrendered": an adverb before the verb of a joined predicate
# (a list, as many nouns end in "-ly": "supply", "rally", "assembly", "family")
_ADVERBS_BEFORE_VERB = (
    "eventually finally quickly immediately subsequently promptly swiftly briefly formally officially"
    " reportedly initially originally temporarily partially partly largely narrowly publicly recently"
    " previously quietly successfully unanimously repeatedly secretly reluctantly abruptly suddenly"
    " then later also soon again"
).split()
_ADVERB_BEFORE_VERB = rx(rf"^(?-i:{'|'.join(_ADVERBS_BEFORE_VERB)})\s+(?=(?-i:[a-z]))")


def lost_subject(clause: str) -> bool:
    first = _LEADING_TIME.sub("", clause).split(" ", 1)[0].lower()
    # ("also voicing hope": only a finite verb after the adverb shows the subject was lost)
    after_adverb = _ADVERB_BEFORE_VERB.sub("", _LEADING_TIME.sub("", clause)).split(" ", 1)[0].lower()
    first = after_adverb if FINITE_VERB.fullmatch(after_adverb) else first
    # "sank in April" after "The ferry caught fire on 3 March and": an irregular past has lost it too
    irregular = bool(FINITE_VERB.fullmatch(first)) and first not in ("can", "may", "will", "must")
    return (
        irregular
        or _MODAL_OPENING.match(_LEADING_TIME.sub("", clause)) is not None
        or bool(_BARE_PREDICATE.fullmatch(first))
        or first
        in (
            "was",
            "were",
            "had",
            "has",
            "have",
            "is",
            "are",
        )
    )


def first_trigger(text: str) -> Trigger | None:
    families = possible_families(text.lower())
    return next((t for t in TRIGGERS if t.family != "other" and t.finditer(text, families)), None)


def with_subject(first: str, clause: str) -> str:
    """ "Transferred to The Hague" after "He was arrested ..." -> "He was transferred to The Hague"."""
    # ("The hotel, which reopened in March, was busy ...": the verb of an aside set off by commas is not
    # the subject's)
    first = _COMMA_ASIDE.sub("", first)
    # "The Tutsi-led M23 captured": "led" inside a compound is no verb
    # ("Will Roe was arrested": a word that opens the clause is its subject, never its verb)
    verb = next(
        (m for m in FINITE_VERB.finditer(first) if m.start() > 0 and first[m.start() - 1] != "-"), None
    )
    if verb is None:
        return clause
    auxiliary = re.match(r"(is|are|was|were|has|have|had|will|would)(\s+been)?\b", verb.group(), re.I)
    # "the council on Friday added ...": the day is the first clause's, not part of who acted
    subject = DAY_AFTER_NOUN.sub("", first[: verb.start()].strip(" ,"))
    subject = subject[:1].upper() + subject[1:]
    if not subject or len(subject.split()) > SUBJECT_MAX_WORDS or _LEADING.match(subject):
        return clause
    # (a modal is the clause's own auxiliary too: "will now remain closed" takes no "was" before it)
    own_auxiliary = clause.split(" ", 1)[0].lower() in (
        *("was", "were", "had", "has", "have", "is", "are"),
        *("will", "would", "could", "should", "might", "must", "can"),
    )
    # ("was named chief in March and resigned on Friday": "was" is no auxiliary of a verb that takes no
    # passive, nor of a simple past, nor of a past after "was driving")
    if auxiliary and not own_auxiliary and not _takes_the_auxiliary(first[verb.start() :], clause):
        return f"{subject} {clause[:1].lower()}{clause[1:]}"
    lead = f"{subject} {first[verb.start() : verb.end()]}" if auxiliary and not own_auxiliary else subject
    if (
        auxiliary
        and not own_auxiliary
        and verb.group().lower()
        in (
            "has",
            "have",
            "had",
            "will",
            "would",
            "is",
            "are",
            "was",
            "were",
        )
    ):
        been = re.match(r"\s+been\b", first[verb.end() :])
        lead += been.group() if been else ""
    return f"{lead} {clause[:1].lower()}{clause[1:]}"


# Pasts of the same form as their participle, which the list of participles leaves out
_PAST_AS_PARTICIPLE = frozenset(
    """beat bid bound burst dealt dug fed got hung let lit meant sat slid sped stood stuck swept swung upheld
    withheld""".split()
)
# Pasts that are never a participle ("was arrested and fled" has no "was fled")
PAST_ONLY = frozenset(IRREGULAR_PAST) - frozenset(IRREGULAR_PARTICIPLES) - _PAST_AS_PARTICIPLE
# ... the object a verb in the past opens, which a participle after a noun ("jobs lost in the crisis") lacks
# ... but not a time phrase, which follows a participle as readily: "jobs lost the previous spring", "a deal
# struck a week earlier", "a vote held the same day"
_OBJECT_OPENS = rx(
    r"\s+(?!(?:the|a|an)\s+(?:previous|next|following|same|last|other|day|week|month|year)\b"
    r"|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\b)"
    r"(?:the|a|an|its|his|her|their|\d)\b"
)


def irregular_past_tells(verb: str, after: str) -> bool:
    """Whether an irregular verb after a subject is its finite past, not a participle after a noun: one that
    is never a participle ("the roof fell in", "the strike began"), or one that takes its object ("the team
    lost the final", "the firm sold its stake"); "talks held in Geneva" is a noun and its participle."""
    word = verb.lower()
    return word in PAST_ONLY or (word in IRREGULAR_PAST and _OBJECT_OPENS.match(after) is not None)


# Pasts in -ed of verbs that take no object, hence no passive: "was appointed and resigned", "was injured
# and died", "was charged and pleaded not guilty"
_NO_PASSIVE = frozenset(
    """appeared apologised apologized arrived collapsed complained departed died disappeared emerged escaped
    existed fled happened occurred pleaded remained resigned responded retired stayed stepped testified
    travelled traveled vanished vowed waited""".split()
)


# The auxiliary of a predicate, "been" after it, and the word it helps: "was (quickly) arrested", "has been
# named"
_AUXILIARY_AND_VERB = re.compile(
    r"(?P<auxiliary>\w+)\s+(?P<been>been\s+)?(?:\w+ly\s+)?(?P<word>[a-z]+)", re.IGNORECASE
)


def _takes_the_auxiliary(predicate: str, clause: str) -> bool:
    """Whether the second of two joined predicates shares the first's auxiliary: "was arrested in May and
    transferred to The Hague" does, "was named chief in March and resigned on Friday" (no passive of
    "resign") and "was driving home and crashed" (a past after a progressive) do not; "has visited Rome and
    met the pope" does ("has" takes any participle)."""
    words = [w.lower().strip(",") for w in clause.split()[:3]]
    second = next((w for w in words if not w.endswith("ly")), "")
    helped = _AUXILIARY_AND_VERB.match(predicate)
    if helped is None:
        return True
    if helped.group("word").lower().endswith("ing"):
        return second.endswith("ing")
    passive = bool(helped.group("been")) or helped.group("auxiliary").lower() in ("is", "are", "was", "were")
    return second not in PAST_ONLY and not (passive and second in _NO_PASSIVE)


def shifted_entity(entity: Entity, by: int) -> Entity:
    return Entity(
        kind=entity.kind,
        name=entity.name,
        country=entity.country,
        start=entity.start + by,
        end=entity.end + by,
        text=entity.text,
        role=entity.role,
        source=entity.source,
    )


# An aside set off by two commas: a relative clause or a participle with its agent
# (a comma between digits, "12,000 people", does not close it)
_COMMA_ASIDE = rx(r",\s+(?:[a-z]{3,}ed\s+by|which|who|whose)\b(?:[^,;]|(?<=\d),(?=\d))*,")


def comma_aside_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _COMMA_ASIDE.finditer(text)]


# ", called by the union", ", led by a judge": a participle with its agent, set off by a comma
# ("under contingency plans released by the ministry": a participle right after its noun, with its agent, is a
# reduced relative too; "passed by 60 votes", "rose by 5%" measure, they name no agent)
_AGENT_PARTICIPLE = rx(r"(?:,|(?<=[a-z]))\s+[a-z]{3,}ed\s+by\s+(?=(?:the|its|their|his|her|(?-i:[A-Z]))\b)")
# A relative clause with its own verb in the past: "the crash which closed the line on 9 March"
RELATIVE_CLAUSE = rx(
    r"\b(?:which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:\w+ly\s+)?(?:\w{3,}ed|sank|struck|broke|began"
    r"|took|made|gave|won|lost|held|led|fled|sent|left|went|came|fell|rose|hit|shot|sold|paid|killed)\b[^,;:“”\"]*"
)


def unless_in_a_relative_clause(own: DateMention, text: str, offset: int, said_at: int) -> DateMention | None:
    """Remarks are not dated by a date inside a relative clause of what was said ("Lindqvist said the firm
    was not to blame for the crash which closed the line on 9 March"): the clause's act is of that day,
    the saying is not."""
    at = own.start - offset
    for found in RELATIVE_CLAUSE.finditer(text, said_at):
        if found.start() <= at and own.end - offset <= found.end():
            return None
    return own


# "the bonus scheduled for", "the driver charged with causing it": a noun phrase and a participle
# after it, with no auxiliary ("was scheduled for Monday" dates its clause), up to the date
# ("the vote set for Monday", not "the fund set out in August", "the blast that set off the fire")
_TIMETABLE = rf"{alternatives(BARE_TIMETABLE_PARTICIPLES)}|set(?=\s+(?:to|for)\b)"
_REDUCED_RELATIVE = rx(
    r"\b(the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?!(?:was|were|is|are|be|been|being|has|have|had)\s)"
    rf"[a-z][\w-]*\s+({_TIMETABLE}|charged|accused|convicted|sentenced|indicted)\s+[^,;:.]{{0,60}}$"
    # ("has said local elections due to take place on 14 March will be delayed": a plural noun
    # with no article, right after the verb of saying)
    rf"|\b(said|says|announced|told\s+\w+)\s+(that\s+)?([a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s\s+({_TIMETABLE})\s+"
    r"[^,;:.]{0,60}$"
)


# "one of the towns worst hit by the floods six years ago", "homes destroyed by the storm last year":
# a participle with its agent after a noun, whose date is the agent's happening
_AGENT_AFTER_NOUN = rx(
    r"\b(?P<head>[a-z][\w-]*)\s+(?:(?:worst|hardest|badly|most|severely|heavily)\s+)?"
    r"(?:hit|struck|affected|damaged|destroyed|flattened|ravaged|devastated|battered|pummell?ed|lashed|wrecked"
    r"|caused|triggered|sparked)\s+by\s+"
    r"(?:the|an?|its|their|his|her)\s+[^,;:.]{0,50}$"
)
_AUXILIARY_WORDS = frozenset("was were is are be been being has have had get gets got getting".split())


# "has lifted all restrictions imposed last month", "withdrew the troops sent in on Monday": a past
# participle right after the object of a verb that is not one of saying or knowing opens a reduced relative,
# and a date closing it dates the noun's happening, not the verb's
_PARTICIPLE_AFTER_OBJECT = rx(
    r"\b(?P<verb>[a-z]{3,}ed|" + alternatives(IRREGULAR_PAST) + r"|withdrawn|taken|given|made|begun)\s+"
    # ("was suspended last week on a second well begun May 16": or the object of a preposition after it)
    r"(?:(?:[^\s,;:.]+\s+){0,4}?(?:in|on|of|at|with|for|from|to|into|over|about)\s+)?"
    r"(?P<noun>(all|the|a|an|its|his|her|their|these|those|some|several)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?P<participle>(?!(?:seabed|need|speed|seed|feed|breed|hundred|shed|naked|wicked|sacred|kindred)\b)"
    r"[a-z]{3,}ed|" + _PARTICIPLES + r")\s+(?P<rest>[^,;:.]{0,50})$"
)
# (a subordinating word or a subject pronoun opens a clause: "acquired the stake when it bought" holds no
# noun phrase "the stake when it", and "bought" is the when-clause's own verb)
_INSIDE_NOUN_BREAK = rx(
    r"\b(the|a|an|of|in|on|at|to|for|with|by|from|and|or|following|including|during|after|before"
    r"|when|while|as|because|since|until|once|whereas|although|though|if|it|he|she|they|we|i|you)\b"
)
# What may follow a participle of a reduced relative before its date: nothing, or a preposition or an adverb
_AFTER_PARTICIPLE = rx(
    r"$|(?-i:[A-Z])|\d|(by|in|on|at|for|from|to|into|onto|over|under|last|this|earlier|early|late|later|during|after"
    r"|before|since|about|around|with|near|off|out|up|down|public|back|again|until|through|across|against"
    r"|along|between|within|jointly|only|just|first|originally|initially|formally|officially|here|there)\b"
)
# ("the top of the damaged well": a participle before a noun qualifies it; none follows a bare function word)
_NOUN_ENDS_BARE = rx(r"\b(the|a|an|of|in|on|at|to|for|with|its|his|her|their|this|that|and|or)$")
# verbs whose object may be a clause ("said the troops arrived on Monday"): no reduced relative after them
_CLAUSE_TAKING = rx(
    r"(said|told|announced|reported|warned|claimed|confirmed|stated|added|noted|revealed|showed|found|believed"
    r"|thought|feared|hoped|expected|insisted|argued|suggested|estimated|learned|heard|saw|knew|realized"
    r"|realised|denied|admitted|acknowledged|explained|indicated|predicted|assumed|decided|agreed|ensured"
    r"|alleged|concluded|determined|felt|meant|proved|recalled|reckoned|remembered|said|understood|wished)"
)
_FINITE_AFTER = rx(r"\b(is|are|was|were|has|have|had|will|would|be|been)\b")


def participle_after_object(before: str) -> re.Match[str] | None:
    """The reduced relative a date closes when the text before it ends in one after a verb's object
    ("has lifted all restrictions imposed" + "last month"); None otherwise."""
    found = _PARTICIPLE_AFTER_OBJECT.search(before)
    if (
        found is None
        or _CLAUSE_TAKING.fullmatch(found.group("verb"))
        or FINITE_VERB.search(found.group("rest"))
        or _NOUN_ENDS_BARE.search(found.group("noun"))
        # ("built in the north following a deal signed in 2019": one noun phrase, no second one inside it)
        or _INSIDE_NOUN_BREAK.search(found.group("noun").split(None, 1)[-1])
        # ("a guest tested positive for the flu expressed dismay": a word in -ed with an object is a verb)
        or not _AFTER_PARTICIPLE.match(found.group("rest"))
        # ("Gunmen who attacked a village on Sunday were arrested on": no noun phrase holds a verb)
        or _FINITE_AFTER.search(found.group("noun"))
        or found.group("participle") in _AUXILIARY_WORDS
    ):
        return None
    return found


def in_reduced_relative(before: str) -> bool:
    """Whether a date closes a participle phrase after an object: a finite verb must come before the
    noun phrase ("Police charged the doctor on Monday" has none, and the date is the charging's)."""
    found = _REDUCED_RELATIVE.search(before)
    if found is not None and FINITE_VERB.search(before[: found.start()]) is not None:
        return True
    if participle_after_object(before) is not None:
        return True
    # ("were hit by the storm on Monday" is the clause's own verb, and dates it)
    agent = _AGENT_AFTER_NOUN.search(before)
    return (
        agent is not None
        and agent.group("head").lower() not in _AUXILIARY_WORDS
        and FINITE_VERB.search(before[: agent.start()]) is not None
    )


def in_relative_after(date: DateMention, text: str, offset: int, act_end: int) -> bool:
    """Whether the date closes a relative clause with a verb of its own that opens after the act's verb
    ("... the gas that leaked from the well last year", "approved the plan, which runs in 2027 and 2028"),
    or a participle phrase that tells of a noun there ("convicted him of crimes committed in 2013")."""
    at = date.start - offset
    found = [*_RESTRICTIVE_RELATIVE.finditer(text, act_end)] + [
        m
        for m in _PARTICIPLE_PHRASE.finditer(text, act_end)
        # (the noun is the object of a word before it, never the subject opening a clause: "..., scientists
        # reported on Tuesday" after a comma is a voice of its own)
        if _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _CLAUSE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    return any(act_end <= m.start() and m.start() <= at and date.end - offset <= m.end() for m in found)


def in_participle_phrase_after(date: DateMention, text: str, offset: int, after: int) -> bool:
    """Whether the date closes a participle phrase of a plural noun that opens after `after` ("..., said
    Roe, an author of a study of samples taken in late June"): the noun's deed is of that date, not the
    saying before it."""
    at = date.start - offset
    return any(
        after <= m.start() <= at
        and date.end - offset <= m.end()
        and _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _CLAUSE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        for m in _PARTICIPLE_PHRASE.finditer(text, after)
    )


# "a driver who fled the scene on Friday was charged": a relative clause in the subject, closed by its
# date right before the main clause's verb, tells when the noun's deed was done, not the main act
# (a gathering is the main act's occasion: "ministers who met on Monday agreed" is not read so)
_SUBJECT_RELATIVE = rx(
    r"\b(?:who|that|which)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:\w+ly\s+)?"
    rf"(?!(?:met|gathered|convened|assembled)\b)(?:\w{{3,}}ed|{alternatives(IRREGULAR_PAST)})\b[^,;:“”\"()]*$"
)
# (a comma may close the subject's aside first: "The aid, aimed at villages that were flooded in May, is ...")
_MAIN_VERB_NEXT = rx(
    r"^\s*,?\s+(?:(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should)\b"
    r"|(?!(?:and|or|but|then)\b)[a-z]{3,}ed\b)"
)


def in_subject_relative(
    date: DateMention, text: str, offset: int, act_start: int, opens_after: int = 0
) -> bool:
    """Whether the date closes a relative clause of the subject, the act's word coming after it ("a
    traveller who returned from abroad last week has tested positive" + the testing); `opens_after`, the
    relative pronoun stands after that point (a clause that was said, after its verb of saying)."""
    if act_start < date.end - offset:
        return False
    found = _SUBJECT_RELATIVE.search(text, 0, date.start - offset)
    if found is None or found.start() < opens_after:
        return False
    after = text[date.end - offset :]
    if after.lstrip().startswith(",") and text[: found.start()].rstrip().endswith(","):
        # ("The union, which called the strike on March 3, accepted": the relative set off by commas is an
        # aside, read apart when the main clause is long enough, else with it; only a relative inside a
        # longer aside, "The aid, aimed at villages that were flooded in May, is ...", ends at its comma)
        return False
    return _MAIN_VERB_NEXT.match(after) is not None


# "Arrested in May, the suspect was charged on Monday": a past participle opening the sentence, the phrase
# up to its comma (no comma inside a number: "Fined $1,000 in May")
_OPENING_PARTICIPLE = rx(
    rf"^(?P<participle>(?-i:[A-Z][a-z]{{2,}}ed)|(?:{alternatives(IRREGULAR_PARTICIPLES)}))\b"
    r"(?:[^,;:\"“”()]|(?<=\d),(?=\d))*?(?=,(?!\d))"
)
# the participles of a thing's origin or a person's career ("Founded in 1998, ...", "Elected in 2008, ..."):
# who or what the subject is, told as background, not a happening of the story
_ORIGIN_PARTICIPLE = rx(
    r"(?:born|founded|co-founded|established|built|formed|created|elected|re-elected|appointed|named|raised"
    r"|educated|trained|ordained|knighted|married|nicknamed|dubbed|known|based|located|situated)"
)

# the participles of being asked, reached, planned or expected ("Reached by telephone on Tuesday, the mayor
# said", "Scheduled for March, the vote was postponed"): the day is the remarks' or the plan's, no happening
_NO_DEED_PARTICIPLE = rx(rf"(?:{alternatives(NO_DEED_PARTICIPLES)}|pressed|approached)")
# where the main clause's own words end: a that-clause, a question or a quotation it governs, or the words a
# verb of saying reports ("the report said unemployment rose in October": October is the rise's, not the
# report's)
_GOVERNED_CLAUSE = rx(rf"\b(?:that|whether)\b|[:\"“]|\b(?P<saying>{alternatives(PAST_SAYING_VERBS)})\b")


def opening_participle(sentence: Sentence, dates: list[DateMention]) -> list[Sentence]:
    """The past participle phrase that opens the sentence, as an aside ([] or [it]), when it holds a date of
    its own and the clause after its comma has a subject, a finite verb and a date of its own: "Arrested in
    May, the suspect was charged on Monday" tells the arrest of May and the charging of Monday. Not a phrase
    of a thing's origin or a person's career ("Founded in 1998, the firm ..."), nor one with a verb of its own
    ("Asked on Monday whether he would resign, the minister said ...": the question is the remarks')."""
    found = _OPENING_PARTICIPLE.match(sentence.text)
    if (
        found is None
        or _ORIGIN_PARTICIPLE.fullmatch(found.group("participle"))
        or _NO_DEED_PARTICIPLE.fullmatch(found.group("participle"))
    ):
        return []
    end = sentence.start + found.end()
    own = [d for d in dates if d.value != "PRESENT_REF"]
    phrase = found.group()
    for date in own:
        # (a date's words are no verb: "in May")
        if sentence.start <= date.start and date.end <= end:
            at = date.start - sentence.start
            phrase = phrase[:at] + " " * (date.end - date.start) + phrase[date.end - sentence.start :]
    if FINITE_VERB.search(phrase, found.end("participle")):
        return []
    inside = [d for d in own if sentence.start <= d.start and d.end <= end]
    # (only a date of the main clause's own words: "Released on Monday, the report said unemployment rose in
    # October" tells no rise of a date of its own)
    governed = _GOVERNED_CLAUSE.search(sentence.text, found.end())
    bound = sentence.start + governed.start() if governed is not None else sentence.end
    # (a date right after the verb of saying is the saying's own: "said on Monday")
    said = sentence.start + governed.end() + len(" on ") if governed and governed.group("saying") else bound
    after = [d for d in own if end < d.start < bound or bound < d.start <= said]
    rest = sentence.text[found.end() + 1 :]
    if not inside or not after or len(rest.split()) < MIN_CLAUSE_WORDS or not FINITE_VERB.search(rest):
        return []
    return [Sentence(sentence.start, end, found.group(), sentence.paragraph)]


_RESTRICTIVE_RELATIVE = rx(
    r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:\w+ly\s+)?"
    # ("which runs in 2027 and 2028", "that expires in 2030": a present tense tells of its own time too)
    rf"(?:\w{{3,}}ed|{alternatives(IRREGULAR_PAST)}|(?-i:[a-z]{{2,}}(?<![su]s)s))\b[^,;:“”\"]*"
)
# "convicted him of crimes committed in the north in 2013", "jailed over bribes paid to officials in 2016": a
# plural noun and a past participle with no auxiliary before it, then a preposition, after the act's verb:
# the phrase tells when the noun's deed was done, not when the act was. (No conjunction or relative
# pronoun may stand just before the noun: "as soldiers retreated in March" is a clause of its own.)
_WORD_BEFORE = re.compile(r"[A-Za-z]\s+$")
_CLAUSE_WORD_BEFORE = rx(
    r"\b(?:and|but|or|as|when|while|after|before|because|since|until|if|that|which|who)\s+$"
)
_PARTICIPLE_PHRASE = rx(
    r"\b(?-i:(?!(?:was|has|is|its|this|does|his|hers|ours|theirs|yours|as|us)\b)[a-z]{3,}(?<![su]s)s)\s+"
    rf"(?-i:(?:[a-z]{{2,}}ed|{_PARTICIPLES}))\s+(?:(?:out|up|off)\s+)?"
    r"(?:in|on|at|during|between|from|across|throughout|over)\b[^,;:“”\"]*"
)
_LEADING = rx(
    r"^(but|and|however|meanwhile|also|earlier|later|in\s+response|at\s+one\s+point|referring\s+to|adding"
    # ("In the past, experience has told us": the whole phrase goes, never "In the" alone)
    # ("That's why ...": a contraction is the clause's own subject and verb, no "that" that leads to it)
    # ('"That estimate is based on ...": a capital "That" opens a quotation or sentence as its determiner or
    # subject; only a lower-case "that" leads to the clause after a verb of saying)
    r"|saying|(?-i:that)|on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|in\s+(?:the\s+|a\s+|an\s+)?\w+|this\s+development\s+follows)\b(?!['’])[,\s]*"
)
# What a phrase opened by "in" or "on" ("In one incident last week,", "On Saturday afternoon,", "In the flood
# and landslide,") keeps after `_LEADING` took its first words: its last words, up to the comma that closes
# it. They go too, or the clause opens on a stray word and a comma ("Afternoon, a team was called").
_PHRASE_OPENED = rx(r"^(?:in|on)\s")
_REST_OF_PHRASE = rx(r"^(?-i:[a-z])[\w’'-]*(?:\s+[\w’'.-]+){0,4}?,\s+")
# ("In a statement issued on Monday, the ministry said": a participle after the phrase's noun describes it)
_PARTICIPLE_FIRST = rx(r"^[a-z]+(?:ed|en)\b")


def without_leading(clause: str) -> str:
    """The clause without the linking word or opening phrase before its subject ("But on Saturday afternoon,
    the team ..." -> "the team ..."); a rest of the phrase that holds a verb ("In Paris police arrested two
    men, ...") is the clause's own and stays."""
    found = _LEADING.match(clause)
    if found is None:
        return clause
    rest = clause[found.end() :]
    left = (
        _REST_OF_PHRASE.match(rest)
        if _PHRASE_OPENED.match(found.group()) and "," not in found.group()
        else None
    )
    if left is not None and not FINITE_VERB.search(_PARTICIPLE_FIRST.sub("", left.group())):
        return rest[left.end() :]
    return rest


# A first word that is a verb with its subject cut off: "Collapsed at his home", "Says the official".
_BARE_PREDICATE = rx(r"\w{2,}ed|says|said|told|arriving|including|\w+ing")
_SUBORDINATE = rx(r"\b(since|after|when|as|while|because)\s+(?=\S+\s+\S+)")
_THAT = rx(
    r"\b(said|says|told\s+\w+|announced|claimed|reported|reports|revealed|warned|noted|noting|stated|added|adding"
    r"|saying|insisting|claim|alleged|estimates|believe[sd]?|emphasi[sz]ed|underscored|stressed|indicate[sd]?)\b"
    # ("said at that time it wanted": a time, not what was said)
    r"[^.]{0,40}?(?<!\bat\s)\bthat\s+(?!(?:time|day|moment|point|stage|week|month|year)\b)"
)
_NOTHING = re.compile(r"(?!)")
# a verb in the present, in -s, before what it takes: "as the minister begins a visit", "as prices rise to"
_PRESENT_BEFORE_ITS_OBJECT = rx(
    r"\b(?-i:[a-z]{3,})(?<!ss)(?<!us)(?<!is)s\s+(?:the|an?|to|its|his|her|their|up|out|off|on|in|into|with|from"
    r"|at|as|\d)\b"
)
# an infinitive, perfect or passive as well: "to leave", "to have died", "to have been hurt"
_INFINITIVE = rx(r"\bto\s+(?:have\s+been\s+|have\s+|be\s+)?[\w’'-]+")
# "and" (or "but") and then a finite verb with no subject of its own: a second verb of a subject named before
# ("and comes as ...", "and follows weeks of ...": a verb in the present, in -s, before what it takes)
_JOINED_TO_THE_MAIN_VERB = rx(
    rf"\s+(?:and|but)\s+(?:\w+ly\s+)?(?=(?:{FINITE_VERB.pattern})\b"
    r"|(?-i:[a-z]{3,})(?<!ss)(?<!us)(?<!is)s\s+(?:the|an?|as|its|his|her|their|to|with|from|\d))"
)
_REPORTING_LEAD = rx(
    # ("told the doctor he would ...": who was told, with its determiner; "told a county committee on
    # Monday that ...": a listener of a few words, and when, before the "that" of what was said)
    r"^(\w+\s+){0,2}?(said|reported|told\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?:(?!(?:the|a|an|that|which|who)\b)[\w’'-]+\s+){0,2}?[\w’'-]+(?:\s+(?:on|in|at)\s+[\w’'-]+)?(?=\s+that\s)"
    r"|\w+)|announced|stated|claimed|added|noted|warned|noting|saying|adding"
    r"|insisting|stressing|warning|emphasi[sz]ing|underscoring)\s+(that\s+)?"
)


def _attribution_start(text: str, speech: re.Match[str]) -> int:
    """Where '..., the ministry's spokesperson said on Friday.' begins: the last comma before the verb that
    leaves at least six words of what was said."""
    # (not the comma of a number: "the 1,900 contracts")
    commas = [m.start() for m in re.finditer(r",(?!\d{3}\b)", text[: speech.start()])]
    # (nor the commas of an aside: "The strike, called by the union, is expected to last two days, officials
    # said" is said whole; "..., Jane Roe, who runs the shelter, said" is still said by Jane Roe)
    aside = {c for m in _COMMA_ASIDE.finditer(text, 0, speech.start()) for c in (m.start(), m.end() - 1)}
    commas = [c for c in commas if c not in aside] or commas
    for comma in commas:
        if len(text[:comma].split()) >= 6:
            return comma
    return commas[-1] if commas else speech.start()


# What may stand between a speech verb and what was said: who was told, when and where it was said.
_LISTENER = re.compile(
    r"^\s+(?:reporters|journalists|parliament|lawmakers|police|investigators|detectives|doctors|him|her|them|us|me"
    # ("told NBC's Ann Lee he ...": a listener named with their outlet's possessive)
    # ("told the Daily Beast changes were made": a listener's name runs over its capitalised words)
    r"|the\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}|the\s+\w+|[A-Z][\w.-]+(?:[’']s)?(?:\s+[A-Z][\w.-]+){0,2})"
)
_AFTER_SPEECH = rx(
    r"^(?:\s+(?:on|late\s+on|early\s+on|in|at|during)\s+(?:an?\s+|the\s+|a\s+televised\s+)?(?:\w+\s+){0,2}?"
    r"(?:\w+day|morning|afternoon|evening|night|statement|address|interview|briefing|conference|hearing"
    # ("said Tuesday's meeting was ...": a day's possessive is the subject of what was said, not its date)
    r"|speech|letter|post)\b|\s+(?:yesterday|today|tonight|\w+day)\b(?!['’])"
    # ("estimated Wednesday night that ...": the part of the day goes with its day)
    r"|\s+(?:morning|afternoon|evening|night)\b"
    # "said at that time it ...": when, not what was said
    r"|\s+at\s+(?:that|the)\s+time\b"
    # "said on May 22 it ...", "said on 3 June that ...": the calendar's day, as a weekday is
    rf"|\s+(?:on\s+)?{CALENDAR_DAY}\b"
    # "said last night that ...", "told reporters earlier this week": when, not what was said
    r"|\s+(?:(?:late|early)\s+)?(?:last|this|earlier|later)\s+(?:this\s+|that\s+)?(?:night|morning|afternoon"
    r"|evening|week|month|year|today)\b)*"
    r"[\s,:]*(?:that\s+)?[\s\"“‘`']*"
)
_REPORTS_WORDS = rx(
    r"said|says|say|told|tells|added|warned|warns|announced|announces|stated|claimed|claims|insisted|argued"
    r"|noted|stressed|estimated|reiterated|admitted|acknowledged|confirmed|predicted|explained|revealed"
    r"|alleged|alleges|asserted|testified|denied|denies|saying|adding|insisting"
    r"|replied|retorted|answered|responded|e-?mailed|emailed|texted|tweeted|wrote|estimates|predicts|forecasts"
)
# verbs of saying that take a thing as readily as a clause: "estimated the cost at", "confirmed the deaths"
_TAKES_AN_OBJECT = rx(
    r"estimated|estimates|predicted|predicts|forecasts|announced|announces|confirmed|denied|denies|revealed"
    r"|acknowledged|admitted|reiterated|noted|stressed"
)
_FIRST_STRETCH = re.compile(r",|;|\s[-–—]\s|\s(?:while|but|as|after|before|because)\s")
_NOT_SAID = rx(r"(in|at|on|after|before|during|from|to|as|when|while|outside|inside|near|by|for|of|with)\b")


# A phrase of time that opens what was said, up to its comma: "in late April or early May, ", "on the night
# of the vote, " (a phrase of place, "in Abidjan after the results", holds no month, day or year)
_DATED_PHRASE_THEN_COMMA = re.compile(
    r"^(?:in|on|at|by|during|since|until|from|before|after)\s+(?=[^,;:]*\b(?:"
    + alternatives([*MONTH_NAMES, *WEEKDAY_NAMES])
    + r"|(?:19|20)\d\d|morning|afternoon|evening|night|week|month|year)\b)[^,;:]{1,50},\s+(?=\w)"
)
_HOW_THEN_THAT = re.compile(r"\s+(?:in|on|at|to|during)\s[^.;:\"“”]{1,60}?\sthat\s")


def what_was_said(text: str, speech: re.Match[str]) -> str:
    """ "Roe, an expert, said on Friday the government was over-reacting" -> "the government was
    over-reacting": the reported words after the verb, past its listener, its date and "that"."""
    verb = speech.group().lower()
    if not _REPORTS_WORDS.fullmatch(verb):
        return ""  # "expressed frustration", "welcomed the deal": the object is no reported clause
    rest = text[speech.end() :]
    if re.search(r"\b(the|an?)\s+$", text[: speech.start()], re.IGNORECASE):
        return ""  # "the estimated 250,000 pigs": an adjective, nobody speaks
    # '"Nobody said it would fail," Jane Roe said on Tuesday, adding ...': the words said open the sentence
    opening = _OPENING_QUOTE.match(text[: speech.start()])
    if opening and len(opening.group(1).split()) >= MIN_SAID_WORDS:
        return opening.group(1).strip(" ,")
    if QUOTE_CLOSED_BEFORE.search(text[: speech.start()]):
        return ""  # '"...," said Jane Roe, who ...': the words said stand before the verb, its speaker after
    wrote_that = _HOW_THEN_THAT.match(rest) if not verb.startswith(("told", "tell")) else None
    if wrote_that is not None:
        # "wrote in a letter to the president on Thursday that the ban ...": how, to whom and when, then
        # what was said
        rest = " " + rest[wrote_that.end() :]
    if verb.startswith(("told", "tell")):
        # "told the pro-government Imedi station that ...", "told BBC Radio 5 live: ...": who was told runs
        # up to "that" or the colon
        that = re.match(r"^(?:\s+[\w’'-]+){1,8}?(?:\s+that\s|:\s)", rest)
        listener = that or _LISTENER.match(rest)
        rest = rest[listener.end() :] if listener else rest
    lead = _AFTER_SPEECH.match(rest)
    said = rest[lead.end() if lead else 0 :].strip(' ,.;"“”')
    quoted = bool(re.search(r"[\"“‘`']", rest[: lead.end()] if lead else "")) or rest.lstrip().startswith(
        ('"', "“", "‘", "`", "'")
    )
    # (what a second sentence says is not this one's; "its U.S. tax bill" goes on past the initialism)
    said = re.split(rf"(?<={CLOSING_MARK})\s|[”\"]\s*,?\s*(?:he|she|they|[A-Z]\w+)\s+(?:said|added)", said)[0]
    dated = _DATED_PHRASE_THEN_COMMA.match(said)
    if dated is not None and not quoted:
        # "said in late April or early May, the budget office denied ...": when, then what was said
        said = said[dated.end() :]
    if re.match(r"[a-z]+ed\s+(by|on|in|at|from)\b", said):
        return ""  # "said in a statement carried by the Tasnim agency": how it was said, not what
    if not quoted and _NOT_SAID.match(said):
        return ""  # "told reporters in Abidjan after the results": where and when, what was said is before
    if len(said.split()) < MIN_SAID_WORDS or not (quoted or FINITE_VERB.search(said)):
        return ""
    if (
        not quoted
        and _TAKES_AN_OBJECT.fullmatch(verb)
        and not FINITE_VERB.search(_FIRST_STRETCH.split(said, maxsplit=1)[0])
    ):
        # "had estimated the damage at 300 million euros, adding that the sum might grow": a
        # thing estimated, confirmed or denied, not a clause said; the verb of a later stretch is not its own
        return ""
    said = said.strip(' ,.;"“”')
    if said.count('"') % 2 or said.count("“") != said.count("”"):
        # 'were "disturbing."' lost its closing mark with the full stop; a mark glued between two words by the
        # scrape ('a "perfect case"was threatened') stood for a space
        said = re.sub(r'["“”]', "", re.sub(r'(?<=\w)["“”](?=\w)', " ", said))
    return said


def title_clause(text: str, speech: re.Match[str] | None, span: tuple[int, int]) -> str:
    """The part of a sentence that says what happened, for a title: the comma-separated stretch that holds
    the trigger, from after "said that" / "since" and before ", according to"."""
    if speech is not None and span[1] <= speech.start():
        # '"We can announce the port is safe," Jane Roe, who oversees the response, said': a trigger
        # inside the words said that open the sentence; they are the clause, whatever stands before the verb
        opening = _OPENING_QUOTE.match(text[: speech.start()])
        if opening and span[0] < opening.end(1) and len(opening.group(1).split()) >= MIN_SAID_WORDS:
            return opening.group(1).strip(" ,")
    attributed = _AS_ATTRIBUTION.match(text)
    if (
        attributed is not None
        and span[1] <= attributed.end()
        and (speech is None or speech.end() <= attributed.end())
        and len(text) - attributed.end() > 12
    ):
        # "As the chief inspector put it on Monday, the ban is a mistake": the opening tells who said it (and
        # when); what was said is the clause after it
        return _trigger_clause(text[attributed.end() :], None, (0, 1))
    clause = _trigger_clause(text, speech, span)
    if speech is not None and span == (speech.start(), speech.end()):
        said = what_was_said(text, speech)
        # the words said make the headline when they are no longer than the stretch around the verb
        if said and (
            len(said) <= len(clause)
            or len(said) <= SAID_TITLE_ROOM
            or not FINITE_VERB.search(clause)
            or speech.group() in clause  # the stretch around the verb is only the attribution
        ):
            return said  # its case as written: "reports of ..." stays lower after "X says"
    return clause


# An opening that attributes the rest of the sentence: "As the minister put it on Monday, ", "As Roe noted, "
_AS_ATTRIBUTION = re.compile(
    r"^(?:(?:But|And|Or)\s+)?(?:As|Just\s+as)\s+[^,;:“”\"]{2,80}?\s+(?:(?:has|had|have)\s+)?(?:put\s+it|said|says"
    r"|noted|notes|observed|observes|explained|explains|wrote|writes|told\s+\w+|pointed\s+out|remarked|warned"
    r"|argued|argues|stated)\b[^,;:“”\"]{0,40},\s+"
)
_AUXILIARIES = frozenset("is are was were has have had will would".split())
SAID_TITLE_ROOM = 70  # what is said, with "X says " before it, still fits a title


# a subject that opens the sentence, then its description between commas: "Jane Roe, a US diplomat in
# Caracas, Venezuela, "
# (the linking word and the name opening a sentence, shared with mentions' reading of two parties' deeds)
OPENING_NAME = (
    r"^(?:(?:But|And|Meanwhile|Later|Earlier)\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
)
_APPOSED_SUBJECT = re.compile(
    OPENING_NAME
    + (
        # ("Millbrook school, in north Harwick, will be closed": a name with a lower-case kind)
        r"(?:\s+(?:[a-z]+\s+){0,2}(?:school|college|academy|hospital|university))?)"
        # ("Anna Berg, 54, denied ...": an age alone, or before the description, as news gives a person's)
        r",\s+(?:\d{1,3},\s+$|(?:\d{1,3},\s+)?"
        # ("Anna Berg, head of the retail arm, ...": a bare role and what it is of)
        rf"(?:an?|the|its|his|her|their|in|of|from|near|(?:[a-z-]+\s+)?(?:{alternatives(PERSON_ROLES)})\s+(?:of|at|for))"
        r"\s[^;:“”\"]{3,140}?,\s+$)"
    )
)


# a subject described first, then named between commas: "The head of the inquiry, retired judge Ana Varga, "
# (a headline names the person; the name may follow its role, never a phrase of place: "The town of Lesko,
# west of Harwick, " names no subject)
_NAMED_AFTER_DESCRIPTION = re.compile(
    r"^(?:(?:But|And|Meanwhile|Later|Earlier)\s+)?(?P<described>(?:The|A|An|Its|His|Her|Their|[A-Z][\w.&-]*['’]s?)\s"
    r"[^,;:“”\"]{3,100}?),\s+"
    # (nor a relative clause, "the storm, which formed over the Bahamas, ", nor a noun with its determiner)
    r"(?![^,]*\b(?:of|in|at|on|near|from|to|for|by|with|outside|inside|about|around|across|along|off|over|under"
    r"|into|through|between|after|before|west|east|north|south|and|or|who|which|that|whose|the|a|an)\b)"
    # (the whole run of capitals before the comma, "Coast Guard Admiral Ana Lund", after any role in lower
    # case)
    r"(?:(?:[\w’'.-]+\s+){0,5}?(?-i:[a-z])[\w’'-]*\s+)?(?P<name>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]+),\s+$"
)


# ... or a subject of a few words, any of them lower-case, and a description that opens with an article
# ("The storm, the first named storm of the season, "), with no verb of its own
_DESCRIBED_SUBJECT = re.compile(
    r"^(?!(?:In|On|At|By|For|From|After|Before|During|With|Under|Over|Since|As|When|While|If|But|And|Yet|So"
    r"|Then|Earlier|Later|Meanwhile|However|Still|Also|Last|This|Next)\b)(?P<name>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3})"
    r",\s+(?:an?|the)\s(?:(?!\b(?:who|which|that)\b)[^;:,“”\"]){3,140},\s+$"
)
# the verb of the subject, right after the description's comma: "hit", "was downgraded", "made landfall"
_VERB_OPENS = re.compile(
    rf"(?:is|are|was|were|has|have|had|will|would|(?-i:[a-z]{{3,}}ed)|{alternatives(IRREGULAR_PAST)})\s"
)


# a conjunction that opens a clause with a subject of its own, named with a capital ("... while Brookfield
# academy, near the ring road, welcomed ...")
_SUBJECT_CONJUNCTION = re.compile(r"\b(?:as|when|while|after|before|because|since|until|and|but)\s+(?=[A-Z])")


_THAT_OPENS = re.compile(r"^(?:(?i:that|on\s+\w+day|\w+day|yesterday|today)\s+)+")


# (or a colon: "... before Dr Roe asks: "You OK?"": what was said follows the verb)
_SAID_THAT_AFTER = re.compile(r"\s*:|\s+(?:[\w’'-]+\s+){0,3}?that\s", re.IGNORECASE)


_CLOSING_DESCRIBED_SPEAKER = re.compile(
    r",\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s+(?:the|a|an|its|his|her|their)\s+[^,]{1,60},\s*"
    r"(?:said|added|says|told\s+\w+|warned|explained)\.?\s*$"
)


# a relative clause about the subject whose object is a list: "The port, which handles grain, steel and
# timber, was closed": the list's commas are inside the clause, the last one closes it
_LISTED_RELATIVE = rx(
    r",\s+(?:who|which|whose)\b[^,;]*(?:,\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=,))*"
    r",\s+(?:[\w’'-]+\s+){1,3}?(?:and|or)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,"
)


# a list of three names or more, "Peru, Chile, Bolivia and Ecuador", "Vantor, Kessel and Brightwater": its
# commas join the names of one subject or object, and separate no stretches (a day or month is no item:
# "On Monday, Vantor and Kessel said")
_NAME_ITEM = (
    rf"(?!(?:{alternatives([*MONTH_NAMES, *WEEKDAY_NAMES])})\b)"
    r"(?-i:[A-Z][\w’'.&-]*)(?:\s+(?-i:[A-Z][\w’'.&-]*)){0,2}"
)
LISTED_NAMES = rx(rf"{_NAME_ITEM}(?:,\s+{_NAME_ITEM})+,?\s+(?:and|or)\s+{_NAME_ITEM}")


def _clause_bounds(text: str) -> list[int]:
    """Where the comma-separated stretches of a sentence begin, with its end (plus two) last; the commas
    of a list inside a relative clause, or of a list of names, separate no stretches."""
    listed = [(m.start(), m.end() - 1) for m in _LISTED_RELATIVE.finditer(text)]
    listed += [(m.start(), m.end()) for m in LISTED_NAMES.finditer(text)]
    return (
        [0]
        + [
            m.end()
            for m in re.finditer(r"[,;:—]\s+|\s+[–—]\s+", text)
            if not any(opens < m.start() < closes for opens, closes in listed)
        ]
        + [len(text) + 2]
    )


def _holds_a_verb(words: str) -> bool:
    """Whether `words` hold a finite verb, past a participle that describes the noun after its determiner
    ("the company's beleaguered chief" holds none)."""
    return any(
        _DESCRIBED_AFTER.search(words, 0, verb.start()) is None for verb in FINITE_VERB.finditer(words)
    )


_DESCRIBED_AFTER = rx(r"(?:\b(?:the|an?|its|his|her|their|our)|['’]s)\s+$")


def _trigger_clause(text: str, speech: re.Match[str] | None, span: tuple[int, int]) -> str:
    if (
        speech is not None
        and (
            speech.group().lower().startswith("according")
            or (
                span[0] == speech.start()
                and speech.start() > 0.6 * len(text)
                and "," in text[: speech.start()]
                # ("..., a trade group, estimates that lost wages could ...": the verb leads to what was said)
                and not _SAID_THAT_AFTER.match(text, speech.end())
            )
            # '... first things first,"said Senator Roe, describing the bill': a verb after a closing
            # quotation mark has its subject after it, and what was said before it, wherever it stands
            or (
                span[0] == speech.start()
                and INVERTIBLE.fullmatch(speech.group()) is not None
                and QUOTE_CLOSED_BEFORE.search(text[: speech.start()]) is not None
            )
        )
    ):
        # the attribution closes the sentence: what was said is before its comma
        cut = (
            speech.start()
            if speech.group().lower().startswith("according")
            else _attribution_start(text, speech)
        )
        text = text[:cut].rstrip(" ,")
        span = (0, 1)
    # "..., Jane Roe, the chief engineer, said.": the speaker and their description close the sentence
    closing = _CLOSING_DESCRIBED_SPEAKER.search(text)
    if closing is not None and span[1] <= closing.start():
        text = text[: closing.start()]
    bounds = _clause_bounds(text)
    start = max((b for b in bounds if b <= span[0]), default=0)
    # "John Roe, a trade envoy in Tarvos, Marren, | dismissed the allegations": the stretch opens with
    # the verb of a subject set apart by its description (which may hold a comma of its own); the
    # description goes, the subject stays
    apposed = _APPOSED_SUBJECT.match(text[:start]) if start > 0 and re.match(r"[a-z]", text[start:]) else None
    named = (
        _NAMED_AFTER_DESCRIPTION.match(text[:start])
        if start > 0 and re.match(r"[a-z]", text[start:])
        else None
    )
    if apposed is None and named is not None and not _holds_a_verb(named.group("described")):
        # (what is described is a noun, with no verb: "The 40 ships are leaving after the storm, ..." is a
        # clause of its own, and what follows its comma no name of its subject)
        apposed = named
    if apposed is None and start > 0 and re.match(r"[a-z]", text[start:]):
        # "Ministers met while Brookfield academy, near the ring road, welcomed back its pupils": the same
        # subject, set apart, after the conjunction that opens its clause
        opened = [m.end() for m in _SUBJECT_CONJUNCTION.finditer(text, 0, start)]
        apposed = _APPOSED_SUBJECT.match(text[opened[-1] : start]) if opened else None
    said_to = speech.end() if speech is not None and apposed is None and speech.end() < start else 0
    if said_to and re.match(r"[a-z]", text[start:]):
        # "The bank said Anna Berg, head of its retail arm, will replace ...": the subject set apart after the
        # verb of saying, whose description goes as above
        after = _THAT_OPENS.sub("", text[said_to:start].lstrip())
        apposed = _APPOSED_SUBJECT.match(after) if after[:1].isupper() else None
    if apposed is None and start > 0:
        # "The storm, the strongest in a decade, | hit the coast": a subject of a few words, lower-case ones
        # too, set apart by its description the same way; and when the trigger's word is in the description
        # ("The storm, the first named storm of the season, hit ..."), the act is still the verb after it
        verb_at = (
            start if _VERB_OPENS.match(text, start) else min((b for b in bounds if b > span[1]), default=0)
        )
        described = _DESCRIBED_SUBJECT.match(text[:verb_at]) if verb_at else None
        if described is not None and _VERB_OPENS.match(text, verb_at):
            apposed, start = described, verb_at
    if apposed is not None:
        name = apposed.group("name")
        shift = start - len(name) - 1
        text = f"{name} {text[start:]}"
        span = (span[0] - shift, span[1] - shift)
        bounds = _clause_bounds(text)
        start = 0
    end = min((b for b in bounds if b > span[1]), default=len(text)) - 2
    # widen a stretch too short to read on its own ("On Wednesday, | Zelenskyy said ...")
    # and one with no verb of its own ("The government of the Democratic Republic of the Congo | and ...")
    # ("The strike, called by the union (NURW)": a participle and its agent are no verb of the stretch's own)
    while (
        len(text[start:end].split()) < 8
        or not FINITE_VERB.search(_AGENT_PARTICIPLE.sub(" ", text[start:end]))
    ) and (start > 0 or end < len(text)):
        start = max((b for b in bounds if b < start), default=0) if start > 0 else start
        end = min((b for b in bounds if b > end + 2), default=len(text) + 2) - 2 if end < len(text) else end
    clause = text[start : max(end, start)]
    head = clause[: max(0, span[0] - start)]
    last_that = [m.end() for m in _THAT.finditer(head)]
    last_sub = [m.end() for m in _SUBORDINATE.finditer(head)]
    if re.match(r"(?:who|whose)\s", clause) and re.search(r",\s+[a-z]+", clause):
        # "who was appointed in May after a reshuffle, met the union": a relative clause about the subject
        # and then the subject's own verb; `_told_of` puts the subject back before it
        last_that, last_sub = [], []
    if last_that:
        clause = clause[last_that[-1] :]
    elif last_sub:
        joined = _JOINED_TO_THE_MAIN_VERB.search(clause, last_sub[-1])
        after = _INFINITIVE.sub(" ", clause[last_sub[-1] :])
        # (only "as" after a verb, "named as", "reopened as": not "such as", which gives examples of a noun
        # before it, nor "after" or "since" before a noun, whose stretch is left for the whole sentence as
        # before; nor "as" before a subject pronoun, whose clause's verb may be one no list knows: "as we
        # approach the trial")
        if (
            re.search(r"(?<!\bsuch)\s+as\s+$", clause[: last_sub[-1]], re.IGNORECASE)
            and not FINITE_VERB.search(after)
            and not _PRESENT_BEFORE_ITS_OBJECT.search(after)
            and not re.match(r"(?:we|they|i|you|he|she|it)\b", after, re.IGNORECASE)
        ):
            # "was named on Monday as the first person to have died": "as" took a noun, with at most an
            # infinitive after it; no clause of its own, so the title is the main clause
            pass
        elif joined is None or FINITE_VERB.search(clause, last_sub[-1], joined.start()) is not None:
            clause = clause[last_sub[-1] :]
        elif joined.start() >= span[1] - start:
            # "The decision was made after a meeting in Oslo on Monday and comes as ...": "after" took a noun,
            # no clause, so the verb joined by "and" is the main subject's; the main clause up to it is
            # the title (a noun and "and comes as ..." would have no doer)
            clause = clause[: joined.start()]
    # ("who said the ferry was overloaded, closed the harbour": a relative clause's saying is not what
    # leads to the act; `_told_of` keeps its subject's own verb)
    clause = (_REPORTING_LEAD if not re.match(r"(?:who|which)\s", clause) else _NOTHING).sub(
        "",
        re.sub(
            # ('"The port will reopen on Friday," the minister added.': the comma may close a quotation)
            r",(?:[\"”’]|'')?\s*((the|a|an)\s+)?([\w’'-]+\s+){0,4}?(said|added|says)\.?$"
            r"|,?(?:[\"”’]|'')?\s*(he|she|they|\w+)\s+(said|added)\.?$",
            "",
            clause.strip(),
        ),
    )
    # "while North Korean forces fought in Kursk, the Chinese were found in Ukraine": the main clause
    if re.match(r"(while|although|though|whereas)\b", clause.strip(), re.IGNORECASE) and end < len(text):
        following = min((b for b in bounds if b > end + 2), default=len(text) + 2) - 2
        clause = text[end + 2 : following] if following > end + 2 else clause
    previous = None
    while previous != clause:  # "on Thursday that Taiwan ..." -> "Taiwan ..."
        previous, clause = clause, without_leading(clause.strip(' ,.;:"“”’‘')).strip(' ,.;:"“”’‘')
    # a stretch with no verb ("Victor Hale", "West of the capital") or that lost its subject ("Collapsed
    # at his home") cannot headline the event; the whole sentence can, cut later where a phrase ends
    first = clause.split(" ", 1)[0].lower() if clause else ""
    # ("Jane Roe, who raised the alert, | is trying to broker a deal": an auxiliary first lost it too)
    if (
        not FINITE_VERB.search(clause)
        or _BARE_PREDICATE.fullmatch(first)
        or (first in _AUXILIARIES and start > 0 and RELATIVE_ASIDE.search(text[:start]) is not None)
    ):
        whole = without_leading(text.strip(' ,.;:"“”’‘')).strip(' ,.;:"“”’‘')
        clause = whole if FINITE_VERB.search(whole) else clause
    return clause[:1].upper() + clause[1:] if clause else text


# "..., and schools in the capital closed", "... and the court charged them on Tuesday", "..., while the
# capital recorded ...": a coordinator, then a subject of the clause's own (a determiner or a name, at most
# four more words, none of them a relative pronoun or a second coordinator) and its verb in the simple past,
# active or passive, or with "has" or "is" ("and the agency has begun an appeal", "and the army is sending
# trucks"). (A shared subject, "He resigned and left the country", has no subject here: one actor's
# deeds of one telling stay one mention.)
_SECOND_SUBJECT_CLAUSE = rx(
    r"(?P<joint>,\s+(?:and|while|whereas|but)|\s+(?:and|while|whereas)|\s+[-–—]+\s+and)\s+"
    # ("and on Tuesday the court charged them", "but days later the agency raised it": when, then who)
    r"(?P<when>(?:(?:on\s+)?(?-i:[A-Z])\w+day|later|then|(?:\w+\s+)?(?:days|hours|weeks)\s+later),?\s+)?"
    r"(?P<subject>(?:the|a|an|its|their|his|her|(?-i:[A-Z])[\w’'.-]*"
    # ("and schools in the capital closed": a plural noun with no determiner, never a verb or a word in -s
    # that is none)
    r"|(?P<bare>(?!(?:was|has|does|goes|this|thus|hers|ours|yours|theirs|always|perhaps|whereas|besides"
    r"|unless|across|sometimes|less|news|series)\b)(?-i:[a-z][\w’'-]{2,}(?<![su]s)s)))\s+"
    r"(?:(?!(?:who|which|that|whose|and|or|but|to|be|been|being|not|[\w’'-]+ing)\b)[\w’'.-]+\s+){0,4}?)"
    r"(?P<verb>(?:was|were)\s+(?:\w+ly\s+)?(?-i:[a-z]{3,}ed|" + _PARTICIPLES + r")"
    # ("and the court has charged them", "and the agency is flying in food": an auxiliary makes the verb
    # finite, so no reduced relative can be read in it)
    r"|(?P<ongoing>(?:has|have|had)\s+(?:\w+ly\s+)?(?-i:[a-z]{3,}ed|" + _PARTICIPLES + r")"
    r"|(?:is|are)\s+(?:\w+ly\s+)?(?-i:[a-z]{3,}ing))"
    r"|(?P<active>(?-i:[a-z]{3,}ed)|"
    + alternatives(w for w in IRREGULAR_PAST if w not in SAME_AS_THE_PRESENT)
    + r"))\b"
    # (a participle with its agent right after a noun is a reduced relative: "the ship operated by the firm")
    r"(?!\s+by\b)"
)
# what may follow an active verb after a bare "and" for it to be a clause's verb with its object ("and the
# court charged them"), where a participle after a noun would be a reduced relative ("towns and villages
# used as bases", "cases and deaths reported in the north")
_OBJECT_AFTER = rx(
    # ("and the court fined two firms": a number in words opens an object as a figure does)
    r"\s+(?:the|an?|its|their|his|her|them|him|it|us|\d|(?-i:[A-Z])"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|more)\b"
    # ("and the firm evacuated some staff", "and the board sold all its shares": a quantifier opens an
    # object as a determiner does; a participle after a noun is not followed by one)
    r"|(?:some|all|most|many|both|each|every)\s+(?-i:[a-z]))"
)
_NO_WORD_BEFORE_A_VERB = rx(
    r"\b(?:of|in|on|at|for|with|from|to|into|about|over|the|an?|its|their|his|her|this|that|these|those)\s+$"
)
_SUBJECT_STILL_OPEN = rx(
    r"\b(?:as|when|while|after|before|because|since|if|until|unless|although|though)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|does|says|said)\b)"
    r"\b(?-i:[a-z]*[^\Wd]|[a-z]*[^e\W]d|[A-Z][\w’'.-]*|\d[\w,.]*)\b\s*)+$"
)
_PERFECT_OR_PRESENT = rx(r"\b(?:has|have|is|are|will|would)\b")
_COUNTED_FROM_BEFORE = rx(r"\b(?:later|after|afterwards|since|next)\b")


def told_in_the_past(clause: str) -> bool:
    """Whether a clause tells its deed in the simple past, with no perfect, present or future in it ("Police
    arrested two men"): a day the sentence gives its next clause dates it too."""
    return _PERFECT_OR_PRESENT.search(clause) is None and FINITE_VERB.search(clause) is not None


_SAID_BEFORE_JOINT = rx(r",\s+[^,;]{1,60}\b(?:said|says|added|reported|told\s+\w+)(?:\s+\w+day)?\s*$")
_PERSONAL_PRONOUN = rx(r"(?:he|she|it|they|we|i|you)\b")


# where a clause may open with its subject: the sentence's start, a comma or a quotation mark, "that", a
# conjunction that takes a clause only (never "after" or "since", which take a noun as readily: "since
# yesterday"; nor a verb of saying, which may close its clause: "officials said Wednesday, and ...")
_CLAUSE_OPENING = rx(
    # (not the comma inside a number: "1,000 barrels")
    r"(?:^|[;:]\s*|,(?!\d{3})\s*|[\"“”]\s*|\b(?:that|as|when|while|because|if|unless|although|though|whereas)\s+)"
)


def verb_since_opening(first: str) -> bool:
    """Whether the words before a joint, from where their clause opens, hold a verb ("Scientists in the US"
    holds none: "and Australia have produced ..." joins a second subject to it, not a second clause)."""
    at = max((m.end() for m in _CLAUSE_OPENING.finditer(first)), default=0)
    return FINITE_VERB.search(first, at) is not None


def second_subject_clause(sentence: Sentence, dates: list[DateMention]) -> tuple[int, Sentence] | None:
    """The second of two clauses joined by "and", "while" or "but", each with a subject and a verb of its own
    in the past ("The ministry confirmed 12 new cases, and schools in the capital closed"; "Police arrested
    two men and the court charged them on Tuesday"): two happenings told in one sentence. Where the first
    clause ends, and the second; None when the sentence is not so, when it holds two dates or more (read
    apart already by their dates), or when the joint lies inside a quotation."""
    text = sentence.text
    own = dates_naming_a_time(dates, sentence.start, sentence.end)
    if len(own) > 1:
        return None
    found = [
        m
        for m in _SECOND_SUBJECT_CLAUSE.finditer(text)
        if not _PERSONAL_PRONOUN.fullmatch(m.group("subject").split()[0])
        and (
            m.group("joint")[:1] == ","
            or (m.group("bare") is None and (m.group("active") is None or _OBJECT_AFTER.match(text, m.end())))
        )
        # ("the gooey rafts of coagulated crude": a word after a preposition or a determiner is no verb)
        and not _NO_WORD_BEFORE_A_VERB.search(m.group("subject"))
        # ("... reopen within a week as traders and families kept watch over it": the joint is inside a
        # subordinate clause whose verb is still to come, and joins its subjects)
        and not _SUBJECT_STILL_OPEN.search(text, 0, m.start())
        # ("just after the spill began, the coast guard and the navy received ...", "said he and his
        # colleagues were": no verb since the last opening of a clause, so the joint joins subjects)
        and verb_since_opening(text[: m.start()])
        and not nouns_joined(text, m)
        # ('"We searched the house and the dogs found nothing," he said': what was said stays whole)
        and text.count('"', 0, m.start()) % 2 == 0
        and text.count("“", 0, m.start()) == text.count("”", 0, m.start())
        # (no date may be cut in two, nor may the joint stand inside one: "between March and April")
        and not any(
            d.start - sentence.start < m.end("joint") and m.start() < d.end - sentence.start for d in own
        )
    ]
    if len(found) != 1:
        return None
    joint = found[0]
    opens = joint.end("joint") + len(text[joint.end("joint") :]) - len(text[joint.end("joint") :].lstrip())
    first, rest = text[: joint.start()], text[opens:]
    if (
        own
        and own[0].start - sentence.start >= joint.end("joint")
        and _COUNTED_FROM_BEFORE.search(own[0].text)
    ):
        # ("The blast killed 4 miners, and the shaft caved in two days later": the second clause's date counts
        # from the first one's, which has none of its own; read whole)
        return None
    if _SAID_BEFORE_JOINT.search(first):
        # ("Three people were hurt in the capital, officials said, and the port was shelled": one report of
        # the same voice runs on past the joint; read whole, as before)
        return None
    # (the first clause needs a verb of its own: "Fighting between the army and the rebels ended" joins nouns)
    if (
        len(first.split()) < MIN_CLAUSE_WORDS
        or len(rest.split()) < MIN_CLAUSE_WORDS
        or not FINITE_VERB.search(first)
    ):
        return None
    start = sentence.start + opens
    return joint.start(), Sentence(start, sentence.end, rest, sentence.paragraph)

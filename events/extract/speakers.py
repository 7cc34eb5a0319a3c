"""Who said it: a sentence's verb of saying and the speaker it names.

`_main_speech` finds the verb of saying a sentence's remarks hang on (not one inside an aside or a quote);
`find_speaker` reads who speaks: a named person or body, a title ("the health minister"), a collective or
unlisted voice (`_collective_speaker`, `_unlisted_speaker`), a lawyer for a client, a document's author,
an outlet's own reporter. Pronouns and "the company" are resolved to the name they stand for from the
sentences before (`pronoun_named`, `pronoun_antecedent`, `the_company_named`), by gender where told.
Bystanders, commentators and vox-pop voices are told apart here, because a remark's worth as news depends
on who made it; what to do with such a remark is decided by events.extract.mentions.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from events.extract.acts import actor_class
from events.extract.corpus import Article, Sentence
from events.extract.dates import PAPER_NAME
from events.extract.draft import Draft
from events.extract.entities import (
    COLLECTIVE_SPEAKERS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    TITLE,
    Entity,
    country_name,
    load_gazetteer,
    may_be_a_person,
    name_after_occupation,
    names_a_person,
    names_an_organisation,
)
from events.extract.firms import FIRM_NOUNS
from events.extract.patterns import ScannedPattern, compile_for_search, compile_gated
from events.extract.quantities import Figure
from events.extract.reference import (
    TIME_BEFORE_SUBJECT,
    person_gender,
    referent,
    referent_in_sentence,
    reports,
)
from events.extract.triggers import SPEECH, rx, rx_gated
from events.extract.vocabulary import (
    COURTESY_TITLES,
    IRREGULAR_PAST,
    LEGAL_FORMS,
    MONTH_NAMES,
    PAST_SAYING_VERBS,
    PERSON_ROLES,
    SPEAKER_ROLES,
    WEEKDAY_NAMES,
    alternatives,
)

NEWS_OUTLET = "news outlet"
# Words that open a sentence and link it to the one before; no first word of a name ("But Roe's lawyer")
_LINKING_OPENERS = r"(?:But|And|Yet|So|Meanwhile|Later|Earlier|However|Still|Now|Then|Instead|Separately)"
# (a speaker read from the subject's slot that starts with one is the speaker without it)
_LINKED_SPEAKER = re.compile(rf"{_LINKING_OPENERS},?\s+(?=[A-Z])")
# ... and a conjunction that makes the clause a subordinate one: "Although", "While", "Because"
_SUBORDINATOR_OPENS = re.compile(
    # (not "If" nor "Unless": "If officials said the water was safe, they were wrong" is no report that they
    # said it)
    r"(?:Although|Though|Even\s+though|While|Whereas|Because|Since|Once|When|As)\s+(?=[\w’'-]{2})"
)
_CONDITION_OPENS = re.compile(r"(?:If|Unless)\s")
# "Kenyan authorities said", "Egypt's interior ministry said", "officials said": a body of people that
# speaks; a singular office needs its country named ("the ministry said" says not whose).
# One unnamed person who speaks for a body: "a cabinet spokesman said", "a senior official told reporters".
# Documents put out by a body, whose release is news and whose findings are what they say
DOCUMENT_NOUNS = (
    r"(?:reports?|stud(?:y|ies)|surveys?|polls?|audits?|reviews?|investigations?|inquir(?:y|ies)|probes?"
    r"|analys[ie]s|assessments?|findings|papers?|documents?|dossiers?|evaluations?|census|white\s+paper)"
)
_UNNAMED_SPEAKERS = frozenset(
    "coast guard|defence ministry|defense ministry|spokesman|spokeswoman|spokesperson|official|diplomat"
    # "Egypt's al-Ahram newspaper said", "state television reported": a news outlet the story quotes
    "|source|aide|newspaper|news agency|state media|state television|state radio|relatives"
    # "the prosecution said Roe caused the death", "the defence argued ...": a side of a trial, whose words
    # are its case, not findings
    "|prosecution|defence|defense|defence team|defense team".split("|")
)
# Plurals that only ever name people, lower case so no surname is taken: "conservationists have warned",
# "politicians said", "local fishermen say" ("-ers" and "-ents" are left to the list: "numbers suggest",
# "measurements called ...").
PEOPLE_PLURAL = r"(?-i:[a-z]{3,}(?:ists|ians)|[a-z]{2,}men)"
_COLLECTIVE = rx_gated(
    # ("one senior official said": a count is an article here; "one of the officials", "one in five
    # doctors", "one hundred residents" a share or a number of their own)
    r"(?:^|[\s,;:“”\"(])(?:(?:the|a|an|one(?!\s+(?:of|in|out|hundred|thousand|million|dozen|and|or)\b))\s+)?((?:\w[\w’'.-]*\s+){0,3}?("
    + "|".join(
        sorted(
            COLLECTIVE_SPEAKERS | _UNNAMED_SPEAKERS,
            key=len,
            reverse=True,
        )
    )
    + "|"
    + PEOPLE_PLURAL
    # "a spokesman for Eton said": whose it is belongs to the name; "China's embassy in Nairobi said": where
    # it sits does not; nor does "today" in "officials today warned"
    # (the pattern ignores case, so the words after "of" may be any: "Organisers of the fair have said"
    # keeps its auxiliary out of the body's name, as the perfect below reads it)
    + r"))(?P<body>\s+(?:for|of|at)\s+(?:the\s+)?"
    + r"(?!(?:has|have|had)\b)[A-Z][\w’'.-]+(?:\s+(?!(?:has|have|had)\b)[A-Z][\w’'.-]+){0,3})?"
    # ("officials in North Tarvia and East Marren said": where they sit, one or two places; "the ministry in
    # the state of North Tarvia")
    + r"(?:\s+in\s+(?:the\s+(?:state|province|region|county|district|prefecture|canton|territory)\s+of\s+)?"
    + r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
    + r"(?:\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?)?"
    # "Dutch officials and the builder said": the first of two who said it together
    + r"(?:\s+and\s+(?:the\s+|its\s+|their\s+)?[a-z][\w’'-]+(?:\s+[a-z][\w’'-]+)?)?"
    + r"(?:\s+(?:today|yesterday|tonight|on\s+\w+day|\w+day|last\s+(?:night|week)|this\s+(?:morning|week)))?"
    # "The Kenyan army has defended its handling": remarks in the present perfect
    + r"(?:\s+(?:has|have)(?:\s+(?:also|now|again))?)?"
    + r"\s*,?\s*$"
)
# Bodies of people named by a plural with no "-s": "Police say", "Local people say", "Hospital staff say"
# (never "the chief of staff", one person)
PLURAL_WITHOUT_S = ("police", "people", "personnel", r"(?<!\bchief\sof\s)staff")
# (any plural body of people: "he said" after "Experts said" is not the experts)
PLURAL_VOICE = rx_gated(
    r"\b(relatives|friends|sources|"
    + "|".join(PLURAL_WITHOUT_S)
    + "|"
    + "|".join(sorted((w for w in COLLECTIVE_SPEAKERS if w.endswith("s")), key=len, reverse=True))
    + "|"
    + PEOPLE_PLURAL
    + r")$"
    # ("Lawyers for Dr Roe": counsel named by their client are several, never the client's "he")
    + r"|^(the\s+)?(defen[cs]e\s+)?(lawyers|attorneys|solicitors|barristers)\s+(for|representing|acting|on)\b"
)
BODY_MODIFIERS = frozenset(
    """health local security federal state interior foreign defence defense military police senior government
    rescue aid election electoral regional provincial US U.S. border army navy intelligence cabinet council
    presidential palace party company hospital school airline city county""".split()
)
# ... or by what they do in daily life ("said Piet Smit, a waiter at a nearby cafe", "Jane Roe, from
# Devon, said", "one shareholder said"): people quoted for colour, not speakers a briefing lists.
BYSTANDERS = (
    r"(waiter|waitress|shopkeeper|shop\s+owner|resident|student|fan|passer-?by|driver|vendor|trader|tourist"
    r"|shareholder|customer|visitor|mother|father|grandmother|grandfather|housewife|farmer|fisherman|pensioner"
    r"|commuter|teacher|nurse|neighbou?r|mourner|guest|travell?er|motorist|villager|onlooker|bystander|woman|man"
    r"|passenger|shrimper|oysterman|crabber|homeowner|retiree|shopper)s?"
)
_BYSTANDER_NOUN = re.compile(BYSTANDERS)
NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,3}"
# ... or by a relative clause on where they live or what they do ("Jane Roe, who runs a cafe near the
# harbour,", "Tom Hale, who lives a mile from the dump,")
DAILY_LIFE = (
    r"who\s+(?:lives|lived|runs|ran|owns|owned|works|worked|farms|fishes|grew\s+up|has\s+lived|has\s+run"
    r"|has\s+worked)\b[^,;]{0,80}"
)
# Someone new brought into the story who is no speaker a briefing lists: a bystander by what they do ("One
# local fisherman told the paper ...", "Jane Roe, who runs a cafe near the harbour, ..."), after whom a
# "he said" or "she said" is theirs, not the last official's
_SOMEONE_NEW = re.compile(
    # (as the sentence's subject: after nothing but a pull quote the page ran in, "A slap in the face' Jane
    # Roe, who lives ..."; "It involves a man from Cork" is no one new who speaks)
    rf"^(?:[^,;]{{0,60}}?['’\"”]\s*)?(?:(?i:one|another|a|an)\s+(?:[\w-]+\s+){{0,3}}?{BYSTANDERS}\b"
    rf"|{NAME},\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{BYSTANDERS}\b|{DAILY_LIFE}))"
)
# ("who runs a tattoo shop": a living of one's own, where "who lives in Devon" may be a rescuer's home)
_SHOPKEEPING = (
    r"who\s+(?:runs|ran|owns|owned|has\s+run|has\s+owned|works\s+(?:at|in))\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shop|store|cafe|café|bar|restaurant|diner|business|company|firm|farm|salon|stall|hotel|motel|boat|garage"
    r"|bakery)\b"
)
# What someone does for a living, as a title before their name ("fisherman Dave Roe"; family words and
# "fan" are left out: "his mother Jane Roe" may be a party to the story)
_LIVING_BEFORE_NAME = (
    r"(?:fisherman|fishermen|shrimper|oysterman|crabber|resident|shopkeeper|shop\s+owner|vendor|farmer"
    r"|villager|pensioner|retiree|homeowner|commuter|motorist|tourist|waiter|waitress|bystander)"
)
# A bystander named, with an age or what they do: "Jane Roe, 33, who runs a shop", "Tom Hale, a fisherman",
# "said pensioner Jane Roe"
_BYSTANDER_NAMED = compile_for_search(
    rf"(?P<name>{NAME}),\s*(?:\d{{1,3}}\s*,\s*)?(?:(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{BYSTANDERS}\b|{_SHOPKEEPING})"
    rf"|\b(?:said|says|added)\s+(?:[a-z-]+\s+)?{BYSTANDERS}\s+(?P<after>{NAME})"
    # "boats leased by fisherman Dave Roe.", "Some, like local resident Jane Roe, stayed": a living before the
    # name, where the name is no verb's subject ("farmer Jane Roe maintained she had done nothing wrong" may
    # be a party to the story)
    rf"|(?<![A-Z][\w’'-]\s)\b{_LIVING_BEFORE_NAME}\s+(?P<titled>[A-Z][a-z’'-]+\s+[A-Z][\w’'-]+)"
    r"(?=\s*[,.;:)!?\"”']|\s+(?:and|who|whose|of|from|in|at|near|with)\b|\s*$)"
)


# "Jane Roe, 47, ferried reporters to the bay": a full name and an age, then no office, open the sentence
_AGED_OPENING = re.compile(
    r"^(?:(?i:but|and)\s+)?(?P<name>[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+),\s*\d{1,3}\s*,\s+"
    r"(?!(?i:the|a|an|who|former|chief)\b)[a-z]+"
)


def aged_surname(text: str) -> str:
    """The surname of the person a sentence opens with, named with an age and no office ("Jane Roe, 47,
    ferried reporters to the bay" -> "Roe"), or "". The caller takes it for a bystander's only when the
    sentence tells no named kind of act ("Jane Roe, 47, was charged with fraud" is a party to the story)."""
    found = _AGED_OPENING.match(text)
    return found.group("name").split()[-1] if found is not None else ""


def bystander_surnames(text: str) -> set[str]:
    """The surnames of the bystanders a sentence names ("said Jane Roe, 33, who runs a shop" -> "Roe"):
    what they say later in the article ("Ms Roe told reporters ...") is colour too."""
    names = (
        found.group("name") or found.group("after") or found.group("titled")
        for found in _BYSTANDER_NAMED.finditer(text)
    )
    return {name.split()[-1] for name in names if name and len(name.split()) >= 2}


_COLOUR_SPEAKER = re.compile(
    rf"\b(?:said|says|told\s+\w+)\s+{NAME},\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{BYSTANDERS}\b"
    rf"|\b{NAME},\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{BYSTANDERS}\b[^,]{{0,60}},\s+(?:said|says|told|added)\b"
    rf"|\b{NAME},\s+from\s+(?P<origin>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+(?:said|says|told|added)\b"
    # "Jane Roe, who owns a small building firm in Kestrel, said": a living of one's own
    rf"|\b{NAME},\s+{_SHOPKEEPING}[^,;]{{0,60}},\s+(?:said|says|told|added)\b"
    rf"|\b(?i:one|another)\s+(?:[\w-]+\s+){{0,2}}?{BYSTANDERS}\b[^.]{{0,30}}\b(?:said|says|told)\b"
    # '"...," said pensioner Jane Roe from Leeds': what they do in daily life before the name
    rf"|\b(?:said|says|added)\s+(?:[a-z-]+\s+)?{BYSTANDERS}\s+{NAME}"
    # "People who watched the last spill tell The Daily Post that ...", "People in the town say ...": nobody
    # named, known only by where they were
    r"|^(?:(?i:but|and)\s+)?(?:(?i:many|some|most|other)\s+)?(?i:people)\s+(?:who|in|from|living|on|near|along)\b"
    r"[^.;:]{0,120}?\b(?:said|say|says|tell|told)\b"
)
# Commentary, not news: journalists explaining the story ("The BBC's medical correspondent Jane Roe said",
# "business editor Tom Hale said") and market analysts giving their view ("Analysts said", "said Jane Roe,
# an equities analyst at Smith & Co"). What they say is the reporting itself, or an opinion on it.
_MARKET_ROLE = r"(?i:analysts?|strategists?|(?:fund|investment|portfolio)\s+managers?)"
_COMMENTATOR_ROLE = (
    r"(?i:analysts?|strategists?|correspondents?|editor|columnist|commentators?|reporter"
    r"|(?:fund|investment|portfolio)\s+managers?)"
)
_COMMENTATOR_VERB = (
    r"(?i:said|says|say|added|adds|wrote|writes|noted|notes|argued|argues|believes?|thinks?|warned|warns)"
)
# the firm a commentator works at, named after the role: "analysts at Harrow Research said"
_AT_FIRM = r"\s+(?i:at|with|from)\s+(?:(?i:the)\s+)?[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*){0,3}"
# Experts quoted for what they know ("Jane Roe, a professor of marine science at Kestrel University, said",
# "said Tom Hale, a virologist", "risk consultant Ana Roe said", "experts say", "according to economists at a
# bank"): their view of the story is comment, unless they speak for a body that acts in it (see
# `_SPEAKS_FOR_A_BODY`)
_EXPERT_ROLE = (
    r"(?i:professors?|prof\.|lecturers?|academics?|experts?|economists?|consultants?|scientists?|researchers?)"
    r"|\b[A-Za-z]+ologists?"
)
_EXPERT_VERB = (
    rf"(?:{_COMMENTATOR_VERB}|(?i:estimated|estimates|predicted|predicts|suggested|suggests|cautioned))"
)
# where the expert works, named after the role or the name: "of the University of Kent", "at Smith & Co"
_OF_PLACE = (
    r"(?:,?\s+(?i:of|at|from|with)\s+(?:(?i:the)\s+)?[A-Z][\w&’'.-]*"
    r"(?:\s+(?:(?:of|for|&|and|in)\s+)?[A-Z][\w&’'.-]*){0,5})"
)
# What follows a professor's name when the title is an academic's: a chair, a field or a university, and no
# office in a body ("Professor Ana Roe, the health minister, said" speaks for a government; "Professor Tom
# Hale, director of the Norland Hospital, said" for the hospital that treats the story's patients)
_ACADEMIC_POST = (
    r"(?=[^,;:\"“”]{0,100}?(?:Universit|College|Institute|Academy|[a-z]ology\b|[a-z]ologist))"
    r"(?![^,;:\"“”]{0,100}?\b(?i:director|president|head|chief|dean|minister|secretary|spokes\w+|officer|chair(?:man|woman)"
    r"|chair\s+of|commissioner|adviser|advisor|member)\b)"
)
_EXPERT_COMMENTATOR = ScannedPattern(
    rf"\b(?:{_EXPERT_ROLE})\b{_OF_PLACE}?(?:\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{0,2}})?{_OF_PLACE}?\s*,?"
    rf"\s+(?:(?i:have|has)\s+)?{_EXPERT_VERB}\b"
    rf"|\b{_EXPERT_VERB}\s+{NAME},\s+(?:(?i:an?|the)\s+)?(?:[\w&-]+\s+){{0,4}}?(?:{_EXPERT_ROLE})\b"
    # ("Tom Hale, an expert in soil chemistry at Kestrel University said": the apposition may run to the verb
    # with no comma to close it)
    rf"|\b{NAME},\s+(?:(?i:an?|the)\s+)?(?:[\w&-]+\s+){{0,4}}?(?:{_EXPERT_ROLE})\b[^,;]{{0,80}},?\s+{_EXPERT_VERB}\b"
    # the title before the name, with an academic chair or a university between it and the verb: "Professor
    # Ana Roe, chair in hydrology at Kestrel University, says", "Professor Tom Hale of Kestrel College said"
    rf"|\b(?-i:Professor|Prof\.?)\s+{NAME}(?:,\s+|\s+(?i:from|of|at)\s+){_ACADEMIC_POST}[^,;:\"“”]{{3,100}}?,?"
    rf"\s+{_EXPERT_VERB}\b"
    rf"|\b{_EXPERT_VERB}\s+(?:[a-z-]+\s+){{0,3}}?(?:{_EXPERT_ROLE})\s+{NAME}"
    rf"|\b(?i:according\s+to)\s+(?:(?i:some|many|other|several|most)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_EXPERT_ROLE})\b"
)
# The nouns that name a body of the state or a public one ("the Geological Survey", "the Centre for Disease
# Control"): one who works for it speaks for it
PUBLIC_BODY_NOUNS = (
    r"(?:Agency|Administration|Survey|Service|Ministry|Department|Centers?|Centres?|Commission|Authority"
    r"|Bureau|Office|Organi[sz]ation|Council|Government|Guard|Police|Army|Navy|Laborator(?:y|ies)"
    r"|Institutes?\s+of\s+Health)"
)
# An expert who speaks for a body that acts in the story: a public body's ("government scientists", "a
# scientist with the Geological Survey", "the agency's researchers"), whoever holds a chief's post ("the
# fund's chief economist") or a body known by its initials ("NWG scientists")
_SPEAKS_FOR_A_BODY = re.compile(
    r"\b(?i:government|federal|state|official|public\s+health|military|army|navy|police|chief|head|senior\s+government)"
    r"\s+(?:[a-z-]+\s+)?(?i:(?:[a-z]*ologists?|professors?|experts?|economists?|scientists?|researchers?"
    r"|consultants?))\b"
    # who led the work the story reports, or wrote it: "lead researcher Jane Roe", "one of the authors"
    r"|\b(?i:lead|leading|principal)\s+(?:[a-z-]+\s+)?(?i:researchers?|authors?|investigators?|scientists?)\b"
    r"|\b(?i:co-?authors?|authors?\s+of|(?:one|some)\s+of\s+the\s+authors|who\s+led|led\s+the)\b"
    r"|[’']s?\s+(?:[a-z-]+\s+){0,2}(?i:[a-z]*ologists?|experts?|economists?|scientists?|researchers?)\b"
    r"|\b(?!US\b|UK\b)[A-Z]{2,6}\s+(?:[a-z-]+\s+)?(?i:[a-z]*ologists?|experts?|economists?|scientists?|researchers?|professors?)\b"
    rf"|\b{PUBLIC_BODY_NOUNS}\b"
)
# (most sentences name no analyst, editor or reporter: those are not searched)
_COMMENTATOR = ScannedPattern(
    # ("Oil analyst Tom Hale, of Hale Research, said": the firm may follow the name, set off by commas)
    rf"\b{_COMMENTATOR_ROLE}(?:{_AT_FIRM})?(?:\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{0,2}})?"
    rf"(?:,\s+(?i:of|at|from|with)\s+[^,;:\"“”]{{3,60}},)?\s*,?\s+{_COMMENTATOR_VERB}\b"
    # '"...," said Harrow Research analyst Jane Roe': the firm and the role before the name, the saying
    # closing a quotation or a clause ("The court said editor Tom Hale had been convicted" tells news of him)
    rf"|(?:(?<=[,\"”])|(?<=[,\"”]\s)){_COMMENTATOR_VERB}\s+(?:[A-Z][\w&’'.-]*\s+){{0,4}}?{_COMMENTATOR_ROLE}\s+{NAME}"
    rf"|\b{_COMMENTATOR_VERB}\s+{NAME},\s+(?:(?i:an?|the)\s+)?(?:[\w&-]+\s+){{0,3}}?{_COMMENTATOR_ROLE}\b"
    rf"|\b{NAME},\s+(?:(?i:an?|the)\s+)?(?:[\w&-]+\s+){{0,3}}?{_COMMENTATOR_ROLE}\b[^,]{{0,60}},\s+{_COMMENTATOR_VERB}\b"
)


# "told children who had travelled to stay away from school": an instruction, its listener then "to"
_TOLD_TO = rx(r"\s+(?:[\w’'-]+\s+){1,12}?to\s+(?!be\b)[a-z]+\b")


def speaker_opens_clause(text: str, speech: re.Match[str] | None, speaker: str) -> str:
    """The clause for a headline when the speaker is named away from the verb: "Jane Roe, former press
    secretary, called the decision a mistake" -> "Jane Roe called the decision a mistake"; "The estimate was
    welcomed by Jane Roe as a step forward" -> "Jane Roe welcomed the estimate as a step forward";
    "Authorities, as well as the capital, have told travellers to stay away" -> "Authorities told travellers
    to stay away". Empty when the sentence is told otherwise."""
    if speech is None or not speaker:
        return ""
    verb = speech.group()
    rest = text[speech.end() :].strip().rstrip(".")
    by_agent = _reaction_by(text, speech) if PASSIVE_BEFORE.search(text[: speech.start()]) else None
    if by_agent is not None:
        subject = PASSIVE_BEFORE.sub("", text[: speech.start()]).strip(" ,")
        subject = (
            subject[:1].lower() + subject[1:] if subject.split(" ", 1)[0] in ("The", "A", "An") else subject
        )
        return f"{speaker} {verb} {subject}{text[by_agent.end() :].rstrip('.')}"
    called = verb.lower() == "called" and text[: speech.start()].rstrip().endswith(",")
    told_to = verb.lower() in ("told", "tells") and _TOLD_TO.match(text, speech.end()) is not None
    # (only when an apposition stands between the speaker and the verb; else the sentence reads well)
    if (called or told_to) and "," in text[: speech.start()]:
        return f"{speaker} {verb} {rest}"
    return ""


def someone_else_spoke(text: str) -> bool:
    """Whether the sentence has a verb of saying whose subject is not "he" or "she": somebody spoke,
    whether or not the words made an event, so a "he said" after it is no longer the speaker before."""
    speech = speech_in(text)
    return (
        speech is not None
        and not PRONOUN_SUBJECT.search(text[: speech.start()])
        and not _PRONOUN_SPEAKER.search(text)
        and not QUOTATION_OPENS.match(text)
    )


def colour_speaker(text: str, local: list[Entity]) -> bool:
    """Whether the one who speaks is given by what they do in daily life or where they come from ("Jane
    Roe, a shopkeeper, said", "Jane Roe, from Devon, said"); one "from" an organisation ("Jane Roe, from
    NWG, said") speaks for it, and is news."""
    found = _COLOUR_SPEAKER.search(text)
    if found is None or found.group("origin") is None:
        return found is not None
    return not any(
        e.kind == "actor" and names_an_organisation(e) and e.start == found.start("origin") for e in local
    )


# "said Jane Roe of New Orleans.", "Jane Roe, of Leeds, said": a person the story gives only a home town
_OF_A_PLACE = re.compile(rf"(?P<name>{NAME})\s*,?\s+(?:of|from)\s+(?:the\s+)?$")


def known_by_hometown(text: str, speech: re.Match[str], local: list[Entity]) -> bool:
    """Whether the one who speaks is named with nothing but the place they live in ("said Jane Roe of New
    Orleans", "Jane Roe, from Leeds, said"): a member of the public, quoted for colour. A body after "of"
    ("Jane Roe of Oxfam") is who they speak for, and news."""
    for place in (e for e in local if e.kind in ("place", "country")):
        found = _OF_A_PLACE.search(text[: place.start])
        if found is None or SPEECH.search(found.group("name")):
            continue
        rest = text[place.end :]
        after = speech.end() <= found.start() and re.match(r"\s*[.!?]?[\"”']?\s*$", rest) is not None
        before = place.end <= speech.start() and re.fullmatch(r"\s*,?\s*", text[place.end : speech.start()])
        inverted = re.search(r"\b(?:said|says|added|told\s+\w+)\s+$", text[: found.start()]) is not None
        if (after and inverted) or (before and found.start() == 0):
            return True
    return False


# A quotation that gives a feeling or a view ('"I am ashamed of what happened yesterday," she said', '"The
# ruling this morning was wrong," they said'): the words are remarks, not the report of an act they date
QUOTATION_OPENS = re.compile(r"^\s*(?:``|[\"“‘'])")


# "The BBC's Jane Roe", "the paper's Tom Hale": the outlet's own journalist, named as the subject
# ... then, after any aside (", outside the ruins of a college,", " - who travelled there on Saturday -"),
# the verb they are the subject of ("The BBC's Jane Roe on the day's proceedings - ..." is a caption)
_STAFF_AFTER_OUTLET = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+"
    r"(?:\s+in\s+[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,3}|,[^,;]{1,80},|\s+[-–—]\s+[^-–—]{1,80}\s+[-–—])?"
    # (in the past: "The BBC's Jane Roe says it may take days" is a video's caption, run into the lead)
    # ("The BBC's Jane Roe has met rescuers": the perfect, too)
    r"\s+(?:\w+ly\s+)?(?:(?:has|had)\s+(?:\w+ly\s+)?(?:been\s+)?)?"
    r"(?:[a-z]+ed|said|told|saw|seen|went|gone|spoke|spoken|met|found|came|come|took|taken|heard|wrote|written)\b"
)
_SENTENCE_OPENING = re.compile(r"(?:[^,;]{0,60},\s+)?(?:(?i:the)\s+)?$")


def own_reporter(text: str, entities: Sequence[Entity], offset: int) -> bool:
    """Whether the subject of a sentence is a news outlet's own journalist ("The BBC's Jane Roe visited the
    grounds of one hospital"): what the reporter did or saw is the reporting, not a happening."""
    for entity in entities:
        if entity.role != NEWS_OUTLET or not offset <= entity.start < offset + len(text):
            continue
        start, end = entity.start - offset, entity.end - offset
        if _SENTENCE_OPENING.fullmatch(text[:start]) and _STAFF_AFTER_OUTLET.match(text, end):
            return True
    return False


# "said in the Independent", "writes in The Times": a columnist's words in their paper
_IN_A_PAPER = re.compile(r"\s+in\s+(?:(?i:the)\s+)?$")
_IN_A_NAMED_PAPER = re.compile(
    r"\s+in\s+(?:(?i:the)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?(?:Times|Telegraph|Post|Herald|Mail|Express|Mirror|Tribune"
    r"|Journal|Gazette|Chronicle|Guardian|Observer|Independent|Globe|Inquirer|Examiner)\b"
)


_COLUMNIST_VERB = rx(r"says|said|writes|wrote|argues|argued|notes|noted|suggests|suggested")
_QUOTED_AS = rx(r"\bquoted\s+as\s+$")


def writes_in_a_paper(text: str, speech: re.Match[str], entities: Sequence[Entity], offset: int) -> bool:
    """Whether the words were said "in" a newspaper ("David Roe says in the Independent that the decision is
    about money"): a columnist's comment, read in a review of the papers, not a happening. Someone "quoted
    as saying in the Guardian" gave the paper an interview, and is heard."""
    if not _COLUMNIST_VERB.fullmatch(speech.group()) or _QUOTED_AS.search(text[: speech.start()]):
        return False
    after = speech.end()
    if _IN_A_NAMED_PAPER.match(text, after):
        return True
    return any(
        e.role == NEWS_OUTLET
        and 0 <= e.start - offset - after <= 8
        and _IN_A_PAPER.fullmatch(text[after : e.start - offset])
        for e in entities
    )


_LINKING_WORDS = frozenset("but and however meanwhile so yet also then now still later earlier".split())
_OFFICES = frozenset(("ministry", "government", "military", "army", "navy", "police", "embassy"))
QUOTE_CLOSED_BEFORE = re.compile(r"[,.!?](?:[\"”’]|'')\s*$")
# (a quotation may close with '' as scraped wire copy writes it: "``He was travelling,'' she said")
_PRONOUN_SPEAKER = rx(r"^(he|she)\b|[,;:“”\"']\s*(he|she)\s+(said|told|added|revealed|noted|warned|stated)\b")
_IT_AFTER_QUOTE = re.compile(r"[,.!?](?:[\"”’]|'')\s*it\s+$")
PRONOUN_SUBJECT = rx(
    r"(^|[,;:“”\"’']\s*|\b(but|and|yet|later|earlier|meanwhile|however,?)\s+)(he|she)(\s+\w+ly)?"
    # ('"...," he has said of the firm\'s chiefs': a perfect between the pronoun and its verb; and a past
    # perfect, "Earlier, she had said ...", an earlier saying of the one just heard: the saying is theirs,
    # and whether it is background is settled by its own words)
    r"(\s+(has|had|also))?\s+$"
)
_PLURAL_PRONOUN_SUBJECT = rx(
    r"(^|[,;:“”\"’'–—-]\s*|\b(but|and|yet|later|earlier|meanwhile|however,?)\s+)(they|we)(\s+\w+ly)?\s+$"
)
# "Several senators criticised the commission because they said its report ...": "they" in a clause joined
# to the main one is the main clause's subject, people opening the sentence; what the main verb acted on,
# between them, does not speak
_THEY_JOINED = rx(r"\s(?:because|since|as|after|when|while|although|though|and|but)\s+they(\s+\w+ly)?\s+$")
_PEOPLE_OPEN = re.compile(
    r"^(?:(?:But|And|Yet|Meanwhile|Later|Earlier)\s+)?(?P<who>(?:[A-Z][\w.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*s)\s+(?:(?:have|had|also|later|then|again|on\s+\w+day)\s+)*[a-z]+(?:ed|t)\b"
)
QUOTE = re.compile(r"[“\"]([^”\"]{3,120})[”\"]")
# Verbs of saying that stand before their subject ('"...," said Zelensky', '..., added the minister')
INVERTIBLE = rx(
    r"said|says|say|added|adding|stated|noted|explained|insisted|continued|wrote|asked|according\s+to"
    r"|replied|retorted|answered|responded|e-?mailed|emailed|texted|tweeted"
    # ('"...," argued a lawyer for the families': a view argued or a warning given is put after it too)
    r"|argued|warned|cautioned|conceded|acknowledged|suggested"
)
_INVERSION_POINT = re.compile(r"(^|[,;:“”\"’‘'—–-]|\.\.\.)\s*$")
# An auxiliary or a modal right after a name: the name is a clause's subject ("said the port was closed")
_AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does)"
_OWN_VERB_AFTER = re.compile(rf"\s+{_AUXILIARY}\s+[a-z]")


# "It was clear that", "It is expected to": "it" that stands for nothing
_EMPTY_IT = rx(
    # ("It now appears that ...": an adverb may come between "it" and its verb)
    r"^it(?:['’]s|\s+(?:(?:now|also|still|thus|so\s+far|\w+ly)\s+)?(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|could\s+be|might\s+be"
    r"|seems|seemed|appears|appeared|remains|remained|looks|looked|took|takes|means|meant))\b"
    r"(?:\s+(?:not|a|an|the|also|now|still|too|very|clear|unclear|\w+ly)\b|\s+\w+\s+(?:that|to|for|whether|if|how|why)\b"
    r"|\s+\w+[,.;]?$|[,.;]?$)"
    # "It emerged on Tuesday that ...", "It is understood the two men ...", "It was announced that ...": the
    # "it" of a clause put after its verb stands for nothing named before
    r"|^it\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:understood|thought|believed"
    r"|feared|reported|announced|confirmed|revealed|learned|learnt|known|alleged|claimed|expected|estimated"
    r"|agreed|decided)|emerged|emerges|transpired|turned\s+out)\b"
    # "It appears that a storm ...", "It now seems as if ...": what seems so follows, and "it" is nobody
    r"|^it\s+(?:(?:now|also|still|\w+ly)\s+)?(?:appears|appeared|seems|seemed)\s+(?:that|as\s+(?:if|though))\b"
)
# ("When they agreed to a truce": the conjunction that joined the clause goes with the pronoun)
_SUBJECT_PRONOUN = rx(r"^(?P<joined>(?:when|as|after|while|once|until|before|since)\s+)?(it|he|she|they)\s+")
_SAYS_NEXT = rx(
    r"(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:said|says|told|added|claimed|claims|announced|warned)\b"
)
_JOINED_WITHOUT_VERB = rx(r"\s*(and|but)\s+(in\s+\d{4}|later|then|also)?,?\s*")
# "It is also fending off ...": an act in the progressive, whose "it" stands for somebody
_DOING_IT = rx(r"^it\s+(is|was|has\s+been)\s+(also|now|still)\s+[a-z]+ing\b")


def pronoun_named(
    draft: Draft, article: Article, starts: list[int], entities: list[Entity], entity_starts: list[int]
) -> Draft:
    """A clause whose subject is "it", "he", "she" or "they", with the actor or noun phrase that opens the
    sentence before (or, for a later clause of an act, this sentence) in its place, when that can be what
    the pronoun stands for: "The Water Board met on Monday. It raised the charges ..." -> "The Water Board
    raised the charges ..."; "The bank will keep rates low when it meets" -> "The bank meets"; "Until it was
    flooded, the old mill ..." -> "The old mill was flooded" (a title names who acted;
    events.extract.reference says when a phrase agrees with the pronoun)."""
    pronoun = _SUBJECT_PRONOUN.match(draft.clause)
    if pronoun is None or (_EMPTY_IT.match(draft.clause) and not _DOING_IT.match(draft.clause)):
        return draft
    opening = draft.sentence.text.lstrip(" \"“‘'`")
    # ("They are poor sailors, said Jane Roe": words told unquoted, of the subject of the sentence before)
    told_of = (
        pronoun.group(2).lower() in ("it", "they")
        and opening == draft.sentence.text.lstrip()
        and opening.lower().startswith(draft.clause.lower()[:20])
    )
    # "It also said ...": the pronoun speaks, as the subject of a report before it may have
    saying = _SAYS_NEXT.match(draft.clause[pronoun.end() :]) is not None
    if draft.speaker and draft.is_speech_type and not told_of:
        return draft  # "X says she has been told ...": the title names the speaker already
    # the clause's place in the whole sentence (a clause split off keeps only its own part)
    whole = (
        article.sentences[max(0, bisect_right(starts, draft.sentence.start) - 1)]
        if starts
        else draft.sentence
    )
    at = whole.text.lower().find(draft.clause.lower()) if whole.start <= draft.sentence.start else -1
    if opening.lower().startswith(pronoun.group().lower()):
        index = bisect_left(starts, draft.sentence.start) - 1
        if index < 0:
            return draft
        before = article.sentences[index]
        if before.paragraph != draft.sentence.paragraph and before.end < draft.sentence.start - 200:
            return draft
        # (a clause split from the sentence it opens a part of: only the words before it count)
        if (
            pronoun.group(2).lower() in ("it", "they")
            and reports(article.text[before.start : min(before.end, draft.sentence.start)])
            and not saying
        ):
            # "The weather office said a storm formed. It could reach ...": the storm, more likely ("Roe
            # said the dam was safe. He ordered ...": a person reported of is named, and "he" is Roe)
            return draft
        source = (before.start, before.end)
        # "The school shut on Monday. It will reopen ...": the subject of the sentence before, by its
        # words, when no name of an actor opens it
        people = {e.name for e in entities[: bisect_left(entity_starts, before.end)] if names_a_person(e)}
        named = referent(pronoun.group(2), before.text, people, saying=saying)
        if pronoun.group("joined"):
            # "Until it was flooded in May, the old mill ...": the pronoun looks ahead to the main clause
            ahead = draft.sentence.text.lower().find(pronoun.group(2).lower() + " ")
            named = referent_in_sentence(pronoun.group(2), draft.sentence.text, ahead, people, saying=saying)
            if not named:
                return draft
    elif at > 0 and not draft.is_speech_type:
        source = (whole.start, whole.start + at)  # (not "X said it ...": "X says it ..." serves)
        people = {e.name for e in entities[: bisect_left(entity_starts, whole.end)] if names_a_person(e)}
        named = referent_in_sentence(pronoun.group(2), whole.text, at, people, saying=saying)
        index = bisect_left(starts, whole.start) - 1
        if not named and index >= 0 and _JOINED_WITHOUT_VERB.fullmatch(whole.text[:at]):
            # "... vessels in the strait; | and in 2019 it held ...": the clause it was joined to is the
            # sentence before
            named = referent(pronoun.group(2), article.sentences[index].text, people, saying=saying)
    else:
        return draft
    by_words = (
        dataclasses.replace(draft, clause=named + " " + draft.clause[pronoun.end() :]) if named else draft
    )
    subject = next(
        (e for e in entities[bisect_left(entity_starts, source[0]) :] if e.start < source[1]),
        None,
    )
    if (
        subject is None
        or subject.kind != "actor"
        or subject.end > source[1]
        or pronoun.group(2).lower() == "they"
        or pronoun.group("joined")
    ):
        return by_words
    lead = article.text[source[0] : subject.start]
    possessive = re.match(r"['’]s?\b", article.text[subject.end : subject.end + 2]) is not None
    if not _LEAD_OF_THE_SUBJECT.fullmatch(lead) or possessive:
        return by_words  # "Under Jane Roe, the board ...", "NWG's chief said": not the sentence's subject
    word = pronoun.group(2).lower()
    if not (names_an_organisation(subject) if word == "it" else names_a_person(subject)):
        return by_words
    name = (
        subject.name
        if word != "it"
        else ("The " if lead.strip(" \"“‘'`").lower() == "the" else "") + subject.text
    )
    return dataclasses.replace(draft, clause=name + " " + draft.clause[pronoun.end() :])


# "His government ...", "Its board ...": a possessive that opens the clause, before a noun
# (what may stand before a sentence's subject: an opening quotation mark, "the", a title)
_LEAD_OF_THE_SUBJECT = re.compile(rf"[\s\"“‘'`]*(?:the\s+|{TITLE})?", re.IGNORECASE)
_POSSESSIVE_OPENING = rx(r"^(his|her|its|their)\s+(?=(?-i:[a-z]))")
_PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they"}


def possessive_named(
    draft: Draft, article: Article, starts: list[int], entities: list[Entity], entity_starts: list[int]
) -> Draft:
    """A clause that opens its sentence with "his", "her", "its" or "their", owned by what the pronoun
    would stand for (`events.extract.reference`): "The Water Board met on Monday. Its chairman resigned
    ..." -> "The Water Board's chairman resigned ...", so that a headline names whose; as it was when the
    sentence before gives no phrase that agrees."""
    found = _POSSESSIVE_OPENING.match(draft.clause)
    if found is None or draft.is_speech_type:
        return draft
    opening = draft.sentence.text.lstrip(" \"“‘'`")
    index = bisect_left(starts, draft.sentence.start) - 1
    if not opening.lower().startswith(draft.clause.lower()[:30]) or index < 0:
        return draft  # only a possessive that opens the sentence looks back to the sentence before
    before = article.sentences[index]
    if before.paragraph != draft.sentence.paragraph and before.end < draft.sentence.start - 200:
        return draft
    people = {e.name for e in entities[: bisect_left(entity_starts, before.end)] if names_a_person(e)}
    named = referent(_PRONOUN_OF_POSSESSIVE[found.group(1).lower()], before.text, people)
    if not named:
        return draft
    # (an owner is someone who can own: a name the sentence before holds, or a body or working group;
    # "The weather was mild. Its shares slid" names no owner of shares)
    surfaces = [
        article.text[e.start : e.end] for e in entities if before.start <= e.start and e.end <= before.end
    ]
    if not actor_class(named) and not any(
        surface and (surface in named or named in surface) for surface in surfaces
    ):
        return draft
    owner = f"{named}'" if named.endswith("s") else f"{named}'s"
    return dataclasses.replace(draft, clause=f"{owner} {draft.clause[found.end() :]}")


# "The company also has to settle ...", "The firm's shares fell ...": a business referred to by its kind
# opening a clause of its act (its words are read by the_company_named)
_THE_BUSINESS_OPENS = re.compile(
    r"^(?i:the)\s+(?:(?!(?:other|rival|parent|new|former|same|first|second|third|last|next)\b)[a-z][\w-]*\s+)?"
    r"(?:company|firm|oil\s+giant|energy\s+giant|oil\s+major)"
    r"(?P<own>['’]s)?(?=\s+[a-z])"
)


def business_named(draft: Draft, entities: list[Entity], entity_starts: list[int]) -> Draft:
    """A clause of an act that opens with "the company" (or "the firm", "the airline" ...), with the business
    named last before it, in the sentences just before, in its place: "BP faces claims. The company also
    has to settle with families" -> "BP also has to settle with families", so that a title names who; as it
    was when the last body named before is a person, a body of state, or further back than `IT_REACH`."""
    found = _THE_BUSINESS_OPENS.match(draft.clause)
    if found is None or draft.is_speech_type:
        return draft
    at = draft.sentence.text.find(draft.clause[: found.end()])
    start = draft.sentence.start + max(0, at)
    earlier = [
        e
        for e in entities[bisect_left(entity_starts, start - IT_REACH) : bisect_left(entity_starts, start)]
        if e.kind == "actor" and e.end <= start
    ]
    if not earlier:
        return draft
    last = earlier[-1]
    if names_a_person(last) or not names_an_organisation(last) or _STATE_BODY.search(last.name):
        return draft
    # (and only the business the story is most about so far: "the company" after a passing mention of
    # another body, "the BOP", "the ICC", is most often still the story's own)
    bodies = Counter(
        e.name
        for e in entities[: bisect_left(entity_starts, start)]
        if e.kind == "actor" and names_an_organisation(e) and not names_a_person(e)
    )
    if bodies[last.name] < max(bodies.values()):
        return draft
    owner = f"{last.name}'s" if found.group("own") else last.name
    # (the business is the act's actor too, as "the company" that speaks is the speaker)
    stands_for = dataclasses.replace(last, start=start, end=start + found.end(), text=found.group())
    return dataclasses.replace(
        draft, clause=owner + draft.clause[found.end() :], entities=[stands_for, *draft.entities]
    )


# A business referred to by its kind as the subject of a verb of saying: "The company said", "The firm
# also announced", "The oil giant has said"
# (a reply or a position taken is words of the body too: "The company dismissed it, saying ...", "The
# administration is demanding new tests")
_BODY_SAYS = (
    r"(?:said|says|announced|confirmed|added|told|stated|warned|urged|insisted|denied|estimated|reported"
    r"|dismissed|rejected|argued|suggested|acknowledged|conceded|cautioned|disagreed|demanded|demanding"
    # ("The company denies the charge", "The ministry rejects the report": a body's answer in the present)
    r"|denies|rejects|dismisses|disputes|disputed|refutes|refuted|insists|maintains|maintained)\b"
)
# ("The company statement said", "the ministry's statement added": the body's statement speaks for it)
_ITS_STATEMENT = r"(?:(?:[’']s)?\s+(?:statement|communiqu[eé]))?"
# ("The company, which kept quiet for weeks, said": a relative clause on the body between it and its verb)
_WHICH_ASIDE = r"(?:,\s+which\s[^,;:“”\"]{3,120},)?"
# (between the body and its verb: an auxiliary, an adverb or a day, "The company on Friday denied")
_BODY_THEN_VERB = (
    r"\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|is\s+|(?:on\s+)?(?-i:[A-Z][a-z]+day)\s+|yesterday\s+|today\s+)*"
)
# What words are given in: a paper, a meeting or a broadcast ("in a statement", "at a news conference")
_GIVEN_IN = (
    r"(?:statement|interview|letter|briefing|conference|meeting|speech|address|post|message|release|notice"
    r"|e-?mail|broadcast|video|hearing|filing|session|report|comments?|remarks)"
)
# ("The British energy company said": one or two words may say where or what kind of business it is)
# "Late Wednesday, the company said", "In a statement, it said": an opening phrase of time or manner, set
# off by its comma, comes before the subject that speaks
_OPENING_PHRASE = (
    r"(?:late|early|earlier|later|overnight|last|this|meanwhile|separately|on|in|at|by|after|before"
    r"|during)\b[^,;:“”\"]{0,40},\s+"
    # ... or a phrase of where or how the words were given with no comma after it ("In a statement the
    # company said", "During a briefing on Monday the agency said"): the subject still opens after it
    r"|(?:in|at|during)\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,2}?" + _GIVEN_IN + r"\b[^,;:“”\"]{0,40}?\s+"
)
_OPENING_ADVERBIAL = rf"(?:{_OPENING_PHRASE})?"
# ... and a longer one when it names a document the words are in: "In its final report on the causes of
# the levee failures in the north, the commission said" (a report's release is said by its body)
_OPENING_IN_A_DOCUMENT = (
    r"(?:in\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?" + DOCUMENT_NOUNS + r"\b[^,;:“”\"]{0,100},\s+)?"
)
_THE_COMPANY_SPEAKS = rx(
    r"^"
    + _OPENING_ADVERBIAL
    + r"(?:but\s+|and\s+)?(?P<the>the)\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:n|sh|ch|ese|ian)\s+){0,2}?"
    # (any noun a firm is called by, "the regional lender", "the state-owned carmaker"; never "the major"
    # alone, an officer)
    + r"(?P<kind>oil\s+giant|energy\s+giant|oil\s+company|energy\s+company|(?<!the\s)major"
    + rf"|(?!major\b){FIRM_NOUNS})"
    + _ITS_STATEMENT
    + _WHICH_ASIDE
    + _BODY_THEN_VERB
    + _BODY_SAYS
)
# a body of state is not "the company" (the ministry, the agency, the army)
# A business as the subject just before its verb: "The airline", "the mining company has", "its operator"
_BUSINESS_BEFORE = rx(
    r"\b(the|its|their|a)\s+([\w-]+\s+){0,2}?(company|firm|airline|carrier|operator|insurer|miner|bank|group"
    r"|refinery|plant|factory|manufacturer|retailer|producer|carmaker|automaker|supplier|contractor)\s+"
    r"((has|had|have|also|temporarily|briefly|then|later)\s+)*$"
)


# A company's name by its legal form: "Norvik Petroleum Plc", "Halden Shipping Ltd", "Vantor Inc."
_COMPANY_NAME = re.compile(
    r"\b(?:Plc|PLC|plc|Inc|Ltd|Limited|Corp|Corporation|Co|Company|Group|Holdings?|AG|SA|NV|ASA|AB|SpA|GmbH|LLC)\.?$"
)


# A firm opening a sentence, known by its form: its legal form, the kind of business before it ("oil giant
# Tarvex", "steelmaker Korvan"), or an apposition that says it is a company ("Tarvex, the company that ...")
_FIRM_OPENS = re.compile(
    r"[\s\"“]*(?:(?i:the)\s+)?"
    r"(?P<kind>(?:[A-Za-z][a-z-]*\s+){0,2}?(?i:giant|major|company|firm|group|maker|producer|operator|carrier"
    r"|airline|insurer|retailer|miner|carmaker|automaker|steelmaker|conglomerate|lender|utility)\s+)?"
    r"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*){0,3})"
    r"(?P<described>\s*,\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,3}?(?:company|firm|group|giant|operator|maker)\b"
    r"[^,;“”\"]{0,120},)?"
    r"\s+[a-z]"
)


def _firm_by_form(before: str, people: list[Entity]) -> tuple[str, str, bool] | None:
    """The firm that opens `before` (the words ahead of a closing "a company spokeswoman said"), when its
    form says it is one; None for a person, a state or a name of no such form."""
    found = _FIRM_OPENS.match(before)
    if found is None:
        return None
    name = found.group("name")
    if not (found.group("kind") or found.group("described") or _COMPANY_NAME.search(name)):
        return None
    listed = [e for e in people if found.start("name") <= e.start < found.end("name")]
    if listed:
        entity = listed[0]
        if entity.kind != "actor" or names_a_person(entity) or entity.end != found.end("name"):
            return None
        return _speaker_of(entity)
    if name.split()[0].lower() in NOT_A_NAME:
        return None
    return name, "", False


def business_subject(before: str, local: list[Entity]) -> bool:
    """Whether the words before a verb end in a business as its subject: a company named with its legal
    form ("Norvik Plc") or by its kind ("the airline")."""
    if _BUSINESS_BEFORE.search(before):
        return True
    named = [e for e in local if e.kind == "actor" and e.end <= len(before)]
    if not named or not re.fullmatch(
        r"\s*(?:(?:has|had|have|also|temporarily|briefly|then|later)\s+)*", before[named[-1].end :]
    ):
        return False
    return _COMPANY_NAME.search(named[-1].name) is not None


_STATE_BODY = rx(r"\b(ministry|department|agency|government|army|police|council|commission|court|office)\b")
# The kinds of body a name ends in (or is headed by) that "the <kind>" refers back to ("a panel" is any
# body of a few named to look into something: a commission, a committee, an inquiry)
_BODY_KINDS = (
    r"ministry|department|agency|commission|council|committee|panel|authority|administration"
    r"|organi[sz]ation|association|federation|union|institute|foundation|charity|board|bureau|service|court"
    r"|tribunal|university|hospital|centre|center|trust|society|fund|party|alliance|coalition|movement|school"
    r"|college|academy"
)
_PANELS = frozenset(("panel", "commission", "committee", "subcommittee", "inquiry", "tribunal"))
# Any other body referred to by the kind its name ends in: "The ministry said", "The agency also warned"
_THE_BODY_SPEAKS = rx(
    r"^"
    + _OPENING_ADVERBIAL
    + _OPENING_IN_A_DOCUMENT
    + r"(?:but\s+|and\s+)?(?P<the>the)\s+(?P<kind>"
    + _BODY_KINDS
    + r")"
    + _ITS_STATEMENT
    + _WHICH_ASIDE
    + _BODY_THEN_VERB
    + _BODY_SAYS
)
# An office of state referred to by its kind alone, "The army said": the nation's office named before
_THE_OFFICE_SPEAKS = rx(
    r"^"
    + _OPENING_ADVERBIAL
    + r"(?:but\s+|and\s+)?(?P<the>the)\s+(?P<kind>army|military|navy|police|government|embassy)"
    + _ITS_STATEMENT
    + _BODY_THEN_VERB
    + _BODY_SAYS
)
# "..., the agency said on Tuesday.": a body referred to by its kind closes the sentence as its voice (only
# what says when or where may follow the verb, as for "the company")
# ("..., the company said, as the oil reached the beaches": a clause of its own, set off by a comma and led by
# a word that joins it, may follow the verb; it is no part of what was said)
# ("..., the company said, adding that it would appeal": what the speaker added is more of the same words)
_CLAUSE_OF_ITS_OWN = (
    r"(?:,\s+(?:as|while|after|before|when|although|though|but|and|adding|noting)\s[^“”\"]{3,200}?)?"
)
_THE_BODY_CLOSES = re.compile(
    r",(?:[\"”’]|'')?\s+(?P<the>the)\s+(?P<kind>"
    + _BODY_KINDS
    + r")"
    + _ITS_STATEMENT
    + r"\s+(?:also\s+)?(?P<says>"
    + _BODY_SAYS
    + r")"
    + r"(?:\s+(?:on|in|late|early|last|this|earlier|later|yesterday|today|overnight)(?:\s+[\w-]+){0,3})?"
    + _CLAUSE_OF_ITS_OWN
    + r"\s*[.!?]?\s*$"
)


def _body_of_kind(entity: Entity, kind: str) -> bool:
    """An organisation whose name ends in (or is headed by) the kind: "Health Protection Agency" for "the
    agency", "Ministry of Interior" for "the ministry"; a person named after a body never is."""
    if entity.kind != "actor" or names_a_person(entity):
        return False
    words = [
        _SPELLING.sub(lambda m: _BRITISH[m.group()], w.lower()) for w in re.findall(r"[\w-]+", entity.name)
    ]
    wanted = _SPELLING.sub(lambda m: _BRITISH[m.group()], kind.lower())
    # ("the school said" after "Paignton community college": one kind of place of teaching; "the panel"
    # after "the Senate farm committee")
    kinds = _SCHOOLS if wanted in _SCHOOLS else _PANELS if wanted == "panel" else {wanted}
    # ("National Commission on the Levee Failures": the kind heads the name before what it is of)
    heads = {w for w, after in pairwise(words) if after in ("of", "on", "for")}
    return bool(words) and bool(kinds & ({words[0], words[-1]} | heads))


_SCHOOLS = frozenset(("school", "college", "academy"))


_BRITISH = {"organization": "organisation", "center": "centre"}
_SPELLING = re.compile("|".join(_BRITISH))


# "It said ...", "It also warned ...", "It did not commit to a date, and said ...": an organisation named
# just before speaks on ("it" never stands for a person)
_IT_SPEAKS = rx(
    r"^" + _OPENING_ADVERBIAL + r"(?:but\s+|and\s+)?(?P<kind>it)\s+(?:(?:\w+ly\s+|also\s+|has\s+|had\s+)*"
    r"|(?:did\s+not|didn't|would\s+not|wouldn't)\s[^;:“”\"]{3,120}?,?\s+and\s+(?:also\s+)?)"
    r"(?:said|says|announced|confirmed|added|told|stated|warned|urged|insisted|denied|estimated|reported)\b"
)
# how far back (in characters) the organisation "it" stands for may be named
IT_REACH = 400


# "said on", "told", "speaking to", "in an interview with": what comes next is where words were said
_MEDIUM_BEFORE = rx(
    r"\b(?:(?:said|says|spoke|speaking|appeared|appearing|interview)\s+(?:\w+\s+){0,2}?(?:on|to|with)"
    r"|told|tells)\s+(?:the\s+)?$"
)


# ", it said.": "it" closing a sentence as the subject of its verb of saying
_IT_CLOSES_SPEAKING = rx(
    r"[,;:]\s*(?:(?:and|but)\s+)?(?P<kind>it)\s+(?:(?:also|has|had|later|then|now)\s+)*"
    r"(?:said|says|added|reported|stated|noted|estimated|warned|announced)\b"
    # (closing the sentence: in "In a report BP issued, it said Halliburton erred", "it" is named before)
    r"(?=[^,;:“”\"]{0,40}$)"
)


def _it_named(
    sentence: Sentence,
    own: list[Entity],
    earlier: list[Entity],
    text: str = "",
    closing: re.Match[str] | None = None,
) -> list[Entity]:
    """The sentence's names, with an opening "It" that speaks read as the organisation named last before
    it, in the sentences just before ("The Harbour Board closed the port. It said the closure was
    temporary"); unchanged when the sentence names someone before its verb, when the last name before
    is a person's, or when nothing fits. A `closing` "it said" is read the same way ("Cranes were left
    unchecked by the Tarvian ministry, it said": whoever is named before it is in what was said)."""
    found = closing or _IT_SPEAKS.match(sentence.text)
    if found is None or (
        closing is None and any(e.kind == "actor" and e.start - sentence.start < found.end() for e in own)
    ):
        return own
    actors = [e for e in earlier if e.kind == "actor" and e.end > sentence.start - IT_REACH]
    if not actors or names_a_person(actors[-1]) or not names_an_organisation(actors[-1]):
        return own
    # ('"...," Roe said on CNN\'s morning show. ... It said ...': the outlet words were said on, or the one
    # they were told to, carries them; "it" is something else the story named)
    if _MEDIUM_BEFORE.search(text[max(0, actors[-1].start - 40) : actors[-1].start]):
        return own
    stands_for = dataclasses.replace(
        actors[-1],
        start=sentence.start + found.start("kind"),
        end=sentence.start + found.end("kind"),
        text="It",
    )
    return [stands_for, *own]


# where the sentence before the one that starts at the end of the text opens
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?=[^.!?]*[.!?][\"”’']?\s*$)")


def _one_word_body(name: str, before: str) -> bool:
    """Whether a speaker known by one word is a body, not a person called by surname: no one of that
    family name is named in full before ("Transocean said", never "Jane Kemp ... Kemp said")."""
    if " " in name or not name[:1].isupper():
        return False
    return re.search(rf"\b[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?{re.escape(name)}\b", before) is None


def _body_heard_before(
    sentence: Sentence,
    found: re.Match[str],
    earlier: list[Entity],
    previous: tuple[str, str],
    kind: str,
    text: str,
) -> list[Entity]:
    """The body heard last, standing for "it" or "the company" (or "the agency" ...) that opens this
    sentence, when it is a body of that kind and spoke in the sentence just before; [] otherwise."""
    name, country = previous
    if not name or not text or (may_be_a_person(name) and not _one_word_body(name, text[: sentence.start])):
        return []
    reach = max(0, sentence.start - IT_REACH)
    opening = _SENTENCE_BEFORE.search(text, reach, sentence.start)
    before_from = opening.end() if opening is not None else reach
    named = next(
        (e for e in reversed(earlier) if e.kind == "actor" and e.name == name and e.start >= before_from),
        None,
    )
    if named is None and name not in text[before_from : sentence.start]:
        return []
    body = named or Entity(kind="actor", name=name, country=country, start=0, end=0, text=name, source="rule")
    if kind == "company":
        # (a ministry or a court is no "company")
        fits = not _STATE_BODY.search(name)
    elif kind == "it":
        fits = True
    else:
        fits = _body_of_kind(body, kind)
    if not fits:
        return []
    opens = found.start("kind") if kind == "it" else found.start("the")
    return [
        dataclasses.replace(
            body,
            start=sentence.start + opens,
            end=sentence.start + found.end("kind"),
            text=found.group()[opens : found.end("kind")],
        )
    ]


# "The country's health ministry said", "the nation's president has warned": an office or body whose owner
# is the country the story has named before, told by its kind; the office's words are that country's (the
# one named last, as a reader takes "the country")
_OWNER_SPEAKS = rx(
    r"^"
    + _OPENING_ADVERBIAL
    + r"(?:but\s+|and\s+)?(?P<the>the)\s+(?P<kind>country|nation)['’]s"
    + r"\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,3}?"
    + _BODY_THEN_VERB
    + _BODY_SAYS
)
# ("the country's health minister said" -> "Peru's health minister said")
OWNED_BY_THE_COUNTRY = rx(r"^(?:the\s+)?(?:country|nation)['’]s\s+(?=[a-z])")


def owner_named(sentence: Sentence, own: list[Entity], earlier: list[Entity]) -> list[Entity]:
    """The sentence's names, with "the country" that owns the office opening it as the speaker read as the
    country named last before it: "Floods hit Peru. The country's health ministry said 40 had died" ->
    Peru's health ministry; unchanged when the sentence names its own speaker before its verb, or no
    country was named before."""
    found = _OWNER_SPEAKS.match(sentence.text)
    if found is None or any(e.start - sentence.start < found.end() for e in own):
        return own
    named = next((e for e in reversed(earlier) if e.kind == "country" and e.country), None)
    if named is None:
        return own
    stands_for = dataclasses.replace(
        named,
        start=sentence.start + found.start("the"),
        end=sentence.start + found.end("kind"),
        text=found.group()[found.start("the") : found.end("kind")],
    )
    return [stands_for, *own]


def _a_firm(entity: Entity) -> bool:
    """Whether a name is of a business: a body, neither a person nor a body of state."""
    return (
        names_an_organisation(entity) and not names_a_person(entity) and not _STATE_BODY.search(entity.name)
    )


def firm_named_before(earlier: Sequence[Entity]) -> bool:
    """Whether the report names a business among `earlier`: "the operator" then means it, not a job."""
    return any(_a_firm(e) for e in earlier)


def the_company_named(
    sentence: Sentence,
    own: list[Entity],
    earlier: list[Entity],
    text: str = "",
    previous: tuple[str, str] = ("", ""),
    voices: Sequence[tuple[str, str, int]] = (),
) -> list[Entity]:
    """The sentence's names, with "the company" (or "the firm", "the airline" ...) opening it as the
    speaker read as the business named last before it ("NWG shares rose. The company said it would
    sell assets"), and "the ministry" (or "the agency", "the council" ...) as the body of that kind named
    last before it ("Egypt's Interior Ministry closed the crossing. The ministry said ..."), or a body
    whose name holds the kind ("Skyreach Airlines" for "the airline"), or a nation's office of the kind
    ("The Tarvian army moved troops. The army said" -> "Tarvian army"); with none named before, the kind
    alone speaks ("Company"). Unchanged when the sentence names its own speaker.

    `previous` is who spoke in the sentence just before (name, country), if anyone did: a body of the
    fitting kind that spoke there is the one meant ("Alpina Rail said its drivers were trained. The company
    also said the timetable was set by Nord Bahn": Alpina Rail, not a business named in an object or in
    what was said), as a reader takes the subject just heard before a name merely mentioned. `voices` are
    those heard speak earlier in the story (name, country, where): "the commission" is also one of them
    that no list names ("the White House flood commission said ...")."""
    own = _they_named(sentence, own, earlier, text)
    it_speaks = _IT_SPEAKS.match(sentence.text)
    found = it_speaks or _THE_COMPANY_SPEAKS.match(sentence.text)
    body = _THE_BODY_SPEAKS.match(sentence.text) if found is None else None
    found = found or body
    it_closes = _IT_CLOSES_SPEAKING.search(sentence.text) if found is None else None
    if it_closes is not None and not any(
        _SENTENCE_OPENS.match(sentence.text[: e.start - sentence.start]) for e in own if e.kind == "actor"
    ):
        # ("..., drawing on figures from the Tarvian government, it said": with no body opening the sentence
        # as its subject, "it" is the body named last before)
        return _it_named(sentence, own, earlier, text, it_closes)
    office = _THE_OFFICE_SPEAKS.match(sentence.text) if found is None else None
    if office is not None and not any(
        e.kind == "actor" and e.start - sentence.start < office.end() for e in own
    ):
        # ("The Tarvian army moved troops. The army said ...": the nation's army named before; with none,
        # the office speaks by its kind alone, `_collective_speaker`)
        nation = _kind_named_before(office.group("kind"), earlier, text, firm=False) or _led_body_before(
            office.group("kind"), text, sentence.start, earlier
        )
        if nation is not None:
            stands = dataclasses.replace(
                nation,
                start=sentence.start + office.start("the"),
                end=sentence.start + office.end("kind"),
                text=office.group()[office.start("the") : office.end("kind")],
            )
            return [stands, *own]
    if found is None:
        closing = _the_company_closing(sentence, own, earlier, text, previous)
        if closing is not own:
            return closing
        return _the_body_closing(sentence, own, earlier, text, previous, voices)
    if any(e.kind == "actor" and e.start - sentence.start < found.end() for e in own):
        return own
    kind = "it" if it_speaks else "company" if body is None else found.group("kind")
    heard = _body_heard_before(sentence, found, earlier, previous, kind, text)
    if heard:
        return [*heard, *own]
    if it_speaks:
        return _it_named(sentence, own, earlier, text)
    named = (
        _body_of_kind_before(found.group("kind"), earlier, voices)
        if body is not None
        else next((e for e in reversed(earlier) if _a_firm(e)), None)
    )
    start = sentence.start + found.start("the")
    kind_words = " ".join(found.group("kind").lower().split())
    # ("Northwind Airlines said ... The airline said", "The Tarvian army moved troops ... The army said": a
    # body named before whose name holds the kind, or a nation's body of that kind, is the one meant)
    named = named or _kind_named_before(kind_words, earlier, text, firm=body is None)
    if named is None and body is not None:
        named = _led_body_before(kind_words, text, sentence.start, earlier)
    if named is None and body is None and (previous[0] or voices):
        # ("Harbor Freightways said ... The company said": a business a list does not know spoke before; "the
        # company" goes on in its voice, read as "it" by the merge, not as a business of its own)
        return own
    if named is None:
        # ("The company said it would cut jobs" with no company named before: the body still speaks, known
        # by the words it is called by, "Company says ...", "Oil major says ...", rather than no one)
        called = " ".join(found.group()[found.end("the") : found.end("kind")].lower().split())
        named = Entity(
            kind="actor",
            name=called[:1].upper() + called[1:],
            country="",
            start=0,
            end=0,
            text="",
            source="rule",
        )
    stands_for = dataclasses.replace(
        named, start=start, end=sentence.start + found.end("kind"), text=found.group()[: found.end("kind")]
    )
    return [stands_for, *own]


# The name a business takes by its last word ("Borlen Corp", "Tarvo Motors"): the firm "the company" is
_FIRM_NAME_ENDS = frozenset("Corp Corporation Co Airlines Airways Motors Mining Holdings Industries".split())


# a preposition, with its article, right before a name: "from the ", "with ", "to the "
_OBJECT_OF_PREPOSITION = rx(
    r"\b(?:from|to|with|by|against|for|of|at|on|in|into|toward|towards|over|about|between|among|via|through"
    r"|under|upon|than|like)\s+(?:the\s+)?$"
)


def _kind_named_before(kind: str, earlier: Sequence[Entity], text: str, *, firm: bool) -> Entity | None:
    """The body of the kind named last before, by the words of its name: an actor whose name holds the kind
    ("Skyreach Airlines" for "the airline", "Borlen Corp" for "the company"), or a nation followed by the
    kind ("the Tarvian army" for "the army", with its country); None when none was."""
    last = kind.split()[-1]
    forms = {last, f"{last}s", last.removesuffix("y") + "ies"}
    for e in reversed(earlier):
        if e.kind == "actor" and not e.role:
            words = [w.lower() for w in e.name.split()]
            business = firm and e.name.split()[-1] in _FIRM_NAME_ENDS | LEGAL_FORMS
            if words[1:] and (forms & set(words) or business):
                return e
        if e.kind == "country" and e.country and text:
            follows = re.match(rf"\s+(?:[a-z][\w-]*\s+)?{re.escape(kind)}\b", text[e.end :])
            # ("Lima hopes to buy diesel from the Chilean government. The government said ...": a nation's
            # body named as the object of a preposition is one the subject deals with, not the one whose
            # voice the story goes on in; only one named as a subject or an owner is meant)
            if _OBJECT_OF_PREPOSITION.search(text, max(0, e.start - 40), e.start):
                continue
            if follows is not None and all(w in BODY_MODIFIERS for w in follows.group().split()[:-1]):
                phrase = f"{e.text}{follows.group()}"
                return dataclasses.replace(e, kind="actor", name=phrase, text=phrase)
    return None


def _led_body_before(kind: str, text: str, before: int, earlier: Sequence[Entity]) -> Entity | None:
    """The body of the kind the report named last before `before` by a name and the kind in lower case
    ("the Harlan administration", "the Brisk committee"), as an actor of that name: "The administration
    said" goes on in its voice, not a bare "Administration"; None when none was so named. A nation's body
    ("the Chilean government") is `_kind_named_before`'s to read, and a place's is not led by anyone."""
    # ("The policy began under the Harlan administration in 2003": a body named after a word of a time gone
    # by is history, not the one that speaks now; "the former Harlan administration" opens on no name)
    matches = [
        m
        for m in re.finditer(
            rf"\b[Tt]he\s+(?P<name>(?!The\b)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}}\s+{re.escape(kind)})\b",
            text[:before],
        )
        if not re.search(
            r"(?i)\b(?:under|during|since|until|till|through|throughout|after|before)\s+$", text[: m.start()]
        )
    ]
    last = matches[-1] if matches else None
    if (
        last is None
        or any(w in _MONTHS_AND_DAYS for w in last.group("name").lower().split())
        or any(e.kind != "actor" and last.start("name") <= e.start < last.end("name") for e in earlier)
    ):
        return None
    name = " ".join(last.group("name").split())
    return Entity(kind="actor", name=name, country="", start=0, end=0, text=name, source="rule")


# "They said ...", "But they've said ...", '"...," they said in a statement': "they" as the subject of a
# verb of saying
_THEY_SPEAK = compile_gated(
    r"(?:^(?:(?i:but|and|yet|later|earlier|meanwhile|however),?\s+)?|[,;:“”\"’']\s*)(?P<kind>[Tt]hey)"
    r"(?:['’]ve|\s+have|\s+had)?\s+(?:also\s+|[a-z]+ly\s+)?"
    r"(?:said|say|added|told|stated|warned|insisted|denied|argued|wrote|accused|urged)\b"
)
# A body of people opening a sentence as its subject: "Senior party leaders Ann Roe and Tom Hale ...",
# "Union officials have ...", "Bank witnesses told ..." (a plural of people, up to three capitalised words
# and two lower-case ones before it)
_PEOPLE_OPENING = re.compile(
    r"[\s\"“]*(?:(?:But|And|Yet|Meanwhile|Later|Earlier|The|Some|Several|Other|Two|Three|Four)\s+)?"
    r"(?P<who>(?:[A-Z][\w.&-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=[\s,])"
)

# The doers of a passive verb closing a sentence: "... was criticised by local health officials in Tarvik."
_PEOPLE_AGENT_CLOSING = re.compile(
    r"\b[a-z]+(?:ed|en|wn)\s+(?:\w+ly\s+)?by\s+(?:the\s+|some\s+|several\s+)?"
    r"(?P<who>(?:[A-Z][\w.&-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?:\s+(?:in|at|of|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?[.!?][\"”’']?\s*$"
)


def _they_named(sentence: Sentence, own: list[Entity], earlier: list[Entity], text: str) -> list[Entity]:
    """The sentence's names, with "they" that speaks read as the body of people that opens the sentence just
    before ("Union leaders Ann Roe and Tom Hale walked out of the talks. 'The offer is an insult,' they
    said in a statement": the union leaders), or a body a list knows named in that phrase ("Harbour Lines
    managers ..." -> Harbour Lines); unchanged when this sentence names someone before its verb, or when
    the sentence before opens with no plural of people."""
    found = _THEY_SPEAK.search(sentence.text)
    if found is None or not text:
        return own
    # (a name inside a quotation before "they" is spoken of: '"Roe was wrong," they said')
    quoted = quoted_spans(sentence.text)
    if any(
        e.kind == "actor"
        and e.start - sentence.start < found.start("kind")
        and not any(a <= e.start - sentence.start < b for a, b in quoted)
        for e in own
    ):
        return own
    opening = _SENTENCE_BEFORE.search(text, max(0, sentence.start - IT_REACH), sentence.start)
    if opening is None:
        return own
    subject = _PEOPLE_OPENING.match(text, opening.end(), sentence.start)
    if subject is None or not PLURAL_VOICE.search(subject.group("who")):
        # ("The ruling will be read closely by union leaders in Tarvik. They said ...": the doers of a
        # passive that closes the sentence before are its topic, and the "they" who speak next)
        subject = _PEOPLE_AGENT_CLOSING.search(text, opening.end(), sentence.start) or subject
    if subject is None:
        return own
    # ("Senior party leaders walked out": the phrase ends at its plural of people)
    words = subject.group("who").split()
    while words and not PLURAL_VOICE.search(" ".join(words)):
        words.pop()
    if not words:
        return own
    who = " ".join(words)
    inside = [
        e
        for e in earlier
        if e.kind == "actor" and subject.start("who") <= e.start and e.end <= subject.start("who") + len(who)
    ]
    named = (
        inside[-1]
        if inside and not names_a_person(inside[-1])
        else Entity(
            kind="actor", name=who[:1].upper() + who[1:], country="", start=0, end=0, text=who, source="rule"
        )
    )
    at = sentence.start + found.start("kind")
    stands_for = dataclasses.replace(
        named, start=at, end=at + len(found.group("kind")), text=found.group("kind")
    )
    return sorted([*own, stands_for], key=lambda e: e.start)


def _body_of_kind_before(
    kind: str, earlier: list[Entity], voices: Sequence[tuple[str, str, int]]
) -> Entity | None:
    """The body of the kind named last before: a listed name, or one heard speak that no list knows,
    whichever came later; None when neither fits."""
    named = next((e for e in reversed(earlier) if _body_of_kind(e, kind)), None)
    heard = next(
        (
            voice
            for name, country, where in reversed(voices)
            if _body_of_kind(
                voice := Entity(
                    kind="actor", name=name, country=country, start=where, end=where, text=name, source="rule"
                ),
                kind,
            )
        ),
        None,
    )
    if named is None or (heard is not None and heard.start > named.start):
        return heard
    return named


def _the_body_closing(
    sentence: Sentence,
    own: list[Entity],
    earlier: list[Entity],
    text: str,
    previous: tuple[str, str],
    voices: Sequence[tuple[str, str, int]],
) -> list[Entity]:
    """The sentence's names, with "the agency" (or "the commission", "the panel" ...) closing it ("The
    levee will hold, the agency said") read as the body of that kind that spoke just before, else the one
    named or heard last before; never a body named in what was said. Unchanged when none fits."""
    found = _THE_BODY_CLOSES.search(sentence.text)
    if found is None:
        return own
    at = sentence.start + found.start("the")
    if any(e.kind == "actor" and at <= e.start < sentence.start + found.end("says") for e in own):
        return own
    kind = found.group("kind")
    heard = _body_heard_before(sentence, found, earlier, previous, kind, text)
    named = heard[0] if heard else _body_of_kind_before(kind, earlier, voices)
    if named is None:
        return own
    stands_for = dataclasses.replace(
        named,
        start=at,
        end=sentence.start + found.end("kind"),
        text=sentence.text[found.start("the") : found.end("kind")],
    )
    return [*own, stands_for]


# "..., the company said.": a business referred to by its kind closes the sentence as its voice
_THE_COMPANY_CLOSES = re.compile(
    r",(?:[\"”’]|'')?\s+(?P<the>the)\s+(?:[a-z][\w-]*\s+)?(?P<kind>company|firm|oil\s+giant|energy\s+giant"
    r"|airline|carrier|insurer|operator)"
    + _ITS_STATEMENT
    + r"\s+(?:also\s+)?(?P<says>"
    + _BODY_SAYS
    + r")"
    # (only what says when or where: "the company said on Monday", "... in a statement"; a clause after
    # the verb is what was said, and its subject opened the sentence, after a phrase of its own)
    + r"(?:\s+(?:on|in|late|early|last|this|earlier|later|yesterday|today|overnight)(?:\s+[\w-]+){0,3})?"
    + _CLAUSE_OF_ITS_OWN
    + r"\s*[.!?]?\s*$"
)


# bodies that are no business, whatever their form: "the company" never stands for them
_NOT_A_BUSINESS = rx(
    r"\b(?:committee|commission|party|union|association|council|court|agency|government|ministry|department"
    r"|office|police|army|navy|institute|university|foundation|coalition|alliance|senate|congress|parliament"
    r"|assembly|administration|service)\b"
)


def _business(entity: Entity) -> bool:
    return (
        names_an_organisation(entity)
        and not names_a_person(entity)
        and not _STATE_BODY.search(entity.name)
        and not _NOT_A_BUSINESS.search(entity.name)
    )


def _the_company_closing(
    sentence: Sentence, own: list[Entity], earlier: list[Entity], text: str, previous: tuple[str, str]
) -> list[Entity]:
    """The sentence's names, with "the company" closing it ("Claims rose after Chief Executive Tom Reyes
    left, the company said") read as the business it names first, else the one that spoke just before,
    else the one named last before it; never a person named in what was said. Unchanged when none fits."""
    found = _THE_COMPANY_CLOSES.search(sentence.text)
    if found is None:
        return own
    at = sentence.start + found.start("the")
    end = sentence.start + found.end("kind")
    # (a name between "the company" and its verb is who speaks; one in what it added is not)
    if any(e.kind == "actor" and at <= e.start < sentence.start + found.end("says") for e in own):
        return own
    named = next((e for e in own if e.kind == "actor" and e.end <= at and _business(e)), None)
    if named is None:
        heard = _body_heard_before(sentence, found, earlier, previous, "company", text)
        if heard:
            return [*own, *heard]
        # (the business the story names most so far, the last of those if several: a body in passing,
        # "the Republican Leadership Committee", is not "the company")
        bodies = Counter(e.name for e in earlier if e.kind == "actor" and _business(e))
        most = max(bodies.values(), default=0)
        named = next(
            (e for e in reversed(earlier) if e.kind == "actor" and _business(e) and bodies[e.name] == most),
            None,
        )
    if named is None:
        return own
    return [
        *own,
        dataclasses.replace(
            named, start=at, end=end, text=sentence.text[found.start("the") : found.end("kind")]
        ),
    ]


# (capitalised words before the name are its title: "Health Secretary Jane Roe", "Dr Roe")
def name_line_before(
    article: Article, sentence: Sentence, read_to: int, entities: list[Entity], entity_starts: list[int]
) -> int | None:
    """Where a line that is only a person's name (with a title or a party label, no verb) starts, when
    it stands right before a sentence that opens in lower case with no subject: None otherwise."""
    if not sentence.text[:1].islower():
        return None
    gap = article.text[read_to : sentence.start]
    lines = [line for line in gap.splitlines() if line.strip()]
    if not lines:
        return None
    line = lines[-1]
    start = read_to + gap.rfind(line)
    if (
        len(line.split()) > 8
        or FINITE_VERB.search(line)
        or not article.text[start + len(line) : sentence.start].isspace()
    ):
        return None
    own = entities[bisect_left(entity_starts, start) : bisect_left(entity_starts, start + len(line))]
    return start if any(e.kind == "actor" and names_a_person(e) for e in own) else None


_OPENING_LEAD = re.compile(
    rf"[\s\"“‘'`]*(?:(?i:but|and|yet|later|earlier|meanwhile)\s+)?(?:{TITLE}|(?:[A-Z][\w.-]*\s+){{0,3}})"
)


def pronoun_antecedent(
    sentence: Sentence, entities: list[Entity], last_speaker: tuple[str, str], text: str = ""
) -> tuple[str, str]:
    """Whom a "he" or "she" that speaks in the next sentence stands for, after a sentence that gave no
    remarks with a speaker: the person it is about, nobody when it brings in somebody new or a journalist
    or commentator whose words were left out (their "He added: ..." is comment too), else the last
    speaker. A sentence of a quotation (`text` is the article's, to see a quotation opened before it in
    its paragraph) is the speaker's own words: a person named inside it is spoken of, and the speaker
    stays."""
    paragraph = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start] if text else ""
    opened = paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1
    quoted = quoted_spans(sentence.text)
    # ('"Tom Hale gave me my first job."', or a quotation left open to the next sentence)
    own_words = sentence.text[:1] in '"“' and (
        not quoted or quoted[0][0] > 0 or len(sentence.text) - quoted[0][1] <= 2
    )
    if last_speaker[0] and (opened or (own_words and len(sentence.text.split()) > 3)):
        return last_speaker
    if _COMMENTATOR.search(sentence.text):
        return ("", "")
    return _person_opening(sentence, entities) or _after_someone_new(sentence, last_speaker, entities)


# "he" or "she" as the subject of a verb of saying that closes a quotation or opens the sentence: '"...," she
# said', "She added that ...", '"...," said he'
# (any verb of saying: "she argued", "he conceded" choose a person of that gender as much as "she said")
_SPEAKING_PRONOUN = re.compile(
    r"(?:^|[,\"“”:]\s*)(?P<pronoun>(?i:he|she))\s+(?:[a-z]+ly\s+|also\s+)?(?:has\s+|had\s+)?"
    rf"(?:{alternatives(PAST_SAYING_VERBS)}|says|explained|continued|wrote)\b"
    r"|[,\"”]\s*(?:said|added)\s+(?P<after>he|she)\b"
)
# How far back a person named may be the "he" or "she" who speaks
_GENDER_REACH = 2000
# ... and how far back, when the last speaker was a state or a body (a few sentences)
_PERSON_REACH = 600


def speaker_of_gender(
    sentence: Sentence,
    last_speaker: tuple[str, str],
    text: str,
    entities: list[Entity],
    entity_starts: list[int],
) -> tuple[str, str]:
    """Whom a "he" or "she" that speaks in the sentence stands for, when the last speaker is a person the
    text gives the other gender (a title, a word of a man or a woman, an earlier pronoun): the last person
    named before of the pronoun's gender, else nobody ('Ana Berg ... Tom Hale said ... "...," she said' is
    Ana Berg); otherwise the last speaker."""
    found = _SPEAKING_PRONOUN.search(sentence.text.lstrip())
    if found is None or not last_speaker[0]:
        return last_speaker
    word = (found.group("pronoun") or found.group("after")).lower()
    before = entities[: bisect_left(entity_starts, sentence.start)]
    people = [e for e in before if e.kind == "actor" and names_a_person(e)]
    # (a person of the pronoun's gender named earlier in the sentence itself, outside a quotation, may be the
    # one meant: "While Ana Berg accepted the risk, she argued ..."; one the text gives no gender may be
    # whom the sentence tells of, "has briefed President Roe ..., she said", so is never taken for it)
    pronoun_at = sentence.start + len(sentence.text) - len(sentence.text.lstrip()) + found.start()
    quoted = [(sentence.start + s, sentence.start + e) for s, e in quoted_spans(sentence.text)]
    own_people = [
        e
        for e in entities[bisect_left(entity_starts, sentence.start) : bisect_left(entity_starts, pronoun_at)]
        if e.kind == "actor" and names_a_person(e) and not any(s <= e.start < t for s, t in quoted)
    ]
    # (a family's members share a surname: only a full name tells one from another)
    surnames = Counter(name.split()[-1] for name in {p.name for p in people})

    def gender(name: str) -> str:
        return person_gender(name, text, surnames[name.split()[-1]] > 1)

    near = [p for p in people if sentence.start - p.start <= _GENDER_REACH]
    spoken = [e for e in before if e.name == last_speaker[0]]
    if spoken and spoken[-1].kind == "country":
        # ('Ana Berg of the aid agency spoke. Peru said ... "...," she added': "he" or "she" is a person,
        # never a country; the last one named close before whom the text gives that gender, else nobody
        # known)
        person = next(
            (
                p
                for p in reversed(near)
                if sentence.start - p.start <= _PERSON_REACH and gender(p.name) == word
            ),
            None,
        )
        return (person.name, person.country) if person is not None else ("", last_speaker[1])
    if gender(last_speaker[0]) in ("", word):
        return last_speaker
    agreeing = next((p for p in reversed([*near, *own_people]) if gender(p.name) == word), None)
    if agreeing is None:
        # ('his spokeswoman, Ana Berg, said ... "...," she said' after Mr Hale: one named after the last
        # speaker's own last mention whom the text gives no gender)
        heard = max((p.start for p in near if p.name == last_speaker[0]), default=-1)
        agreeing = next(
            (
                p
                for p in reversed(near)
                if p.start > heard and p.name != last_speaker[0] and not gender(p.name)
            ),
            None,
        )
    return (agreeing.name, agreeing.country) if agreeing is not None else ("", last_speaker[1])


def _after_someone_new(
    sentence: Sentence, last_speaker: tuple[str, str], entities: Sequence[Entity] = ()
) -> tuple[str, str]:
    """Who a "he said" after this sentence may stand for: nobody known, when the sentence brings in a
    bystander ("One local fisherman told the paper ...", "Jane Roe, who runs a cafe, moved her children
    inland"), whose words follow; else the last speaker."""
    if _SOMEONE_NEW.search(sentence.text):
        return ("", "")
    # "Onlookers cheered as Jane Roe - smiling - emerged from the ruins": somebody else, named as the subject
    # of a verb, now stands between the speaker and the "he" or "she" that follows
    surname = last_speaker[0].split()[-1] if last_speaker[0] else ""
    quoted = quoted_spans(sentence.text)
    # ("Piet Mabuza, who has fished the bay for years, watched the wall give way": the same for a name the
    # lists do not know opening the sentence; one they know opens it as a person (`_person_opening`) or is
    # a place or a body, whose deed puts nobody between)
    opening = _NAME_OPENS.match(sentence.text)
    names = list(_NAME_BY_FORM.finditer(sentence.text))
    if (
        opening is not None
        and opening.group("name").split()[0].lower() not in NOT_A_NAME
        and may_be_a_person(opening.group("name"))
        and not any(e.start < sentence.start + opening.end("name") for e in entities)
    ):
        names.insert(0, opening)
    for name in names:
        if any(s <= name.start() < t for s, t in quoted) or (surname and surname in name.group("name")):
            continue
        gap = _TO_THE_VERB.match(sentence.text, name.end("name"))
        verb = re.match(r"[a-z]+", sentence.text[gap.end() :]) if gap is not None else None
        if verb is not None and FINITE_VERB.fullmatch(verb.group()):
            return ("", "")
    return last_speaker


# A person's name by its form, inside a sentence (not opening it): two or three capitalised words after a
# lower-case one ("as Jane Roe", "when Tom de Hale")
_NAME_BY_FORM = re.compile(r"(?<=[a-z,] )(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b(?!['’])")
# ... or opening the sentence, after at most a joining word ("But Jane Roe")
_NAME_OPENS = re.compile(r"(?:(?:But|And|Yet)\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b(?!['’])")


def _person_opening(sentence: Sentence, entities: list[Entity]) -> tuple[str, str] | None:
    """The person named as the subject that opens a sentence ("Jane Roe met the governor", "Dr Roe was
    asked"), whom a "he" or "she" that speaks in the next sentence stands for; None when the sentence
    opens otherwise or the name is a possessive ("Jane Roe's lawyer")."""
    first = next((e for e in entities if e.start >= sentence.start), None)
    if first is None or first.kind != "actor" or not names_a_person(first):
        return _person_subject(sentence, entities)
    lead = sentence.text[: first.start - sentence.start]
    after = sentence.text[first.end - sentence.start : first.end - sentence.start + 2]
    if not _OPENING_LEAD.fullmatch(lead) or re.match(r"['’]s?\b", after):
        return _person_subject(sentence, entities)
    return first.name, first.country


# After a person's name, what sets it off before its verb: an aside between dashes or commas ("Jane Roe -
# smiling and unhurt - emerged", "Jane Roe, 42, was"), then an adverb
_TO_THE_VERB = re.compile(r"(?:\s*(?:[-–—]|,)\s[^-–—,;.]{1,80}?(?:[-–—]|,))?\s+(?:[a-z]+ly\s+)?")


_TITLED = compile_for_search(rf"\b{TITLE}$")


def _person_subject(sentence: Sentence, entities: list[Entity]) -> tuple[str, str] | None:
    """The last person named as the subject of a clause of the sentence, outside any quotation ("Onlookers
    cheered as Jane Roe - smiling - emerged from the ruins"): whom "he" or "she" in the next sentence
    stands for, rather than a speaker named before her; None when there is none."""
    text = sentence.text
    quoted = quoted_spans(text)
    for entity in reversed([e for e in entities if sentence.start <= e.start and e.end <= sentence.end]):
        start, end = entity.start - sentence.start, entity.end - sentence.start
        # ("Mr Roe": a courtesy title makes a bare surname a person's)
        personal = names_a_person(entity) or _TITLED.search(text, 0, start) is not None
        if entity.kind != "actor" or not personal or any(s <= start < t for s, t in quoted):
            continue
        gap = _TO_THE_VERB.match(text, end)
        verb = re.match(r"[a-z]+", text[gap.end() :]) if gap is not None else None
        if verb is not None and FINITE_VERB.fullmatch(verb.group()):
            return entity.name, entity.country
    return None


# "... and the ministry says ...", "..., and Ana Okonjo, the mayor, said ...": a second speaker with a subject
# and a verb of saying of its own ("and said" goes on with the same speaker)
# ("the principal and the staff were told": a passive names no speaker; "and I must say": the writer's aside)
_SECOND_SPEAKER = compile_gated(
    # ("..., a day after the regulator demanded clarity": an earlier saying by another, that this one answers)
    r"(?:,?\s+and|,\s+but|,\s+(?:(?:a|an|one|two|three|several|\d+)\s+)?(?:hours?|days?|weeks?)\s+(?:after|before))\s+(?=(?:(?:the|a|an|its|their)\s+[\w’'.-]+|(?!(?:I|We|He|She|They|It|You)\b)[A-Z][\w’'.-]*)"
    r"(?:\s+(?!(?:is|are|was|were|be|been)\b)[\w’'.-]+){0,3}?\s+"
    r"(?:also\s+)?(?:says|said|say|told|tells|warned|warns|insisted|insists|suggested|suggests|argued|argues"
    r"|demanded|urged|accused|pledged|promised|vowed"
    # ("Local papers reported the port would close, but the harbour master denied it": one answers the other)
    r"|denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes)\b)"
)
# what the first speaker said runs on for some words before the second takes over ("Officials and the
# company said": one saying by two; "A spokesman declined to comment and ...": nothing said)
MIN_SAID_WORDS = 4


def two_speakers(text: str) -> list[tuple[int, int]]:
    """The sentence cut where a second speaker takes over ("Engineers suggest the repair could fail and the
    ministry says it does not trust the figures"): each says something of their own, so each is read
    alone; the whole sentence when there is no second speaker or the first part has no verb of saying."""
    for mark in _SECOND_SPEAKER.finditer(text):
        before, after = text[: mark.start()], text[mark.end() :]
        first = SPEECH.search(before)
        if (
            first is not None
            and len(before[first.end() :].split()) >= MIN_SAID_WORDS
            and not QUOTE.search(before)
            # ('"The mayor and the council would have said': inside an open quotation)
            and len(re.findall(r"[\"“”]", before)) % 2 == 0
            # ("what the operator and the coastguard have said", "which officials and the company say": the
            # clause's subject has two parts, one speaker)
            and not _CLAUSE_OPENS_NEAR.search(before)
            # ("Centers for Disease Control and Prevention", "Jane Roe and Tom Hale say": one name, or two
            # names that speak together)
            and not (
                before.split()[-1][:1].isupper()
                and after[:1].isupper()
                # ("would reopen on Friday and Oxfam said": a day closes what was said)
                and before.split()[-1].strip(",.").lower() not in _MONTHS_AND_DAYS
            )
            # (the second verb is one of saying where it stands: "told" is not "told to")
            and (verb := _SECOND_SPEAKER_VERB.search(after)) is not None
            and SPEECH.match(after, verb.start())
        ):
            return [(0, mark.start()), (mark.end(), len(text))]
    return [(0, len(text))]


_CLAUSE_OPENS_NEAR = rx(
    r"\b(which|that|who|whom|what|although|though|as|while|because|when|if|than)\s+(?:\S+\s+){0,2}\S+$"
)
_SECOND_SPEAKER_VERB = re.compile(
    r"\b(?:says|said|say|told|tells|warned|warns|insisted|insists|suggested|suggests|argued|argues"
    r"|demanded|urged|accused|pledged|promised|vowed"
    # ("Local papers reported the mayor had resigned, but his office denied it": the answer is the second's)
    r"|denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes)\b"
)
_ANTECEDENT = re.compile(
    r"\b((?i:the|a|an|its|their|his|her|our|my|your|this|that|these|those)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    r"|[A-Z][\w’'-]+(?:\s+(?:(?:au|de|du|da|del|des|di|el|es|la|le|van|von|bin)\s+)?[A-Z][\w’'-]+){0,3})"
    r"\s*,?\s*$"
)
# Determiners and possessives belong to the noun they open ("The Guardian, which ...").
_DETERMINERS = frozenset("the a an its their his her this that these those".split())


# "Typhoon Mira, the strongest storm of the year, which battered ...": a name, then a description of it set
# off by commas; the relative clause after them tells of the name, not of the description's last noun
_NAME_DESCRIBED = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+(?i:the|a|an)\s+[^,;:()\"“”]{1,60},?\s*$"
)


# A time phrase closing the head is when, not what, the relative clause tells of: "received good news from
# the agency this morning, which raised its rating" tells of the agency
_TIME_BEFORE_RELATIVE = re.compile(
    r"\s+(?:(?i:this|last|on|early|late|on\s+\w+day|yesterday)\s+(?i:morning|afternoon|evening|night|week|month)"
    r"|(?i:yesterday|today|tonight)|(?i:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*,?\s*$"
)


# A person's age set off by commas after the name is no noun of its own: "Tom Baker, 52, who lost his boat"
# tells of Tom Baker
_AGE_AFTER_NAME = re.compile(r"^(.*\b[A-Z][\w’'-]*)\s*,\s+(?:aged\s+)?\d{1,3}\s*,?\s*$", re.DOTALL)


def relative_antecedent(head: str) -> str | None:
    """The noun a relative clause after `head` tells of, without a capitalised word that opened the
    sentence and is no name: "Under Amara Diallo, who was elected" tells of Amara Diallo."""
    head = _TIME_BEFORE_RELATIVE.sub(",", head)
    aged = _AGE_AFTER_NAME.match(head)
    if aged is not None:
        head = aged.group(1)
    described = _NAME_DESCRIBED.search(head)
    if described is not None and described.group(1).split()[0] not in NOT_NAMES:
        return described.group(1)
    found = _ANTECEDENT.search(head)
    if found is None:
        return None
    words = found.group(1).split()
    while (
        len(words) > 1
        and words[0] in NOT_NAMES
        and words[0].lower() not in _DETERMINERS
        and words[1][:1].isupper()
    ):
        words.pop(0)
    return " ".join(words)


def document_voice(drafts: list[Draft]) -> list[Draft]:
    """Remarks whose speaker is a document ("The report found ...", "..., the study said") given to the
    body the story last heard speak of a document ("In its final report, the commission said ...", "The
    institute said in a study published on Monday ..."), on that sentence's day when they have none of
    their own: what a report says is the release's news, not remarks of their own."""
    voice: Draft | None = None
    settled = []
    sender: tuple[str, str, int] | None = None  # (who, country, where) wrote the letter last named
    issuer: Draft | None = None  # who the story last heard speak in a statement
    issuers: set[str] = set()  # all who the story heard speak in one
    for draft in drafts:
        if draft.is_speech_type and _LETTER_VOICE.fullmatch(draft.speaker):
            # "The commission wrote to the party on Monday. The letter said ...": a letter speaks for who
            # sent it, when the story has just said so
            if sender is not None and 0 <= draft.sentence.start - sender[2] <= LETTER_REACH:
                draft = dataclasses.replace(draft, speaker=sender[0], speaker_country=sender[1])
        elif draft.is_speech_type and _STATEMENT_VOICE.fullmatch(draft.speaker):
            # "Kenya's health ministry said in a statement ... The statement added ...": the statement is the
            # one just put out, and speaks for the body that put it out (each sentence of it carries the
            # reach on: "The statement also said ...")
            # (further on, "the statement" is still the one put out when the story has told of only one)
            if issuer is not None and (
                0 <= draft.sentence.start - issuer.sentence.start <= LETTER_REACH or len(issuers) == 1
            ):
                draft = dataclasses.replace(
                    draft,
                    speaker=issuer.speaker,
                    speaker_country=issuer.speaker_country,
                    own_date=draft.own_date or issuer.own_date,
                )
                issuer = draft
        else:
            written = _LETTER_SENT.search(draft.sentence.text)
            who = (
                draft.speaker
                or next(
                    (
                        (e.name, e.country)
                        for e in draft.entities
                        if e.kind == "actor" and written is not None and e.end <= written.start()
                    ),
                    ("", ""),
                )[0]
            )
            if written is not None and who:
                sender = (who, draft.speaker_country if draft.speaker else "", draft.sentence.start)
        if draft.is_speech_type and draft.speaker and _STATEMENT_ISSUED.search(draft.sentence.text):
            issuer = draft
            issuers.add(draft.speaker)
        if draft.is_speech_type and DOCUMENT_VOICE.fullmatch(draft.speaker):
            if voice is not None:
                draft = dataclasses.replace(
                    draft,
                    speaker=voice.speaker,
                    speaker_country=voice.speaker_country,
                    own_date=draft.own_date or voice.own_date,
                )
        elif draft.is_speech_type and draft.speaker and _DOCUMENT_NAMED.search(draft.sentence.text):
            voice = draft
        settled.append(draft)
    return settled


DOCUMENT_VOICE = rx(rf"(?:the|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUNS}")
# A letter or a note as the speaker ("The letter said", "the two-page memo added"), and a sentence that
# tells who wrote or sent one ("wrote to the party", "sent a letter to", "said in a letter")
_LETTER_VOICE = rx(r"(?:the|this|that|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|note|memo|e-?mail)")
_LETTER_SENT = rx_gated(
    r"\b(?:(?:wrote|sent|signed|addressed|delivered)\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letter|note|memo|e-?mail)|to)|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?letter)\b"
)
LETTER_REACH = 600  # characters: the next sentence or two, where "the letter" is still the one just named
# A statement as the speaker ("The statement said", "the joint statement added"; not "the family statement",
# which names whose it is), and a sentence that tells who put one out ("said in a statement", "issued a
# communique", "In a statement, the army said")
_STATEMENT_NOUNS = r"(?:statement|communiqu[eé])"
_STATEMENT_VOICE = rx(
    rf"(?:the|this|that|its|their)\s+(?:(?:joint|written|brief|short)\s+)?{_STATEMENT_NOUNS}"
)
_STATEMENT_ISSUED = rx(
    r"\b(?:(?:in|according\s+to)\s+(?:a|an|the|its|their|his|her)|(?:issued|released|published|put\s+out)"
    rf"\s+(?:a|an|the|its|their))\s+(?:[\w-]+\s+){{0,2}}?{_STATEMENT_NOUNS}\b"
)
# A document as the medium of the saying: "said in its final report", "In a study published on Monday, ...",
# "published a report", "according to the survey"
_DOCUMENT_NAMED = rx(
    r"\b(?:(?:in|according\s+to)\s+(?:a|an|the|its|their|his|her)|(?:published|released|issued|unveiled)"
    rf"\s+(?:a|an|the|its|their))\s+(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUNS}\b"
)
_SET_APART = rx(
    r",\s+(?:who|whom|whose|which)\b[^,;]*(?=,)|^(?:when|after|before|as|while|once)\s[^,;]*(?=,)"
    # "In a statement issued by his father, the family called it ...": an opening phrase
    r"|^(?:in|on|at|during)\s[^,;]*(?=,)"
    # "On Saturday, after Omar Ruiz announced the result, Clara Perez said ...", "Perez said, when the
    # result was read, that ...": a time or reason clause set off by commas is no main clause, wherever it
    # stands; "as" only after a short opening phrase ("The plan, as the mayor said, will fail" is the
    # mayor's word, and the main clause has no verb of saying of its own)
    # (only a clause with a verb of its own: in "..., while Mayor Tom Reese, speaking on radio, said ..." the
    # commas close no clause but the mayor's description, and "said" is his)
    r"|(?<=,)\s+(?:when|after|before|while|once|although|though|because)\s"
    r"(?=[^,;]*\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|(?-i:[a-z]{2,}ed)"
    rf"|{alternatives(IRREGULAR_PAST)}|{alternatives(PAST_SAYING_VERBS)})\b)[^,;]*(?=,)"
)
# ("These reports, as well as statements from the firm saying ..., have helped": "as well as", "as many
# as", "as part of" join no clause)
# ("The plan, as the mayor said, will fail": after a subject, "as ..." tells whose word the main clause is;
# only after an opening phrase of time or place does it set a clause apart)
_OPENING_AS = re.compile(
    rf"^(?:(?:On|In|At|During)\s[^,;]{{1,40}}|{TIME_BEFORE_SUBJECT}),\s+"
    r"(?P<clause>as\s(?!(?:well|much|many|part|such|usual|ever|always|before)\b)[^,;]*)(?=,)",
    re.IGNORECASE,
)
# ("The claim was quickly and firmly denied by the firm": two adverbs joined may stand before the participle)
PASSIVE_BEFORE = rx(r"\b(was|were|is|are|be|been|being)\s+(\w+ly\s+(and\s+\w+ly\s+)?)?$")


# "On Saturday Foreign Minister Ana Ruiz criticised ...", "In March the council voted, ...": an opening
# date with no comma after it runs straight on to the subject; the phrase set apart is the date alone
_OPENING_DATE_PHRASE = re.compile(
    r"(?:On|In|During)\s+(?:(?:early|late)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b"
    r"(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b|morning\b|afternoon\b|evening\b|night\b))*"
    r"(?=\s+[^\s,;])"
)


def set_apart_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _SET_APART.finditer(text)]
    opening_as = _OPENING_AS.match(text)
    if opening_as is not None:
        spans.append(opening_as.span("clause"))
    opening = _OPENING_DATE_PHRASE.match(text)
    if opening is not None:
        spans = [(a, opening.end()) if a == 0 and b > opening.end() else (a, b) for a, b in spans]
    return spans


CLOSED_QUOTE = re.compile(r"\"[^\"]{3,}\"|“[^“”]{3,}”")


_DESCRIBING_CLAUSE_BEFORE = re.compile(
    r",\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+(?:that|which)\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,3}"
    r"(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?$"
    # "... near the depot, which one of the drivers said was never locked": a clause set off by a comma that
    # describes the noun before it
    r"|,\s+(?:which|whom)\s+(?:one\s+of\s+)?(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){1,3}"
    r"(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?$"
)


_NOUN_THAT_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+(?:that|which)\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,3}"
    r"(?:[a-z]+ly\s+)?(?:has\s+|had\s+|have\s+)?$"
)
# (a verb and some words before a common noun, in lower case, then ", who": the noun closes what the main
# clause did, so the clause after it only describes that noun; "Jane Roe, who said" and "Officials, who
# said" open the sentence or name someone, and stay the sentence's saying)
_TAIL_RELATIVE_BEFORE = re.compile(
    r"\b[a-z]{3,}\s+(?:[\w’'-]+\s+){0,6}?[a-z][a-z-]{2,},\s+who\s+(?:(?:also|later|then|had|have)\s+)?$"
)
# ... but not after a verb that brings in someone's words ("interviewed the minister, who said", "spoke to
# the mayors, who told"): there the saying is the news ("to tour the site and hear from the mayors, who told
# him" is a visit's purpose, and the visit stays the news)
_WORDS_BROUGHT_IN = re.compile(
    r"\b(?:interview(?:s|ed|ing)?|(?:spoke|speaks|speaking|talked|talking)\s+(?:to|with)"
    r"|asked|asking|quoted|quoting|questioned|questioning)\b"
)
# ... nor after a noun that follows "with" ("has gone down badly with farmers, who say"): the noun is not
# acted on, and the main clause, which tells how something was received, leaves the saying the news ("among"
# or "by" may stand in a long subject's description of the speakers, whose saying the rule keeps apart)
_NOUN_AFTER_PREPOSITION_WHO = re.compile(
    r"\bwith\s+(?:[a-z-]+\s+){0,2}?[a-z][a-z-]{2,},\s+who\s+"
    r"(?:(?:also|later|then|had|have)\s+)?$"
)
_ADDING_A_THING = re.compile(r"Adding\s+(?:a|an|the|fuel|weight|insult|more|further|new|its|their)\s")
_RELATIVE_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}[\w-]+\s+(?:that|which|who)\s+$"
)
_CLEFT_BEFORE = re.compile(r"\b(?:it|this)\s+(?:was|is)\s+(?:[\w-]+\s+){1,4}(?:that|who)\s+$", re.IGNORECASE)
_SUBJECT_GAP_AFTER = re.compile(r"\s+(?:could|would|was|were|is|are|will|may|might|had|has|have)\b")
# "that officials said", "which the agency's staff have said": a relative pronoun, then the saying's subject
_THAT_THEN_SUBJECT_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,3}(?:[a-z]+ly\s+)?(?:has\s+|had\s+|have\s+)?$"
)
# what was said is a hope or a belief whose verb then lacks its subject: " they hope will pull in", " it
# expects could reopen" (a plain gap, " would cut queues", is `_SUBJECT_GAP_AFTER`'s, whose saying vouches)
_HOPED_SUBJECT_GAP_AFTER = re.compile(
    r"\s+(?:they|he|she|it|we)\s+(?:hope|hopes|hoped|expect|expects|expected|believe|believes|believed"
    r"|think|thinks|thought)\s+(?:could|would|will|may|might|should|can)\b"
)


# the main clause's own verb right after an aside: ", closed the harbour", ", have since left the town"
_MAIN_VERB_AFTER = rx(
    rf",\s+(?:(?:has|have|had|also|then|later|since|quickly|promptly)\s+)*(?:[a-z]{{2,}}ed|{alternatives(IRREGULAR_PAST)})\b"
)


# "Haiti says", "Britain has also said", "France on Monday denied": a country's name as the verb's subject,
# with at most an auxiliary, an adverb or a day between
_COUNTRY_AS_SUBJECT = rx(r"\s+(?:(?:has|have|had|is|was|also|now|later|earlier|again|on\s+\w+day)\s+){0,3}$")
_OPENS_THE_CLAUSE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while|as)\s+)(?:the\s+)?$", re.IGNORECASE)


# "[a senior] Kenyan [government] official [on Monday] said": a demonym before one voice of the state
_STATE_VOICE_AS_SUBJECT = rx(
    r"\s+(?:(?:government|foreign|ministry|military|security|defen[cs]e|state|intelligence)\s+){0,2}"
    r"(?:official|spokes(?:man|woman|person)|diplomat|source)"
    r"\s+(?:(?:has|had|also|later|earlier|again|on\s+\w+day)\s+){0,3}"
)
_ONE_VOICE_OPENS = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|as)\s+)[\s\"“]*(?:(?i:a|an|one|the)\s+)"
    r"(?:(?:senior|top|high-ranking|ranking|second)\s+)?$",
    re.IGNORECASE,
)


def country_speaks(text: str, entities: Sequence[Entity], speaker: str) -> bool:
    """Whether a sentence's speaker is a country named as the subject of its verb of saying ("Haiti says
    ...", "Britain said on Monday ..."): the state speaking, by metonymy its government, and so one of who
    acted. A country the speaker was taken from otherwise (a demonym, a place named in passing) is not."""
    speech = speech_in(text)
    if speech is None:
        return False
    return any(
        e.kind == "country"
        and country_name(e.country) == speaker
        and e.end <= speech.start()
        and (
            (
                _COUNTRY_AS_SUBJECT.fullmatch(text, e.end, speech.start()) is not None
                and _OPENS_THE_CLAUSE.search(text, 0, e.start) is not None
                and not _people_of(e)
            )
            # ("A senior Kenyan official told reporters": one unnamed voice of the state, read as the state
            # speaking, acts for it as "Kenyan authorities" do)
            or (
                _STATE_VOICE_AS_SUBJECT.fullmatch(text, e.end, speech.start()) is not None
                and _ONE_VOICE_OPENS.search(text, 0, e.start) is not None
            )
        )
        for e in entities
    )


# A saying refused or denied before the question it leaves open: "did not say who", "would not say
# whether", "declined to say how many", "could not specify which"
_REFUSED_BEFORE = rx(
    r"\b(?:(?:did|does|do|would|could|will|can)\s+not|(?:did|does|do|would|could|wo|ca)n['’]t|cannot"
    r"|(?:declined|refused|declines|refuses)\s+to)\s+(?:immediately\s+|publicly\s+)?$"
)
_OPEN_QUESTION_AFTER = rx(
    r"^(?:\s+(?:on\s+)?(?-i:[A-Z][a-z]+day)|\s+(?:yesterday|today|publicly))?\s+(?:exactly\s+)?"
    r"(?:who|whom|whose|what|when|where|why|how|whether|if|which)\b"
)


def refused_to_say(text: str) -> bool:
    """Whether the saying a sentence hangs on is one refused, before the question it leaves open, and no
    other saying follows: "The army did not say who ordered the strike", "Officials declined to say when the
    border would reopen". Nothing was said, and whoever the open question names did nothing that day; "He
    would not say how much was paid but said the work was done" says something still."""
    speech = speech_in(text)
    return (
        speech is not None
        and _REFUSED_BEFORE.search(text, 0, speech.start()) is not None
        and _OPEN_QUESTION_AFTER.match(text[speech.end() :]) is not None
        and speech_in(text[speech.end() :]) is None
    )


# Several rules ask for a sentence's verb of saying (its own and its neighbours'): found once per text.
@functools.lru_cache(maxsize=4096)
def speech_in(text: str) -> re.Match[str] | None:
    return _main_speech(text, set_apart_spans(text))


# A capitalised verb of saying with capitalised words on each side ("the Harbour Claims Board"), the
# name closed within three words by running prose. A headline in capitals ("Mayor Says Roads Safe, Blames
# Rain", "Norvik Warns Of Cuts.") has no word in lower case but the small words a headline may leave
# uncapitalised, and keeps its verb; any other word in lower case, however short ("met", "won"), is prose
_NAME_WORDS_BEFORE = re.compile(r"(?:^|[a-z,]\s+)(?:[A-Z][\w.&-]*\s+)+$")
_NAME_WORD_AFTER = re.compile(r"(?:\s+[A-Z][a-z][\w.&-]*){1,3}(?:\s*(?:[,;:()]|--)|\s+[a-z]|[.]\s*$)")
_PROSE_WORD = re.compile(
    r"\b(?!(?:of|to|on|in|at|the|a|an|and|or|for|by|as|from|with|vs|via|but|nor|per|up|off|out)\b)[a-z]+\b"
)


def _main_speech(text: str, set_apart: list[tuple[int, int]]) -> re.Match[str] | None:
    """The sentence's verb of saying: the first outside the stretches set apart, else the first."""
    # "after test results were confirmed", "the plan was announced": a verb of saying in the passive tells
    # what was done to a thing, and names no one who spoke
    found = [
        m
        for m in SPEECH.finditer(text)
        if (
            not PASSIVE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            # ("the ministry is demanding new checks": a progressive, not a passive)
            or m.group().lower() == "demanding"
            # ("the plan was condemned by the opposition": a reaction in the passive names its speaker after
            # "by")
            or _reaction_by(text, m) is not None
        )
        # "an estimated 20 million gallons", "the alleged plot", "a reported 300 dead": a participle after
        # an article describes a thing, and nobody speaks
        and not (
            m.group().lower().endswith("ed")
            and _ARTICLE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
        )
        and not _claims_counted(text, m)
        # "Having said that, ...", "That said, ...", "Needless to say, ...": a discourse marker links to what
        # came before; nobody speaks in it
        and not (
            _DISCOURSE_MARKER_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            and _DISCOURSE_MARKER_AFTER.match(text, m.end())
        )
        # "the Harbour Claims Board, as the fund is called, opened in May": a capitalised word between two
        # others in running prose is a word of a name, and nobody speaks
        and not (
            m.group()[:1].isupper()
            and _NAME_WORDS_BEFORE.search(text[: m.start()])
            and _NAME_WORD_AFTER.match(text, m.end())
            and (_PROSE_WORD.search(text, 0, m.start()) or _PROSE_WORD.search(text, m.end()))
        )
        # "Adding a note of urgency, the board ...": "adding" opening the sentence with a thing added after it
        # is a participle of adding, not of saying ("Adding that ..." says; "Adding to ..." is read as before,
        # its own way)
        and not (m.start() < 4 and _ADDING_A_THING.match(text, m.start()))
        # "Often called the King of Swing, Roe will be remembered as ...": a participle opening the sentence
        # gives the subject a name, and nobody speaks
        and not (m.group().lower() == "called" and _NAMING_PARTICIPLE_OPENS.match(text[: m.start()]))
        # "Research had suggested", "tests suggest", "the data suggest": a thing shows, nobody speaks
        and not (
            _THING_MAY_SAY.fullmatch(m.group())
            and _THING_SUBJECT.search(text[max(0, m.start() - 40) : m.start()])
        )
        # "..., a levy that Kroll recently said she wants to end": the verb is in a clause that describes
        # a noun; what it says is of that noun, not the sentence's main clause
        and not _DESCRIBING_CLAUSE_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
        # "... to the virus that the agency has said could be dangerous": no comma, but what was said lacks
        # its subject, which is the noun before "that"
        and not (
            _NOUN_THAT_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
            and _SUBJECT_GAP_AFTER.match(text, m.end())
        )
        # "started a night shift in April that managers said they hope will clear the backlog": the relative
        # pronoun is the subject of what was hoped, however far its noun stands before it, so the saying
        # describes that noun and the main clause tells the act
        and not (
            _THAT_THEN_SUBJECT_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
            and _HOPED_SUBJECT_GAP_AFTER.match(text, m.end())
        )
        # "released a company memo that said up to 9,000 tonnes of ash could escape", "arrested a man who said
        # he was armed": the relative pronoun is the verb's subject; what is said is the noun's, and the
        # sentence's news is its main clause
        and not (
            _RELATIVE_SUBJECT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            # ("It was the governor who said ...": a cleft puts the saying itself in focus)
            and not _CLEFT_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        )
        # "The premier toured the port to meet local mayors, who told him the quay had sunk": a relative
        # clause set off by a comma after a common noun the main clause acted on tells what those people
        # said there; the main clause, which opened the sentence, is its news
        # (a saying this early has no main clause before it long enough to be news: a subject and a verb, as
        # "Police arrested two men, who said ..." would be, fill some 40 characters at the least)
        and not (
            _TAIL_RELATIVE_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
            and m.start() > 40
            and not _WORDS_BROUGHT_IN.search(text[max(0, m.start() - 80) : m.start()])
            and not _NOUN_AFTER_PREPOSITION_WHO.search(text[max(0, m.start() - 80) : m.start()])
        )
    ]
    if not found:
        return None  # (every rule below only chooses among the verbs found: with none, nobody speaks)
    # '"We said it would hold," Jane Roe told reporters': a verb inside the quotation is what was said
    quoted = [(q.start(), q.end()) for q in CLOSED_QUOTE.finditer(text)]
    outside = [m for m in found if not any(a <= m.start() < b for a, b in [*set_apart, *quoted])]
    # "Port officials, who said the ferry was overloaded, closed the harbour": a verb of saying inside a
    # relative aside whose subject then acts in the main clause is no saying of the sentence's
    acted_after = [
        (a, b) for a, b in set_apart if RELATIVE_ASIDE.match(text, a) and _MAIN_VERB_AFTER.match(text, b)
    ]
    if not outside and found and all(any(a <= m.start() < b for a, b in acted_after) for m in found):
        return None
    chosen = outside or found
    # '..., Roe said.', '... high tide," Roe said.': a name and its verb of saying closing the sentence
    # after a comma or a closing quotation mark attribute all before them, whatever verbs ("called for",
    # "urging", "claim") what was said holds, and whether or not its quotation opened in an earlier sentence
    closing = (
        _CLOSING_ATTRIBUTION.search(text) or _CLOSING_BODY.search(text) or _OWNED_PAPER_CLOSING.search(text)
    )
    if closing is not None:
        chosen = [m for m in found if m.start() == closing.start("verb")] or chosen
    # "Preliminary analysis suggests it is a mild strain, scientists say": a verb that may take a thing
    # for its subject gives way to a plain verb of saying in the same sentence
    # ("The firm suggested it had paid, a day after the regulator demanded clarity": the firm's words)
    if chosen and _THING_MAY_SAY.fullmatch(chosen[0].group()):
        plain = [m for m in chosen if _PLAIN_SAYING.fullmatch(m.group())]
        chosen = plain or chosen
    # "Weather forecasts indicate the storm will turn, said Ana Costa of the weather service": a verb of
    # saying inverted after a comma, before the name of who spoke, attributes all before it; a word
    # earlier that may as well be a noun ("forecasts", "estimates", "reports") is in what was said (a verb
    # that is only a verb, "Earlier studies warned ...", keeps its own subject)
    inverted = _INVERTED_ATTRIBUTION.search(text)
    # ("Crews were sent home and told they would not go out again, said Jane Roe": a "told" with no listener
    # after it is a passive joined to one before, and names no one who spoke)
    if (
        chosen
        and inverted is not None
        and (
            _MAY_BE_A_NOUN.fullmatch(chosen[0].group())
            or _TOLD_WITHOUT_LISTENER.match(text, chosen[0].start())
        )
    ):
        chosen = [m for m in found if m.start() == inverted.start("verb")] or chosen
    return chosen[0] if chosen else None


_TOLD_WITHOUT_LISTENER = re.compile(r"told\s+(?:that\s+)?(?:he|she|they|we|you)\s+[a-z]")
# verbs of saying that are as often plural nouns ("the forecasts", "early estimates", "media reports")
_MAY_BE_A_NOUN = rx(r"forecasts|estimates|reports|claims|statement")
# ', said Jane Roe', '," says the Harbour Board's chief': the verb of saying, then its subject by name
_INVERTED_ATTRIBUTION = re.compile(
    r"(?:,|[,.!?](?:[\"”’]|''))\s+(?P<verb>said|says|added|adds)\s+(?:(?:the|a|an)\s+)?(?-i:[A-Z])"
)


_DISCOURSE_MARKER_BEFORE = rx(
    r"(?:^|[,;:]\s*|\b(?:but|and|yet)\s+)(?:having|that|this|(?:that|this|all\s+that)\s+being|needless\s+to"
    r"|suffice\s+(?:it\s+)?to|strange\s+to)\s+$"
)
_DISCOURSE_MARKER_AFTER = re.compile(r"(?:\s+(?:that|this|so))?\s*,")
_SENT_TO_SAYING = rx(
    r"\b(?:(?:sent|sends?|wrote|writes?|handed|gave|delivered|e-?mailed|faxed|posted|addressed|passed"
    r"|releas(?:e|es|ed)|publish(?:es|ed)?|issu(?:e|es|ed))\s+"
    r"(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:note|letter|message|e-?mail|memo|memorandum|text|card)|wrote|(?:e-?mailed|wrote|sent)\s+a\s+letter)"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+to\s+(?P<to>[^,;]{2,80}?)\s*,?\s*$"
)
# the sender of such a note named by what they are, in the subject's slot: "the supervisor", "a clerk"
_SENDER = re.compile(
    r"(?:^|[,;:]\s*|\b(?:And|But)\s+)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?P<who>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:(?:also|later|then|had)\s+)?$"
)
_THING_MAY_SAY = rx(r"suggest|suggests|suggested|wants|want|wanted")
# Nothing but an adverb before "called" at the sentence's start ("Often called", "Once called", "Widely
# called"): a pronoun or a name there ("Kelly called") would be a speaker
_NAMING_PARTICIPLE_OPENS = rx(
    r"^\s*(?:(?:often|once|long|also|sometimes|still|now|later|widely|commonly|popularly|affectionately)\s+)?$"
)
_CLOSING_ATTRIBUTION = re.compile(
    r"(?:,|[,.!?](?:[\"”’]|''))\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<who>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
    r"(?:also\s+)?(?P<verb>said|says|added|adds|told\s+(?:reporters|journalists))\b"
    # a short tail of when or how it was said: "on Tuesday", "through a translator", "at a news conference"
    r"(?:\s+(?:on|last|this|in|through|via|by|at)\s+[\w ]{1,25}?)?\s*[.!?]?\s*$"
)
# "..., the Health Protection Agency said on Monday.": a body named by its capitalised name closes the
# sentence (a verb of saying before it, "close contacts of a confirmed case", is in what was said)
_CLOSING_BODY = re.compile(
    r"(?:,|[,.!?](?:[\"”’]|''))\s+(?i:the)\s+(?P<who>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w’'&.-]*){0,5})"
    r"\s+(?:also\s+)?(?P<verb>said|says|added|adds)\b"
    r"(?:\s+(?:on|last|this|in|through|via|by|at)\s+[\w ]{1,25}?)?\s*[.!?]?\s*$"
)
# "..., the relatives' statement said.", "..., the Marlow family's letter said": a paper of those named by
# the possessive closes the sentence
_OWNED_PAPER_CLOSING = re.compile(
    r"(?:,|[,.!?](?:[\"”’]|''))\s+(?i:the)\s+(?P<who>(?:[A-Z][\w-]*\s+){0,3}[a-z]+)['’]s?\s+"
    r"(?:[a-z-]+\s+)?(?:statement|letter|note)\s+(?P<verb>said|says|added|adds)\b"
    r"(?:\s+(?:on|last|this|in)\s+[\w ]{1,25}?)?\s*[.!?]?\s*$"
)
_THING_SUBJECT = rx(
    r"\b(research|tests?|reports?|analys[ie]s|data|evidence|stud(?:y|ies)|results?|figures?|signs?|findings?"
    r"|surveys?|polls?|models?|estimates?|records?|documents?|experiments?|readings?|samples?)"
    r"\s+(?:(?:has|have|had|also|now|may|might|would|could|all)\s+){0,2}$"
)
_PLAIN_SAYING = rx(r"say|says|said|told|tells|added|according\s+to")


# A reaction told in the passive, then who reacted: "was welcomed by Energy Secretary Jane Roe", "were
# condemned by the opposition party"
_REACTION_VERB = rx(
    r"(welcomed|praised|condemned|criti(ci[sz]ed)|hailed|slammed|deplored|applauded|rejected|dismissed|denied)"
)
_REACTION_BY = re.compile(
    r"\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<agent>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,5})"
)


def _reaction_by(text: str, speech: re.Match[str]) -> re.Match[str] | None:
    """The agent of a reaction told in the passive ("The estimate was welcomed by Jane Roe"), whose words
    it is; None for a passive verb of saying with nobody named ("the plan was announced")."""
    if not _REACTION_VERB.fullmatch(speech.group()):
        return None
    return _REACTION_BY.match(text, speech.end())


# ("the estimated ...", "its global tally of confirmed cases", "with reported losses": an adjective)
_ARTICLE_BEFORE = rx(r"\b(the|an?|of|its|their|our|with|for|new|more|total)\s+$")
# "has received 30,000 claims", "many new claims": a number or a quantifier before "claim(s)" makes it a
# noun, demands for money or for a right, and nobody speaks ("made the claim that ..." is still words said)
_CLAIMS_AS_NOUN = rx(
    r"(\d\s+|\b(many|more|new|fresh|no|thousands\s+of|hundreds\s+of|dozens\s+of)\s+(new\s+|more\s+)?"
    # ("have filed claims so far", "has paid claims worth $2bn": a verb that handles papers makes "claims"
    # the thing filed or paid; every verb of handing papers in, "lodged", "submitted", "registered", as
    # "filed")
    r"|\b(file[sd]?|filing|lodge[sd]?|lodging|submit(s|ted|ting)?|register(s|ed|ing)?|paid|pays?|paying"
    r"|receive[sd]?|receiving|process(ed|es|ing)?|settle[sd]?|settling|handled|reviewed|approved)\s+)$"
)


# "The claim was quickly denied by the firm", "those claims have been rejected": the noun as the subject of
# the verb after it, which tells what became of the claim (and who spoke: the one who denied it)
_CLAIM_AS_SUBJECT = rx(r"\b(the|this|that|these|those|such|his|her|its|their)\s+$")
_VERB_AFTER_THE_CLAIM = rx(r"\s+(was|were|is|are|has|have|had)\b")


def _claims_counted(text: str, speech: re.Match[str]) -> bool:
    if speech.group().lower() not in ("claim", "claims"):
        return False
    before = text[max(0, speech.start() - 20) : speech.start()]
    return bool(_CLAIMS_AS_NOUN.search(before)) or bool(
        _CLAIM_AS_SUBJECT.search(before) and _VERB_AFTER_THE_CLAIM.match(text, speech.end())
    )


# "some", "many", "ordinary" before a demonym: people of the country, not its state
# A preposition that makes the country after it a place, maybe as a later name of a list of places: "in
# Peru", "from the United States", "in Chile, Peru and Bolivia"
_PLACE_BEFORE = re.compile(
    r"\b(?i:in|from|at|across|throughout|near|inside|outside|within|around)\s+(?i:the\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)
_MORE_PLACES = re.compile(
    r"(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?i:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)*"
)
# What opens another clause between a place and the verb of saying (a comma too: "the worst since the flood
# in Peru in 1995, one expert said" names the place in what was said)
_CLAUSE_BETWEEN = re.compile(r"\b(?:and|but|while|as|because|after|before|when|since|though)\b|[;:,]")
# The words after a country that may name a body of its state: "from the Israeli government"
_STATE_BODY_AFTER = re.compile(r"\.?\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def _place_of_the_speakers(text: str, entity: Entity, verb_at: int) -> bool:
    """Whether a country is named after a preposition of place in the subject of the verb of saying at
    `verb_at`, as where the speakers are or come from ("Doctors in Peru said", "a fisherman from Chile
    said"), not as the state speaking; a state body it names ("officials from the Peruvian government
    said") or a thing it owns ("the toll from Peru's floods") leaves it a voice as before, and so does a
    place in a clause of its own before the subject ("Children arrived in Peru on Sunday and the ministry
    said", "No one in Peru has died, the minister said": the place may be where that voice's state is)."""
    if _PLACE_BEFORE.search(text, 0, entity.start) is None:
        return False
    # (from the end of the list the country may open: "in Chile, Peru and Bolivia")
    listed = _MORE_PLACES.match(text, entity.end)
    after = listed.end() if listed is not None else entity.end
    if _CLAUSE_BETWEEN.search(text, after, verb_at) or FINITE_VERB.search(text, after, verb_at):
        return False
    if re.match(r"[’']s\b", text[entity.end :]):
        return False
    # (the body's noun may follow a word of its own: "the Peruvian foreign ministry")
    body = _STATE_BODY_AFTER.match(text, entity.end)
    return body is None or not _STATE_NOUNS.intersection(body.groups())


_QUANTIFIED_PEOPLE_BEFORE = rx(
    r"\b(?:some|many|most|few|several|other|ordinary|fellow|young|(?:thousands|hundreds|millions)\s+of)\s+$"
)


def _people_of(entity: Entity) -> bool:
    """Whether a country is named by its people in the plural ("Britons", "Kenyans"), not by its name."""
    text = entity.text
    return text.endswith("s") and not text.isupper() and text.lower() != country_name(entity.country).lower()


# how a demonym for one person ends: "Kenyan", "Briton", "Frenchman", "Pakistani"
_ONE_PERSONS_DEMONYM_ENDING = re.compile(r"(?:an|on|man|woman|i)$")
_ONE_PERSON_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Aa]n?)\s+$")
_NO_NOUN_AFTER = re.compile(r"\s*(?:,|\s(?:who|was|is|has|had|said|says|told|tells|added)\b)")


# last words of a body's name that ORGANISATION_HEADS lacks: "Chamber of Shipping", "Confederation of Labour"
_BODY_HEADS_BEYOND_ORGANISATIONS = frozenset(("Chamber", "Chambers", "Confederation"))
# "[Kenyan] Chamber of Shipping", "[Tarvian] Red Cross", "[Kenyan] Ports Authority": the rest of a body's name
_BODY_NAMED_AFTER_ITS_COUNTRY = re.compile(
    r"\s+(?P<rest>(?:[A-Z][\w&’'.-]*\s+){0,3}"
    rf"(?:{'|'.join(sorted(ORGANISATION_HEADS | _BODY_HEADS_BEYOND_ORGANISATIONS, key=len, reverse=True))})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2})?)\b"
)


def _one_of_its_people(text: str, entity: Entity) -> bool:
    """Whether a demonym names one person of the country as a noun of its own ("the Briton was quoted",
    "a Kenyan, who ...", "the Frenchman said"), not the state: after "the" or "a", with no noun after it."""
    return (
        entity.text.lower() != country_name(entity.country).lower()
        and _ONE_PERSONS_DEMONYM_ENDING.search(entity.text) is not None
        and _ONE_PERSON_BEFORE.search(text, 0, entity.start) is not None
        and _NO_NOUN_AFTER.match(text, entity.end) is not None
    )


_CLAUSE_CONJUNCTION = re.compile(
    r",\s+(?:as|while|after|when|because|since|although|though|whereas)\s+"
    # "Dr Lena Vos stood as the jury said she was guilty": with no comma, a conjunction right after a verb
    # in the past or an adverb opens a clause with a subject of its own (a determiner or a capital after
    # it); "such as", "as well as", "said as much" are no conjunctions
    # ("as early as Monday", "as soon as Friday": a comparison, no clause)
    rf"|\b(?<!\bas\s)(?:[a-z]+ed|[a-z]+ly|{alternatives(IRREGULAR_PAST)})\s+"
    r"(?:as|while|when|because|although|though|whereas)\s+(?=(?:the|a|an|his|her|its|their|[A-Z]\w+)\s)"
)


# ("Some growers who met the inspectors were paid, but others said they got less": a clause joined by "but"
# whose subject is "others", more of the people just told of; the names before it are in the first clause.
# Only "others" stands for people the first clause did not name: "both", "most" or "many" are of those it
# did name ("Hale and Roe disagreed, but both said ..."), whose own names speak)
_OTHERS_CLAUSE = re.compile(
    r"(?:,\s+(?:but|and|yet|while|whereas)|;)\s+(?=others\s+(?:(?:have|had|also|later|still)\s+)*$)",
    re.IGNORECASE,
)


def _clause_opening_before(text: str, at: int) -> int:
    """Where the clause of the verb at `at` opens, when a subordinate clause of its own holds it
    ("..., as British scientists announced"); 0 otherwise."""
    found = [m.end() for m in _CLAUSE_CONJUNCTION.finditer(text, 0, at)]
    if not found or re.search(r"[,;:]", text[found[-1] : at]):
        return 0
    return found[-1]


def state_speaks(clause: str, speaker: str, country: str) -> str:
    """What a state said through an unnamed envoy or official, told of the state: "he would raise concerns"
    -> "it would raise concerns" (a title reads "Mexico says it would ...")."""
    if country and speaker == country_name(country):
        return re.sub(r"^(?:he|she)\b", "it", clause)
    return clause


def commentator_speaks(text: str, *, lead: bool = False) -> bool:
    """Whether the sentence's remarks are a commentator's (see `commentary`)."""
    speech = speech_in(text)
    return speech is not None and commentary(text, speech, lead=lead)


_PERSON = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+)+")
_TITLE_WORD = re.compile(r"^(?:Professor|Prof|Dr|Mr|Mrs|Ms|Miss)\s+")


def commentator_surnames(text: str, *, lead: bool = False) -> set[str]:
    """The surnames of the commentators who speak in the sentence ("said Jane Roe, an analyst at Smith & Co"
    -> {"Roe"}): the name in the phrase that names them, leaving out the firm or place they work at."""
    speech = speech_in(text)
    if speech is None or not commentary(text, speech, lead=lead):
        return set()
    phrases = [*_COMMENTATOR.finditer(text), *_EXPERT_COMMENTATOR.finditer(text)]
    return {
        _TITLE_WORD.sub("", person.group()).split()[-1]
        for found in phrases
        if found.start() <= speech.start() < found.end() or found.start() <= speech.end() <= found.end()
        for person in _PERSON.finditer(re.sub(_OF_PLACE, "", re.sub(_AT_FIRM, "", found.group())))
    }


def commentary(text: str, speech: re.Match[str], *, lead: bool = False) -> bool:
    """Whether the one who speaks is a commentator (`_COMMENTATOR`) or an expert quoted for comment
    (`_EXPERT_COMMENTATOR`): the sentence's verb of saying lies in the phrase that names them. Analysts,
    named with their firm or not ("Jane Roe, an analyst at Smith & Co, said"), and the outlet's own
    journalists are comment (tests/data/DEV_SET.md, "Conventions for disputed classes"); an expert who
    speaks for a body in the story, of their own work, or in the report's lead is news
    (`_speaks_for_a_body`)."""
    return any(
        found.start() <= speech.start() < found.end() or found.start() <= speech.end() <= found.end()
        for found in _COMMENTATOR.finditer(text)
    ) or any(
        # (experts whose words open the report are its news: "The virus will infect a third of the world,
        # scientists warned today" leads a report on their study)
        not lead
        and (found.start() <= speech.start() < found.end() or found.start() <= speech.end() <= found.end())
        and not _speaks_for_a_body(text, found)
        for found in _EXPERT_COMMENTATOR.finditer(text)
    )


_PLACE_FOLLOWS = re.compile(_OF_PLACE)
# What the expert tells is their own work, done by them or their team: "said his crew on Wednesday found a
# plume", "said they had detected traces", "said the team has mapped the genome" (a finding is news)
_OWN_WORK = re.compile(
    r"^(?:\s+(?:on|last|this|in)\s+\w+)?\s+(?:that\s+)?(?:they|he|she|we|I|(?:his|her|their|our|the)\s+(?:own\s+)?"
    r"(?:team|crew|group|lab|laboratory|colleagues|researchers|scientists|study))\b"
    r"(?:\s+[\w,]+){0,4}?\s+(?:(?:had|have|has)\s+)?(?:found|discovered|detected|identified|measured|mapped"
    r"|observed|recorded|sequenced|isolated|developed|collected|sampled|tracked|located|spotted|obtained"
    r"|interviewed|surveyed|analy[sz]ed|tested)\b"
)
# Experts already named in the story, taken up again: "The scientists said", "These researchers said"
# ("The Kestrel University professor said": one the report has introduced)
_TAKEN_UP = re.compile(r"(?:^|[\s,;:])(?i:the|these|those)\s+(?:[A-Z][\w’'-]*\s+){0,3}$")
_PLURAL_EXPERTS = re.compile(
    r"(?i:[a-z]*ologists?|experts?|economists?|scientists?|researchers?|professors?)\s"
)


def _speaks_for_a_body(text: str, found: re.Match[str]) -> bool:
    """Whether the expert is a party to the story: the phrase that names them, with the few words before it
    and the place of work named right after it, ties them to a body that acts in it (`_SPEAKS_FOR_A_BODY`),
    they are a group the story has named before (`_TAKEN_UP`), or they tell of their own work
    (`_OWN_WORK`)."""
    names = [
        _TITLE_WORD.sub("", person.group())
        for person in _PERSON.finditer(re.sub(_OF_PLACE, "", found.group()))
    ]
    if names and all(" " not in name for name in names):
        # ("says Professor Hale": a title and a surname name someone the report has introduced; whether
        # they are quoted for comment was told then)
        return True
    if _OWN_WORK.match(text[found.end() :]) or (
        _PLURAL_EXPERTS.match(found.group()) and _TAKEN_UP.search(text[: found.start()])
    ):
        return True
    place = _PLACE_FOLLOWS.match(text, found.end())
    phrase = text[max(0, found.start() - 30) : place.end() if place is not None else found.end()]
    # ("said Jane Roe, a marine scientist and campaign director at Oceanwatch": the rest of the apposition
    # may give an office in a body)
    rest = re.match(r"[^,;:.“”\"]{0,80}", text[found.end() :])
    return _SPEAKS_FOR_A_BODY.search(phrase) is not None or (
        rest is not None and _OFFICE_IN_A_BODY.search(rest.group()) is not None
    )


# an office held in a body, named in the apposition after an expert's role
_OFFICE_IN_A_BODY = re.compile(
    r"\b(?i:and|as)\s+(?:[a-z-]+\s+){0,3}(?i:director|president|chair(?:man|woman)?|head|chief|spokes(?:man|woman|person)"
    r"|officer|founder|campaigner|adviser|advisor|member)\b"
)


# A party word before a person's name ("Republican Tom Hale", "Labour MP"): the person's party, not part of
# the name the person is known by
_PARTY_WORD = re.compile(
    r"^(?:Republican|Democrat|Democratic|Conservative|Labour|Liberal|Tory|Socialist|Independent|Green)\s+"
    r"(?=(?:[A-Z][\w’'.-]+\s+)+[A-Z][\w’'-]+$)"
)


def find_speaker(
    text: str, speech: re.Match[str] | None, local: list[Entity], last: tuple[str, str]
) -> tuple[str, str, bool]:
    """Who says it: the actor (or, failing that, the country) that is the subject of the speech verb."""
    speaker, country, resolved = _find_speaker(text, speech, local, last)
    linked = _LINKED_SPEAKER.match(speaker)
    speaker = speaker[linked.end() :] if linked is not None else speaker
    # ("Although legal specialists said ...": the conjunction opens the clause, the body after it speaks)
    joined = _SUBORDINATOR_OPENS.match(speaker)
    if joined is not None and not resolved:
        speaker = speaker[joined.end() :]
        speaker = speaker[:1].upper() + speaker[1:]
    if _CONDITION_OPENS.match(speaker) and not resolved:
        # ("If officials said the water was safe, they were wrong": a condition, nobody said to have spoken)
        return "", "", False
    # (the plain look for an opening quote before the speaker first: the pattern, one per speaker, is
    # compiled only when it may match)
    quoted = f"“{speaker}" in text or f'"{speaker}' in text
    if speaker and quoted and re.search(rf"[“\"]{re.escape(speaker)}[,.!?]?[”\"]", text):
        # ('"Deep Water" told the story of the mine': a title in quotes, a book's, a film's or a song's, is
        # what was written or sung, and nobody who speaks)
        return "", "", False
    owned = OWNED_BY_THE_COUNTRY.match(speaker)
    if owned is not None and country:
        speaker = f"{country_name(country)}'s {speaker[owned.end() :]}"
    party = _PARTY_WORD.match(speaker)
    if party is not None and may_be_a_person(speaker[party.end() :]):
        return speaker[party.end() :], country, resolved
    paper = _PLACES_PAPER_BEFORE.search(text, 0, speech.start()) if speech is not None and country else None
    if paper is not None and any(e.kind in ("country", "place") and e.start == paper.start() for e in local):
        # "..., Lisbon's Sunday Times reported": the place names whose paper it is; the paper speaks
        return paper.group("paper"), "", resolved
    if speech is not None and _outlet_relays(text, speech, speaker, local):
        return "", "", False
    return speaker, country, resolved


# The tail of a sentence an outlet closes: "..., the Associated Press reported.", "..., AP said on Monday."
_RELAY_CLOSING = re.compile(
    r",\s+(?:(?i:the)\s+)?(?P<who>[^,;:“”\"]{1,60}?)\s+(?:also\s+)?(?:said|says|reported|reports)\b"
    r"(?:\s+(?:on|last|this|in|late|early|at)\s+[\w ]{1,25}?)?\s*[.!?]?\s*$"
)


# one who speaks for the outlet, in the phrase closing the sentence: "a spokeswoman for the New York Times"
_ONE_OF_THE_OUTLET = re.compile(r"\s(?:for|of|at|from)\s+(?:the\s+)?[A-Z]")
# the outlet referred to inside the clause it closes: "the paper's reporters", "left the network"
_OUTLET_REFERRED = re.compile(
    r"\b(?:the|its)\s+(?:paper|newspaper|network|broadcaster|channel|station)\b", re.I
)
# a passive that names no doer: "was suspended on Friday" (and no "by ..." after it)
_PASSIVE_WITHOUT_AGENT = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b(?![^,;]*\bby\s)"
)


def _outlet_relays(text: str, speech: re.Match[str], speaker: str, local: list[Entity]) -> bool:
    """Whether the speaker is a news outlet that only relays the news of someone the sentence names ("Mayor
    Ana Roe resigned on Sunday, AP said", "Judge Tom Hale delayed the trial, the Associated Press reported",
    "Norvik Bank will cut 500 jobs, according to Reuters"): the happening is whoever did it, and the outlet
    is no party to it. An outlet that says something of its own
    ("The Times said it would appeal the ruling", '"We got it wrong," the paper said') still speaks, and so
    does one whose story opens the sentence ("The Ledger reported that the group is in talks to sell its
    ports": its scoop, a claim of its own)."""
    if not speaker:
        return False
    according = _ACCORDING_TO.search(text) if speech.group().lower().startswith("according") else None
    closing = _RELAY_CLOSING.search(text) if according is None else None
    if according is not None:
        told, outlet = according.start(), an_outlet(speaker, local)
    elif closing is not None and closing.end("who") <= speech.start() < closing.end():
        told = closing.start()
        # (the outlet as the lists name it, or as written: "AP said" is the Associated Press's; but "a
        # spokeswoman for the Times said" is the paper speaking as a body, no relay)
        outlet = not _ONE_OF_THE_OUTLET.search(closing.group("who")) and (
            an_outlet(speaker, local)
            or any(
                e.role == NEWS_OUTLET and closing.start("who") <= e.start < closing.end("who") for e in local
            )
        )
    else:
        return False
    clause = text[:told]
    if any(e.role == NEWS_OUTLET and e.end <= told for e in local) or _OUTLET_REFERRED.search(clause):
        # ("Huw Lane left the BBC on Friday, the broadcaster said", "... two of the paper's reporters, the
        # Times said": the outlet is a party to the news it tells)
        return False
    if _PASSIVE_WITHOUT_AGENT.search(clause):
        # ("Presenter Huw Lane was suspended on Friday, the BBC said": who did it is untold, and may be the
        # outlet itself)
        return False
    # (only when the news names who did it or said it: "The waters were calm, AP said" names nobody, and
    # the outlet stays its voice rather than leave a remark of nobody's to join the day's other news)
    return outlet and any(e.kind == "actor" and e.role != NEWS_OUTLET and e.end <= told for e in local)


# "Lisbon's Sunday Times" right before the verb of saying: a place's paper
_PLACES_PAPER_BEFORE = re.compile(r"(?P<paper>\b[A-Z][\w.-]*['’]s\s+" + PAPER_NAME + r")\s*$")


# An unnamed source, who speaks on condition of not being named: "the source said", "an industry source
# told the paper", "sources familiar with the talks said", "a person close to the company told ..."
_PRIVY = (
    r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in"
    r"|privy\s+to)"
)
_PLACED_IN = r"(?:at|in|inside|within|from)"
_SOURCE_PHRASE = (
    r"(?:(?:a|an|one|the|two|three|several|some|other|another)\s+)?"
    r"(?P<kind>(?:(?!(?:a|an|one|the|and|but|who|which|that|has|have|had|is|was)\b)[\w.-]+\s+){0,3}?)"
    rf"(?P<noun>sources?|(?:person|people)(?=\s+{_PRIVY}))"
    # ("a source at the ministry said", "sources in the army told ...": a source is placed in the body it
    # knows of, and does not speak for it; "people in Lagos said" are no sources, but people who live there)
    rf"(?P<privy>(?:\s+{_PRIVY}|(?<=source)\s+{_PLACED_IN}|(?<=sources)\s+{_PLACED_IN})\s+[^,;:\"“”()]{{1,60}}?)?"
)
# (as the subject before the verb, opening the sentence or a clause after a comma; or after an inverted verb:
# "..., said one source.")
_SOURCE_BEFORE = rx_gated(
    rf"(?:^|[,;:“”\"'(]\s*|\b(?:but|and|yet)\s+){_SOURCE_PHRASE}"
    r"(?:\s+(?:today|yesterday|also|later|earlier|on\s+\w+day|\w+day))?\s*,?\s*$"
)
_SOURCE_AFTER = rx(rf"\s+{_SOURCE_PHRASE}\s*(?=[,.;]|$)")


def _anonymous_source(text: str, speech: re.Match[str], people: list[Entity]) -> tuple[str, str, bool] | None:
    """An unnamed source who speaks ("the source said", "a Tarvian government source told the paper"): the
    speaker is the source as the report describes it, never the body heard last nor one in what was said,
    and the outlet told is the channel, not the speaker. A source described by nothing is an
    "Unnamed source"."""
    found = _SOURCE_BEFORE.search(text, 0, speech.start())
    if found is None and speech.group().lower().startswith(("said", "says", "told", "added")):
        found = _SOURCE_AFTER.match(text, speech.end())
    if found is None:
        return None
    kind = " ".join(found.group("kind").split())
    noun = found.group("noun").lower()
    privy = " ".join((found.group("privy") or "").split())
    country = next(
        (e.country for e in people if e.country and found.start("kind") <= e.start < found.end("noun")), ""
    )
    if not kind and not privy:
        return ("Unnamed sources" if noun.endswith("s") or noun == "people" else "Unnamed source"), "", False
    phrase = " ".join(w for w in (kind, noun, privy) if w)
    return phrase[:1].upper() + phrase[1:], country, False


# One unnamed person who speaks for a body, as a speaker is named: "Spokeswoman for the transport ministry",
# "Senior official"
_ONE_VOICE = rx(
    r"^(?:[\w.’'-]+\s+){0,3}?(?:spokes(?P<kind>man|woman|person)|official|aide|advis[eo]r|diplomat)"
    r"(?:\s+(?:for|of|at|in)\s+.+)?$"
)


def _one_voice_told(speaker: str, text: str) -> bool:
    """ "he said" or "she said" in `text` may stand for the one unnamed voice that spoke last ("A spokesman
    for the ministry said ... . '...,' he said."), whom the pronoun fits: a spokesman is no "she"."""
    voice = _ONE_VOICE.match(speaker)
    pronoun = _PRONOUN_SPEAKER.search(text)
    if voice is None or pronoun is None:
        return False
    said_by = (pronoun.group(1) or pronoun.group(2)).lower()
    return {"man": "he", "woman": "she"}.get(voice.group("kind") or "", said_by) == said_by


# A paper or a count, with what describes it, as a speaker is written: "The report", "The final audit", "Court
# documents", "The statement", "The email"
# (the documents a body puts out, and the papers and counts that are no document of record)
_PAPERS_AND_COUNTS = (
    rf"(?:{DOCUMENT_NOUNS}|statements?|communiqu[eé]s?|letters?|e-?mails?|memos?|estimates?|figures|data"
    r"|statistics|records)"
)
_A_PAPER = re.compile(
    rf"(?:(?:the|this|that|its|their|an?|new)\s+)?(?:[\w’'-]+\s+){{0,3}}?{_PAPERS_AND_COUNTS}",
    re.IGNORECASE,
)
_PAPER_NOUN = re.compile(_PAPERS_AND_COUNTS)


def a_paper(speaker: str) -> bool:
    """Whether a speaker, as written, is a paper or a count rather than who put it out ("The report", "Court
    documents", "Government estimates"); a capitalised name that holds such a word is the body's own ("Human
    Rights Watch Report" is not written so; "Reports Ltd" is no paper)."""
    found = _A_PAPER.fullmatch(speaker)
    if found is None:
        return False
    # (a name of capitalised words after the first, "The Sunday Post Report", is a title or a name)
    return not any(w[:1].isupper() for w in speaker.split()[1:])


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
# A clause of the writer's own joined to the saying: "Lea Marr said she did nothing wrong, but 40 staff have
# been suspended, according to Reuters": what the outlet reports is the second clause, not her words
_ANOTHER_CLAUSE = re.compile(r",\s+(?:but|while|whereas|yet)\b|;")


def _outlet_reports_a_saying(
    text: str, speech: re.Match[str], according: re.Match[str], people: list[Entity], local: list[Entity]
) -> bool:
    """Whether "according to" names a news outlet that reports a named one's saying: the verb of saying
    comes before it, is not "according to" itself, a name other than an outlet's is written before the
    verb, the outlet is named right after "according to" ("Lea Marr said ..., according to Reuters"), and no
    clause of another joins between them (`_ANOTHER_CLAUSE`)."""
    if speech.group().lower().startswith("according") or speech.start() >= according.start():
        return False
    if _ANOTHER_CLAUSE.search(text, speech.end(), according.start()):
        return False
    after = [e for e in people if e.start >= according.end() and e.start - according.end() < 20]
    if not after or after[0].kind != "actor" or not an_outlet(after[0].name, local):
        return False
    # (one named before the verb says it: "The army says ..., according to the Post" names no sayer but
    # the outlet, which stays the speaker)
    return any(e.kind == "actor" and e.end <= speech.start() and not an_outlet(e.name, local) for e in people)


def _find_speaker(
    text: str, speech: re.Match[str] | None, local: list[Entity], last: tuple[str, str]
) -> tuple[str, str, bool]:
    if speech is None:
        return "", "", False
    # "OSLO March 9 (Reuters) - Dutch engineers said ...": the wire that filed the story is no speaker
    people = [
        e
        for e in local
        if e.kind in ("actor", "country")
        and not (text[e.start - 1 : e.start] == "(" and _WIRE_CREDIT.match(text, e.end))
        # "he was quoted by AFP as saying": the outlet reports the words, it does not say them
        and not _QUOTED_BY.search(text[max(0, e.start - 20) : e.start])
        # "the Associated Press quotes her as saying": nor does the outlet that quotes someone
        and not _QUOTES_SOMEONE.match(text, e.end)
        # "'Dr Okafor, what happened?'": a name opening a quotation and set off by a comma is who is spoken
        # to, not who speaks
        and not addressed(text, e)
    ]
    # "..., Reuters reported, citing Governor Amina Yusuf": the outlet carries the words of the one it cites
    citing = _CITING.match(text, speech.end())
    cited = [
        e for e in people if e.kind == "actor" and citing and citing.start("who") <= e.start < citing.end()
    ]
    if cited:
        return _speaker_of(cited[-1])
    anonymous = _anonymous_source(text, speech, people)
    if anonymous is not None:
        return anonymous
    authored = _PAPER_BY_SUBJECT.match(text)
    if authored is not None and speech.start() < authored.end():
        # "A joint statement by Foreign Minister Lena Ortiz and Paul Kerr said ...": the paper speaks for
        # whom it is by, the first of them when it names several, never "Joint" or a place it names
        inside = [e for e in people if authored.start("who") <= e.start < authored.end("who")]
        # (the first named, after its title only: "a statement from the family of Mark Doe" is the family's;
        # "a statement by Ruritania and Minister Ana Roe" is the country's first, so no speaker is named here)
        if (
            inside
            and inside[0].kind == "actor"
            and not _DESCRIBED_AUTHOR.search(text[authored.start("who") : inside[0].start])
        ):
            return _speaker_of(inside[0])
    closing_name = _CLOSING_ATTRIBUTION.search(text)
    if closing_name is not None and closing_name.start("verb") == speech.start():
        # '..., Roe said.': the name closing the sentence speaks, never one in what was said; a bare surname
        # is the person of that name who spoke last
        named = [
            e for e in people if e.kind == "actor" and closing_name.start("who") <= e.start < speech.start()
        ]
        if named:
            return _speaker_of(named[-1])
        who = closing_name.group("who")
        if last[0] and last[0].split()[-1] == who.split()[-1]:
            return last[0], last[1], True
        return who, "", False
    owned_paper = _OWNED_PAPER_CLOSING.search(text)
    if owned_paper is not None and owned_paper.start("verb") == speech.start():
        # ('..., the relatives\' statement said.': those whose paper it is speak, not a country that a
        # word like "Briton" names in what was said)
        who = owned_paper.group("who")
        named = [
            e
            for e in people
            if e.kind == "actor" and owned_paper.start("who") <= e.start < owned_paper.end("who")
        ]
        return _speaker_of(named[-1]) if named else (who[:1].upper() + who[1:], "", False)
    closing_body = _CLOSING_BODY.search(text)
    if closing_body is not None and closing_body.start("verb") == speech.start():
        # ('..., the Health Protection Agency said.': the body a list knows speaks; a name no list knows
        # may be an outlet or a person, read as before)
        named = [
            e
            for e in people
            if e.kind == "actor" and closing_body.start("who") <= e.start and e.end == closing_body.end("who")
        ]
        if named:
            return _speaker_of(named[-1])
    counsel = _counsel_for(text, speech, people, last)
    if counsel is not None:
        return counsel
    by_agent = _reaction_by(text, speech) if PASSIVE_BEFORE.search(text[: speech.start()]) else None
    if by_agent is not None:
        named = [
            e for e in people if e.kind == "actor" and by_agent.start("agent") <= e.start < by_agent.end()
        ]
        return _speaker_of(named[-1]) if named else (by_agent.group("agent"), "", False)
    # '"There is no danger in the water," it said on its website': after a quotation, "it" is the body
    # that spoke last, never a person
    if last[0] and _IT_AFTER_QUOTE.search(text[: speech.start()]) and not may_be_a_person(last[0]):
        return last[0], last[1], True
    heard = last[0]  # (whom "a spokesman" speaks for, if a body)
    # ("he said" after the words of a charity or a ministry is somebody else, whom nobody named)
    last = last if may_be_a_person(last[0]) or _one_voice_told(last[0], text) else ("", last[1])
    if last[0] and _PRONOUN_QUOTED.search(text[: speech.start()]):
        return last[0], last[1], True
    # "..., according to Ukrainska Pravda": a closing attribution names who says it
    according = _ACCORDING_TO.search(text)
    if according and _outlet_reports_a_saying(text, speech, according, people, local):
        # "The minister, Lea Marr, said on Friday that ..., according to Reuters": the outlet tells that she
        # said it; she is the speaker, read as if the outlet were not named
        according = None
    if according:
        after = [e for e in people if e.start >= according.end() and e.start - according.end() < 40]
        if after and (after[0].kind == "actor" or speech.group().lower().startswith("according")):
            # ("according to a statement from retired Navy Adm. Jane Roe": the body before a rank and a
            # person's name is where she served; she is the source)
            return _speaker_of(
                _titled_person(text, after[0], people) if after[0].kind == "actor" else after[0]
            )
        issued = _ISSUED_BY.match(text, according.end())
        if issued is not None and speech.group().lower().startswith("according"):
            # "..., according to a statement from the coast guard's command centre in Miami": who put the
            # paper out is the source, never a place named in what was said
            inside = [
                e for e in people if e.kind == "actor" and issued.start("who") <= e.start < issued.end("who")
            ]
            if inside:
                return _speaker_of(inside[0])
            who = re.sub(r"^(?:the|an?)\s+", "", issued.group("who"), flags=re.IGNORECASE).rstrip(".")
            return who[:1].upper() + who[1:], "", False
        placed_agent = _AGENT_PLACED.match(text, according.end())
        if (
            placed_agent is not None
            and speech.group().lower().startswith("according")
            and agent_named(placed_agent.group("role"))
            # ("according to a shopper at the market": someone met on the scene, colour; "a doctor at the
            # city hospital" is one who knows by their work)
            and (
                placed_agent.group("det").lower() == "the"
                or _BYSTANDER_NOUN.fullmatch(placed_agent.group("role").split()[-1]) is None
            )
        ):
            # "..., according to a park ranger at the reserve": the one named by a job speaks; where they
            # work only tells which one
            job = " ".join(placed_agent.group("role").split())
            return job[:1].upper() + job[1:], "", False
        if speech.group().lower().startswith("according"):
            # "..., according to the federal team": whoever it names, listed or not, is the source
            source = re.match(
                r"(?:the\s+)?([\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s*(?:[,.;(]|$)", text[according.end() :]
            )
            if source:
                return source.group(1)[:1].upper() + source.group(1)[1:], "", False
    # '... why the FAO is pressing for a change," he said.': the pronoun is the verb's subject; names before
    # it stand in a quotation that opened in an earlier sentence
    if PRONOUN_SUBJECT.search(text[: speech.start()]):
        # (with nobody the pronoun stands for, no name in the sentence is the speaker: they are all in
        # what was said or in a quotation that opened earlier)
        return last[0], last[1], bool(last[0])
    closing_it = _IT_CLOSING.search(text, 0, speech.start())
    if closing_it is not None and _CLOSES_THE_SENTENCE.match(text, speech.end()):
        # (the body heard last, which "he said" may not stand for, "it said" may)
        return _what_it_stands_for(text, closing_it.start(), speech.start(), people, (heard, last[1]))
    demonym = _DEMONYM_SUBJECT.search(text[: speech.start()])
    if (
        demonym is not None
        and last[0]
        and any(
            e.kind == "country"
            and e.start == demonym.start("who")
            and not _people_of(e)
            and e.text.lower() != country_name(e.country).lower()
            for e in people
        )
    ):
        # "The Kenyan said she had found no sign of it": one person called by their nationality is the one
        # named before, never their country speaking
        return last[0], last[1], True
    joined_they = _THEY_JOINED.search(text[: speech.start()])
    people_open = _PEOPLE_OPEN.match(text) if joined_they is not None else None
    if people_open is not None and PLURAL_VOICE.search(people_open.group("who")):
        who = people_open.group("who")
        inside = [e for e in people if e.kind == "actor" and e.end <= people_open.end("who")]
        return _speaker_of(inside[-1]) if inside else (who[:1].upper() + who[1:], "", False)
    if _PLURAL_PRONOUN_SUBJECT.search(text[: speech.start()]):
        # "Rejecting a plan to ban lorries from Spain, they said ...": "they" are people named in an
        # earlier sentence (read by the_company_named); the names of the opening phrase are what they spoke
        # of
        they = [
            e for e in people if e.kind == "actor" and e.text.lower() == "they" and e.end <= speech.start()
        ]
        return _speaker_of(they[-1]) if they else ("", "", False)
    # '"...," said Zelensky.' — the speaker follows the verb; after "told" stands who was told
    # after "told" stands who was told; after "criticized", "praised", "urged" stands what they acted on
    # ("X criticized the Interior Department's agency"): only verbs of saying put their subject after them
    # ... and only after what was said ('"...," said X'), never after a subject of its own ("Mr Roe said the
    # Royal Navy's ships would help": the navy is what was said about)
    listener_follows = not INVERTIBLE.fullmatch(speech.group())
    inverts = not listener_follows and _INVERSION_POINT.search(text[: speech.start()]) is not None
    quoted = quoted_spans(text)
    # ("The group of lenders - including Germany and France - has called on ...": who is named in an aside
    # between dashes, closed before the verb, is not its subject)
    quoted += [found.span() for found in _DASHED_ASIDE.finditer(text, 0, speech.start())]
    # ("Union leaders, including the chairman Tom Reyes, have warned ...": who is named among them, set off
    # by commas right before the verb, is one of the subject, not the subject; the body speaks)
    # (only a body that holds office speaks as one: "Ten countries, including Peru, said" and "Experts,
    # including Ana Ruiz, said" are each named one speaking for themselves, as before)
    quoted += [
        found.span()
        for found in _JOINED_IN.finditer(text, 0, speech.start())
        if found.group("among") and _OFFICE_HOLDERS_BEFORE.search(text, 0, found.start())
    ]
    outside = [e for e in people if not any(s <= e.start < t for s, t in quoted)]
    # "The WHO raised its tally, as British scientists announced ...": the verb's subject is in its own
    # clause, after the conjunction; names before it belong to the main clause
    joined_at = _clause_opening_before(text, speech.start())
    before = [e for e in outside if joined_at <= e.start and e.end <= speech.start()]
    # "The clerk sent a note to Judge Ruiz saying ...", "Roe wrote to the board saying ...": the one written
    # to does not speak; the sender does
    sent = (
        _SENT_TO_SAYING.search(text, joined_at, speech.start())
        if speech.group().lower() == "saying"
        else None
    )
    if sent is not None:
        before = [e for e in before if e.start < sent.start("to")]
        sender = _SENDER.search(text, joined_at, sent.start())
        if not any(e.kind == "actor" for e in before) and sender is not None:
            who = " ".join(sender.group("who").split())
            return who[:1].upper() + who[1:], "", False
        # ("Two Tarvian senators released a letter to the mayor saying ...": a body of people sends it)
        senders = _collective_speaker(
            text[joined_at : sent.start()],
            [dataclasses.replace(e, start=e.start - joined_at, end=e.end - joined_at) for e in before],
        )
        if not any(e.kind == "actor" for e in before) and senders[0]:
            return senders
    others = _OTHERS_CLAUSE.search(text, joined_at, speech.start())
    if others is not None:
        # ("..., but others said": more of the people just told of speak, by that word)
        word = text[others.end() : speech.start()].split()[0].lower()
        return word.capitalize(), "", False
    described = _subject_description(text, joined_at, speech.start())
    if described is not None:
        # "The report, produced by a panel appointed by the governor, said": who is named in what describes
        # the subject is not the subject; "Engineers who inspected the bridge for the ministry said": nor is
        # who is named in the relative clause that tells which ones
        before = [e for e in before if not described.start() <= e.start < described.end()]
        author = _document_author(text, joined_at, described, people)
        if author is not None and not any(e.kind == "actor" for e in before):
            return author
        head = _NAME_BEFORE_ASIDE.search(text, joined_at, described.start())
        if (
            head is not None
            and described.group().startswith(",")
            and not any(e.kind == "actor" for e in before)
        ):
            # ("Holm Labs, which has plants in Chile and Peru announced": the name so described speaks)
            return head.group("name"), "", False
    # "The documents criticise Jane Roe, director of the agency, saying ...": who is named after a verb that
    # acts on them is its object, with all that describes them; the participle's subject is the verb's
    acting = list(_ACTING_ON.finditer(text, joined_at, speech.start()))
    object_from = acting[-1].start() if acting and speech.group().lower().endswith("ing") else len(text)
    # "the transport secretary, Ana Ruiz, said the agency ...": a name closing an apposition right before
    # the comma is the verb's subject; the verb is not inverted
    # ("... lifeboats lowered into the Gulf, said Jane Roe": a name after a preposition closes a phrase of
    # what was said; it is no subject set off by commas)
    if inverts and any(
        e.kind == "actor"
        and re.fullmatch(r"\s*,\s*", text[e.end : speech.start()])
        and not _PREPOSITION_BEFORE.search(text, 0, e.start)
        for e in before
    ):
        inverts = False
    # "Kenya's envoy to the United Nations said", "France's foreign minister said": the office of the
    # country speaks, with the country as its own, never the country itself (whose envoy and whose ministry
    # are two voices)
    state_office = _office_of_a_country(text, before, speech.start())
    if state_office is not None:
        return state_office
    # "Peru's ambassador to the United Nations said": where an envoy is posted is not who speaks
    posted = [e for e in before if _POSTED_TO.search(text[max(0, e.start - 40) : e.start])]
    # ("Ana Kell, Chile's ambassador to Peru, said": an envoy set off by commas describes the person before)
    envoy = _envoy_of(text, posted, before) if not re.search(r",\s*$", text[: speech.start()]) else None
    if envoy is not None:
        return envoy
    # ("The letter to chief executive Tom Hale said": whom a letter or a question is addressed to reads it;
    # the writer, or the paper, speaks)
    actors = [e for e in before if e.kind == "actor" and e not in posted and not written_to(text, e)]
    # "Ms Ortega, head of the regional bloc, is reported by AFP as saying ...": the subject of the passive
    # said the words, not the body that describes her nor the agency that carried them
    if actors and _CARRIED_AS.search(text[: speech.start()]):
        return _speaker_of(actors[0])
    # "Jane Roe, former White House press secretary, called ...": a full name no list knows, then who she
    # is; the person speaks, not the office her description names
    # ('"The outlook is uncertain," Jane Roe, chief economist at the Bank of Kenya, told reporters': the
    # same after the words quoted, which close before her name)
    closed = [m.end() for m in _QUOTE_CLOSED_THEN.finditer(text, joined_at, speech.start())]
    named_from = closed[-1] if closed else joined_at
    # ("In a statement, Jane Roe, the charity's chief executive, said": where or how the words were given
    # opens the sentence, then the person)
    setting = _SETTING_OPENS.match(text, named_from, speech.start()) if not closed else None
    named_from = setting.end() if setting is not None else named_from
    described_name = _NAME_THEN_DESCRIBED.match(text[named_from : speech.start()])
    if (
        described_name
        and described_name.group("name").split()[0].lower() not in NOT_A_NAME
        # (a name the lists know, with or without its title, is read by their rules)
        and not any(
            named_from + described_name.start("name") <= e.start < named_from + described_name.end("name")
            for e in people
        )
    ):
        return described_name.group("name"), "", False
    # "The schools inspectorate, Edvance, said", "The country's drugs regulator, Anvisa, said": a name no list
    # knows, in apposition to what it is, right before the verb: the body (or person) so named speaks
    described_then_named = _DESCRIBED_THEN_NAMED.match(text[named_from : speech.start()])
    if described_then_named is not None and not before:
        return described_then_named.group("name"), "", False
    # "Jane Roe, a professor at the University of Leeds, said": the person, not the body described; and
    # "Jane Roe, a spokeswoman, said Mr Doe never said ...": the comma closes her title, nothing said before
    # ("Ms Roe, Green MEP for the North West, said": a title of capitalised words after a person's name)
    apposed = [
        e
        for e in actors
        if (
            _APPOSED.match(text[e.end : speech.start()])
            or (not names_an_organisation(e) and _TITLE_APPOSED.match(text[e.end : speech.start()]))
        )
        and e.start < object_from
    ]
    if apposed:
        return _speaker_of(apposed[0])
    # ('"...," said retired Coast Guard Adm. Jane Roe': a word for when the office was held, before the body,
    # leaves the body and the person after it as they are)
    inverted = [
        e
        for e in people
        if e.start >= speech.end()
        and (e.start - speech.end() <= 5 or _HELD_ONCE.fullmatch(text[speech.end() : e.start]))
        and e.kind == "actor"
        and inverts
        # ("The ministry, confirming the figures, said Tarn Mining was under orders": a name with a verb of
        # its own after it is the subject of what was said; the comma closed an aside of the speaker's)
        and not _OWN_VERB_AFTER.match(text, e.end)
    ]
    if inverted:
        # '"...," said Senate Majority Leader Tom Hale': the capitalised words before the person's name are
        # his title, the person speaks; '"...," e-mailed NWG spokesman Tom Reyes': the body's voice speaks
        spokesperson = next(
            (
                e
                for e in people
                if e.start > inverted[0].end
                and names_a_person(e)
                and _VOICE_BETWEEN.fullmatch(text[inverted[0].end : e.start])
            ),
            None,
        )
        # ('"...," said the Harbour Trust's Nadia Kell': a person the lists do not know, of the body)
        member = _MEMBER_AFTER_BODY.match(text, inverted[0].end)
        if spokesperson is None and member is not None and may_be_a_person(member.group("name")):
            return member.group("name"), _speaker_of(inverted[0])[1], False
        # ('"...," said White House energy chief Carol Brenner', 'said UN Deputy Secretary General for Ports,
        # Tomas Ruell': a person the lists do not know, whose office in the body comes first, speaks)
        office_holder = (
            _HOLDER_AFTER_BODY.match(text, inverted[0].end) if not names_a_person(inverted[0]) else None
        )
        listed = [
            e
            for e in people
            if office_holder and office_holder.start("name") <= e.start < office_holder.end("name")
        ]
        if (
            spokesperson is None
            and office_holder is not None
            and len(listed) == 1
            and listed[0].kind == "actor"
            and listed[0].end == office_holder.end("name")
            and (names_a_person(listed[0]) or may_be_a_person(re.sub(r"\s+[A-Z]\.", "", listed[0].name)))
        ):
            return listed[0].name, _speaker_of(inverted[0])[1], False
        if (
            spokesperson is None
            and office_holder is not None
            and office_holder.group("name").split()[0].lower() not in NOT_A_NAME
            and not any(w.lower() in _MONTHS_AND_DAYS for w in office_holder.group("name").split())
            and not listed
            # (a middle initial, "Carol M. Brenner", is no sign against a person)
            and may_be_a_person(re.sub(r"\s+[A-Z]\.", "", office_holder.group("name")))
        ):
            return office_holder.group("name"), _speaker_of(inverted[0])[1], False
        return _speaker_of(spokesperson or _titled_person(text, inverted[0], people))
    # "..., says Professor Hale.": a title and a family name no list knows close the sentence after the
    # verb, and that person speaks (the one of that name heard last, if any), never a place named in what
    # was said
    titled_after = _TITLED_NAME_CLOSES.match(text, speech.end()) if inverts else None
    if titled_after is not None:
        surname = titled_after.group("name")
        if last[0] and last[0].split()[-1] == surname.split()[-1]:
            return last[0], last[1], True
        return surname, "", False
    # "Ferry crews hired by Norvik were sent home, said Mayor Piet Mabuza, who runs the harbour": a full name
    # no list knows right after a verb inverted at a comma speaks; the bodies and places before the comma
    # are in what was said
    named_after = _person_named_after(text, speech, people) if inverts else None
    if named_after is not None:
        return named_after
    # "..., says the state official in charge of the repairs", "The man in charge of compensation says ...":
    # one person named by the charge he holds speaks
    in_charge = _IN_CHARGE_AFTER.match(text, speech.end()) if inverts else None
    in_charge = in_charge or _IN_CHARGE_BEFORE.search(text[: speech.start()])
    if in_charge is not None:
        charge = re.sub(r"\s+", " ", in_charge.group("role"))
        return charge[:1].upper() + charge[1:], "", False
    # '"...," said Kenya's envoy.': the same office after the verb it inverts
    after_verb = [
        e for e in people if e.start >= speech.end() and not text[speech.end() : e.start].strip(" ")
    ]
    state_office = (
        _office_of_a_country(text, after_verb, len(text.rstrip().rstrip(".!?"))) if inverts else None
    )
    if state_office is not None:
        return state_office
    # "..., said the head of the election commission", "..., said a spokesman for the port authority": one
    # who holds an office of a body closing the sentence after the verb speaks as before it
    body_office = _BODY_OFFICE_AFTER.match(text, speech.end()) if inverts else None
    if body_office is not None and not any(
        e.kind == "actor" and body_office.start("body") <= e.start for e in people
    ):
        holder = " ".join(body_office.group("office").split())
        return holder[:1].upper() + holder[1:], "", False
    # '...," said trade publisher Joan Okafor.': after a closed quotation the verb is inverted and its
    # subject, with its role, follows it; names before the verb stand in what was said
    role_named = _ROLE_NAMED_AFTER.match(text, speech.end()) if inverts else None
    if (
        role_named
        and role_named.group("of")
        and _ARTICLE_OPENS_NAME.search(text, 0, role_named.start("name"))
    ):
        # ("said the Prime Minister of Italy, Mario Draghi": after an article the capitals before "of" are an
        # office, not a name; only a bare role noun names a person placed in a body, "said economist Omar
        # Lutz of Harbor Bank")
        role_named = None
    if role_named and QUOTE_CLOSED_BEFORE.search(text[: speech.start()]):
        # ("said BP CEO Jane Roe": the body and the title before her name are no part of it; the person found
        # last in the capitalised words is who speaks; a country is no one who speaks)
        named = [
            e
            for e in people
            if role_named.start("name") < e.end <= role_named.end("name") and e.kind != "country"
        ]
        return _speaker_of(named[-1]) if named else (role_named.group("name").rstrip("."), "", False)
    # "A Vantor spokesman blamed NWG, saying ...": the body whose spokesman opens the clause speaks, not
    # what he blamed
    spoken_for = [
        e for e in actors if _BODY_VOICE.match(text, e.end) and _SUBJECT_OPENS.search(text[: e.start])
    ]
    if spoken_for:
        return _speaker_of(spoken_for[0])
    # ... and so does a body no list knows ("A Renwick Marine spokesman blamed NWG, saying ..."), when the
    # sentence opens with it
    voiced = _UNLISTED_BODY_VOICE.match(text[: speech.start()])
    if voiced and actors:
        inside = [e for e in people if voiced.start("name") <= e.start < voiced.end("name")]
        return _speaker_of(inside[0]) if inside else (voiced.group("name"), "", False)
    # "The shelter housed families from the Tarn floods in 2011, a government spokesman said": an unnamed
    # voice closing the sentence speaks; the names before its comma are in what was said
    closing = CLOSING_VOICE.search(text[: speech.start()])
    # "Toyota is still reviewing the findings, a company spokeswoman said": the firm that opens the sentence
    # is the company whose voice closes it
    firm = next((e for e in actors if e.start < (closing.start(1) if closing else 0)), None)
    if (
        closing
        and _FIRM_VOICE.fullmatch(closing.group(1))
        and firm is not None
        and names_an_organisation(firm)
        and re.fullmatch(r"[\s\"“]*(?:the\s+)?", text[: firm.start], re.IGNORECASE)
    ):
        return _speaker_of(firm)
    # ... and so does one the lists do not know as a body, when its form says it is a firm ("Halden Shipping
    # Ltd", "oil giant Tarvex", "Tarvex, the company that runs the mine,")
    by_form = (
        _firm_by_form(text[: closing.start(1)], people)
        if closing and _FIRM_VOICE.fullmatch(closing.group(1))
        else None
    )
    if by_form is not None:
        return by_form
    # (... and a country told of in a relative clause of the words before that voice's comma is in what was
    # said, not the state speaking: "The strain that sickened 40 people in Peru spreads fast, scientists
    # reported"; in "Peru confirmed 40 cases, officials said" or "Cases rose in Peru, officials said" the
    # voice is most often the country's; "..., which has ..., has said" closes on an auxiliary, no voice)
    voice_at = (
        closing.start(1)
        if closing
        and not any(e.start >= closing.start(1) for e in people)
        and not FINITE_VERB.search(closing.group(1))
        else -1
    )
    told_of = [
        e
        for e in before
        if e.kind == "country" and e.start < voice_at and _TOLD_IN_A_RELATIVE.search(text, 0, e.start)
    ]
    if closing and voice_at >= 0 and DOCUMENT_VOICE.fullmatch(closing.group(1)):
        # ('"...," the report said.': a document speaks as itself, read as the body the story last heard
        # speak of one (document_voice), never a firm named in what it says)
        paper = closing.group(1)
        return paper[:1].upper() + paper[1:], "", False
    if closing and (actors or told_of) and not any(e.start >= closing.start(1) for e in people):
        voice = _collective_speaker(closing.group(1), [], last[1], heard)
        if voice[0]:
            return voice
        if voice_at >= 0:
            # "Norvik Plc must pay for the sea wall, a regional commission said", "..., the statement said": a
            # body or a paper no list knows closes the sentence; the names before its comma are in what
            # was said, never who said it ("..., the company said" may be a firm named before: left as is)
            unnamed = _UNNAMED_BODY_CLOSING.fullmatch(closing.group(1))
            if unnamed is not None:
                body = unnamed.group("body")
                return body[:1].upper() + body[1:], "", False
            if _PAPER_CLOSING.fullmatch(closing.group(1)):
                return "", "", False
    # "Microbes feeding on the spilled Tarvex oil used up the oxygen, U.S. scientists reported": a body of
    # people of a country closes the sentence; the firm before its comma is in what was said
    national = _NATIONAL_VOICE_CLOSING.search(text, 0, speech.start()) if actors else None
    if national is not None and not any(
        e.kind == "actor" and e.start >= national.start("voice") for e in people
    ):
        at = national.start("voice")
        inside = [dataclasses.replace(e, start=e.start - at, end=e.end - at) for e in local if e.start >= at]
        voice = _collective_speaker(national.group("voice"), inside, last[1], heard)
        if voice[0]:
            return voice
    if (
        len(actors) >= 2
        and names_a_person(actors[-2])
        and re.fullmatch(r"\s+(?:of|from|at)\s+(?:the\s+)?", text[actors[-2].end : actors[-1].start])
    ):
        # "Mayor Jane Roe of New Orleans said", "Jane Roe of the Harbour Board said": the person speaks
        return _speaker_of(actors[-2])
    # ... and so does one no list knows ("Kerstin Obi of the Forestry Service said")
    # (the body may open with its country: "Ralph Roe of the U.S. Forest Service said")
    of_body = next((found for e in before if (found := _member_of(text, joined_at, e, people))), None)
    if of_body is not None:
        return of_body
    # "The Office of Rail Safety -- the successor to the Railways Inspectorate -- said":
    # a body named in an aside between dashes describes the subject, it does not speak
    asides = [(m.start(), m.end()) for m in _DASHED_ASIDE.finditer(text[: speech.start()])]
    actors = [e for e in actors if not any(a <= e.start < b for a, b in asides)] or actors
    actors = [e for e in actors if e.start < object_from]
    # "the White House flood commission said", "the Senate farm committee said": a panel of the named body,
    # named by what it looks into, speaks; the body that set it up does not
    panel = _PANEL_OF_A_BODY.fullmatch(text, actors[-1].end, speech.start()) if actors else None
    if panel is not None:
        name = actors[-1].name + " " + " ".join(panel.group("panel").split())
        return name, actors[-1].country, False
    # "A plan by the bank to cut the debt is not enough, the US has said": a country that closes the sentence
    # as the verb's subject speaks; the bodies named before its comma are in what was said
    closing_state = next(
        (
            e
            for e in before
            if e.kind == "country"
            and _COUNTRY_AS_SUBJECT.fullmatch(text, e.end, speech.start()) is not None
            and re.search(r",\s+(?:the\s+)?$", text[: e.start]) is not None
            and not _people_of(e)
        ),
        None,
    )
    if closing_state is not None and actors and actors[-1].start < closing_state.start:
        return _speaker_of(closing_state)
    apposed_head = _head_of_apposition(text, speech.start(), people)
    if apposed_head is not None:
        return apposed_head
    outlet = _OUTLET_SPEAKS.search(text, 0, speech.start())
    if (
        outlet is not None
        and not any(
            e.kind == "actor" and outlet.start("outlet") <= e.start < outlet.end("outlet") for e in people
        )
        # (an outlet the lists name, "Yonhap news agency", is read as they name it; "the magazine" alone is
        # one named before, read as such)
        and not _THE_OUTLET_ALONE.fullmatch(" ".join(outlet.group("outlet").split()))
    ):
        return _outlet_speaker(outlet, people)
    if actors:
        return _speaker_of(actors[-1] if speech.start() - actors[-1].end < 60 else actors[0])
    # "Dutch engineers who tested samples of the clay said": the relative clause tells which ones
    subject = _TRAILING_RELATIVE.sub("", text[joined_at : min(speech.start(), object_from)])
    # "Authorities in the north, as well as those in the capital, have told ...": who else joined in is
    # set apart by commas; the body before it is the subject
    subject = _JOINED_IN.sub(
        lambda found: (
            ""
            if not found.group("among") or _OFFICE_HOLDERS_BEFORE.search(found.string, 0, found.start())
            else found.group()
        ),
        subject,
    )
    collective = _collective_speaker(subject, local, last[1], heard)
    if collective[0]:
        return collective
    # "The head of the election commission said": one who holds an office of a body named by what it is
    body_office = _BODY_OFFICE_BEFORE.search(subject)
    if body_office is not None and not any(e.kind == "actor" and e.start < speech.start() for e in people):
        holder = " ".join(body_office.group("office").split())
        return holder[:1].upper() + holder[1:], "", False
    # "The council's leader said", "the club's manager told reporters": the holder of a body's office, the
    # body named by what it is and the office after its possessive, as "the leader of the council" is
    owned_office = _body_owned_office(text, speech, before, bool(inverts))
    if owned_office is not None and not any(e.kind == "actor" and e.start < speech.start() for e in people):
        return owned_office
    pronoun = _PRONOUN_SPEAKER.search(text)
    if pronoun and last[0]:
        return last[0], last[1], True
    # "The French president, who faces a strike, said": the holder of a country's office named by its
    # adjective speaks (the person the report names with it, events.extract.coreference.office_speaker), else
    # the office with its country; the country alone is no speaker
    nation_office = _NATION_OFFICE_SPEAKER.search(text[: speech.start()])
    nation = next(
        (
            e
            for e in before
            if nation_office is not None
            and e.kind == "country"
            and e.country
            and e.start == nation_office.start("nation")
        ),
        None,
    )
    if nation_office is not None and nation is not None:
        if last[0] and not PLURAL_VOICE.search(last[0]):
            return last[0], last[1] or nation.country, True
        office = " ".join(text[nation_office.start("nation") : nation_office.end("office")].split())
        return office, nation.country, False
    # "A British newspaper reported": a demonym before a noun that is no state's office names a
    # newspaper, a firm or a person of that country, not the country speaking
    countries = [
        e
        for e in before
        if e.kind == "country"
        and e.start < object_from
        and e not in told_of
        and not _describes_a_nonstate_noun(text, e)
        # ("rescue agency Rapid-UK said": a country joined to a name by a hyphen is part of the name)
        and text[e.start - 1 : e.start] != "-"
        # ("Half of 3,000 Danes surveyed said": people of a country, not its state)
        and not _people_of(e)
        # ("The Briton was quoted ...", "A Kenyan who runs the port said": one person of the country)
        and not _one_of_its_people(text, e)
        # ("Some Congolese have criticised the offer": a demonym after a quantifier is some of its people)
        and not _QUANTIFIED_PEOPLE_BEFORE.search(text[: e.start])
        # ("Doctors in Peru said", "a fisherman from Chile said": a country after a preposition of place is
        # where the speakers are or come from, not the state speaking)
        and not _place_of_the_speakers(text, e, speech.start())
        # ("the Sunday Post of Leeds reported": the place belongs to the name before "of")
        # (and "Democracy for America": a country closing a body's name)
        and not re.search(r"[A-Z][\w’'.-]*\s+(?:of|for)\s+$", text[: e.start])
        # ("UK-based charity Oxfam urged", "US-owned firm": a country in a compound describes a body)
        and not re.match(r"-(?:based|registered|headquartered|owned|born|flagged)\b", text[e.end :])
    ]
    if countries:
        # ("The Kenyan Chamber of Shipping said": a body whose name opens with its country speaks, the
        # country as its own, not the state)
        its_name = _BODY_NAMED_AFTER_ITS_COUNTRY.match(text, countries[0].end)
        if its_name is not None and _COUNTRY_AS_SUBJECT.fullmatch(text, its_name.end(), speech.start()):
            body = f"{countries[0].text} {' '.join(its_name.group('rest').split())}"
            return body, countries[0].country, False
        return _speaker_of(countries[0])
    placed = next(
        (e for e in before if e.kind == "country" and _place_of_the_speakers(text, e, speech.start())), None
    )
    preposition = _PLACE_BEFORE.search(text, 0, placed.start) if placed is not None else None
    unnamed = _UNNAMED_ROLE_SUBJECT.search(text, 0, preposition.start()) if preposition is not None else None
    if unnamed is not None:
        # "A radio network in Norway reported": whoever is placed there speaks, unnamed and of no state
        return unnamed.group("role")[:1].upper() + unnamed.group("role")[1:], "", False
    # ('"...," the spokeswoman said of Dell's claims': the accuser a reply answers does not speak)
    after = [
        e
        for e in outside
        if e.start >= speech.end()
        and e.kind == "actor"
        and e.start - speech.end() < 40
        and not named_in_the_charge(text, e)
    ]
    # "A paramedic said Dr Roe did not mention ...": an unnamed person in the subject's slot speaks; the name
    # after the verb is in what was said (alone, with no one named, such a person is colour, left as before)
    role = _UNNAMED_ROLE_SUBJECT.search(subject)
    # (so does one who answers a charge: "A ministry spokeswoman called Dell's charge baseless")
    if role and (after or answers_a_charge(text)):
        return role.group("role")[:1].upper() + role.group("role")[1:], "", False
    # ("spokesman Chris Doe said Mr Roe never said ...": a subject the lists do not know stands before the
    # verb, and the name after it is what was said about)
    # (... but "Calder said it expected Tarvia to": a name no list knows in the subject's slot is the speaker)
    # (nor is one named after "said he would ...": a pronoun opening what follows the verb is what was said's
    # subject, and the speaker stands before the verb)
    if (
        after
        and not listener_follows
        and not _PRONOUN_CLAUSE_AFTER.match(text, speech.end())
        and not _NAMED_SUBJECT.search(text[: speech.start()])
        # ("The panel said on Monday that Nordmine had hidden the faults": a body named by what it is stands
        # in the subject's slot; the name after the verb is what was said about)
        and not _DEFINITE_SUBJECT.search(text[: speech.start()])
        and not _unlisted_speaker(text, speech, inverts=False)
        # ("The ministry, confirming the figures, said Tarvex was under orders": nor one with a verb after it)
        and not _OWN_VERB_AFTER.match(text, after[0].end)
    ):
        return _speaker_of(after[0])
    # '"Nobody will be turned away," the minister added.': a person named before by a role, now by the role
    # alone, speaks on
    # (`last` is that person only when the report names one, and only one, holder of the office
    # (events.extract.coreference.office_speaker); else the office speaks as said, "the minister", never
    # whoever spoke before, who may hold another office or none)
    described = _DESCRIBED_SPEAKER.search(text[: speech.start()]) or (
        _DESCRIBED_AFTER.match(text, speech.end()) if inverts else None
    )
    if described and last[0] and not PLURAL_VOICE.search(last[0]) and not _charged_by(text, last[0]):
        return last[0], last[1], True
    if (
        described
        and described.group("office").split()[-1].startswith("spokes")
        and heard
        and not may_be_a_person(heard)
    ):
        # ("A Harbour Line spokesman confirmed ...", then "the spokesman said": the body heard last)
        return heard, last[1], True
    if described:
        office = " ".join(described.group("office").split())
        return office[:1].upper() + office[1:], "", False
    unlisted = _unlisted_speaker(text, speech, inverts)
    if not unlisted:
        agent, resolved = _agent_speaker(text, speech, inverts, last)
        if agent:
            return agent, last[1] if resolved else "", resolved
    if any(
        e.kind == "country" and e.text in unlisted and _place_of_the_speakers(text, e, speech.start())
        for e in before
    ):
        # ("Shops in Chile, Peru and Bolivia reported": the places the speakers are in are not a name)
        return "", "", False
    # "UK-based charity Oxfam": where the body is based is its country
    based = next(
        (
            e.country
            for e in people
            if e.kind == "country" and e.end < speech.start() and _BASED_IN.match(text, e.end)
        ),
        "",
    )
    return unlisted, based if unlisted else "", False


# What describes a subject between it and its verb of saying: a participle with its agent set off by commas
# (", produced by a panel appointed by the governor,") or a relative clause that runs up to the verb ("who
# inspected the bridge for the ministry")
_AGENT_ASIDE = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?P<verb>[a-z]{3,}(?:ed|en|wn))"
    r"(?:\s+out)?\s+by\s+(?P<agent>[^,;:“”\"]{2,120}?)\s*,"
)
_SUBJECT_RELATIVE = re.compile(
    r"(?<=[a-z])\s+(?:who|that)\s+(?!(?:is|are|was|were)\s*$)[^,;:“”\"]{3,120}$"
    # "The firm, which has plants in Chile and Peru announced ...": a relative clause set off by a comma that
    # the writer never closed; it has a verb of its own right after "which", so the verb of saying after it
    # is the main clause's ("The plan, which analysts said would fail" has none: the analysts speak)
    # (with no subject of its own inside: "which has urged them to do what one official called": the
    # official speaks inside the clause)
    r"|,\s+(?:which|who)\s+(?:has|have|had|is|are|was|were|[a-z]{3,}ed)\s"
    r"(?:(?!\b(?:what|that|which|who|whom|as|one|he|she|they|it|officials?)\b)[^,;:“”\"]){3,120}$"
)
_NAME_BEFORE_ASIDE = re.compile(r"(?:^|(?<=\s))(?P<name>[A-Z][\w&.’'-]+(?:\s+[A-Z][\w&.’'-]+){0,4})$")
_THEN_VERB = re.compile(r"\s*(?:(?:has|have|had|also|now|later)\s+)*")
# A document that speaks through its pages: "The report", "A study", "the audit"
_DOCUMENT_HEAD = re.compile(
    r"^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?(?P<head>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?"
    rf"{DOCUMENT_NOUNS})\s*$"
)
# verbs whose agent wrote the document ("produced by a panel"); one who ordered it ("commissioned by the
# governor") did not
_AUTHORED = rx(
    r"produced|written|prepared|compiled|drafted|conducted|carried|published|released|issued|authored"
)
# where an agent's own description starts: "a panel | appointed by the governor", "a firm | that audits banks"
_AGENT_ENDS = re.compile(r"\s+(?:[a-z]{3,}(?:ed|en|wn)\s+by|who|that|which|whose)\b")


def _subject_description(text: str, opens: int, verb: int) -> re.Match[str] | None:
    """The stretch that describes the subject of a verb of saying, between them: a participle aside with
    its agent, or a relative clause running up to the verb; None when there is none."""
    for aside in _AGENT_ASIDE.finditer(text, opens, verb):
        if _THEN_VERB.fullmatch(text, aside.end(), verb):
            return aside
    relative = _SUBJECT_RELATIVE.search(text, opens, verb)
    # ("the port authority said that the ferry ... said": the word before "that" is a verb of saying, and
    # the clause is what was said)
    if relative is not None and not SPEECH.search(text[max(opens, relative.start() - 12) : relative.start()]):
        return relative
    return None


def _document_author(
    text: str, opens: int, described: re.Match[str], people: list[Entity]
) -> tuple[str, str, bool] | None:
    """Who speaks for a document whose aside names its author ("The report, produced by a panel appointed
    by the governor, said" -> the panel), or the document itself when the aside names someone else ("The
    audit, ordered by the minister, found" -> "The audit"); None when the subject is no document."""
    head = _DOCUMENT_HEAD.match(text[opens : described.start()])
    if head is None or "agent" not in described.re.groupindex:
        return None
    if _AUTHORED.fullmatch(described.group("verb")):
        agent_at = described.start("agent")
        cut = _AGENT_ENDS.search(described.group("agent"))
        agent_end = agent_at + (cut.start() if cut else len(described.group("agent")))
        named = [e for e in people if e.kind == "actor" and agent_at <= e.start and e.end <= agent_end]
        if named:
            return _speaker_of(named[0])
        agent = re.sub(r"^(?:a|an|the)\s+", "the ", text[agent_at:agent_end].strip(), flags=re.IGNORECASE)
        return agent[:1].upper() + agent[1:], "", False
    document = re.sub(r"^(?:a|an)\s+", "the ", head.group("head"), flags=re.IGNORECASE)
    return document[:1].upper() + document[1:], "", False


# a relative clause that runs on, with no comma, to where a country is named: "the strain that sickened 40
# people in | Peru"
_TOLD_IN_A_RELATIVE = rx(r"\b(?:that|which|who)\s+(?:has\s+|have\s+|had\s+)?[a-z]+\s[^,;:]*$")
_BASED_IN = re.compile(r"-(?:based|registered|headquartered)\b")
_DEMONYM_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:But|And|Yet)\s+)[Tt]he\s+(?P<who>[A-Z][a-z]+)\s+(?:(?:has|had|also|later)\s+)?$"
)
# A full name, then the body the person belongs to: "Kerstin Obi of Amnesty International", "researcher
# Tomas Brandt from the University of Leeds" (the name opens the subject, or follows a lower-case role)
_MEMBER_BEFORE_BODY = re.compile(
    r"(?:^|[,;:]\s*|[,.!?](?:[\"”’]|'')\s*|\b(?:But|And|Yet|Meanwhile|Later|Earlier)\s+"
    # (a role, "researcher Tomas Brandt", never an article: "the Sunday Ledger of London" is a name)
    r"|\b(?!(?:the|a|an|of|for|to|by|with|from|at|in|on)\s)[a-z][\w-]*\s+)"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2})\s+(?:of|from|at|with)\s+(?:the\s+)?$"
)


# The one who holds an office of a body, after the body's name: lower-case words of the office ("energy
# chief") or capitalised ones ending at a comma ("Deputy Secretary General for Ports,"), then a full name
# that closes the phrase
# What may stand between an inverted verb of saying and the body a person held office in: a few spaces or
# a word for when it was held ("said retired Navy Adm. Jane Roe", "said former Trade Minister Tom Hale")
_HELD_ONCE = re.compile(r"\s+(?:retired|former|then|outgoing|late)\s+")
_HOLDER_AFTER_BODY = re.compile(
    r"(?:[’']s)?(?:(?:\s+(?-i:[a-z])[\w-]*){1,3}|(?:\s+(?:(?-i:[A-Z])[\w-]*|for|of|and)){1,8}\s*,)"
    r"\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2})(?=\s*(?:[,.;!?]|$))"
)
_MEMBER_AFTER_BODY = re.compile(
    r"[’']s\s+(?:(?:[a-z][\w-]*\s+){0,3})?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2})"
    r"(?=\s*[,.;]|\s*$)"
)


def _member_of(text: str, opens: int, body: Entity, people: list[Entity]) -> tuple[str, str, bool] | None:
    """The person who speaks for the body named right after them ("Kerstin Obi of Amnesty International
    said"), listed or not; None when no person's name stands there."""
    found = _MEMBER_BEFORE_BODY.search(text, opens, body.start)
    if found is None or found.end() != body.start:
        return None
    name, at, end = found.group("name"), found.start("name"), found.end("name")
    named = [e for e in people if e.start < end and at < e.end]
    if named:
        # (a person the lists know speaks as they know them; a body, "Bank of America", is no person)
        person = named[-1]
        return _speaker_of(person) if names_a_person(person) and person.end == end else None
    if name.split()[0].lower() in NOT_A_NAME or not may_be_a_person(name):
        return None
    return name, "", False


# Who argues a party's case in court: "Lawyers for Dr Roe", "Roe's defence attorneys", "attorneys
# representing the family"; what they say is their client's case put by them, not the client's own word
_COUNSEL = r"(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|legal\s+team)"
_COUNSEL_OPENS = rf"(?:^|[,;:]\s*|\b{_LINKING_OPENERS},?\s+)"
# (between them and the verb: an auxiliary, an adverb, or a first verb the saying explains: "Roe's lawyers
# had objected, saying ...")
_COUNSEL_THEN_VERB = (
    r"\s*(?:(?:has|have|had)\s+)?(?:(?:also|now|earlier|previously|later)\s+)?(?:[a-z]+ed\s*,\s*)?$"
)
_COUNSEL_FOR = re.compile(
    rf"{_COUNSEL_OPENS}(?P<voice>(?:[Tt]he\s+)?(?:(?i:defen[cs]e)\s+)?(?P<role>(?i:{_COUNSEL}))\s+"
    r"(?:for|representing|acting\s+for|acting\s+on\s+behalf\s+of|on\s+behalf\s+of)\s+"
    rf"(?:the\s+)?(?P<client>[A-Z][^,;:“”\"]{{1,60}}?)){_COUNSEL_THEN_VERB}"
)
_CLIENT_COUNSEL = re.compile(
    rf"{_COUNSEL_OPENS}(?P<voice>(?:[Tt]he\s+)?(?P<client>(?!{_LINKING_OPENERS}\b)[A-Z][^,;:“”\"]{{1,60}}?)[’']s\s+"
    rf"(?:(?:defen[cs]e|legal)\s+)?(?P<role>{_COUNSEL})){_COUNSEL_THEN_VERB}"
)
_PRONOUN_COUNSEL = re.compile(
    rf"{_COUNSEL_OPENS}(?:[Hh]is|[Hh]er)\s+(?:(?:defen[cs]e|legal)\s+)?(?P<role>{_COUNSEL}){_COUNSEL_THEN_VERB}"
)


def _counsel_for(
    text: str, speech: re.Match[str], people: list[Entity], last: tuple[str, str]
) -> tuple[str, str, bool] | None:
    """ "Lawyers for Dr Roe have argued", "Roe's attorneys said", "his lawyers said": a client's counsel
    speaks, named as the sentence names them (so a title that opens so needs no "X says"), with the
    client's country; None when no counsel is the subject."""
    before = text[: speech.start()]
    found = _COUNSEL_FOR.search(before) or _CLIENT_COUNSEL.search(before)
    if found is None:
        pronoun = _PRONOUN_COUNSEL.search(before)
        if pronoun is None or not last[0] or not may_be_a_person(last[0]):
            return None
        return f"{last[0]}’s {pronoun.group('role')}", last[1], True
    at, end = found.span("client")
    verb = FINITE_VERB.search(found.group("client"))
    if verb is not None:
        # ("The legal team representing Dr Roe has dropped its claim": the counsel's own verb closes whom
        # they act for)
        end = at + len(found.group("client")[: verb.start()].rstrip())
    named = [e for e in people if at <= e.start and e.end <= end and e.kind in ("actor", "country")]
    voice = found.group("voice") if verb is None else text[found.start("voice") : end]
    return voice[:1].upper() + voice[1:], _speaker_of(named[-1])[1] if named else "", False


# "Jane Roe, head of the Water Department, was quoted (by the paper) as saying": the passive of quoting
# keeps the one described as the one who speaks
_QUOTED_AS_TAIL = (
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?quoted\s+"
    r"(?:by\s+[^,;:“”\"]{1,60}?\s+)?as\s+)?"
)
_DESCRIBED_THEN_NAMED = re.compile(
    r"^\s*(?:(?:But|And|Meanwhile|Later|Earlier)\s+)?(?:The|the)\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+)?"
    # what it is, in lower-case words ("exams watchdog", "state-run oil company")
    r"(?:[a-z][\w-]*(?:['’]s)?\s+){0,3}[a-z][\w-]*,\s+"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w&.’'-]*)){0,5}),\s*"
    r"(?:(?:has|have|had|also|later|earlier)\s+)*$"
)
_NAME_THEN_DESCRIBED = re.compile(
    # (a title and a surname, "Ms Okafor, Labour MEP, said", is read by the lists' own rules)
    rf"^\s*(?:(?:But|And|Meanwhile|Later|Earlier)\s+)?(?!(?:{'|'.join(COURTESY_TITLES)}|Prof|Rev)\b)"
    # ("Anna K. Lindqvist": a middle initial)
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    r"(?:(?:a|an|the|former|then|now|acting|interim|outgoing)\s+)?[^,;:“”\"]{3,120}"
    # ('Tom Hale, author of the book "Salt, Iron and Coal," told ...': a title quoted in who the person is,
    # commas and all, is no end of the description, nor anyone who speaks)
    r"(?:[“\"][^“”\"]{1,100}?(?:,[”\"]|[”\"]\s*,)|,)\s*"
    # ("James Roe, a professor at the university, and a member of the panel, said": a second description)
    r"(?:and\s+[^,;:“”\"]{3,80},\s*)?"
    r"(?:(?:has|have|had|also|later|earlier)\s+)*" + _QUOTED_AS_TAIL + "$"
)
# Where, when or how words were given, opening a sentence: "In a statement, ", "At the hearing, ", "On
# Tuesday, "
_SETTING_OPENS = re.compile(
    r"\s*(?:(?:In|At|On|During|After|Speaking|Writing|Asked|Earlier|Later)\s[^,;:“”\"]{0,60}?"
    r"|Meanwhile|Separately"
    # ("This week, Mara Lund, who runs the depot, said", "Yesterday, ...": a time of the report's own days
    # opens it too)
    rf"|{TIME_BEFORE_SUBJECT}),\s+(?=[A-Z])"
)
# Words quoted, closed with a comma (or a question or exclamation mark), then who said them
_QUOTE_CLOSED_THEN = re.compile(r"[,!?](?:[\"”’]|'')\s+(?=[A-Z])")
# "the official in charge of the repairs", "the man in charge of paying compensation", "the federal
# official in charge of the response": a person named by the charge he holds, not by name; any role a
# person is named by, after what kind of one it is ("State", "federal", "senior government"); the charge
# may be told by a participle of running a thing ("the official running the Kenyan census", "the engineer
# leading the Peruvian rescue"): a country in it is whose the charge is, the person speaks. Such a charge is
# short (five words at most: a longer one would fill the title and push out the news, so the sentence keeps
# no speaker), and a participle of travel is no charge ("the minister heading to Brussels", "running for")
_IN_CHARGE = (
    r"(?P<role>(?:(?!(?:in|of|and|or|who|which)\b)[\w.-]+\s+){0,2}?"
    rf"(?:{alternatives(PERSON_ROLES | {'man', 'woman', 'person', 'engineer'})})\s+"
    r"(?:in\s+charge\s+of\s+[^,.;:“”\"]{3,70}?"
    r"|(?:responsible\s+for|overseeing|leading|heading|running|coordinating|directing|managing|supervising)\s+"
    r"(?!(?:to|for|into|back|towards?|home|out|off|up|down|away)\b)[^\s,.;:“”\"]+(?:\s+[^\s,.;:“”\"]+){0,4}?))"
)
_IN_CHARGE_AFTER = re.compile(rf"\s+(?:the|a|an)\s+{_IN_CHARGE}\s*(?:[,.;]|$)")
_IN_CHARGE_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+)(?:(?:But|And|the|The|a|A|an|An)\s+)+{_IN_CHARGE}\s+(?:(?:has|have|had|also|now)\s+)*$"
)


# Who speaks for a body, unnamed: "A Vantor spokesman", "a NWG lawyer", "the agency's officials" (a
# name after the role, "State Department spokesperson Jane Roe", is the one who speaks)
_BODY_VOICE = re.compile(
    r"(?:[’']s)?\s+(?:spokes(?:man|woman|person)|officials?|lawyers?|attorneys?)\b(?!,?\s+(?:[A-Z]|for\b))"
)
_SUBJECT_OPENS = re.compile(
    # ("A Kenyan Ports Authority spokesman": a demonym may stand before the body)
    r"(?:^|[,;:]\s*|\b(?:And|But|Yet|Meanwhile|Later|Earlier)\s+)(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|i)\s+)?$"
)
_UNLISTED_BODY_VOICE = re.compile(
    r"\s*(?:(?:And|But|Yet|Meanwhile|Later|Earlier)\s+)?(?:[Aa]n?|[Tt]he)\s+"
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}?)(?:[’']s)?"
    r"\s+(?:spokes(?:man|woman|person)|officials?|lawyers?|attorneys?)\b(?!,?\s+(?:[A-Z]|for\b))"
)
# "a paramedic", "an aide", "one witness", "another neighbour": a person the story does not name
_UNNAMED_ROLE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:And|But|Yet|Meanwhile|Later|Earlier)\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    # (nouns only: "a colonel reading a statement" is a phrase, not a role)
    r"(?P<role>(?:(?!(?:a|an|the)\b)[a-z][\w-]*(?<!ing)\s+){0,2}(?!(?:a|an|the)\b)[a-z][\w-]*(?<!ing))"
    r"(?:\s+(?:has|have|had))?\s*$"
)
# (or a plural with no article: "..., scientists reported on Thursday", "..., health officials said")
CLOSING_VOICE = re.compile(
    r",(?:[\"”’]|'')?\s+((?:the|a|an|one|another)\s+[a-z][a-z\s’'-]{2,60}?|(?!(?:but|and|yet|so|while|as|though)\b)(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+s)\s*$"
)
# One voice of a firm, closing a sentence: "a company spokeswoman", "a firm official"
_FIRM_VOICE = re.compile(r"(?:a|an|the)\s+(?:company|firm)\s+(?:spokes(?:wo)?man|spokesperson|official)")
# A body of people of a country closing a sentence: ", U.S. scientists", ", Kenyan officials"
_NATIONAL_VOICE_CLOSING = re.compile(
    r",(?:[\"”’]|'')?\s+(?P<voice>(?:U\.S\.|U\.K\.|U\.N\.|[A-Z][a-z]+(?:an|ian|ese|ish|ch|i))"
    r"(?:\s+[a-z][a-z-]+){0,2}\s+(?:[a-z][a-z-]+s|police|people|staff|personnel))\s*$"
)
# An indefinite body closing a sentence: "a state commission", "an industry panel" (a body the story
# names for the first time; "the company" may be one named before)
_UNNAMED_BODY_CLOSING = re.compile(
    r"(?:a|an)\s+(?P<body>(?:[a-z][a-z’'-]+\s+){0,3}(?:commission|committee|panel|board|council|agency"
    r"|authority|tribunal|inquiry|task\s+force|working\s+group|regulator|watchdog))"
)
# A paper closing a sentence: "the statement", "a joint letter", "the ministry's report"
_PAPER_CLOSING = re.compile(
    rf"(?:the|a|an|its|their)\s+(?:[a-z][a-z’'-]+\s+){{0,3}}(?:statements?|letters?|memos?|{DOCUMENT_NOUNS})"
)
_JOINED_IN = re.compile(
    r",\s+(?:as\s+well\s+as|along\s+with|together\s+with|alongside|(?P<among>including|among\s+them))"
    r"\s[^;“”\"]{2,120}?,"
    r"(?=\s*(?:(?:has|have|had)\s+)?(?:also\s+)?$)"
)
_PANEL_OF_A_BODY = re.compile(
    r"\s+(?P<panel>(?:(?!(?:has|have|had|is|was|also)\b)[a-z][\w-]*\s+){1,3}?"
    r"(?:commission|committee|subcommittee|panel|inquiry|task\s+force|tribunal))"
    r"(?:\s+(?:has|have|had|also|again|later|earlier))*\s*"
)
# Bodies of people who hold an office and speak as one, closing the words before an aside
_OFFICE_HOLDERS_BEFORE = rx(
    r"\b(?:officials|authorities|leaders|lawmakers|legislators|senators|congressmen|ministers|prosecutors"
    r"|investigators|regulators|diplomats|negotiators|mediators|monitors|inspectors|police|government)$"
)
_TRAILING_RELATIVE = re.compile(r",?\s+(?:who|that)\s[^,;:“”\"]{3,120}$")
_VOCATIVE_BEFORE = re.compile(rf"[“\"‘']\s*(?:(?:{'|'.join(COURTESY_TITLES)}|Mister|Doctor|Madam)\.?\s+)?$")


_DASHED_ASIDE = re.compile(r"\s(?:--?|[–—])\s[^–—]{3,160}?\s(?:--?|[–—])\s")


# A quotation mark that closes what was said: after the words' last stop ('... it has caused," he said')
_CLOSING_MARK = re.compile(r"[,.!?]$")


def named_in_quotation(text: str, entity: Entity) -> bool:
    """Whether an entity of the sentence stands inside the words someone is quoted as saying ('"BP must pay
    for this," Obama said', a quotation that runs on from the sentence before and closes in this one): who
    is named there is whom the speaker talks of, neither one who acts in the report nor one who speaks."""
    before = text[: entity.start]
    if before.count("“") > before.count("”") or before.count("``") > before.count("''"):
        return True
    first_curly = text.find("”")
    if first_curly >= entity.end and "“" not in text[:first_curly] and _said_after(text, first_curly):
        return True  # (a quotation of the sentence before, closed here)
    marks = [i for i, char in enumerate(text) if char == '"']
    opened_before = (
        len(marks) % 2 == 1
        and _CLOSING_MARK.search(text[: marks[0]]) is not None
        and _said_after(text, marks[0])
    )
    return (sum(i < entity.start for i in marks) + opened_before) % 2 == 1


def _said_after(text: str, mark: int) -> bool:
    """Words follow a quotation's closing mark ('...," he said.'): a mark that ends the sentence may be a
    stray one, and the sentence no quotation at all."""
    return any(char.isalpha() for char in text[mark + 1 :])


def addressed(text: str, entity: Entity) -> bool:
    """ "'Dr Okafor, what happened?'": a name opening a quotation and set off by a comma is who is spoken
    to (a vocative), not who speaks or acts."""
    before = text[max(0, entity.start - 12) : entity.start]
    return bool(_VOCATIVE_BEFORE.search(before)) and text[entity.end : entity.end + 1] == ","


# What one party says against another: "the charge", "Dell's claims", "accusations by the union"
_CHARGE_NOUNS = r"(?:claims?|allegations?|accusations?|charges?|criticisms?|assertions?|suggestions?)"
# A reply and what it answers: "said of Dell's claims", "rejected accusations by the dockers' union", "called
# the charge baseless", "responded to criticism from the mayor"
# (not "said on Friday it paid 300 claims", "said about 40 charges were laid", "called on members to file
# claims": the verb must govern the charge, and no figure stands before it)
_ANSWERED_CHARGE = rx(
    r"\b(?:(?:said|says|spoke|commented|wrote)\s+of|(?:responded|replied|reacted|answered)\s+to"
    r"|commented\s+on|spoke\s+about"
    r"|denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes"
    r"|called(?!\s+(?:on|for)\b)|calls(?!\s+(?:on|for)\b)|countered|hit\s+back\s+at)\s+"
    r"(?P<charge>(?:(?:the|these|those|such|their|his|her|its)\s+)?(?:(?!\d)[\w’'.-]+\s+){0,3}?"
    + _CHARGE_NOUNS
    + r"(?:\s+(?:made\s+)?(?:by|from)\s+"
    r"(?:(?!(?:that|who|which|and|as|in|on|at|over|about)\b)[\w’'.-]+\s*){1,5})?)"
)


def answers_a_charge(text: str) -> bool:
    """Whether the sentence is a reply to what another party charged ("The spokeswoman called Dell's charge
    baseless", '"...," she said of the union's claims'): a reply is no claim of its own."""
    return _ANSWERED_CHARGE.search(text) is not None


def _charged_by(text: str, name: str) -> bool:
    """Whether the charge a reply answers is the one `name` made ("Dell's claims" for Mark Dell): who made
    it is not the one replying, though the story heard them last."""
    surname = name.split()[-1] if name.split() else ""
    return bool(surname) and any(
        re.search(rf"\b{re.escape(surname)}\b", found.group("charge"))
        for found in _ANSWERED_CHARGE.finditer(text)
    )


def named_in_the_charge(text: str, entity: Entity) -> bool:
    """Whether an entity of the sentence is named only as the author of the charge a reply answers
    ("Dell's" in "the ministry called Dell's charge baseless"): the accuser neither speaks nor acts in the
    reply."""
    return any(
        found.start("charge") <= entity.start and entity.end <= found.end("charge")
        for found in _ANSWERED_CHARGE.finditer(text)
    )


# A letter and whom it is written to: "in a letter to Transport Secretary Bob Lane", "wrote to the mayor",
# "sent a letter to transport secretary Mara Quist", "In an open letter to the president"
_WRITTEN_TO = rx(
    r"\b(?:(?:in|with)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|note|memo|e-?mail)"
    # ("The letter to chief executive Tom Hale said", "their questions to the minister": the paper or the
    # question addressed, as a noun phrase of its own; "a letter on Monday to": its day may stand between)
    r"|(?:the|a|an|his|her|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letters?|notes?|memos?|e-?mails?|questions?)(?:\s+(?:on|last|this)\s+\w+)?"
    # ("samples sent to them by the agency", "sent troops to": only a letter is written or sent to someone)
    r"|(?:wrote|writes|written)|(?:wrote|writes|written|sent|sends|addressed)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:letter|note|memo|e-?mail))\s+to\s+"
)
# what may stand between "to" and the name written to: a title, a body's name, "the" ("to Norvale boss Piet
# Anders", "to transport secretary Mara Quist"); no clause, no time and no comma ("In a letter to Norvale last
# week, the agency ...": the agency wrote)
_TO_THE_NAME = re.compile(
    r"(?:(?!(?:that|which|who|and|but|or|about|on|in|at|by|over|after|last|this|next|yesterday|today|dated"
    r"|earlier|later)\b)[\w’'.&-]+\s+){0,5}"
)


_ITS_OWN_MEMBER_WRITES = re.compile(r"\s*,\s+(?:its|their)\s")


def written_to(text: str, entity: Entity) -> bool:
    """Whether an entity of the sentence is whom a letter was written to ("In a letter to Transport
    Secretary Bob Lane, the mayor asked ..."): the addressee reads what the writer did; the writer acts."""
    if _ITS_OWN_MEMBER_WRITES.match(text, entity.end):
        # ("In a letter to the inquiry, its chief counsel said ...": a member writes to their own body, for
        # which they act)
        return False
    for found in _WRITTEN_TO.finditer(text, 0, entity.start):
        between = _TO_THE_NAME.match(text, found.end(), entity.start)
        if between is not None and between.end() == entity.start:
            return True
    return False


# between a body and the person who speaks for it: "NWG spokesman ", "Calder's chief analyst "
_VOICE_BETWEEN = re.compile(r"(?:[’']s)?\s+(?:(?!(?:and|or|with|to|of|for|by)\s)[a-z][\w-]*\s+){1,3}")
# ("he was quoted by AFP as saying", "is reported by AFP news agency as saying": the agency carries words)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|on|onto|at|to|from|of|for|with|by|near|across|off|over|under|through|about|against)\s+"
    r"(?:the\s+)?$"
)
_CITING = re.compile(
    r"(?:\s+(?:on|late|early|this|last)\s+\w+)?,?\s+citing\s+(?:(?:the|a|an)\s+)?"
    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)"
)
_CARRIED_AS = rx(
    r"\b(is|was|were|are|has\s+been|have\s+been)\s+(\w+ly\s+)?(quoted|reported|cited)\s+by\s+[^,;:“”\"]{1,60}?"
    r"\s+as\s+$"
)
_QUOTED_BY = rx(r"\b(quoted|reported|cited)\s+by\s+(the\s+)?$")
_QUOTES_SOMEONE = rx(
    r"(?:\s+news\s+agency)?\s+(?:quotes|quoted)\s+(?:him|her|them|(?:the\s+)?[^,;:.“”\"]{1,50}?)\s+as\s+saying\b"
)
_PRONOUN_QUOTED = rx(r"(^|[,;:“”\"’']\s*)(he|she)\s+(was|is|has\s+been)\s+(\w+\s+)?quoted\b")
_WIRE_CREDIT = re.compile(r"\)\s*[-–—]")
# A name no list knows in the subject's slot: "Okafor said", "Renwick, the agency's deputy director for
# ports, said", "The National Flood Forecasting Centre estimates", or after the verb ('"...," said Okafor').
# ("AT&T", "Standard & Poor's", "Procter & Gamble": an ampersand joins the words of one firm's name)
_NAME_WORD = r"[A-Z][\w’'.&-]*"
# the kinds of body a descriptive phrase before a name gives: "charity Oxfam", "aid group Medair"
_KIND_BEFORE_A_NAME = (
    r"(?:charity|charities|group|agency|organi[sz]ation|firm|company|watchdog|regulator|broker|bank|lender"
    r"|insurer|carrier|airline|union|network|campaign|newspaper|broadcaster|website|consultancy|body|institute"
    r"|think-tank|thinktank|operator|maker|manufacturer|producer|retailer|giant|conglomerate|developer)"
)
# ("Friends of the Earth", "Transport for the North": "of the" and "for the" join words of one name)
_NAME_LINK = r"(?:(?:of|for)\s+the\s+|(?:of|and|for|the|de|al|&)\s+)"
_UNLISTED_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_LINK}?{_NAME_WORD}){{0,7}}"
_UNLISTED_BEFORE = re.compile(
    # (after a closing quotation, never an opening one: '"They're saying ...' is inside the quotation)
    rf"(?:^|[,;:]\s*|[,.!?](?:[”\"’']|'')\s*|\.\.\.\s*|\b(?:But|And|Yet|Meanwhile|Later|Earlier|Now)\s+)"
    rf"(?:The\s+|the\s+"
    # ("..., a weary-looking Ostby said", "An emotional Ruiz told reporters": after a quotation or opening the
    # sentence, a person already named may be brought back with "a" and a word of how they looked; the name,
    # capitalised, still names who spoke)
    r"|(?P<looked>[Aa]n?\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:-[a-z]+)?\s+)(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*$))?"
    # "UK-based charity Oxfam", "rescue agency Medair": where the body is based and what kind it is
    rf"(?:{_NAME_WORD}-(?:based|registered|headquartered)\s+)?(?:(?:[A-Za-z][a-z-]*\s+){{0,2}}?{_KIND_BEFORE_A_NAME}\s+)?"
    rf"(?P<name>{_UNLISTED_NAME})(?:\s*,\s+(?:an?|the|its|his|her)\s[^;“”\"]{{3,140}}?,)?"
    # ("Okafor, in particular, said", "Okafor, for its part, said": a linking aside between name and verb)
    r"(?:\s*,\s+(?:in\s+particular|for\s+(?:its|his|her|their)\s+part|however|meanwhile|too|in\s+turn),)?"
    # ("Okafor also said", "Okafor had earlier said": an auxiliary or an adverb between the name and the verb)
    r"(?:\s+(?:has|have|had))?(?:\s+(?:also|now|again|later|earlier|then|previously|separately|further|repeatedly))?"
    r"\s*$"
)
# ("the health minister of the province, Jane Roe, has warned": an auxiliary may stand before the verb)
# "Jane Roe's office said", "Okafor's lawyers said": those who speak for a person the lists do not know
_VOICE_OF_A_NAME = re.compile(
    # ("The Kell County Coroner's office said": a body's name may open with "The"; "The President's office" is
    # an office's, named by its title alone)
    rf"(?:^|[,;:]\s*|\b{_LINKING_OPENERS},?\s+)(?:The\s+(?!(?i:{alternatives(PERSON_ROLES)})[’']s))?"
    rf"(?P<name>(?!{_LINKING_OPENERS}\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})[’']s\s+"
    r"(?:office|spokes(?:man|woman|person)|lawyers?|attorneys?|campaign|aides?|representatives?)\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?$"
)
_SET_APART_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
_NAME_SET_APART = re.compile(
    # ("Two of the mayor's aides, Ana Ruiz and Tom Hale, have said": the apposition may name the members)
    # (members of one family may be named by their first names alone: "two of her sons, Tom and Piet,")
    rf",\s+(?P<name>{_SET_APART_NAME}(?:,\s+{_SET_APART_NAME})*(?:,?\s+and\s+{_SET_APART_NAME})?"
    r"|[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+),\s*"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?$"
)
# "Ana Okonjo was quoted by the BBC as saying"
_UNLISTED_QUOTED = re.compile(
    rf"(?:^|[,;:]\s*)(?:The\s+)?(?P<name>{_UNLISTED_NAME})\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?quoted\b"
)
# "said blog publisher Joan Okafor.": lower-case role words, then a full name that ends the clause
# "according to a statement from the agency's command centre in Miami": the paper, then who put it out
_ISSUED_BY = rx(
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|release|notice|bulletin|memo|letter|filing|report|message)"
    r"\s+(?:from|by|issued\s+by|released\s+by)\s+(?P<who>(?:the\s+|an?\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,5}?)"
    r"(?=\s+(?:in|at|on|of|to)\s+(?-i:[A-Z])|\s+(?:on|last|this|yesterday|today)\b|\s*[,.;:(]|\s*$)"
)
# ... and the same paper as the subject of the verb of saying: "A joint statement by Lena Ortiz and Paul Kerr
# said", "The letter from the union's lawyers added"
_PAPER_BY_SUBJECT = rx(
    r"^\W*(?:(?:but|and|yet)\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|release|notice|bulletin|memo|letter|filing|report|message)"
    r"\s+(?:from|by|issued\s+by|released\s+by|signed\s+by)\s+(?P<who>[^,;:“”\"]{2,160}?)\s*,?\s*(?:also\s+)?"
    r"(?:said|says|added|adds|stated|states|warned|warns|read|reads)\b"
)
# a lower-case word before the name but those of a title: the author is described, the name is whose it is
_DESCRIBED_AUTHOR = re.compile(r"\b(?!(?:the|of|for|and)\b)[a-z][\w’'-]*\b")
_TITLED_NAME_CLOSES = re.compile(rf"\s+{TITLE}(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*[.!?]?\s*$")
_PRONOUN_CLAUSE_AFTER = rx(r"\s+(?:that\s+)?(?:he|she|it|they|we|i)\s+[a-z]")
_ROLE_NAMED_AFTER = re.compile(
    # (what follows "said he" or "said it would" is what was said, not who said it)
    r"\s+(?!(?:he|she|it|they|we|i|you|that)\s)(?:(?!(?:would|will|had|has|was|were|could|should)\s)[a-z][\w-]*\s+){1,4}?"
    # (the name closes the sentence or a clause, or is placed in a body: "said economist Omar Lutz of X")
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?=\s*\.?\s*$|\s*[,;]|(?P<of>\s+(?:of|at)\s+(?:the\s+)?[A-Z]))"
)
# the article right before the capitals after the verb: "said the Prime Minister of ..." names an office
_ARTICLE_OPENS_NAME = re.compile(r"\b(?:the|a|an)\s+$")
# (not one with a verb of its own after it: "..., said Tarvex was under orders" tells what Tarvex was)
_UNLISTED_AFTER = re.compile(
    rf"^\s+(?P<name>{_UNLISTED_NAME})(?=\s*[.,;:]|\s+[a-z]|\s*$)"
    rf"(?!\s+{_AUXILIARY}\s)"
)
_MONTHS_AND_DAYS = frozenset(name.lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)) | {"today", "yesterday"}
# Capitalised words that open a sentence without naming anyone
NOT_A_NAME = frozenset(
    """it he she they we i you this that these those who what one someone everyone nobody anyone each all
    both many most some others another neither either none there here such the a an his her its their our
    my your then so but and also later earlier meanwhile now however latest new early initial preliminary
    recent other further more several few first last official while when as although though whereas if
    because since until once after before""".split()
)


# The endings of adverbs made from adjectives and participles, which no surname has ("Connolly", "Kelly"
# and "Reilly" end otherwise)
_ADVERB_FORM = re.compile(
    r"[A-Z][a-z]{3,}(?:ally|ously|ively|ently|antly|ately|edly|ingly|fully|lessly|ably|ibly)"
)


def _kind_of_person(name: str) -> bool:
    """Whether a capitalised word tells what kind a person is, not who: a nationality the gazetteer knows
    ("Tarvian", as a country's spelling) or a party ("Republican", "Labour")."""
    return _PARTY_WORD.match(name + " Ab Cd") is not None or any(
        e.kind == "country" and e.text == name for e in load_gazetteer().find(name)
    )


def _unlisted_speaker(text: str, speech: re.Match[str], inverts: bool) -> str:
    """The speaker the lists do not know, named by form in the subject's slot (or after an inverted verb);
    a lone capitalised word ending in "s" ("Doctors said", "Witnesses said") is a common noun, not a name."""
    # "One of the minister's bodyguards, Tomas Reyes, claims": a full name set apart names who it is
    before = text[: speech.start()]
    # ("Ana Ruiz and Tom Hale, along with two farm unions, have said": who else joined in is set apart by
    # commas; those named before the aside speak)
    joined = _JOINED_IN.search(before)
    if joined is not None and not joined.group("among"):
        before = before[: joined.start()] + before[joined.end() :]
    found = (
        _UNLISTED_BEFORE.search(before)
        or _NAME_SET_APART.search(before)
        or _UNLISTED_QUOTED.search(before)
        or _VOICE_OF_A_NAME.search(before)
    )
    if found is None and inverts and not speech.group().lower().startswith("according"):
        found = _UNLISTED_AFTER.match(text[speech.end() :])
    if found is None:
        return ""
    name = found.group("name").rstrip(".")
    words = name.split()
    if found.re is _UNLISTED_BEFORE and found.group("looked") and _kind_of_person(name):
        # ('"We are ready," a young Tarvian told reporters', "a local Republican said": after "a" and a
        # word of how they looked, a nationality or a party is what the person is, not who)
        return ""
    if name_after_occupation(words):
        # "Rescuer Anthony Thomas said", "Herald Editor Jane Roe said": what they do, then who they are
        words = words[name_after_occupation(words) :]
        name = " ".join(words)
    # ("Moody's said": a name in the possessive form is still one name)
    plural = len(words) == 1 and name.endswith("s") and not re.search(r"[’']s$", name)
    # ("Officially called ...", "Reportedly adding ...": one word of an adverb's form, capitalised only
    # because it opens the sentence)
    adverb = len(words) == 1 and _ADVERB_FORM.fullmatch(name) is not None
    # ("Having said that, ...": the participle of a perfect opens the sentence, nobody speaks)
    auxiliary = len(words) == 1 and name in ("Having", "Being")
    if re.split(r"[’']", words[0].lower())[0] in NOT_A_NAME or plural or adverb or auxiliary:
        return ""
    # ("The Sunday Times said": a day in a newspaper's name is no date)
    # ("The Sunday Times of London said": a paper's name may hold a day and a place)
    dated = any(w.lower() in _MONTHS_AND_DAYS for w in words) and not any(
        w.lower() in _PAPER_NOUNS for w in words
    )
    return "" if dated else name


def _person_named_after(
    text: str, speech: re.Match[str], known: Sequence[Entity]
) -> tuple[str, str, bool] | None:
    """A person's full name the lists do not know, right after an inverted verb of saying that follows a
    comma (", said Mayor Piet Mabuza, president of ...", ", says Piet Mabuza."), with any job before it left
    out; None when what follows is no such name ("said Reuters", "said Tuesday", "said the Harbour Trust")."""
    if speech.group().lower().startswith("according") or not re.search(
        r",[\"”’']*\s*$", text[: speech.start()]
    ):
        return None
    found = _UNLISTED_AFTER.match(text[speech.end() :])
    if found is None:
        return None
    # ('"...," said Harbour Lines lawyer Tom Reyes': the capitalised words before a role are the body the
    # person named after the role works for; the person speaks, with the body left out)
    member = _ROLE_THEN_PERSON.match(text, speech.end() + found.end())
    if member is not None:
        person = [e for e in known if e.start == member.start("person") and e.kind == "actor"]
        if person and names_a_person(person[0]):
            return _speaker_of(person[0])
        if not person and may_be_a_person(member.group("person")):
            return member.group("person"), "", False
    # (a name the lists know speaks as they know it, "says Prof Tom Hale" as Tom Hale; a body or a place
    # they know is no person)
    listed = [e for e in known if 0 <= e.start - speech.end() < found.end()]
    if listed:
        return _speaker_of(listed[0]) if listed[0].kind == "actor" and names_a_person(listed[0]) else None
    words = found.group("name").rstrip(".").split()
    words = words[name_after_occupation(words) :]
    # ("said Mayor Piet Mabuza", "says Prof Ana Costa": one title word may open the run)
    if len(words) == 3 and (
        words[0].lower() in _TITLE_WORDS_BEFORE_A_NAME or re.fullmatch(TITLE, words[0] + " ") is not None
    ):
        words = words[1:]
    name = " ".join(words)
    if (
        len(words) not in (2, 3)
        # (no possessive: "said Hong Kong's leader" names the leader by office)
        or not all(re.fullmatch(r"[A-Z][a-z]*(?:['’][A-Z][a-z]+|-[A-Z]?[a-z]+)*", w) for w in words)
        or words[0].lower() in NOT_A_NAME
        or any(w.lower() in _MONTHS_AND_DAYS for w in words)
        or not may_be_a_person(name)
    ):
        return None
    return name, "", False


# Titles a person may carry before the name after an inverted verb ("said Mayor Jane Roe")
_TITLE_WORDS_BEFORE_A_NAME = frozenset(
    """mayor commander chief inspector superintendent sheriff detective judge councillor councilman
    councilwoman alderman constable officer coach director president chairman chairwoman""".split()
)


_PERSON_ROLES = f"(?:{alternatives(SPEAKER_ROLES)})"
_ROLE_THEN_PERSON = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+)?{_PERSON_ROLES}\s+"
    r"(?P<person>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2})(?=\s*[.,;:]|\s+[a-z]|\s*$)"
)
# "the minister", "the former prime minister", after a closing quotation, a comma or at the opening
# A time that opens the sentence with no comma after it: "On Wednesday the minister said", "Later the
# governor told reporters" (the subject follows it as it follows the sentence's opening)
_TIME_OPENING_CLAUSE = (
    rf"^(?:(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Ll]ate\s+on|[Ee]arly\s+on)\s+)?(?:{'|'.join(WEEKDAY_NAMES)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|[Ll]ater|[Ee]arlier|[Mm]eanwhile|[Yy]esterday|[Tt]oday"
    r"|[Ll]ast\s+(?:week|month|year|night)|[Ee]arlier\s+this\s+(?:week|month|year))\s+"
    # ("In a statement the minister said", "At a briefing on Monday the governor said": the phrase of where
    # the words were given, as `_OPENING_ADVERBIAL` reads it for a body, with or without its comma)
    r"|^(?i:" + _OPENING_PHRASE + r")"
)
_DESCRIBED_SPEAKER = re.compile(
    rf"(?:^|[,.!?](?:[\"”’]|'')?\s*|[\"”]\s+|{_TIME_OPENING_CLAUSE})[Tt]he\s+"
    rf"(?P<office>(?:[a-z-]+\s+){{0,2}}?{_PERSON_ROLES})"
    r"\s+(?:also\s+)?$"
)
# "..., said the head of the election commission", "..., said a spokesman for the port authority": the one
# who holds an office of a body named by what it is, closing the sentence (a family's or a firm's spokesman
# is no such body)
_BODY_NOUNS = (
    r"(?:commission|committee|authority|board|council|agency|ministry|department|court|tribunal|bank"
    r"|office|service|bureau|police|army|navy|guard|union|federation|association|parliament|assembly|senate"
    r"|government|administration|regulator|inquiry|panel|directorate|secretariat|observatory|institute)"
)
_BODY_OFFICE_AFTER = re.compile(
    rf"\s+(?:the|a|an)\s+(?P<office>(?:(?:senior|deputy|chief|top|acting)\s+)?(?:head|{_PERSON_ROLES})"
    r"\s+(?:of|for|at)\s+(?P<body>(?:the|its|their)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    rf"{_BODY_NOUNS}))\s*[.!?]?\s*$"
)
_BODY_OFFICE_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+)[\s\"“]*(?:(?:But|And|Meanwhile)\s+)?(?:[Tt]he|An?|an?)\s+(?P<office>(?:(?:senior|deputy|chief|top|acting)"
    rf"\s+)?(?:head|{_PERSON_ROLES})\s+(?:of|for|at)\s+(?:the|its|their)\s+(?:[a-z][\w’'-]*\s+){{0,3}}?{_BODY_NOUNS})"
    r"\s+(?:(?:has|have|had|also|now|later|on\s+[A-Z][a-z]+day)\s+)*$"
)
_DESCRIBED_AFTER = re.compile(rf"\s+the\s+(?P<office>(?:[a-z-]+\s+){{0,2}}?{_PERSON_ROLES})\s*[.,;]")
# A person named by what they do, whatever the job, told by the noun's form: "the harbour master", "a park
# ranger", "the county coroner", "the head teacher", "a local historian". No list holds every job, and news
# English names most people it does not name by an agent noun (-er, -or, -ist, -ian, -man) or by the head,
# chief or master of something
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:er|or)|[a-z]{3,}(?:ist|ian)|[a-z]{3,}(?:wo)?man|head|chief|master")
# ... but not the words of that form that are things, papers or outlets ("the letter said", "the monitor
# shows", "the paper reported"), comparatives and adverbs ("the company later said", "the other") or a
# pronoun ("the former said")
_THINGS_OF_AGENT_FORM = frozenset(
    """letter newsletter paper newspaper order register charter poster flyer banner sticker marker monitor
    indicator meter counter tracker computer calculator filter trailer chapter header folder cover ledger
    number water weather matter border power tower center quarter corner river winter summer error sector
    factor reactor mirror motor rumor tumor color labor honor favor harbor corridor floor door major minor
    elevator generator ventilator detector cancer disaster character member partner other former latter
    either neither whether never however further rather ever together over under after later earlier
    sooner longer faster higher lower greater older younger better newer closer clearer harder lesser
    bigger smaller wider deeper stronger weaker layer helicopter carrier tanker freighter trawler container
    shelter theater thriller blockbuster broadcaster offer answer cluster sticker checklist playlist shortlist
    blacklist watchlist thermometer barometer""".split()
)
# (a firm called by its kind of business, "the regional lender", "the grid operator", is the firm)
_FIRM_HEAD = re.compile(FIRM_NOUNS)
# the noun phrase that holds it, opening its clause and right before the verb of saying (a day or an
# auxiliary may stand between): '"...," the harbour master said', "In a statement a park ranger said"
# (what may open the clause before it, and what may stand between it and the verb)
_AGENT_OPENS = (
    rf"(?:^|[,;:]\s*|[,.!?](?:[\"”’]|'')?\s*|[\"”]\s+|\b{_LINKING_OPENERS},?\s+|{_TIME_OPENING_CLAUSE})"
)
_BEFORE_ITS_VERB = (
    r"\s+(?:(?:also|has|have|had|later|earlier|then|again|now|(?:on\s+)?[A-Z][a-z]+day|[a-z]+ly)\s+)*$"
)
_AGENT_SUBJECT = re.compile(
    _AGENT_OPENS
    + r"(?P<det>[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<role>(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w-]*)"
    + _BEFORE_ITS_VERB
)
# ('"...," said the station master.': inverted after what was said)
_AGENT_AFTER = re.compile(r"\s+(?P<det>the|an?)\s+(?P<role>(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w-]*)\s*[.,;]")
# The voice of an office's holder: "the attorney general's office said", "the mayor's spokesman said", "the
# governor's press secretary told reporters" (the office speaks through them; its holder is not named here)
_HOLDERS_VOICE = re.compile(
    _AGENT_OPENS + r"(?P<det>[Tt]he)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)['’]s\s+"
    r"(?P<voice>(?:press\s+|chief\s+|senior\s+)?(?:office|spokes(?:wo)?man|spokesperson|aides?|secretary|lawyers?"
    r"|attorneys?))" + _BEFORE_ITS_VERB
)
# "The council's leader said", "the hospital's chief nurse told reporters": an office of a body named by
# what it is, the body as the office's owner (a possessive the office's own holder stands behind, "the
# mayor's spokesman", is `_HOLDERS_VOICE`'s; a person's, "the boy's father", names no office)
_OWNING_BODIES = (
    rf"(?:{_BODY_NOUNS}|{FIRM_NOUNS}|club|team|side|league|hospital|clinic|school|university"
    r"|college|city|state|county|town|province|region|port|airport|party|church|prison|museum|network"
    r"|council|charity|organisation|organization|zoo|festival|campaign)"
)
# (the body, up to two words before its noun, then the office after its possessive)
_BODY_S_OFFICE = (
    r"(?P<body>(?:[A-Za-z][\w-]*\s+){0,2}?"
    + _OWNING_BODIES
    + r")['’]s\s+(?P<office>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
)
_BODY_OWNED_OFFICE = re.compile(_AGENT_OPENS + r"[Tt]he\s+" + _BODY_S_OFFICE + _BEFORE_ITS_VERB)
# ... and after the verb it inverts, closing the clause ('"...," said the club's manager on Monday.')
_BODY_OWNED_AFTER = re.compile(r"\s+the\s+" + _BODY_S_OFFICE + r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s*[.,;]")


def _body_owned_office(
    text: str, speech: re.Match[str], before: Sequence[Entity], inverts: bool
) -> tuple[str, str, bool] | None:
    """The office-holder "the <body>'s <office>" names as the subject of `speech`, read as "<Office> of the
    <body>" with the body's country when a country's adjective or name stands in it ("the Kenyan port's
    director"); None when the subject is no such phrase, or a name that is no country stands in the body."""
    found = _BODY_OWNED_OFFICE.search(text, 0, speech.start())
    if found is None and inverts:
        # ('"...," said the club's manager.': the same office after the verb it inverts)
        found = _BODY_OWNED_AFTER.match(text, speech.end())
    if found is None:
        return None
    office = " ".join(found.group("office").split())
    words = office.split()
    # (an office the lists hold, or a job by its form, or the head or chief of some work: "the club's head
    # coach", "the hospital's chief nurse"; not a thing it owns, "the company's shares")
    if not (
        words[-1] in PERSON_ROLES
        or agent_named(office, firms=False)
        or (words[0] in ("chief", "head") and len(words) > 1)
    ):
        return None
    country = ""
    for word in re.finditer(r"[A-Z][\w-]*", found.group("body")):
        at = found.start("body") + word.start()
        named = next((e for e in before if e.kind == "country" and e.start <= at < e.end), None)
        if named is None:
            return None
        country = country or named.country
    body = " ".join(found.group("body").split())
    return f"{office[:1].upper()}{office[1:]} of the {body}", country, False


# ... and after "according to", with where they work after it: "according to a park ranger at the reserve"
_AGENT_PLACED = re.compile(
    r"(?P<det>the|an?)\s+(?P<role>(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w-]*)\s+(?:at|in|with|from|on)\s"
)
# Common jobs and ranks whose noun has no agent's ending, named so as a speaker ("the coach said", "the nurse
# told reporters"); words that are as often things ("guard", "pilot" scheme, "chef") are left out
_JOBS_OF_OTHER_FORM = frozenset(
    """coach nurse surgeon physician paramedic midwife principal dean captain sergeant lieutenant constable
    boss clerk""".split()
)
# (words that end a phrase or open a clause, never a part of a job's name: "the storm that the ranger")
_NOT_IN_A_JOB = frozenset(
    """the a an of for to in on at by with from and or but who that which whose whom this these those it he
    she they we was were is are be been has have had said says not as than when while after before""".split()
)


def agent_named(role: str, *, firms: bool = True) -> bool:
    """Whether a lower-case noun phrase names a person by the job's form ("harbour master", "park ranger",
    "chief engineer"), not a thing of that form ("the letter", "the report") nor a crowd. With `firms`, a
    report that has named a firm, a noun a firm is called by ("the regional lender") is that firm; without,
    it is a job like any other ("the crane operator")."""
    words = role.split()
    head = words[-1]
    return (
        (_AGENT_NOUN.fullmatch(head) is not None or head in _JOBS_OF_OTHER_FORM)
        and head not in _THINGS_OF_AGENT_FORM
        # ("the revised report", "the regional lender": a paper, a firm)
        and _PAPER_NOUN.fullmatch(head) is None
        and (not firms or _FIRM_HEAD.fullmatch(head) is None)
        and not any(w in _NOT_IN_A_JOB for w in words)
        # ("the country's interior minister": whose job it is is read by the rules of owners)
        and not any(re.search(r"['’]s?$", w) for w in words)
    )


def _agent_subject(
    text: str, speech: re.Match[str], inverts: bool, *, firms: bool = True, job: str = ""
) -> re.Match[str] | None:
    found = _AGENT_SUBJECT.search(text, 0, speech.start())
    if found is None and inverts and not speech.group().lower().startswith("according"):
        found = _AGENT_AFTER.match(text, speech.end())
    if found is None:
        return None
    role = " ".join(found.group("role").split())
    # (`job`: the voice the report heard last is that job, "Crane operator", so the noun is no firm here)
    return found if agent_named(role, firms=firms and role != job) else None


def agent_named_alone(text: str, *, firms: bool = True) -> str:
    """The job, of an agent noun's form and in no list, that a sentence's speaker is named by after "the"
    ('"...," the actor said' -> "actor"), or whose holder's office or aide speaks ("the governor's office
    said" -> "governor"); "" when the speaker is named otherwise. "the" points back: the one the report has
    called so (events.extract.mentions decides whether the last voice is that one). `firms` as in
    `agent_named`."""
    speech = speech_in(text)
    # (an office the lists hold is read by `office_named_alone`, and its holder found by its rules)
    if speech is None or office_named_alone(text):
        return ""
    voice = _holders_voice(text, speech)
    if voice is not None:
        return " ".join(voice.group("role").split())
    inverts = INVERTIBLE.fullmatch(speech.group()) is not None and _INVERSION_POINT.search(
        text[: speech.start()]
    )
    found = _agent_subject(text, speech, bool(inverts), firms=firms)
    if found is None or found.group("det").lower() != "the":
        return ""
    return " ".join(found.group("role").split())


def _agent_speaker(
    text: str, speech: re.Match[str], inverts: bool, last: tuple[str, str]
) -> tuple[str, bool]:
    """The person a sentence names only by a job the lists do not hold, as the verb's subject ("The harbour
    master said" -> "Harbour master"), with whether it is `last`, the one the report called so before; ""
    when its subject is no such phrase. After "the" the job points back, and names nobody new: a person
    the report named before is called so again ("Tom Hale, a baker, ... the local baker said"), and which
    one is for `last` to say (events.extract.mentions makes `last` the job itself when it is a voice of its
    own); "a" or "an" brings in someone new."""
    voice = _holders_voice(text, speech)
    if voice is not None:
        # ("Governor Jane Roe ... The governor's office said": the holder named before speaks through it;
        # not the office's own name, "Governor", which mentions gives `last` when no holder is named)
        if last[0] and last[0].lower() != " ".join(voice.group("role").split()):
            return last[0], True
        holder = " ".join(text[voice.start("role") : voice.end("voice")].split())
        return holder[:1].upper() + holder[1:], False
    found = _agent_subject(text, speech, inverts, job=last[0].lower())
    if found is None:
        return "", False
    role = " ".join(found.group("role").split())
    if found.group("det").lower() != "the" and (role.split()[-1] not in SPEAKER_ROLES or " " not in role):
        # ("One pharmacist said", "a fisherman told reporters": someone met on the scene, colour as the
        # unnamed roles of `_UNNAMED_ROLE_SUBJECT` are; nobody a briefing names. "A government spokesman
        # later said" holds an office and speaks for it; "a spokesman" alone says not whose, and names nobody)
        return "", False
    if found.group("det").lower() != "the":
        return role[:1].upper() + role[1:], False
    # ("The doctor maintained his innocence", "the local baker said": someone the report named before, not
    # found here when `last` is not that one)
    return (last[0], True) if last[0] else ("", False)


def _holders_voice(text: str, speech: re.Match[str]) -> re.Match[str] | None:
    """The office or aide of a holder named by the job, as the subject of `speech` ("the governor's office
    said"); None when there is none."""
    voice = _HOLDERS_VOICE.search(text, 0, speech.start())
    if voice is not None and (
        voice.group("role").split()[-1] in SPEAKER_ROLES or agent_named(voice.group("role"))
    ):
        return voice
    return None


# "The French president, who faces a strike over pensions, said", "The U.S. trade representative said": an
# office of a country, named by the country's adjective, is a person; it speaks as the one the report names
# with that office, else as the office, never as the bare country (the adjective's shape here; that it names
# a country is checked against the lists in `find_speaker`)
_NATION_ADJECTIVE = r"(?:(?:[A-Z]\.){2,}|[A-Z]{2,3}|[A-Z][a-z]+(?:an|ese|ish|ch|i))"
_NATION_OFFICE_SPEAKER = re.compile(
    rf"(?:^|[,.!?](?:[\"”’]|'')?\s*|[\"”]\s+|\b(?:But|And|Yet)\s+)[Tt]he\s+(?P<nation>{_NATION_ADJECTIVE})\s+"
    rf"(?P<office>(?:[a-z-]+\s+){{0,2}}?{_PERSON_ROLES})"
    # ("The Russian ambassador to Britain has said": where the office holder is posted is no speaker)
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"(?:\s*,\s*(?:who|whose)\s[^,;]{3,160},)?"
    r"\s+(?:(?:also|has|had|later|again)\s+)?$"
)


def office_named_alone(text: str) -> str:
    """The office a sentence's speaker is named by alone, as written in lower case ('"...," the health
    minister said' -> "health minister", "..., said the judge." -> "judge"); "" when the speaker is named
    otherwise or nobody speaks. The same reading as `find_speaker`'s, so that the person the report names
    with that office (events.extract.coreference) is given to exactly the sentences it reads so."""
    speech = speech_in(text)
    if speech is None:
        return ""
    described = _DESCRIBED_SPEAKER.search(text[: speech.start()])
    if (
        described is None
        and INVERTIBLE.fullmatch(speech.group())
        and _INVERSION_POINT.search(text[: speech.start()])
    ):
        described = _DESCRIBED_AFTER.match(text, speech.end())
    if described is None:
        described = _NATION_OFFICE_SPEAKER.search(text[: speech.start()])
    return " ".join(described.group("office").lower().split()) if described is not None else ""


_OUTLET_WORDS = frozenset(
    "newspaper paper daily weekly magazine website broadcaster channel tabloid beast".split()
)


def an_outlet(speaker: str, local: list[Entity]) -> bool:
    """Whether the speaker is a news outlet: one the lists know as such, or a name of a newspaper's form
    ("The Sunday Times", "The Wall Street Journal", "the Daily Beast")."""
    if not speaker:
        return False
    if any(e.name == speaker and e.role == NEWS_OUTLET for e in local):
        return True
    words = speaker.lower().split()
    # ("The Sunday Times of London": the paper's noun need not close its name)
    return len(words) >= 2 and (
        any(w in _PAPER_NOUNS or w in _OUTLET_WORDS for w in words[1:]) or words[0] == "daily"
    )


_PAPER_NOUNS = frozenset(
    """times telegraph post herald mail express mirror star news tribune journal ledger gazette chronicle
    courier guardian observer independent globe inquirer examiner dispatch bulletin""".split()
)
# A person's name (two capitalised words) right before the speech verb: the verb's own subject.
# "the commission", "the appeals panel", "its board has": a definite noun phrase, in lower case, right before
# the verb and opening its clause
_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"(?:(?:also|has|have|had|now|later|earlier|then|again)\s+)*$"
)
_NAMED_SUBJECT = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+\s*$")


_STATE_NOUNS = frozenset(
    """government officials authorities forces troops military ministry army navy police embassy diplomats
    leaders leader president minister prime foreign spokesman spokeswoman spokesperson state side cabinet
    parliament delegation envoy ambassador officers soldiers coast border health defence defense
    interior official diplomat officer soldier source sources intelligence security lawmaker lawmakers
    legislators senator commander commanders general air prosecutors prosecutor court judge regulator
    regulators agency central national federal""".split()
)


def _describes_a_nonstate_noun(text: str, entity: Entity) -> bool:
    if entity.text.lower() == country_name(entity.country).lower():
        return False  # "Kenya said": the country's own name
    # ("U.S. groups": the abbreviation's own full stop may stand between)
    noun = re.match(r"\.?\s+([a-z][\w-]*)", text[entity.end :])
    if noun is None or SPEECH.fullmatch(noun.group(1)) or FINITE_VERB.fullmatch(noun.group(1)):
        return False  # "The French said": the people of the country, speaking
    return noun.group(1) not in _STATE_NOUNS


_TIME_OPENING_WORDS = (
    r"(?:(?:last|this|on|late|early|earlier|later)\s+(?:\w+day\s+)?(?:night|morning|afternoon|evening|week|month"
    r"|year|\w+day)|yesterday|today|tonight|overnight|\w+day)\b"
)
_TIME_OPENING = rx(rf"^{_TIME_OPENING_WORDS}[\s,]*")
_STATE_VOICE_WORDS = frozenset(
    "senior top government state high-ranking ranking foreign security military".split()
)
_VOICES_OF_A_BODY = frozenset(("spokesman", "spokeswoman", "spokesperson", "official", "aide", "source"))


def _collective_speaker(
    before: str, local: list[Entity], story_country: str = "", last_speaker: str = ""
) -> tuple[str, str, bool]:
    """The body of people just before the speech verb, with the country its words name:
    "Kenyan authorities" -> ("Kenyan authorities", "KEN"); "officials" -> ("Officials", ""). An office
    whose country is not said is the one of the country the article's last speaker belongs to, when it
    closes the sentence ("..., the interior ministry said." -> "Turkey's interior ministry"). A lone voice
    of a body that names no body ("a spokesman said") speaks for the organisation the report last heard
    (`last_speaker`, when it is one by its form), as a briefing reads it. An office whose owner is not said
    that opens or closes its clause speaks by its own words ("The rebel army said" -> "Rebel army"); else
    it names nobody."""
    found = _COLLECTIVE.search(before)
    if found is None:
        return "", "", False
    phrase, noun = found.group(1).strip(), found.group(2).lower()
    start = found.start(1)
    country = next((e.country for e in local if e.start >= start and e.end <= found.end(1) and e.country), "")
    # "the government in Bangui said": the capital it sits in says whose government
    seat = next(
        (e for e in local if e.kind == "place" and found.end(1) <= e.start < found.end() and e.country), None
    )
    seated = not country and seat is not None
    country = country or (seat.country if seat is not None else "")
    # (only a name inside the phrase: one after the verb is in what was said)
    if any(e.kind == "actor" and start <= e.start < len(before) for e in local):
        return "", "", False  # "the party's officials": a named body is the speaker, found as an actor
    closing = re.search(r",\s*((the|a|an)\s+)?$", before[:start], re.IGNORECASE) is not None
    # ("The interior ministry said ...", opening the sentence, in a story of one country's speakers)
    opening = re.fullmatch(
        r"[\s\"“”']*(?:(?:but|and|meanwhile|later|earlier)\s+)?(?:the\s+)?", before[:start], re.I
    )
    office = noun.split()[-1] in _OFFICES
    if (
        not country
        and office
        and (closing or opening is not None)
        and story_country
        and not any(e.kind == "country" for e in local)
    ):
        words = [
            w
            for w in phrase.split()
            if w.lower() not in ("the", "a", "an") and w.lower() not in _LINKING_WORDS
        ]
        return f"{country_name(story_country)}'s {' '.join(words).lower()}", story_country, False
    region = _IN_A_REGION.match(before, found.end(1))
    if not country and office and region is not None and not found.group("body"):
        # "the health ministry in the state of North Tarvia said": the region's own office, whose country
        # no list gives (none, rather than a wrong one)
        name = " ".join(
            phrase.split()[1:] if phrase.split()[0].lower() in ("the", "a", "an") else phrase.split()
        )
        return f"{name[:1].upper()}{name[1:]} of {region.group('region')}", "", False
    if any(e.kind == "country" for e in local if e.end <= start) and not country:
        # "in China, officials said": China speaks
        return "", "", False
    # ("N) settled government claims": a kind word inside the clause; "It purported to come from the health
    # ministry, told people ...": a phrase set off by a comma from the verb, the end of another clause)
    if (
        not country
        and office
        and ((not closing and opening is None) or before[found.end(1) :].lstrip().startswith(","))
    ):
        return "", "", False
    if not country and office:
        # "The ministry said", "The army said": whose it is is not said, but the body still speaks, as a
        # briefing puts it ("Ministry says ..."), rather than no one; only as the subject of the verb of
        # saying, opening or closing its clause ("The firm settled army claims": a noun's modifier)
        words = _TIME_OPENING.sub("", phrase).split()
        # (the words after the last article: "the day the government announced" is the government's, not a
        # "day government")
        articles = [i for i, w in enumerate(words) if w.lower() in ("the", "a", "an")]
        bare = words[articles[-1] + 1 :] if articles else words
        while len(bare) > 1 and bare[0].lower() in _LINKING_WORDS:
            bare = bare[1:]
        if found.group("body") or not bare:
            return "", "", False
        # ("The rebel army said", "The opposition government said": a word that says whose body it is
        # belongs to its name; the bare kind would be another body)
        name = " ".join(bare).lower()
        return name[:1].upper() + name[1:], "", False
    # keep only the words that belong to the body: "Kenyan authorities", not "then Kenyan authorities" nor
    # "Last night experts"
    # (never into the body's own words: "the coast guard" is the Coast Guard, not "Guard")
    words = _TIME_OPENING.sub("", phrase).split() or phrase.split()
    while len(words) > len(noun.split()) and (
        (words[0].islower() and words[0] not in BODY_MODIFIERS) or words[0].lower() in _LINKING_WORDS
    ):
        words = words[1:]
    if (
        len(words) > 1
        and [w.lower() for w in words] == noun.split()
        and words[-1].title() in ORGANISATION_HEADS
    ):
        # a body of several words named by its kind alone is written as its name ("coast guard" -> "Coast
        # Guard"), the form its capitalised mentions take
        words = [w[:1].upper() + w[1:] for w in words]
    body = found.group("body") or ""
    if country and not body and noun in _VOICES_OF_A_BODY:
        # "a senior Ukrainian official said": one unnamed voice of a state speaks for it; "a U.S. Trade
        # Representative spokesperson": for the body it names
        owner = phrase[: len(phrase) - len(noun)].strip()
        capitals = [w for w in owner.split() if w[:1].isupper()]
        country_words = {
            w for e in local for w in e.text.split() if e.country == country and e.kind == "country"
        }
        if any(w not in country_words for w in capitals if w.lower() not in ("the", "a", "an")):
            return re.sub(r"^(?:the|a|an)\s+", "", owner, flags=re.IGNORECASE), country, False
        # ("a US aid official": one of an agency's staff, not the state's voice)
        others = [
            w.lower() for w in owner.split() if w not in country_words and w.lower() not in ("the", "a", "an")
        ]
        if all(w in _STATE_VOICE_WORDS for w in others):
            return country_name(country), country, False
    named_body = re.sub(r"^\s+(?:for|of|at)\s+(?:the\s+)?", "", body, flags=re.IGNORECASE)
    if named_body[:1].isupper() and noun in _VOICES_OF_A_BODY:
        # "a spokeswoman for Cathay Pacific said": the body speaks through her, as a briefing names it ("a
        # spokesman for the mayor" stays who he is)
        return named_body, country, False
    if not country and not body and noun in _VOICES_OF_A_BODY and [w.lower() for w in words] == [noun]:
        # "a spokesman said", "an official said": a role word alone names nobody; the body it speaks for
        # is the organisation that spoke last, if any
        # (an organisation by its form, "Harbour Board" or "NWG", never a person nor "Officials")
        last_words = last_speaker.split()
        organisation = any(w in ORGANISATION_HEADS or (w.isupper() and len(w) > 1) for w in last_words)
        if organisation and not any(w.lower() in COLLECTIVE_SPEAKERS for w in last_words):
            return last_speaker, "", False
        return "", "", False
    if (
        not country
        and not body
        and noun in _VOICES_OF_A_BODY
        and [w.lower() for w in words[:-1]] in (["company"], ["firm"])
        and _COMPANY_NAME.search(last_speaker)
    ):
        # "Halden Shipping Ltd said ... . The closures will cost 400 jobs, a company spokeswoman said": a
        # firm's voice speaks for the firm heard last, when its form says it is one
        return last_speaker, "", False
    # ("officials at the port in Tarvik": the seat is named in the body's phrase already, not twice)
    seat_after = f" in {seat.text}" if seated and seat and seat.text not in body else ""
    name = " ".join(words) + body + seat_after
    return name[:1].upper() + name[1:], country, False


# "in the state of North Tarvia", "in the province of Marren": a region that seats a body
_IN_A_REGION = rx(
    r"\s+in\s+the\s+(?:state|province|region|county|district|prefecture|canton|territory)\s+of\s+"
    r"(?P<region>(?-i:[A-Z])[\w’'-]+(?:[\s-]+(?-i:[A-Z])[\w’'-]+){0,2})"
)


# ", it said", "; it also said": "it" is the subject of the verb of saying that closes the sentence
_IT_CLOSING = re.compile(r"[,;:]\s*(?:(?:and|but)\s+)?it\s+(?:(?:also|has|had|later|then|now)\s+)*$")
# what may follow a verb of saying that closes a sentence: "it said on Monday.", "it said in a statement."
_CLOSES_THE_SENTENCE = re.compile(r"[^,;:“”\"]{0,40}$")
# what opens a sentence before its subject
_SENTENCE_OPENS = re.compile(
    r"^[\s\"“”']*(?:(?:But|And|Yet|Meanwhile|Later|Earlier)\s*,?\s+)?(?:[Tt]he\s+)?$"
)


def _what_it_stands_for(
    text: str, it_at: int, verb: int, people: list[Entity], last: tuple[str, str]
) -> tuple[str, str, bool]:
    """Who "it" is in "..., drawing on figures from the Tarvian government, it said": the body already read
    for it (`_it_named`), else the body that opens the sentence as its subject, else the body heard last;
    never a body or a country named in the words before, after a preposition, which tell what was said or
    where it came from."""
    read = next((e for e in people if it_at <= e.start < verb), None)
    if read is not None:
        return _speaker_of(read)
    opening = next(
        (
            e
            for e in people
            if e.end <= it_at
            and _SENTENCE_OPENS.match(text[: e.start])
            and not (e.kind == "actor" and names_a_person(e))
            and not (e.kind == "country" and _describes_a_nonstate_noun(text, e))
        ),
        None,
    )
    if opening is not None:
        return _speaker_of(opening)
    if last[0] and not may_be_a_person(last[0]):
        return last[0], last[1], True
    return "", "", False


# "Tarvex, the co-owner of Norvik's smelter, said", "after Jane Hill of Ohio, the senior Democrat on the
# transport committee, said": a name set off by an apposition of lower-case words right before the verb
# (not after "and", which may join it to a name before: "Staff at Norvik and Tarvex, the two firms, said")
_APPOSITION_CLOSES = re.compile(
    # (opening the sentence or a clause joined by a conjunction; not after a comma, where it may be a second
    # apposition of a name before: "Jim Roe, Chief Executive of Tarvex, a small explorer, said")
    r"(?:^|[“”\"]\s*|\b(?:after|before|when|while|as|because|since|until|though|although|but|that)\s+)"
    r"(?:(?:But|And|Yet|Meanwhile|Later|Earlier|However)\s*,?\s+)?"
    # ("For its part, Acme, ...", "In a statement, Acme, ...": an opening phrase of small words, no name)
    r"(?:(?:For|In|On|At|By)(?:\s+[a-z]+){1,3}\s*,\s+)?"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.’'-]*)){0,5}?)"
    # ("Acme, one of Europe's largest retailers, said": "one of" opens an apposition as an article does)
    r"\s*,\s+(?:(?:a|an|the)\s+[a-z]|one\s+of\s+)[^,;:“”\"()]{2,140}?"
    r",\s*(?:(?:has|have|had|also|later|earlier|on\s+\w+day|\w+day)\s+)*$"
)
# "Jane Hill of Ohio": where the person is from closes the name
_FROM_A_PLACE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$")


def _head_of_apposition(text: str, verb: int, people: list[Entity]) -> tuple[str, str, bool] | None:
    """The name an apposition right before the verb describes, which speaks: who is named inside the
    apposition (whose the thing described is, the body the person serves on) only describes it. None when
    the sentence is not so built, or the name is no name ("In Lagos", "On Monday")."""
    found = _APPOSITION_CLOSES.search(text, 0, verb)
    if found is None:
        return None
    name = found.group("name")
    words = name.split()
    if (
        words[0].lower() in NOT_A_NAME
        or words[0] in NOT_NAMES
        # ("Va., the bill's sponsor, said": a short word with a full stop is an abbreviation, of a state or a
        # title, cut from its name)
        or (len(words) == 1 and name.endswith(".") and len(name) <= 5)
        or any(w.lower() in _MONTHS_AND_DAYS for w in words)
    ):
        return None
    inside = [e for e in people if found.start("name") <= e.start < found.end("name")]
    # ("Retired Coast Guard Adm. Jane Roe, the incident commander, said": the name that closes the words
    # before the apposition is who it describes; a body before it is where she serves)
    actor = next(
        (e for e in reversed(inside) if e.kind == "actor" and e.end == found.end("name")),
        next((e for e in inside if e.kind == "actor"), None),
    )
    if actor is not None:
        return _speaker_of(actor)
    if inside:
        # ("Kenya, the region's largest economy, said": a country by its name speaks; by its adjective it
        # describes the name it opens, left to the reading below)
        country = inside[0]
        if country.start == found.start("name") and not _describes_a_nonstate_noun(text, country):
            return _speaker_of(country)
        return None
    place = _FROM_A_PLACE.search(name)
    if place is not None and may_be_a_person(name[: place.start()]):
        name = name[: place.start()]
    return name, "", False


# A news outlet no list names, as the subject before the verb: "Nigeria's state broadcaster reported",
# "..., the state-run newspaper said", "a local radio station said"
_OUTLET_NOUN = (
    r"(?:broadcaster|newspaper|tabloid|magazine|(?:news|press|wire)\s+(?:agency|service|website|channel)"
    r"|(?:state|official|local|national)\s+media|(?:television|TV|radio)(?:\s+(?:station|network|channel))?)"
)
# ("the magazine" alone: one named before)
_THE_OUTLET_ALONE = re.compile(rf"[Tt]he\s+{_OUTLET_NOUN}")
_OUTLET_SPEAKS = re.compile(
    r"(?:^|[,;:“”\"]\s*)"
    r"(?P<outlet>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}['’]s\s+)?"
    # (words that describe the outlet, never a phrase of place or time: "appeared day after day on TV")
    # ("With TV and radio calling on ...": nor two joined)
    r"(?:(?!(?i:on|in|at|to|of|for|from|with|by|into|after|before|over|under|about|day|days|and|or)\b)"
    r"[A-Za-z][\w.-]*\s+){0,3}?"
    rf"{_OUTLET_NOUN})"
    r"(?:\s+(?:today|yesterday|on\s+\w+day|\w+day|has|have|also|later|earlier))*\s*$"
)


def _outlet_speaker(found: re.Match[str], people: list[Entity]) -> tuple[str, str, bool]:
    """An outlet no list names speaks as itself, a media organisation: "Nigeria's state broadcaster" is not
    Nigeria speaking; the country it names is only where it is ("Nigeria's state broadcaster", "NGA")."""
    phrase = re.sub(r"^(?:the|an?)\s+", "", " ".join(found.group("outlet").split()), flags=re.IGNORECASE)
    country = next(
        (e.country for e in people if found.start("outlet") <= e.start < found.end("outlet") and e.country),
        "",
    )
    return phrase[:1].upper() + phrase[1:], country, False


def _speaker_of(entity: Entity) -> tuple[str, str, bool]:
    name = entity.name if entity.kind == "actor" else country_name(entity.country) or entity.name
    return name, entity.country, False


def acting_country(text: str, span: tuple[int, int], local: list[Entity], figures: list[Figure]) -> str:
    """The country doing the act: after "by" in the passive ("captured by Ukrainian forces"), else the
    nearest country, demonym or actor before the trigger word — never the nationality of the people a
    figure counts ("the two Chinese nationals his forces had captured")."""
    local = [e for e in local if not any(f.start <= e.start and e.end <= f.end for f in figures)]
    passive = re.search(r"\b(be|been|being|was|were|is|are)\s+(\w+ly\s+)?$", text[: span[0]], re.IGNORECASE)
    by = re.match(r"\s+by\s+", text[span[1] :])
    if by:
        after = [e for e in local if e.start >= span[1] + by.end() and e.country]
        if after and after[0].start - (span[1] + by.end()) <= 30:
            return after[0].country
    if passive:
        return ""  # "11,000 soldiers have been deployed": the passive names no doer unless "by" follows
    before = [e for e in local if e.end <= span[0] and e.country and span[0] - e.end <= 60]
    if before:
        return before[-1].country
    return ""


# (the place a person is from may stand between name and description: "Rep. Ana Pike of Oregon state, the top
# Democrat on the harbour committee, said")
_APPOSED = re.compile(
    r"^(?:\s+(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,2}?)?"
    rf",\s+(?:an?|the|[a-z][\w-]*)\s[^,;]{{0,140}},\s*{_QUOTED_AS_TAIL}$"
)


# ", Labour MEP for the East Midlands,", ", Deputy Director of Ports,": a title of capitalised words with no
# verb set apart after a name
# A verb that acts on the person or body named after it: "criticised Jane Roe", "accused the ministry"
_ACTING_ON = compile_gated(
    r"\b(?:critici[sz]e[sd]?|accuse[sd]?|blame[sd]?|praise[sd]?|thank(?:s|ed)?|urge[sd]?|condemn(?:s|ed)?"
    r"|rebuke[sd]?|fault(?:s|ed)?|fire[sd]?|sack(?:s|ed)?|sue[sd]?|attack(?:s|ed)?|implicate[sd]?"
    r"|single[sd]?\s+out)\s+(?=[A-Za-z])"
)
_TITLE_APPOSED = re.compile(rf"^,\s+[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){{0,10}}?,\s*{_QUOTED_AS_TAIL}$")
# "ambassador to the United Nations", "envoy to Sudan": the posting of the one who speaks
_POSTED_TO = rx(
    r"\b(ambassadors?|envoys?|representatives?|delegates?|delegation|mission|emissary|observers?)\s+(to|at)\s+"
    r"(the\s+)?$"
)
# the capitalised words between a title's first word and a person's name: "Senate Majority Leader"
_TITLE_RUN = re.compile(r"^(?:\s+[A-Z][\w’'.-]*){0,4}\s+$")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence's quotations stand, however long ("..." or “...”, paired in order)."""
    return [(m.start(), m.end()) for m in CLOSED_QUOTE.finditer(text)]


# An office a possessive country names ("Kenya's envoy", "France's foreign minister", "Egypt's central bank"):
# one who holds it, or the body, speaks for that country
_OFFICES_OF_A_STATE = (
    r"(?:envoys?|ambassadors?|ministers?|ministry|ministries|secretary|president|presidency|premier|chancellor"
    r"|spokes(?:man|woman|person)|representatives?|delegates?|delegation|mission|embassy|consulate|bank"
    r"|regulator|agency|commission|prosecutors?|negotiators?|officials?|diplomats?|foreign\s+office|cabinet"
    r"|leader|coast\s+guard|chief\s+of\s+staff)"
)
_COUNTRY_OFFICE = rx(rf"[’']s\s+(?P<office>(?:[\w-]+\s+){{0,2}}?{_OFFICES_OF_A_STATE})\b")
# (where it is posted or sits, "to the United Nations", "in Nairobi", then when, between it and its verb)
_POSTED_THEN_VERB = re.compile(
    r"(?:\s+(?:to|at|in)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3})?"
    r"(?:\s+(?:has|have|had|also|now|later|earlier|again|today|yesterday|on\s+[A-Z][a-z]+day))*\s*"
)


def _office_of_a_country(text: str, named: list[Entity], verb: int) -> tuple[str, str, bool] | None:
    """The office a possessive country names right before the verb at `verb` ("Kenya's envoy said" ->
    ("Kenya's envoy", "KEN")): who holds it speaks for the country; None when no such office is the
    subject."""
    for entity in named:
        if entity.kind != "country" or not entity.country or _people_of(entity):
            continue
        office = _COUNTRY_OFFICE.match(text, entity.end)
        if office is None or _POSTED_THEN_VERB.fullmatch(text, office.end(), verb) is None:
            continue
        words = " ".join(office.group("office").split())
        return f"{entity.text}'s {words}", entity.country, False
    return None


def _envoy_of(text: str, posted: list[Entity], before: list[Entity]) -> tuple[str, str, bool] | None:
    """The state whose envoy speaks ("Mexico's ambassador to the UN said" -> Mexico), when the envoy's
    country is named right before the role; None when no envoy opens the subject."""
    for entity in posted:
        role = _POSTED_TO.search(text[max(0, entity.start - 40) : entity.start])
        if role is None:
            continue
        role_at = max(0, entity.start - 40) + role.start()
        whose = [
            e
            for e in before
            if e.end <= role_at and re.fullmatch(r"(?:[’']s?)?\s+(?:[\w-]+\s+){0,2}", text[e.end : role_at])
        ]
        if whose:
            return _speaker_of(whose[-1])
    return None


def _titled_person(text: str, first: Entity, people: list[Entity]) -> Entity:
    """The person a run of capitalised title words ends with ("Senate Majority Leader Tom Hale"), or the
    entity found first when none follows it."""
    return next(
        (
            e
            for e in people
            if e.start > first.end
            and e.kind == "actor"
            and names_a_person(e)
            and _TITLE_RUN.match(text[first.end : e.start])
        ),
        first,
    )


RELATIVE_ASIDE = rx(r",\s+(who|which|whose)\b[^,;]*(,|$)")
# The description of a named speaker: "..., said Jane Roe, a lawyer who leads the lawsuits." to the end of
# the sentence, or "Jane Roe, a lawyer who leads the lawsuits, said ..." up to the verb of saying
# (a description opens on an article, "who", or a role with no article: "said Jane Roe, president of the
# growers' union who toured the farms")
_ROLE_WITH_NO_ARTICLE = (
    rf"(?-i:[a-z][\w-]*\s+){{0,3}}?(?:{alternatives(PERSON_ROLES)})(?=\s+(?:of|at|for|with)\b)"
)
_DESCRIPTION_OPENS = rf"(?:an?|the|who|{_ROLE_WITH_NO_ARTICLE})"
# (words that may stand between a subject and its verb of saying: "Jane Roe, ..., also said")
_SAYING_ADVERBS = r"(?:(?:also|later|earlier|again|then)\s+)?"
_SPEAKER_DESCRIBED = compile_for_search(
    r"\b(?:said|says|told|added|warned)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?:an?|the|who)\s+[^;]*$"
    # (a role with no article only where the attribution closes the sentence: "..., said Jane Roe, president
    # of the union who ..."; "The bank said Jane Roe, head of its retail arm, will replace ..." tells of her)
    rf"|(?<=[,”\"]\s)(?:said|says|told|added|warned)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*,\s+"
    rf"{_ROLE_WITH_NO_ARTICLE}\s+[^;]*$"
    # (up to the verb, not over it: "Tom Hale, the site foreman, told the inquiry" tells the inquiry as
    # "Tom Hale told the inquiry" does)
    rf"|[A-Z][\w.'’-]*,\s+{_DESCRIPTION_OPENS}\s+[^,;]{{3,120}},\s+(?={_SAYING_ADVERBS}(?:said|says|told|added|warned)\b)"
    # "The envoy who led the talks in 2015, Anna Roe, said ...": a subject that tells who the speaker is by
    # what they once did, before their name
    r"|^(?:The|An?)\s+[^,;]{1,60}?\b(?:who|that)\s+[^,;]{3,120},\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+"
    rf"(?={_SAYING_ADVERBS}(?:said|says|told|added|warned)\b)"
)
# The relative clause of a description, from its pronoun to the next comma: "who took office in March"
# (in lower case: "the WHO's chief" names a body, no relative clause)
_DESCRIBING_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b[^,;]*")


def speaker_described(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence that only describe its named speaker."""
    return [(m.start(), m.end()) for m in _SPEAKER_DESCRIBED.finditer(text)]


def speaker_relative_clauses(text: str) -> list[tuple[int, int]]:
    """The relative clauses inside the descriptions of a named speaker ("said Jane Roe, a lawyer who filed the
    suit on Monday", "Jane Roe, who takes office on Friday, also said ..."): a date in one is of what that
    clause tells, never of the saying ("..., said Jane Roe, the mayor, on Tuesday" holds none)."""
    spans = []
    for start, end in speaker_described(text):
        found = _DESCRIBING_RELATIVE.search(text, start, end)
        if found is not None:
            spans.append((found.start(), found.end()))
    return spans


FINITE_VERB = rx(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|does|says|said|told|\w{2,}ed"
    rf"|{alternatives(IRREGULAR_PAST)})\b"
)


# Who speaks, named by what they are: an office, a working group or a body ("the envoy", "election monitors",
# "the truce commission", "the head of the disaster agency")
_SPEAKER_NOUN = rx(
    rf"\b(?:{alternatives(PERSON_ROLES)}|monitors?|observers?|organi[sz]ers?|mission|workers|officials"
    r"|authorities|spokes(?:man|woman|person)|negotiators|mediators|envoys|ministry|department|agency|authority"
    r"|office|council|commission|committee|board|panel|team|unit|command|centre|center|service|bureau)s?\b"
)
# ... as the phrase's head: its last word, or the word before a phrase that says of what or where ("the envoy
# to the UN", "the head of the election commission"; "officials deny that anyone" holds a verb)
_SPEAKER_HEAD = re.compile(
    rf"{_SPEAKER_NOUN.pattern}(?:\s+(?:of|to|for|at|in|from|on)\s+[^,;:]+)?$", _SPEAKER_NOUN.flags
)
# The saying's subject, from where its clause opens to the verb of saying ("Haiti's envoy to the UN said")
_SUBJECT_BEFORE_SAYING = re.compile(
    r"(?:^|[,;:“”\"(]\s*|\b(?:and|but|while|as|when)\s+)(?P<who>[^,;:“”\"()]{2,80}?)"
    r"(?:\s+(?:has|have|had|also|later|earlier|again))*\s*$"
)
# The speaker after the verb of a closing attribution or after "according to", to the next comma or the end
# (", said the head of the election commission.", "according to truce monitors")
_SPEAKER_AFTER_SAYING = re.compile(r"\s+(?P<who>[^,;:.“”\"()]{2,80}?)\s*(?:[,;.]|$)")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_CLOSING_ATTRIBUTION_BEFORE = re.compile(r"(?:[,!?][\"”’]?|[\"”])\s*$")


def speaker_phrase(text: str, speech: re.Match[str]) -> tuple[int, int] | None:
    """The span of the noun phrase that names who speaks, when it names them by an office, a group or a body
    and holds no verb: "The UN envoy said the repairs would take years", "Turnout was high, according to
    the election commission". A word of a happening in it ("envoy", "election") tells who speaks, not what
    happened."""
    if speech.group().lower().startswith("according") or _CLOSING_ATTRIBUTION_BEFORE.search(
        text[: speech.start()]
    ):
        found = _SPEAKER_AFTER_SAYING.match(text, speech.end())
    else:
        found = _SUBJECT_BEFORE_SAYING.search(text, 0, speech.start())
    if found is None:
        return None
    who = found.group("who")
    # (a capitalised word is a name's, never the verb: "the United Nations envoy")
    if (
        len(who.split()) > 10
        or FINITE_VERB.search(_CAPITALISED.sub("", who))
        or not _SPEAKER_HEAD.search(who)
    ):
        return None
    return found.span("who")


_COURT_OFFICER = rx(r"\b(?:judges?|court|tribunal|magistrates?)\b")


def court_speaks(text: str, speech: re.Match[str]) -> bool:
    """Whether the subject of the verb of saying is a court or its judge ("Presiding Judge Jane
    Roe said", "the appeals court said"): what they say is a step of the case, a ruling."""
    found = _SUBJECT_BEFORE_SAYING.search(text, 0, speech.start())
    if found is None:
        return False
    who = found.group("who")
    return (
        len(who.split()) <= 10
        and not FINITE_VERB.search(_CAPITALISED.sub("", who))
        and _COURT_OFFICER.search(who) is not None
    )


# A body of state opening its sentence as the subject of what it did: "Kenya's health ministry has ordered",
# "The Tarvian army retook", "Police arrested" (after an opening phrase of time, "On Monday,")
_ACTING_KINDS = "|".join(sorted(_OFFICES | {"authorities"}))
_BODY_ACTS = re.compile(
    rf"^[\s\"“]*(?:(?:Meanwhile,?|(?i:{_TIME_OPENING_WORDS})[\s,]*)\s*)?"
    r"(?:(?:But|And)\s+)?(?:[Tt]he\s+)?"
    r"(?P<body>(?:(?P<owner>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?)['’]s\s+|(?P<people>[A-Z][a-z]+)\s+)?"
    rf"(?P<kinds>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ACTING_KINDS})|(?<![\w\s])(?i:{_ACTING_KINDS})))"
    r"\s+(?P<aux>(?:(?:has|have|had|also|then|later|now|on\s+[A-Z][a-z]+day)\s+)*)(?P<verb>[a-z]{3,}ed)\b"
    # (what follows the verb: "The police involved were suspended", "The army deployed to the border", "The
    # government owned airline collapsed": a participle describing the body, no act of it)
    r"(?P<after>\s+(?!on\s+[A-Z][a-z]+day)(?:was|were|is|are|in|to|by|at|from|on)\b"
    r"|\s+(?!(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|more|some|all|no)\b)"
    r"[a-z][\w-]*\s+(?:[a-z]{3,}ed|was|were|is|are|has|had)\b)?"
)


# ("Police arrested protesters gathered outside", "The army evacuated residents trapped by the flood": the
# verb acts on people, whom the next participle describes; the body did the act)
_PEOPLE_ACTED_ON = re.compile(
    rf"\s+(?:{PEOPLE_PLURAL}|(?-i:[a-z]{{3,}}(?:ers|ors|ants|ents))|people|civilians|residents|villagers"
    r"|passengers|migrants|refugees|youths|children|women|suspects|prisoners|detainees|students|crowds)\s"
)


def acting_body(text: str, local: Sequence[Entity], offset: int = 0) -> str:
    """The body of state that opens a sentence as the doer of its act, by the name a briefing gives it:
    "Kenya's health ministry has ordered schools shut" -> "Kenya's health ministry", "The army retook the
    town" -> "Army"; "" when the sentence opens otherwise, or a name of its own opens it (a named body is
    found as an actor already), or the owner is not a country ("Acme's board")."""
    found = _BODY_ACTS.match(text)
    if found is None or found.group("verb") in ("said", "based"):
        return ""
    if found.group("after") and not found.group("aux") and not _PEOPLE_ACTED_ON.match(found.group("after")):
        return ""  # "The police involved were suspended": the participle says which police
    words = found.group("kinds").lower().split()
    owner = found.group("owner") or found.group("people")
    if owner is None and any(w not in BODY_MODIFIERS for w in words[:-1]):
        return ""  # "the ruling party government": with no country, only the body's own kinds of words
    if owner is not None:
        at = found.start("owner") if found.group("owner") else found.start("people")
        country = next(
            (e for e in local if e.kind == "country" and e.start - offset == at and e.country), None
        )
        if country is None:
            return ""
        return found.group("body")
    name = " ".join(words)
    return name[:1].upper() + name[1:]

"""Concrete acts told in the simple past by someone who acts, where no kind of happening names the verb.

"In the north, crews removed the barriers", "The health ministry mobilised its reserve of vaccines",
"Officials lifted the curfew": news copy reports the day's doings of a named actor, or of a body or a
working group of people ("crews", "engineers", "the company"), in the simple past, with whatever verb fits.
No list of kinds of happening can hold every such verb, so the act is found by its form: a subject that
can act, then a finite verb in the simple past that tells a deed, not a state, a view, a feeling or words.
What the subject is and what the verb is are decided here; events.extract.dating decides where in a report
such a clause is news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.extract.entities import Entity
from events.extract.patterns import compile_gated
from events.extract.quantities import CARDINALS
from events.extract.vocabulary import (
    DAY_OF_SAYING,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    SAME_AS_THE_PRESENT,
    alternatives,
)

# Words that open a sentence before its subject and are no part of it: a linking word ("Meanwhile,"), a
# short phrase of place or time ("In the capital,", "Earlier,", "Later in the day,")
_OPENING = re.compile(
    r"^(?:(?:but|and|so)\s+)?(?:(?:meanwhile|separately|elsewhere|also|earlier|later|in\s+addition|overnight"
    r"|at\s+the\s+same\s+time)\s*,\s+"
    r"|(?:in|at|on|across|off|near|outside|inside|along|around|later|earlier)\s+[^,;:“”\"]{2,40},\s+)",
    re.IGNORECASE,
)

# Groups of people whose work the news reports, named by what they do: "crews", "engineers", "officials"
# (a crowd of the public, "residents", "fans", is colour and is not here)
_WORKING_GROUP = (
    r"crews?|engineers|technicians|divers|workers|officials|authorities|troops|soldiers|police|officers"
    r"|firefighters|rescuers|rescue\s+teams|medics|doctors|nurses|scientists|researchers|investigators"
    r"|inspectors|prosecutors|regulators|lawmakers|legislators|senators|ministers|diplomats|negotiators"
    r"|mediators|volunteers|shares|stocks|markets|investors|robots|managers|executives|staff"
)
# Bodies that act as one: "the company", "the ministry", "the committee"
_BODY = (
    r"government|administration|ministry|department|agency|authority|company|firm|corporation|group|bank"
    r"|council|court|commission|committee|board|panel|parliament|congress|senate|embassy|police|army|military"
    r"|navy|union|charity|organi[sz]ation|foundation|institute|university|hospital|school|team|party"
)
_ACTOR_HEAD = re.compile(rf"\b(?:{_WORKING_GROUP}|{_BODY})$", re.IGNORECASE)


def actor_class(phrase: str) -> bool:
    """Whether a noun phrase ends in a word for a body or a working group ("the port authority", "rescue
    crews"): something that can act, own and speak, as "the weather" or "the talks" cannot."""
    return _ACTOR_HEAD.search(re.sub(r"[’']s?$", "", phrase.strip())) is not None


# Words of a subject that names no one: a pronoun or the writer, a word that opens a clause, a clause of
# time ("Hours after the crews left, the dam broke") and an auxiliary in the run before the verb ("Crews had
# removed", "The firm has not paid"); shared by the subject of a deed and of a thing done to
_PRONOUN_OR_CLAUSE = (
    r"he|she|it|they|we|i|you|this|that|these|those|what|who|which|how|when|where|why|whether|if|as"
    r"|because|while|after|before|since|until|once|although|though"
)
_AUXILIARY = (
    r"had|has|have|was|were|is|are|be|been|will|would|could|should|may|might|must|did|does|do|not|never"
)
# A subject that is no actor of the report: a pronoun (who it is was told before, often long before: a
# profile's "He opened a practice"), the writer ("we"), or a clause ("What followed ...")
_NO_ACTOR = re.compile(
    rf"\b(?:{_PRONOUN_OR_CLAUSE}|{_AUXILIARY}"
    r"|like|such|some|many|most|few|other|others|each|one|both|all"
    # (a subject that denies the deed: "Neither the mayor nor the firm gave an estimate", "No official
    # attended", "Nobody claimed the ransom")
    r"|neither|nor|no|nobody|none"
    # (a phrase that opens the sentence with no comma before the verb: "With the allies having provided
    # arms, the war ...")
    r"|having|being|with|without|despite|amid|during|following|given|to|for|by)\b",
    re.IGNORECASE,
)

# Verbs in the simple past that tell a state, a view, a feeling, a relation, an effort that may come to
# nothing, a cause or an estimate, not a deed: "The firm had 200 staff", "Officials feared a second wave",
# "Investors wanted answers", "The leak led to the closure", "Analysts pegged the cost at $2bn" (words said
# are read elsewhere, as remarks)
_NOT_A_DEED = frozenset(
    """was were had did became seemed appeared remained stayed looked felt knew thought believed hoped
    feared wanted needed wished liked loved hated expected wondered considered tried attempted failed
    sought struggled continued kept lived lay stood sat waited watched faced lacked owned included
    involved contained meant showed suggested indicated proved came went got used led caused helped
    allowed enabled required prompted triggered sparked fuelled fueled raised reflected represented
    marked remembered recalled noticed saw heard found learned learnt realised realized understood
    agreed disagreed declined refused worried welcomed praised criticised criticized blamed accused
    urged warned called described noted added said told asked answered replied explained insisted argued
    claimed stressed admitted acknowledged confirmed denied announced reported estimated predicted
    forecast promised vowed pledged appealed depended belonged resembled deserved happened occurred
    existed mattered counted numbered totalled totaled amounted ranged averaged topped reached surpassed
    exceeded doubled tripled worked spent responded reacted pegged reckoned calculated projected valued
    grew studied graduated served trained retired married divorced celebrated inherited compared likened
    echoed leased thanked congratulated greeted hailed commended saluted applauded
    """.split()
    # (steps of a life, "The governor studied law and served two terms in the senate", and its feasts, "The
    # senator celebrated his birthday", tell who someone is; a courtesy, "The mayor thanked the volunteers",
    # is words, no deed)
)
_SIMPLE_PAST = alternatives(w for w in IRREGULAR_PAST if w not in SAME_AS_THE_PRESENT)
_SUBJECT_AND_VERB = re.compile(
    r"^(?P<subject>(?:[\w’'.&/-]+\s+){0,6}?[\w’'.&-]+)"
    # ("The mayor, under pressure after a week of floods, closed the bridge": an aside set off by two commas
    # between the subject and its verb tells how the subject stood, and is no part of it)
    r"(?:,\s(?P<aside>[^,;:“”\"]{3,120}),)?"
    r"\s+(?:(?:also|then|later|quickly|finally|promptly|swiftly|immediately)\s+)?"
    rf"(?P<verb>[a-z]{{3,}}ed|{_SIMPLE_PAST})\b"
    # ("The company used to sponsor the club": a habit of the past, no deed)
    r"(?!\s+to\b)"
    # ("The act launched by Senator Roe was drafted with ...": before "by" and who did it the form is a
    # participle of a clause that describes the subject, not the main verb; "fell by a third" is a verb)
    r"(?!\s+by\s+(?:(?:the|its|his|her|their)\b|(?-i:[A-Z])))"
)
# Where the head of a subject ends: "The crew of the tug", "Shares in the carrier", "Officials and
# volunteers" (the first is enough to tell that someone acts)
_PREPOSITION_OR_PARTICIPLE = re.compile(
    r"\s(?:of|from|in|at|on|for|with|to|by|near|under|over|into|and|or|who|which|that)\s", re.IGNORECASE
)

# A person's pronoun and "also" before the verb: "She also signed ..." ("They also developed lesions" may be
# of animals or patients, who do no deed of the story)
_ALSO_AFTER_PRONOUN = re.compile(r"^(?:he|she)\s+also\s+", re.IGNORECASE)
# A span of time or a time long before: "He also covered the sector for three years", "She also once ran ..."
_SPAN_OR_LONG_AGO = re.compile(
    r"\bfor\s+(?:\w+\s+){0,2}(?:years|months|decades|weeks)\b|\b(?:since|once|previously|formerly)\b"
    r"|\bin\s+the\s+past\b|\bas\s+a\s+(?:young|child|student)\b",
    re.IGNORECASE,
)

# "created the task force because the mayor would not act": a deed given with its reason is told to explain
# the story, not as its news; "did not", "hasn't": no deed was done
_WHY_OR_NOT = re.compile(r"\bbecause\b|n[’']t\b", re.IGNORECASE)
# "Firefighters joined them and soon reached the woman": a deed done to someone told of before is a step
# of a story the report narrates, not a happening it reports
_NARRATED = re.compile(r"\s+(?:them|him|her|us)\b", re.IGNORECASE)


# Words that put the sentence on the story's own line of time, told as it unfolds: "Meanwhile,", "Earlier,",
# "By then,", "A week later,", "Within hours,". After them a past perfect or a past progressive is a step of
# the story ("Meanwhile, the crew had begun cutting the hull", "A week later, the premier was announcing a
# review"); without them, "The firm had warned of the risk" is more often the story's backstory
_NARRATIVE_OPENING = re.compile(
    r"^(?:(?:but|and|so)\s+)?(?:meanwhile|earlier|later|afterwards?|by\s+then|by\s+that\s+time"
    r"|(?:soon|shortly)\s+after(?:wards)?|within\s+(?:minutes|hours|days)"
    rf"|(?:a|an|one|two|three|four|five|six|several|a\s+few|{alternatives(CARDINALS)}|\d+)"
    r"\s+(?:minutes?|hours?|days?|weeks?)\s+later)\s*,\s+",
    re.IGNORECASE,
)
_PARTICIPLE = rf"(?:[a-z]{{3,}}ed|{alternatives(IRREGULAR_PARTICIPLES)})"
# The verb of such a step: "had (already) begun", "were (still) pumping"
_NARRATED_VERB = re.compile(
    r"^(?P<subject>(?:[\w’'.&/-]+\s+){0,6}?[\w’'.&-]+)\s+"
    r"(?:(?P<perfect>had)\s+(?:also\s+|already\s+|just\s+|then\s+|now\s+)?(?!been\b)(?P<participle>"
    + _PARTICIPLE
    + r")|(?:was|were)\s+(?:also\s+|already\s+|then\s+|now\s+)?(?P<progressive>[a-z]{3,}ing))\b",
    re.IGNORECASE,
)
# "-ing" forms of states, moves of no deed and words said: "was waiting", "were hoping", "was saying"; and
# of what befalls the subject or how it fares, whose simple past is irregular or no state: "was losing
# money", "were running short of food", "were rising", "was growing"
_NOT_A_DEED_ONGOING = frozenset(
    """being having doing going getting coming saying telling seeing thinking feeling keeping living
    losing running earning bleeding burning gaining rising falling growing shrinking sinking mounting
    suffering sleeping sitting standing lying owing""".split()
)


def _deed_ongoing(verb: str) -> bool:
    """Whether an "-ing" form tells a deed ("cutting", "announcing"), not a state or words ("waiting",
    "hoping", "warning"), by its simple past in _NOT_A_DEED ("waited", "hoped", "warned")."""
    verb = verb.lower()
    stem = verb[:-3]
    # ("hoping" -> "hoped", "seeing" -> "seed" is harmless; a doubled consonant, "planning" -> "planned",
    # is the stem's own)
    pasts = {stem + "ed", stem + "d"}
    return verb not in _NOT_A_DEED_ONGOING and not pasts & _NOT_A_DEED


def _narrated_deed(text: str) -> int | None:
    """After an opening that sets the sentence on the story's line of time, a main clause in the past
    perfect or the past progressive that tells a deed: where the clause starts."""
    opening = _NARRATIVE_OPENING.match(text)
    if opening is None:
        return None
    found = _NARRATED_VERB.match(text[opening.end() :])
    if found is None:
        return None
    participle, progressive = found.group("participle"), found.group("progressive")
    if participle is not None and participle.lower() in _NOT_A_DEED:
        return None
    if progressive is not None and not _deed_ongoing(progressive):
        return None
    return opening.end()


# The same deed told in the passive, with who did it after "by": "The request was granted by the court",
# "The offer was accepted by the transport minister as a first step". News copy turns a sentence round to
# put the thing done first; the one named after "by" is still the one who acts, and must be an actor or a
# body as the active's subject must. A participle of a standing relation or of a thing's origin ("was
# owned by", "was founded by", "was built by", "was caused by") tells what the thing is, not a deed.
_PASSIVE_BY = re.compile(
    r"^(?P<subject>(?:[\w’'.&/-]+\s+){0,6}?[\w’'.&-]+)"
    r"(?:,\s(?P<aside>[^,;:“”\"]{3,120}),)?"
    r"\s+(?:was|were)\s+(?:(?:also|then|later|quickly|finally|formally|swiftly|immediately|duly|officially)\s+)?"
    rf"(?P<verb>[a-z]{{3,}}ed|{alternatives(IRREGULAR_PARTICIPLES)})\s+"
    r"(?:(?:over|out|up|down|off|back|in)\s+)?by\s+(?P<agent>[^,;:“”\"()]{2,80}?)"
    r"(?=\s+(?:as|to|for|in|on|at|after|before|with|from|which|who|that|and|but|while|because|during|over"
    r"|under|amid|following|when|if)\b|\s*[,;:.!?]|\s*$)",
    re.IGNORECASE,
)
# Feelings told in the passive: "were outraged by", "was moved by"
_FEELINGS = alternatives(
    """outraged angered upset frustrated infuriated incensed stunned dismayed horrified appalled encouraged
    heartened moved touched troubled disturbed puzzled baffled impressed""".split()
)
_NOT_A_DEED_DONE_TO = frozenset(
    """owned founded built designed written made run operated led developed known followed accompanied
    chaired headed employed produced directed funded financed backed supported opposed hit struck caused
    held controlled occupied represented replaced dominated surrounded covered affected impacted hampered
    plagued dogged driven prompted triggered sparked fuelled fueled inspired influenced shaped matched
    outnumbered overshadowed eclipsed overtaken beaten defeated trailed named nicknamed dubbed called
    described seen viewed regarded considered deemed thought believed understood expected estimated
    reported quoted cited told asked given shown joined attended watched heard read used
    preceded served insured leased chartered contracted hired licensed""".split()
)
# The offices both who acts by an office (`_OFFICE_HOLDER`) and who speaks for a body (`_OFFICE`) are named by
_OFFICE_WORDS = (
    r"minister|president|premier|chancellor|governor|mayor|secretary|chief|director|commissioner|ambassador"
    r"|general|commander|chairman|chairwoman|spokes(?:man|woman|person)"
)
# One who holds an office, named by it: "the transport minister", "a federal judge", "the town's mayor",
# "its chief executive". News copy names who acts by the office as often as by the name, once the name is
# given or when it does not matter ("The mayor closed the bridges")
_OFFICE_HOLDER = re.compile(
    rf"\b(?:{_OFFICE_WORDS}|judge|executive|envoy|prosecutor|regulator|king|queen|pope|coroner|sheriff|senator"
    r"|leader)$",
    re.IGNORECASE,
)


# A subject that names no thing done to: a pronoun, the writer, a clause or an auxiliary ("What was
# decided by the board", "It was agreed by the members"); a preposition may well be in it ("The motion to
# shut the port was rejected by the council")
_NO_THING_DONE_TO = re.compile(rf"\b(?:{_PRONOUN_OR_CLAUSE}|{_AUXILIARY}|having|being)\b", re.IGNORECASE)


# The passive joined to a clause in the present of how the thing stands now: "and now seats 40,000 fans",
# "and still has 300 pupils", "and is now home to"
_AND_NOW = re.compile(
    r"\s*,?\s+and\s+(?:(?:now|still|today)\s+(?:\w+s|has|is|are|have)\b|(?:is|are|has|have)\s+(?:now|still)\b)",
    re.IGNORECASE,
)


def _deed_done_by(main: str, at: int, entities: Sequence[Entity]) -> bool:
    """Whether `main` (the sentence from offset `at` on) opens with a thing done, in the passive, by a
    named actor, a body or a working group after "by" (`_PASSIVE_BY`)."""
    found = _PASSIVE_BY.match(main)
    if (
        found is None
        or found.group("verb").lower() in _NOT_A_DEED | _NOT_A_DEED_DONE_TO
        # ("Residents were outraged by the decision", "were pleased by": a feeling or a state, no deed)
        or _STATE_OR_FEELING.fullmatch(found.group("verb"))
        # ("The stadium was renovated by the council and now seats 40,000": a past step told to describe
        # what the thing is now, no deed of the day)
        or _AND_NOW.match(main, found.end())
    ):
        return False
    # ("He was granted bail by the judge": who was done to stands first in the title, so it is named)
    if _NO_THING_DONE_TO.search(found.group("subject")) or not found.group("subject")[:1].isupper():
        return False
    agent = found.group("agent")
    head = _PREPOSITION_OR_PARTICIPLE.split(f" {agent} ")[0].strip() or agent
    start = at + found.start("agent")
    # (the one named must end the head: "by Roe's decision", "by Roe's predecessor" name a thing or another
    # person of Roe's, not Roe acting)
    named = [
        e
        for e in entities
        if e.kind in ("actor", "country")
        and start <= e.start
        and e.end <= start + len(head) + 1
        and not re.match(r"[’']s?\s+\w", main[e.end - at :])
    ]
    head = re.sub(r"[’']s?$", "", head)
    return bool(named) or _ACTOR_HEAD.search(head) is not None or _OFFICE_HOLDER.search(head) is not None


def past_deed(text: str, entities: Sequence[Entity]) -> str | None:
    """The clause, from its subject on, of a sentence whose main clause tells in the simple past a deed of a
    named actor or a body or working group ("Crews removed the barriers", "Ortega's party filed its list"),
    or, after "Meanwhile," or "A week later,", in the past perfect or progressive ("Meanwhile, the crew had
    begun cutting the hull"), or None. `entities` are the sentence's, with offsets within `text`."""
    narrated = _narrated_deed(text)
    opening = _OPENING.match(text)
    at = narrated if narrated is not None else opening.end() if opening else 0
    main = text[at:]
    found = (_NARRATED_VERB if narrated is not None else _SUBJECT_AND_VERB).match(main)
    if narrated is None and _deed_done_by(main, at, entities):
        return None if _WHY_OR_NOT.search(main) else main
    if found is None:
        return None
    subject = found.group("subject")
    verb = "" if narrated is not None else found.group("verb").lower()
    if verb in _NOT_A_DEED or subject.endswith(","):
        return None
    # "He also granted a request to freeze the accounts": "also" joins the deed to the acts of the person the
    # report has just told of, another of that day's acts, not a step of a life story
    continued = _ALSO_AFTER_PRONOUN.match(main) is not None and not _SPAN_OR_LONG_AGO.search(main)
    if _NO_ACTOR.search(subject) and not continued:
        return None
    if not subject[:1].isupper() and not main[:1].isupper() and at == 0:
        return None  # a sentence cut from its opening by the scrape: "... and removed the barriers"
    # ("The announcement of the plan followed": "followed" is read as a verb whose subject is the whole run
    # of words; the head of an actor is its first noun group, before a preposition or a participle)
    head = _PREPOSITION_OR_PARTICIPLE.split(f" {subject} ")[0].strip() or subject
    named = [
        e
        for e in entities
        if e.kind in ("actor", "country") and at <= e.start and e.end <= at + len(head) + 1
    ]
    head = re.sub(r"[’']s?$", "", head)
    if not named and not continued and not _ACTOR_HEAD.search(head) and not _OFFICE_HOLDER.search(head):
        return None
    if _WHY_OR_NOT.search(main) or _NARRATED.match(main, found.end()):
        return None
    return main


# What a speaker says, in the present, that is news of the report's day rather than a standing view ("X
# says the plan is flawed"): its own act to come ("The carrier says it will refund every fare", "says he
# is ready to sign"), a demand ("The agency says states must keep testing"), or a count of those hit ("The
# charity says up to 40,000 people are homeless")
_SAYS = r"\b(?:says|say)\s+(?:that\s+)?"
_OWN_ACT_TO_COME = (
    r"(?:it|they|he|she)(?:\s+will|[’']ll|\s+(?:is|are)\s+(?:ready|prepared|going|planning|set|about)\s+to"
    r"|[’']s\s+(?:ready|prepared|going|planning|set|about)\s+to|\s+(?:plans?|intends?)\s+to)\s+(?!be\b)[a-z]+"
    # ("The authorities say they are sending a plane": its own act under way; a state, a wait or an effort
    # told in the same tense, "they are hoping", "it is monitoring", is no act)
    r"|(?:it|they|he|she)\s+(?:is|are)\s+(?:now\s+|already\s+)?(?!(?:being|hoping|trying|looking|waiting|expecting"
    r"|considering|monitoring|watching|studying|reviewing|assessing|evaluating|working|doing|feeling|thinking"
    r"|seeking|facing|going|getting|having|taking\s+(?:steps|measures)|talking|speaking|continuing)\b)[a-z]{3,}ing\b"
)
_DEMAND = r"[^,;:“”\"]{1,60}?\bmust\s+(?:not\s+|now\s+|also\s+)?[a-z]+"
_HIT = (
    r"people|persons|cases|patients|deaths|dead|homes|houses|families|children|workers|residents|victims"
    r"|pupils|staff|passengers|refugees"
)
_NUMBER = (
    rf"(?:\d[\d,.]*|{alternatives(CARDINALS)}|hundreds|thousands|millions)"
    r"(?:\s+(?:million|thousand|hundred))?"
)
_COUNT = (
    rf"(?:(?:up\s+to|about|around|nearly|almost|more\s+than|over|at\s+least|some|roughly)\s+"
    # ("say between 100 and 150 people are missing": a count given as a range is as much a count)
    rf"|between\s+{_NUMBER}\s+and\s+|from\s+{_NUMBER}\s+to\s+)?"
    rf"{_NUMBER}"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_HIT})\b"
)
_NEWS_SAID = re.compile(rf"{_SAYS}(?:{_OWN_ACT_TO_COME}|{_DEMAND}|{_COUNT})", re.IGNORECASE)


def news_in_remarks(text: str) -> bool:
    """Whether remarks told in the present ("X says ...") give the report's news: the speaker's own act to
    come, a demand, or a count of those hit; not a view that holds from day to day."""
    return _NEWS_SAID.search(text) is not None


# What a speaker tells its own people have done, after the verb of saying: "The agency said its engineers
# had replaced the valve", "said his crew had located a second plume", "says their teams have reopened the
# road". The act is the news and the saying vouches for it, as with the speaker's own "it has started" and
# someone else's "troops had secured the port" (read in events.extract.background, whose rule for another
# party leaves out a subject that opens with "its", "his" or "their"). Not a view, a feeling, words, a
# measure of change or a count ("its staff had been told", "their costs have risen", "its labs have
# confirmed 12,000 infections").
_WHEN_SAID = (
    rf"\s+(?:{DAY_OF_SAYING}|earlier\s+(?:this\s+\w+\s+|on\s+\w+day\s+)?)"
    r"(?:that\s+)?"
)
# A word of the subject: no verb, no pronoun, no word that opens a clause of its own
_SUBJECT_WORD = (
    r"(?:(?!(?:had|has|have|was|were|is|are|would|will|could|should|may|might|that|which|who|it|they|we|he|she"
    r"|told|said|says|say|reported|saying|and|but|or)\b)[\w’'.()&-]+\s+)"
)
_ADVERB = r"(?:(?:already|now|also|since|successfully|finally|quickly|swiftly|immediately)\s+)?"
# Participles of no deed: being, seeing, feeling, thinking, saying, wanting, trying, a change of measure,
# a count's verbs ("have confirmed 12,000 infections", "had recorded") and what is kept, lost or spent
_NOT_DONE = alternatives(
    """been seen become had said told warned agreed tried failed wanted needed asked urged called spoken
    expressed decided planned hoped expected feared believed thought known intended promised pledged vowed
    threatened demanded denied claimed admitted accepted rejected acknowledged conceded survived lived escaped
    recovered gotten forgotten meant felt learnt learned heard received misled acted lied ignored violated
    breached broken abused neglected deceived cheated stolen mishandled covered hidden concealed falsified
    overstated understated exaggerated underestimated tripled doubled quadrupled halved grown risen fallen
    increased decreased expanded shrunk spread reached surpassed exceeded topped climbed dropped declined
    soared jumped slowed worsened improved eased reported estimated counted recorded confirmed diagnosed
    identified detected found shown left lost kept spent cost paid""".split()
)
_OWN_PEOPLE_ACT = re.compile(
    rf"{_WHEN_SAID}(?:its|his|her|their|our)\s+(?P<people>{_SUBJECT_WORD}{{1,4}}?)(?:had|has|have)\s+{_ADVERB}"
    rf"(?!(?:{_NOT_DONE})\b)(?:[a-z]{{3,}}(?:ed|en)|{alternatives(IRREGULAR_PARTICIPLES)})\b",
    re.IGNORECASE,
)
# Who a speaker's own people are: a working group or a body ("its engineers", "her department"), its crew,
# team, staff or members
_OWN_PEOPLE = re.compile(
    rf"\b(?:{_WORKING_GROUP}|{_BODY}|crew|teams|staff|members|employees|forces|units|agents|lawyers|experts"
    r"|staffers|pilots|sailors|guards|aides)$",
    re.IGNORECASE,
)
# Doubt, a condition or a denial in the words said: no act was done
_UNDONE = re.compile(
    r"\b(?:not|never|no|will|would|could|may|might|should|must|if|unless)\b|n[’']t\b", re.IGNORECASE
)


def own_people_act(text: str, said_end: int) -> re.Match[str] | None:
    """The words after a verb of saying (which ends at `said_end`), up to the participle, when they tell an
    act done by the speaker's own people ("its engineers had replaced"); else None."""
    found = _OWN_PEOPLE_ACT.match(text, said_end)
    if found is None or "," in found.group() or _UNDONE.search(found.group()) is not None:
        return None
    # ("said its appeal had raised $12m": a thing of the speaker's, not its people, and a total as it stands)
    return found if _OWN_PEOPLE.search(found.group("people").strip()) else None


# Participles that tell, in the passive, a state, a feeling, a view or a plan rather than a thing done: "was
# concerned", "were pleased", "was expected", "had been based on", "was scheduled", "were trapped"
_STATE_PARTICIPLES = alternatives(
    """concerned worried pleased satisfied disappointed surprised shocked alarmed saddened delighted
    determined committed prepared interested involved related linked connected based located situated
    scheduled designed supposed allowed considered valued owned named used aware affected infected
    injured killed exposed contaminated flooded damaged destroyed closed trapped stranded isolated confined
    limited restricted contained unchanged unaffected crowded packed filled coated surrounded dedicated
    focused focussed engaged entitled obliged forced tied caught bound held given taken made done seen
    hurried rushed unaccounted unharmed unarmed unscathed untouched unprepared poised triggered caused
    prompted driven motivated marked characterised characterized hampered plagued dogged""".split()
)
# A state or a feeling told in the passive ("were pleased by", "were outraged by"), compiled once
_STATE_OR_FEELING = re.compile(f"(?:{_STATE_PARTICIPLES}|{_FEELINGS})", re.IGNORECASE)
# Wrongs a speaker says were done to someone, in the passive: an accusation, which stays the speaker's claim
# ("said its citizens were singled out", "were mistreated in custody")
_WRONGED = alternatives(
    """singled targeted mistreated harassed discriminated abused neglected ignored punished persecuted
    humiliated insulted threatened intimidated misled deceived cheated betrayed overlooked excluded
    victimised victimized beaten tortured assaulted raped robbed""".split()
)
# A word that opens an adverbial or a clause of its own, never part of what was done's subject ("told
# reporters after the results were announced")
_NO_SUBJECT_WORD = r"(?!(?:after|before|when|while|since|because|as|once|until|following|during|amid)\b)"
# After the verb of saying, a thing done to someone or something, told in the passive: "(that) the bridge was
# successfully reopened", "two ferries have been refloated", "the last survivors were airlifted out"
_REPORTED_PASSIVE = re.compile(
    rf"{_WHEN_SAID}(?:(?:the|a|an|its|his|her|their|our)\s+)?(?P<thing>(?:{_NO_SUBJECT_WORD}{_SUBJECT_WORD}){{1,6}}?)"
    # (not "had been": the past before the remark is what the remark rests on, "said the pipes had been
    # tested", and the remark stays the news)
    rf"(?:was|were|(?:has|have)\s+been)\s+{_ADVERB}"
    rf"(?!(?:{_NOT_DONE}|{_STATE_PARTICIPLES}|{_WRONGED})\b)(?:[a-z]{{3,}}ed|{alternatives(IRREGULAR_PARTICIPLES)})\b"
    # (before "that", "about", "as" or "of" the participle tells words or a state, "were told that"; before
    # "to" and a verb, an aim or a readiness, "was poised to act", "were ordered to leave")
    r"(?!\s+(?:that|about|as|of)\b)"
    r"(?!\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)(?-i:[a-z]))",
    re.IGNORECASE,
)


_JUDGED_AFTER = re.compile(
    r"\b(?:(?:could|would|should|might|must)\s+(?:not\s+)?have|ought\s+to|should)\b", re.IGNORECASE
)
# ("working papers that said the response was hampered": a document's finding, told in a relative clause)
_SAID_IN_A_RELATIVE = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)


# The verbs that report what was done ("suggested", "argued", "feared" put a view; after "told" the one told
# comes first)
_REPORTING = re.compile(r"said|says|say|announced|announces|added|stated|confirmed|reported", re.IGNORECASE)


def reported_passive_act(text: str, said: re.Match[str]) -> re.Match[str] | None:
    """The words after a verb of saying (`said`), up to the participle, when they report a thing done, in the
    passive, with no doubt or denial ("said the bridge was reopened"); else None."""
    if _REPORTING.fullmatch(said.group()) is None or _SAID_IN_A_RELATIVE.search(text, 0, said.start()):
        return None
    found = _REPORTED_PASSIVE.match(text, said.end())
    if found is None or "," in found.group() or _UNDONE.search(found.group()) is not None:
        return None
    # ("said the firm was rushed and could have worked more safely": what it goes on to say is a judgement)
    rest = re.match(r"[^.;]*", text[found.end() :])
    if rest is not None and _JUDGED_AFTER.search(rest.group()) is not None:
        return None
    return found


# What a speaker announces it will do itself, after the verb of saying: "The carrier said it would sell its
# regional arm", "BP said it would cancel the dividend", "The bank says it will release $10m". The act to
# come, made known by the one who will do it, is the news (an announcement takes what it announces);
# words, views, efforts and processes to come ("said it would raise concerns", "would co-operate", "will
# decide", "would review", "would attempt"), a candidacy ("would run again"), a figure foreseen ("would
# cost", "will generate $30bn"), a pledge to pay all that is owed ("will pay all costs", "will honour
# claims") and a manner promised ("will move cautiously") stay remarks
_NOT_A_DEED_AHEAD = alternatives(
    """be have not never need mean remain continue keep stay reach rise fall drop grow lead cause hurt affect
    help make allow become depend see get go take cost like want try seek look consider study review examine
    assess evaluate monitor watch support back welcome ask urge call press push talk speak discuss comment
    respond comply cooperate co-operate coordinate co-ordinate work decide recommend propose raise say tell
    announce insist argue fight do know think hope expect wait face prefer accept reject oppose appeal
    generate earn produce save create provide ensure try attempt meet honor honour visit contact run stand
    now also still soon then just only probably likely further immediately shortly remember forget mourn
    grieve recover survive overcome prevail win lose suffer endure emerge always forever ever""".split()
)
_OWN_DEED_AHEAD = re.compile(
    r"\s+" + DAY_OF_SAYING + r"(?:that\s+)?(?:it|they|we|he|she)\s+(?:would|will)\s+"
    rf"(?:(?:immediately|also|now|soon|then|shortly)\s+)?(?!(?:{_NOT_A_DEED_AHEAD})\b)[a-z]{{3,}}\b"
    # ("will pay all costs", "would meet every claim": a standing pledge, not an act; "will move cautiously",
    # "would act swiftly": a manner promised, not an act)
    r"(?!\s+(?:all|every|any|\w+ly)\b)"
    # ("said the state would pay for it": a deed whose object is only a word for what was told before names no
    # act of its own; "will pay for six sand barriers" does)
    r"(?!(?:\s+for)?\s+(?:it|this|that|them)\s*[.!]?\s*$)",
    re.IGNORECASE,
)
# The verbs that announce: a question, a warning or an argument about what one will do is no announcement
_ANNOUNCING = re.compile(
    r"said|says|say|announced|announces|told|tells|added|stated|confirmed", re.IGNORECASE
)


def own_deed_ahead(text: str, said: re.Match[str]) -> re.Match[str] | None:
    """The words after a verb of saying (`said`) when they announce the speaker's own act to come ("said it
    would sell its regional arm"), up to its verb; else None."""
    if _ANNOUNCING.fullmatch(said.group()) is None:
        return None
    return _OWN_DEED_AHEAD.match(text, said.end())


# A trip of the speaker's, told in the sentence that gives what was said on it: "The minister, visiting the
# flooded districts on Wednesday, said ...", "Speaking on a tour of the coast, Roe said ...", "During a
# visit to the port, the mayor said ...", "Roe, who was on his first visit to the region, said ...", "Roe
# toured the coast and said ...". The trip is news of its own (a visit), beside the remarks; one to come
# ("before a visit to", "ahead of a trip") is not told here
_ON_A_TRIP = (
    r"(?:(?:speaking|talking)\s+(?:on|during|at\s+the\s+end\s+of)\s+|on\s+|during\s+)"
    r"(?:a|an|his|her|their|its|this)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+(?:to|of|in|around)\s+"
)
_TRIP_VERB = (
    r"(?:(?:after|while|when)\s+)?(?:visiting|touring)\s+"
    r"|(?:after|while)\s+(?:taking|making)\s+a\s+(?:[\w-]+\s+)?tour\s+of\s+"
    # ("Arriving in the capital on Tuesday, Roe said", "Roe, who has flown to the capital, said": a journey's
    # end is the trip; a dated "who arrived in the capital on Tuesday" is an aside read in
    # events.extract.dating)
    r"|(?:(?:on|upon|after)\s+)?arriving\s+in\s+"
    # ("who has toured the coast twice since May": visits counted, no trip of the day)
    r"|who\s+(?:has\s+|had\s+)?(?:just\s+|now\s+)?(?:arrived\s+in|fl(?:own|ew)\s+(?:in)?to|travell?ed\s+to)\s+"
)
# Where the trip went: a place or whom it went to, up to the comma that closes the phrase
_TRIP_PLACE = r"(?P<place>[^,;:“”\"()]{3,90}?)"
_SAID_ON_TRIP = (
    r"(?:(?:also|later|then)\s+)?"
    r"(?:said|says|told|tells|added|announced|warned|urged|pledged|promised|vowed)\b"
)
_TRIP_SUBJECT = r"(?P<subject>(?:[\w’'.&-]+\s+){0,6}?[\w’'.&-]+)"
# "The minister, visiting the region on Wednesday, said": the trip set off between the subject and its verb
_TRIP_ASIDE = compile_gated(
    rf"^(?:(?:but|and)\s+)?{_TRIP_SUBJECT},\s+(?P<trip>(?:who\s+(?:was|is)\s+)?(?:{_ON_A_TRIP}|{_TRIP_VERB}){_TRIP_PLACE}),"
    rf"\s+{_SAID_ON_TRIP}",
    re.IGNORECASE,
)
# "Speaking on a tour of the coast, Roe said": the trip opens the sentence
_TRIP_OPENING = re.compile(
    rf"^(?P<trip>(?:{_ON_A_TRIP}|{_TRIP_VERB}){_TRIP_PLACE},\s+){_TRIP_SUBJECT}\s+{_SAID_ON_TRIP}",
    re.IGNORECASE,
)
# "Roe toured the coast and said": the trip is the main clause's first verb, the saying its second
_TRIP_THEN_SAID = compile_gated(
    rf"^(?:(?:but|and)\s+)?{_TRIP_SUBJECT}\s+(?P<cut>(?P<trip>(?:visited|toured)\s+{_TRIP_PLACE}),?\s+and)"
    rf"\s+{_SAID_ON_TRIP}",
    re.IGNORECASE,
)


def trip_told_with_remarks(text: str) -> re.Match[str] | None:
    """The speaker's trip told in a sentence of remarks ("The minister, visiting the region on Wednesday,
    said ..."), or None. The match's "place" is where the trip went, "trip" all the words that tell it, and
    "cut", when there is one, the words to leave out to read the remarks alone ("toured the coast and")."""
    for pattern in (_TRIP_ASIDE, _TRIP_OPENING, _TRIP_THEN_SAID):
        found = pattern.match(text)
        if found is not None and not _NO_ACTOR.fullmatch(found.group("subject")):
            return found
    return None


def trip_verb(trip: str) -> str:
    """How a trip is told in the simple past, up to where it went: "toured" for a tour, "arrived in",
    "flew to" or "travelled to" for a journey's end, "visited" for a visit or a trip."""
    for word, told in (
        (r"tour", "toured"),
        (r"arriv", "arrived in"),
        (r"fl(?:ew|own)", "flew to"),
        (r"travel", "travelled to"),
    ):
        if re.search(rf"\b{word}", trip, re.IGNORECASE):
            return told
    return "visited"


# A main clause whose deed is words given: "The president spoke of his anger", "The minister will address
# the nation on Tuesday", "The health chief gave an update on the outbreak", "The mayor held a news
# conference", "refused to answer questions". The speaking is the news, as a verb of saying tells it
# ("spoke to rescuers", "addressed the problem" and "gave an order" are no words on the record)
_WORDS_GIVEN = compile_gated(
    # ("there was no damage to speak of": an idiom, no one speaks)
    r"\b(?:(?:spoke|speaks|spoken|(?<!\bto\s)speak)\s+(?:(?:on\s+)?\w+day\s+|publicly\s+|out\s+)?(?:of|about)\b"
    r"|(?:spoke|speaks|spoken|speak)\s+(?:(?:on\s+)?\w+day\s+)?to\s+(?:the\s+)?(?:nation|reporters|journalists"
    r"|press|media|parliament|congress|lawmakers|delegates|supporters)\b"
    r"|(?:address|addressed|addresses|addressing)\s+(?:the\s+|a\s+)?(?:nation|country|parliament|congress|senate"
    r"|assembly|reporters|journalists|media|press|delegates|supporters|rally|conference|summit|news\s+conference"
    r"|press\s+conference|joint\s+session)\b"
    r"|(?:give|gave|given|giving|gives|deliver|delivered|delivers|delivering|make|made|making|hold|held|holding)"
    r"\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:update|briefing|speech|address|news\s+conference"
    r"|press\s+conference|interview|televised\s+address|statement)s?\b"
    r"|(?:refused|declined|refuses|declines)\s+to\s+(?:answer|say|discuss|comment|confirm|elaborate)\b)",
    re.IGNORECASE,
)


def words_given(text: str) -> bool:
    """Whether a sentence's deed is words given on the record: a speech, an address, a briefing, remarks
    spoken of something, a question refused ("The minister will address the nation on Tuesday")."""
    return _WORDS_GIVEN.search(text) is not None


# What was said opens on a body as its subject, before the verb: "said the state has begun", "said on Monday
# that the UN would release", "says the ministry is sending" (up to three words after "the")
_BODY_OPENS_SAID = re.compile(
    r"\s+" + DAY_OF_SAYING + r"(?:that\s+)?"
    r"(?P<body>the\s+(?P<name>[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*){0,2}?))"
    r"(?=\s+(?:has|have|had|would|will|was|were|is|are)\b)",
    re.IGNORECASE,
)
# Who holds an office of a body or speaks for it, by the word for the office
_OFFICE = (
    rf"{_OFFICE_WORDS}|spokespeople|officials?|head|administrator|chair|chief\s+executive|ceo|gov\.|superintendent"
    r"|coordinator|co-ordinator|representative|manager"
)
# A body named by what it is, and the offices that head or speak for that kind of body: a governor speaks for
# the state, a minister for the government, the country or the ministry, a mayor for the city
_BODY_OF_OFFICE: tuple[tuple[str, str], ...] = (
    (r"state", r"governor|gov\."),
    (
        r"government|country|nation|administration",
        r"minister|secretary|president|premier|chancellor|prime\s+minister",
    ),
    (r"ministry|department", r"minister|secretary|ministry|department"),
    (r"city|town|council", r"mayor|council"),
    (r"company|firm|group|corporation|carrier|airline|bank", r"chief\s+executive|ceo|chair(?:man|woman)?"),
    (r"army|military|navy|air\s+force", r"general|commander|army|military|navy|defen[cs]e\s+minister"),
    (r"police", r"police|commissioner"),
    (r"agency|authority|commission|organi[sz]ation", r"director|administrator|commissioner|head|chief"),
)
# (compiled once: asked of every teller, they were pushed out of `re`'s cache by the patterns made per name)
_BODY_OF_OFFICE_PATTERNS = tuple(
    (re.compile(body, re.IGNORECASE), re.compile(rf"\b(?:{office})(?!\w)", re.IGNORECASE))
    for body, office in _BODY_OF_OFFICE
)
# A teller who speaks against a body or no longer for it: the opposition, a shadow minister, a former chief,
# a critic
_NOT_ITS_VOICE = re.compile(r"\b(?:opposition|shadow|former|ex-|rival|critics?|outgoing)\b", re.IGNORECASE)
# How the body behaved, judged: "had acted recklessly", "has behaved responsibly", "acted in good faith"
_CONDUCT_JUDGED = re.compile(
    r"\s+(?:(?:has|have|had|was|were)\s+)?(?:not\s+|always\s+|never\s+)?(?:acted|behaved)\s+"
    r"(?:[a-z]+ly|in\s+(?:good|bad)\s+faith)\b",
    re.IGNORECASE,
)
# A bare voice of a body, with no body named: "A spokesman", "a spokeswoman"
_BARE_VOICE = re.compile(
    r"^(?:\W*(?:but|and|meanwhile),?\s+)?(?:a|the)\s+spokes(?:man|woman|person)$", re.IGNORECASE
)


def _speaks_for(name: str, teller: str) -> bool:
    """Whether the teller (the words before the verb of saying) is the body `name` names, holds its office or
    speaks for it: "UN relief chief Omar Baig" for the UN, "Governor Tom Hale" for the state, "The health
    minister" for the government, "A navy spokesman" for the navy; never a critic or an outsider."""
    teller = teller.strip(" ,")
    if not teller or _NOT_ITS_VOICE.search(teller):
        return False
    if _BARE_VOICE.fullmatch(teller):
        return True  # "A spokesman said the agency would ...": the voice of the body named
    named = re.escape(name)
    # (the plain look first, exact in ASCII: the patterns per name below are compiled only when the name is
    # written in the teller, as each of them needs)
    written = not (name.isascii() and teller.isascii()) or name.lower() in teller.lower()
    if written and (
        # ("The ministry said the ministry ...", "The UN said ...": the teller is the body)
        re.fullmatch(rf"(?:the\s+)?(?:[\w.'’-]+\s+){{0,2}}{named}", teller, re.IGNORECASE)
        # ("UN relief chief Omar Baig", "a navy spokesman", "the ministry's spokesman", "head of the agency")
        or re.search(rf"\b{named}(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_OFFICE})\b", teller, re.IGNORECASE)
        or re.search(rf"\b(?:{_OFFICE})\s+(?:of|for|at)\s+(?:the\s+)?{named}\b", teller, re.IGNORECASE)
    ):
        return True
    return any(body.fullmatch(name) and office.search(teller) for body, office in _BODY_OF_OFFICE_PATTERNS)


def told_as_its_own(text: str, said: re.Match[str]) -> str | None:
    """The sentence with the subject of what was said put as "it", when that subject is the speaker's own
    body ("Governor Tom Hale said the state has begun building a sea wall" -> "... said it has begun ..."), so
    that what is said reads as the speaker's own act; None when the subject is no body of the speaker's.
    The words before the verb of saying are who speaks; a body they only name ("critics of the
    government") is not theirs."""
    found = _BODY_OPENS_SAID.match(text, said.end())
    if found is None or not _speaks_for(found.group("name"), text[: said.start()]):
        return None
    if _CONDUCT_JUDGED.match(text, found.end()):
        return None  # "the chairman said the company had acted recklessly": a judgement of conduct, no act
    return text[: found.start("body")] + "it" + text[found.end("body") :]


def deed_verb(verb: str) -> bool:
    """Whether a verb's past form tells a deed, not a state, a view, a feeling or words ("closed", not
    "watched" or "feared")."""
    return verb.lower() not in _NOT_A_DEED


# An order or advice given to a group, told in the passive present perfect: "Pupils back from the region
# have been told to stay away from school", "Residents have been ordered to leave", "have been advised not
# to travel". It is a measure taken by the time of the report, whoever the subject is (the people it binds
# are named, those who gave it seldom are); words told ("have been told that ...") or a state to be ("have
# been asked to be patient") are no order
_INSTRUCTED_IN_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?been\s+(?:told|ordered|instructed|advised|urged|warned)"
    r"\s+(?:not\s+)?to\s+(?!(?:be|have|expect|prepare)\b)[a-z]{3,}\b",
    re.IGNORECASE,
)
# the order told inside a relative clause or a condition ("pupils, who have been told to ...", "if residents
# have been told to leave")
_INSTRUCTION_SUBORDINATE = re.compile(
    r"\b(?:who|which|that)\s+$|\b(?:if|unless|whether|when|because|since|although)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def instruction_in_perfect(text: str) -> re.Match[str] | None:
    """The words of an order or advice given to a group, told in the passive present perfect in the main
    clause ("have been told to stay away from school"); else None."""
    found = _INSTRUCTED_IN_PERFECT.search(text)
    if found is None or _INSTRUCTION_SUBORDINATE.search(text, 0, found.start()):
        return None
    return found

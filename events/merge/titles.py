"""Headlines: a sentence's clause of what happened -> a short title of who did what.

    "The ministry, which took office in May, said on Monday that 40 people (mostly miners) had been
    rescued from the flooded shaft near Oruro, according to state media."
        -> "40 people had been rescued from the flooded shaft near Oruro"

Parentheses, dash asides, relative clauses after a comma, opening dates and closing attributions are
dropped; what is still longer than TITLE_MAX is cut where a phrase ends (a comma, "and", "after", a
preposition), never inside one, and only as a last resort in the middle with "…".
"""

from __future__ import annotations

import re

from events.extract.entities import COLLECTIVE_SPEAKERS, ORGANISATION_HEADS, TITLE
from events.schema import TITLE_MAX

ELLIPSIS = "…"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# (a hyphen with a space on each side is a dash in scraped text: "the earthquake - which is feared ... - was")
_DASH_ASIDE = re.compile(r"\s+(?:--|—|–|-)\s+[^—–]{1,160}?\s+(?:--|—|–|-)\s+")
# "Roe, speaking to reporters after the tour, said": the occasion between a subject and its verb
_OCCASION_ASIDE = re.compile(
    r"(?<=\w),\s+(?:speaking|writing|talking|addressing|appearing|testifying)\b[^,;]{0,80},(?=\s+[a-z])"
)
# "This, he said, should be done within weeks": the attribution set in the middle of what was said
_SAID_ASIDE = re.compile(
    r"(?<=\w),\s+(?:he|she|they|it|we|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:said|says|added|argued|insisted|warned)(?:\s+on\s+\w+day)?,\s+(?=[a-z])"
)
_LINKING_ADVERB = re.compile(
    r"^(?:therefore|however|meanwhile|still|nevertheless|nonetheless|indeed|instead|moreover|clearly|now|so"
    r"|also|yet|but|and|in\s+addition|in\s+fact|of\s+course),\s+",
    re.IGNORECASE,
)
_OPENING_AND = re.compile(r"^(?:And|But)\s+(?=\w)")
_PARENTHESES = re.compile(r"\s*\([^()]{0,120}\)")
# (a comma between digits, "2,000 families", does not close the clause)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|where)\b(?:[^,;]|(?<=\d),(?=\d))*(?:,|$)")
_OPENING_DATE = re.compile(
    rf"^(?:(?:on|in|by|since|from)\s+)?(?:\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier\s+this)\s+(?:week|month|year))[,:]?\s+",
    re.IGNORECASE,
)
# "on Wednesday", "late on Saturday", "on 20 April": the date has its own column, a headline leaves it out
# "until 7 June", "as early as Wednesday": the word that leads to the date goes with it
_DATE_ADVERBIAL = re.compile(
    r"\s+(?:(?:until|till|since|(?i:as\s+(?:early|late|soon|far\s+back)\s+as)|no\s+later\s+than)\s+(?=\S))?"
    rf"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # ("ahead of Saturday night's concert": the day names the concert, and stays with it)
    rf"(?!\s+(?:morning|afternoon|evening|night)['’]s)(?:\s+(?:morning|afternoon|evening|night))?|\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}"
    rf"(?:,?\s+\d{{4}})?)(?=[\s,.;:]|$)",
)
# ", the ministry said on Monday" after a comma; without one only a short tail may follow the verb ("the
# minister said in a statement"): "Roe never said the quake was God's wrath" is what was said, not who
_SAID_VERB = (
    r"(?:as\s+)?(?:\w+\s+){0,4}(?:said|says|told\s+\w+|reported"
    # "the bureau added 27 firms to its list": "added" with an object is no attribution
    r"|added(?!\s+(?:\d|the\b|an?\b|its\b|their\b|his\b|her\b|more\b|new\b)))\b"
)
_CLOSING_ATTRIBUTION = re.compile(
    rf"(?:,(?:[\"”’]|'')?\s*(?:according\s+to\b.*|{_SAID_VERB}[^,]*)"
    rf"|\s+(?:according\s+to\b.*|{_SAID_VERB}(?:\s+[^,\s]+){{0,3}}))$",
    re.IGNORECASE,
)
# Where a phrase ends, from the strongest break to the weakest; a cut keeps the words before it.
_BREAKS = (
    # (a hyphen with a space on each side is a dash in scraped text)
    re.compile(r"\s*(?:[,;:]|\s(?:--|—|–|-))\s"),
    re.compile(
        r"\s(?:and|but|as|after|before|while|when|because|since|although|though|which|who|where|until|amid"
        # ("researchers are investigating | whether the samples ...", "it works only | if injected")
        r"|whether|if|unless)\s"
    ),
    # a participle phrase that adds to the clause: "... legal action | stemming from the spill"
    re.compile(
        r"\s(?:including|stemming|following|leaving|killing|prompting|forcing|raising|causing|citing|urging"
        r"|adding|bringing|making|saying)\s"
    ),
    re.compile(
        r"\s(?:with|in|on|at|for|from|by|over|into|to|of|near|during|under|against|without|about|than)\s"
    ),
    # last: before a relative "that" ("... had provided information | that would assist ...")
    # (not after a verb: "what fascinated him was | that the carbon ...", "he said | that")
    re.compile(r"(?<!\bwas)(?<!\bis)(?<!\bwere)(?<!\bare)(?<!\bsaid)(?<!\bsays)(?<!\bso)(?<!\bsuch)\sthat\s"),
)
_MIN_KEPT = 35
# A title never ends on a word that leads to what was cut after it ("... to shut until", "... as far back"):
# the date or phrase it led to has its own column or did not fit
_TRAILING_LEAD = re.compile(
    r"(?:\s+(?:until|till|since|during|from|of|at|as\s+(?:early|late|soon|far\s+back)(?:\s+as)?"
    r"|no\s+later\s+than|(?-i:the|a|an|and|or|but)))+$",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"(?:\s+(?:the|a|an|and|or|but|of|to|in|on|at|for|by|with|from|as|that|its|their|his|her"
    # ("... blamed the firm for the spill, | saying": the participle led to what was cut)
    r"|saying|adding|including|citing"
    # ("... tickets have been sold ahead | of the concert": the word that led to the phrase cut off)
    r"|ahead|prior|according|instead|regardless"
    # ("... carry out a test to see | whether ...": the verb that led to the question cut off)
    r"|to\s+(?:see|check|determine|decide|establish|assess|find\s+out|learn)"
    # ("a statement said those | who broke the order ...", "charities such | as ...", "the service last |
    # year"): a word that needs the noun or phrase cut off after it
    r"|those|these|such|last|next|the\s+fact))+$"
)
# Words that open a sentence and are no name, so "X says" may lower-case them: "X says the talks ..."
COMMON_OPENERS = frozenset(
    """the a an this that these those it its there such no many some we our they their he his she her i
    all both each every most more any one two three but you therefore however clearly now so yet still
    also then today if when as while because although though despite unless once after before since what
    how why where nobody nothing everyone everything someone something none every certainly perhaps maybe
    there's it's that's other others people years only even just not without with in on at for from by to
    of about over under during within among instead yes well tomorrow yesterday tonight last next few
    little much less my your here we're they're we've they've we'll fellow""".split()
)


def headline(clause: str, *, speaker: str = "", speech: bool = False) -> str:
    """A title of at most TITLE_MAX characters from the clause of a report; speech gets its speaker
    ("Jane Roe says the talks will resume") unless the clause already opens with the speaker."""
    text = tidy(clause) or " ".join(clause.split()).strip(" ,.;:\"“”'‘’`")
    if len(text) > TITLE_MAX:
        # "By not calling for help at once, he had made things worse": the main clause, before any "X says"
        text = _main_clause_after_opening(text) or text
    opening = text.lower()[: len(speaker) + 40]
    # "Prosecutors claim Conrad Murray ...": a clause that names its speaker early needs no "X says"
    named = bool(speaker) and speaker.lower()[:20] in opening
    # "Roe, speaking to reporters, said ...": the clause opens with the speaker's surname
    surname = speaker.split()[-1] if len(speaker.split()) > 1 else ""
    # ("Mr Griffin described ...", "Adm Allen said ..." name Nick Griffin and Thad Allen too)
    named = named or (len(surname) > 2 and re.match(rf"(?:{TITLE})?{re.escape(surname)}\b", text) is not None)
    # "It was handing out tents, but warned that ...": a clause whose subject is a pronoun does not name
    # who spoke, whatever verb of saying comes later in it
    pronoun = _PRONOUN_OPENING.match(text)
    if speech and speaker and pronoun and _SAYING.fullmatch(pronoun.group(2)) and _a_body(speaker):
        return fit(f"{speaker} {text[pronoun.end(1) :].lstrip()}")  # "It said ..." -> "The agency said ..."
    if speech and speaker and not named and (not _SAYING.search(text) or pronoun):
        first = text.split(" ", 1)[0]
        written_lower = clause.lstrip(" \"“'‘`")[:1].islower()  # reported words as the sentence has them
        pronoun_i = re.match(r"I\b(?!\.)", text) is not None  # "X says I always ...", never "i"
        if not pronoun_i and (
            written_lower
            # "We're running out", "They've left": a contraction opens with its pronoun
            or re.split(r"[’']", first.lower().rstrip(",;:"))[0] in COMMON_OPENERS
            # "X says in my 42 years ...", "X says yes, people will ...": a preposition or an answer
            or first.lower().rstrip(",;:") in _LOWER_AFTER_SAYS
            or _PAST_VERB.fullmatch(first)
        ):
            text = text[:1].lower() + text[1:]
        # "Called Beijing the key enabler": the clause lost its subject, the speaker is it
        plural = _PLURAL_SPEAKER.search(speaker) or _PLURAL_NOUN.fullmatch(speaker)
        says = "say" if plural else "says"
        text = f"{speaker} {text}" if _PAST_VERB.fullmatch(first) else f"{speaker} {says} {text}"
    return fit(text)


_LOWER_AFTER_SAYS = frozenset(
    "in on at for with from by during under over without within until yes well even only just".split()
)
_PRONOUN_OPENING = re.compile(r"(?i)(it|he|she|they|we)\s+(\w+)")


def _a_body(speaker: str) -> bool:
    """A speaker "it" can stand for: an organisation by its form ("Harbour Authority", "WHO")."""
    return any(
        word in ORGANISATION_HEADS
        or word.lower() in COLLECTIVE_SPEAKERS
        or (word.isupper() and len(word) > 1)
        for word in speaker.split()
    )


# The clause already tells who spoke ("a spokesperson declined to comment", "Lin gave a statement").
_SAYING = re.compile(
    r"\b(said|says|told|declined\s+to\s+comment|statement|announced|called|urged|warned|stressed|claims?"
    r"|claimed|denied|denies|insists?|insisted)\b",
    re.IGNORECASE,
)
# "Officials", "Kenyan authorities", "Analysts": a body of people says in the plural
_PLURAL_SPEAKER = re.compile(
    # ("Diplomats in Dakar": where they sit does not make them one)
    r"(?i)\b("
    + "|".join(sorted(w for w in COLLECTIVE_SPEAKERS if w.endswith("s") or w == "police"))
    + r")(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?$"
)
# "Relatives", "Rescuers", "Witnesses": one word naming people in the plural
_PLURAL_NOUN = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ants|ents|ians|ees|ives|ies|ials|esses)")
_PAST_VERB = re.compile(r"(?:[A-Z][a-z]{2,}ed|Said|Told|Spoke|Gave|Made|Met|Took|Sent)")


# A conjunction before a clause with its own subject: a determiner, a pronoun, a number or a name
_OPENING_CONJUNCTION = re.compile(
    r"^(?i:where|when|as|while|since|although|though|after|because)\s+(?=(?:the|a|an|its|his|her|their|they|he|she"
    r"|it|we|two|three|four|five|several|\d[\d,.]*|[A-Z][\w’'-]+)\s)"
)


# A wire service's page head and dateline the scrape left before the first sentence: an optional section
# and "|", an optional weekday and time, then the city in capitals and a dash
_WIRE_HEAD = re.compile(
    r"^(?:[^|]{0,40}\|\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[A-Z]{2,4}\s+)?"
    r"[A-Z]{3,}[A-Z.,/' ]{0,40}(?:\([^()]{1,30}\))?\s+[-–—]+\s+(?=[A-Z])"
)
# A picture caption or subheading in capitals that the scrape ran into the sentence after it
_CAPTION_RUN_IN = re.compile(r"^(?:[A-Z][A-Z’'.-]+,?\s+|\d{1,3},\s+){2,10}(?=[A-Z][a-z]|A\s)")


def tidy(clause: str) -> str:
    """The clause without asides, opening dates, relative clauses and closing attributions."""
    text = " ".join(clause.split())
    text = _WIRE_HEAD.sub("", text)  # "U.S. | Wed 10:59 am EDT WASHINGTON - Microbes ..."
    caption = _CAPTION_RUN_IN.match(text)
    if caption and len(re.findall(r"\b[A-Z]{4,}\b", caption.group())) >= 2:
        text = text[caption.end() :]  # "ENA ZIZI, 69, CATHOLIC CHURCH Ms Zizi said ...": a caption ran in
    text = _DASH_ASIDE.sub(" ", text)
    text = _OCCASION_ASIDE.sub("", text)
    text = _SAID_ASIDE.sub(" ", text)
    text = _PARENTHESES.sub("", text)
    without = _RELATIVE.sub(_after_relative, text)
    # "The tanker, the Aurora Star, was escorted": an apposition between a subject and its verb
    without = _APPOSITION_BEFORE_VERB.sub("", without)
    if _FINITE.search(without):
        text = without  # "Jane Roe, who was with him when he died" keeps the verb it has
    for _round in range(2):
        text = _OPENING_DATE.sub("", text)
        text = _LINKING_ADVERB.sub("", text)  # "However, the port reopened" -> "The port reopened"
        text = _OPENING_AND.sub("", text)  # "And a paramedic said ..." -> "A paramedic said ..."
    # "Where an outbreak was declared in August", "As the suit was filed": the clause, not the conjunction
    opening = _OPENING_CONJUNCTION.match(text)
    # (a comma may lead to the main clause, "After X resigned, the party ...", which the conjunction needs)
    if opening and _FINITE.search(text[opening.end() :]) and not re.search(r",\s", text):
        text = text[opening.end() :]
    shorter = _DATE_ADVERBIAL.sub("", text)
    if len(shorter.split()) >= 4:
        text = shorter
    shorter = _CLOSING_ATTRIBUTION.sub("", text)
    if len(shorter.split()) >= 4:
        text = shorter
    text = text.strip(" ,.;:\"“”'‘’`")
    shorter = _TRAILING_LEAD.sub("", text)
    if len(shorter.split()) >= 4:
        text = shorter.rstrip(" ,;:")
    text = _balance_quotes(text)
    return text[:1].upper() + text[1:]


_AUXILIARY_NEXT = re.compile(r"\s*(?:is|are|was|were|has|have|had|will|would)\s")
_APPOSITION_BEFORE_VERB = re.compile(
    r"(?<=[a-z]),\s+(?:the|a|an)\s+[^,;]{1,60},(?=\s+(?:is|are|was|were|has|have|had|will|would|said|says)\s)"
)


def _after_relative(found: re.Match[str]) -> str:
    """What stands where a relative clause was: its closing comma, or nothing before its subject's verb
    ("Jane Roe, who raised the alert, is trying ..." -> "Jane Roe is trying ...")."""
    if not found.group().endswith(","):
        return ""
    # ("announced the move, which should help 2,000 families, at a reading": the phrase goes on with no comma)
    following = found.string[found.end() :].lstrip()
    first = following.split(" ", 1)[0]
    # ("The barrier, which had held for years, failed on Sunday": the subject's own verb follows)
    subject_verb = (
        _AUXILIARY_NEXT.match(found.string, found.end())
        or first in _PREPOSITIONS
        or (first.islower() and _FINITE.fullmatch(first) is not None)
    )
    return "" if subject_verb else ","


def fit(text: str) -> str:
    """`text` in at most TITLE_MAX characters, cut at the end of a phrase; "…" only when no phrase ends
    after the first _MIN_KEPT characters."""
    text = " ".join(text.split())
    if len(text) <= TITLE_MAX:
        return _balance_quotes(text)
    for pattern in _BREAKS:
        cuts = [
            m.start() for m in pattern.finditer(text, 0, TITLE_MAX + 8) if _MIN_KEPT <= m.start() <= TITLE_MAX
        ]
        for cut in reversed(cuts):
            kept = _balance_quotes(_DANGLING.sub("", text[:cut].rstrip(" ,;:—–-")).rstrip(" ,;:—–-"))
            # a cut must leave a clause: "The government of the Congo | and the rebels signed" does not
            if _MIN_KEPT <= len(kept) <= TITLE_MAX and not is_fragment(kept):
                return kept
    main = _main_clause_after_opening(text)
    if main:
        return fit(main)
    shortened = text[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:—-")
    return _balance_quotes(shortened, room=False) + ELLIPSIS


_OPENING_SUBORDINATE = re.compile(
    r"^(?i:before|after|when|while|as|although|though|because|since|once|until|by|despite|with|without|in)\s"
)


def _main_clause_after_opening(text: str) -> str:
    """The main clause of a long sentence that opens with subordinate clauses or phrases ("Before the
    hearing began, before the jurors sat down, the defence had conceded ..." -> "the defence had conceded
    ..."), or "" when there is none that is a clause."""
    if not _OPENING_SUBORDINATE.match(text):
        return ""
    for comma in re.finditer(r",\s+", text):
        rest = text[comma.end() :]
        first = rest.split(" ", 1)[0].lower()
        if first in _NOT_OPENING or first in _PREPOSITIONS or _OPENING_SUBORDINATE.match(rest):
            continue
        verb = _FINITE.search(rest, 0, 60)
        # ("the Kuwait fund, about a larger stake, the boss is ...": no comma between a subject and its verb)
        if verb is not None and "," not in rest[: verb.start()] and not is_fragment(rest):
            return rest[:1].upper() + rest[1:]
    return ""


def _balance_quotes(text: str, room: bool = True) -> str:
    """Close a quotation a cut left open, when there is room for the mark."""
    if text.count("“") > text.count("”"):
        text = text + "”" if room and len(text) < TITLE_MAX else text.replace("“", "")
    if text.count('"') % 2:
        text = text + '"' if room and len(text) < TITLE_MAX else text.replace('"', "")
    return text


_NOT_OPENING = frozenset(
    """including much like which who whose where when while although though because since after before
    as if unless whether to of and but or so than""".split()
)
# A title may open with a phrase of place or time and still be a clause ("In 2019 it held the tanker",
# "At least 23 people were killed"), unless its verb belongs to a subordinate clause ("In Abidjan after
# the results were announced").
_PREPOSITIONS = frozenset("in on at for with from by into over during".split())
_SUBORDINATOR = re.compile(
    r"\b(after|when|while|as|because|since|if|before|until|which|who|whose|where)\b", re.I
)
# What follows a gerund that opens a phrase ("Including four hurricanes", "Announcing the deployment");
# "Beijing first required ..." opens with a name.
_GERUND_OBJECT = frozenset(
    """the a an this that these those it its his her their our my your to on in at for with from up out off
    about over into one two three four five six seven eight nine ten""".split()
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does"
    r"|do|says|said|told|began|begun|came|comes|fell|fled|found|gave|got|grew|hit|held|kept|knew|led|left"
    r"|caught|brought|bought|sought|thought|taught|drove|chose|shook|swept|spread|stole|tore|wore|woke"
    r"|lost|made|met|paid|put|ran|rose|sank|saw|sent|set|shot|sold|spent|spoke|stood|struck|took|went|won"
    r"|wrote|\w{2,}ed|blew|froze|drew|flew|threw|grew|knew|broke|spoke|fell|sent|spent|built|cut|shut|says|tells|warns|calls|plans|faces|seeks|wins|loses|takes|makes|gets|hits|kills|rises"
    r"|falls|opens|closes|starts|ends|agrees|rejects|denies|claims|urges|vows|meets|signs|launches|announces"
    r"|orders|backs|bans|approves|passes|asks|blames|accuses|threatens|expects|remains|continues|reaches"
    # verbs of saying in the plural: "Prosecutors contend ...", "Critics argue ..."
    r"|say|contend|argue|allege|insist|warn|urge|accuse"
    r"|returns|leaves|arrives|needs|wants|shows|suggests|begins|sees|goes|comes|gives|puts|holds|keeps|runs)\b",
    re.IGNORECASE,
)


def is_fragment(title: str) -> bool:
    """A title that is cut off ("…") or is no clause: it opens with a linking word ("Including four
    hurricanes ...") or a gerund, or it has no finite verb."""
    if title.endswith(ELLIPSIS):
        return True
    words = title.split()
    if not words:
        return True
    first = words[0].strip("\"“'‘`").lower()
    initials = words[0].strip("\"“'‘`").isupper() and len(words[0]) > 1  # "WHO says", not "who"
    gerund = first.endswith("ing") and len(first) > 5
    following = words[1].lower() if len(words) > 1 else ""
    if (first in _NOT_OPENING and not initials) or (
        gerund and (following in _GERUND_OBJECT or following[:1].isdigit())
    ):
        return True
    if first in _AUXILIARIES and not initials:
        # "Was deployed in 2004 to restore order": the clause after "and" that lost its subject
        return True
    rest = " ".join(words[1:])
    # "About the shortages, which it says could last": the only verb is in a relative clause
    verb = _FINITE.search(rest)
    if verb is None or _FINITE.search(_RELATIVE.sub(" ", rest)) is None:
        return True
    before = rest[: verb.start()]
    # "The company while its shares fell": an adverbial clause opens before any verb of the main one
    return (first in _PREPOSITIONS and _SUBORDINATOR.search(before) is not None) or (
        _ADVERBIAL_OPENING.search(before) is not None
    )


# A verb with no subject before it: the title lost the subject its clause shared with another
_AUXILIARIES = frozenset("is are was were has have had will would could should can may might must".split())
# Conjunctions that open an adverbial clause only, never a relative one or a phrase of time
_ADVERBIAL_OPENING = re.compile(r"\b(?:while|whereas|although|though|because|unless)\b", re.IGNORECASE)


# A relative pronoun that opens a clause split from its sentence, and what stands before it: "Our
# reporter, who received the text on Tuesday" -> "Our reporter" | "who"
_RELATIVE_OPENING = re.compile(r"^(?i:who|which)\s+(?=\w)")
# (a name, or a noun phrase that opens with a determiner, ending where the relative clause begins)
_NAME_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),?\s*$")
_NOUN_PHRASE_BEFORE = re.compile(
    r"\b((?i:the|a|an|our|its|his|her|their|this)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+),?\s*$"
)
SUBJECT_MAX_WORDS = 6
_CLAUSE_PRONOUN = re.compile(r"(?:^|[;:]\s+|,\s+)(?i:(it|they|he|she))(?:['’]s\b|\s)")


def with_its_subject(sentence: str, clause: str) -> str:
    """A clause split from its sentence with its subject left behind, given that subject back, or "" when
    it cannot be: "who received the text from a friend" in "Our reporter, who received the text ..., says
    ..." -> "Our reporter received the text from a friend"; "was deployed in 2004 to restore order" in "The
    force, based in the capital, was deployed ..." -> "The force was deployed in 2004 to restore order"."""
    text = " ".join(clause.split()).strip(" ,.;:")
    whole = " ".join(sentence.split())
    at = whole.lower().find(text.lower()[:40])
    if not text or at <= 0:
        return ""
    head = whole[:at].rstrip()
    relative = _RELATIVE_OPENING.match(text)
    if relative is not None:
        found = _NAME_BEFORE.search(head) or _NOUN_PHRASE_BEFORE.search(head)
        antecedent = found.group(1) if found and not _FINITE.search(found.group(1)) else ""
        rest = text[relative.end() :]
    elif text.split(" ", 1)[0].lower() in _AUXILIARIES:
        # the subject of the sentence's first clause: its words before their verb
        verb = _FINITE.search(whole)
        antecedent = whole[: verb.start()].strip(" ,") if verb is not None and verb.start() < at else ""
        rest = text[:1].lower() + text[1:]
    else:
        return ""
    words = antecedent.split()
    if not words or len(words) > SUBJECT_MAX_WORDS or "," in antecedent or words[0].lower() in _NOT_OPENING:
        if relative is not None:
            return ""
        # "...; it's located in the north, and | was deployed in 2004": the pronoun of the clause it was
        # joined to is its subject too
        pronouns = list(_CLAUSE_PRONOUN.finditer(head))
        if not pronouns:
            return ""
        antecedent = pronouns[-1].group(1)
    antecedent = antecedent[:1].upper() + antecedent[1:]
    return f"{antecedent} {rest}"

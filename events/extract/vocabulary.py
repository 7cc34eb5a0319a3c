"""The word lists that several extraction rules share, each kept once: the calendar's names, company legal
forms, the roles and occupations people are named by. Plain words only; each rule builds its own pattern
from them.

Nothing here imports the rules' modules, so any of them (and events.merge) can import it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from events.extract.patterns import longest_of

# English names written out: calendar.month_name and strftime("%B") follow the process's locale.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The day a saying is dated by, between the verb of saying and what was said, as wire copy puts it: "said on
# Monday it had", "said yesterday they were", "said on May 22 it was", "said on 3 June that" (optional; a
# calendar date counts as much as a weekday, or the same words read otherwise by the day's form)
_MONTH_ALONE = "(?-i:" + "|".join(MONTH_NAMES) + ")"
CALENDAR_DAY = rf"(?:{_MONTH_ALONE}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_ALONE})"
DAY_OF_SAYING = rf"(?:(?:on\s+)?(?:\w+day|yesterday|today|tonight|{CALENDAR_DAY})\s+)?"
# Short forms in news copy, lower case, with the month's number: "Sept. 9", "Feb 3" ("May" is its own)
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# ... and the weekday's (Monday 0): "Thurs., Oct 4", "Tue 12 May"
WEEKDAY_ABBREVIATIONS = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

# Titles of address before a surname or a name: "Mr Ban", "Dr Roe", "Sir John" (each rule that reads them
# adds what else it needs: ranks, "Prof", "Dame")
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir")

# Given names that news copy gives men or women, each all but always of one gender in English-language news:
# what a "he" or "she" may stand for when the text gives no title or pronoun of the person. Names given to
# both ("Jordan", "Alex", "Robin", "Jean", "Andrea", "Nicola", "Kim") are in neither list.
MEN_GIVEN_NAMES = frozenset(
    """Aaron Adam Adrian Ahmed Alan Albert Alexander Ali Andrew Angelo Anthony Antonio Arthur Ben Benjamin
    Bernard Bill Billy Bob Bobby Brian Bruce Carl Carlos Charles Charlie Christopher Colin Craig Dan
    Daniel Darren David Dennis Derek Dmitry Donald Doug Douglas Duncan Ed Edward Eric Frank Fred Gary
    Geoffrey George Gordon Graham Greg Gregory Harold Harry Henry Howard Hugh Ian Ibrahim Ivan Jack
    Jacob Jake James Jason Jeff Jeffrey Jeremy Jim Jimmy Joe John Jonathan Jorge Jose Joseph Juan Keith
    Ken Kenneth Kevin Larry Luis Malcolm Marco Mark Martin Matthew Michael Mike Mohamed Mohammed
    Muhammad Neil Nicholas Nick Oliver Omar Patrick Paul Pedro Peter Philip Phil Ralph Raymond Richard
    Rick Robert Roger Ronald Roy Russell Ryan Samuel Scott Sean Sergei Simon Stephen Steve Steven Stuart
    Thomas Tim Timothy Tom Tony Victor Vladimir Walter Wayne William Yusuf""".split()
)
WOMEN_GIVEN_NAMES = frozenset(
    """Alice Alison Amanda Amy Ana Angela Ann Anna Anne Barbara Betty Carol Caroline Catherine Charlotte
    Christine Claire Deborah Diana Diane Donna Dorothy Elizabeth Ellen Emily Emma Fatima Fiona Helen Helena
    Irene Jacqueline Jane Janet Jennifer Jessica Joan Joanna Judith Julia Julie Karen Katherine Kathleen
    Kathryn Laura Linda Lisa Louise Lucy Margaret Maria Marie Marina Martha Mary Melissa Michelle Monica Nancy
    Natalia Natalie Olga Patricia Paula Rachel Rebecca Rosa Ruth Sandra Sarah Sharon Sophie Susan Teresa
    Victoria Virginia Yasmin""".split()
)
# A company's legal form closes its name: "Siemens AG", "Nokia Oyj", "Repsol SA", "MOEX Offshore 2007 LLC"
LEGAL_FORMS = frozenset("AG SA NV PLC LLC GmbH SpA AB ASA Oyj KK BV SE Inc Plc Ltd LLP LP".split())

# Offices whose holder, named once, is then called by the office alone after "the": '"...," the minister
# added', "the former prime minister said", "..., said the chairwoman." (lower case)
SPEAKER_ROLES = frozenset(
    """minister president spokesman spokeswoman spokesperson senator governor mayor secretary chairman
    chairwoman chair chief director judge lawyer attorney ambassador envoy commander general admiral colonel
    leader premier chancellor official executive coroner prosecutor detective inspector officer mediator
    negotiator"""
    # (offices that speak for what they rule on or hold, named alone as "the referee said", "the monarch
    # said in a statement")
    """ referee umpire ombudsman auditor pathologist headteacher headmaster headmistress monarch king queen
    pope""".split()
)
# Every role a person is named by (lower case): right before a name it says who the name is ("chief
# executive Tom Lindqvist", "business editor Tom Hale", "county sheriff Jane Roe"). The jobs added here to
# SPEAKER_ROLES are not read as the one named before: "the doctor", "the reporter" are as often someone else
# (the patient's doctor, the story's own reporter).
PERSON_ROLES = SPEAKER_ROLES | frozenset(
    """head correspondent editor reporter boss manager captain lieutenant sergeant professor doctor analyst
    economist adviser advisor commissioner coordinator administrator superintendent sheriff representative
    congressman congresswoman""".split()
)
# Who is asked for a view by what they know, not by an office ("a trade expert", "an insurance specialist")
EXPERTS = frozenset("expert specialist consultant scholar researcher scientist".split())
# What a person does, capitalised before the name and no part of it ("Rescuer Tomas Reyes said"). Offices
# ("President", "Minister") are not here: before a name they are a title that belongs to it.
OCCUPATIONS_BEFORE_A_NAME = tuple(
    """Rescuer Councillor Councilor Campaigner Volunteer Survivor Witness Resident Worker Researcher Scientist
    Analyst Economist Lawyer Attorney Activist Farmer Fisherman Teacher Nurse Pastor Organiser Organizer
    Virologist Epidemiologist Biologist Geologist Oceanographer Engineer Firefighter Paramedic Lawmaker
    Shopkeeper Trader Student Expert Official Historian Photographer Journalist Reporter Editor Columnist
    Commentator Correspondent Producer Director""".split()
)


# Nouns that name a happening, and its type: "Saturday's elections", "the March 3 blast" (patterns, lower
# case: the rules of happenings and of dates both read them, and dates cannot import happenings)
HAPPENING_NOUNS = (
    ("election", r"elections?|vote|polls|referendum|run-?off"),
    (
        "disaster",
        r"explosion|blast|blowout|earthquake|quake|tremor|aftershock|tsunami|floods?|storm|hurricane|cyclone|fire"
        r"|spill|outbreak"
        # ("the 9 February derailment", "Saturday's stampede": an accident is a disaster its reports name by
        # the day, as a quake is; the plural, "investigates collisions", names a kind, not one; "the 1987
        # market crash" is a fall in prices; "disaster" and "accident" are not here: as often the name of a
        # whole story, "the firm's disaster at a hearing on Tuesday" would date it by the hearing, and "the
        # accident on 3 March when the ferry sank" would take the date from the clause that tells it)
        r"|(?<!market\s)(?<!stock\s)(?<!share\s)(?<!price\s)crash|collision|derailment|sinking|shipwreck|stampede"
        r"|blaze|wildfire|landslide|mudslide|avalanche|eruption|typhoon|tornado",
    ),
    ("attack", r"attacks?|bombings?|air\s?strikes?|shelling|raid"),
    ("leadership", r"coup|resignation|inauguration|swearing-in"),
    ("protest", r"protests?|rally|demonstrations?|march|riots?"),
    (
        "legal",
        r"ruling|verdict|trial|hearing|indictment|conviction|opening\s+statements|testimony|sentencing",
    ),
    ("agreement", r"deal|agreement|ceasefire|truce|accord"),
    ("casualties", r"death|killing|massacre|murder|shooting"),
    ("diplomacy", r"summit"),
    # ("the governor's March 3 curfew": a measure named by the day it was imposed)
    ("policy", r"moratorium|embargo|curfew|lockdown"),
    ("other", r"recording|interview|speech|funeral|memorial\s+service|ceremony|launch|robbery|disappearance"),
)

# The past participles that call a plan off or put it back ("the vote was postponed", "has cancelled the
# visit", "called off the talks"): the rules of results on the scene, of acts of a body and of plans undone
# build their patterns from this one list
UNDOING_PARTICIPLES = r"cancell?ed|called\s+off|suspended|postponed|delayed"

# The participles that put a happening on a timetable after a form of "be": "the vote is due on Friday", "was
# scheduled for May", "is slated to open", "is set to sign" (each rule of a plan ahead, a plan overtaken or a
# reduced relative builds its pattern from these)
TIMETABLE_PARTICIPLES = ("due", "scheduled", "slated", "set")
# ... of which these also stand alone, with no "to" or "for" after them: "set" alone is as often another verb
# ("set fire to", "was set free", "set a record"), and "slated" alone is "criticised" in British English
# ("The budget was slated by opposition leaders")
TIMETABLE_ONLY_BEFORE_TO_OR_FOR = ("set", "slated")
BARE_TIMETABLE_PARTICIPLES = tuple(
    word for word in TIMETABLE_PARTICIPLES if word not in TIMETABLE_ONLY_BEFORE_TO_OR_FOR
)
# Each of them as a pattern that looks ahead: "scheduled", "due", "set to", "slated for"
TIMETABLE_AHEAD = "|".join(
    (
        *BARE_TIMETABLE_PARTICIPLES,
        *(rf"{word}(?=\s+(?:to|for)\b)" for word in TIMETABLE_ONLY_BEFORE_TO_OR_FOR),
    )
)


# Adverbs of how often: a clause in the present with one tells a habit, not a happening of a day ("who always
# attends the games on Sunday")
FREQUENCY_ADVERBS = tuple(
    """always usually normally often typically generally sometimes rarely seldom never regularly routinely
    traditionally customarily frequently occasionally""".split()
)


# The papers a body issues to tell the day's news in its own words ("in a statement", "in a press release",
# "in a court filing", "in its submission to the inquiry"); a letter, a column or a book may be old
RELEASES = ("statement", "release", "filing", "submission")


# Verbs that report speech in the past ("North Korea has sent troops, officials said", "argued a lawyer"):
# the rules that date a saying, and those that tell the deed a saying reports, build their patterns from
# this one list
PAST_SAYING_VERBS = tuple(
    """said told announced stated added claimed reported revealed warned estimated admitted acknowledged
    conceded insisted predicted cautioned argued suggested disagreed""".split()
)


# Being born, known, planned, expected or said to be is no deed done to one, and neither is being asked or
# quoted by the reporter ("who was expected to attend", "Scheduled for March, the vote ..."): the rules that
# tell a deed done to a noun from its past participle leave these out
NO_DEED_PARTICIPLES = tuple(
    """born known expected planned thought believed said seen considered supposed meant due set scheduled
    slated understood reported alleged rumoured rumored pictured filmed photographed interviewed asked quoted
    questioned contacted reached cited mentioned described called told""".split()
)


# The simple past of irregular verbs, which no ending in -ed shows ("The vote took place in April", "The
# agency put a hold on new permits"): rules that tell a finite verb or a past act build their pattern from it
IRREGULAR_PAST = tuple(
    """beat became began bid bit blew bought bound broke brought built burst came caught chose cut dealt drew
    drove dug fed fell fled flew forbade forgave fought found froze gave got grew held hid hit hung kept knew
    laid led left lent let lit lost made meant met oversaw paid put quit ran rang rode rose sang sank sat saw
    sent set shook shot shut slid sold sought sped spent split spoke sprang spread stole stood struck stuck
    swam swept swore swung taught threw told took tore underwent upheld went withdrew withheld woke won wore
    wrote""".split()
)
# ... and their past participles where they differ from no "-ed" form ("has been taken", "the troops sent in
# on Monday", "crimes committed or money stolen in 2013"): rules that tell a perfect, a passive or a reduced
# relative build their pattern from it (the simple past above serves where the two are one word: "held")
IRREGULAR_PARTICIPLES = tuple(
    """arisen beaten begun bought broken brought built caught chosen cut done drawn driven flown fled
    forbidden fought found frozen given held hidden hit kept known laid led left lent lost made met
    overtaken paid put quit seen sent set shot shown shut sold sought spent split spoken spread stolen
    struck sunk sworn taken taught thrown told torn undertaken withdrawn won written""".split()
)
# ... of which these are also the present and the infinitive ("expected to hit", "they cut costs every
# year"): a past only where the rule knows the verb is finite and past
SAME_AS_THE_PRESENT = frozenset("bid burst cut hit let put quit set shut split spread".split())


def alternatives(words: Iterable[str]) -> str:
    """The words as a regex alternation, as written, longest first (so "Sept" is tried before "Sep").

    Plain words are spelled as a tree of their shared beginnings ("sa(?:id|ys)"): the same matches, tried in
    the same order, but a text is read once at each position instead of once per word (a pattern of the 130
    irregular pasts, compiled case-blind, ran three times slower as a list). A word with a pattern's own
    characters, or two spellings a case-blind pattern would take for one ("May", "may"), keep the list."""
    unique = set(words)
    if unique and all(word and word.isascii() and re.escape(word) == word for word in unique):
        beginnings = {word[:k] for word in unique for k in range(1, len(word) + 1)}
        # (at most one branch of the tree can then fit a character of the text, whatever the case: the tree
        # tries the words that fit there longest first, as the list does)
        if len(beginnings) == len({beginning.lower() for beginning in beginnings}):
            return longest_of(unique)
    return "|".join(sorted(unique, key=lambda word: (-len(word), word)))

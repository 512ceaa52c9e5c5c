"""Hostility: insults, profanity, shouting and sarcasm.

Insults need a target: the agent ("you"), the staff ("your agents", "the rep I spoke
to") or company people ("run by idiots"). A bad word about a product ("this app is
useless") is ``emotion.anger``; a bad word about oneself ("I feel like an idiot") is
nothing here. Profanity is the swearing itself, masked or not; slurs are profanity of
the highest severity (and an insult when aimed at someone). Shouting reads the raw
text (capital letters, runs of ``!!!`` and ``?!?!``); sarcasm is praise or thanks that
means the opposite.
"""

from __future__ import annotations

from deescalate.labels import Label, Severity
from deescalate.lang.en._shared import BOTH, CUSTOMER
from deescalate.rules import Rule, phrase_fragment

L = Label

__all__ = ["RULES"]


def _opt(fragment: str, times: int) -> str:
    """``times`` optional copies of ``(?:\\s+fragment)``: a bounded run of filler words.

    Written out instead of ``{0,n}`` so that the alternatives inside need not start
    with different letters (the safety check's rule for repeated groups).
    """
    return rf"(?:\s+{fragment})?" * times


# --- Insult vocabulary -----------------------------------------------------------------

# Name-calling nouns, singular and plural, that attack a person.
_NOUNS = phrase_fragment(
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "cretin", "cretins",
    "dumbass", "dumbasses", "dumb ass", "dumb asses", "dipshit", "dipshits", "jackass",
    "jackasses", "asshole", "assholes", "arsehole", "arseholes", "a hole", "a holes",
    "bastard", "bastards",
    "scumbag", "scumbags", "scum", "dickhead", "dickheads", "dick", "dicks", "prick",
    "pricks", "twat", "twats", "wanker", "wankers", "tosser", "tossers", "douche",
    "douches", "douchebag", "douchebags", "douche bag", "douche bags", "clown", "clowns",
    "buffoon", "buffoons", "fool", "fools", "muppet", "muppets", "numpty", "numpties",
    "halfwit", "halfwits", "nitwit", "nitwits", "dimwit", "dimwits", "dunce", "dunces",
    "loser", "losers", "liar", "liars", "thief", "thieves", "crook", "crooks", "scammer",
    "scammers", "scam artist", "scam artists", "con artist", "con artists", "fraudster",
    "fraudsters", "criminals", "amateur", "amateurs", "bitch", "bitches", "cunt", "cunts",
    "retard", "retards", "jerk", "jerks", "bozo", "bozos", "lowlife", "lowlifes",
    "parasite", "parasites", "leech", "leeches", "vultures", "robbers", "pigs",
    "snake", "snakes", "weasel", "weasels", "incompetents",
    "piece of shit", "pieces of shit", "piece of crap", "pieces of crap",
    "piece of garbage", "piece of trash", "piece of work", "sack of shit",
    "waste of space", "waste of oxygen", "waste of air",
)  # fmt: skip
# Strong plural name-calling that needs no "you" in a message to a company.
_PLURAL_NAMES = phrase_fragment(
    "idiots", "morons", "imbeciles", "cretins", "dumbasses", "dipshits", "jackasses",
    "scumbags", "dickheads", "halfwits", "nitwits", "dimwits", "numpties", "incompetents",
    "wankers", "twats", "assholes", "arseholes", "buffoons",
)  # fmt: skip
# Predicates that only insult after "you are" / "your staff are" (a joke, a disgrace).
_PRED_EXTRA = phrase_fragment(
    "joke",
    "jokes",
    "disgrace",
    "embarrassment",
    "fraud",
    "frauds",
    "scam",
    "worst",
    "full of shit",
    "full of crap",
    "full of it",
    "full of lies",
    "full of bs",
)
# Adjectives that attack a person when predicated of one.
_ADJ = phrase_fragment(
    "stupid", "dumb", "dumber", "dumbest", "stupidest", "idiotic", "moronic", "imbecilic",
    "incompetent", "inept", "useless", "clueless", "pathetic", "hopeless", "worthless",
    "brainless", "brain dead", "braindead", "retarded", "ignorant", "lazy", "evil",
    "greedy", "disgusting", "despicable", "shameless", "dishonest", "crooked", "corrupt",
    "shady", "scummy", "trash", "garbage", "rubbish", "spineless", "heartless", "gutless",
)  # fmt: skip
# Adjectives that make a noun for people an insult ("incompetent staff", "lying agents").
_ATTR = phrase_fragment(
    "incompetent", "useless", "clueless", "lazy", "stupid", "dumb", "idiotic", "brainless",
    "moronic", "ignorant", "pathetic", "worthless", "lying", "thieving", "greedy", "inept",
    "dishonest", "crooked", "corrupt", "scummy", "shady", "retarded", "brain dead",
    "good for nothing", "no good",
)  # fmt: skip
# Intensifiers that may stand before such an adjective ("fucking useless staff").
_INTENS = (
    phrase_fragment(
        "fucking",
        "fuckin",
        "bloody",
        "absolute",
        "complete",
        "total",
        "utter",
        "totally",
        "completely",
        "absolutely",
        "utterly",
        "so",
        "such",
        "really",
        "freaking",
        "damn",
        "goddamn",
        "goddamned",
        "god damned",
        "damned",
        "little",
        "filthy",
        "dirty",
        "fucken",
        "fuckn",
    )
    + r"|f(?=[uck]{0,2}\*)[uck*]{1,6}(?:ing|in)?"
)
# Words that may sit between "you are" and the insult ("you are all such complete ...").
_FILLER = (
    phrase_fragment(
        "so",
        "such",
        "a",
        "an",
        "the",
        "just",
        "really",
        "all",
        "totally",
        "completely",
        "absolutely",
        "utterly",
        "literally",
        "truly",
        "clearly",
        "obviously",
        "actually",
        "seriously",
        "fucking",
        "fuckin",
        "freaking",
        "frickin",
        "friggin",
        "bloody",
        "damn",
        "damned",
        "effing",
        "complete",
        "total",
        "absolute",
        "utter",
        "real",
        "actual",
        "bunch",
        "pack",
        "load",
        "band",
        "group",
        "gang",
        "of",
        "nothing",
        "but",
        "being",
        "very",
        "super",
        "beyond",
        "incredibly",
        "extremely",
        "as",
        "pure",
        "pretty",
        "quite",
        "too",
        "kinda",
        "genuinely",
        "officially",
        "definitely",
        "simply",
        "still",
        "always",
        "most",
        "biggest",
        "some",
        "also",
        "more",
        "even",
        "like",
        "acting",
        "one",
        "entire",
        "whole",
        "lot",
        "buncha",
        "easily",
        "by far",
        "probably",
        "honestly",
        "surely",
        "lying",
        "thieving",
        "greedy",
        "useless",
        "incompetent",
    )
    + r"|f(?=[uck]{0,2}\*)[uck*]{1,6}(?:ing|in)?"
)
_FILL4 = _opt(f"(?:{_FILLER})", 4)
_PRED = rf"(?:{_NOUNS}|{_PRED_EXTRA}|{_ADJ})"
# The insult ends a word and is not part of a department's or a feature's name
# ("the fraud department", "scam protection").
_PRED_END = (
    r"(?![\w-])(?!\s{1,20}(?:department|dept|team|prevention|protection|alerts?|unit|division"
    r"|line|office|services?|detection|investigat\w{0,10}|claims?|specialists?|reports?"
    r"|warning|check|filter|calls?|texts?|emails?|messages?)(?!\w))"
)
# Who is addressed, and "are": "you are", "you guys r", "y'all were", "ur a joke".
_YOU = (
    r"(?:you\s+(?:guys|people|lot|all|folks|two|lads)|u\s+(?:guys|people|all)"
    r"|y'?all|ya'?ll|youse|you|u)"
)
_YOU_ARE = (
    rf"(?<!\w)(?:{_YOU}(?:'?re|\s+(?:are|r|were)|\s+(?:must|gotta|have\s+to)\s+be"
    r"|\s+(?:really|truly|honestly|seriously)\s+are|\s+(?:act|acting|sound|sounding)\s+like)"
    r"|(?:ur|your)(?=\s{1,20}(?:an?|so|such|the\s+(?:worst|most|biggest|dumbest)|a\s+bunch"
    r"|literally|complete|total|absolute)\s))"
)
# Staff nouns: the people a customer deals with.
_STAFF_WORDS = (
    "staff", "staffers", "employees", "employee", "agents", "agent", "reps", "rep",
    "representatives", "representative", "team", "people", "workers", "worker", "managers",
    "manager", "management", "supervisors", "supervisor", "drivers", "driver",
    "technicians", "technician", "techs", "tech", "cashiers", "cashier", "advisors",
    "advisor", "advisers", "adviser", "associates", "associate", "operators", "operator",
    "crew", "csrs", "csr", "developers", "devs", "engineers", "executives", "execs", "ceo",
    "bosses", "boss", "flight attendants", "cabin crew", "pilots", "baristas", "servers",
    "waiters", "waitress", "couriers", "courier", "guy", "guys", "lady", "ladies", "woman",
    "man", "girl", "dude", "person", "admins", "moderators", "mods",
)  # fmt: skip
_STAFF = phrase_fragment(*_STAFF_WORDS)
_STAFF_ANCHORS = tuple(word.split()[0] for word in _STAFF_WORDS)
_STAFF_PREFIX = (
    r"(?:(?:customer\s+(?:service|support|care)|cs|support|call\s+cent(?:er|re)|gate"
    r"|phone|chat|delivery|store|front\s+desk|desk|help\s*desk|service|sales|billing)\s+)?"
)
# Contexts where "you are stupid" is not an attack on the reader.
_NOT_AN_ATTACK = (
    # "they treat you like you're stupid", "as if you are an idiot"
    r"(?:like|as\s+if|as\s+though)\s+(?:you|u|we|i|they)(?:'?re|'?m|\s+are|\s+am|\s+were"
    r"|\s+was)[^.!?\n]{0,60}",
    # "I never said you were stupid", "I don't think you are incompetent"
    r"(?:n'?t|not|never)\s+(?:\w+\s+){0,2}(?:think|thinking|thought|say|said|saying|call"
    r"|called|calling|mean|meant|suggest|suggesting|implying|imply)\s+(?:that\s+)?(?:you|u"
    r"|your|the|they)[^.!?\n]{0,60}",
    # "they think you are stupid" (the generic you)
    r"(?:they|he|she|it|people|everyone|companies|which)\s+(?:\w+\s+){0,2}(?:think|thinks"
    r"|thought|assume|assumes|assumed|believe|believes)\s+(?:that\s+)?(?:you|u)"
    r"[^.!?\n]{0,60}",
)

# Racial, ethnic and homophobic slurs: profanity of the highest severity, and an insult
# when aimed at someone.
_SLURS = (
    r"nigg(?:er|ers|erz|a|as|az|ah|ahs|uh|uhs|ress)|niccas?|faggots?|faggy|fags?|dykes?"
    r"|trann(?:y|ies)(?!\s{1,20}(?:fluids?|shop|issues?|problems?|rebuild|slip\w{0,4}|repair\w{0,4}"
    r"|service|cooler|filter|pan|mount|leak\w{0,4}|swap)(?!\w))|spics?|chinks?|kikes?|wetbacks?|beaners?|gooks?|ragheads?"
    r"|towelheads?|coons?|jigaboos?|sand\s+niggers?|porch\s+monkeys?|camel\s+jockeys?"
    r"|zipperheads?|shemales?|pakis?|nigs?|white\s+trash|trailer\s+trash"
)
# Masked slurs: "n*gga", "f*ggot".
_SLURS_MASKED = (
    r"n\*gg(?:a|er)s?|n\*{2}g(?:a|er)s?|n\*{3,4}(?:a|er|r)s?|f\*g(?:s|got|gots)?|f\*{2,3}ots?"
    r"|fa\*{1,2}ots?|f\*ggots?|fag\*ots?"
)
_SLUR_ANCHORS = (
    "nigger", "niggers", "niggerz", "nigga", "niggas", "niggaz", "niggah", "niggahs",
    "nigguh", "nigguhs", "niggress", "nicca", "niccas", "faggot", "faggots", "faggy", "fag",
    "fags", "dyke", "dykes", "tranny", "trannies", "spic", "spics", "chink", "chinks",
    "kike", "kikes", "wetback", "wetbacks", "beaner", "beaners", "gook", "gooks",
    "raghead", "ragheads", "towelhead", "towelheads", "coon", "coons", "jigaboo",
    "jigaboos", "sand", "porch", "camel", "zipperhead", "zipperheads", "shemale",
    "shemales", "paki", "pakis", "nig", "nigs", "white", "trailer",
)  # fmt: skip
_SLUR_EXCEPTIONS = (
    r"maine\s+coons?|coon\s*(?:hound|dog|hunt\w{0,5}|skin|cat)s?",
    r"chinks?\s+in\s+(?:the|his|her|their|our|its|your|my)\s+armou?r",
    r"spic\s+(?:and|&|n|'n')\s+span",
    r"(?:pack\s+of|packet\s+of|smoke\s+a|smoking\s+a|light\s+a|lit\s+a|roll\s+a)\s+fags?"
    r"|fag\s+(?:break|end|ends|packet)",
    r"(?<!\w)\w+'?s\s+dyke",
)
_CARS = (
    r"(?<!\w)(?:cars?|trucks?|engine|vehicle|clutch|gearbox|gears?|fluid|mechanic"
    r"|transmission|rebuild|slipping|shifting|4x4|jeep|honda|ford|chevy|toyota)(?!\w)"
)
# "My tranny is slipping": car talk for a transmission.
_TRANNY_CARS = (
    r"(?<!\w)(?:\w{1,20}\s+){0,2}trann(?:y|ies)[^.!?\n]{0,80}" + _CARS,
    _CARS + r"[^.!?\n]{0,80}trann(?:y|ies)",
)


# --- hostility.insult --------------------------------------------------------------------

# Crude words that are profane wherever they stand ("prick" needs company; see the rule).
_CRUDE_WORDS = (
    "cunt",
    "cunts",
    "cunty",
    "cocksucker",
    "cocksuckers",
    "cocksucking",
    "cock",
    "cocks",
    "pussy",
    "pussies",
    "twat",
    "twats",
    "wanker",
    "wankers",
    "wank",
    "wanking",
    "tits",
    "titties",
    "dildo",
    "dildos",
    "jizz",
    "douchebag",
    "douchebags",
    "douche",
    "douches",
    "dickhead",
    "dickheads",
    "dickwad",
    "dickwads",
    "knobhead",
    "knobheads",
    "bellend",
    "bellends",
)


INSULT_RULES: tuple[Rule, ...] = (
    Rule(
        id="en.hostility.insult.you_are",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=_YOU_ARE + _FILL4 + rf"\s+{_PRED}{_PRED_END}",
        anchors=("you", "u", "yall", "y", "ya", "youse", "youre", "ur", "your"),
        not_within=_NOT_AN_ATTACK,
        message="Calls the reader a name, or says they are stupid, useless or dishonest.",
        examples=(
            "Are you an idiot? You're so incompetent.",
            "you guys are a bunch of clowns",
            "y o u  a r e  a n  i d i o t",
            "U R USELESS",
            "you people are absolutely useless",
            "Y'all are liars and thieves",
            "you're a joke and a disgrace",
            "honestly you are the worst",
            "You're full of shit.",
            "you are such f***ing morons",
            "your an idiot",
            "You're a complete 1d10t",
        ),
        near_misses=(
            "sorry I was so stupid",
            "this app is useless",
            "you're not stupid for asking",
            "I never said you were incompetent",
            "they treat you like you're an idiot",
            "you are all set, thanks",
            "you're the best, thank you",
            "your a-team is great",
        ),
        source="taxonomy.md (you people are useless); seeds/000 (customer insults)",
    ),
    Rule(
        id="en.hostility.insult.they_are",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:they|(?:these|those)\s+(?:people|guys|folks))(?:'?re|\s+(?:are|were|r))"
            + _opt(
                r"(?:all|just|such|a|an|the|complete|total|absolute|utter|bunch|of|nothing|but"
                r"|literally|truly|clearly|obviously|fucking|bloody|real|biggest|lying|thieving"
                r"|greedy|useless|incompetent)",
                3,
            )
            + r"\s+(?:"
            + phrase_fragment(
                "idiots",
                "morons",
                "imbeciles",
                "clowns",
                "crooks",
                "thieves",
                "liars",
                "scammers",
                "muppets",
                "jokers",
                "fools",
                "frauds",
                "criminals",
                "con artists",
                "scam artists",
                "amateurs",
                "bastards",
                "assholes",
                "scumbags",
                "incompetents",
            )
            + r")(?![\w-])"
        ),
        anchors=("they", "theyre", "these", "those"),
        not_within=_NOT_AN_ATTACK,
        message="Calls the company's people (they) clowns, liars or thieves.",
        examples=("They're all clowns...", "they are liars", "they are a bunch of crooks"),
        near_misses=(
            "they're all fine now",
            "they are not liars, it was my mistake",
            "they treat us like we are idiots",
        ),
        source="common support language",
    ),
    Rule(
        id="en.hostility.insult.your_staff_are",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:your|ur|the|this|that|these|those|their|every|an?|all\s+(?:your|the|of\s+your))"
            rf"\s+{_STAFF_PREFIX}{_STAFF}"
            r"(?:\s+(?:i|we|who|that|you|at|on|in|from|here|there)(?:\s+\w{1,20}){0,6})?"
            r"(?:\s+(?:is|was|are|were|r|seem|seems|seemed|must\s+be)|'s|'re)"
            + _FILL4
            + rf"\s+{_PRED}{_PRED_END}"
        ),
        anchors=_STAFF_ANCHORS,
        not_within=_NOT_AN_ATTACK,
        message="Calls the staff or an employee a name, or says they are stupid or useless.",
        examples=(
            "Your staff are liars",
            "your customer service reps are complete idiots",
            "The agent I spoke to on the phone was useless.",
            "the driver was a total moron",
            "Your support team is incompetent!!",
            "the lady at the desk was a bitch",
        ),
        near_misses=(
            "The agent said the old router was useless now.",
            "your app is useless",
            "the team was amazing, thank you",
            "the man is not an idiot",
        ),
        source="taxonomy.md (your staff are liars)",
    ),
    Rule(
        id="en.hostility.insult.are_you",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:are|r)\s+(?:you|u|y'?all|ya'?ll)(?:\s+(?:guys|people|all|lot|folks))?"
            + _FILL4
            + rf"\s+(?:{_PRED}|blind|deaf|illiterate|brain\s+damaged){_PRED_END}"
        ),
        anchors=("are", "r"),
        message="Asks the reader whether they are stupid, blind or an idiot.",
        examples=(
            "are you stupid?",
            "Are you guys incompetent or just lazy",
            "r u an idiot",
            "Are you blind? It says it right there.",
        ),
        near_misses=(
            "Are you the fraud team? I got a weird text.",
            "are you open on sunday?",
            "Aren't you the best",
        ),
        source="taxonomy.md (are you an idiot?)",
    ),
    Rule(
        id="en.hostility.insult.vocative",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:you|u|yo|ya)(?:\s+(?:guys|people|all))?"
            + _opt(
                rf"(?:{_ATTR}|{_INTENS}|sorry|disgusting|goddamn|bitch\s+ass|dumb\s+ass)",
                2,
            )
            + rf"\s+{_NOUNS}"
            + r"(?![\w-])(?!\s{1,20}(?:me|us|people|everyone|them|him|her|customers|anyone|around"
            r"|into|with|about|and\s+moan|out)(?!\w))"
        ),
        anchors=("you", "u", "yo", "ya"),
        message="Addresses the reader with a name-calling word: you idiot, you liars.",
        examples=(
            "you idiots lost my bag again",
            "Thanks for nothing you useless clowns",
            "listen to me you f***ing morons",
            "u bastards",
            "you lying thieves",
        ),
        near_misses=(
            "you fool people into paying twice",
            "Thank you, I'm an idiot with phones",
            "did you clown around with my order?",
        ),
        source="common support language",
    ),
    Rule(
        id="en.hostility.insult.you_adjective_people",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:you|u)(?:\s+(?:guys|people|all))?"
            + _opt(f"(?:{_INTENS})", 1)
            + rf"\s+{_ATTR}(?:(?:\s*,\s*|\s+and\s+|\s+){_ATTR})?\s+(?:people|lot|guys|bunch"
            r"|company|folks"
            r"|corporation|shits|losers|lot\s+of\s+\w+)(?![\w-])"
        ),
        anchors=("you", "u"),
        message="Addresses the reader as stupid, useless or dishonest people.",
        examples=("you stupid people", "you useless lot", "You greedy, lying company"),
        near_misses=("you helpful people", "are you people open today?"),
        source="common support language",
    ),
    Rule(
        id="en.hostility.insult.slur_at",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:(?:you|u|yo|ya)(?:'?re|\s+(?:are|r))?(?:\s+(?:an?|such\s+an?|all|just"
            r"|a\s+bunch\s+of|nothing\s+but))?|your|ur|these|those|this|that|dumb|stupid|dirty"
            r"|filthy|fucking)"
            + _opt(
                r"(?:fucking|stupid|dumb|dirty|filthy|little|lazy|f(?=[uck]{0,2}\*)[uck*]{1,6}(?:ing|in)?)",
                1,
            )
            + rf"\s+(?:{_SLURS}|{_SLURS_MASKED})(?![\w*])"
        ),
        anchors=(*_SLUR_ANCHORS, "n", "f", "fa", "fag"),
        not_within=(*_SLUR_EXCEPTIONS, *_TRANNY_CARS),
        severity=Severity.HIGH,
        message="Aims a racial, ethnic or homophobic slur at someone.",
        examples=("you f*ggot", "you fucking faggot", "those dirty wetbacks"),
        near_misses=(
            "a chink in their armor",
            "my maine coon scratched the couch",
            "your tranny fluid is leaking, said the mechanic",
        ),
        source="Davidson et al. 2017 lexicon (hate speech); common abuse",
    ),
    Rule(
        id="en.hostility.insult.staff_adjective",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            rf"(?<!\w)(?<!not\s)(?<!n't\s){_ATTR}(?:(?:\s*,\s*|\s+and\s+|\s+){_ATTR})?"
            rf"\s+{_STAFF_PREFIX}"
            rf"(?:{_STAFF}|{_NOUNS}|company\s+people|excuses?\s+for\s+(?:an?\s+)?"
            r"(?:human\s+beings?|humans?|people|employees?|staff|agents?))(?![\w-])"
        ),
        anchors=(
            "incompetent",
            "useless",
            "clueless",
            "lazy",
            "stupid",
            "dumb",
            "idiotic",
            "brainless",
            "moronic",
            "ignorant",
            "pathetic",
            "worthless",
            "lying",
            "thieving",
            "greedy",
            "inept",
            "dishonest",
            "crooked",
            "corrupt",
            "scummy",
            "shady",
            "retarded",
            "brain",
            "good",
            "no",
        ),
        message="Calls staff or people stupid, useless or dishonest: incompetent morons.",
        examples=(
            "incompetent morons",
            "Useless staff, again.",
            "the most clueless customer service reps",
            "lazy, dishonest employees",
            "stupid people at the counter",
        ),
        near_misses=(
            "the staff were not lazy at all",
            "a useless feature",
            "this stupid app",
            "I felt like a stupid person",
        ),
        not_within=(
            r"(?:i|i'?m|i\s+am|i\s+was|i\s+feel|i\s+felt|me|myself|made\s+me|makes\s+me)"
            r"\s+(?:\w+\s+){0,3}(?:an?\s+)?\w+\s+(?:person|man|woman|girl|guy|fool|idiot)",
        ),
        source="taxonomy.md (incompetent morons)",
    ),
    Rule(
        id="en.hostility.insult.worst_staff",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:worst|rudest|dumbest|stupidest|laziest|most\s+(?:incompetent|useless"
            r"|clueless|unhelpful|ignorant|arrogant|unprofessional|rude|pathetic|disrespectful"
            r"|condescending|stupid|lazy|dishonest|inept))"
            rf"\s+{_STAFF_PREFIX}(?:agents?|reps?|representatives?|employees?|staff|drivers?"
            r"|managers?|csrs?|advisors?|associates?|workers?|technicians?|techs?|cashiers?"
            r"|operators?|supervisors?|support\s+team|service\s+team|care\s+team|crew"
            r"|flight\s+attendants?|human\s+beings?)(?![\w-])"
        ),
        anchors=(
            "worst",
            "rudest",
            "dumbest",
            "stupidest",
            "laziest",
            "most",
        ),
        message="Calls an employee the worst or the most incompetent: worst agent ever.",
        examples=(
            "Worst agent ever.",
            "you have the rudest staff",
            "the most incompetent customer service rep I've dealt with",
        ),
        near_misses=(
            "worst customer service ever",
            "the worst day of my life",
            "the most helpful agent ever",
        ),
        source="taxonomy.md (worst agent ever)",
    ),
    Rule(
        id="en.hostility.insult.bunch_of",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:(?:bunch|pack|band|load|gang|group|herd|shower|troop|circus|buncha)"
            r"(?:\s+of)?|run\s+by|staffed\s+by|managed\s+by|operated\s+by|full\s+of|employs?"
            r"|employing|hires?|hired|hiring)"
            rf"(?:\s+(?:{_ATTR}|{_INTENS}))?(?:\s+(?:{_ATTR}))?"
            rf"\s+(?:{_NOUNS}|monkeys|children|kids|chimps|amateurs|incompetents)(?![\w-])"
        ),
        anchors=(
            "bunch",
            "pack",
            "band",
            "load",
            "gang",
            "group",
            "herd",
            "shower",
            "troop",
            "circus",
            "buncha",
            "run",
            "staffed",
            "managed",
            "operated",
            "full",
            "employ",
            "employs",
            "employing",
            "hire",
            "hires",
            "hired",
            "hiring",
        ),
        not_within=(
            r"(?:bunch|group|load|pack)\s+of\s+(?:kids|children)(?!\s{1,20}(?:running|in\s+charge)(?!\w))",
            r"(?:we|i|us|our|my)\s+\w+\s+(?:\w+\s+)?(?:kids|children)",
        ),
        message="Calls the company's people a bunch of clowns, or says idiots run it.",
        examples=(
            "what a bunch of clowns",
            "It's official: this airline is run by idiots.",
            "a pack of lying thieves",
            "they must hire morons",
            "staffed by monkeys",
        ),
        near_misses=(
            "a bunch of kids were in line",
            "they hired two new agents",
            "a group of people waiting at the gate",
        ),
        source="common support language",
    ),
    Rule(
        id="en.hostility.insult.name_calling",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            rf"(?<!\w)(?:{_PLURAL_NAMES}|what\s+(?:an?\s+)?(?:(?:{_INTENS}|{_ATTR})\s+)?"
            r"(?:idiot|moron|imbecile|cretin|dumbass|jackass|asshole|muppet|clown|buffoon"
            r"|bunch\s+of\s+\w+)s?"
            r"|(?:the|these|those|some|this|that)\s+(?:idiots?|morons?|clowns?|muppets?"
            r"|imbeciles?)\s+(?:at|in|from|over\s+at|on|who|that|running|behind|working"
            r"|answering)"
            rf"|(?:these|those)\s+(?:(?:{_INTENS}|{_ATTR})\s+)?(?:idiots|morons|clowns|crooks|thieves"
            r"|liars|scammers|muppets|jokers|fools|losers|bastards|assholes|frauds|criminals)"
            r"|(?<=(?:^|[.!?\n])\s{0,40})(?:clowns|muppets|liars|thieves|crooks|losers|frauds"
            r"|scammers|jokers|amateurs|crooks)(?=\s{0,20}[.!?]|\s{0,20}$))(?![\w-])"
        ),
        anchors=(
            "idiots",
            "morons",
            "imbeciles",
            "cretins",
            "dumbasses",
            "dipshits",
            "jackasses",
            "scumbags",
            "dickheads",
            "halfwits",
            "nitwits",
            "dimwits",
            "numpties",
            "incompetents",
            "wankers",
            "twats",
            "assholes",
            "arseholes",
            "buffoons",
            "idiot",
            "moron",
            "imbecile",
            "cretin",
            "dumbass",
            "jackass",
            "asshole",
            "muppet",
            "muppets",
            "clown",
            "clowns",
            "joker",
            "jokers",
            "crooks",
            "thieves",
            "liars",
            "scammers",
            "fools",
            "losers",
            "bastards",
            "frauds",
            "criminals",
            "amateurs",
        ),
        not_within=(
            r"(?:like|as|for|we|we'?re|we\s+are|we\s+were|us|our|feel\s+like|look\s+like"
            r"|treat\s+(?:us|me|people|customers)\s+like)\s+(?:(?:\w+\s+){0,2})\w+",
            r"what\s+an?\s+(?:\w+\s+)?\w+\s+i\s+(?:am|was|feel)",
            r"(?<!\w)\w+\s+for\s+(?:dummies|idiots)|idiots?'?\s*guide",
        ),
        message="Calls the company's people idiots or morons.",
        examples=(
            "Idiots. Absolute idiots.",
            "what a bunch of morons",
            "the clowns at the help desk lost it again",
            "What an idiot",
        ),
        near_misses=(
            "they treat us like idiots",
            "what an idiot I am, found it",
            "a guide for idiots like me",
            "we felt like idiots",
        ),
        source="common support language",
    ),
    Rule(
        id="en.hostility.insult.fuck_you",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?<!the\s)(?<!tf\s)(?:(?:fuck|fuk|fck|f(?=[uck]{0,2}\*)[uck*]{1,6}|f\*ck|f\*\*k|screw|eff|f)\s+(?:you|u|ya"
            r"|y'?all|yall|you\s+guys|you\s+people|you\s+all|your\s+(?:company|service|staff"
            r"|support|team|policy|policies|app|store|business)|yourself|yourselves|off)"
            r"(?!\s{1,20}(?:over|up\s+for|right)(?!\w))"
            r"|go\s+(?:fuck|f(?=[uck]{0,2}\*)[uck*]{1,6}|screw|kill|eff)\s+(?:yourself|yourselves|urself)"
            r"|(?:go|rot|burn)\s+(?:straight\s+)?(?:to|in)\s+hell|go\s+die"
            r"|(?<!\w)drop\s+dead(?!\s{1,20}(?:gorgeous|sexy|beautiful|funny|simple|easy)(?!\w))"
            r"|get\s+fucked|eat\s+(?:shit|a\s+dick)|kiss\s+my\s+(?:ass|arse|a\*\*)"
            r"|bite\s+me(?=\s{0,20}(?:[.!?,]|$))|up\s+yours|(?:piss|bugger|sod)\s+off(?=\s{0,20}(?:[.!?,]|$))"
            r"|suck\s+my\s+(?:dick|balls|cock|ass)|damn\s+you(?=\s{0,20}(?:[.!?,]|$|to\s+hell|all))"
            r"|to\s+hell\s+with\s+(?:you|u|y'?all|your))(?!\w)"
        ),
        anchors=(
            "fuck",
            "fuk",
            "fck",
            "f",
            "screw",
            "eff",
            "go",
            "rot",
            "burn",
            "drop",
            "get",
            "eat",
            "kiss",
            "bite",
            "up",
            "piss",
            "bugger",
            "sod",
            "suck",
            "damn",
            "hell",
        ),
        severity=Severity.HIGH,
        message="Tells the reader to go to hell, or worse.",
        examples=(
            "fuck you",
            "F*** you and your policies",
            "screw you guys",
            "go to hell",
            "Go f**k yourselves",
            "f u c k  y o u",
            "fuck off!",
            "kiss my ass",
        ),
        near_misses=(
            "they will screw you over on fees",
            "it went to hell in a handbasket",
            "drop dead gorgeous dress",
            "this will piss off loyal customers",
        ),
        source="common abuse in support channels",
    ),
    Rule(
        id="en.hostility.insult.shut_up",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:stfu|(?<!\bto\s)(?<!n't\s)(?<!not\s)(?<!never\s)(?<!would\s)shut\s+(?:the\s+(?:fuck|f(?=[uck]{0,2}\*)[uck*]{1,6}|hell|heck)\s+)?up"
            r"(?!\s{1,20}and\s+take\s+my\s+money)|shut\s+(?:your|ur|yo)\s+(?:mouth|face|trap"
            r"|pie\s*hole|gob))(?!\w)"
        ),
        anchors=("stfu", "shut"),
        message="Tells the reader to shut up.",
        examples=("Shut up and fix it", "stfu", "shut the fuck up", "shut your mouth"),
        near_misses=("shut up and take my money!", "the store shut down"),
        source="common abuse in support channels",
    ),
    Rule(
        id="en.hostility.insult.you_suck",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:you|u|y'?all|ya'?ll|yall|you\s+guys|u\s+guys|you\s+people|you\s+all"
            r"|your\s+(?:staff|agents|employees|reps|people|customer\s+service\s+(?:team|reps"
            r"|agents|people)|support\s+team))"
            r"(?:\s+(?:really|seriously|fucking|truly|just|all|totally|so|literally|absolutely"
            r"|still|definitely|officially))?"
            r"\s+(?:suck|sucks|stink|stinks)(?:\s+ass)?"
            r"(?![\w-])(?!\s{1,20}(?:it|up|in|on|out)\b)"
        ),
        anchors=("you", "u", "y", "ya", "yall", "your"),
        message="Tells the reader they suck.",
        examples=("You guys suck!", "y'all seriously suck", "you suck at customer service"),
        near_misses=("you suck it up and wait?", "this update sucks"),
        source="common support language",
    ),
    Rule(
        id="en.hostility.insult.do_your_job",
        label=L.HOSTILITY_INSULT,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:learn\s+(?:how\s+)?to\s+(?:read|spell|do\s+(?:your|ur)\s+jobs?)"
            r"|do\s+(?:your|ur)\s+(?:damn|damned|fucking|fuckin|bloody|freaking|effing"
            r"|goddamn|f(?=[uck]{0,2}\*)[uck*]{1,6}(?:ing|in)?)\s+jobs?|can'?t\s+(?:you|u)\s+(?:guys\s+|people\s+)?read"
            r"|can\s+(?:you|u)\s+(?:guys\s+|people\s+)?(?:not|even)\s+read"
            r"|(?:get|grow)\s+a\s+brain(?!\s{1,20}freeze)|who\s+(?:the\s+hell\s+|the\s+fuck\s+)?(?:hired|trained)"
            r"\s+(?:you|u|these|this|that)|(?:you|u)\s+(?:guys\s+|people\s+|all\s+)?should"
            r"\s+(?:all\s+)?be\s+(?:fired|sacked|ashamed)|should\s+be\s+ashamed\s+of"
            r"\s+(?:yourself|yourselves|urself))(?!\w)"
        ),
        anchors=(
            "learn",
            "do",
            "can",
            "cant",
            "get",
            "grow",
            "who",
            "should",
            "you",
            "u",
        ),
        message="Attacks the reader's competence: can't you read, learn to do your job.",
        examples=(
            "Can't you read?",
            "learn to do your job",
            "do your f*cking job",
            "You should be ashamed of yourselves.",
            "who hired you",
        ),
        near_misses=(
            "can you read me the order number?",
            "I'm learning to read the bill",
            "please do your best",
        ),
        source="common support language",
    ),
)


# --- hostility.profanity -----------------------------------------------------------------

# Profanity counts inside quotes too: a quoted swear word is still a swear word in the
# message (insults in quotes are reported speech and do not count).
PROFANITY_RULES: tuple[Rule, ...] = (
    Rule(
        id="en.hostility.profanity.fuck",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        phrases=(
            "fuck*",
            "motherfuck*",
            "mothafuck*",
            "muthafuck*",
            "mofo",
            "mofos",
            "clusterfuck*",
            "mindfuck*",
            "fucc*",
            "fuk",
            "fuks",
            "fukin",
            "fuking",
            "fuked",
            "fuker",
            "fukers",
            "fuq",
            "fuqin",
            "fuqing",
            "fck",
            "fcks",
            "fckin",
            "fcking",
            "fcked",
            "fcker",
            "fckers",
            "fckn",
            "fkn",
            "fkin",
            "fking",
            "fkng",
            "phuck*",
            "phuk*",
            "fvck*",
            "fxck*",
            "effing",
            "eff off",
            "f ing",
        ),
        message="Uses the f-word or one of its spellings.",
        examples=(
            "this is fucking ridiculous",
            "F U C K this",
            "fuuuuck",
            "fkn joke",
            "what the fck",
            "Motherfuckers.",
            "fu\u200bck off",
            "phucking app",
        ),
        near_misses=("fcuk jeans on sale", "fun fact", "the Fuchsia pink one"),
        source="common support language; Davidson et al. 2017",
    ),
    Rule(
        id="en.hostility.profanity.masked",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<![\w*])(?:(?:mother|motha|mutha)?f(?=[uck*]{0,3}\*)[uck*]{1,6}"
            r"(?:ing|in|ed|er|ers|s|n)?|f-ck\w{0,4}|f--k\w{0,4}|f---(?:ing|in|ed|er)?"
            r"|f[#%]ck\w{0,4}|f'ing"
            r"|(?:bull)?s(?:h\*{1,2}t?|\*{2,3}t|h\*t|\*{1,2}it|h\*{1,2}ty)(?:ty|s|tty|ting)?"
            r"|b(?:\*tch|\*{2}ch|\*{3}h|i\*ch|it\*h|\*itch)(?:es|y|ing)?"
            r"|a\*{2,3}(?:hole|holes|es|wipe|hat)?|a\*s\*?hole|as\*hole|a\$\$hole"
            r"|c\*nt|c\*{2}t|cu\*t|p\*ssy|p\*{2}sy|pu\*{2}y|d\*ck|d\*{2}k"
            r"|(?:wt|st)\*{1,2}|\*{1,2}ck(?:ing|in|ed|er)?)(?![\w*])"
        ),
        anchors=(
            "f",
            "fu",
            "fuc",
            "fck",
            "mother",
            "motha",
            "mutha",
            "s",
            "sh",
            "bull",
            "b",
            "bi",
            "bit",
            "a",
            "as",
            "c",
            "cu",
            "p",
            "pu",
            "d",
            "wt",
            "st",
            "ck",
            "ing",
            "in",
            "ed",
            "er",
            "hole",
            "holes",
            "es",
            "wipe",
            "hat",
            "t",
            "k",
            "it",
            "ty",
            "h",
            "ch",
            "tch",
            "nt",
            "sy",
            "ssy",
            "y",
            "s",
            "ers",
            "n",
            "kin",
        ),
        message="Swears with a masked word: f***, sh*t, b*tch, a**hole.",
        examples=(
            "what a f***ing joke",
            "F*CK this",
            "this is bullsh*t",
            "sh*tty service",
            "you a**hole",
            "fu*k off",
            "f--king hell",
            "b*tch please",
        ),
        near_misses=(
            "see note* below",
            "the F-150 is in stock",
            "rated 5* on the app store",
            "C# and F# developers",
        ),
        source="taxonomy.md (f***ing joke)",
    ),
    Rule(
        id="en.hostility.profanity.shit",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        phrases=(
            "shit",
            "shits",
            "shitty",
            "shittier",
            "shittiest",
            "shitting",
            "shitted",
            "shite",
            "shitey",
            "shitload*",
            "shitshow*",
            "shit show",
            "shithole*",
            "shithead*",
            "shitstorm*",
            "shitter*",
            "shitbag*",
            "shitface*",
            "bullshit*",
            "horseshit",
            "batshit",
            "apeshit",
            "dipshit*",
            "chickenshit",
            "shyt",
            "shiet",
            "sheeit",
        ),
        message="Uses the word shit or a compound of it.",
        examples=(
            "this is bullshit",
            "sh1t service",
            "Shitty app",
            "holy shiiiit",
            "$h!t",
            "s h i t",
        ),
        near_misses=("shiitake mushrooms", "shift manager", "Shitake stir fry"),
        source="taxonomy.md (this is bullshit, sh1t)",
    ),
    Rule(
        id="en.hostility.profanity.ass",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:ass|asses|assholes?|asshat\w{0,2}|asswipe\w{0,2}|assclown\w{0,2}"
            r"|asskiss\w{0,5}|arse|arses|arsed|arseholes?|a-holes?|dumbass\w{0,3}|jackass\w{0,3}"
            r"|smartass\w{0,3}|half[\s-]{0,3}assed|lame\s+ass|azz)(?!\w)"
        ),
        anchors=(
            "ass",
            "asses",
            "asshole",
            "assholes",
            "asshat",
            "asswipe",
            "assclown",
            "asskiss",
            "arse",
            "arses",
            "arsed",
            "arsehole",
            "arseholes",
            "dumbass",
            "jackass",
            "smartass",
            "holes",
            "hole",
            "half",
            "halfassed",
            "lame",
            "azz",
        ),
        message="Uses the word ass or a compound of it.",
        examples=("pain in the ass", "what an asshole", "a$$", "half-assed job", "Arsehole."),
        near_misses=(
            "please assess the damage",
            "first class seat",
            "bass guitar",
            "Assassin's Creed",
            "I will pass",
        ),
        source="common support language; Davidson et al. 2017",
    ),
    Rule(
        id="en.hostility.profanity.bitch",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        phrases=("bitch*", "biatch*", "biotch*", "beotch*", "son of a bitch", "sonofabitch*"),
        message="Uses the word bitch or a form of it.",
        examples=("bitch please", "b!tch", "stop bitching", "Son of a b1tch", "bitches"),
        near_misses=("Bitcoin wallet", "a pitch deck"),
        source="Davidson et al. 2017",
    ),
    Rule(
        id="en.hostility.profanity.crude",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:"
            + phrase_fragment(*_CRUDE_WORDS)
            + r"|(?:a|you|such\s+a|what\s+a|the|little|total|complete|absolute|massive|arrogant"
            r"|rude|smug|some|that)\s+pricks?(?!\s{1,20}(?:test|of|on|in|to|from)(?!\w))|pricks)(?!\w)"
        ),
        anchors=(*_CRUDE_WORDS, "prick", "pricks"),
        message="Uses a crude sexual word as a swear word.",
        examples=("what a twat", "a total c u n t", "stop being a pussy", "you prick"),
        near_misses=(
            "cocktail menu",
            "peacock green",
            "Scunthorpe branch",
            "a prick test for allergies",
            "Hitchcock films",
        ),
        source="Davidson et al. 2017; common abuse",
    ),
    Rule(
        id="en.hostility.profanity.dick",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=r"(?<!\w)dick(?:s|head|heads|wad|wads|ish|face|less|ed)?(?![\w'])",
        anchors=(
            "dick",
            "dicks",
            "dickhead",
            "dickheads",
            "dickwad",
            "dickwads",
            "dickish",
            "dickface",
            "dickless",
            "dicked",
        ),
        not_within=(
            r"dicks?\s+(?:sporting|sports)",
            r"(?:moby|philip\s+k\.?|spotted|uncle|tricky|big)\s+dick|dick\s+(?:van\s+dyke"
            r"|smith|tracy|clark|cheney|wolf|grayson|francis|turpin|whittington)",
            # A man's name in a greeting: "@user Dick, please contact our phone support".
            r"(?:^|(?<!\w)(?:hi|hello|hey|dear|thanks|thank\s+you|mr|uncle|sir))[\s,.]{0,100}"
            r"dick(?=\s{0,5}[,!:])",
        ),
        message="Uses the word dick as a swear word.",
        examples=("don't be a dick", "what a dickhead", "he dicked me around"),
        near_misses=(
            "Dick's Sporting Goods",
            "Dickens novels",
            "Moby Dick audiobook",
            "Dicks Sporting Goods order",
        ),
        source="common support language",
    ),
    Rule(
        id="en.hostility.profanity.slur",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            rf"(?<![\w*])(?:{_SLURS}|{_SLURS_MASKED})"
            r"(?![\w*])"
        ),
        anchors=(*_SLUR_ANCHORS, "n", "f", "fa"),
        not_within=(
            *_SLUR_EXCEPTIONS,
            *_TRANNY_CARS,
        ),
        severity=Severity.HIGH,
        message="Uses a racial, ethnic or homophobic slur.",
        examples=("n1gga", "nigger", "faggots", "f*g", "a bunch of sp1cs"),
        near_misses=(
            "spicy chicken",
            "Spic and Span cleaner",
            "a chink in the armour",
            "a pack of fags and a lighter",
            "my car's tranny is slipping",
            "Maine Coon kitten",
            "raccoon in the yard",
        ),
        source="Davidson et al. 2017 (hate speech lexicon)",
    ),
    Rule(
        id="en.hostility.profanity.sexist",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:whores?|whorish|sluts?|slutty|skanks?|skanky|hoes|hoez|hoe(?!\s{1,20}(?:long"
            r"|many|much|do|did|does|can|to|about|come|r\s+u|are\s+(?:you|u))(?!\w))"
            r"|(?:a|dat|that|yo|ur|these|them|dem|dumb|stupid|ugly|fat|lil|every|bitches\s+and"
            r"|bitch\s+ass)\s+hos)(?!\w)"
        ),
        anchors=(
            "whore",
            "whores",
            "whorish",
            "slut",
            "sluts",
            "slutty",
            "skank",
            "skanks",
            "skanky",
            "hoe",
            "hoes",
            "hoez",
            "hos",
        ),
        not_within=(
            r"(?:garden|gardening|dutch|draw|scuffle|stirrup|hula|weeding|rotary|wheel)\s+hoes?",
            r"hoe[\s-]{0,3}down",
            r"\bho(?:e|es)?\s+ho(?:e|es)?\b",
            # Dutch "hoe" (how): "hoe gaat het", "hoe leg ik".
            r"\bhoe\s+(?:gaat|leg|kan|is\s+het|moet|ze|je|het|zit|laat|lang\s+duurt|veel)\b",
        ),
        message="Uses a sexist slur: whore, slut, hoe.",
        examples=("these hoes ain't loyal", "what a slut", "dat hoe", "skank"),
        near_misses=(
            "hoe long does shipping take?",
            "I bought a garden hoe and a rake",
            "ho ho ho merry christmas",
        ),
        source="Davidson et al. 2017",
    ),
    Rule(
        id="en.hostility.profanity.retard",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:retard|retards|retarded|libtards?|fucktards?)(?!\w)"
            r"(?!\s{1,20}(?:timing|ignition|spark|cam|valve|potential|growth)(?!\w))"
        ),
        anchors=("retard", "retards", "retarded", "libtard", "libtards", "fucktard", "fucktards"),
        message="Uses an ableist slur as a swear word.",
        examples=("this update is retarded", "what a retard", "RETARDED"),
        near_misses=("flame retardant fabric", "retardation of growth was noted"),
        source="Davidson et al. 2017",
    ),
    Rule(
        id="en.hostility.profanity.acronym",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:wtf|wtaf|stfu|gtfo|ffs|omfg|fml|smfh|mfer|mfers|mofo"
            r"|(?:what|the|why|how|who|where|wtf|shut)\s+tf(?!\s{1,20}(?:card|cards|slot)(?!\w))"
            r"|tf\s+(?:out|up|off|outta|is\s+(?:this|that|going|wrong|happening)|you|u)"
            r"|"
            + phrase_fragment(
                "slow",
                "annoying",
                "mad",
                "pissed",
                "angry",
                "frustrated",
                "frustrating",
                "sad",
                "broke",
                "shady",
                "expensive",
                "trash",
                "garbage",
                "ridiculous",
                "dumb",
                "stupid",
                "bad",
                "crazy",
                "tired",
                "late",
                "done",
                "sick",
                "upset",
                "irritated",
                "confusing",
                "buggy",
                "laggy",
                "weird",
                "sketchy",
                "salty",
                "petty",
                "rude",
                "unreliable",
                "useless",
                "hacky",
                "hard",
                "real",
                "cheap",
                "fake",
                "lazy",
                "ugly",
                "boring",
                "sus",
                "glitchy",
                "funny",
                "hungry",
                "cold",
                "hot",
                "scared",
                "lit",
            )
            + r"\s+af)(?!\w)"
        ),
        anchors=(
            "wtf",
            "wtaf",
            "stfu",
            "gtfo",
            "ffs",
            "omfg",
            "fml",
            "smfh",
            "mfer",
            "mfers",
            "mofo",
            "tf",
            "af",
        ),
        message="Swears with an acronym: wtf, stfu, ffs, af.",
        examples=("wtf is this", "WTF?!", "ffs just fix it", "slow af", "what tf is going on"),
        near_misses=("the TF card is not detected", "AF flight to Paris", "wtfoo"),
        source="taxonomy.md (wtf); common support language",
    ),
    Rule(
        id="en.hostility.profanity.mild",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        phrases=(
            "damn",
            "damned",
            "dammit",
            "damnit",
            "damn it",
            "goddamn*",
            "god damn*",
            "goddam",
            "crap",
            "crappy",
            "crapped",
            "crapping",
            "crapload*",
            "crap load",
            "bullcrap",
            "bull crap",
            "piss",
            "pissed",
            "pissing",
            "pisses",
            "pissy",
            "piss poor",
            "pisstake",
            "bollocks",
            "bugger",
            "buggered",
            "sod off",
            "badass*",
            "bad ass",
            "kickass",
            "kick ass",
            "wth",
            "jfc",
            "feckin",
            "fecking",
            "feck off",
        ),
        severity=Severity.LOW,
        message="Uses a mild swear word: damn, crap, pissed.",
        examples=("damn it", "crappy wifi", "I'm pissed", "this is crap", "d a m n"),
        near_misses=("the dam broke", "craps table", "Amsterdam hotel", "scrapped order"),
        source="common support language",
    ),
    Rule(
        id="en.hostility.profanity.hell",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<![\w'])hell(?!\w)(?!'?s\s+(?:kitchen|angels?|gate))(?!\s{1,20}(?:kitchen|or\s+high"
            r"\s+water)(?!\w))"
        ),
        anchors=("hell",),
        severity=Severity.LOW,
        message="Uses hell as a swear word.",
        examples=("what the hell", "Hell no", "slow as hell", "customer service from hell"),
        near_misses=("hello there", "shell company", "Hell's Kitchen reservation", "she'll call"),
        source="common support language",
    ),
    Rule(
        id="en.hostility.profanity.bloody",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)bloody(?!\w)(?!\s{1,20}(?:mary|marys|nose|noses|stool|stools|urine|discharge"
            r"|show|sunday|valentine|diarrh\w{0,5}|mucus|vomit|bandage|tissue|scene|battle|wars?"
            r"|history|murder|knife|hands?|mess|lip|lips|gums?|tears?|footprints?|shirt|clothes"
            r"|water|spit|phlegm|cough|wounds?|nipples?|knees?|finger|fingers)(?!\w))"
        ),
        anchors=("bloody",),
        severity=Severity.LOW,
        message="Uses bloody as a swear word.",
        examples=("bloody useless", "Bloody hell", "the bloody app crashed again"),
        near_misses=("a bloody nose", "two Bloody Marys please"),
        source="common support language (British)",
    ),
    Rule(
        id="en.hostility.profanity.bs",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?:(?<!\w)(?:this|that|thats|that's|what|such|total|complete|absolute|utter|pure"
            r"|more|some|the|is|its|it's|of|your|ur|with|same|corporate|no|of\s+the)\s+bs(?!\w)"
            r"(?!\s{0,20}(?:in|degree|from|of|and\s+ms|program|/)\b)|(?<=(?:^|[.!?])\s{0,40})bs(?=\s{0,20}[.!?]))"
        ),
        anchors=("bs",),
        severity=Severity.LOW,
        message="Calls something BS.",
        examples=("this is such BS", "What BS.", "BS. You never fixed it", "tired of the bs!"),
        near_misses=("I have a BS in biology", "the BS degree program"),
        source="common support language",
    ),
    Rule(
        id="en.hostility.profanity.grawlix",
        label=L.HOSTILITY_PROFANITY,
        in_quotes=True,
        speakers=BOTH,
        pattern=(
            r"(?<![#$%&@*!])(?=[#$%&@*!]{0,3}[$%&])(?=[#$%&@*!]{0,3}[#@])[#$%&@*!]{3,8}"
            r"(?![#$%&@*!])"
        ),
        severity=Severity.LOW,
        message="Swears with a string of symbols: #$%&!",
        examples=("what the #$%&!", "this @#$% app"),
        near_misses=("order #123 for $45", "Q&A session at 5"),
        source="common support language",
    ),
)


# --- hostility.shouting ------------------------------------------------------------------

# A word in capitals, in the raw text (straight or curly apostrophes inside).
_CAPS_WORD = r"[A-Z][A-Z'\u2019]{0,30}"
_CAPS_SEP = r"[ \t,.!?:;\"-]{1,4}"
# Words that make a run of capitals a sentence rather than a name, a title or a list of
# codes ("FIFA ULTIMATE TEAM", "NEW YORK JFK", "MI, OH, KY").
_CAPS_FUNCTION = (
    r"I|ME|MY|YOU|YOUR|YOU['\u2019]?RE|YOUVE|U|UR|WE|US|OUR|IT|ITS|IT['\u2019]S|IS|ARE|AM"
    r"|WAS|WERE|BE|BEEN|DO|DOES|DID|DON['\u2019]?T|DOESN['\u2019]?T|DIDN['\u2019]?T|CAN"
    r"|CAN['\u2019]?T|CANNOT|WILL|WON['\u2019]?T|WOULD|SHOULD|NOT|NO|NEVER|NOTHING|WHY"
    r"|WHAT|HOW|WHERE|WHEN|WHO|THIS|THAT|TO|WITH|HAVE|HAS|HAD|GET|GOT|NOW|STILL|AGAIN"
    r"|JUST|PLEASE|STOP|FIX|GIVE|WANT|NEED|ANY|ALL|EVERY|EVEN|SO|THEY|THEM|HE|SHE|HIS|HER"
    r"|THEIR|ANYONE|SOMEONE|NOBODY|EVER|ANSWER|REPLY|RESPOND|CALL|BACK|IM|I['\u2019]M"
)
_CAPS_CLASS = r"[A-Z'\u2019 \t,.!?:;\"-]"
_HAPPY_CAPS = (
    r"THANK|THANKS|THX|LOVE|LOVED|BEST|AWESOME|AMAZING|EXCELLENT|HAHA\w{0,20}|LOL|LMAO|YAY"
    r"|WOO\w{0,10}|CONGRAT\w{0,10}|GLAD|FAVORITE|FAVOURITE|PERFECT|COOL|YES|YESS\w{0,5}"
    r"|BIRTHDAY|CHRISTMAS|WELCOME"
)

# Words of trouble that make a run of "!!!" shouting rather than excitement (raw view).
_TROUBLE = (
    r"(?i:(?<![a-z])(?:not|no|never|nothing|nobody|none|why|what|where|how|when|help|please|pls"
    r"|plz|still|refund\w{0,2}|again|wtf|joke|suck\w{0,3}|problems?|issues?|wrong|fix|cancel\w{0,4}"
    r"|wait\w{0,3}|hours?|days|weeks|months|charged?|shame|annoying|useless|terrible|horrible"
    r"|awful|worst|ridiculous|unacceptable|serious\w{0,2}|really|broken?|down|lost|missing|late"
    r"|delay\w{0,3}|stuck|error|crash\w{0,3}|urgent\w{0,2}|now|asap|money|answer|respond\w{0,3}"
    r"|reply|disgust\w{0,4}|angry|mad|furious|frustrat\w{0,5}|stop|fuck\w{0,3}|shit\w{0,2}|damn"
    r"|hell|ugh|gr{2,10}|can['\u2019]?t|won['\u2019]?t|don['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t"
    r"|isn['\u2019]?t)(?![a-z]))"
)

SHOUTING_RULES: tuple[Rule, ...] = (
    Rule(
        id="en.hostility.shouting.caps",
        label=L.HOSTILITY_SHOUTING,
        speakers=BOTH,
        view="raw",
        pattern=(
            r"(?<![\w@#&/.'\u2019])(?=[A-Z])"
            rf"(?={_CAPS_CLASS}{{12}})"
            rf"(?={_CAPS_CLASS}{{0,80}}?(?<![A-Za-z'\u2019])(?:{_CAPS_FUNCTION})(?![A-Za-z'\u2019]))"
            rf"{_CAPS_WORD}(?:{_CAPS_SEP}{_CAPS_WORD}){{2,40}}(?![\w&'\u2019])"
        ),
        # Enthusiasm in capitals is not hostility: "THANK YOU SO MUCH", "I LOVE IT".
        not_if_message_has=(rf"(?<![A-Za-z])(?:{_HAPPY_CAPS})(?![a-z])",),
        # Form placeholders: "[TYPE YOUR QUESTION HERE]".
        not_within=(r"\[[^\]\n]{1,100}\]",),
        message="Shouts: a run of words in capital letters.",
        examples=(
            "I WANT MY MONEY BACK NOW!!!",
            "WHY IS THIS STILL NOT FIXED",
            "@Brand FIX YOUR APP",
            "where is my order?? I NEED IT TODAY",
            "YOU\u2019VE CHARGED ME TWICE",
        ),
        near_misses=(
            "I called AT&T about my USB modem",
            "NASA and UPS and ASAP",
            "order code ABC123XYZ",
            "I have NEVER been treated like this",
            "Is FIFA ULTIMATE TEAM down?",
            "THANK YOU SO MUCH, YOU ARE THE BEST",
            "We flew LAX to JFK via ORD",
            "friends in MI, OH, KY, IA, GA, FL",
        ),
        source="taxonomy.md (I WANT MY MONEY BACK NOW!!!)",
    ),
    Rule(
        id="en.hostility.shouting.punctuation",
        label=L.HOSTILITY_SHOUTING,
        speakers=BOTH,
        view="raw",
        pattern=(
            r"(?<![!?\u00a1])(?=[!?]{3})"
            # Only with a sign of trouble on the same line: "where is my refund!!!", not
            # "bring on the guacamole!!!".
            rf"(?:(?<={_TROUBLE}[^\n]{{0,100}})|(?=[!?]{{3,30}}[^\n]{{0,100}}?{_TROUBLE}))"
            r"(?:!{3,}|[!?]{0,20}(?:\?!|!\?)[!?]{0,20})"
        ),
        not_within=(
            # Excitement, thanks and greetings with exclamation marks are not shouting.
            r"(?i)(?<!\w)(?:thank\w{0,10}|thx|ty|love\w{0,3}|awesome|amazing|great|excellent"
            r"|happy|yay|woo\w{0,10}|congrat\w{0,10}|excited|best|appreciate\w{0,3}|cheers"
            r"|wonderful|fantastic|brilliant|perfect|cool|nice|glad|merry|christmas|birthday"
            r"|hooray|finally|yes|haha\w{0,20}|lol|welcome|hi|hey|hello|cute|beautiful|fun"
            r"|enjoy\w{0,3}|wow|omg|yum\w{0,5}|delicious|proud|blessed|win|won|free|new)"
            r"(?!\w)[^.!?\n]{0,80}!{3,}",
            r"(?<![!?])[!?]{3,}\s{0,3}(?:[\U0001F600-\U0001F60F\U0001F617-\U0001F61D"
            r"\U0001F642\U0001F970\U0001F973\u2764\u263a\U0001F495-\U0001F49F\U0001F44D"
            r"\U0001F64C\U0001F389\u2728\U0001F525\U0001F60A\U0001F60D]|:\)|:D|<3|(?i:thank))",
        ),
        not_if_message_has=(
            # A cheerful message: "Can't wait!!! \u2665", "it's working now!!! love you".
            r"(?i)(?<!\w)(?:thank\w{0,10}|thx|thks|love\w{0,3}|awesome|amazing|excellent|yay|woo\w{0,10}"
            r"|congrat\w{0,10}|excited|appreciate\w{0,3}|wonderful|fantastic|brilliant|glad|merry"
            r"|christmas|birthday|hooray|haha\w{0,20}|lmao|jk|welcome|cute|beautiful|enjoy\w{0,3}"
            r"|yum\w{0,5}|delicious|proud|tremendous|can'?t\s+wait|working\s+now|works\s+now|yea{1,10}h{1,10}"
            r"|yes{2,10}|favou?rite|omw|tonight)(?!\w)",
            r"[\u2665\u2764\U0001F495-\U0001F49F\U0001F917\U0001F970\U0001F60D\U0001F389\U0001F384"
            r"\U0001F60A\U0001F601\U0001F600\U0001F603\U0001F604\U0001F606\U0001F973\u263a]",
        ),
        severity=Severity.LOW,
        message="Shouts: a run of exclamation marks, or of ?! mixed.",
        examples=(
            "Where is my refund!!!",
            "are you serious?!?!",
            "I've been waiting 3 hours!!!!!",
            "what??!!",
        ),
        near_misses=(
            "Thank you so much!!!",
            "Love the new update!!!",
            "Is it open today??",
            "Really?!",
            "Happy birthday!!! \U0001f389",
            "Chicken, rice, cheese and guacamole!!!",
        ),
        source="taxonomy.md (repeated !!! or ?!?!)",
    ),
)


# --- hostility.sarcasm -------------------------------------------------------------------

_THANKS = (
    r"(?:thanks|thank\s+(?:you|u)|thx|ty|cheers|many\s+thanks)"
    r"(?:\s+(?:so\s+much|a\s+lot|a\s+bunch|very\s+much|again|guys|all|so\s+very\s+much))?"
)
# What nobody thanks anyone for, unless sarcastically.
_HARM = (
    r"(?:wasting|ruining|ignoring|losing|screwing|ripping\s+(?:me|us)\s+off|overcharging"
    r"|double\s+charging|charging\s+(?:me|us)\s+twice|scamming|stealing|lying|ghosting"
    r"|leaving\s+(?:me|us)\s+(?:on\s+hold|stranded|hanging|waiting|in\s+the\s+dark)"
    r"|keeping\s+(?:me|us)\s+(?:on\s+hold|waiting)|making\s+(?:me|us)\s+wait"
    r"|the\s+run[\s-]{0,3}around|breaking(?!\s{1,20}(?:down|it\s+down|that\s+down|the\s+news)(?!\w))"
    r"|messing\s+(?:up|with)|hanging\s+up|cutting\s+(?:me|us)\s+off|stranding|delaying"
    r"|cancell?ing\s+(?:my|our)\s+(?:flight|flights|trip)|the\s+headache"
    r"|the\s+(?:terrible|awful|horrible|lousy|crappy|shitty|shit|poor|useless|pathetic"
    r"|non[\s-]{0,3}existent|zero|non)\s+\w+|being\s+(?:so\s+)?(?:useless|incompetent|no\s+help"
    r"|unhelpful|rude|a\s+joke)|not\s+(?:helping|responding|replying|answering|fixing|caring"
    r"|listening|reading)|never\s+(?:responding|replying|answering|getting\s+back|helping"
    r"|fixing)|the\s+(?:non|no)[\s-]{0,3}(?:response|reply|answer|help|support)|nada|zilch"
    r"|jack\s+shit|(?:sweet\s+)?(?:fuck|f(?=[uck]{0,2}\*)[uck*]{1,6}|feck|bugger)\s+all)"
)
_PRAISE_JOB = (
    r"(?:(?:great|nice|good|fantastic|excellent|awesome|amazing|brilliant|stellar|superb"
    r"|wonderful|outstanding|terrific)\s+(?:job|work|going)|well\s+done|way\s+to\s+go"
    r"|bravo|kudos)"
)
_PRAISE_WORD = (
    r"(?:great|amazing|awesome|wonderful|fantastic|excellent|brilliant|helpful|love|loved"
    r"|lovely|perfect|nice|good|best|fast|quick|smooth|stellar|superb|outstanding|thanks"
    r"|thank\s+you|cool|impressive|genius|smart|efficient|reliable|professional|happy|fun"
    r"|fair|easy|glad|fabulous|terrific|super|top\s+notch|service|support|job|work)"
)
# Scare-quoted words: your "customer service", thanks for the "help".
_SCARE = (
    r"help|support|customer\s+service|customer\s+support|customer\s+care|service|care"
    r"|assistance|solution|fix|answer|response|reply|team|experts?|agents?|representatives?"
    r"|reps?|specialists?|priority|guarantee|apology|compensation|refund|investigation"
    r"|escalation|resolution|professionals?|tech(?:nical)?\s+support|helpline|help\s*desk"
    r"|care\s+team|support\s+team|service\s+team|customer\s+service\s+team"
)
_SCARE_BRAND = (
    r"premium|unlimited|express|fast|free|upgrade|update|improvement|discount|offer|deal"
    r"|gift|24/7|quality|policy|high[\s-]{0,3}speed|next[\s-]{0,3}day|same[\s-]{0,3}day"
)
_UI_WORDS = (
    r"(?!\s{0,20}(?:button|tab|menu|section|page|link|option|icon|center|centre|app|screen"
    r"|settings?|key|field|form|folder|label|box|bar|area|category|window|article|topic|sign"
    r"|card|desk|line|number|email|portal|site|website|feature|mode|plan|tier|subscription"
    r"|account|membership|package|trial|version|edition|status|column|filter|tag|links?"
    r"|articles?|pages|docs|documentation|forum|community)\b)"
)
# Failures that turn praise into sarcasm: "Great job! Lost my bag again."
_FAILURE = (
    r"(?:lost|losing|lose|outages?|broke|broken|crash\w{0,4}|cancel\w{0,5}|delay\w{0,3}"
    r"|ruin\w{0,3}|wast\w{0,4}|stranded|no\s+one|nobody|never|not\s+working"
    r"|(?:doesn|didn|won|can|couldn)'?t\s+(?:work|help|even)|overcharg\w{0,3}|charged\s+twice"
    r"|stupidity|incompeten\w{0,3}|useless|worst|terrible|horrible|awful|poor|pathetic"
    r"|ridiculous|fail\w{0,4}|disappoint\w{0,6}|hung\s+up|hangs\s+up|ignor\w{0,3}"
    r"|no\s+(?:response|reply|answer)|missing|locked\s+out|only\s+took|took\s+(?:you|them)"
    r"|still\s+(?:no|not|waiting|haven'?t|hasn'?t|don'?t|doesn'?t|can'?t)|\d{1,3}\s+times)"
)

_PRAISE_FULL = (
    rf"(?:{_PRAISE_JOB}|(?:great|amazing|awesome|wonderful|fantastic|excellent|stellar"
    r"|brilliant|superb|outstanding|terrific|fabulous|top\s+notch|first\s+class|world\s+class)"
    r"\s+(?:customer\s+)?(?:service|support|care|help|advice))(?!\w)"
)
# Only punctuation, emoji and hashtags follow: the end of the message.
_AT_END = r"(?=[^\w\n#]{0,20}(?:#\w{1,30}[^\w\n#]{0,20}){0,3}$)"

SARCASM_RULES: tuple[Rule, ...] = (
    Rule(
        id="en.hostility.sarcasm.thanks_for_nothing",
        label=L.HOSTILITY_SARCASM,
        speakers=BOTH,
        phrases=(
            "(thanks|thank you|thank u|thx|ty|cheers|many thanks) [(a lot|so much|a bunch|again"
            "|very much)] for [(absolutely|literally)] (nothing|no help|zero help|the non help"
            "|the lack of help|your non help|sweet nothing|nothing at all)",
            "#thanksfornothing",
        ),
        message="Thanks for nothing: thanks that means the opposite.",
        examples=(
            "Thanks for nothing!",
            "thank you so much for absolutely nothing",
            "cheers for the non-help",
            "thx for nothing \U0001f643",
        ),
        near_misses=(
            "thanks, that fixed it",
            "Thanks! Nothing else for now.",
            "thanks for checking, nothing has changed yet",
        ),
        source="taxonomy.md (thanks for nothing)",
    ),
    Rule(
        id="en.hostility.sarcasm.thanks_for_harm",
        label=L.HOSTILITY_SARCASM,
        speakers=CUSTOMER,
        pattern=(
            rf"(?<!\w)(?:{_THANKS}|appreciate\s+(?:you|u|it)|{_PRAISE_JOB})"
            rf"(?:\s*,)?(?:\s+(?:guys|team|again|everyone))?(?:\s*,)?\s+(?:for|on)\s+{_HARM}(?!\w)"
            rf"|(?<!\w){_PRAISE_JOB}(?:\s*,)?(?:\s+(?:guys|team|again))?(?:\s*,)?\s+{_HARM}(?!\w)"
        ),
        anchors=(
            "thanks",
            "thank",
            "thx",
            "ty",
            "cheers",
            "many",
            "appreciate",
            "great",
            "nice",
            "good",
            "fantastic",
            "excellent",
            "awesome",
            "amazing",
            "brilliant",
            "stellar",
            "superb",
            "wonderful",
            "outstanding",
            "terrific",
            "well",
            "way",
            "bravo",
            "kudos",
        ),
        message="Thanks or praise for a failure: thanks for wasting my time.",
        examples=(
            "Thanks a lot for wasting my time",
            "thank you for losing my luggage",
            "Great job losing my package again",
            "thanks for ignoring all my tweets",
            "thanks for keeping me on hold for 2 hours",
            "way to go, ruining my weekend",
        ),
        near_misses=(
            "thanks for breaking down the steps",
            "thank you for not charging me twice",
            "thanks for keeping me updated",
            "thanks for leaving me a message",
            "great job finding my lost bag!",
        ),
        source="taxonomy.md (thanks a lot for wasting my time)",
    ),
    Rule(
        id="en.hostility.sarcasm.marker",
        label=L.HOSTILITY_SARCASM,
        speakers=BOTH,
        pattern=(
            r"(?<![\w/])/s(?![\w/])|(?<!\w)#(?:sarcasm|sarcastic|not|notreally)(?!\w)"
            rf"|(?<!\w){_PRAISE_WORD}[^.!?()\n]{{0,60}}\(\s*not\s*\)"
            rf"|(?<!\w){_PRAISE_WORD}[^.!?\n]{{0,60}}?(?:\.{{2,6}}|-{{1,2}}|,)\s{{0,3}}not"
            r"(?=\s{0,3}[!.]{0,6}\s{0,20}$)"
        ),
        anchors=(
            "s",
            "sarcasm",
            "sarcastic",
            "not",
            "notreally",
        ),
        in_quotes=True,
        message="Marks praise as sarcastic: /s, #sarcasm, (not), ... NOT.",
        examples=(
            "wow, amazing service (not)",
            "Great customer service... NOT!",
            "love waiting on hold /s",
            "best airline ever #sarcasm",
            "so helpful -- not",
        ),
        near_misses=(
            "Is it good or not?",
            "Great service, not a single problem",
            "download speed 20 mb/s",
            "#notmypresident",
        ),
        source="taxonomy.md (wow, amazing service (not))",
    ),
    Rule(
        id="en.hostility.sarcasm.yeah_right",
        label=L.HOSTILITY_SARCASM,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:(?:yeah|yeh|yea|ya|yah|yep)(?:\s*,\s*|\s+)right(?=\s{0,20}(?:[.!\u2026]|$|lol|lmao"
            r"|smh|as\s+if|\U0001F644|\U0001F612))|ri{2}ght(?=\s{0,20}[.!\u2026]|\s{0,20}$)"
            r"|su{2}re(?=\s{0,20}(?:[.!,\u2026]|$|you|u|jan|buddy|pal))|as\s+if(?=\s{0,20}(?:[.!\u2026]|$)))"
        ),
        anchors=("yeah", "yeh", "yea", "ya", "yah", "yep", "riight", "suure", "if"),
        message="Dismisses what was said as untrue: yeah right, suuure.",
        examples=("Yeah right.", "yeah, right!", "riiiight", "suuure you will", "as if!"),
        near_misses=(
            "Yeah, right here: the settings page",
            "yeah right now it works",
            "Yeah, right? It's great",
            "sure, that works",
            "as if it was new",
        ),
        source="taxonomy.md (yeah right)",
    ),
    Rule(
        id="en.hostility.sarcasm.oh_great",
        label=L.HOSTILITY_SARCASM,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:oh(?:\s*,\s*|\s+)(?:great|wonderful|perfect|brilliant|fantastic|lovely|super"
            r"|terrific|awesome|fabulous|marvel{1,2}ous|splendid|goody|good)(?:\s*[,.!\u2026]{1,5}\s*|\s+)"
            r"(?:(?:yet\s+)?another|more|again|so\s+now|now(?!\s{1,20}(?:it\s+works|it'?s\s+(?:working"
            r"|fixed|back)|i\s+(?:can|see|get\s+it)|we'?re\s+good|that\s+works|it\s+loads)(?!\w)))"
            r"|oh(?:\s*,\s*|\s+)(?:joy|goody)(?!\w)|just\s+(?:peachy|dandy|swell)"
            r"|(?:well|that'?s|thats|that\s+is)(?:\s*,\s*|\s+)just\s+(?:great|perfect|wonderful|brilliant"
            r"|fantastic|lovely|marvel{1,2}ous|super)(?!\w)(?![\s,]{0,20}(?:thanks|thank|thx|ty|news"
            r"|!{1,10}\s{0,5}(?:thanks|thank)))"
            r"|(?:great|wonderful|perfect|fantastic|brilliant|lovely)[.!,\u2026]*\s+just\s+(?:great"
            r"|wonderful|perfect|fantastic|brilliant|lovely)(?!\w)(?![.!,\s]{0,20}(?:thanks|thank|thx))"
            r"|what\s+a\s+(?:surprise|shock|shocker)|surprise(?:\s*,\s*|\s+)surprise|(?<!\ba\s)big"
            r"\s+surprise(?=\s{0,20}[.!,\u2026]|\s{1,20}there)|colou?r\s+me\s+(?:surprised|shocked)"
            r"|how\s+convenient|gee(?:\s*,\s*|\s+)thanks|slow\s+clap"
            # "great job, really." with nothing after it
            rf"|{_PRAISE_JOB}\s*,\s*(?:really|truly|seriously)(?=\s{{0,20}}(?:[.!\u2026]|$)))"
        ),
        anchors=(
            "oh",
            "just",
            "well",
            "that",
            "thats",
            "great",
            "wonderful",
            "perfect",
            "fantastic",
            "brilliant",
            "lovely",
            "what",
            "surprise",
            "big",
            "color",
            "colour",
            "how",
            "gee",
            "slow",
            "nice",
            "good",
            "excellent",
            "awesome",
            "amazing",
            "stellar",
            "superb",
            "outstanding",
            "terrific",
            "way",
            "bravo",
            "kudos",
        ),
        message="Sarcastic praise: oh great, another delay; what a surprise.",
        examples=(
            "Oh great, another delay.",
            "oh joy",
            "Well that's just great",
            "wonderful just wonderful",
            "What a surprise, it broke again",
            "how convenient",
            "oh perfect, now it won't even open",
            "great job, really.",
        ),
        near_misses=(
            "Oh great, now it works! Thanks",
            "that's just perfect, thank you!",
            "what a pleasant surprise",
            "we have a big surprise for you",
            "great job, thank you so much!",
            "great job, really appreciate it",
        ),
        source="taxonomy.md (oh great, another delay; great job, really)",
    ),
    Rule(
        id="en.hostility.sarcasm.scare_quotes",
        label=L.HOSTILITY_SARCASM,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:(?:your|ur|the|this|that|their|his|her|a|is|you'?re|you\s+are"
            r"|so[\s-]{0,3}called|for\s+the|call\s+(?:that|this|it)|calls?\s+(?:that|this|it))\s*"
            rf"(?:\"(?:{_SCARE})\"|'(?:{_SCARE})')"
            rf"|(?:your|ur|so[\s-]{{0,3}}called|supposed|supposedly)\s*(?:\"(?:{_SCARE_BRAND})\""
            rf"|'(?:{_SCARE_BRAND})')){_UI_WORDS}"
            rf"|(?<!\w)so[\s-]{{0,3}}called\s+(?:{_SCARE}|{_SCARE_BRAND})(?!\w){_UI_WORDS}"
        ),
        anchors=(
            "your",
            "ur",
            "the",
            "this",
            "that",
            "their",
            "his",
            "her",
            "a",
            "is",
            "you",
            "youre",
            "so",
            "for",
            "call",
            "calls",
            "supposed",
            "supposedly",
            "called",
        ),
        in_quotes=True,
        message='Puts the service\'s own words in scare quotes: your "customer service".',
        examples=(
            'thanks for the "help"',
            "your 'support' is ignoring the problem",
            'I have no patience for your "customer service" people',
            "your so-called support team",
            'your "unlimited" data gets throttled',
        ),
        near_misses=(
            'click the "Help" button',
            'go to "Settings" then "Support"',
            'I picked the "Premium" plan',
            'He said "thanks for the help" and left.',
        ),
        source='taxonomy.md (thanks for the "help")',
    ),
    Rule(
        id="en.hostility.sarcasm.love_waiting",
        label=L.HOSTILITY_SARCASM,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:(?:i|we)\s+(?:just\s+|really\s+|absolutely\s+|so\s+|truly\s+|simply\s+)?"
            r"(?:love|adore|enjoy)\s+(?:waiting|being\s+(?:ignored|lied\s+to|put\s+on\s+hold"
            r"|kept\s+on\s+hold|on\s+hold|overcharged|charged\s+twice|double\s+charged|hung\s+up\s+on"
            r"|ripped\s+off|scammed|stranded|transferred|disconnected|treated\s+like)"
            r"|paying\s+(?:for\s+nothing|extra|more|twice)|getting\s+(?:charged|billed|ignored"
            r"|lied\s+to|hung\s+up\s+on)|sitting\s+on\s+hold|spending\s+(?:hours|my\s+\w+\s+on))"
            r"|(?<=(?:^|[.!?\n])\s{0,40})nothing\s+like\s+(?:waiting|being|sitting|spending"
            r"|paying|getting|having|standing|starting|finding|coming\s+home)"
            r"|(?:love|loving|adore)\s+(?:it\s+)?(?:when|how)\s+(?:[\w'@]{1,20}\s+){0,8}?"
            r"(?:hangs?\s+up|crash(?:es|ed)?|cancel\w{0,4}|delay\w{0,3}|overcharg\w{0,3}"
            r"|charge\w{0,2}\s+(?:me|us)\s+twice|dies|drops?|lose|loses|lost|breaks|broke"
            r"|stops?\s+working|goes\s+down|went\s+down|ignores?|ignored|(?:doesn|won|don)'?t"
            r"\s+(?:work|load|reply|respond|answer)))"
        ),
        anchors=("i", "we", "nothing", "love", "loving", "adore"),
        message="Sarcastic love of a failure: I just love waiting on hold.",
        examples=(
            "I just love waiting on hold for an hour",
            "Nothing like waiting at the airport for 3 hours.",
            "Love when the app crashes mid-song",
            "we love being ignored",
            "don't you love it when your flight gets delayed",
        ),
        near_misses=(
            "I love the new update",
            "the shoes look nothing like the picture",
            "I love how easy it is to use",
            "I'd love waiting less, any tips?",
        ),
        source="common support language",
    ),
    Rule(
        id="en.hostility.sarcasm.praise_with_failure",
        label=L.HOSTILITY_SARCASM,
        speakers=CUSTOMER,
        pattern=(
            # Praise that ends the message after a failure: "Lost my bag. Great job!"
            rf"(?<!\w)(?={_PRAISE_FULL}{_AT_END})(?<={_FAILURE}[^\n]{{0,100}}){_PRAISE_FULL}"
            # Praise that opens the message before a failure: "Great service! 2 hours on hold"
            rf"|(?<=^[^\w\n]{{0,60}}(?:(?:yeah|yea|wow|oh|well|so|hey|ok|okay)[^\w\n]{{1,5}})?)"
            rf"{_PRAISE_FULL}(?=[^\n]{{0,100}}?{_FAILURE})"
        ),
        anchors=(
            "great",
            "nice",
            "good",
            "fantastic",
            "excellent",
            "awesome",
            "amazing",
            "brilliant",
            "stellar",
            "superb",
            "wonderful",
            "outstanding",
            "terrific",
            "fabulous",
            "top",
            "first",
            "world",
            "well",
            "way",
            "bravo",
            "kudos",
        ),
        not_if_message_has=(
            r"thank(?!s\s+to\b)|thx|appreciat|props|shout[\s-]{0,3}out|kudos\s+to|hats\s+off"
            r"|keep\s+up|grateful|resolved|fixed|sorted|solved|giving\s+me|gave\s+me|compensat|voucher"
            r"|credited|miles|found|finding|recover\w{0,4}|tracked|returned|\bbut\b|although|though|despite"
            r"|however|\U0001F44D|\u2764|\U0001F60A|\U0001F64F|\U0001F600|\U0001F603|\U0001F642"
            r"|\u263a|\U0001F495|\U0001F499|\U0001F970|\U0001F60D|:\)",
        ),
        message="Praise next to a failure: great job, lost my bag again.",
        examples=(
            "No one knows where my parcel is. GREAT job.",
            "Lost all my playlists. Great job!",
            "Way to go guys, only took you 3 days to reply",
            "Amazing customer service: 2 hours on hold and still no answer",
        ),
        near_misses=(
            "Great job guys, it works now!",
            "My flight was delayed but great service from the crew",
            "Great customer service, thank you!",
            "great work on the new release",
        ),
        source="common support language",
    ),
    Rule(
        id="en.hostility.sarcasm.eye_roll",
        label=L.HOSTILITY_SARCASM,
        speakers=CUSTOMER,
        pattern=(
            r"\U0001F644|\*\s{0,2}(?:eye[\s-]{0,3}roll|rolls?\s+(?:my\s+)?eyes)\s{0,2}\*"
            r"|:rolleyes:|(?<!\w)eye[\s-]{0,3}roll(?:s|ing)?(?!\w)"
            r"|(?<!\w)(?:thanks|thank\s+(?:you|u)|thx|ty|neat|great|nice|cool|awesome|love|perfect"
            r"|fun|wonderful|good|brilliant|amazing|lovely|yay)(?!\w)[^.!?\n\U0001F643]{0,60}"
            r"\U0001F643"
        ),
        severity=Severity.LOW,
        message="Rolls the eyes: \U0001f644, or thanks with an upside-down smile.",
        examples=(
            "still waiting \U0001f644",
            "*rolls eyes*",
            "Neat \U0001f643",
            "thank u to the woman who ID'd me \U0001f643\U0001f643",
        ),
        near_misses=("that's annoying \U0001f643", "thanks so much \U0001f60a"),
        source="common support language",
    ),
)

RULES: tuple[Rule, ...] = INSULT_RULES + PROFANITY_RULES + SHOUTING_RULES + SARCASM_RULES

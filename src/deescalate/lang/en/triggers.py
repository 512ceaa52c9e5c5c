"""Agent-side triggers: what not to say to an upset customer.

Twelve labels from taxonomy.md ("Agent-side triggers"), all spoken by the agent.
The rewriter replaces every trigger span it is given, so a false hit becomes a
wrong edit: the rules aim at the phrase a person would replace ("I can't do
that", "calm down", "that's not my department", "this is our policy", "I'll have
to check with my manager", "you should have read the terms"), and they stay
quiet on the look-alikes that ordinary support replies are full of:

* "I can't wait to help", "if you can't log in, ...", "sorry you can't access it"
  (a description of the customer's problem) are not refusals;
* "we don't charge for returns" is good news, not an inflexible "we don't";
* "you should have received an email" is information, not blame;
* "you can check our refund policy here" and "our policy lets me refund you" are
  not a policy wall;
* a refusal followed by an alternative in the same message ("we can't help with
  that here, but you can reach our billing team at ...") is not a *flat*
  refusal, and empathy followed by an action ("I understand how frustrating
  this is, so I've refunded you") is not hollow;
* "once things calm down", "sit back and relax" do not tell anyone to calm down.

Patterns are written against the folded view (lower case, straight
apostrophes). The shared pieces below are plain strings so every rule's full
pattern can be read where it is defined.
"""

from __future__ import annotations

from typing import Any

from deescalate.labels import Label, Severity
from deescalate.lang.en._shared import AGENT
from deescalate.rules import Rule, phrase_fragment

L = Label

# --- Shared pieces -----------------------------------------------------------------------

# "calm down" and its kin, tolerating stretched letters ("calm dooown").
_CALM = phrase_fragment("calm", "settle", "simmer")
_DOWN = phrase_fragment("down")
# "can't" in its spellings: "can't", "cant", "cannot", "can not".
_CANT = r"(?:can'?t|cannot|can\s+not)"
# "I" or "we" unable: "I can't", "we cannot", "I'm unable to", "we won't be able to".
# "we're" needs its apostrophe here ("you were unable to" is not "we're").
_I_WE_CANT = (
    r"(?:(?:i|we)\s+(?:really\s+|just\s+|simply\s+|honestly\s+|truly\s+|unfortunately\s+)?"
    r"(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to"
    r"|(?:am|are)\s+(?:unable|not\s+able)\s+to)"
    r"|(?:i'?m|we're)\s+(?:really\s+|just\s+|simply\s+|unfortunately\s+)?(?:unable|not\s+able)\s+to)"
)
# Where an imperative can stand: the start of a clause, or after a softener ("just relax",
# "please take a deep breath"), or after "you need to" / "I need you to".
_IMPERATIVE = (
    r"(?:(?<=^|[.!?,;:\n(\-]|[.!?,;:\n(\-]\s{1,3})(?:just\s+|please\s+|now\s+|so\s+|ok\s+|okay\s+)?"
    r"|(?<=\b(?:just|please|now|ok|okay|so|oh|hey|sir|ma'?am|look|listen|first|pls|plz|kindly"
    r"|simply|then|come\s+on)\s{1,3})"
    r"|\byou\s+(?:really\s+|just\s+)?(?:need|have|got|gotta|must|should|ought)\s+(?:to\s+)?"
    r"(?:just\s+)?"
    r"|\b(?:i\s+(?:need|want|would\s+like|'d\s+like)\s+you|(?:please\s+)?try)\s+to\s+(?:just\s+)?)"
)
# The rest of a blaming clause, so the span is the whole phrase to rewrite ("you should
# have read the terms"): up to five words, stopping at a conjunction or punctuation.
_TAIL = (
    r"(?:\s+(?!(?:and|but|so|because|then|before|after|which|when|since|or|if|as|though)\b)"
    r"[\w'\-]+){0,5}"
)
# A conditional or concessive in front turns a refusal into something else.
_NOT_AFTER_IF = r"(?<!\b(?:if|unless|whether|when|while|though|although|whilst)\s)"
# The agent's own boss.
_BOSS = (
    r"(?:(?:line\s+|store\s+|shift\s+|floor\s+|general\s+)?manager|supervisor|boss|superiors?"
    r"|team\s+lead(?:er)?|higher[\s\-]ups?|management)"
)
# "nothing I can do", "not much we can do": an "I can" that is itself a refusal.
_NOTHING_BEFORE = (
    r"(?<!\b(?:nothing|anything|much|little|lot)\s{1,3}(?:(?:else|more|further)\s{1,3})?"
    r"(?:that\s{1,3})?)"
)
# Words that make a policy work *for* the customer ("our policy lets me refund you"),
# anywhere in the rest of the sentence ("per our policy, you're entitled to ..."); an
# "I can" inside a refusal ("that's our policy, there's nothing I can do") is not one.
_ENABLING = (
    r"(?![^.!?\n]{0,100}\b(?:lets?\s+(?:me|us|you)|allows?\s+(?:me|us|you)|entitles?"
    r"|you(?:'re|\s+are)\s+(?:entitled|eligible|covered|protected)"
    r"|" + _NOTHING_BEFORE + r"you\s+(?:qualify|can|may)\b"
    r"|"
    + _NOTHING_BEFORE
    + r"(?:i|we)(?:'ll|\s+will|\s+can\b(?!'|\s{1,5}not)|\s+are\s+able|'re\s+able|'m\s+able)"
    r"|full\s+refund|make\s+(?:it|this|things)\s+right|happy\s+to|protects?\s+you|free\b"
    r"|no\s+(?:charge|fee|cost)|waived?\b))"
)

# A refusal that is a question ("so I can't change it?") or names its condition ("we can't
# refund it until it arrives back") is not a flat refusal.
_NOT_FLAT: tuple[str, ...] = (
    r"\b(?:i|we)(?:'m|'re)?\b[^.!?\n]{0,100}\?",
    r"\b(?:i|we)(?:'m|'re)?\b[^.!?\n]{0,60}\b(?:unless|until|till|without|once|as\s+soon\s+as)\b",
)

# An alternative or a next step offered in the same message: a refusal that comes with
# one is not flat ("we can't do that here, but you can reach us at ...").
_ALTERNATIVE: tuple[str, ...] = (
    r"\b(?:what|all)\s+(?:i|we)\s+(?:can|could)\s+do\b",
    r"\bhere(?:'s|\s+is|\s+are)\s+(?:what|how|the|a|an|some|our|my|where|a\s+link)\b",
    r"\binstead\b",
    r"\b(?:option|options|alternative|alternatives|workaround|work-around)\b",
    r"\b(?:i|we)(?:'ll|\s+will|'d\s+(?:be\s+(?:happy|glad)|love|like)"
    r"|\s+would\s+(?:be\s+(?:happy|glad)|love|like)|'m\s+(?:happy|glad)|\s+am\s+(?:happy|glad)"
    r"|'re\s+(?:happy|glad)|\s+are\s+(?:happy|glad))\b",
    r"(?<!(?:nothing|something|much|anything|else|more|further|that)\s)"
    r"\b(?:i|we)\s+(?:can|could)\s+(?!not\b)(?:still\s+|definitely\s+|certainly\s+|also\s+"
    r"|however\s+)?(?:help|assist|offer|send|refer|give|try|escalate|check|look|pass|forward"
    r"|connect|transfer|put|set|arrange|book|credit|refund|issue|provide|recommend|suggest|point"
    r"|share|get|make|take|open|submit|raise|flag|reach|call|email|follow|express|note|add"
    r"|rebook|reship|replace|upgrade|waive|cover|reimburse|compensate|extend|switch|move"
    r"|change|cancel|order|ship|deliver|reset|restore|fix|sort|walk|guide)\b",
    r"\b(?:but|however|though|although)\b,?\s+(?:\w+\s+){0,2}?(?:i|we|you|they)"
    r"(?:'ll|\s+(?:can|could|will|may|might)\b(?!'|n'?t|\s{1,5}not))",
    r"\byou\s+(?:can|could|may|might)\s+(?!not\b)(?:also\s+|still\s+|always\s+|easily\s+)?\w",
    r"\b(?:please|kindly|feel\s+free\s+to|you'?ll\s+(?:want|need)\s+to"
    r"|you\s+(?:will|may|might)\s+(?:want|need)\s+to|you\s+need\s+to|try\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:contact|reach|call|e-?mail|visit|dm|message|send|check|see|try|use|go"
    r"|follow|submit|fill|open|get\s+in\s+touch|talk|speak|chat|head|click|tap|ask|apply|request"
    r"|let\s+us\s+know|refer|look|give|ring|text|write|file|raise|report|log|sign|update|restart"
    r"|reinstall|select|tweet|join|book|return|review|read|inform|provide|share|tell)\b",
    r"\b(?:dm|pm|direct\s+message|private\s+message|message|send|e-?mail|call|contact|tweet)\s+"
    r"(?:us|me)\b",
    r"\breach\s+(?:out|us)\b",
    r"\bget\s+in\s+touch\b",
    r"\b(?:contact|call|visit|e-?mail)\s+(?:our|the|them|their|your)\b",
    r"\b(?:their|our|the)\s+(?:\w+\s+){0,2}?(?:number|phone|website|site|e-?mail|address"
    r"|helpline|hotline|desk|chat)\s+(?:is|are|can)\b",
    r"\b(?:the|our|their|your|a|my)\s+(?:\w+\s+){0,2}?(?:team|department|dept|store|seller"
    r"|manufacturer|bank|carrier|agents?|specialists?|colleagues?|experts?|support)\s+"
    r"(?:can|will|should|would|could|may|is\s+able|are\s+able)\s+(?!not\b)",
    r"\b(?:this|the\s+following|following)\s+(?:\w+\s+)?(?:link|article|guide|page|form)\b",
    r"\b(?:link|article|guide)\s+(?:below|above|here)\b",
    r"\bat\s+the\s+link\b",
    r"\b(?:visit|check\s+out)\b",
    r"\b(?:i|we)(?:'ve|\s+have)\s+(?:\w+\s+)?(?:sent|forwarded|passed|escalated|raised|logged"
    r"|flagged|shared|reported|refunded|issued|credited|added|arranged|booked|submitted|created"
    r"|opened|requested|applied|processed|reached|contacted|notified|included|attached|linked)\b",
    r"\blet\s+(?:me|us)\b",
    r"\b(?:would\s+you|if\s+you'?d)\s+(?:like|prefer)\b",
    r"\b(?:recommend|suggest|advise|encourage)\b",
)

# Something concrete done or promised in the same message: empathy followed by one
# of these is not hollow ("I understand how frustrating this is, so I've refunded you").
_CONCRETE: tuple[str, ...] = (
    *_ALTERNATIVE,
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to"
    r"|\s+are\s+going\s+to|'d\s+like\s+to)\s+(?!not\b|never\b)\w",
    r"\b(?:i|we)(?:'ve|\s+have)\s+(?:already\s+|just\s+|now\s+)?\w{2,20}ed\b",
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?been\s+(?:\w+\s+)?(?:refunded|issued|sent|credited"
    r"|processed|escalated|cancell?ed|fixed|resolved|updated|reset|restored|approved|arranged"
    r"|booked|shipped|dispatched|applied|added|removed|reversed|waived|forwarded|reported"
    r"|passed|flagged|logged|submitted)\b",
    r"\b(?:refund|replacement|voucher|credit|discount|compensation|reimburse\w{0,6}"
    r"|rebook\w{0,4})\b",
    r"\bwithin\s+(?:the\s+next\s+)?(?:\d|one|two|three|four|five|seven|ten|a\s+few|a\s+couple)",
    r"\b(?:by|on|before|until)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|tonight|end\s+of)\b",
    r"\bnext\s+steps?\b",
    r"\?",
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?!imagine\b)\w",
    r"\b(?:will|'ll)\s+(?:soon\s+|now\s+)?be\s+(?:\w+\s+)?(?:passed|forwarded|shared|sent|escalated"
    r"|reviewed|refunded|credited|processed|fixed|resolved|looked|in\s+touch|contacting|reaching)\b",
    r"\b(?:we'?re|we\s+are|i'?m|i\s+am|team\s+is|teams\s+are)\s+(?:currently\s+|now\s+|still\s+)?"
    r"(?:working|offering|sending|arranging|processing|refunding|issuing)\b",
    r"\b(?:we'?re|we\s+are|i'?m|i\s+am|(?:the|our)\s+(?:\w+\s+)?team\s+(?:is|are))\s+"
    r"(?:currently\s+|now\s+|already\s+|actively\s+)?(?:looking\s+into|working\s+on"
    r"|investigating|checking|reviewing|escalating|processing|fixing|on\s+it)\b",
)

# Reported speech in single quotes that contain an apostrophe ("you wrote 'we can't help
# you'"): the engine's quote finder stops at the apostrophe, so the rules say it again.
_REPORTED = (
    r"\b(?:said|says|say|saying|wrote|writes|write|tweeted|messaged|asked|told\s+(?:you|me|us))"
    r"\s{0,3}[:,]?\s{0,3}'[^\n]{1,100}?'(?!\w)"
)


def _rule(*, not_within: tuple[str, ...] = (), **fields: Any) -> Rule:
    """A trigger rule: quoted words are reported speech, never the agent's own."""
    return Rule(not_within=(*not_within, _REPORTED), **fields)


RULES: tuple[Rule, ...] = (
    # === trigger.calm_down ================================================================
    _rule(
        id="en.trigger.calm_down.calm_down",
        label=L.TRIGGER_CALM_DOWN,
        speakers=AGENT,
        pattern=(
            r"(?:\b(?:you\s+(?:really\s+|just\s+)?(?:need|have|got|must|should)|i\s+need\s+you)\s+"
            r"to\s+(?:just\s+)?)?"
            rf"\b{_CALM}\s+(?:yourself\s+)?{_DOWN}\b"
        ),
        anchors=("calm", "settle", "simmer"),
        not_within=(
            # Something else calming down: "once things calm down", "until it settles down".
            r"\b(?:things|it|everything|they|he|she|situation|weather|storms?|traffic|demand"
            r"|crowds?|rush|dust|markets?|winds?|waters?|seas?|queues?|volumes?|noise|kids"
            r"|baby|dog|pain|swelling|i|we)\s+(?:\w+\s+){0,2}(?:calm|settle|simmer)\s+down",
            # Music and breathing that help: "this playlist helps you calm down".
            r"\bhelps?\s+(?:you\s+)?(?:to\s+)?(?:calm|settle)\s+(?:yourself\s+)?down",
            # Reported or refused: "tell me to calm down", "I won't tell you to calm down".
            r"\b(?:tell|telling|told|asked|asking|ask)\s+(?:me|him|her|them)\s+to\s+calm\s+down",
            r"\b(?:was|were|being|be|get|got)\s+told\s+to\s+calm\s+down",
            r"\b(?:won'?t|will\s+not|would\s+never|wouldn'?t|never|not|don'?t\s+want\s+to)\s+"
            r"(?:\w+\s+){0,2}?(?:tell|telling|ask|asking)\s+you\s+to\s+calm\s+down",
        ),
        message="Tells the customer to calm down, which dismisses how they feel.",
        examples=(
            "Please calm down so I can look at your account.",
            "Sir, you need to calm down.",
            "Calm down, we will get to your ticket.",
            "I need you to settle down before we continue.",
        ),
        near_misses=(
            "We'll reopen the line once things calm down after the storm.",
            "This playlist helps you calm down after a long day.",
            "I would never tell you to calm down; your frustration makes sense.",
            "You said 'don't tell me to calm down' and that's fair.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.calm_down.relax",
        label=L.TRIGGER_CALM_DOWN,
        speakers=AGENT,
        pattern=_IMPERATIVE + r"relax\b",
        anchors=("relax",),
        not_within=(
            r"\b(?:sit|kick|lie|lay)\s+back,?\s+(?:and\s+|&\s+)?relax",
            r"\brelax,?\s+(?:and|&)\s+enjoy",
            r"\b(?:time|chance|place|way|somewhere|spot|moment|opportunity|room|space)\s+to\s+relax",
            r"\b(?:you\s+can|you\s+could|you'?ll\s+be\s+able\s+to|can\s+now|let\s+you|help\s+you"
            r"|helps\s+you|helping\s+you|lets\s+you)\s+(?:just\s+)?relax",
            r"\brelax\s+(?:mode|playlist|music|mix|room|lounge|zone|area|seats?|seating|setting"
            r"|station|sounds?)\b",
            r"\b(?:tell|telling|told|asked|asking)\s+(?:me|him|her|them)\s+to\s+relax",
        ),
        message="Tells the customer to relax, which dismisses how they feel.",
        examples=(
            "Relax, your package will get there.",
            "You need to relax, sir, it's only a delay.",
            "Just relax and let me check.",
        ),
        near_misses=(
            "Sit back and relax, we'll take it from here.",
            "The new seats let you relax on long flights.",
            "Enjoy a relaxing stay with us!",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.calm_down.no_need_to_shout",
        label=L.TRIGGER_CALM_DOWN,
        speakers=AGENT,
        pattern=(
            r"(?:\bthere(?:'s|\s+is)\s+)?\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:shout|yell|scream"
            r"|get\s+(?:so\s+)?(?:upset|angry|mad|worked\s+up|emotional|aggressive|hostile|nasty"
            r"|rude|personal|heated|hysterical)"
            r"|be\s+(?:so\s+)?(?:upset|angry|mad|rude|aggressive|hostile|nasty|emotional|dramatic"
            r"|hysterical|like\s+that)"
            r"|raise\s+your\s+voice|use\s+(?:that|such)\s+(?:language|tone)|swear|curse"
            r"|type\s+in\s+(?:all\s+)?caps|use\s+(?:all\s+)?caps)\b"
            r"|\bno\s+need\s+for\s+(?:that|(?:the|all\s+the)\s+(?:shouting|yelling|caps|attitude"
            r"|drama)|shouting|yelling|that\s+(?:tone|language|attitude))\b"
        ),
        anchors=("need",),
        message="Tells the customer their anger is uncalled for, which dismisses how they feel.",
        examples=(
            "There's no need to shout.",
            "No need to get so upset, it's just a form.",
            "There is no need for that tone.",
        ),
        near_misses=(
            "No need to worry, your refund is on its way.",
            "There's no need to apologize!",
            "No need to call us, we'll email you the label.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.calm_down.stop_shouting",
        label=L.TRIGGER_CALM_DOWN,
        speakers=AGENT,
        pattern=(
            r"\b(?:(?:please\s+)?stop|quit)\s+(?:shouting|yelling|screaming|being\s+(?:so\s+)?"
            r"(?:emotional|dramatic|hysterical))\b"
            r"|\b(?:lower|keep)\s+your\s+voice(?:\s+down)?\b"
            r"|(?<!\b(?:i|we|they|you|who|people|he|she|it|and|or)\s)"
            r"\b(?:don'?t|do\s+not)\s+(?:shout|yell|scream|get\s+(?:so\s+)?(?:upset|worked\s+up"
            r"|emotional|hysterical|mad|angry|hostile|aggressive))\b"
        ),
        anchors=("stop", "quit", "lower", "keep", "don't", "dont", "not"),
        message="Orders the customer to stop showing anger instead of addressing it.",
        examples=(
            "Please stop shouting at me.",
            "Don't get upset, it's a simple fix.",
            "Keep your voice down, please.",
        ),
        near_misses=(
            "Shout if you need anything else!",
            "We'll stop the charges once the account is closed.",
            "Don't worry, we'll sort it out today.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.calm_down.take_it_easy",
        label=L.TRIGGER_CALM_DOWN,
        speakers=AGENT,
        pattern=(
            _IMPERATIVE
            + r"(?:take\s+it\s+easy\b(?![!.,]?\s{1,5}(?:and\s+)?(?:have|enjoy|see\s+you|talk\s+soon"
            r"|stay|cheers|happy|on\s+the|with\s+the))"
            r"|take\s+a\s+(?:deep\s+|few\s+deep\s+)?breaths?\b"
            r"|chill\s+out\b(?!\s{1,5}(?:with|to|on|in|at)\b)"
            r"|cool\s+it\b|get\s+a\s+grip\b|pull\s+yourself\s+together\b"
            r"|take\s+a\s+chill\s+pill\b)"
        ),
        anchors=("take", "chill", "cool", "grip", "pull"),
        message="Tells the customer to calm down in other words, which dismisses how they feel.",
        examples=(
            "Take it easy, it's only one late order.",
            "Take a deep breath, we'll sort this out.",
            "You need to chill out.",
        ),
        near_misses=(
            "Take it easy and have a great weekend!",
            "Chill out with our new Friday playlist.",
            "Take a look at the steps below.",
        ),
        source="taxonomy.md",
    ),
    # === trigger.not_my_problem ===========================================================
    _rule(
        id="en.trigger.not_my_problem.not_my",
        label=L.TRIGGER_NOT_MY_PROBLEM,
        speakers=AGENT,
        pattern=(
            r"(?:\b(?:that|it|this)(?:'s|\s+is|\s+was)?\s+(?:really\s+|just\s+|simply\s+"
            r"|definitely\s+)?)?"
            r"\b(?:not|isn'?t)\s+(?:really\s+)?(?:my|our)\s+(?:problem|fault|department|dept|job"
            r"|responsibility|concern|issue|area)\b"
            r"|\bnone\s+of\s+(?:my|our)\s+(?:business|concern)\b"
            r"|\b(?:has|had|have)\s+nothing\s+to\s+do\s+with\s+(?:me|us)\b"
            r"|\b(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is)\s+(?:between\s+you\s+and\s+"
            r"(?:the|your)\s+\w+|(?:the\s+)?\w+'s\s+(?:problem|responsibility)"
            r"|their\s+(?:problem|responsibility)"
            r"|your\s+(?:own\s+)?problem)\b"
        ),
        anchors=(
            "not",
            "isn't",
            "isnt",
            "none",
            "nothing",
            "that's",
            "thats",
            "that",
            "it's",
            "its",
            "it",
            "this",
        ),
        message="Deflects responsibility for the customer's problem.",
        examples=(
            "That's not my problem.",
            "Sorry, billing is not my department.",
            "It's not our fault the courier lost it.",
            "That's between you and the seller.",
        ),
        near_misses=(
            "It's not your fault at all, and I'll fix it now.",
            "No problem at all, happy to help!",
            "This is our problem to fix, not yours.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.not_my_problem.someone_else",
        label=L.TRIGGER_NOT_MY_PROBLEM,
        speakers=AGENT,
        pattern=(
            r"\byou(?:'ll|\s+will|'d|\s+would)?\s+(?:\w+\s+)?(?:have|need)\s+to\s+(?:call|contact"
            r"|ask|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|go\s+to|try|e-?mail|write\s+to)"
            r"\s+(?:(?:someone|somebody)\s+else|another\s+(?:department|team|company)"
            r"|a\s+different\s+(?:department|team|company)|the\s+other\s+(?:department|team))\b"
            r"|\byou(?:'ll|\s+will|'d|\s+would)?\s+(?:\w+\s+){0,2}?take\s+(?:it|this|that)\s+up"
            r"\s+with\b"
            r"|\b(?:i|we)\s+(?:just|only)\s+work\s+here\b"
            r"|\bdon'?t\s+(?:blame|shoot)\s+(?:me|us|the\s+messenger)\b"
            r"|\b(?:i'?m|i\s+am)\s+(?:just|only)\s+the\s+messenger\b"
            r"|\b(?:out\s+of|beyond)\s+(?:my|our)\s+(?:hands|control)\b"
            r"|\b(?:i'?m|i\s+am|we're|we\s+are)\s+not\s+(?:responsible|liable|accountable)\b"
        ),
        anchors=(
            "you",
            "work",
            "blame",
            "shoot",
            "messenger",
            "hands",
            "control",
            "responsible",
            "liable",
            "accountable",
        ),
        message="Sends the customer elsewhere or disowns the problem instead of helping.",
        examples=(
            "You'll have to call someone else about that.",
            "You need to take it up with the airline.",
            "I just work here.",
            "That's out of my hands.",
            "We're not responsible for delays caused by the carrier.",
        ),
        near_misses=(
            "Someone else on our team will call you back today.",
            "I'll take this up with our billing team right away.",
            "We're responsible for making this right, and we will.",
        ),
        source="taxonomy.md",
    ),
    # === trigger.contradiction ============================================================
    _rule(
        id="en.trigger.contradiction.you_are_wrong",
        label=L.TRIGGER_CONTRADICTION,
        speakers=AGENT,
        pattern=(
            r"\b(?:you'?re|you\s+are|ur|you\s+were)\s+(?:(?:simply|just|clearly|completely"
            r"|totally|absolutely|actually|quite|so|dead|plain|plainly|obviously)\s+)?(?:wrong"
            r"|mistaken|incorrect|confused|misremembering|being\s+(?:unreasonable|ridiculous"
            r"|irrational|silly|absurd))\b"
        ),
        anchors=("you", "you're", "youre", "ur"),
        negatable=True,
        message="Tells the customer they are wrong or unreasonable.",
        examples=(
            "You're wrong, the order shipped on time.",
            "You are mistaken about the price.",
            "You're being unreasonable.",
        ),
        near_misses=(
            "Sorry, I was wrong about the date.",
            "You're not wrong to be upset about this.",
            "I'm not saying you're wrong; let's check the order together.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.contradiction.not_true",
        label=L.TRIGGER_CONTRADICTION,
        speakers=AGENT,
        pattern=(
            _NOT_AFTER_IF
            + r"(?<!\b(?:think|thinks|believe|feel|say|said|says|saying|know|why|how|sure)\s)"
            r"\b(?:that'?s|that\s+is|that\s+isn'?t|this\s+isn'?t|it'?s|it\s+is)\s+"
            r"(?:simply\s+|just\s+|actually\s+|absolutely\s+|completely\s+|totally\s+)?"
            r"(?:(?:not\s+)?(?:true|correct|accurate|the\s+case|what\s+happened)"
            r"|untrue|incorrect|false|inaccurate)\b"
        ),
        anchors=("that's", "thats", "that", "this", "it's", "its", "it"),
        not_within=(
            # Positive forms only count after "isn't": "that isn't true".
            r"\b(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:simply\s+|just\s+|actually\s+"
            r"|absolutely\s+|completely\s+|totally\s+)?(?:true|correct|accurate|the\s+case"
            r"|what\s+happened)\b",
        ),
        not_if_message_has=(
            # Agreeing or admitting a mistake: "you're right, that's incorrect".
            r"\byou(?:'re|\s+are)\s+(?:absolutely\s+|completely\s+|totally\s+|quite\s+|so\s+)?"
            r"(?:right|correct)\b",
            r"\b(?:my|our)\s+(?:mistake|error|bad)\b",
            r"\b(?:i|we)\s+(?:was|were)\s+wrong\b",
        ),
        message="Contradicts the customer's account flatly.",
        examples=(
            "That's not true, we never charged you twice.",
            "That is incorrect; the item was delivered.",
            "That isn't what happened.",
        ),
        near_misses=(
            "If that's not the case, please DM us.",
            "You're right, that's incorrect and I'm sorry.",
            "That's correct, the refund went out today.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.contradiction.misunderstood",
        label=L.TRIGGER_CONTRADICTION,
        speakers=AGENT,
        pattern=(
            r"\byou(?:'ve|\s+have|\s+must\s+have|\s+may\s+have|\s+might\s+have|\s+clearly)?\s+"
            r"(?:misunderstood|misunderstand|misread|misheard)\b"
            r"|\byou(?:'ve|\s+have)?\s+(?:got|gotten)\s+(?:it|that|this)\s+(?:all\s+)?wrong\b"
            r"|\byou(?:'re|\s+are)\s+exaggerating\b"
            r"|\bthat\s+never\s+happened\b"
            r"|\bthat'?s\s+not\s+what\s+(?:i|we)\s+said\b"
        ),
        anchors=("you", "you've", "youve", "you're", "youre", "never", "that's", "thats"),
        negatable=True,
        message="Tells the customer they have it wrong.",
        examples=(
            "You must have misunderstood the offer.",
            "You've got it all wrong.",
            "You're exaggerating, it was one hour.",
        ),
        near_misses=(
            "Sorry if I misunderstood your question.",
            "I think I got it wrong, my apologies.",
            "Apologies if you were misunderstood by our team.",
        ),
        source="taxonomy.md",
    ),
    # === trigger.cant_help ================================================================
    _rule(
        id="en.trigger.cant_help.cant_help_you",
        label=L.TRIGGER_CANT_HELP,
        speakers=AGENT,
        pattern=(
            _NOT_AFTER_IF + r"\b" + _I_WE_CANT + r"\s+(?:"
            r"help(?:\s+(?:you|with\s+(?:that|this|it)|any\s+further|further|out))?"
            r"(?!\s{1,5}(?:but|feeling|thinking|wondering|noticing|laughing|smiling|myself|ourselves"
            r"|it)\b)"
            r"|assist(?:\s+(?:you|with\s+(?:that|this|it)|any\s+further|further))?"
            r"|do\s+(?:that|this|it|anything|much|any\s+more|anything\s+(?:else|more))"
            r"(?:\s+(?:about\s+(?:it|that|this)|for\s+you))?"
            r")\b"
        ),
        anchors=("i", "we", "i'm", "im", "we're"),
        not_within=_NOT_FLAT,
        not_if_message_has=_ALTERNATIVE,
        message="A flat refusal that closes the conversation without an alternative.",
        examples=(
            "I can't help you.",
            "Sorry, I can't do that.",
            "I can't do anything about it.",
            "We're unable to assist with this request.",
        ),
        near_misses=(
            "I can't wait to help you with your trip!",
            "I can't do that for you right now, but here's what I can do: a full credit.",
            "We can't help with account issues here, but you can reach us at the link below.",
            "If we can't help, we'll find someone who can.",
            "I can't help but smile at your photos!",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.cant_help.nothing_i_can_do",
        label=L.TRIGGER_CANT_HELP,
        speakers=AGENT,
        pattern=(
            r"(?:\bthere(?:'s|\s+is|\s+isn'?t|'s\s+not|\s+is\s+not)\s+(?:really\s+|simply\s+"
            r"|just\s+|honestly\s+)?)?\b(?:nothing|not\s+(?:much|a\s+lot|anything)|(?<=n'?t\s)much"
            r"|(?<=n'?t\s)anything)\s+(?:(?:else|more|further)\s+)?(?:that\s+)?(?:i|we)\s+can\s+do\b"
            r"|\bno\s+way\s+(?:that\s+)?(?:i|we)\s+(?:can|could)\s+(?:do|help|change|fix)\b"
            r"|\bi\s+(?:don'?t|do\s+not)\s+know\s+what\s+(?:else\s+)?you\s+(?:want|expect)\s+"
            r"(?:me|us)\s+to\s+do\b"
        ),
        anchors=("nothing", "much", "anything", "way", "know"),
        not_within=(r"\bthere[^.!?\n]{0,100}\?",),
        not_if_message_has=_ALTERNATIVE,
        message="Says nothing can be done, which closes the conversation.",
        examples=(
            "There's nothing I can do.",
            "Sorry, there isn't much we can do about it.",
            "There's nothing more we can do at this point.",
        ),
        near_misses=(
            "Is there anything else I can do for you today?",
            "There's nothing I can do about the weather, but I can rebook you for free.",
            "There's nothing you need to do; the refund is automatic.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.cant_help.cant_change",
        label=L.TRIGGER_CANT_HELP,
        speakers=AGENT,
        pattern=(
            _NOT_AFTER_IF
            + r"\b"
            + _I_WE_CANT
            + r"\s+(?:double[\s\-]|fully\s+)?(?:change|cancel|refund|override|reverse"
            r"|undo|waive|replace|reinstate|restore|exchange|fix|honou?r|approve|remove|modify"
            r"|compensate|troubleshoot|(?:offer|give|issue)\s+(?:you\s+)?(?:a\s+|any\s+)?(?:full\s+)?"
            r"(?:refunds?|compensation|credits?|discounts?|vouchers?)"
            r"|process\s+(?:a\s+|the\s+|your\s+)?(?:refund|return|cancellation|exchange))"
            r"(?:\s+(?:it|that|this|them))?\b"
        ),
        anchors=("i", "we", "i'm", "im", "we're"),
        not_within=_NOT_FLAT,
        not_if_message_has=_ALTERNATIVE,
        message="Refuses the customer's request outright, with nothing offered instead.",
        examples=(
            "We cannot refund this order.",
            "I can't change it.",
            "Sorry, we're unable to cancel that order.",
        ),
        near_misses=(
            "We can't cancel it now, but you can return it free within 30 days.",
            "If we can't fix it remotely, we'll send a technician.",
            "We can change it for you right away.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.cant_help.not_something",
        label=L.TRIGGER_CANT_HELP,
        speakers=AGENT,
        pattern=(
            r"\b(?:that'?s|that\s+is|this\s+is|it'?s|it\s+is)\s+not\s+something\s+(?:that\s+)?"
            r"(?:i|we)\s+(?:can|are\s+able\s+to|am\s+able\s+to)\s+(?:help\s+with|do|assist\s+with"
            r"|change|fix|offer)\b"
        ),
        anchors=("something",),
        not_within=_NOT_FLAT,
        not_if_message_has=_ALTERNATIVE,
        message="A flat refusal that closes the conversation without an alternative.",
        examples=(
            "That's not something I can help with.",
            "I'm afraid that is not something we can change.",
        ),
        near_misses=(
            "That's not something I can change, but I can pass it on to the team.",
            "Something we can help with? Just ask!",
        ),
        source="common support language",
    ),
    # === trigger.we_dont ==================================================================
    _rule(
        id="en.trigger.we_dont.we_dont",
        label=L.TRIGGER_WE_DONT,
        speakers=AGENT,
        pattern=(
            _NOT_AFTER_IF + r"\bwe\s+(?:just\s+|simply\s+|really\s+|generally\s+|usually\s+"
            r"|currently\s+|unfortunately\s+|normally\s+)?(?:don'?t|do\s+not|no\s+longer)\s+"
            r"(?:do\s+(?:that|this|those|refunds?|exchanges?|returns?|exceptions?|price\s+match\w{0,5}"
            r"|cash\s+refunds?|partial\s+refunds?|that\s+here|it)"
            r"|offer|provide|(?:allow|permit)(?:\s{1,5}(?:that|this|it|returns?|refunds?|exchanges?"
            r"|pets|changes?|cancell?ations?|transfers?|upgrades?|substitutions?|modifications?"
            r"|customers|you|early|late|more|multiple)\b|(?=\s{0,5}(?:[.!,;]|$)))"
            r"|accept|give\s+(?:refunds?|credits?|compensation"
            r"|exceptions?)|make\s+exceptions?|issue|honou?r|refund|exchange|ship|deliver"
            r"|carry|stock|support|price\s+match|guarantee|cover|reimburse|compensate"
            r"|take\s+(?:returns?|back|cash|cards?|checks?|cheques?)|handle|deal\s+with"
            r"|work\s+with|buy\s+back|sell(?!\s{1,5}(?:your|customer|personal|any|user)\b))\b"
        ),
        anchors=("we",),
        message="An inflexible 'we don't' that shuts the request down.",
        examples=(
            "We don't do that.",
            "We don't offer refunds on sale items.",
            "Sorry, we do not accept returns after 30 days.",
            "We no longer ship to PO boxes.",
        ),
        near_misses=(
            "We don't charge for returns.",
            "We don't sell your personal data to anyone.",
            "While we don't offer that yet, we can pass your idea to the team.",
            "We don't want you to miss out, so here's a code.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.we_dont.not_something_we_do",
        label=L.TRIGGER_WE_DONT,
        speakers=AGENT,
        pattern=(
            r"\b(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is)\s+not\s+something\s+(?:that\s+)?"
            r"we\s+(?:do|offer|provide|support|allow|sell|carry)\b"
        ),
        anchors=("something",),
        message="An inflexible 'we don't' that shuts the request down.",
        examples=(
            "That's not something we offer.",
            "Sorry, it is not something we do.",
        ),
        near_misses=(
            "That's something we offer at every store!",
            "It's not something we can fix overnight, but we're on it.",
        ),
        source="taxonomy.md",
    ),
    # === trigger.manager_check ============================================================
    _rule(
        id="en.trigger.manager_check.check_with_manager",
        label=L.TRIGGER_MANAGER_CHECK,
        speakers=AGENT,
        pattern=(
            r"(?:\b(?:i|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:have|need)\s+to\s+|\blet\s+me\s+"
            r"|\bi\s+(?:must|should)\s+)?\b(?:check|clear|confirm|ask|consult|speak|talk|verify"
            r"|discuss|run)\s+(?:(?:this|that|it)\s+)?(?:(?:with|by|to|past)\s+)?(?:my|our)\s+"
            + _BOSS
            + r"\b"
            r"|\b(?:get|need|require)\s+(?:\w+\s+)?(?:approval|permission|authori[sz]ation"
            r"|sign[\s\-]off|the\s+ok|the\s+go[\s\-]ahead)\s+from\s+(?:my|our|a)\s+" + _BOSS + r"\b"
            r"|\b(?:my|our)\s+" + _BOSS + r"\s+(?:would\s+|will\s+)?(?:has|have|needs?|must)\s+to"
            r"\s+(?:approve|authori[sz]e|sign\s+off|ok|decide)\b"
            r"|\bonly\s+(?:my|a|the|our)\s+" + _BOSS + r"\s+can\b"
        ),
        anchors=(
            "manager",
            "supervisor",
            "boss",
            "superior",
            "superiors",
            "lead",
            "leader",
            "higher",
            "management",
        ),
        message="Implies the agent has no authority to solve the problem.",
        examples=(
            "I'll have to check with my manager.",
            "Let me ask my supervisor if that's allowed.",
            "I need approval from my manager for that.",
            "Only a supervisor can do that.",
        ),
        near_misses=(
            "I'll bring in a supervisor to get you the best help.",
            "My manager asked me to follow up with you personally.",
            "I can escalate this issue to my manager for further assistance.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.manager_check.not_allowed",
        label=L.TRIGGER_MANAGER_CHECK,
        speakers=AGENT,
        pattern=(
            r"\b(?:i'?m|i\s+am)\s+(?:just\s+|simply\s+|really\s+|afraid\s+i'?m\s+)?not\s+"
            r"(?:allowed|permitted|authori[sz]ed|able\s+to\s+(?:authori[sz]e|approve)"
            r"|in\s+a\s+position)\s+to\b"
            r"|\b(?:i|we)\s+(?:don'?t|do\s+not)\s+have\s+(?:the\s+)?(?:authority|authori[sz]ation"
            r"|permission|clearance)\b|\b(?:i|we)\s+(?:don'?t|do\s+not)\s+have\s+the\s+power\s+to\b"
            r"|\bi\s+" + _CANT + r"\s+(?:authori[sz]e|approve|override|sign\s+off\s+on)\b"
            r"|\babove\s+my\s+pay\s*grade\b"
            r"|\b(?:not|isn'?t)\s+(?:my|our)\s+(?:call|decision)\b"
            r"|\b(?:it'?s|that'?s|it\s+is|that\s+is|it\s+isn'?t|that\s+isn'?t)\s+(?:not\s+)?up\s+"
            r"to\s+me\b"
            r"|\bmy\s+hands\s+are\s+tied\b"
            r"|\bi'?m\s+(?:just|only)\s+an?\s+(?:agent|rep|representative|employee|advisor"
            r"|associate|assistant|operator)\b"
        ),
        anchors=(
            "i'm",
            "im",
            "i",
            "we",
            "above",
            "not",
            "isn't",
            "isnt",
            "it's",
            "its",
            "it",
            "that's",
            "thats",
            "that",
            "hands",
        ),
        message="Implies the agent has no authority to solve the problem.",
        examples=(
            "I'm not allowed to do that.",
            "That's above my pay grade.",
            "My hands are tied.",
            "I don't have the authority to issue a refund.",
        ),
        near_misses=(
            "You're allowed to change your seat for free.",
            "It's up to you which option works best.",
            "I'm allowed to refund you in full, so I've done it.",
        ),
        source="seeds/000",
    ),
    # === trigger.blame ====================================================================
    _rule(
        id="en.trigger.blame.should_have",
        label=L.TRIGGER_BLAME,
        speakers=AGENT,
        pattern=(
            r"(?:"
            r"\byou\s+(?:really\s+|probably\s+|definitely\s+|clearly\s+|just\s+)?(?:should(?:'?ve"
            r"|\s+have|\s+of)|ought\s+to\s+have|shouldn'?t\s+have|should\s+not\s+have"
            r"|must(?:'?ve|\s+have))\s+"
            r"(?!(?:received|gotten|got|seen|heard|had|noticed|obtained|experienced|encountered"
            r"|faced|endured|suffered|needed|waited|happened|reached|worried|struggled|panicked"
            r"|stressed|frightened|scared|feared|wondered|loved|enjoyed|liked|hated|appreciated"
            r"|expected|hoped|wanted|missed\s+(?:us|me|it|them|out)|been\s+(?:sent|charged"
            r"|notified|contacted|emailed|e-mailed|refunded|credited|issued|given|offered|told"
            r"|informed|advised|able|provided|updated|asked|called|treated|billed|messaged"
            r"|texted|put|left|placed|moved|added|removed|reimbursed|compensated|helped))\b)"
            r"(?:been\s+(?:more\s+)?(?:careful|aware|clearer|clear|specific|patient|paying"
            r"|watching)|[a-z]{2,20}ed|read|known|done|made|taken|kept|bought|paid|sent|written"
            r"|chosen|gone|brought|told|called|left|put|spoken|thought|checked|said|given|set"
            r"|understood|seen\s+(?:the|our|this|that)\s+(?:warning|notice|terms|message))\b"
            r")" + _TAIL
        ),
        anchors=("you",),
        message="Blames the customer for what went wrong, which makes them defensive.",
        examples=(
            "You should have read the terms before buying.",
            "You should've contacted us within 7 days.",
            "You should have been more careful with your password.",
            "You shouldn't have clicked that link.",
        ),
        near_misses=(
            "You should have received an email with your tracking number.",
            "You should have a refund within three days.",
            "You shouldn't have to deal with this.",
            "You should have been notified by text.",
            "By now you should've gotten the replacement.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.blame.your_fault",
        label=L.TRIGGER_BLAME,
        speakers=AGENT,
        pattern=(
            r"(?:\b(?:it'?s|it\s+is|it\s+was|that'?s|that\s+is|that\s+was|this\s+is|this\s+was)\s+"
            r"(?:all\s+|entirely\s+|completely\s+|really\s+)?)?\byour\s+(?:own\s+)?(?:fault"
            r"|mistake|error(?!\s{1,5}(?:message|code|screen|log|report|details|page|number|text"
            r"|pop[\s\-]?up|prompt|window|console|logs?|messages|codes|reporting|handling|rate))"
            r"|responsibility\s+to)\b"
            r"|\byou\s+(?:made|caused)\s+(?:a|an|the|this|that)\s+(?:mistake|error|problem|issue)\b"
            r"|\b(?:that|this)(?:'s|\s+is|\s+was)\s+on\s+you\b"
            r"|\buser\s+error\b"
        ),
        anchors=("your", "you", "that's", "thats", "that", "this", "user"),
        negatable=True,
        message="Blames the customer for what went wrong, which makes them defensive.",
        examples=(
            "It's your fault for entering the wrong address.",
            "That was your mistake, not ours.",
            "You made an error when you ordered.",
            "This is user error.",
        ),
        near_misses=(
            "It's not your fault, and we'll fix it right away.",
            "None of this is your fault.",
            "What does your error message say?",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.blame.you_didnt",
        label=L.TRIGGER_BLAME,
        speakers=AGENT,
        pattern=(
            r"(?:"
            r"\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+)?(?:didn'?t|did\s+not|failed\s+to"
            r"|neglected\s+to|forgot\s+to|never)\s+(?:read|follow|followed|check|update|back\s+up"
            r"|register|cancel|notify|inform|tell|report|submit|complete|verify|confirm|activate"
            r"|save|click|attach|opt\s+in|listen|bother|pay\s+attention)\b"
            r"|\bwhy\s+(?:didn'?t\s+you|did\s+you\s+not)\s+(?:just\s+)?(?:contact|call|tell|read|check"
            r"|report|cancel|follow|update|back\s+up|let\s+us\s+know|reach\s+out|ask|save)\b"
            r"|\byou\s+never\s+(?:told|followed|checked|updated|registered|cancell?ed|notified"
            r"|informed|reported|submitted|completed|verified|confirmed|activated|saved|clicked"
            r"|replied|responded|contacted|called|bothered|listened)\b"
            r")" + _TAIL
        ),
        anchors=("you",),
        not_within=(
            r"\b(?:if|unless|whether|in\s+case|even\s+if|when|sorry|hear|hearing|see|seeing"
            r"|noticed|notice)\s+(?:(?:t(?:hat|o)|we|i)\s+){0,2}you\s+(?:\w+\s+){0,2}?(?:didn'?t"
            r"|did\s+not|failed|neglected|forgot|never)\b(?:\s+[\w'\-]+){1,9}",
        ),
        message="Blames the customer for what went wrong, which makes them defensive.",
        examples=(
            "You didn't follow the instructions.",
            "You failed to cancel before the renewal date.",
            "You never told us about the move.",
        ),
        near_misses=(
            "If you didn't cancel this order, please DM us.",
            "Sorry to hear you didn't receive your package.",
            "Did you follow the steps in the email?",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.blame.if_you_had",
        label=L.TRIGGER_BLAME,
        speakers=AGENT,
        pattern=(
            r"\b(?:if\s+you\s+(?:had|'d)|had\s+you)\s+(?:just\s+|only\s+|simply\s+|actually\s+"
            r"|bothered\s+to\s+)?(?:read|followed|checked|contacted|called|told|updated|backed\s+up"
            r"|kept|saved|paid\s+attention|listened|looked|noticed|reported|cancell?ed|registered"
            r"|asked|returned|verified|confirmed|double[\s\-]checked)\b"
            + _TAIL
            + r"|\bthat'?s\s+what\s+happens\s+when\s+you\b"
            r"|\byou\s+(?:accepted|agreed\s+to)\s+(?:the|our|these)\s+(?:terms|conditions|t&cs"
            r"|t\s*&\s*c|policy)\b"
        ),
        anchors=("you", "had", "happens"),
        message="Blames the customer for what went wrong, which makes them defensive.",
        examples=(
            "If you had read the email, you'd know.",
            "Had you contacted us sooner, we could have helped.",
            "You agreed to the terms when you signed up.",
        ),
        near_misses=(
            "If you had any trouble, just let us know.",
            "If you'd like, I can reship it today.",
            "If you've already checked the spam folder, DM us.",
        ),
        source="taxonomy.md",
    ),
    # === trigger.policy_wall ==============================================================
    _rule(
        id="en.trigger.policy_wall.our_policy",
        label=L.TRIGGER_POLICY_WALL,
        speakers=AGENT,
        pattern=(
            r"(?:\b(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:just\s+|simply\s+|strictly\s+"
            r"|unfortunately\s+)?(?:our|the|company|store|standard|corporate)\s+"
            r"|\b(?:per|as\s+per|due\s+to|because\s+of|against|under|according\s+to|in\s+line\s+with"
            r"|in\s+accordance\s+with|by)\s+(?:our|the|company|store)\s+"
            r"|\b(?:company|store|corporate)\s+)(?:\w+\s+)?polic(?:y|ies)\b"
            r"(?!\s{1,5}(?:number|holder|document|details|page|team|update|of)\b)"
            + _ENABLING
            + r"|\b(?:our|the)\s+(?:\w+\s+)?policy\s+(?:clearly\s+)?(?:states|says|is\s+(?:that"
            r"|clear|strict|very\s+clear)|doesn'?t\s+allow|does\s+not\s+allow|won'?t\s+allow"
            r"|will\s+not\s+allow|forbids|requires|stipulates|dictates|only\s+allows"
            r"|prohibits(?!\s{1,5}(?:sellers|users|listings|anyone|people|third)))\b" + _ENABLING
        ),
        anchors=("policy", "policies"),
        not_if_message_has=(
            # The policy works for the customer somewhere in the message.
            r"\byou\s+(?:can|may|could)\s+(?:still\s+)?(?:request|get|claim|receive|ask\s+for"
            r"|have)\s+(?:a\s+)?(?:full\s+)?(?:refund|replacement|exchange)",
            r"\b(?:entitles?|entitled|eligible\s+for)\b",
        ),
        message="Hides behind policy instead of explaining it and offering what is possible.",
        examples=(
            "This is our policy.",
            "Sorry, that's company policy.",
            "Per our policy, refunds are not possible after 30 days.",
            "Due to our privacy policy we're not able to discuss this.",
            "Our policy states that items must be returned unopened.",
            "That's our policy, there's nothing I can do.",
        ),
        near_misses=(
            "Our policy lets me refund you in full.",
            "That's our policy, but I can refund you this time.",
            "Per our policy, you're entitled to a full refund.",
            "You can read our refund policy here.",
            "According to our refund policy you can request a refund within 14 days.",
            "Your insurance policy number is on the card.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.policy_wall.rules_are_rules",
        label=L.TRIGGER_POLICY_WALL,
        speakers=AGENT,
        phrases=(
            "rules are rules",
            "policy is policy",
            "the rules are the rules",
            "(those|these) are the rules",
            "(i|we) (don't|do not) make the rules",
            "(i'm|i am) [(just|only)] following (the|our) (rules|policy|procedure|protocol)",
            "(i|we) (have to|need to|must) follow (the|our|company) "
            "(rules|policy|procedure|procedures|protocol|guidelines)",
            "(i|we) (can't|cannot|can not|don't|do not|won't) make (an|any) exception*",
            "(we're|we are|i'm|i am) (unable|not able) to make [(an|any)] exception*",
            "(there are|we make|we can make) no exceptions",
            "no exceptions can be made",
            "(we're|we are) not (allowed|permitted) to",
            "the system (won't|will not|doesn't|does not) (let|allow) (me|us)",
            "(that's|that is|it's|it is) [just] (the way|how) it (is|works) [i'm afraid]",
            "it is what it is",
            "(it's|it is|this is|that's|that is) [(clearly|all)] "
            "[(stated|written|outlined|explained)] in (our|the) "
            "(terms and conditions|terms of service|terms of use|terms|t&cs|fine print)",
            "as (stated|outlined|written|explained|specified|mentioned) in (our|the) "
            "(terms and conditions|terms of service|terms of use|terms|t&cs|policy|fine print)",
        ),
        message="Hides behind rules instead of explaining them and offering what is possible.",
        examples=(
            "Rules are rules.",
            "I don't make the rules.",
            "We can't make any exceptions.",
            "We're unable to make exceptions to the 30-day wait.",
            "We're not allowed to discuss that.",
        ),
        near_misses=(
            "We made an exception for you this time!",
            "I'll make an exception and refund you.",
            "All orders ship free, no exceptions!",
        ),
        source="taxonomy.md",
    ),
    # === trigger.hollow_empathy ===========================================================
    _rule(
        id="en.trigger.hollow_empathy.i_understand",
        label=L.TRIGGER_HOLLOW_EMPATHY,
        speakers=AGENT,
        pattern=(
            r"\b(?:i|we)\s+(?:do\s+|totally\s+|completely\s+|fully\s+|really\s+|truly\s+"
            r"|absolutely\s+|certainly\s+|definitely\s+|can\s+|(?:can\s+)?(?:totally|completely"
            r"|fully|definitely)\s+)?(?:understand|know|hear|get)\s+(?:how\s+(?:you(?:'re|\s+are)?"
            r"\s+(?:feel|feeling|must\s+(?:feel|be\s+feeling))|(?:frustrating|upsetting|annoying"
            r"|disappointing|inconvenient|stressful|difficult|hard|irritating|aggravating"
            r"|maddening|infuriating|confusing)\s+(?:this|that|it)\s+(?:is|must\s+be|can\s+be"
            r"|has\s+been|was|would\s+be)|(?:this|that|it)\s+(?:feels|must\s+feel|can\s+feel"
            r"|would\s+feel)|(?:this|that|it)\s+(?:impacts|affects|has\s+(?:impacted|affected)))"
            r"|(?:your|the|this)\s+(?:frustration|disappointment|annoyance)"
            r"|your\s+(?:concerns?|feelings?|pain|point)"
            r"|(?:what|where)\s+you'?re\s+coming\s+from)\b"
            r"|(?<!\b(?:more|less|what|if|that|far|much)\s)"
            r"\b(?:i|we)\s+(?:totally\s+|completely\s+|fully\s+|really\s+|truly\s+|do\s+)?"
            r"(?:understand|hear\s+you|get\s+it)(?=\s{0,5}(?:[.!,;]|$|and\b|but\b))"
            r"|\bi\s+feel\s+your\s+pain\b"
        ),
        anchors=("understand", "know", "hear", "get", "feel"),
        not_if_message_has=_CONCRETE,
        message="Generic empathy with nothing concrete behind it in the same message.",
        examples=(
            "I understand how you feel.",
            "I totally understand your frustration.",
            "We understand how frustrating this must be.",
            "I hear you. That's just how it is.",
        ),
        near_misses=(
            "I understand how frustrating this is, so I've refunded you.",
            "I understand your frustration. Please DM us your order number.",
            "I understand how you feel, and I'll call the warehouse today.",
            "We understand how this feels; you can cancel anytime from your account page.",
        ),
        source="seeds/000",
    ),
    _rule(
        id="en.trigger.hollow_empathy.sorry_you_feel",
        label=L.TRIGGER_HOLLOW_EMPATHY,
        speakers=AGENT,
        pattern=(
            r"\b(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|very\s+|really\s+)?)?sorry\s+"
            r"(?:that\s+|if\s+)?you\s+(?:feel|felt)\s+(?:that\s+way|this\s+way|like\s+that"
            r"|that\s+we|upset|frustrated|disappointed|unhappy|let\s+down)\b"
        ),
        anchors=("sorry",),
        not_if_message_has=_CONCRETE,
        message="Regrets how the customer feels, not what happened, with nothing behind it.",
        examples=(
            "I'm sorry you feel that way.",
            "We're sorry if you felt let down.",
        ),
        near_misses=(
            "I'm sorry you feel that way, so I've refunded the fee.",
            "Sorry you're dealing with this. Could you DM us your order number?",
        ),
        source="common support language",
    ),
    # === trigger.condescension ============================================================
    _rule(
        id="en.trigger.condescension.as_i_said",
        label=L.TRIGGER_CONDESCENSION,
        speakers=AGENT,
        pattern=(
            r"\b(?:as|like)\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|previously\s+|clearly\s+"
            r"|just\s+)?(?:said|stated|told\s+you|mentioned|explained|advised|informed\s+you"
            r"|pointed\s+out)\b"
            r"|\bas\s+(?:previously|already)\s+(?:said|stated|mentioned|explained|advised|noted"
            r"|discussed|communicated|indicated)\b"
            r"|\b(?:i|we)(?:'ve|\s+have)?\s+already\s+(?:told\s+you|explained|said|answered"
            r"|informed\s+you|advised\s+you)\b"
            r"|\bfor\s+the\s+(?:last|third|second|fourth|fifth|hundredth|umpteenth|final|\w+th)\s+"
            r"time\b"
            r"|\b(?:as|per)\s+(?:(?:stated|mentioned|explained|noted|advised|outlined)\s+(?:in|on)\s+)?"
            r"(?:my|our)\s+(?:previous|last|earlier|prior)\s+(?:e-?mail|message|reply|response|tweet"
            r"|note|letter)\b"
            r"|\b(?:i'?ll|let\s+me)\s+(?:explain|say|repeat)\s+(?:it|this|that|myself)\s+"
            r"(?:again|once\s+more|one\s+more\s+time|slowly|more\s+slowly)\b"
        ),
        anchors=(
            "as",
            "like",
            "per",
            "i",
            "we",
            "i've",
            "ive",
            "we've",
            "time",
            "i'll",
            "ill",
            "let",
        ),
        message="Reminds the customer they were already told, which talks down to them.",
        examples=(
            "As I already said, the refund takes 5 days.",
            "Like I told you, the store is closed.",
            "As previously advised, we cannot reship.",
            "For the third time, your order is not lost.",
        ),
        near_misses=(
            "As you mentioned, the package arrived damaged.",
            "As we discussed on the phone, I've issued the refund.",
            "Thanks for your patience this time!",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.condescension.obviously",
        label=L.TRIGGER_CONDESCENSION,
        speakers=AGENT,
        pattern=r"\bobviously\b",
        anchors=("obviously",),
        not_within=(
            # Empathy and good intent: "this is obviously frustrating", "we obviously want ...".
            r"\bobviously\s+(?:not\s+(?:ideal|good|great|okay|ok|acceptable|right|what|the)"
            r"|frustrating|upsetting|disappointing|annoying|inconvenient|concerning|stressful"
            r"|unacceptable|a\s+(?:big|huge|real|serious|major)|an?\s+(?:inconvenience|concern"
            r"|disappointment|frustration|problem|issue|error|mistake|glitch|bug)"
            r"|(?:we|i)\s+(?:want|would|wouldn'?t|don'?t\s+want|do\s+not\s+want|never|care"
            r"|understand|apologi[sz]e|are\s+sorry|'re\s+sorry|feel)"
            r"|(?:want|wanted|care|cares|wish|would|wouldn'?t|don'?t|didn'?t|apologi[sz]e|feel"
            r"|understand|regret))\b",
            r"\b(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+obviously\b",
        ),
        severity=Severity.LOW,
        message="Says 'obviously', which implies the customer should have known.",
        examples=(
            "Obviously, you need to restart the router first.",
            "The code was obviously expired.",
        ),
        near_misses=(
            "This is obviously frustrating, and I'm sorry.",
            "We obviously want you to enjoy your flight.",
            "That's obviously not ideal, so I've upgraded your delivery.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.condescension.talking_down",
        label=L.TRIGGER_CONDESCENSION,
        speakers=AGENT,
        pattern=(
            r"\bwith\s+(?:all\s+)?due\s+respect\b"
            r"|\bno\s+offen[cs]e,?\s+but\b"
            r"|\bcalm\s+yourself\b(?!\s{1,5}down)"
            r"|\b(?:it'?s|it\s+is|this\s+is|that'?s)\s+not\s+rocket\s+science\b"
            r"|\b(?:it'?s|it\s+is|it\s+isn'?t|this\s+is|that'?s|it'?s\s+really)\s+not\s+(?:that"
            r"|so)\s+(?:hard|difficult|complicated)\b"
            r"|\byou\s+(?:need|have)\s+to\s+understand\s+(?:that|something)\b"
            r"|\byou\s+(?:clearly|obviously|just|simply|still)\s+(?:don'?t|do\s+not)\s+"
            r"(?:seem\s+to\s+)?(?:understand|get\s+it)\b(?!\s{1,5}(?:why|what|how|where|when|which))"
            r"|\byou\s+(?:don'?t|do\s+not)\s+seem\s+to\s+(?:understand|get\s+it)\b"
            r"|\byou(?:'re|\s+are)\s+not\s+listening\b|\byou\s+aren'?t\s+listening\b"
            r"|\bare\s+you\s+(?:even\s+)?listening\b"
            r"|\b(?:did|have|do)\s+you\s+even\s+(?:read|tried|try|looked|look|checked|check|bothered"
            r"|bother|listened|listen)\b"
            r"|\bwhat\s+part\s+of\b[^.!?\n]{1,40}\bdon'?t\s+you\s+understand\b"
            r"|\byou(?:'re|\s+are)\s+being\s+(?:difficult|childish|rude|unreasonable\s+and\s+rude)\b"
            r"|\bstop\s+being\s+(?:so\s+)?(?:difficult|childish)\b"
            r"|\bas\s+you\s+(?:should|ought\s+to)\s+know\b"
            r"|\byou\s+(?:should|ought\s+to)\s+know\s+(?:better|by\s+now)\b"
            r"|\b(?:read|check)\s+(?:the|my|our)\s+(?:previous\s+|last\s+)?(?:instructions|email"
            r"|message|reply|tweet|terms)\s+(?:again|more\s+carefully|carefully|properly)\b"
            r"|(?:^|[,.!?]\s{0,3})(?:sweetie|sweetheart|sweety|darling)\b"
            r"|\b(?:sweetie|sweetheart|sweety|darling)(?=\s{0,5}[,.!?])"
        ),
        anchors=(
            "due",
            "offense",
            "offence",
            "calm",
            "rocket",
            "hard",
            "difficult",
            "complicated",
            "understand",
            "listening",
            "even",
            "part",
            "being",
            "should",
            "ought",
            "read",
            "check",
            "sweetie",
            "sweetheart",
            "sweety",
            "darling",
        ),
        message="Talks down to the customer.",
        examples=(
            "With all due respect, that's not how it works.",
            "Calm yourself, please.",
            "It's not rocket science.",
            "You need to understand that we are busy.",
            "You're not listening to me.",
            "Read the instructions again more carefully.",
        ),
        near_misses=(
            "I completely understand, and I've refunded you.",
            "We respect your decision and have closed the account.",
            "Just thought you should know that your order shipped.",
            "If you don't understand why, I'm happy to explain.",
            "Is there a step you don't understand?",
        ),
        source="taxonomy.md",
    ),
    # === trigger.minimizing ===============================================================
    _rule(
        id="en.trigger.minimizing.big_deal",
        label=L.TRIGGER_MINIMIZING,
        speakers=AGENT,
        phrases=(
            "(it's|it is|that's|that is|this is) not [really] (a|such a) (big|huge|major) deal",
            "(it|this|that) (isn't|is not) [really] (a|such a) (big|huge|major) deal",
            "not that (big|huge) (of a|a) deal",
            "(it's|it is|that's|that is|this is) not the end of the world",
            "(it's|it is|that's|it isn't|it is not) not that bad",
            "(it|things) could be [(a lot|much|far)] worse",
            "look on the bright side",
            "(you're|you are) making a [big] (deal|fuss) [out] of (nothing|it|this)",
            "(you're|you are) (overreact*|over react*)",
            "mountain out of a molehill",
            "these things happen",
            "(you're|you are) the only (one|customer|person) [(who's|who is|who has|to)] "
            "(complain*|report*|had|having|has|with)",
            "(no one|nobody|no other customer*) else (has|had|is) "
            "(complained|reported|mentioned|had|having)",
            "(it|this) happens (all the time|to everyone|to everybody)",
        ),
        not_within=(r"\bbig\s+deal\s+at\s+all\b",),
        not_if_message_has=(
            r"\b(?:no\s+need\s+to\s+(?:apologi[sz]e|be\s+sorry)|don'?t\s+(?:be\s+sorry|apologi[sz]e"
            r"|worry\s+about\s+it)|no\s+worries)\b",
        ),
        message="Shrinks the customer's problem, which tells them it does not matter.",
        examples=(
            "It's not a big deal.",
            "Look, it's not the end of the world.",
            "You're overreacting.",
            "These things happen.",
        ),
        near_misses=(
            "No worries, it's not a big deal at all!",
            "We know this is a big deal for you, and I'm on it.",
            "This happens to be our busiest week, so thanks for waiting.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.minimizing.only_just",
        label=L.TRIGGER_MINIMIZING,
        speakers=AGENT,
        pattern=(
            r"\b(?:it'?s|it\s+is|it\s+was|that'?s|that\s+is|that\s+was|this\s+is|they'?re|they\s+are"
            r"|(?:it|that)\s+has)\s+(?:been\s+)?(?:only|just|merely|simply)\s+(?:been\s+)?"
            r"(?:(?:a\s+(?:few|couple(?:\s+of)?)|one|two|three|four|five|six|\d{1,4})\s*"
            r"(?:dollars?|bucks?|pounds?|quid|euros?|cents?|pence|p|minutes?|mins?|hours?|hrs?|days?"
            r"|weeks?)\b"
            r"|[$\u00a3\u20ac]\s?\d"
            r"|an?\s+(?:hour|day|week|minute|dollar|pound|euro|buck)\b"
            r"|an?\s+(?:little|bit|tiny\s+bit)\s+(?:late|delayed|longer|extra|slow|behind|off)\b"
            r"|an?\s+(?:small|tiny|slight|minor|short|little|quick)\s+(?:delay|issue|problem"
            r"|inconvenience|glitch|hiccup|mistake|fee|charge|amount|difference|wait|thing|error|bug"
            r"|setback|hold[\s\-]?up|scratch|dent|mark|detour)\b"
            r"|an?\s+(?:delay|glitch|hiccup|inconvenience|scratch|dent|wait|setback"
            r"|hold[\s\-]?up)\b)"
        ),
        anchors=(
            "it",
            "it's",
            "its",
            "that",
            "that's",
            "thats",
            "this",
            "they",
            "they're",
            "theyre",
        ),
        message="Shrinks the customer's problem, which tells them it does not matter.",
        examples=(
            "It's only a few dollars.",
            "It's just a small delay.",
            "It's only been two days.",
            "That's just a minor inconvenience.",
        ),
        near_misses=(
            "It's only available in the US right now.",
            "It's just a few quick steps to reset your password.",
            "It's only one of the options; I've listed the others below.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.minimizing.at_least",
        label=L.TRIGGER_MINIMIZING,
        speakers=AGENT,
        pattern=(
            r"\bat\s+least\s+(?:you|it|they|nothing|no\s+one|nobody)(?:'s|'re|'ve|\s+(?:got|did"
            r"|didn'?t|arrived|works?|worked|was|wasn'?t|were|still|can|have|had|is|are|came))\b"
        ),
        anchors=("least",),
        severity=Severity.LOW,
        message="Points to a silver lining, which shrinks the customer's problem.",
        examples=(
            "At least it arrived in the end.",
            "Well, at least you got your money back.",
        ),
        near_misses=(
            "Please allow at least 24 hours for the update.",
            "You'll need at least your order number to start a return.",
        ),
        source="common support language",
    ),
    # === trigger.negative_language ========================================================
    _rule(
        id="en.trigger.negative_language.unfortunately",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        speakers=AGENT,
        phrases=("unfortunately", "unfortunatly", "unfortunatelly", "regrettably", "sadly"),
        severity=Severity.LOW,
        message="Opens with needless negative framing; lead with what can be done.",
        examples=(
            "Unfortunately, that item is out of stock.",
            "Sadly we don't have an update yet.",
        ),
        near_misses=(
            "Fortunately, your order is already on the way!",
            "We'd be sad to see you go, so here's a discount.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.negative_language.impossible",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        speakers=AGENT,
        pattern=(
            r"\bimpossible\b"
            r"|(?:\b(?:that|this|it)(?:'s|\s+is|'ll|\s+will|\s+would|'d)?\s+)?\b(?:not\s+(?:be\s+)?"
            r"|isn'?t\s+|won'?t\s+be\s+|wouldn'?t\s+be\s+|no\s+longer\s+)possible\b"
            r"|\bno\s+way\b"
        ),
        anchors=("impossible", "possible", "way"),
        negatable=True,
        not_within=(
            r"\bmission\W{0,3}impossible\b",
            r"\bimpossible\s+(?:burger|whopper|foods?|meat|sausage|patty|nuggets?)\b",
            r"\b(?:if|unless|whether|when|in\s+case)\b[^.!?,\n]{0,40}\bpossible\b",
            r"\bin\s+no\s+way\b",
            r"\bno\s+way[!?]",
            r"\bno\s+way\s+(?:jos[eé])\b",
            # "no way we can do that" is a flat refusal (trigger.cant_help), one edit not two.
            r"\bno\s+way\s+(?:that\s+)?(?:i|we)\s+(?:can|could)\s+(?:do|help|change|fix)\b",
        ),
        severity=Severity.LOW,
        message="Needless negative framing; say what can be done instead.",
        examples=(
            "That's impossible.",
            "I'm afraid that's not possible.",
            "There's no way to recover deleted files.",
        ),
        near_misses=(
            "Nothing is impossible for our team!",
            "If that's not possible, we can send a voucher instead.",
            "We'll ship it as soon as possible.",
            "Mission: Impossible is now streaming.",
        ),
        source="taxonomy.md",
    ),
    _rule(
        id="en.trigger.negative_language.you_cant",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        speakers=AGENT,
        pattern=(
            r"\byou\s+(?:simply\s+|just\s+|really\s+|definitely\s+|unfortunately\s+|also\s+"
            r"|still\s+)?(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to|will\s+not\s+be\s+able"
            r"\s+to|are\s+not\s+(?:able|allowed|permitted)\s+to|aren'?t\s+(?:able|allowed|permitted)"
            r"\s+to)\b"
            r"|\byou(?:'re|re)\s+not\s+(?:able|allowed|permitted)\s+to\b"
        ),
        anchors=("you", "you're", "youre"),
        not_within=(
            # A description of the customer's trouble, not a prohibition.
            r"\b(?:if|when|whenever|unless|whether|in\s+case|sorry|hear|hearing|see|seeing|saw"
            r"|noticed|notice|understand|know|since|because|why|where|so\s+that|frustrating"
            r"|annoying|upsetting|means|mean|ensure|make\s+sure|that's\s+why|reason)\s+"
            r"(?:(?:t(?:hat|o)|we|i|hear)\s+){0,2}you(?:'re|re)?\s+(?:\w+\s+){0,2}?(?:can'?t|cannot"
            r"|can\s+not|won'?t|will\s+not|are\s+not|aren'?t|not)\b"
            r"(?:\s+be\s+able\s+to|\s+(?:able|allowed|permitted)\s+to)?",
            # A relative clause: "an account you can't access", "anything you can't find".
            r"\b(?:account|accounts|item|items|order|orders|file|files|device|game|games|app"
            r"|apps|product|products|content|card|email|feature|features|thing|things|something"
            r"|anything|everything|page|pages|one|ones|which|what|whatever|song|songs|show|shows"
            r"|title|titles|music|photos?|data|password|code|link)\s+you\s+(?:still\s+)?"
            + _CANT
            + r"\b",
            # Idioms: "you can't go wrong", "you can't beat it".
            r"\byou\s+" + _CANT + r"\s+(?:go\s+wrong|beat|miss|wait|lose|help\s+but|get\s+enough"
            r"|argue\s+with|top|ask\s+for\s+(?:more|better|a\s+better))\b",
            # A question about the customer's trouble: "so you can't log in?".
            r"\byou\s+(?:\w+\s+)?(?:can'?t|cannot|can\s+not|won'?t|aren'?t|are\s+not)[^.!?\n]{0,60}\?",
        ),
        severity=Severity.LOW,
        message="Tells the customer what they cannot do; say what they can do instead.",
        examples=(
            "You can't get a refund after 30 days.",
            "Sorry, you cannot change your username.",
            "You won't be able to use the code twice.",
        ),
        near_misses=(
            "If you can't log in, please DM us.",
            "Sorry to hear you can't access your account.",
            "You can't go wrong with the large size!",
            "So you can't see the order in your history?",
        ),
        source="seeds/002",
    ),
)

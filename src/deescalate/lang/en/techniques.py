"""Agent-side techniques: what to say to cool a conversation down.

Fourteen labels from taxonomy.md ("Agent-side techniques"), all spoken by the
agent (a customer who apologises or thanks gets the ``cooling.*`` labels).
The STAR-case builder quotes these hits as the agent's actions, so the rules
aim at phrases that *are* the technique, not at words that merely occur near
one: "sorry, but that's our policy" is not an apology, "I'd appreciate it if
you could ..." is not gratitude, "please make sure your app is updated" is not
ownership and "I understand how you feel" (nothing named, nothing behind it) is
``trigger.hollow_empathy``, not an acknowledgement.

Patterns are written against the folded view (lower case, straight
apostrophes). The shared pieces below are plain strings so every rule's full
pattern can be read where it is defined.
"""

from __future__ import annotations

from deescalate.labels import Label
from deescalate.lang.en._shared import AGENT
from deescalate.rules import Rule, phrase_fragment

L = Label

# --- Shared pieces -----------------------------------------------------------------------

# "I" or "we" as the subject, with contractions written with or without the apostrophe.
_I_WE = r"(?:i|we)"
# A first-person commitment: "I'll", "we will", "let me", "I'm going to".
_I_WILL = (
    r"(?:i'?ll|i\s+will|we'?ll|we\s+will|let\s+me|let\s+us|allow\s+me\s+to"
    r"|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:going\s+to|gonna))"
)
_ADV = r"(?:really|truly|totally|completely|fully|certainly|definitely|absolutely|do|sincerely)"
_SORRY = phrase_fragment("sorry")
_SO = phrase_fragment("so")
# Feelings and hard situations an acknowledgement names.
_FEELING = (
    r"(?:frustrat\w{0,6}|upset\w{0,4}|annoy\w{0,6}|disappoint\w{0,6}|angry|anger|mad"
    r"|stress\w{0,4}|worr\w{0,6}|confus\w{0,5}|aggravat\w{0,5}|irritat\w{0,5}|exasperat\w{0,5}"
    r"|infuriat\w{0,5}|maddening|inconvenien\w{0,4}|unsettling|concerning|alarming|scary|scared"
    r"|distress\w{0,5}|overwhelm\w{0,5}|disheartening|discouraging|heartbreak\w{0,4}"
    r"|heartbroken|painful|unpleasant|let\s+down|a\s+hassle|a\s+pain|a\s+nightmare"
    r"|an\s+ordeal|terrible|awful|horrible"
    # "hard" and its kin only as adjectives ("how hard this is", "a difficult time"), not
    # "think hard".
    r"|(?<=\b(?:so|very|really|incredibly|how|be|is|was|been|are|a|'s|quite|extremely)\s{1,3})"
    r"(?:difficult|challenging|tough|hard))"
)
# The same, without "hard"/"difficult"-style words that also describe tasks ("it's hard to say").
_STRONG_FEELING = (
    r"(?:frustrat\w{0,6}|upsetting|annoying|disappointing|stressful|worrying|worrisome"
    r"|confusing|aggravating|irritating|exasperating|infuriating|maddening|inconvenient"
    r"|unsettling|concerning|alarming|scary|distressing|overwhelming|disheartening"
    r"|discouraging|heartbreaking|painful|unpleasant|a\s+hassle|a\s+pain|a\s+nightmare)"
)

# "I can", "we'll", "I'm happy to": the turn to what can be done.
_CAN_DO = (
    r"(?:(?:i|we)(?:\s+can|\s+could|\s+will|'?ll|'?d\s+be\s+(?:happy|glad)\s+to)"
    r"|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:able|happy|glad)\s+to)"
)
# The people an agent escalates to.
_HELPERS = (
    r"(?:supervisors?|managers?|specialists?|senior\s+\w+|team\s+lead|experts?|technicians?"
    r"|engineers?|devs|developers|escalations?\s+team|tier\s+2|second\s+line|colleagues?"
    r"|(?:technical|tech|engineering|specialist|support|senior|escalations?|relevant|dedicated"
    r"|investigations?|resolutions?|complaints?|customer\s+relations)\s+team)"
)
# The generic formulas that trigger.hollow_empathy owns when nothing concrete stands
# beside them: "I understand your frustration", "we know how frustrating this is".
_GENERIC_EMPATHY = (
    r"(?:(?:i|we)\s+(?:do\s+|totally\s+|completely\s+|fully\s+|really\s+|truly\s+|absolutely\s+"
    r"|certainly\s+|definitely\s+|can\s+(?:totally\s+|completely\s+|fully\s+|definitely\s+)?)?"
    r"(?:understand|know|hear|get)\s+(?:(?:your|the|this)\s+(?:frustration|disappointment"
    r"|annoyance)|your\s+(?:pain|feelings?|concerns?)|(?:what|where)\s+you'?re\s+coming\s+from"
    r"|how\s+(?:frustrating|upsetting|annoying|disappointing|inconvenient|stressful"
    r"|difficult|hard|irritating|aggravating|maddening|infuriating|confusing)\s+(?:this|that|it)"
    r"\s+(?:is|must\s+be|can\s+be|has\s+been|was|would\s+be)|how\s+(?:this|that|it)\s+(?:impacts"
    r"|affects|has\s+(?:impacted|affected)))\b|i\s+(?:can\s+)?feel\s+your\s+pain\b)"
)
# The same formulas where a feeling is named: with something concrete beside them they
# are an acknowledgement ("I understand your frustration, and I'll fix this today").
_NAMED_EMPATHY = (
    r"(?:(?:i|we)\s+(?:do\s+|totally\s+|completely\s+|fully\s+|really\s+|truly\s+|absolutely\s+"
    r"|certainly\s+|definitely\s+|can\s+(?:totally\s+|completely\s+|fully\s+|definitely\s+)?)?"
    r"(?:understand|know|hear|get)\s+(?:(?:your|the|this)\s+(?:frustration|disappointment"
    r"|annoyance)|your\s+pain"
    r"|how\s+(?:frustrating|upsetting|annoying|disappointing|inconvenient|stressful"
    r"|difficult|hard|irritating|aggravating|maddening|infuriating|confusing)\s+(?:this|that|it)"
    r"\s+(?:is|must\s+be|can\s+be|has\s+been|was|would\s+be)|how\s+(?:this|that|it)\s+(?:impacts"
    r"|affects|has\s+(?:impacted|affected)))\b|i\s+(?:can\s+)?feel\s+your\s+pain\b)"
)
# Something concrete in the same message (a subset of what makes empathy not hollow in
# triggers.py): a question, a commitment, something done, an offer, a request to act.
_CONCRETE = (
    r"(?:\?|\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to"
    r"|\s+are\s+going\s+to|'d\s+like\s+to)\s+(?!not\b|never\b)\w"
    r"|\b(?:i|we)(?:'ve|\s+have)\s+(?:already\s+|just\s+|now\s+)?\w{2,20}ed\b"
    r"|\blet\s+(?:me|us)\b|\b(?:refund|replacement|voucher|credit|discount|compensation)\b"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?!imagine\b)\w"
    r"|\b(?:dm|message|send|e-?mail|call|contact)\s+(?:us|me)\b"
    r"|\b(?:i|we)\s+can\s+(?:help|assist|offer|send|check|look|fix|sort|refund|arrange)\b)"
)
_NUMBER = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?"
    r"|an?\s+(?:hour|day|week)|the\s+hour|the\s+day|the\s+week)"
)
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the\s+end"
    r"|end\s+of|next\s+\w+|the\s+\d{1,2})"
)

RULES: tuple[Rule, ...] = (
    # === technique.apology ================================================================
    Rule(
        id="en.technique.apology.sorry",
        label=L.TECHNIQUE_APOLOGY,
        speakers=AGENT,
        pattern=(
            # Refusals and negations before it: "not sorry", "no need to be sorry", "say sorry".
            r"(?<!\b(?:not|never|no\s{1,3}need\s{1,3}to\s{1,3}be|don'?t\s{1,3}be"
            r"|don'?t\s{1,3}need\s{1,3}to\s{1,3}be|nothing\s{1,3}to\s{1,3}be|no\s{1,3}reason"
            r"\s{1,3}to\s{1,3}be|say|said|saying|says|feel|felt)\s{1,3}(?:(?:so|too)\s{1,3})?)"
            rf"(?<!\w){_SORRY}(?!\w)"
            # "Sorry, but that's our policy": a softener for a refusal, not an apology.
            r"(?!(?:\s{1,3}[a-z]{2,15})?\s{0,3}[,.!-]?\s{0,3}(?:but|however)\b)"
            r"(?!\s{0,3}[,.!-]?\s{0,3}no\s{0,3}(?:[.!,]|$))"
            # Bad news announced, not regretted.
            r"(?!\s{1,3}to\s{1,3}(?:inform|say|tell|report|announce|advise|let\s{1,3}you"
            r"\s{1,3}know)\b)"
            # The non-apology: sorry for the customer's feelings, not for what happened.
            r"(?!\s{1,3}(?:(?:if|that)\s{1,3})?(?:you|anyone)\s{1,3}(?:feel|felt|think|thought"
            r"|see|saw|took|take|perceive\w?|(?:are|were|got|was|have\s{1,3}been)\s{1,3}offended)\b)"
            r"(?!\s{1,3}(?:state|excuse|sight|lot)\b)"
        ),
        anchors=("sorry",),
        message="The agent apologises.",
        examples=(
            "I'm so sorry for the trouble with your order.",
            "Sorry about that! Let's get it fixed.",
            "We're really sorry to hear your parcel arrived damaged.",
            "I'm sorry your refund is taking this long.",
        ),
        near_misses=(
            "Sorry, but that's our policy.",
            "I'm sorry Kevin, but you need to contact the airline.",
            "Sorry, no.",
            "I'm sorry you feel that way.",
            "Sorry to inform you that the item is discontinued.",
            "No need to be sorry, these things happen!",
        ),
        source="taxonomy.md; seeds/000",
    ),
    Rule(
        id="en.technique.apology.apologize",
        label=L.TECHNIQUE_APOLOGY,
        speakers=AGENT,
        pattern=(
            # Not refused or waved away: "no need to apologize", "won't apologize", "your apology".
            r"(?<!\b(?:no\s{1,3}need\s{1,3}(?:to|for)(?:\s{1,3}an?)?|don'?t(?:\s{1,3}need\s{1,3}to)?"
            r"|nothing\s{1,3}to|never|won'?t|will\s{1,3}not|not\s{1,3}going\s{1,3}to|refuse\s{1,3}to"
            r"|no|your|his|her|their|accept(?:ed)?\s{1,3}(?:your|the))\s{1,3})"
            r"(?<!\w)apolog(?:i[sz](?:e|es|ed|ing)|y|ies)(?!\w)"
            # "I apologize, but we can't": a softener for a refusal.
            r"(?!\s{0,3}[,.!-]?\s{0,3}but\b)"
            r"(?!\s{1,3}(?:(?:are|is)\s{1,3})?(?:not\s{1,3})?(?:needed|necessary|required|accepted)\b)"
            # The non-apology: "I apologize that you think that".
            r"(?!\s{1,3}(?:that|if)\s{1,3}(?:you|anyone)\s{1,3}(?:feel|felt|think|thought|see|saw"
            r"|took|(?:are|were|was|got|have\s{1,3}been)\s{1,3}offended)\b)"
        ),
        anchors=("apologize", "apologise", "apologies", "apology"),
        message="The agent apologises.",
        examples=(
            "I apologize for the trouble this has caused.",
            "My apologies for the mix-up with your booking.",
            "We sincerely apologise for the delay.",
            "Please accept our apologies for the missing item.",
        ),
        near_misses=(
            "I apologize, but we can't change the fare.",
            "No need to apologize, we're happy to help.",
            "Apology accepted, let's move on.",
        ),
        source="taxonomy.md; seeds/000",
    ),
    Rule(
        id="en.technique.apology.regret",
        label=L.TECHNIQUE_APOLOGY,
        speakers=AGENT,
        pattern=(
            rf"(?<!\w){_I_WE}\s+(?:{_ADV}\s+|deeply\s+|greatly\s+)?regret\s+"
            r"(?:the|any|this|all\s+the|causing|having\s+caused|our|your)\b"
            r"|(?<!\w)(?:please\s+)?(?:pardon|excuse)\s+(?:the|our|any)\s+"
            r"(?:delay|inconvenience|trouble|confusion|wait|mix[\s-]{0,3}up|error|mistake)"
        ),
        anchors=("regret", "pardon", "excuse"),
        message="The agent expresses regret for what went wrong.",
        examples=(
            "I truly regret the frustration we've caused you.",
            "We regret any inconvenience this has caused.",
            "Please excuse the delay in getting back to you.",
        ),
        near_misses=(
            "We regret to inform you that your claim was denied.",
            "You won't regret upgrading!",
            "Excuse me, could you repeat your order number?",
        ),
        source="common support language",
    ),
    # === technique.gratitude ==============================================================
    Rule(
        id="en.technique.gratitude.thanks",
        label=L.TECHNIQUE_GRATITUDE,
        speakers=AGENT,
        pattern=(
            r"(?<!\bno\s{0,3},?\s{1,3})(?<!\w)(?:thank\s*(?:you|u|ya)|thanks|thanx|thnx|thx"
            r"|many\s+thanks|much\s+appreciated|greatly\s+appreciated|really\s+appreciated"
            r"|(?:thankful|grateful)(?!\s{1,5}if\b))(?!\w)"
            # "thanks to the storm" (because of), "thanks for nothing" (sarcasm).
            r"(?!(?<=thanks)\s{1,3}to\b(?!\s{1,3}you\b))(?!\s{1,3}for\s{1,3}nothing\b)"
        ),
        anchors=("thank", "thanks", "thanx", "thnx", "thx", "appreciated", "grateful"),
        message="The agent thanks the customer.",
        examples=(
            "Thank you for bringing this to our attention.",
            "Thanks for your patience while we look into it.",
            "Thanks for reaching out, Sam!",
            "We're grateful for your understanding.",
        ),
        near_misses=(
            "Thanks to the storm, all flights are delayed.",
            "We'd be grateful if you could send us the receipt.",
            "You're welcome!",
        ),
        source="taxonomy.md; seeds/001",
    ),
    Rule(
        id="en.technique.gratitude.appreciate",
        label=L.TECHNIQUE_GRATITUDE,
        speakers=AGENT,
        pattern=(
            rf"(?<!\w){_I_WE}\s+(?:{_ADV}\s+|greatly\s+|always\s+)?(?:(?:do|really)\s+)?appreciate"
            # Not a request ("appreciate it if you could"), not an acknowledgement
            # ("appreciate that this is frustrating", "appreciate your frustration").
            r"(?!\s{1,5}(?:(?:it|that|this)\s{1,5})?if\b)"
            rf"(?!\s{{1,5}}(?:that|this)\b[^.!?]{{0,50}}?{_FEELING})"
            r"(?!\s{1,5}(?:that|this)\s{1,5}(?:this|it)\b)"
            r"(?!\s{1,5}(?:your|the)\s{1,5}(?:frustration|situation|feelings|position"
            r"|disappointment|anger|urgency))"
            r"\s+(?:you|your|the|all|it|that|this|those|these|hearing|everyone|every|having|them)"
            r"(?!\w)"
            # "Appreciate the tag", "Appreciate you reaching out" at the start of a sentence.
            r"|(?<![\w'][ \t]{0,3})(?<![\w'])appreciate\s+(?:you|your|the|it|that|this|those|these"
            r"|all|everyone)(?!\w)(?!\s{1,5}(?:(?:it|that|this)\s{1,5})?if\b)"
            # "Your patience is appreciated".
            r"|(?<!\w)(?:is|are|was|were)\s+(?:so\s+|really\s+|much\s+|greatly\s+|truly\s+"
            r"|very\s+much\s+|always\s+)?appreciated(?!\w)"
        ),
        anchors=("appreciate", "appreciated"),
        message="The agent thanks the customer.",
        examples=(
            "We appreciate your patience.",
            "I really appreciate you letting us know.",
            "We appreciate the feedback, it helps us improve.",
            "Appreciate you reaching out! The update is rolling out now.",
            "Your patience is appreciated while we look into it.",
        ),
        near_misses=(
            "We'd appreciate it if you could DM us the order number.",
            "I appreciate how frustrating this must be.",
            "I really appreciate your frustration here.",
            "A quick DM would be appreciated.",
        ),
        source="taxonomy.md; seeds/001",
    ),
    # === technique.acknowledge ============================================================
    Rule(
        id="en.technique.acknowledge.see_why",
        label=L.TECHNIQUE_ACKNOWLEDGE,
        speakers=AGENT,
        pattern=(
            rf"(?<!\w)(?!{_GENERIC_EMPATHY})"
            rf"{_I_WE}\s+(?:can\s+|could\s+|can\s+only\s+|can'?t\s+|cannot\s+|can\s+not\s+)?"
            rf"(?:{_ADV}\s+)?(?:see|understand|imagine|appreciate|get|know|realize|realise"
            r"|recognize|recognise|hear)\s+(?:why|how|that|just\s+how|what\s+an?)(?!\s{1,5}to\b)"
            r"(?!\s{1,5}(?:i|we|my|our|i'm|i've)\b)"
            rf"\b(?:(?!\bbut\b)[^.!?;]){{0,50}}?(?<!\w)(?:{_FEELING}|important|stressful)(?!\w)"
        ),
        anchors=(
            "see",
            "understand",
            "imagine",
            "appreciate",
            "get",
            "know",
            "realize",
            "realise",
            "recognize",
            "recognise",
            "hear",
        ),
        message="The agent names and validates the customer's feeling.",
        examples=(
            "I can see why you're upset.",
            "I can imagine how frustrating this must be.",
            "I understand how stressful a cancelled flight is.",
            "We know how important this delivery is to you.",
            "I can't imagine how annoying that must have been.",
        ),
        near_misses=(
            "I understand how you feel.",
            "I can see that your order shipped yesterday.",
            "I know how to fix this, one moment.",
        ),
        source="taxonomy.md; seeds/000, seeds/001",
    ),
    Rule(
        id="en.technique.acknowledge.your_frustration",
        label=L.TECHNIQUE_ACKNOWLEDGE,
        speakers=AGENT,
        pattern=(
            rf"(?<!\w)(?!{_GENERIC_EMPATHY}){_I_WE}\s+(?:{_ADV}\s+)?(?:can\s+(?:only\s+)?|could\s+)?"
            r"(?:understand|hear|see|feel|share|get|recognize|recognise|acknowledge|appreciate"
            r"|imagine|sense)\s+(?:your|the|this|that|all\s+the|how\s+much)\s+(?:frustration"
            r"|disappointment|annoyance|anger|upset|stress|confusion|irritation|exasperation"
            r"|pain|distress|worry|worries|hassle|inconvenience)(?!\w)"
            # "I understand you're frustrated", "I can see you're upset".
            rf"|(?<!\w){_I_WE}\s+(?:{_ADV}\s+)?(?:can\s+)?(?:understand|see|hear|get|know|sense)\s+"
            r"(?:that\s+)?you(?:'?re|\s+are|\s+were|\s+feel|'?ve\s+been|\s+have\s+been|\s+must\s+be"
            r"|'?d\s+be|\s+would\s+be)\s+(?:so\s+|very\s+|really\s+|understandably\s+|feeling\s+"
            r"|quite\s+|a\s+(?:bit|little)\s+)?(?:frustrated|upset|annoyed|disappointed|angry"
            r"|stressed|worried|confused|concerned|irritated|unhappy|mad|let\s+down|anxious)(?!\w)"
            # "I'm sorry for the frustration this caused": the feeling named in the apology.
            rf"|(?<!\w)(?:{_SORRY}|apologi\w{{1,4}}|regret)\s+(?:for|about)\s+(?:your|the|all\s+the)\s+"
            r"(?:frustration|disappointment|stress|upset|anxiety|worry|distress)(?!\w)"
            # "We understand how this impacts your day."
            rf"|(?<!\w)(?!{_GENERIC_EMPATHY}){_I_WE}\s+(?:{_ADV}\s+)?(?:can\s+)?(?:see|understand|know"
            r"|appreciate|realize"
            r"|realise|imagine)\s+how\s+(?:much\s+)?(?:this|that|it|the\s+\w+)\s+(?:has\s+|must\s+"
            r"|can\s+|would\s+|will\s+)?(?:impact|affect|disrupt|inconvenienc|ruin|spoil|derail)\w{0,4}"
        ),
        anchors=(
            "understand",
            "hear",
            "see",
            "feel",
            "share",
            "get",
            "recognize",
            "recognise",
            "acknowledge",
            "appreciate",
            "imagine",
            "sense",
            "know",
            "sorry",
            "apologize",
            "apologise",
            "apologies",
            "regret",
            "realize",
            "realise",
        ),
        message="The agent names and validates the customer's feeling.",
        examples=(
            "I can only imagine your frustration.",
            "I can sense your frustration with the new app.",
            "I completely share your disappointment.",
            "I can see you're frustrated, and I want to fix this.",
            "I'm sorry for the frustration this has caused.",
            "I realize how much this has disrupted your week.",
        ),
        near_misses=(
            "I understand your concern.",
            "I understand your frustration.",
            "We hear you, let's look at the account.",
            "Sorry for any frustration.",
            "Sorry for the confusion, the setting is under Privacy.",
            "I understand you want a refund.",
        ),
        source="seeds/000",
    ),
    Rule(
        id="en.technique.acknowledge.understand_and_act",
        label=L.TECHNIQUE_ACKNOWLEDGE,
        speakers=AGENT,
        pattern=(
            # The generic formula counts only with something concrete beside it; alone it
            # is trigger.hollow_empathy ("I understand your frustration." and nothing else).
            rf"(?<!\w)(?={_NAMED_EMPATHY})(?:(?={_NAMED_EMPATHY}[\s\S]{{0,100}}?{_CONCRETE})"
            rf"|(?<={_CONCRETE}[\s\S]{{0,100}}?)){_NAMED_EMPATHY}"
        ),
        anchors=("understand", "know", "hear", "get"),
        message="The agent acknowledges the customer's feeling and acts on it.",
        examples=(
            "I understand your frustration, and I'll fix this today.",
            "I understand how frustrating this is, so I've refunded you.",
            "Let me check the order. I know how annoying this must be.",
        ),
        near_misses=(
            "I understand your frustration.",
            "We understand how frustrating this must be.",
            "I hear your frustration. That's just how it is.",
            "We understand your concerns and would like you to DM us.",
        ),
        source="taxonomy.md (trigger.hollow_empathy, the 'not' example)",
    ),
    Rule(
        id="en.technique.acknowledge.must_be",
        label=L.TECHNIQUE_ACKNOWLEDGE,
        speakers=AGENT,
        pattern=(
            # "That must be frustrating", "this can be confusing".
            r"(?<!\w)(?:that|this|it)\s+(?:must|can|would)\s+(?:be|have\s+been)\s+"
            rf"(?:{_SO}\s+|really\s+|very\s+|incredibly\s+|super\s+|extremely\s+|quite\s+)?"
            rf"(?:an?\s+)?(?:(?:really|very|incredibly|super|truly)\s+)?"
            rf"(?:{_STRONG_FEELING}|(?:difficult|tough|hard|challenging|stressful|frustrating)"
            r"\s+(?:experience|time|day|situation|week|wait))(?!\w)"
            # "That sounds frustrating", "it sounds like this has been a challenging experience".
            r"|(?:(?<!\w)(?:that|this|it)\s+(?:does\s+|must\s+|would\s+|really\s+)?"
            r"|(?<![\w'][ \t]{0,3})(?<![\w']))(?:sounds|sound|seems)\s+"
            r"(?:like\s+(?:(?:it|this|that)(?:'?s|\s+has|\s+was|\s+is)?(?:\s+been)?\s+)?)?"
            rf"(?:{_SO}\s+|really\s+|very\s+|incredibly\s+|super\s+|quite\s+|truly\s+)?"
            rf"(?:an?\s+)?(?:(?:really|very|incredibly|super|truly)\s+)?(?:{_FEELING})(?!\w)"
            # "That's so frustrating!", "What a frustrating experience", "How annoying!".
            r"|(?<!\b(?:something|anything|everything|nothing|what|thing|one)\s{1,3})"
            r"(?<!\w)(?:that'?s|that\s+is|this\s+is)\s+"
            rf"(?:{_SO}\s+|really\s+|very\s+|incredibly\s+|super\s+|truly\s+|understandably\s+)"
            rf"{_STRONG_FEELING}(?!\w)"
            r"|(?<!\b(?:something|anything|everything|nothing|what|thing|one)\s{1,3})"
            rf"(?<!\w)(?:that'?s|that\s+is)\s+{_STRONG_FEELING}(?!\w)"
            # "Delays are frustrating", "sorry to hear the process was so frustrating".
            r"|(?<!\w)(?:delays?|waiting|waits|cancellations?|outages?|disruptions?)\s+(?:are|is"
            rf"|can\s+be)\s+(?:{_SO}\s+|really\s+|very\s+|incredibly\s+|always\s+)?{_STRONG_FEELING}"
            rf"(?!\w)|(?<!\w){_SORRY}\s+to\s+(?:hear|see|read|learn)\b[^.!?]{{0,40}}?(?:was|were|is|are"
            rf"|has\s+been|have\s+been)\s+(?:{_SO}\s+|really\s+|very\s+|incredibly\s+|such\s+an?\s+)?"
            rf"{_STRONG_FEELING}(?!\w)"
            rf"|(?<!\w)(?:what\s+an?|how)\s+(?:{_SO}\s+|really\s+|very\s+)?{_STRONG_FEELING}"
            r"(?:\s+(?:experience|situation|time|day|wait))?\s{0,3}[!.]"
        ),
        anchors=(
            "must",
            "can",
            "would",
            "sounds",
            "sound",
            "seems",
            "that",
            "this",
            "what",
            "how",
            "delay",
            "delays",
            "waiting",
            "waits",
            "cancellation",
            "cancellations",
            "outage",
            "outages",
            "disruption",
            "disruptions",
            "sorry",
        ),
        message="The agent names and validates the customer's feeling.",
        examples=(
            "That must be so frustrating.",
            "It sounds like this has been a challenging experience for you.",
            "That sounds really stressful, let's get it sorted.",
            "Oh no, that's so annoying!",
            "What a frustrating experience!",
            "Delays are frustrating, and we're sorry for this one.",
            "Sorry to hear the process was so frustrating.",
        ),
        near_misses=(
            "It's hard to say without the order number.",
            "That doesn't sound right, can you DM us?",
            "This must be a display issue on the app.",
        ),
        source="seeds/000, seeds/001",
    ),
    Rule(
        id="en.technique.acknowledge.understandable",
        label=L.TECHNIQUE_ACKNOWLEDGE,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:your|the)\s+(?:frustration|feelings?|concerns?|disappointment|anger"
            r"|reaction)\s+(?:is|are)\s+(?:completely\s+|totally\s+|entirely\s+|very\s+"
            r"|absolutely\s+|perfectly\s+)?(?:understandable|valid|justified|warranted|legitimate)"
            r"|(?<!\w)(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:completely\s+|totally\s+"
            r"|perfectly\s+|very\s+|entirely\s+)?understandable\s+(?:that\s+you|why\s+you|to\s+be"
            r"|you'?d|you\s+would|you'?re|you\s+are|you\s+feel)"
            r"|(?<!\w)understandably\s+(?:so\s+)?(?:frustrat|upset|annoy|disappoint|concern|angry"
            r"|stress|worr|confus)\w{0,5}"
            r"|(?<!\w)you\s+have\s+every\s+(?:right|reason)\s+to\s+(?:be|feel)\b"
            r"|(?<!\w)(?:i|we)(?:'?d|\s+would)\s+(?:be|feel)\s+(?:just\s+as\s+|equally\s+)?"
            r"(?:frustrated|upset|annoyed|disappointed|angry|the\s+same(?:\s+way)?)"
            r"(?:\s+too|\s+as\s+well|\s+in\s+your\s+(?:shoes|position|place))"
            r"|(?<!\w)i\s+would\s+feel\s+the\s+same(?:\s+way)?"
            r"|(?<!\w)no\s+wonder\s+you(?:'?re|\s+are|\s+were|\s+feel|'?d)"
            r"|(?<!\w)anyone\s+would\s+be\s+(?:frustrated|upset|annoyed|disappointed|angry)"
            r"|(?<!\w)that'?s\s+not\s+the\s+(?:kind\s+of\s+|type\s+of\s+)?experience\s+we\s+"
            r"(?:want|expect|like|strive|aim|hope)"
            r"|(?<!\w)not\s+the\s+(?:kind\s+of\s+|type\s+of\s+)?experience\s+we\s+want\s+"
            r"(?:you|for\s+you|our)"
        ),
        anchors=(
            "frustration",
            "feelings",
            "feeling",
            "concern",
            "concerns",
            "disappointment",
            "anger",
            "reaction",
            "understandable",
            "understandably",
            "every",
            "would",
            "i'd",
            "we'd",
            "wonder",
            "anyone",
            "experience",
        ),
        message="The agent says the customer's feeling is understandable.",
        examples=(
            "Your frustration is completely understandable.",
            "You have every right to be upset about this.",
            "I'd be frustrated too in your shoes.",
            "That's not the experience we want you to have.",
            "It's understandable that you're disappointed.",
        ),
        near_misses=(
            "Your refund is valid for 30 days.",
            "I'd be happy to help with that.",
            "Anyone would be able to use the voucher.",
        ),
        source="common support language; seeds/000",
    ),
    # === technique.ownership ==============================================================
    Rule(
        id="en.technique.ownership.take_care",
        label=L.TECHNIQUE_OWNERSHIP,
        speakers=AGENT,
        pattern=(
            rf"(?<!\w){_I_WILL}\s+(?:personally\s+|gladly\s+|happily\s+)?"
            r"(?:take\s+care\s+of\s+(?:this|that|it|everything|the\s+rest|your|the\s+issue)"
            r"|(?:look|dig)\s+into\s+(?:this|that|it|your|the\s+(?:issue|problem|matter|order|case"
            r"|account|charge|booking|delay))"
            r"|get\s+to\s+the\s+bottom\s+of"
            r"|(?:get|have)\s+(?:this|that|it|everything|things|your\s+\w+(?:\s+\w+)?)\s+"
            r"(?:sorted|fixed|resolved|corrected|straightened\s+out|taken\s+care\s+of|sorted\s+out)"
            r"|(?:fix|sort|resolve|handle|correct)\s+(?:this|that|it)(?:\s+(?:out|up))?"
            r"\s+(?:for\s+you|right\s+away|now|today|asap|immediately|personally)"
            r"|make\s+(?:this|it|things)\s+right"
            r"|see\s+what\s+(?:i|we)\s+can\s+do"
            r"|do\s+(?:everything|all|whatever)\s+(?:i|we)\s+can"
            r"|take\s+it\s+from\s+here)"
            # "I can look into your account", "I'll be happy to look into this" (not "DM us so
            # we can look into this", where the customer has to act first, nor the wish
            # "we'd like to look into this").
            r"|(?<!\w)(?<!\bso\s{1,3})(?<!\bthat\s{1,3})(?:i|we)(?:\s+can(?:\s+definitely|\s+certainly)?"
            r"|(?:'?ll|\s+will)\s+be\s+(?:happy|glad)\s+to)\s+"
            r"(?:(?:(?:take\s+a\s+(?:closer\s+|further\s+)?look|look|dig)\s+into|take\s+care\s+of)\s+"
            r"(?:this|that|it|your|the\s+(?:issue|problem|matter|order|case|account|charge|booking"
            r"|delay|text|email))\b|see\s+what\s+(?:i|we)\s+can\s+do)"
        ),
        anchors=("i'll", "we'll", "will", "let", "allow", "going", "gonna", "ill"),
        message="The agent takes ownership of the problem.",
        examples=(
            "Let me take care of this for you.",
            "I'll take care of this right away.",
            "We'll look into this and get it sorted.",
            "Let me see what I can do to fix this for you.",
            "I'll get your refund sorted today.",
            "I can look into this for you right now.",
        ),
        near_misses=(
            "Please take care of your device.",
            "You can look into the FAQ for more information.",
            "Let me know if you need anything else.",
            "Please DM us your email so we can look into this.",
            "We'd like to look into this with you.",
        ),
        source="taxonomy.md; seeds/001",
    ),
    Rule(
        id="en.technique.ownership.make_sure",
        label=L.TECHNIQUE_OWNERSHIP,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:i'?ll|i\s+will|we'?ll|we\s+will|(?:i'?m|i\s+am|we'?re|we\s+are)\s+going\s+to)"
            r"\s+(?:personally\s+)?make\s+sure\s+(?:that\s+)?(?:this|it|you|your|everything|someone"
            r"|nothing)\b"
            r"|(?<!\w)leave\s+it\s+with\s+(?:me|us)\b"
            r"|(?<!\w)(?:i'?m|we'?re)\s+on\s+it\b"
            r"|(?<!\w)(?:i|we)\s+(?:take|accept)\s+(?:full\s+|complete\s+)?(?:responsibility|ownership)"
            r"|(?<!\w)(?:that'?s|that\s+is|this\s+is|it'?s|it\s+is|that\s+was|this\s+was|it\s+was)"
            r"\s+(?:completely\s+|entirely\s+|totally\s+|definitely\s+|all\s+)?(?:on\s+us|on\s+me"
            r"|our\s+(?:fault|mistake|error|bad)|my\s+(?:fault|mistake|error|bad))\b"
            r"|(?<!\w)we\s+(?:messed|screwed|mucked)\s+up\b"
            r"|(?<!\w)we\s+dropped\s+the\s+ball\b"
            r"|(?<!\w)we\s+got\s+(?:this|that|it)\s+wrong\b"
        ),
        anchors=(
            "make",
            "leave",
            "on",
            "responsibility",
            "ownership",
            "us",
            "me",
            "our",
            "my",
            "messed",
            "screwed",
            "mucked",
            "dropped",
            "wrong",
        ),
        message="The agent takes ownership of the problem.",
        examples=(
            "I'll make sure this gets fixed.",
            "Leave it with me and I'll update you tomorrow.",
            "That's on us, and we're sorry.",
            "We take full responsibility for the mix-up.",
        ),
        near_misses=(
            "Please make sure your app is up to date.",
            "Make sure you're signed in before you try again.",
            "That's not our fault, the courier lost it.",
        ),
        source="taxonomy.md; seeds/000",
    ),
    # === technique.paraphrase =============================================================
    Rule(
        id="en.technique.paraphrase.if_i_understand",
        label=L.TECHNIQUE_PARAPHRASE,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)if\s+i(?:'?m|\s+am|'?ve|\s+have)?\s+(?:understand|understood|understanding|read"
            r"|reading|hear|heard|hearing|got)\w{0,3}\s+(?:(?:this|that|it|you|your\s+\w+|things"
            r"|everything)\s+)?(?:correctly|right|properly)"
            r"|(?<!\w)(?:let\s+me|i\s+want\s+to|i'?d\s+like\s+to|i\s+just\s+want\s+to|just\s+want\s+to"
            r"|i\s+just\s+wanted\s+to|just\s+wanted\s+to)\s+(?:make\s+sure|be\s+sure|check|confirm"
            r"|ensure)\s+(?:that\s+)?i(?:'?ve|\s+have)?\s+(?:understand|understood|got|get|have)\b"
            r"|(?<!\w)so\s+what\s+you(?:'?re|\s+are)\s+saying\s+is"
            r"|(?<!\w)what\s+i(?:'?m|\s+am)\s+hearing\s+is"
            r"|(?<!\w)correct\s+me\s+if\s+i(?:'?m|\s+am)\s+wrong"
            r"|(?<!\w)(?:to\s+)?(?:recap|summari[sz]e|sum\s+up)\s+what\s+you(?:'?ve|\s+have)?"
            r"\s+(?:said|told|described|mentioned|shared|explained)"
        ),
        anchors=("if", "let", "want", "wanted", "like", "saying", "hearing", "correct", "what"),
        message="The agent checks that they understood the customer by repeating it back.",
        examples=(
            "So if I understand correctly, the package never arrived?",
            "Let me make sure I understand: you were charged twice?",
            "Correct me if I'm wrong, but the app crashes on login?",
            "If I'm reading this right, your booking was moved to Friday.",
        ),
        near_misses=(
            "Let me make sure this gets fixed.",
            "If you understand the terms, please sign below.",
            "I understand.",
        ),
        source="taxonomy.md; seeds/000, seeds/001",
    ),
    Rule(
        id="en.technique.paraphrase.i_hear_you",
        label=L.TECHNIQUE_PARAPHRASE,
        speakers=AGENT,
        pattern=(
            # "I hear you're upset because...", "it sounds like you're having trouble ...".
            r"(?<!\w)(?:i|we)\s+hear\s+(?:that\s+)?you(?:'?re|\s+are|\s+were|'?ve|\s+have|\s+had"
            r"|\s+need|\s+want|\s+didn'?t|\s+haven'?t|\s+can'?t|\s+received|\s+got)\b"
            r"|(?<!\w)(?:it\s+)?sounds\s+like\s+you(?:'?re|\s+are|\s+were|'?ve|\s+have|\s+had"
            r"|\s+need|\s+want|\s+didn'?t|\s+haven'?t|\s+can'?t|\s+cannot|\s+aren'?t|\s+weren'?t"
            r"|\s+received|\s+got|\s+tried|\s+lost|\s+ordered|\s+bought|\s+paid)\b"
            r"|(?<!\w)(?:it\s+)?sounds\s+like\s+your\s+\w+"
            # "Just to confirm, you were charged twice?"
            r"|(?<!\w)(?:just\s+)?to\s+(?:confirm|clarify|recap|summari[sz]e)\s{0,3}[,:-]\s{0,3}"
            r"(?:so\s+)?you(?:'?re|\s+are|\s+were|'?ve|\s+have|\s+had|\s+did|\s+didn'?t"
            r"|\s+haven'?t|\s+can'?t|\s+want|\s+would|'?d)\b"
            # "I understand you were charged twice" (a fact repeated back, not a feeling).
            r"|(?<!\w)(?:i|we)\s+understand\s+(?:that\s+)?(?:you(?:'?re|\s+are|\s+were|'?ve|\s+have"
            r"|\s+had|\s+would\s+like|'?d\s+like|\s+want|\s+need|\s+didn'?t|\s+haven'?t|\s+can'?t)"
            r"|your\s+\w+(?:\s+\w+)?\s+(?:has|have|is|was|were|hasn'?t|haven'?t|didn'?t|isn'?t"
            r"|wasn'?t|arrived|got))\b"
            r"(?!(?:\s{1,5}(?:so|very|really|understandably|obviously|clearly|quite|a\s+bit"
            r"|a\s+little|feeling|been|still))?(?:\s{1,5}(?:so|very|really|quite|feeling|been))?"
            rf"\s{{1,5}}(?:{_FEELING}|frustrated|annoyed|disappointed|stressed|worried|confused"
            r"|concerned|irritated|unhappy|angry|mad)\b)"
        ),
        anchors=(
            "hear",
            "sounds",
            "confirm",
            "clarify",
            "recap",
            "summarize",
            "summarise",
            "understand",
        ),
        message="The agent repeats back what the customer said.",
        examples=(
            "I hear you're upset because your order was delayed.",
            "It sounds like you're having trouble signing in.",
            "Just to confirm, you were charged twice for the same order?",
            "I understand you were charged twice last month.",
            "I understand your parcel hasn't arrived yet.",
            "Sounds like your account may have been compromised.",
        ),
        near_misses=(
            "I hear you.",
            "To confirm your identity, please DM us your email address.",
            "I understand you're frustrated.",
        ),
        source="taxonomy.md; seeds/001",
    ),
    Rule(
        id="en.technique.paraphrase.correct_tag",
        label=L.TECHNIQUE_PARAPHRASE,
        speakers=AGENT,
        pattern=(
            # "Just to confirm, this only happens in the app, correct?"
            r"[^\s.!?,][^.!?,\n]{2,100},\s{0,3}(?:is\s+that\s+(?:correct|right)|correct)\s{0,3}\?"
        ),
        anchors=("correct", "right"),
        message="The agent repeats back what they understood and asks if it is right.",
        examples=(
            "So this only happens on the app, correct?",
            "You were charged twice for the same order, is that right?",
        ),
        near_misses=(
            "Is that correct?",
            "Please make sure the address is correct.",
        ),
        source="seeds/001 (repeat back what you heard)",
    ),
    # === technique.choice =================================================================
    Rule(
        id="en.technique.choice.would_you_prefer",
        label=L.TECHNIQUE_CHOICE,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:would|do)\s+you\s+(?:prefer|rather)\b"
            r"|(?<!\w)which\s+(?:one\s+|option\s+)?(?:would|do)\s+you\s+(?:prefer|like|want|choose)\b"
            r"|(?<!\w)which\s+(?:option|one)\s+(?:works|suits|sounds)\s+(?:best|better)\b"
            r"|(?<!\w)if\s+you(?:'?d|\s+would)?\s+(?:prefer|rather)\b"
            r"|(?<!\w)whichever\s+(?:you\s+prefer|works|suits|is\s+(?:easier|best|better|more))"
            r"|(?<!\w)(?:it'?s|it\s+is)\s+(?:entirely\s+|completely\s+|totally\s+|all\s+)?"
            r"(?:up\s+to\s+you|your\s+(?:call|choice|decision))"
            r"|(?<!\w)the\s+choice\s+is\s+(?:yours|up\s+to\s+you)"
            # "Would you like a replacement or a refund?"
            r"|(?<!\w)(?:would|do)\s+you\s+(?:like|want)\s+[^.!?]{1,60}?\s{1,3}or\s+[^.!?]{1,60}\?"
        ),
        anchors=("prefer", "rather", "which", "whichever", "up", "your", "choice", "like", "want"),
        message="The agent offers the customer a choice.",
        examples=(
            "Would you prefer a replacement or a refund?",
            "Would you like us to resend the item or refund it?",
            "If you'd rather, we can call you tomorrow instead.",
            "It's entirely up to you.",
        ),
        near_misses=(
            "Are you on iOS or Android?",
            "Would you like to continue?",
            "Which device are you using?",
        ),
        source="taxonomy.md; seeds/000, seeds/001",
    ),
    Rule(
        id="en.technique.choice.options",
        label=L.TECHNIQUE_CHOICE,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:you|we)(?:\s+can|\s+could|\s+may|'?ll\s+be\s+able\s+to|\s+are\s+welcome\s+to"
            r"|\s+are\s+free\s+to)?\s+(?:choose|pick|decide)\s+(?:between|from|whichever|which|whether"
            r"|either)\b"
            r"|(?<!\w)(?:you\s+have|you'?ve\s+got|there\s+are|here\s+are|we\s+have|we\s+can\s+offer"
            r"|i\s+can\s+offer)\s+(?:a\s+few|a\s+couple(?:\s+of)?|several|two|three|2|3|some|multiple"
            r"|a\s+number\s+of|these|the\s+following|different)\s+(?:options|choices)\b"
            r"|(?<!\w)your\s+options\s+(?:are|include|here)\b"
            r"|(?<!\w)(?:you\s+(?:also\s+)?have|there'?s\s+also|there\s+is\s+also)\s+the\s+option\s+"
            r"(?:to|of)\b"
            r"|(?<!\w)(?:i|we|you)\s+(?:can|could)\s+either\s+[^.!?]{1,80}?\s{1,3}or\b"
            # "We can go over your options", "let's explore your replacement options".
            r"|(?<!\w)(?:discuss|chat\s+about|go\s+over|go\s+through|explore|review|look\s+at"
            r"|check\s+on|talk\s+(?:about|through)|walk\s+you\s+through)\s+(?:your|the|some|all"
            r"|the\s+available|available|a\s+few|other)\s+(?:[\w-]+\s+){0,2}(?:options|choices)\b"
        ),
        anchors=("choose", "pick", "decide", "options", "choices", "option", "either"),
        message="The agent offers the customer a choice.",
        examples=(
            "You can choose between a refund and store credit.",
            "You have two options: we resend the order or refund it in full.",
            "We can either send a replacement or refund you today.",
            "DM me and we can go over your options.",
        ),
        near_misses=(
            "Please choose a strong password.",
            "This option is not available in your region.",
            "Either way, the app needs an update.",
        ),
        source="taxonomy.md; seeds/001",
    ),
    # === technique.positive_frame =========================================================
    Rule(
        id="en.technique.positive_frame.what_i_can_do",
        label=L.TECHNIQUE_POSITIVE_FRAME,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)what\s+(?:i|we)\s+(?:can|could|am\s+able\s+to|'?m\s+able\s+to|are\s+able\s+to"
            r"|'?re\s+able\s+to)\s+(?:(?:certainly|definitely|absolutely)\s+)?(?:do|offer)"
            r"(?:\s+for\s+you|\s+(?:right\s+)?now|\s+today|\s+instead)?\s{0,3}(?:is\b|:|-)"
            r"|(?<!\w)here(?:'?s|\s+is)\s+what\s+(?:i|we)\s+(?:can|could|'?ll|will|am\s+able\s+to"
            r"|are\s+able\s+to)\s+(?:do|offer)\b"
            r"|(?<!\w)(?:the\s+)?good\s+news\s+is\b"
            r"|(?<!\w)(?<!\bif\s{1,3})(?:i|we)\s+(?:can|could)\s+(?:certainly\s+|definitely\s+|also\s+"
            r"|however\s+)?offer\s+(?:you|a|an|to)\b"
            # "You can still return it for a full refund."
            r"|(?<!\w)(?<!\bif\s{1,3})(?:i|we|you)\s+(?:can|could)\s+still\b"
            r"|(?<!\w)instead\s{0,3},?\s{0,3}(?:i|we)\s+(?:can|could)\b"
        ),
        anchors=("what", "good", "offer", "instead", "still"),
        message="The agent says what can be done.",
        examples=(
            "What I can do is send you a replacement today.",
            "Here's what I can do for you.",
            "The good news is your data is safe.",
            "I can offer you a full refund or store credit.",
            "If it's not eligible, you can still return it for a refund.",
        ),
        near_misses=(
            "I can't do that.",
            "What can I do for you today?",
            "Let me know what I can do.",
            "Let us know if we can offer you any further help.",
        ),
        source="taxonomy.md; seeds/000",
    ),
    Rule(
        id="en.technique.positive_frame.cant_but_can",
        label=L.TECHNIQUE_POSITIVE_FRAME,
        speakers=AGENT,
        pattern=(
            # "While I can't refund it, I can offer store credit."
            r"(?<!\w)(?:while|although|though|even\s+though)\s+(?:(?:i|we)\s+(?:currently\s+|still\s+"
            r"|unfortunately\s+)?(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to|don'?t|do\s+not"
            r"|no\s+longer)|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:currently\s+)?(?:unable|not\s+able)"
            r"\s+to|we\s+aren'?t\s+able\s+to)\s+[^.!?;]{1,80}?,\s{0,3}"
            rf"(?:{_CAN_DO}|(?:i|we)\s+do\s+(?:offer|have)|you\s+(?:can|could|will|'?ll))\b"
            # "I can't issue a refund, but I can offer store credit."
            r"|(?<!\w)(?:can'?t|cannot|unable\s+to|not\s+able\s+to|won'?t\s+be\s+able\s+to)\s+"
            rf"[^.!?;]{{1,80}}?\s{{1,3}}but\s+(?:what\s+)?{_CAN_DO}\b"
        ),
        anchors=(
            "while",
            "although",
            "though",
            "can't",
            "cant",
            "cannot",
            "unable",
            "able",
            "won't",
        ),
        message="The agent follows what cannot be done with what can.",
        examples=(
            "While I can't refund the fare, I can offer you a travel voucher.",
            "I can't change the price, but I can apply a discount to your next order.",
            "Although we're unable to reopen the order, we can send a new one today.",
        ),
        near_misses=(
            "I can't do anything about it.",
            "We can't change the fare, sorry.",
            "While you wait, please restart the app.",
        ),
        source="seeds/000",
    ),
    # === technique.next_steps =============================================================
    Rule(
        id="en.technique.next_steps.what_happens_next",
        label=L.TECHNIQUE_NEXT_STEPS,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)here(?:'?s|\s+is)\s+what\s+(?:happens|will\s+happen|'?ll\s+happen|to\s+expect"
            r"|you\s+can\s+expect|comes\s+next|we'?ll\s+do|i'?ll\s+do|we\s+will\s+do|i\s+will\s+do)\b"
            r"|(?<!\w)(?:the|your|our|as\s+a|as\s+the)\s+next\s+steps?\b"
            r"|(?<!\w)next\s+steps?\s{0,3}:"
            r"|(?<!\w)what\s+(?:happens|will\s+happen)\s+next\s+is\b"
        ),
        anchors=("here", "next", "what"),
        message="The agent explains what happens next.",
        examples=(
            "Here's what happens next: we collect the parcel on Monday.",
            "The next step is a quick call with our billing team.",
            "Next steps: I'll send a label, you drop it off, and we refund you.",
        ),
        near_misses=(
            "Here's the link to our help page.",
            "Your next order ships free.",
            "What happened next?",
        ),
        source="taxonomy.md; seeds/001",
    ),
    Rule(
        id="en.technique.next_steps.we_will_update",
        label=L.TECHNIQUE_NEXT_STEPS,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:i|we)(?:'?ll|\s+will|(?:'?m|\s+am|'?re|\s+are)\s+going\s+to)\s+"
            r"(?:personally\s+|also\s+|then\s+|definitely\s+|be\s+sure\s+to\s+|make\s+sure\s+to\s+)?"
            r"(?:follow\s+up|get\s+back\s+to\s+you|be\s+in\s+touch|reach\s+(?:back\s+)?out"
            r"|contact\s+you|call\s+you|email\s+you|text\s+you|update\s+you|notify\s+you"
            r"|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|let\s+you\s+know"
            r"|send\s+you\s+(?:an?\s+)?(?:update|email|confirmation|text|message|follow\s+up)"
            r"|check\s+back|circle\s+back)\b"
            # "A member of our team will be in touch shortly", "... and follow up with you today".
            r"|(?<!\w)(?<!\byou'?)(?<!\byou\s)(?:will|'?ll)\s+(?:be\s+in\s+touch|follow\s+up\s+with\s+you"
            r"|get\s+back\s+to\s+you"
            r"|reach\s+out\s+to\s+you|contact\s+you|update\s+you)\b"
            r"|(?<!\w)and\s+(?:follow\s+up\s+with\s+you|get\s+back\s+to\s+you)\b"
        ),
        anchors=("i'll", "we'll", "will", "going", "ill", "and", "ll"),
        message="The agent commits to the next contact.",
        examples=(
            "I'll follow up by Friday.",
            "We'll get back to you with updates as we investigate.",
            "I'll keep you posted as soon as I hear from the warehouse.",
            "A member of our team will be in touch shortly.",
        ),
        near_misses=(
            "Please keep us posted.",
            "Let us know how it goes.",
            "You can reach out to us anytime.",
            "Skip the log in and you'll be in touch with the driver.",
        ),
        source="taxonomy.md; seeds/001",
    ),
    Rule(
        id="en.technique.next_steps.timeline",
        label=L.TECHNIQUE_NEXT_STEPS,
        speakers=AGENT,
        pattern=(
            # "You should see the refund within three business days."
            r"(?<!\w)(?:you(?:'?ll|\s+will|\s+should)|you\s+can\s+expect\s+to)\s+(?:also\s+|then\s+"
            r"|soon\s+)?(?:receive|get|hear\s+(?:back\s+)?from|see|be\s+(?:contacted|notified|refunded"
            r"|credited|emailed|called))\s+[^.!?]{0,50}?(?<!\w)(?:within\s+(?:the\s+next\s+|about\s+"
            rf"|around\s+)?{_NUMBER}|in\s+the\s+next|by\s+{_DAY}|shortly|soon|in\s+{_NUMBER}"
            r"|today|tomorrow|once)\b"
            r"|(?<!\w)(?:you(?:'?ll|\s+will|\s+should))\s+(?:also\s+|then\s+|soon\s+)?(?:receive|get)\s+"
            r"(?:an?\s+|the\s+|your\s+)?(?:full\s+)?(?:refund|credit|email|e-mail|confirmation"
            r"|replacement|update|reply|response|call|text|notification|tracking|voucher"
            r"|reimbursement)\b"
            # "Please allow 3-5 business days."
            r"|(?<!\w)allow\s+(?:up\s+to\s+|about\s+|around\s+|approximately\s+|at\s+least\s+)?"
            rf"{_NUMBER}(?:\s{{0,2}}-\s{{0,2}}\d{{1,3}}|\s+to\s+\d{{1,3}})?\s+(?:business\s+|working\s+)?"
            r"(?:days?|hours?|weeks?)\b"
            # "It should arrive by Friday."
            r"|(?<!\w)(?:should|will|'?ll)\s+(?:arrive|reach\s+you|be\s+(?:processed|delivered|credited"
            r"|refunded|back|resolved|fixed|updated|reflected|visible|available|dispatched|shipped"
            r"|restored|sent|completed)|show\s+up|appear|go\s+out|ship)\b[^.!?]{0,40}?(?<!\w)"
            rf"(?:within\s+{_NUMBER}|within\s+the\s+next|by\s+{_DAY}|in\s+{_NUMBER}|in\s+the\s+next"
            r"|shortly|today|tomorrow)\b"
            # "It will be back within the next few days", "this can take up to 2 business days".
            r"|(?<!\w)(?:will|'?ll)\s+(?:[\w']+\s+){0,4}?within\s+the\s+next\b"
            r"|(?<!\w)(?:can|may|will|should|could|usually|typically)\s+take\s+(?:up\s+to\s+|about\s+"
            rf"|around\s+|approximately\s+)?{_NUMBER}(?:\s{{0,2}}-\s{{0,2}}\d{{1,3}}|\s+to\s+\d{{1,3}})?\s+"
            r"(?:business\s+|working\s+)?(?:hours?|days?|weeks?)\b"
            # "Our team will reply within 24 hours."
            r"|(?<!\w)(?:reply|respond|response|get\s+back\s+to\s+you|hear\s+back|be\s+in\s+touch"
            r"|contact\s+you|reach\s+out)\s+(?:to\s+you\s+)?(?:within|in\s+the\s+next|by\s+"
            rf"{_DAY})\b"
        ),
        anchors=(
            "you'll",
            "will",
            "should",
            "expect",
            "allow",
            "reply",
            "respond",
            "response",
            "get",
            "hear",
            "touch",
            "contact",
            "reach",
            "ll",
            "youll",
            "take",
        ),
        message="The agent gives a clear timeline for what happens next.",
        examples=(
            "You should see the refund within three business days.",
            "Please allow 3-5 business days for the credit to appear.",
            "Your replacement should arrive by Friday.",
            "You'll receive a confirmation email shortly.",
            "Our team aims to reply within 24 hours.",
            "The review can take up to 2 business days.",
        ),
        near_misses=(
            "You should see a toggle under Settings.",
            "Refunds depend on your bank.",
            "You'll see the option within the app.",
        ),
        source="taxonomy.md; seeds/001",
    ),
    # === technique.collaboration ==========================================================
    Rule(
        id="en.technique.collaboration.lets",
        label=L.TECHNIQUE_COLLABORATION,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)let'?s\s+(?:work\s+(?:together|on\s+(?:this|it|a\s+fix|getting|fixing)"
            r"|through\s+(?:this|it)|this\s+out|it\s+out)"
            r"|figure\s+(?:this|it|that|out)|sort\s+(?:this|it|that|things)\s+out"
            r"|get\s+to\s+the\s+bottom|troubleshoot|fix\s+(?:this|it|that)|solve|resolve"
            r"|find\s+(?:a|the|out|you|some)\b|see\s+(?:what|if|how)\s+we\s+can"
            r"|(?:take|have)\s+a\s+(?:closer\s+)?look|look\s+into|dig\s+into|focus\s+on"
            r"|get\s+(?:this|it|that|you|things|your\s+\w+)\s+(?:sorted|fixed|resolved|working|back"
            r"|up|going|taken|straightened|squared|figured)"
            r"|try\s+(?:a\s+few|some|these|this|the\s+following|to\s+(?:fix|sort|get|resolve))"
            r"|explore|tackle|make\s+(?:this|it|things)\s+right|put\s+our\s+heads|team\s+up"
            r"|investigate|dig\s+deeper|narrow|start\s+(?:with|by|troubleshooting|off|here)"
            r"|check\b|run\s+(?:a|the|some|through)|make\s+sure|go\s+(?:over|through)"
            r"|walk\s+through|get\s+you\s+taken\s+care|see\s+what'?s|see\s+what\s+is)"
        ),
        anchors=("let's", "lets"),
        message="The agent invites the customer to solve the problem together.",
        examples=(
            "Let's work together to fix this.",
            "Let's focus on how we can resolve this together.",
            "Let's get this sorted for you.",
            "Let's figure out what happened with the charge.",
            "Let's start with the steps in this article.",
        ),
        near_misses=(
            "Let's chat in DM.",
            "Let us know if you need anything.",
            "The app lets you change your plan.",
            "Let's get you in touch with our billing team.",
        ),
        source="taxonomy.md; seeds/000, seeds/001",
    ),
    Rule(
        id="en.technique.collaboration.together",
        label=L.TECHNIQUE_COLLABORATION,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:we|i)(?:\s+can|\s+could|'?ll|\s+will|'?d\s+like\s+to|\s+want\s+to)\s+"
            r"(?:work|figure\s+(?:this|it)\s+out|sort\s+(?:this|it)\s+out|get\s+through\s+this"
            r"|solve\s+this|fix\s+this|find\s+a\s+(?:solution|fix|way))\s+together\b"
            r"|(?<!\w)together\s{0,3},?\s{0,3}we\s+(?:can|will|'?ll)\b"
            r"|(?<!\w)(?:i|we)(?:'?ll|\s+will|\s+can|(?:'?d|\s+would)(?:\s+definitely|\s+really)?\s+"
            r"(?:like|love)\s+to|\s+want\s+to"
            r"|(?:'?d|\s+would)\s+be\s+happy\s+to|(?:'?m|\s+am|'?re|\s+are)\s+happy\s+to)\s+"
            r"work\s+(?:closely\s+)?with\s+you\b"
            r"|(?<!\w)(?:we'?re|we\s+are)\s+in\s+this\s+together\b"
            # "We'll look into this together", "let's investigate this together".
            r"|(?<!\w)(?:we'?ll|we\s+will|we\s+can|we\s+could|let'?s|let\s+us|i'?ll|i\s+can)\s+"
            r"(?:(?:happily|gladly|definitely|then)\s+)?(?:look|work|investigate|figure|sort|go|explore"
            r"|dig|solve|fix|troubleshoot|check)\w{0,4}\s+(?:[\w']+\s+){0,3}?together\b"
        ),
        anchors=("together", "work"),
        message="The agent invites the customer to solve the problem together.",
        examples=(
            "I'm sure we can figure this out together.",
            "I'll work with you to find a solution.",
            "Together, we can get your account back.",
            "DM us and we'll look into this together.",
        ),
        near_misses=(
            "We'll work on a fix in the next update.",
            "Our teams work together across regions.",
            "Does the app work with your watch?",
        ),
        source="seeds/000",
    ),
    # === technique.reassurance ============================================================
    Rule(
        id="en.technique.reassurance.here_to_help",
        label=L.TECHNIQUE_REASSURANCE,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:always\s+|just\s+|right\s+|still\s+|all\s+)?"
            r"here\s+(?:for\s+you|if\s+you\s+need)"
            r"|(?<!\w)here\s+to\s+(?:help|assist|support)\b"
            r"|(?<!\w)help(?:'?s|\s+is)\s+(?:here|on\s+the\s+way)\b"
            r"|(?<!\w)(?:you'?re|you\s+are)\s+in\s+(?:good|great|safe|the\s+best|capable|expert)"
            r"\s+hands\b"
            r"|(?<!\w)rest\s+assured\b"
            r"|(?<!\w)(?:(?:there'?s\s+)?no\s+need|not)\s+to\s+worry\b"
            r"|(?<!\w)(?:don'?t|do\s+not)\s+worry\s{0,3}[,!.-]?\s{0,3}(?:we|i|your|you'?ll|you\s+will"
            r"|it'?ll|it\s+will|this|everything|we'?ll|i'?ll)\b"
            r"|(?<!\w)(?:we'?ve|i'?ve)\s+got\s+(?:you|your\s+back)\b"
            r"|(?<!\w)(?:i'?m|i\s+am)\s+not\s+going\s+anywhere\b"
            # The open door: "if you need anything else, we're a tweet away".
            r"|(?<!\w)(?:if\s+you\s+(?:ever\s+)?need|if\s+there'?s|if\s+there\s+is|for)\s+anything"
            r"\s+else\b"
            r"|(?<!\w)if\s+(?:i|we)\s+can\s+(?:help|assist)\s+(?:you\s+)?(?:with\s+)?(?:anything\s+else"
            r"|further|any\s+further)"
        ),
        anchors=(
            "here",
            "help",
            "help's",
            "hands",
            "assured",
            "worry",
            "got",
            "anywhere",
            "anything",
        ),
        message="The agent reassures the customer that help is there.",
        examples=(
            "I'm here to help.",
            "You're in good hands with our team.",
            "Rest assured, your booking is safe.",
            "Don't worry, we'll sort this out.",
            "If you need anything else, we're a tweet away.",
        ),
        near_misses=(
            "Here is the link to the form.",
            "I'm not sure what happened.",
            "Don't worry about it.",
        ),
        source="taxonomy.md; seeds/000, seeds/001",
    ),
    Rule(
        id="en.technique.reassurance.happy_to_help",
        label=L.TECHNIQUE_REASSURANCE,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:i|we)(?:'?d|\s+would|'?ll)\s+(?:be\s+)?(?:more\s+than\s+|very\s+|so\s+|really\s+)?"
            r"(?:happy|glad|love|like|delighted|keen)\s+to\s+(?:help|assist|look\s+into"
            r"|take\s+a\s+(?:closer\s+|further\s+)?look)\b"
            r"|(?<!\w)(?:would|will)\s+(?:be\s+)?(?:more\s+than\s+|very\s+|so\s+|really\s+)?"
            r"(?:happy|glad|love|delighted)\s+to\s+(?:help|assist)\b"
            # "Glad to help!" opening a reply.
            r"|(?<![\w'][ \t]{0,3})(?<![\w'])(?:always\s+)?(?:happy|glad)\s+to\s+(?:help|assist)\b"
            r"|(?<!\w)(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:always\s+|more\s+than\s+|very\s+|so\s+"
            r"|really\s+)?(?:happy|glad|delighted|keen|ready|eager)\s+to\s+(?:help|assist)\b"
            r"|(?<!\w)(?:i|we)\s+can\s+(?:definitely\s+|certainly\s+|absolutely\s+|totally\s+|surely\s+)?"
            r"help(?:\s+you)?\s+(?:with\s+(?:that|this|it)|out)\b"
        ),
        anchors=("help", "assist", "look"),
        message="The agent offers help.",
        examples=(
            "I'd be happy to help with that.",
            "We'd love to help you get this sorted.",
            "We can definitely help with that!",
            "Glad to help! Which console are you using?",
            "DM us and we'll be happy to help.",
            "We'd like to take a closer look into this.",
        ),
        near_misses=(
            "Happy birthday!",
            "We can't help with account issues here.",
            "Glad it's working now!",
        ),
        source="common support language; seeds/001",
    ),
    # === technique.boundary ===============================================================
    Rule(
        id="en.technique.boundary.respectful",
        label=L.TECHNIQUE_BOUNDARY,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:i|we)\s+(?:can|will)\s+only\s+(?:continue|assist|help|keep\s+helping|proceed"
            r"|carry\s+on)\b[^.!?]{0,60}?(?:respect\w{0,4}|civil|calm(?:ly)?|polite\w{0,4}"
            r"|courteous\w{0,4}|without\s+(?:the\s+)?(?:language|profanity|swearing|insults"
            r"|name[\s-]{0,3}calling|abuse|threats|shouting|yelling))"
            r"|(?<!\w)(?:please|let'?s|let\s+us|i\s+need\s+(?:you|us)\s+to|we\s+need\s+to"
            r"|i\s+(?:must\s+|have\s+to\s+)?ask\s+(?:that\s+)?(?:we|you)|can\s+we"
            r"|i'?d\s+ask\s+(?:that\s+)?(?:we|you))\s+(?:keep|maintain)\s+(?:this|the|our)\s+"
            r"(?:conversation|chat|discussion|exchange|call|language|tone|interaction)\s+"
            r"(?:respectful|civil|polite|professional|courteous|constructive)"
            r"|(?<!\w)(?:i|we)\s+(?:won'?t|will\s+not|cannot|can'?t|do\s+not|don'?t"
            r"|(?:am|'?m|are|'?re)\s+not\s+going\s+to)\s+(?:tolerate|accept|allow)\s+[^.!?]{0,30}?"
            r"(?:language|abuse|abusive|insults?|profanity|swearing|name[\s-]{0,3}calling|threats?"
            r"|threatening|rude\w{0,4}|disrespect\w{0,3}|that\s+tone|being\s+(?:spoken|talked)\s+to"
            r"|personal\s+attacks)"
            r"|(?<!\w)if\s+(?:the|this|that)\s+(?:language|abuse|swearing|profanity"
            r"|name[\s-]{0,3}calling|behaviou?r|tone|shouting|yelling|insults?)\s+(?:continues"
            r"|keeps\s+up|doesn'?t\s+stop|persists)"
            r"|(?<!\w)(?:refrain|stop|avoid)\s+(?:from\s+)?(?:(?:using|the\s+use\s+of)\s+(?:abusive"
            r"|offensive|foul|that|such|this|profane|inappropriate)\s+(?:(?:type|kind)\s+of\s+)?language"
            r"|swearing|cursing|name[\s-]{0,3}calling|insulting|the\s+(?:insults|name[\s-]{0,3}calling"
            r"|personal\s+attacks))"
            r"|(?<!\w)(?:abusive|offensive|inappropriate|foul|profane|threatening|disrespectful)\s+"
            r"(?:language|behaviou?r|messages|comments)\s+(?:is|are|will)\s+not\s+(?:be\s+)?"
            r"(?:tolerated|acceptable|accepted|okay|ok)"
            r"|(?<!\w)(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:happy|glad|here|more\s+than\s+happy)\s+to\s+"
            r"help\s{0,3},?\s{0,3}but\s+[^.!?]{0,60}?(?:respect\w{0,4}|language|abus\w{1,4}"
            r"|insult\w{0,3}|tone|swear\w{0,3}|yell\w{0,3}|shout\w{0,3}|civil)"
        ),
        anchors=(
            "only",
            "keep",
            "maintain",
            "tolerate",
            "accept",
            "allow",
            "continues",
            "keeps",
            "stop",
            "persists",
            "refrain",
            "tolerated",
            "acceptable",
            "accepted",
            "okay",
            "ok",
            "but",
            "avoid",
        ),
        message="The agent sets a respectful boundary.",
        examples=(
            "I understand you're upset, but I can only assist you if we keep this conversation "
            "respectful.",
            "Please keep this conversation respectful so I can help.",
            "I won't tolerate abusive language.",
            "If the language continues, I'll have to end this chat.",
            "I would ask you to please avoid the use of that type of language.",
        ),
        near_misses=(
            "We respect your privacy.",
            "Please keep the receipt for your records.",
            "I can only see the last four digits of the card.",
        ),
        source="taxonomy.md; seeds/000",
    ),
    # === technique.clarifying_question ====================================================
    Rule(
        id="en.technique.clarifying_question.tell_me_more",
        label=L.TECHNIQUE_CLARIFYING_QUESTION,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:tell|share\s+with"
            r"|give|send|provide|dm|message|fill\s+in)\s+(?:me|us)\s+(?:with\s+)?(?:(?:a\s+)?"
            r"(?:bit|little|few)\s+)?(?:more|further|additional|some\s+more|extra)\b"
            r"|(?<!\w)tell\s+(?:me|us)\s+(?:a\s+(?:bit|little)\s+)?more\b"
            r"|(?<!\w)(?:i'?d|we'?d|i\s+would|we\s+would)\s+(?:love|like)\s+to\s+(?:hear|know|learn"
            r"|understand)\s+more\b"
            r"|(?<!\w)(?:can|could|would)\s+you\s+(?:please\s+)?(?:share|provide|send|give|dm)\s+"
            r"(?:us\s+|me\s+)?(?:with\s+)?(?:some\s+|a\s+few\s+|a\s+bit\s+)?(?:more|further|additional"
            r"|extra)\s+(?:details?|info|information|context|specifics)\b"
            r"|(?<!\w)(?<!\b(?:your|the|my|our)\s)(?:please\s+)?(?:share|provide|send|dm|give)\s+"
            r"(?:us\s+|me\s+)?(?:with\s+)?"
            r"(?:some\s+|a\s+few\s+|a\s+bit\s+)?(?:more|further|additional)\s+(?:details?|info"
            r"|information|context)\b"
        ),
        anchors=("tell", "share", "give", "send", "provide", "dm", "message", "fill", "more"),
        message="The agent asks the customer to say more about the problem.",
        examples=(
            "Could you tell me more about what happened?",
            "Can you tell us a bit more about the error?",
            "We'd love to hear more about your experience.",
            "Could you provide more details about the charge?",
        ),
        near_misses=(
            "Can you DM us your email address?",
            "Tell me about it!",
            "We'll tell you more next week.",
            "We have replied to your DM with more information.",
        ),
        source="taxonomy.md; seeds/000",
    ),
    Rule(
        id="en.technique.clarifying_question.explain",
        label=L.TECHNIQUE_CLARIFYING_QUESTION,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:can|could|would)\s+you\s+(?:please\s+|kindly\s+|maybe\s+|possibly\s+)?"
            r"(?:explain|clarify|describe|elaborate|expand\s+on|walk\s+(?:me|us)\s+through"
            r"|help\s+(?:me|us)\s+understand|specify|tell\s+(?:me|us)\s+(?:what|which|when|how|where"
            r"|exactly|whether)|let\s+(?:me|us)\s+know\s+(?:what|which|when|how|where|exactly"
            r"|whether))\b"
            r"|(?<!\w)(?:just\s+)?to\s+clarify\s{0,3}[,:-][^.!?]{1,100}\?"
            # "Just to confirm, have you already tried ...", "To make sure, what is the issue".
            r"|(?<!\w)(?:just\s+)?to\s+(?:confirm|clarify|make\s+sure|double[\s-]check)\s{0,3}[,:-]\s{0,3}"
            r"(?:(?:did|have|has|are|is|were|was|do|does|can|could)\s+(?:you|this|it|the|your|we)"
            r"|which|what|when|where|who|how)\b"
            r"|(?<!\w)(?:do|did)\s+you\s+mean\b[^.!?]{0,100}\?"
            r"|(?<!\w)what\s+do\s+you\s+mean\s+by\b"
            r"|(?<!\w)help\s+(?:me|us)\s+understand\b"
        ),
        anchors=(
            "explain",
            "clarify",
            "describe",
            "elaborate",
            "expand",
            "walk",
            "understand",
            "specify",
            "tell",
            "know",
            "mean",
            "confirm",
            "sure",
            "double",
            "check",
        ),
        message="The agent asks the customer to explain so they can understand.",
        examples=(
            "Could you explain what you meant?",
            "Can you describe what happens when you open the app?",
            "Just to clarify, did this start after the update?",
            "Could you let us know which version you're using?",
            "Just to confirm, have you already tried resetting your password?",
        ),
        near_misses=(
            "Just to clarify, refunds take five days.",
            "Could you DM us your order number?",
            "We'll explain the new fees in an email.",
        ),
        source="taxonomy.md; seeds/000",
    ),
    Rule(
        id="en.technique.clarifying_question.what_happened",
        label=L.TECHNIQUE_CLARIFYING_QUESTION,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)what(?:'?s|\s+is|\s+was|\s+exactly|\s+specifically)?(?:\s+exactly)?\s+"
            r"(?:happen\w{0,3}|(?:is\s+)?going\s+on|went\s+wrong|seems\s+to\s+be|is\s+the\s+(?:issue"
            r"|problem|error|trouble)|the\s+(?:issue|problem|error)|(?:error|message|issue|problem"
            r"|behaviou?r)\s+(?:are|do|did|were)\s+you)\b[^.!?]{0,80}\?"
            r"|(?<!\w)(?:are|were)\s+you\s+(?:getting|seeing|receiving)\s+(?:an?|any)\s+(?:specific\s+"
            r"|particular\s+)?(?:error|message|notification|prompt|code)\b[^.!?]{0,80}\?"
            r"|(?<!\w)when\s+did\s+(?:this|it|the\s+(?:issue|problem|error|trouble)"
            r"|you\s+(?:first\s+)?(?:notice|start|see))\b[^.!?]{0,80}\?"
            r"|(?<!\w)how\s+long\s+has\s+(?:this|it|the\s+\w+)\s+been\b[^.!?]{0,60}\?"
            r"|(?<!\w)(?:which|what)\s+(?:device|devices|version|browser|platform|operating\s+system"
            r"|os|model|app\s+version|phone|console)\s+(?:are|is|were|do|did)\s+you\b[^.!?]{0,60}\?"
            r"|(?<!\w)anything\s+(?:in\s+particular|specific)\b[^.!?]{0,80}\?"
        ),
        anchors=("what", "whats", "are", "were", "when", "long", "which", "anything"),
        message="The agent asks what happened, to understand the problem.",
        examples=(
            "What's happening exactly?",
            "What happens when you try to log in?",
            "Are you getting a specific error message?",
            "When did this start?",
            "Which device are you using?",
        ),
        near_misses=(
            "What can I do for you today?",
            "Here's what happened: the courier missed your address.",
            "Have you tried restarting the app?",
        ),
        source="seeds/000; common support language",
    ),
    # === technique.follow_up ==============================================================
    Rule(
        id="en.technique.follow_up.check_in",
        label=L.TECHNIQUE_FOLLOW_UP,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:i|we)\s+(?:just\s+)?(?:wanted|want|would\s+like|'?d\s+like)\s+to\s+"
            r"(?:quickly\s+)?(?:check\s+in|follow\s+up|check\s+back|touch\s+base"
            r"|see\s+how\s+(?:you|everything|things|it|your\s+\w+)\s+(?:are|is|'?re|went|got|turned)"
            r"|check\s+(?:on|how|if|whether|that)|make\s+sure\s+(?:everything|all|it|this|that"
            r"|the\s+issue|your\s+\w+)\s+(?:is|was|has|got|went))\b"
            r"|(?<!\w)(?:just|(?:i'?m|we'?re|i\s+am|we\s+are)(?:\s+just)?)\s+(?:checking\s+in"
            r"|following\s+up|checking\s+back\s+in)\b"
            r"|(?<![\w'][ \t]{0,3})(?<![\w'])(?:checking\s+in|following\s+up)\s+"
            r"(?:to\s+see|on\s+your|with\s+you|regarding|about\s+your)\b"
            # "Is there anything else I can help with?" (a question, not the open offer
            # "if you need anything else", which is reassurance).
            r"|(?<!\w)(?:is|was)\s+there\s+anything\s+else\s+(?:that\s+)?(?:i|we)\s+(?:can|could|might"
            r"|may)\s+(?:do|help|assist|have\s+done|offer|answer)\b"
            r"|(?<!\w)anything\s+else\s+(?:that\s+)?(?:i|we)\s+(?:could|might)\s+have\s+done\b"
            r"|(?<!\w)(?:can|may|could)\s+(?:i|we)\s+(?:help|assist)\s+(?:you\s+)?with\s+anything\s+else"
            r"|(?<!\w)(?:do|did)\s+you\s+need\s+(?:any\s+more\s+help|anything\s+else)"
            r"|(?<![\w'][ \t]{0,3})(?<![\w'])anything\s+else\b[^.!?]{0,40}\?"
        ),
        anchors=("wanted", "want", "like", "checking", "following", "anything", "need"),
        message="The agent checks back with the customer.",
        examples=(
            "I just wanted to check in and make sure everything is resolved.",
            "Is there anything else I could have done to assist you better?",
            "Is there anything else I can help you with today?",
            "Just checking in on your replacement order.",
            "Anything else I can do for you?",
        ),
        near_misses=(
            "Please check in at the desk two hours before the flight.",
            "I would suggest checking back later tonight.",
            "You can follow us for updates.",
            "Anything you need, just ask.",
            "If you need anything else, just give us a shout.",
            "We recommend checking in at the airport.",
            "We want to see how we can help.",
        ),
        source="taxonomy.md; seeds/001",
    ),
    Rule(
        id="en.technique.follow_up.did_that_help",
        label=L.TECHNIQUE_FOLLOW_UP,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:did|does|has|have)\s+(?:that|this|it|everything|the\s+(?:issue|problem|fix"
            r"|update|refund|steps?|suggestion|replacement)|your\s+(?:issue|problem|order|refund"
            r"|replacement))\s+(?:all\s+)?(?:help|work|fix|resolve|sort|clear|arrive|been\s+(?:resolved"
            r"|fixed|sorted|cleared))\w{0,3}\b[^.!?]{0,40}\?"
            r"|(?<!\w)(?:is|are)\s+(?:it|that|everything|things|the\s+(?:app|issue|problem|service"
            r"|connection|internet|device)|your\s+\w+)\s+(?:all\s+)?(?:(?:sorted|resolved|fixed"
            r"|back\s+to\s+normal)(?:\s+(?:now|again|for\s+you))?|(?:working|running|ok|okay|fine"
            r"|better)\s+(?:now|again|for\s+you\s+now|yet))\s{0,3}\?"
            r"|(?<!\w)were\s+you\s+able\s+to\s+\w+\b[^.!?]{0,80}\?"
            r"|(?<!\w)(?:are|is)\s+you\s+still\s+(?:having|experiencing|seeing|facing|getting"
            r"|running\s+into)\b"
            r"|(?<!\w)how\s+(?:did|does)\s+(?:it|that|everything|the\s+\w+)\s+(?:go|turn\s+out"
            r"|work\s+out)\b"
            r"|(?<!\w)how\s+(?:is|are)\s+(?:everything|things)\s+(?:going|working)\b"
        ),
        anchors=("did", "does", "has", "have", "is", "are", "were", "how"),
        message="The agent checks whether the solution worked.",
        examples=(
            "Did that help?",
            "Is everything working now?",
            "Were you able to get this sorted?",
            "Are you still having trouble with the app?",
        ),
        near_misses=(
            "Did you try restarting the app?",
            "Is the app working on other devices?",
            "Has the order shipped yet? Let me check.",
        ),
        source="seeds/001; common support language",
    ),
    # === technique.supportive_escalation ==================================================
    Rule(
        id="en.technique.supportive_escalation.escalate",
        label=L.TECHNIQUE_SUPPORTIVE_ESCALATION,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:i|we)(?:'?ll|\s+will|'?ve|\s+have|'?d\s+like\s+to|\s+would\s+like\s+to"
            r"|\s+want\s+to|(?:'?m|\s+am|'?re|\s+are)\s+(?:going\s+to|happy\s+to|glad\s+to)|\s+can"
            r"|\s+could|'?d\s+be\s+happy\s+to|'?m|\s+am|'?re|\s+are)\s+(?:gladly\s+|happily\s+"
            r"|personally\s+|now\s+|just\s+|already\s+|also\s+|immediately\s+)?escalat\w{1,4}\b"
            r"|(?<!\w)let\s+me\s+escalate\b"
            r"|(?<!\w)(?:this|it|your\s+(?:case|issue|concern|complaint|ticket|request|report|query"
            r"|problem)|the\s+(?:case|issue|matter|problem))\s+(?:has\s+been|have\s+been|was|is\s+being"
            r"|will\s+be|'?s\s+been|'?ll\s+be|is\s+now|is)\s+(?:now\s+|already\s+)?escalated\b"
            # "... and escalate this to the correct team", "my team will escalate the order".
            r"|(?<!\w)escalate\s+(?:this|it|that|your\s+(?:case|issue|concerns?|complaint|ticket"
            r"|request|order|problem)|the\s+(?:issue|case|matter|problem|order|concern|complaint))"
            r"(?=\s{1,5}(?:to|with|internally|further|for|right\s+away|now|today|asap)\b)"
        ),
        anchors=("escalate", "escalated", "escalating", "escalation"),
        not_within=(
            r"\b(?:can'?t|cannot|won'?t|unable\s+to|not\s+able\s+to|don'?t|not|never|no\s+need\s+to)"
            r"\s+(?:\w+\s+){0,2}escalat\w{0,4}(?:\s+\w+){0,3}",
        ),
        message="The agent escalates the case as a service to the customer.",
        examples=(
            "I'll escalate this to our specialist team right away.",
            "I can escalate this issue to my manager for further assistance.",
            "Your case has been escalated to our senior team.",
            "We'd like to investigate and escalate this to the correct team.",
        ),
        near_misses=(
            "We can't escalate this any further.",
            "I'll have to check with my manager.",
            "Please don't let this escalate.",
            "We are unable to escalate this to the store.",
        ),
        source="seeds/000; common support language",
    ),
    Rule(
        id="en.technique.supportive_escalation.bring_in",
        label=L.TECHNIQUE_SUPPORTIVE_ESCALATION,
        speakers=AGENT,
        pattern=(
            r"(?<!\w)(?:let\s+me|i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+going\s+to|i\s+can|we\s+can"
            r"|i'?d\s+like\s+to|i\s+want\s+to|so\s+i'?ll)\s+(?:bring\s+in|loop\s+in|get|involve"
            r"|connect\s+you\s+(?:with|to)|transfer\s+you\s+to|put\s+you\s+(?:through|in\s+touch)\s+"
            r"(?:to|with)|pass\s+you\s+(?:on\s+)?to|have|refer\s+you\s+to|get\s+you\s+(?:over\s+)?to)"
            rf"\s+(?:a|my|our|the|one\s+of\s+our)\s+(?:\w+\s+)?{_HELPERS}\b"
            # "I've passed this to our engineers" (no compliments passed on to "our SFO managers").
            r"|(?<!\w)(?:i|we)(?:'?ve|\s+have|'?ll|\s+will)\s+(?:passed|pass|forwarded|forward"
            r"|referred|refer|raised|raise|flagged|flag|sent|send|shared|share)\s+(?:this|it)\s+"
            rf"(?:along\s+|on\s+|over\s+|up\s+)?(?:to|with|onto)\s+(?:our|the|a|my)\s+{_HELPERS}"
            r"|(?<!\w)(?:i|we)(?:'?ll|\s+will)\s+get\s+(?:this|it)\s+(?:passed|forwarded|sent|referred"
            r"|flagged|raised)\s+(?:along\s+|on\s+|over\s+|up\s+)?(?:to|with|onto)\s+(?:our|the|a|my)\s+"
            rf"{_HELPERS}"
            # "We've forwarded your concerns to a dedicated case manager."
            r"|(?<!\w)(?:i|we)(?:'?ve|\s+have|'?ll|\s+will)\s+(?:passed|pass|forwarded|forward"
            r"|referred|refer|raised|raise|flagged|flag|sent|send|shared|share)\s+your\s+(?:case"
            r"|issue|concerns?|complaint|ticket|details|report|problem|query|request|information"
            r"|info)\s+(?:along\s+|on\s+|over\s+|up\s+)?(?:to|with)\s+(?:our|the|a|my)\s+"
            rf"(?:[\w-]+\s+){{0,2}}(?:{_HELPERS}|team)\b"
            # "I've looped our experts in".
            r"|(?<!\w)(?:i|we)(?:'?ve|\s+have|'?ll|\s+will|\s+can)\s+loop(?:ed)?\s+(?:in\s+)?(?:our|the"
            rf"|a|an)\s+(?:[\w-]+\s+)?{_HELPERS}"
            r"|(?<!\w)get\s+you\s+the\s+(?:best|right)\s+(?:possible\s+)?(?:help|support|person"
            r"|people|team|assistance)"
            r"|(?<!\w)(?:a|my|our|one\s+of\s+our)\s+(?:supervisors?|managers?|specialists?"
            r"|senior\s+\w+|team\s+lead)\s+(?:will|'?ll|is\s+going\s+to|can)\s+(?:call|contact"
            r"|reach\s+out|be\s+in\s+touch|get\s+in\s+touch|follow\s+up|get\s+back|look\s+into"
            r"|review|help)\b"
        ),
        anchors=(
            "bring",
            "loop",
            "get",
            "involve",
            "connect",
            "transfer",
            "put",
            "pass",
            "have",
            "refer",
            "passed",
            "forwarded",
            "forward",
            "referred",
            "raised",
            "raise",
            "flagged",
            "flag",
            "sent",
            "send",
            "shared",
            "share",
            "supervisor",
            "supervisors",
            "manager",
            "managers",
            "specialist",
            "specialists",
            "senior",
            "lead",
        ),
        message="The agent brings in someone who can help, as a service to the customer.",
        examples=(
            "I want to get you the best help possible, so I'll bring in a supervisor.",
            "Let me connect you with one of our billing specialists.",
            "I've passed your case to our technical team and they'll call you.",
            "A supervisor will call you back within the hour.",
            "We've forwarded your concerns to a dedicated case manager.",
            "We'll get this passed on to our devs so they can look into it.",
        ),
        near_misses=(
            "I'll have to check with my manager.",
            "I've passed your feedback along to our product team.",
            "My manager asked me to order this.",
            "Thanks for the shout-out! We'll pass this on to our SFO lounge managers.",
        ),
        source="taxonomy.md; seeds/001",
    ),
)

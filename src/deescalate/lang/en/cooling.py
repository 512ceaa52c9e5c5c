"""Cooling: what the customer says when the temperature drops.

``cooling.gratitude`` is sincere thanks (sarcastic thanks such as "thanks for
nothing" or 'thanks for the "help"' is ``hostility.sarcasm``, not cooling);
``cooling.apology`` is the customer apologising (not "sorry, but this is
ridiculous", not sympathy such as "sorry to hear that"); ``cooling.acceptance``
is the customer accepting a solution or confirming that it worked (not "ok but
it still doesn't work", not a resigned "fine, whatever", not "go ahead and
cancel my account").

All three are customer-side: the agent's thanks and apologies are
``technique.gratitude`` and ``technique.apology``.
"""

from __future__ import annotations

from deescalate.labels import Label
from deescalate.lang.en._shared import CUSTOMER
from deescalate.rules import Rule

L = Label

# The start of a sentence: nothing but spaces (handles and links are blanked) since the
# message start or sentence punctuation.
START = r"(?<![\w,'\-&]\s{0,100})"


def _opening(first: str) -> str:
    """A sentence start (``START``) right before one of the words ``first``.

    The cheap look-ahead comes first, so the look-behind only runs where a word fits.
    """
    return rf"(?<!\w)(?=(?:{first})(?!\w)){START}"


# Markers that turn praise or thanks into sarcasm: "great service 🙄", "thanks (not)".
SARCASM_MARK = (
    r"🙄|🙃|😒|😑|\((?:not|sarcasm)\)|(?<!\w)/s(?!\w)|#sarcasm|(?<!\w)not!|(?<!\w)yeah,?\s+right"
    r"|(?<!\w)thanks?\s+(?:you\s+)?(?:so\s+much\s+|a\s+lot\s+)?for\s+nothing"
    r"|[-\u2013\u2014]\s{0,3}(?:erm\s+|um\s+|uh\s+)?not(?:\s{0,3}[.!]|\s{0,3}$)"
)

_IT = r"it'?s|it|this"
# One-word replies that accept: "ok, thanks", "perfect, will do".
_OK = (
    r"ok|okay|k|alright|sure|yes|yep|yeah|great|perfect|brilliant|cool|fine|lovely|excellent"
    r"|awesome|fab|fantastic|super|wonderful|grand"
)

_THANKS = (
    r"(?:thank\s{0,2}(?:you|u|ya|yu|yous|yall|y'all|ye)|thankyou|thank-you|thanks|thanx|thanz"
    r"|thnx|thnks|thankz|thx|tnx|tysm|tyvm|ty|many\s+thanks|thanks\s+a\s+(?:lot|million|bunch))"
)
# What sarcastic thanks are for: "thanks for nothing", "thanks for wasting my time".
_SARCASTIC_FOR = (
    r"thank\w{0,5}(?:\s+(?:you|u|ya))?(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|million)"
    r"|\s+again|\s+once\s+again|\s+loads)?\s+for\s+(?:[\w']{1,15}\s+){0,3}?"
    r"(?:nothing|nada|zilch|absolutely\s+nothing|f\s*all|fuck\s+all|sweet\s+fa|wasting|ruining"
    r"|ignoring|screwing|messing|losing|breaking|overcharging|charging\s+me|making\s+me\s+wait"
    r"|leaving\s+me|keeping\s+me\s+(?:waiting|on\s+hold)|hanging\s+up|the\s+runaround"
    r"|being\s+(?:so\s+)?(?:useless|unhelpful|rude|incompetent|worthless)|ripping|stealing"
    r"|scamming|lying|deleting|removing|killing|taking\s+(?:my|away)|cancel\w{0,5}\s+my"
    r"|not\s+(?:\w+ing|help\w{0,3}|answer\w{0,3}|respond\w{0,3}|reply\w{0,3}|caring|listening)"
    r"|(?:the|your|another|a)\s+(?:non|no|useless|zero|lack|standard|generic|automated|canned"
    r"|copy\W?(?:and\W)?paste\w{0,3}|template\w{0,3}|scripted|robotic|same|pointless|worthless"
    r"|bs|bullshit|rubbish|crap)\b)"
)

# What cancels an acceptance: a resigned "whatever", sarcasm, a "but" that follows,
# a conditional request, a question, or "go ahead and cancel".
ACCEPT_NOT_IF = (SARCASM_MARK, r"(?<!\w)(?:whatever|wtv|whatevs)(?!\w)")
ACCEPT_NOT_WITHIN = (
    # "Sounds good, but it's still broken."
    r"(?:sounds\s+\w+|works?|fine|ok|okay|fair\s+enough|perfect|great)[^.!?\n]{0,20}\bbut"
    r"\s+(?:it|that|this|the|i|still|nothing|now|why|when|how|you|my|what|there)\b",
    # Passive-aggressive requests: "if you could fix it, that'd be great".
    r"(?:if|when)\s+[^.!?\n]{0,80}(?:that|this)(?:'?d|\s+would|'ll|\s+will)\s+be\s+\w+",
    r"(?:that|this)(?:'?d|\s+would|'ll|\s+will)\s+be\s+\w+\s+if\b",
    r"(?:if|unless|does|did|will|would|should|whether|hope|hoping|hopefully|see\s+if"
    r"|let\s+me\s+know\s+if)\s+(?:\w+\s+){0,2}(?:that|this|it)(?:'ll|\s+will|\s+would|'d"
    r"|\s+should|\s+could)?\s+(?:works?|work\s+for)",
    r"(?:that|this|it)\s+(?:works?|would\s+work)\s{0,3}\?",
    r"go\s+ahead\s+(?:and\s+)?(?:cancel|close|terminate|delete|disconnect|ban|block|sue"
    r"|report|charge|take\s+my|try|make\s+my|ignore|keep)",
    r"go\s+ahead[,.!]?\s+(?:sue|make|try|ignore|keep|ban|block|charge|cancel)",
    r"(?:can|could|should|may|shall|do|does)\s+(?:i|we|you|they)\s+(?:just\s+)?go\s+ahead",
    r"(?:before|until|if)\s+(?:i|we|you)\s+(?:\w+\s+)?go\s+ahead",
    r"(?:i'?ll|i\s+will|we'll|we\s+will)\s+take\s+(?:it|that|this|the\s+\w+)\s+"
    r"(?:up\s+with|elsewhere|to\s+(?:court|the|my|twitter|social|trading|ombudsman|bbb"
    r"|fcc|ofcom|a\s+lawyer))",
    r"(?:i'?ll|i\s+will|we'll|we\s+will)\s+take\s+(?:my|our)\s+(?:business|money|custom)",
    r"(?:i'?ll|i\s+will|we'll|we\s+will)\s+take\s+(?:a\s+|the\s+)?(?:screenshot|photo"
    r"|picture|look|note|bus|train|flight|day)",
    r"(?:how|why|when)\s+(?:does|did|do|will|would)\s+(?:that|this|it)\s+work",
    r"(?:i\s+)?agree\s+(?:to\s+(?:the|your|these)\s+(?:terms|t&c|tcs|conditions|policy"
    r"|privacy)|with\s+(?:\w+\s+)?(?:that|this)\s+(?:guy|person|tweet|comment|post))",
)

RULES: tuple[Rule, ...] = (
    # --- cooling.gratitude -------------------------------------------------------------
    Rule(
        id="en.cooling.gratitude.thanks",
        label=L.COOLING_GRATITUDE,
        speakers=CUSTOMER,
        pattern=(
            rf"(?<!\w){_THANKS}(?!\w)"
            rf"|{_opening('cheers')}cheers(?=\s{{0,3}}(?:[!.,:)]|$|👍|🙏|mate|guys|for|again|buddy|pal))"
            r"|(?<!\w)ta\s+(?:very\s+much|muchly|mate)(?!\w)"
            r"|(?<!\w)(?:ok|okay|great|brilliant|lovely|perfect|thanks|right|nice|awesome|cool|sound"
            r"|fab|sorted|legend|done)[,!.]{0,3}\s{1,3}cheers(?!\w)"
        ),
        anchors=(
            "thank",
            "thankyou",
            "thanks",
            "thanx",
            "thanz",
            "thnx",
            "thnks",
            "thankz",
            "thx",
            "tnx",
            "tysm",
            "tyvm",
            "ty",
            "cheers",
            "ta",
        ),
        not_if_message_has=(SARCASM_MARK,),
        not_within=(
            _SARCASTIC_FOR,
            # Scare quotes: 'thanks for the "help"'.
            r"thank\w{0,5}(?:\s+(?:you|u))?\s+for\s+(?:the|your|all\s+the|all\s+your)\s+"
            r"(?:\w+\s+)?[\"'][^\"'\n]{1,30}[\"']",
            # Causal "thanks to": "thanks to your update my phone is broken".
            r"(?:no\s+)?thanks\s+to\s+(?:your|the|this|that|these|those|a|an|some|their|his|her"
            r"|its|you\s+(?:guys\s+|people\s+)?(?:i|my|we|our)|u\s+(?:i|my))\b",
            r"thank\w{0,5}\s+(?:god|goodness|heavens?|the\s+lord|christ|jesus|fuck|f|lord|allah"
            r"|my\s+lucky\s+stars)\b",
            r"(?<![\w,]\s)(?<!\w)no\s+(?:thanks|thank\s+you|thx|ty)\b",
            r"thanks?\s+(?:but|,\s*but)\s+no\s+thanks?",
            r"thank\w{0,5}(?:\s+(?:you|u))?[,.!]{0,3}\s+(?:i\s+guess|i\s+suppose)\b",
            r"(?:gee|geez|jeez|cheers\s+for\s+nothing)\W{1,3}(?:\w+\s+)?thank\w{0,5}",
            r"cheers\s+(?:to|for\s+nothing)\b",
            r"(?:say|said|saying|says|send|sent|sending|give|gave|giving|owe|owes|got\s+a|get\s+a)"
            r"\s+(?:a\s+)?(?:big\s+|huge\s+|special\s+)?(?:thank\s+you|thanks)\s+(?:to|note|card"
            r"|letter)",
            r"(?:no|without\s+a|not\s+even\s+a|never\s+got\s+a)\s+(?:word\s+of\s+)?(?:thanks"
            r"|thank\s+you)",
        ),
        message="The customer thanks the agent: a sign the conversation is cooling.",
        examples=(
            "thank you, that helps",
            "Thanks so much!",
            "@AcmeHelp thx, sorted",
            "Thank u for the quick reply 👍",
            "Many thanks for looking into it",
            "Ok cheers!",
            "Thanks in advance for your help",
        ),
        near_misses=(
            "thanks for nothing",
            "Thanks a lot for wasting my time",
            'thanks for the "help"',
            "Thanks to your update my phone won't charge",
            "No thanks, I'll keep my current plan",
            "Thank god it's Friday, still no parcel though",
            "Thanks for the non-answer",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.gratitude.appreciate",
        label=L.COOLING_GRATITUDE,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:i|we)\s+(?:(?:really|truly|so|greatly|sincerely|genuinely|honestly|do"
            r"|very\s+much|much|totally|definitely|deeply|always|still|also|just|sure|def)\s+)?"
            r"(?:appreciate|appreciated)\s+(?:it|that|this|you|ya|u|y'?all|your|ur|the|all"
            r"|everything|how|what\s+you|you\s+guys)(?!\w)"
            r"|(?<!\w)(?:much|greatly|really|very\s+much|truly|always|it'?s|it\s+is|is|was|are"
            r"|were|definitely|so|hugely|massively)\s+appreciated(?!\w)"
            rf"|{_opening('really|truly|much|always|appreciate')}(?:really\s+|truly\s+|much\s+|always\s+)?appreciate\s+(?:it|that|this|you"
            r"|ya|u|y'?all|the\s+(?:help|reply|response|update|info|quick|fast)|your\s+help)(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we're|we\s+are|so|very|really|truly|eternally|forever)\s+"
            r"grateful(?!\w)"
        ),
        anchors=("appreciate", "appreciated", "grateful"),
        negatable=True,
        not_if_message_has=(SARCASM_MARK,),
        not_within=(
            r"appreciat\w{0,5}\s+(?:\w+\s+)?(?:being|getting)\s+(?:\w+\s+)?(?:ignored|lied|hung"
            r"|treated|charged|overcharged|kept\s+waiting|left|passed|transferred|blocked|banned"
            r"|robbed|scammed|messed)",
            r"appreciate\s+(?:your|the)\s+(?:lack|non|zero|useless|standard|generic|canned"
            r"|automated|copy|template\w{0,3}|scripted|same)\b",
            r"(?:would|'d|will|could|should)\s+(?:\w+\s+)?(?:be\s+)?appreciat",
            r"(?:any|all)\s+(?:help|advice|assistance|info\w{0,8}|replies|suggestions)\s+"
            r"(?:would|will)\s+be",
        ),
        message="The customer says they appreciate the help.",
        examples=(
            "I appreciate it",
            "Really appreciate your help with this",
            "Much appreciated!",
            "appreciate the quick reply",
            "I'm so grateful, you saved my trip",
        ),
        near_misses=(
            "I don't appreciate being ignored for a week",
            "I would appreciate it if someone actually answered",
            "I really appreciate being hung up on twice",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.gratitude.praise",
        label=L.COOLING_GRATITUDE,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:you'?re|you\s+are|you\s+guys\s+are|y'?all\s+are|u\s+r|ur|you\s+were"
            r"|you'?ve\s+been|you\s+have\s+been)\s+(?:(?:truly|really|absolutely|simply|just)\s+)?"
            r"(?:(?:such\s+an?|an?|the|so)\s+)?(?:life\s*saver|lifesaver|star|legend|hero|gem"
            r"|rock\s*star|champ|angel|diamond|best|stars|legends|heroes|stars|amazing|awesome"
            r"|brilliant|wonderful|fantastic|the\s+best|so\s+helpful|very\s+helpful"
            r"|a\s+great\s+help|a\s+big\s+help|a\s+huge\s+help|super\s+helpful)(?!\w)"
            r"|(?<!\w)(?:you|you\s+guys|y'?all|u)\s+(?:rock|rule|are\s+the\s+best)(?!\w)"
            r"|(?<!\w)(?:that|this|it|you'?ve\s+been|you\s+have\s+been|you\s+were|that\s+was|this"
            r"\s+was|that'?s|this\s+is)\s+(?:(?:very|super|really|so|extremely|incredibly|most"
            r"|massively|hugely|truly|most|genuinely)\s+)?helpful(?!\w)"
            r"|(?<!\w)(?<!if\s)(?<!hope\s)(?:that|this|it)\s+(?:really\s+|definitely\s+|totally\s+)?"
            r"(?:helps|helped)(?:\s+(?:a\s+lot|loads|so\s+much|massively|heaps|lots|a\s+ton"
            r"|thanks|thank\s+you|a\s+bunch))?(?=\s{0,3}(?:[.!,:)]|$|thank|thx|cheers|😊|🙂|👍|🙏))"
            r"|(?<!\w)(?:you|u)\s+(?:just\s+|have\s+)?(?:made|saved)\s+my\s+(?:day|week|life|night"
            r"|morning|evening|trip|holiday|weekend|bacon)(?!\w)"
            r"|(?<!\w)(?:great|excellent|amazing|fantastic|brilliant|awesome|outstanding|superb"
            r"|wonderful|fabulous|top\s*notch|first\s*class|stellar|exceptional|fast|quick|speedy"
            r"|prompt|good|lovely|friendly|helpful|impressive)\s+(?:customer\s+)?(?:service|support"
            r"|help|response|reply|responses|replies|response\s+time|work)(?!\w)(?!\s{1,3}of\b)"
        ),
        anchors=(
            "lifesaver",
            "life",
            "saver",
            "star",
            "legend",
            "hero",
            "gem",
            "rock",
            "rockstar",
            "champ",
            "angel",
            "diamond",
            "best",
            "stars",
            "legends",
            "heroes",
            "amazing",
            "awesome",
            "brilliant",
            "wonderful",
            "fantastic",
            "helpful",
            "help",
            "rule",
            "helps",
            "helped",
            "made",
            "saved",
            "service",
            "support",
            "response",
            "reply",
            "responses",
            "replies",
            "work",
        ),
        negatable=True,
        not_if_message_has=(SARCASM_MARK,),
        not_within=(
            r"(?:you'?re|you\s+are|you\s+guys\s+are|y'?all\s+are|u\s+r|ur|you\s+were)\s+"
            r"(?:\w+\s+){0,2}(?:best|brilliant|amazing|great|awesome|stars?|legends?)\s+at\s+\w+ing",
            r"thanks?\s+to\s+(?:your|the)\s+(?:\w+\s+){0,3}(?:service|support|help|response)",
            r"(?:so\s+much\s+for|where\s+is\s+the|where'?s\s+the|what\s+happened\s+to\s+(?:the|your)"
            r"|used\s+to\s+(?:be|have|get)|was\s+once|not\s+(?:exactly|very|the\s+most)|supposed"
            r"\s+to\s+be|is\s+this\s+your|call\s+this|call\s+that|if\s+this\s+is|expected|expect"
            r"|\bwhat\s+(?:a|an))\s+(?:\w+\s+){0,3}(?:great|excellent|amazing|fantastic"
            r"|brilliant|awesome|outstanding|superb|wonderful|good|helpful|fast|quick)"
            r"(?:\s+(?:customer\s+)?(?:service|support|help|response|reply|responses|replies"
            r"|work))?\b",
            r"(?:good|great|fast|quick)\s+(?:help|service|support|work)\s+(?:is|would\s+be)\s+"
            r"(?:hard|impossible|nice)",
            r"(?<!\w)\w+\s+(?:help|support|service)\s+(?:desk|team|page|centre|center|line|number"
            r"|ticket)",
            r"(?:it|this|that)\s+(?:\w+\s+)?help(?:s|ed)\s+(?:me\s+)?(?:to\s+)?(?:crash|drain|break"
            r"|lose|delete)",
        ),
        message="The customer praises the agent or the help they got.",
        examples=(
            "You're a lifesaver!",
            "you guys rock",
            "That was really helpful, cheers",
            "Great customer service, issue sorted in 5 minutes",
            "that helped, it's playing again",
            "You just made my day",
        ),
        near_misses=(
            "You're the best at losing my bags",
            "Great service 🙄 three hours on hold",
            "That doesn't help at all",
            "So much for great customer service",
            "That wasn't very helpful",
        ),
        source="common support language",
    ),
    # --- cooling.apology ---------------------------------------------------------------
    Rule(
        id="en.cooling.apology.sorry",
        label=L.COOLING_APOLOGY,
        speakers=CUSTOMER,
        pattern=r"(?<!\w)(?:sorry|sry|soz|sowwy|sozz)(?!\w)",
        anchors=("sorry", "sry", "soz", "sowwy", "sozz", "sory"),
        not_if_message_has=(r"\bsorry\s+not\s+sorry\b", r"#sorrynotsorry"),
        not_within=(
            # "Sorry, but this is ridiculous": a hedge before a complaint.
            r"sorry(?:\s+to\s+say)?[,.!]{0,3}\s+but\b",
            # Sympathy, not apology.
            r"sorry\s+(?:to\s+hear|for\s+(?:your|the)\s+loss|about\s+your|for\s+you|(?:that\s+)?"
            r"(?:you|u|you'?re|your|ur|he|she|they|it\s+happened)\b|if\s+you\s+(?:feel|think"
            r"|misunderstood|took))",
            r"(?:feel|feeling|felt|be|being|'?ll\s+be|will\s+be|gonna\s+be|going\s+to\s+be|should"
            r"\s+be|must\s+be|not|never|no|say|said|saying|says|hear|heard|want|wanted|expect"
            r"|demand|an?|your|their|his|her|fake|empty|hollow|more|another|the|their)\s+"
            r"(?:(?:so|very|really|truly|an?|any|the|me|us|just|even|one)\s+)?sorry",
            r"sorry\s+(?:excuse|state|ass|arse|lot|bunch|sight|attempt|saga|tale|mess)\b",
            r"sorry\s+(?:is|isn'?t|doesn'?t|won'?t|don'?t|means|just\s+(?:isn'?t|doesn'?t)"
            r"|will\s+not|does\s+not)\b",
            # "I'm sorry, what?": outrage. "Sorry?": pardon?
            r"sorry[,.!]{0,3}\s+(?:what|wtf|excuse\s+me|come\s+again|how\s+much)\b",
            r"(?<!\w)sorry\s{0,3}\?",
            # A system or shop message pasted into the tweet.
            r"sorry[,.!]?\s+(?:there\s+(?:was|is|has\s+been)|something\s+went|an\s+error|an"
            r"\s+unexpected|we\s+(?:couldn'?t|can'?t|cannot|don'?t|do\s+not|are|were|have|did"
            r"|'re)|we're|this\s+(?:\w+\s+)?(?:is|isn'?t|has|cannot|can'?t)|the\s+(?:page|item|video"
            r"|content|song|track|service|product)|you\s+(?:can'?t|cannot|are|have|don'?t)|your"
            r"\s+(?:request|payment|card|account|order)|that\s+(?:page|item)|having\s+problems"
            r"|this\s+content|unable|no\s+results|not\s+available|page\s+not)",
        ),
        message="The customer apologises, which usually signals calming.",
        examples=(
            "sorry for yelling earlier",
            "Sorry, my mistake, it was the other card",
            "Sorry to bother you again, is it fixed?",
            "So sorry for the late reply!",
            "I'm sorry, I was frustrated yesterday",
            "sry, meant order 1234",
        ),
        near_misses=(
            "sorry but this is ridiculous",
            "Sorry to hear that, thanks anyway",
            "You'll be sorry when I post this everywhere",
            "What a sorry excuse for a company",
            "I'm sorry, what? $50 to change a seat?",
            "It says Sorry, there was an unexpected error",
            "Sorry doesn't fix my broken phone",
            "I want you to say sorry",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.apology.apologize",
        label=L.COOLING_APOLOGY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:i|we)\s+(?:(?:do|really|truly|sincerely|deeply|must|just|also|want\s+to"
            r"|wanted\s+to|would\s+like\s+to|'d\s+like\s+to|have\s+to|need\s+to|should)\s+)?"
            r"apologi[sz]e(?!\w)"
            r"|(?<!\w)(?:my|our|many|sincere|sincerest|profuse|all\s+my|humble|deepest)\s+"
            r"apologies(?!\w)"
            rf"|{_opening('apologies')}apologies(?:\s+(?:for|if|about|again|everyone|all|guys))?(?!\w)"
            r"|(?<!\w)i\s+owe\s+(?:you|u|y'?all)\s+an\s+apology(?!\w)"
            r"|(?<!\w)(?:please\s+)?forgive\s+(?:me|my|us)(?!\w)"
            r"|(?<!\w)(?:excuse|pardon)\s+(?:my|the)\s+(?:french|language|tone|rant|ranting"
            r"|stupidity|ignorance|outburst|swearing|typo|typos|english|spelling|impatience"
            r"|frustration|caps|rudeness|mistake)(?!\w)"
        ),
        anchors=("apologize", "apologise", "apologies", "apology", "forgive", "excuse", "pardon"),
        negatable=True,
        not_within=(
            r"(?:you|u|they|he|she|someone|somebody|company|agent|staff|manager|should|must|will"
            r"|to)\s+(?:\w+\s+){0,2}apologi[sz]e\s+(?:to\s+me|to\s+us)",
            r"(?:never|won'?t|will\s+not|not\s+going\s+to|refuse\s+to)\s+(?:\w+\s+)?"
            r"(?:apologi[sz]e|forgive)",
            r"(?:your|the|their|his|her|fake|empty|hollow|more|another|no)\s+(?:\w+\s+)?apologies",
            r"forgive\s+(?:me|us)\s+(?:if|for\s+(?:thinking|expecting|assuming|believing|wanting"
            r"|being\s+a\s+(?:paying\s+)?customer))",
            r"(?:i'?ll|i\s+will|i\s+would|i'?d|i\s+could|i\s+can)\s+never\s+forgive",
        ),
        message="The customer apologises for their tone or their mistake.",
        examples=(
            "I apologize for my tone",
            "I apologise, I got the dates mixed up",
            "My apologies, it was the wrong account",
            "Apologies for the rant earlier",
            "excuse my french but it's been a long day",
            "Please forgive me, I sent the wrong screenshot",
        ),
        near_misses=(
            "You should apologize to me for this",
            "I want an apology and a refund",
            "I will never forgive you for losing my photos",
            "Forgive me for expecting my parcel on time",
            "Your apologies mean nothing",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.apology.my_bad",
        label=L.COOLING_APOLOGY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)my\s+(?:bad|mistake|fault|error|apologies|blunder|oversight|screw\s*up"
            r"|mix\s*up|misunderstanding|misread|silly\s+mistake)(?!\w)"
            r"|(?<!\w)i\s+(?:was|am|'?m)\s+(?:totally\s+|completely\s+|clearly\s+|so\s+)?wrong"
            r"(?!\w)(?!\s{1,3}(?:to\s+(?:trust|believe|think|expect|choose|pick|buy|use)|about\s+(?:you"
            r"|your)\s+(?:company|service)))"
            r"|(?<!\w)i\s+stand\s+corrected(?!\w)"
            r"|(?<!\w)i\s+(?:over\s*reacted|overreacted|lost\s+my\s+(?:temper|cool)|got\s+carried"
            r"\s+away|was\s+out\s+of\s+line|was\s+being\s+(?:rude|unfair|harsh|impatient|a\s+jerk"
            r"|an\s+idiot|dramatic|unreasonable)|was\s+(?:rude|harsh|short|unfair|snappy|impatient"
            r"|a\s+bit\s+(?:rude|harsh|short|much)))(?!\w)"
            r"|(?<!\w)i\s+(?:didn'?t|did\s+not|never)\s+mean\s+to\s+(?:be\s+(?:rude|harsh|short"
            r"|mean|snappy|aggressive)|yell|shout|snap|sound|come\s+across|offend|take\s+it\s+out"
            r"|go\s+off|swear|rant|upset)(?!\w)"
            r"|(?<!\w)i\s+(?:shouldn'?t|should\s+not)\s+have\s+(?:yelled|shouted|snapped|been"
            r"\s+(?:rude|so\s+rude|harsh|short)|said|sworn|lost\s+my|gone\s+off|taken\s+it\s+out)"
            r"(?!\w)"
            rf"|{_opening('oops|whoops|oopsie|woops')}(?:oops|whoops|oopsie|woops)(?:\s{{0,3}}[,.!]{{0,3}}\s{{0,3}}(?:my\s+bad"
            r"|sorry|i\s+(?:meant|forgot|see|found|missed|was|did)|found\s+it|never\s*mind|wrong"
            r"|nvm|figured))(?!\w)"
        ),
        anchors=(
            "bad",
            "mistake",
            "fault",
            "error",
            "apologies",
            "blunder",
            "oversight",
            "screw",
            "screwup",
            "mix",
            "mixup",
            "misunderstanding",
            "misread",
            "silly",
            "wrong",
            "corrected",
            "overreacted",
            "over",
            "lost",
            "carried",
            "line",
            "being",
            "rude",
            "harsh",
            "short",
            "unfair",
            "snappy",
            "impatient",
            "mean",
            "have",
            "oops",
            "whoops",
            "oopsie",
            "woops",
        ),
        negatable=True,
        not_within=(
            r"(?:my|your)\s+(?:fault|mistake|bad)\s+for\s+(?:trusting|believing|expecting"
            r"|thinking|choosing|buying|using|ordering|picking|going|flying|booking|giving)",
            r"(?:not|isn'?t|wasn'?t|never)\s+(?:\w+\s+){0,2}my\s+(?:fault|mistake|error|bad)",
            r"(?:is|was)\s+(?:it|this|that)\s+my\s+(?:fault|mistake|error)\b[^.!?\n]{0,60}\?",
            r"my\s+error\s+(?:code|message|log|screen|says|reads|shows|is\s+\d)",
            r"i\s+(?:was|am|'?m)\s+wrong\s+(?:number|card|size|address|item|order|charged|billed"
            r"|information|account)",
            r"(?:said|told|says|tells|think|thought|claim\w{0,2})\s+(?:me\s+)?(?:that\s+)?i\s+"
            r"(?:was|am|'?m)\s+wrong",
        ),
        message="The customer owns a mistake or their tone.",
        examples=(
            "My bad, wrong order number",
            "my mistake, it arrived yesterday",
            "I was wrong, the charge was mine",
            "I overreacted earlier",
            "I didn't mean to be rude",
            "Oops, my bad! Found it in the spam folder",
        ),
        near_misses=(
            "It's not my fault the parcel was left outside",
            "My fault for trusting you guys",
            "Is it my fault the app crashed?",
            "My error code is 0x80070005",
            "I was wrong to trust this airline",
        ),
        source="taxonomy.md",
    ),
    # --- cooling.acceptance ------------------------------------------------------------
    Rule(
        id="en.cooling.acceptance.sounds_good",
        label=L.COOLING_ACCEPTANCE,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:sounds\s+(?:good|great|perfect|fine|fair|reasonable|lovely|ideal|brilliant"
            r"|awesome|ok|okay|like\s+a\s+plan|amazing|excellent|fab|wonderful)(?!\w)"
            r"|(?:that|this)(?:'ll|\s+will|\s+would|'d|\s+should|\s+could)\s+work"
            r"(?:\s+(?:for\s+(?:me|us)|fine|great|perfectly))?(?!\w)"
            r"|(?:that|this)\s+works\s+(?:for\s+(?:me|us)|perfectly|great|fine)(?!\w)"
            r"|(?:works|worked)\s+for\s+(?:me|us)(?=\s{0,3}(?:[.!,:)]|$|thank|thx|cheers"
            r"|too|as\s+well))"
            r"|(?:that|this)(?:'?d|\s+would|'ll|\s+will)\s+be\s+(?:great|perfect|lovely"
            r"|brilliant|amazing|awesome|fine|ideal|wonderful|fantastic|helpful|much\s+appreciated"
            r"|good)(?!\w)"
            r"|fair\s+enough(?!\w)"
            r"|(?:it'?s|that'?s)\s+a\s+deal(?!\w))"
            rf"|{_opening('deal')}deal\s{{0,3}}[!.]"
            rf"|(?:{_opening('that|this|it')}|(?<!\w)(?:{_OK})[,.!]{{0,3}}\s{{1,3}})"
            r"(?:that|this|it)\s+(?:works|worked)(?!\w)"
        ),
        anchors=(
            "sounds",
            "works",
            "work",
            "worked",
            "great",
            "perfect",
            "lovely",
            "brilliant",
            "amazing",
            "awesome",
            "fine",
            "ideal",
            "wonderful",
            "fantastic",
            "helpful",
            "good",
            "appreciated",
            "fair",
            "deal",
        ),
        negatable=True,
        not_if_message_has=ACCEPT_NOT_IF,
        not_within=ACCEPT_NOT_WITHIN,
        message="The customer agrees to the proposed solution.",
        examples=(
            "ok, that works",
            "Sounds good",
            "that'd be great, thank you",
            "Fair enough, I'll try again tonight",
            "That would work for me",
            "Deal!",
        ),
        near_misses=(
            "If you could fix the app that'd be great",
            "Does that work on Android?",
            "That doesn't work for me",
            "Sounds good on paper, but it still doesn't work",
            "I need an app that works offline",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.acceptance.thats_fine",
        label=L.COOLING_ACCEPTANCE,
        speakers=CUSTOMER,
        pattern=(
            rf"(?:(?<!\w)(?:that'?s|that\s+is|that'?d\s+be)|{_opening(_IT)}(?:it'?s|it\s+is"
            r"|this\s+is))\s+(?:(?:totally|absolutely|perfectly|completely)\s+)?(?:fine|ok|okay"
            r"|perfect|acceptable|fair|reasonable|no\s+problem)(?:\s+(?:with|by)\s+me)?"
            r"\s{0,3}(?:[.!,:)]|$|thank|thx|cheers)"
            r"|(?<!\w)(?:i|we)\s+(?:can|could)\s+(?:live\s+with|work\s+with)\s+(?:that|this)(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we're|we\s+are)\s+(?:(?:very|really|so|perfectly|quite|more"
            r"\s+than)\s+)?(?:happy|fine|ok|okay|good|content)\s+with\s+(?:that|this|the|it|a|an"
            r"|your)(?!\w)"
        ),
        anchors=(
            "fine",
            "ok",
            "okay",
            "perfect",
            "acceptable",
            "fair",
            "reasonable",
            "problem",
            "live",
            "happy",
            "good",
            "content",
            "with",
        ),
        negatable=True,
        not_if_message_has=ACCEPT_NOT_IF,
        not_within=ACCEPT_NOT_WITHIN,
        message="The customer says the proposed solution is fine with them.",
        examples=(
            "That's fine, thanks",
            "that is perfectly fine by me.",
            "I can live with that",
            "I'm happy with the replacement",
        ),
        near_misses=(
            "fine. whatever.",
            "That's fine but it still doesn't load",
            "I'm not happy with that answer",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.acceptance.take_offer",
        label=L.COOLING_ACCEPTANCE,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:(?:i|we)\s+(?:accept|'ll\s+accept|will\s+accept|agree)(?!\w)"
            r"|(?:i'?ll|i\s+will|we'll|we\s+will)\s+(?:take|go\s+with|accept)\s+(?:it|that"
            r"|this|the|a|an|option|your\s+offer)(?!\w)"
            r"|let'?s\s+(?:do|go\s+with|go\s+for)\s+(?:that|it|this|the|option)(?!\w)"
            r"|(?:please\s+)?go\s+ahead(?!\w)"
            r"|i'?ll\s+(?:try|give)\s+(?:that|it|this)(?:\s+(?:a\s+(?:go|shot|try))?)?"
            r"(?!\s{1,3}(?:elsewhere|somewhere|another|with\s+another))(?!\w))"
        ),
        anchors=("accept", "agree", "take", "go", "let", "lets", "ahead", "try", "give"),
        negatable=True,
        not_if_message_has=ACCEPT_NOT_IF,
        not_within=ACCEPT_NOT_WITHIN,
        message="The customer takes the offer or agrees to try the suggestion.",
        examples=(
            "Fine, let's do the refund",
            "that'd be great, go ahead",
            "I'll take the voucher",
            "ok I'll try that now",
            "I accept the credit, thank you",
        ),
        near_misses=(
            "go ahead and cancel my account then",
            "I'll take my business elsewhere",
            "Go ahead, sue me",
            "Can I just go ahead and order another one?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.acceptance.ok_reply",
        label=L.COOLING_ACCEPTANCE,
        speakers=CUSTOMER,
        pattern=(
            rf"{_opening(_OK)}(?:{_OK})\s{{0,3}}[,.!]{{0,3}}\s{{0,3}}"
            r"(?:thanks|thank\s+you|thank\s+u|thx|ty|cheers|will\s+do|that\s+works|let'?s\s+do"
            r"|i'?ll\s+(?:try|do|wait|check|give)|no\s+problem|no\s+worries|go\s+ahead|please"
            r"\s+do|do\s+it)(?!\w)"
            rf"|{_opening('yes|yeah|yep')}(?:yes|yeah|yep)\s{{0,3}}[,.!]?\s{{0,3}}please"
            r"(?!\s{1,3}(?:fix|sort|help|refund|call|explain|tell|answer|respond|reply|stop))"
            r"(?!\w)"
            rf"|{_opening('will')}will\s+do(?!\s{{1,3}}(?:the|it|that|anything|something|what|my"
            r"|a|an|this|nothing|so|whatever|better|more)\b)(?!\w)"
            rf"|{_opening('no')}(?:no\s+worries|no\s+problem(?:\s+at\s+all)?)(?=\s{{0,3}}"
            r"(?:[.!,:)]|$|thank|thx|mate|at\s+all|i'?ll|take|it'?s|cheers|😊|🙂|👍))"
        ),
        anchors=(
            "ok",
            "okay",
            "k",
            "alright",
            "sure",
            "yes",
            "yep",
            "yeah",
            "great",
            "perfect",
            "brilliant",
            "cool",
            "fine",
            "lovely",
            "excellent",
            "awesome",
            "fab",
            "fantastic",
            "super",
            "wonderful",
            "grand",
            "will",
            "no",
        ),
        negatable=True,
        not_if_message_has=ACCEPT_NOT_IF,
        not_within=ACCEPT_NOT_WITHIN,
        message="The customer answers the proposal with a short yes.",
        examples=(
            "Perfect, thanks!",
            "Will do!",
            "No worries, I'll wait for the email",
            "ok thx",
            "Yes please",
        ),
        near_misses=(
            "ok but it's still not working",
            "Yes please fix this today",
            "Hopefully Acme will do the right thing",
            "No problem on my iPhone, only on the iPad",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.cooling.acceptance.resolved",
        label=L.COOLING_ACCEPTANCE,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:that|this|it|which|restarting|reinstalling|updating|logging\s+out"
            r"|resetting|the\s+(?:fix|update|reset|restart|reinstall|link|code|steps?|tip|trick"
            r"|workaround|solution))\s+(?:(?:has|seems\s+to\s+have|seemed\s+to\s+have|totally"
            r"|finally|definitely)\s+)?(?:fixed|solved|sorted|resolved|cured)\s+(?:it|that|the"
            r"\s+(?:problem|issue)|things|everything|my\s+(?:problem|issue))(?!\w)"
            r"|(?<!\w)(?:did|does)\s+the\s+trick(?!\w)"
            r"|(?<!\w)(?:all|issue|problem|everything)\s+(?:is\s+|'?s\s+|now\s+|has\s+been\s+)?"
            r"(?:sorted|solved|resolved|fixed|good)\s+(?:now|thanks|thank|thx|cheers)(?!\w)"
            r"|(?<!\w)(?:all\s+sorted|problem\s+solved|issue\s+(?:resolved|solved|fixed)"
            r"|all\s+fixed|sorted\s+now|fixed\s+now|all\s+good\s+now|resolved\s+now)(?!\w)"
            r"|(?<!\w)(?:it'?s|it\s+is|its|everything'?s|everything\s+is|all'?s|seems\s+to\s+be"
            r"|seem\s+to\s+be|is|are|it|everything|now)\s+(?:all\s+)?(?:working|playing|loading"
            r"|syncing|back)\s+(?:again\s+)?(?:now|fine|properly|perfectly|great|again|normally)"
            r"(?!\w)(?!\s{1,3}(?:and\s+(?:then|again)|until|but|for\s+(?:now|a\s+bit)))"
            r"|(?<!\w)(?:i\s+)?(?:got|have\s+got|'ve\s+got|managed\s+to\s+get)\s+it\s+(?:to\s+)?"
            r"(?:work|working|sorted|fixed)(?:\s+now)?(?!\w)"
        ),
        anchors=(
            "fixed",
            "solved",
            "sorted",
            "resolved",
            "cured",
            "trick",
            "good",
            "working",
            "playing",
            "loading",
            "syncing",
            "back",
            "work",
        ),
        negatable=True,
        not_if_message_has=(SARCASM_MARK,),
        not_within=(
            r"(?:was|were|had\s+been)\s+(?:\w+\s+)?working\s+(?:fine|properly|perfectly|great"
            r"|normally|again)",
            r"(?:if|once|when|until|as\s+soon\s+as|hope|hoping|hopefully|whether)\s+(?:\w+\s+){0,3}"
            r"(?:fixed|solved|sorted|resolved|working|did\s+the\s+trick)",
            r"(?:fixed|sorted|resolved|working)\s+(?:now|again)\s{0,3}\?",
            r"(?:is|was)\s+(?:it|this|that|everything)\s+(?:\w+\s+)?(?:fixed|sorted|resolved"
            r"|working)",
            r"(?:still|stopped|stop)\s+(?:\w+\s+)?(?:working|playing|loading|syncing)",
        ),
        message="The customer confirms that the solution worked.",
        examples=(
            "That fixed it, thanks!",
            "Restarting did the trick",
            "All sorted now 👍",
            "It's working now!",
            "got it to work, cheers",
            "problem solved",
        ),
        near_misses=(
            "It was working fine until the update",
            "Is it fixed now?",
            "It's not working now either",
            "Let me know once it's fixed",
            "it's working now and then but keeps dropping",
        ),
        source="common support language",
    ),
)

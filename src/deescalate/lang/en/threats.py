"""Threats: violence, legal action, leaving (churn) and going public.

Most of these are said by customers. The patterns look for the writer's own
intent ("I'll ...", "I'm going to ...") or for a target ("sue you", "smash your
face"), so that reports ("the driver threatened to call the police"), questions
("how do I cancel my subscription?") and idioms ("this is killing me", "shoot me
an email") stay out.
"""

from __future__ import annotations

from deescalate.labels import Label, Severity
from deescalate.lang.en._shared import BOTH, CUSTOMER
from deescalate.rules import Rule, phrase_fragment

L = Label


def _words(text: str) -> tuple[str, ...]:
    """Anchor words written as one space-separated string."""
    return tuple(text.split())


# The writer's own intent: "I'll", "I will", "I'm going to", "gonna", "I'm about to".
I_WILL = (
    r"(?:i'?ll|i\s+will|i\s+shall|i'?m\s+(?:going\s+to|gonna|about\s+to|fixing\s+to)"
    r"|i\s+am\s+(?:going\s+to|gonna|about\s+to)|i\s+(?:swear|promise)\s+i'?ll|imma|gonna)"
)
# Wider intent, for leaving and going public: plans, conditions and considerations.
INTENT = (
    r"(?:i'?ll|i\s+will|i\s+shall|will\s+be|(?:i'?m|i\s+am|am|im)\s+(?:going\s+to|gonna|about\s+to"
    r"|ready\s+to|planning\s+(?:to|on)|(?:seriously\s+|honestly\s+)?considering|thinking\s+(?:about|of)"
    r"|seriously\s+thinking\s+(?:about|of)|definitely|so\s+close\s+to|this\s+close\s+to)"
    r"|gonna|about\s+to|ready\s+to|time\s+to|(?:i\s+)?might|i\s+may"
    r"|(?:i'?m\s+)?(?:seriously\s+)?considering|thinking\s+(?:about|of)|i'?d\s+rather)"
    r"(?:\s+(?:just|probably|definitely|s(?:eriously|imply|oon)|h(?:onestly|appily)|totally"
    r"|actually|finally|now|officially|literally|really|gladly|be)){0,2}"
)

# --- threat.violence -------------------------------------------------------------------

_PERSON = (
    r"(?:you|u|ya|y'?all|you\s+(?:guys|people|all)|them|him|her|someone|somebody|anyone|anybody"
    r"|every\s?(?:one|body)|the\s+next\s+(?:person|one|agent|rep|guy)"
    r"|(?:the|this|that|your)\s+(?:driver|agent|rep|manager|staff|employees?|guy|person|cashier"
    r"|clerk|courier|technician|tech|owner|ceo|idiot|moron|woman|man|lady|dude|people|workers?))"
)
_BODY = (
    r"(?:face|head|teeth|skull|neck|legs?|arms?|jaw|nose|ass|butt|throat|kneecaps?|bones?|spine"
    r"|lights|brains?)"
)
_PLACE = (
    r"(?:store|office|building|place|shop|branch|headquarters|hq|restaurant|warehouse|station"
    r"|house|home|depot|plant|factory|call\s+cent(?:er|re))"
)
_HARM = phrase_fragment(
    "kill",
    "murder",
    "stab",
    "strangle",
    "choke",
    "punch",
    "slap",
    "smack",
    "hurt",
    "attack",
    "assault",
    "shank",
    "throttle",
    "knife",
    "beat up",
)

VIOLENCE: tuple[Rule, ...] = (
    Rule(
        id="en.threat.violence.i_will_hurt",
        label=L.THREAT_VIOLENCE,
        speakers=BOTH,
        pattern=(
            rf"{I_WILL}(?:\s+(?:just|f(?:uckin[g']?|ind\s+and)|personally|literally|actually"
            rf"|come\s+and|go\s+and)){{0,2}}\s+{_HARM}\s+{_PERSON}(?!\w)"
            r"(?!\s{1,5}(?:with\s+kindness|at\s+(?:fortnite|cod|this|that|chess|pool|\w{1,20}ing)))"
        ),
        anchors=_words(
            "kill murder stab strangle choke punch slap smack hurt attack assault shank"
            " throttle knife beat"
        ),
        negatable=True,
        severity=Severity.HIGH,
        message="The writer says they will physically hurt someone.",
        examples=(
            "I will kill you",
            "I'm going to hurt someone if this isn't fixed",
            "i swear i'll strangle the next person who puts me on hold",
            "Imma punch the driver when he shows up",
            "I'll k1ll you",
        ),
        near_misses=(
            "I'll kill them with kindness",
            "this is killing me",
            "I could kill for a coffee right now",
            "I'll kill the app and restart it",
            "I'm not going to hurt anyone, I'm just upset",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.violence.body_part",
        label=L.THREAT_VIOLENCE,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:smash|bash|break|punch|kick|cave|knock|rip|beat|slap|pound|stomp|snap"
            r"|crack|rearrange|split|slit|cut)\w{0,3}\s+(?:in\s+)?(?:your|ur|yo)(?:\s+\w+)?\s+"
            + _BODY
            + r"(?!\w)"
            r"|(?<!\w)(?:smash|bash|punch|kick|cave|knock|beat|slap|pound|stomp|rearrange)\w{0,3}\s+"
            r"(?:in\s+)?(?:his|her|their|(?:the|that|this)\s+\w+'?s)(?:\s+\w+)?\s+"
            + _BODY
            + r"(?!\w)"
        ),
        anchors=_words(
            "smash bash break punch kick cave knock rip beat slap pound stomp snap crack"
            " rearrange split slit cut"
        ),
        negatable=True,
        severity=Severity.HIGH,
        message="A threat to injure someone's body.",
        examples=(
            "I'll come down there and smash your face",
            "gonna break your legs",
            "I will kick your ass",
            "Someone should punch that driver's stupid face",
        ),
        near_misses=(
            "this deal will knock your socks off",
            "don't break your head over it, we'll sort it out",
            "kick your feet up and relax",
            "a student fell and broke her face on the ice",
            "she was going to cut their hand off by accident",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.violence.watch_your_back",
        label=L.THREAT_VIOLENCE,
        speakers=BOTH,
        phrases=(
            "watch (your|ur|yer) back",
            "sleep with one eye open",
            "i know where (you|u|ya|your family|your kids|your manager|he|she|they) "
            "(live|lives|sleep|sleeps|work|works)",
            "(you|u) don't know who (you're|you are|ur) (messing|dealing|fucking) with",
            "(you will|you'll) regret (this|it) for the rest of your (life|days)",
        ),
        severity=Severity.HIGH,
        message="A veiled threat of violence aimed at the reader.",
        examples=(
            "you'd better watch your back",
            "I know where you live.",
            "You don't know who you're messing with",
            "watch ur back pal",
        ),
        near_misses=(
            "watch your step when you board",
            "I know where your store is, I'll come by tomorrow",
            "watch the video on the back of the box",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.violence.hunt_down",
        label=L.THREAT_VIOLENCE,
        speakers=BOTH,
        pattern=(
            rf"{I_WILL}\s+(?:(?:hunt|track)\s+{_PERSON}\s+down(?!\w)"
            rf"|find\s+{_PERSON}\s+and\s+(?:kill|hurt|end|make|beat|punch|smash|break)"
            rf"|(?:come|go|drive|head)\s+(?:down|over|round|up)\s+(?:there|here|to\s+(?:your|the)"
            rf"(?:\s+\w+)?)\s+and\s+(?:beat|smash|punch|slap|hurt|kill|wreck|trash|destroy|shoot"
            rf"|stab|burn|break|kick)\w{{0,3}})"
        ),
        anchors=("hunt", "track", "find", "come", "go", "drive", "head"),
        negatable=True,
        severity=Severity.HIGH,
        message="A threat to go after someone in person.",
        examples=(
            "I will hunt you down",
            "i'm going to find the driver and make him pay",
            "I'll come down there and wreck the place",
        ),
        near_misses=(
            "I'll track down the package myself",
            "I'll find you on Facebook",
            "I'll come down there and sort it out with the manager",
        ),
        source="common support language",
    ),
    Rule(
        id="en.threat.violence.youre_dead",
        label=L.THREAT_VIOLENCE,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:you|u|y'?all|you\s+(?:guys|people|all))(?:'?re|\s+are|\s+r)\s+"
            r"(?:so\s+|all\s+)?(?:dead\s+meat|a\s+dead\s+(?:man|woman)|dead(?=\s{0,5}(?:[.!,\n]|$))"
            r"|(?:going\s+to|gonna)\s+(?:die|get\s+(?:hurt|shot|stabbed)|bleed))"
            r"(?!\w)(?!\s{1,5}(?:laughing|of|from|when|if|before|trying|waiting))"
            r"|(?<!\w)(?:you|u)\s+(?:will|'ll)\s+(?:die|bleed|get\s+(?:hurt|shot|stabbed))(?!\w)"
            r"(?!\s{1,5}(?:laughing|of|from|when|if|before|trying|waiting))"
        ),
        anchors=("you", "u", "yall", "y"),
        negatable=True,
        severity=Severity.HIGH,
        message="Tells the reader they will be harmed or killed.",
        examples=("You're dead meat.", "you are going to die", "u r dead!"),
        near_misses=(
            "you're dead to me",
            "you're dead wrong about the fee",
            "you're going to die laughing at this ad",
        ),
        source="common support language",
    ),
    Rule(
        id="en.threat.violence.wish_dead",
        label=L.THREAT_VIOLENCE,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:hope|wish|want)\s+(?:you|u|y'?all|you\s+(?:guys|people|all)|your\s+\w+)"
            r"\s+(?:to\s+)?(?:all\s+)?(?:die|dies|drop\s+dead|get\s+(?:killed|shot|stabbed|run\s+over)"
            r"|dead)(?!\w)"
            r"|(?<!\w)(?:go\s+)?kill\s+(?:your\s*self|ur\s*self|yourselves)(?!\w)|(?<!\w)kys(?!\w)"
        ),
        anchors=("hope", "wish", "want", "kill", "kys"),
        negatable=True,
        severity=Severity.HIGH,
        message="Wishes death or serious harm on the reader.",
        examples=("I hope you die", "go kill yourself", "kys", "I want you all dead"),
        near_misses=(
            "I hope you don't mind me asking",
            "the battery will die if you leave it on",
            "I wish you a great day",
        ),
        source="common support language",
    ),
    Rule(
        id="en.threat.violence.weapon_or_arson",
        label=L.THREAT_VIOLENCE,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:bring(?:ing)?|grab(?:bing)?|pull(?:ing)?\s+out|com(?:e|ing)\s+(?:back\s+)?with"
            r"|show(?:ing)?\s+up\s+with)\s+"
            r"(?:my|a)\s+(?:gun|knife|bat|baseball\s+bat|weapon|shotgun|rifle|pistol|machete)s?"
            r"(?!\w)(?!\s{1,5}(?:set|block|sharpener|signal|case|skin|collection|mode|pack))"
            r"|(?<!\w)(?:burn|torch|bomb|blow\s+up|shoot\s+up|firebomb|set\s+fire\s+to)\s+(?:down\s+)?"
            rf"(?:your|the|this|that|ur)\s+(?:\w+\s+)?{_PLACE}(?!\w)"
        ),
        anchors=_words(
            "bring bringing grab grabbing pull pulling come coming show showing burn torch"
            " bomb blow shoot firebomb set"
        ),
        negatable=True,
        severity=Severity.HIGH,
        message="A threat involving a weapon, arson or a bomb.",
        examples=(
            "next time I'll bring my gun",
            "I'm going to burn your store down",
            "someone should blow up your headquarters",
        ),
        near_misses=(
            "get the knife set on sale",
            "your new album is the bomb",
            "I got a bat signal flashlight from your store",
        ),
        source="common support language",
    ),
)

# --- threat.legal ----------------------------------------------------------------------

_LAWYER = (
    r"(?:lawyers?|attorneys?|solicitors?|legal\s+(?:team|counsel|department|dept|advisors?|advice"
    r"|representation|aid)|law\s*firm|barristers?)"
)
_REGULATOR = (
    r"(?:bbb?|better\s+business\s+bureau|ftc|fcc|cfpb|consumer\s+financial\s+protection(?:\s+bureau)?"
    r"|ombudsm[ae]n|attorneys?\s+general|ag'?s\s+office|trading\s+standards"
    r"|consumer\s+(?:protection|affairs|rights|council|forum|court|watchdog)(?:\s+\w+)?|ofcom|ofgem"
    r"|ofwat|citizens\s+advice|department\s+of\s+transportation|faa|caa|trai"
    r"|state\s+regulators?|regulators?|insurance\s+commissioner|public\s+utilit(?:y|ies)\s+commission"
    r"|puc)"
)
_REPORT_VERB = (
    r"(?:report(?:ing|ed)?|complain(?:ing|ed|ts?)?|fil(?:e|ing|ed)|lodg(?:e|ing|ed)|contact(?:ing|ed)?"
    r"|writ(?:e|ing)|wrote|escalat(?:e|ing|ed)|tak(?:e|ing)\s+(?:this|it)|took\s+(?:this|it)"
    r"|go(?:ing)?\s+to|went\s+to|tell(?:ing)?|told|notif(?:y|ying|ied)|inform(?:ing|ed)?"
    r"|alert(?:ing|ed)?|submit(?:ting|ted)?|mak(?:e|ing)|made|send(?:ing)?|sent|forward(?:ing|ed)?"
    r"|involv(?:e|ing)|call(?:ing|ed)?)"
)

LEGAL: tuple[Rule, ...] = (
    Rule(
        id="en.threat.legal.lawyer",
        label=L.THREAT_LEGAL,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:(?:call|contact|consult|get|got|hire|retain|involv|speak|talk|hear|forward|send"
            r"|pass|hand|bring|reach\w{0,3}\s+out|lawyer)\w{0,4}(?:\s+\w+){0,2}?\s+(?:(?:to|with|from)"
            r"\s+)?(?:(?:my|a|an|our|the|your|some)\s+)?(?:(?:own|family|personal)\s+)?"
            rf"{_LAWYER}(?!\w)(?!\s{{1,5}}(?:friend|buddy|pal|mate|colleague|neighbou?r|cousin))"
            r"|(?<!\w)lawyer(?:ing)?\s+up"
            rf"|(?<!\w)my\s+{_LAWYER}\s+(?:will|shall|'?ll|is\s+(?:going\s+to|(?:already\s+)?"
            r"(?:aware|involved|looking|on\s+it|in\s+touch))))(?!\w)"
        ),
        anchors=(
            "lawyer",
            "lawyers",
            "attorney",
            "attorneys",
            "solicitor",
            "legal",
            "law",
            "barrister",
        ),
        message="The customer says they are bringing in a lawyer.",
        examples=(
            "I'm calling my lawyer",
            "You'll be hearing from my attorney.",
            "Trying not to involve attorneys here, please advise",
            "I've forwarded everything to my solicitor",
            "time to lawyer up",
        ),
        near_misses=(
            "my lawyer friend recommended you",
            "I'm a lawyer and I need a laptop for work",
            "the delivery guy started sounding like an attorney",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.legal.sue",
        label=L.THREAT_LEGAL,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:sue|suing)\s+(?:you|u|ya|y'?all|your|this\s+company|the\s+company"
            r"|(?:the\s+)?(?:pants|crap|hell|shit)\s+(?:off|out\s+of))(?!\w)"
            r"|(?<!\w)(?:i|we)(?:'?ll|'?m|'?d|\s+will|\s+am|\s+shall|\s+can|\s+could|\s+should"
            r"|\s+would|\s+might|\s+may|\s+want\s+to|\s+intend\s+to|\s+plan\s+to)(?:\s+\w+){0,4}?"
            r"(?<!with|to|from|and|thanks|hi|hey|dear|asked|told|named|called|ms|mrs|miss|by|for)"
            r"\s+(?:sue|suing)(?=\s{0,5}(?:[.!?,;\n]|$)|\s{1,5}(?:you|u|them|y'?all|your|the|this|over|for|if"
            r"|unless|and|anyway|now|again|\w{1,20}\s+for))"
        ),
        anchors=("sue", "suing"),
        negatable=True,
        message="The customer threatens to sue.",
        examples=(
            "I'll sue!",
            "I am on the border of suing you.",
            "we will sue over this",
            "I could sue you for this",
        ),
        near_misses=(
            "I spoke to Sue and she said it would ship today",
            "Thanks Sue, that fixed it",
            "I'm not going to sue you, I just want it fixed",
            "you guys should sue them for copying you",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.legal.court",
        label=L.THREAT_LEGAL,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:law\s*suits?|class[\s\-]*action|legal\s+(?:action|proceedings|steps|recourse)"
            r"|small[\s\-]+claims|take\s+(?:you|u|y'?all|this|it|them|the\s+matter|you\s+guys)\s+to"
            r"\s+court|see\s+(?:you|u|y'?all)\s+in\s+court|court\s+(?:action|summons)"
            r"|(?:file|filing|filed)\s+(?:a\s+)?(?:claim|suit|case)\s+(?:in|at|with)\s+(?:the\s+)?court"
            r")(?!\w)"
        ),
        anchors=("law", "lawsuit", "class", "legal", "small", "court"),
        negatable=True,
        not_within=(r"(?:the|their|his|her|its)\s+(?:\w+\s+){0,2}(?:law\s*suit|class\s+action)",),
        message="The customer mentions a lawsuit, court or legal action.",
        examples=(
            "a class action lawsuit will be filed against you",
            "I'm taking you to small claims court",
            "See you in court.",
            "I will be taking legal action",
        ),
        near_misses=(
            "the court date is on my calendar so I need it delivered by Monday",
            "did you see the Uber lawsuit in the news",
            "no legal action needed, just fix it",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.legal.regulator",
        label=L.THREAT_LEGAL,
        speakers=CUSTOMER,
        pattern=(
            rf"(?<!\w){_REPORT_VERB}(?:\s+[\w&']+){{0,5}}?\s+(?:to\s+|with\s+)?(?:the\s+)?"
            rf"{_REGULATOR}(?!\w)"
            rf"|(?<!\w)(?:bbb?|ftc|fcc|cfpb|ombudsman|trading\s+standards)\s+(?:complaint|report|case)"
        ),
        anchors=_words(
            "bbb bb better ftc fcc cfpb consumer ombudsman ombudsmen attorney attorneys ag"
            " trading ofcom ofgem ofwat citizens department faa caa trai state regulator"
            " regulators insurance public puc"
        ),
        not_if_message_has=(r"\bnet\s*neutrality\b",),
        message="The customer threatens to report the company to a regulator or the authorities.",
        examples=(
            "i'll be reporting you to the BBB",
            "I'm ready to file a complaint with Better Business Bureau & FTC",
            "I contacted the FTC about this",
            "Going to trading standards with this",
            "I filed a complaint with the attorney general",
        ),
        near_misses=(
            "the driver refused to give the police his ID",
            "I went to the store and got a polka dot dress",
            "do you ship to the Department of Transportation building?",
            "my local telephone co-op (FTC) gives me this for less",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.legal.police",
        label=L.THREAT_LEGAL,
        speakers=CUSTOMER,
        pattern=(
            rf"(?<!\w)(?:{I_WILL}|i'?m|i\s+am|will)\s+(?:be\s+)?(?:call(?:ing)?|report(?:ing)?"
            r"|contact(?:ing)?|get(?:ting)?|involv(?:e|ing)|go(?:ing)?\s+to)(?:\s+(?:you|u|this|it"
            r"|them|y'?all|your\s+\w+))?\s+(?:to\s+)?(?:the\s+)?(?:police|cops|authorities|feds)(?!\w)"
        ),
        anchors=("police", "cops", "authorities", "feds"),
        negatable=True,
        message="The customer threatens to bring in the police or the authorities.",
        examples=(
            "I will call the police if my car isn't returned",
            "I'm reporting you to the police for fraud",
            "i'll be contacting the authorities",
        ),
        near_misses=(
            "I called the police when the driver left with my bag",
            "our uber just got pulled over by the police",
            "I'm not going to call the police, I just want my phone back",
        ),
        source="common support language",
    ),
    Rule(
        id="en.threat.legal.chargeback",
        label=L.THREAT_LEGAL,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:charge-?backs?|(?:an?|the|file|do|issue|initiate|request|open|my)\s+charge"
            r"\s+backs?)(?!\w)"
            r"|(?<!\w)(?:i'?ll|i\s+will|i'?m|i\s+am|i'?ve|i\s+have|i\s+had|i\s+just|i\s+already"
            r"|going\s+to|gonna|about\s+to|ready\s+to|have\s+to|will|then)(?:\s+(?:just|have\s+to"
            r"|be|go\s+ahead\s+and|simply)){0,2}\s+(?:dispute|disputing|disputed|reverse|reversing"
            r"|contest|contesting)\s+(?:the|this|these|that|a|my|all|every|your)\s+(?:\w+\s+)?"
            r"(?:charges?|transactions?|payments?|bills?|debits?)(?!\w)"
            r"|(?<!\w)(?:call|calling|contact|contacting|ask|asking|tell|telling|get|getting|have)\s+"
            r"my\s+(?:bank|credit\s+card\s+(?:company|provider)|card\s+(?:issuer|company|provider)"
            r"|cc\s+company|credit\s+union)\s+(?:to|and)\s+(?:dispute|reverse|stop|block|cancel"
            r"|refund|charge\s+back|claw\s+back)"
        ),
        anchors=_words(
            "chargeback chargebacks charge dispute disputing disputed reverse reversing"
            " contest contesting bank credit card cc"
        ),
        negatable=True,
        message="The customer threatens a chargeback or a dispute with their bank.",
        examples=(
            "I'll dispute the charge",
            "Filing a chargeback today.",
            "I'm calling my bank to reverse the payment",
            "I've disputed these charges with my card company",
        ),
        near_misses=(
            "how do I dispute a charge on my statement?",
            "can you charge back the shipping to the seller?",
            "I will not dispute the charge if you refund me today",
        ),
        source="taxonomy.md",
    ),
)

# --- threat.churn ----------------------------------------------------------------------

_ACCOUNT = (
    r"(?:accounts?|subscriptions?|membership|memberships|premium|service|services|contract|plans?"
    r"|polic(?:y|ies)|prime|subs?|business|lines?|package|card|cards|custom|family\s+plan"
    r"|credit\s+card|cable|internet|phone\s+(?:service|plan|line)|spotify|netflix|hulu|amazon)"
)
_COMPETITOR = (
    r"(?:apple\s+music|google\s+(?:play\s+)?music|youtube\s+music|tidal|pandora|deezer|soundcloud"
    r"|amazon\s+music|itunes|verizon|at\s*&\s*t|att|t-?mobile|sprint|comcast|xfinity|spectrum"
    r"|directv|dish|sling|delta|united|southwest|jetblue|lyft|doordash|grubhub|postmates"
    r"|android|iphone|xbox|playstation|ps4|nintendo|netflix|hulu|disney\s*\+|cricket|metro"
    r"|google\s+fi|mint|ee|vodafone|o2|sky|virgin(?:\s+media)?|bt|a\s+competitor|your\s+competitors?"
    r"|(?:a|an|another|a\s+different|a\s+new|a\s+better|the\s+competition|some\s+other|other)"
    r"(?:\s+(?:streaming|music|phone|mobile|cable|internet|cell|wireless))?\s+(?:provider|company"
    r"|carrier|bank|airline|network|isp|service|platform|competitor|operator|store|retailer))"
)

CHURN: tuple[Rule, ...] = (
    Rule(
        id="en.threat.churn.cancel_intent",
        label=L.THREAT_CHURN,
        speakers=CUSTOMER,
        pattern=(
            rf"(?<!\w)(?:{INTENT}\s+(?:cancel(?:l?ing)?|clos(?:e|ing)|terminat(?:e|ing)|end(?:ing)?"
            r"|quit(?:ting)?|drop(?:ping)?|unsubscrib(?:e|ing)|delet(?:e|ing)|discontinu(?:e|ing)"
            r"|stop(?:ping)?\s+paying\s+for)"
            r"|(?:i'?m|i\s+am|im)\s+(?:just\s+|now\s+|officially\s+|seriously\s+|definitely\s+)?"
            r"(?:cancell?ing|closing|terminating|ending|quitting|dropping|unsubscribing|deleting))"
            rf"(?!\w)(?:\s+\w+){{0,3}}?\s+{_ACCOUNT}(?!\w)"
            r"(?!\s{1,5}(?:orders?|items?|purchases?|deliver\w{0,3}|bookings?|flights?|rides?|trips?"
            r"|reservations?|packages?|downloads?|transfers?|payments?|requests?|updates?|apps?))"
            rf"|(?<!\w)(?:{INTENT}\s+(?:cancel(?:l?ing)?|unsubscrib(?:e|ing)|quit(?:ting)?)"
            r"|(?:i'?m|i\s+am|im)\s+(?:just\s+|now\s+|officially\s+|seriously\s+|definitely\s+)?"
            r"(?:cancell?ing|unsubscribing|quitting)"
            r"|cancell?ing\s+(?:tomorrow|today|now|asap|immediately|right\s+now|this\s+week))(?!\w)"
            r"(?:(?=\s{0,5}(?:[.!,;\n]|$|-))|(?=\s{1,5}(?:then|now|if|unless|since|because|cause|cuz"
            r"|and\s+(?:switch|go|move|sign|get)|asap|today|tomorrow|soon)))"
        ),
        anchors=_words(
            "cancel canceling cancelling close closing terminate terminating end ending quit"
            " quitting drop dropping unsubscribe unsubscribing delete deleting discontinue"
            " stop"
        ),
        negatable=True,
        not_within=(
            r"(?:how|can|could|should|do|does|if|when|would|will)\s+(?:\w+\s+){0,3}?(?:i|we)\s+"
            r"(?:\w+\s+){0,2}?cancel",
            r"(?:cancel|close|drop|delete|end)\s+(?:my|the|this|your|our)\s+(?:\w+\s+)?(?:old|other"
            r"|second|duplicate|extra|previous|spare|trial|free)\s+",
            r"(?:trying|tried|attempting|unable|not\s+able|can'?t|cannot|want)\s+to\s+(?:\w+\s+)?cancel",
        ),
        message="The customer says they will cancel or close their account.",
        examples=(
            "I'm cancelling my account",
            "I'll just cancel my subscription if this option isn't added.",
            "Will be cancelling my subscription",
            "I'm about to cancel my account if you cannot resolve this",
            "I might just cancel since I can't get it to work",
            "seriously considering cancelling my Spotify premium",
        ),
        near_misses=(
            "please cancel my order #123",
            "how do I cancel my subscription?",
            "If I cancel now, will I be charged for the month?",
            "I'm trying to cancel my premium subscription but there's no button",
            "I'm not cancelling my account, I love the app",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.churn.switching",
        label=L.THREAT_CHURN,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:switch\w{0,3}|mov(?:e|ing)|port(?:ing)?|go(?:ing)?\s+back|went\s+back|jump(?:ing)?"
            r"\s+ship|defect(?:ing)?|tak(?:e|ing)\s+my\s+(?:business|money|custom))(?:\s+over)?\s+to"
            r"(?:\s+" + _COMPETITOR + r"(?!\w)|\s{4,}(?=[\w.,!\n]|$))"
            r"|(?<!\w)(?:leav(?:e|ing)|dump(?:ing)?|ditch(?:ing)?)(?:\s+(?:you|u|y'?all|you\s+guys|\w+)"
            r"\s+|\s{5,})for\s+" + _COMPETITOR + r"(?!\w)"
            rf"|(?<!\w)(?:{INTENT}|i'?m|i\s+am)\s+(?:leav(?:e|ing)|ditch(?:ing)?|dump(?:ing)?)"
            r"(?:\s+(?:you|u|y'?all|you\s+guys)(?!\w)(?!\s{1,5}(?:a|an|the|some|my|this|with|alone|be"
            r"|in|on|a\s+\w+)(?!\w))|\s{5,}(?=[.,!?\n]|$))"
            r"|(?<!\w)(?:stay|stick)(?:ing)?\s+with\s+" + _COMPETITOR + r"(?!\w)"
            r"|(?<!\w)(?:tak(?:e|ing)|took|spend(?:ing)?|tak(?:e|ing))\s+my\s+(?:business|money|custom"
            r"|cash)\s+(?:elsewhere|somewhere\s+else|to\s+(?:a|your)\s+competitor)"
        ),
        anchors=_words(
            "switch switching switched move moving port porting go going went jump jumping"
            " defect defecting take taking took leave leaving dump dumping ditch ditching"
            " stay staying stick sticking spend spending"
        ),
        negatable=True,
        message="The customer says they are moving to a competitor.",
        examples=(
            "switching to your competitor",
            "I'm switching to Verizon",
            "i'm switching to apple music now",
            "Looks like I'm going back to @delta",
            "Give me my refund please so I may take my business elsewhere",
            "I'll stay with Soundcloud then",
            "Looks like I'm leaving @DIRECTV for a different provider.",
            "I'm thinking of leaving you guys",
        ),
        near_misses=(
            "I had to switch to a different album to make it work",
            "can I switch to a student account?",
            "switching to an incognito window solved the problem",
            "I'll never leave you for apple music",
            "I'm leaving you a DM with the details",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.churn.never_again",
        label=L.THREAT_CHURN,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)never\s+(?:ever\s+)?(?:again\s+)?(?:will\s+i\s+|would\s+i\s+|am\s+i\s+|be\s+)?"
            r"(?:fly|flying|flown|buy|buying|shop|shopping|order|ordering|use|using|book|booking|stay"
            r"|staying|eat|eating|rent|renting|recommend|recommending|deal|dealing|trust|trusting"
            r"|return|returning|come\s+back|coming\s+back|go\s+back|going\s+back|set\s+foot|do\s+business"
            r"|doing\s+business|renew|renewing|subscribe|subscribing|lease|leasing|bank|banking"
            r"|purchase|purchasing|visit|visiting|step\s+foot|choose|choosing|pick|picking)(?!\w)"
            r"[^.!?\n]{0,60}?(?<!\w)again(?!\w)"
            r"|(?<!\w)(?<=(?:^|[.!?,\-:;\n])\s{0,20})never\s+(?:ever\s+)?again(?=\s{0,40}(?:[.!#\n]|$))"
            r"|(?<!\w)(?:i'?ll|i\s+will|i'?d|i\s+would|i'?m|i\s+am|will)\s+never\s+(?:ever\s+)?"
            r"(?:fly|buy|shop|order|use|book|stay|eat|rent|recommend|deal|trust|do\s+business|return"
            r"|purchase|bank|subscribe|renew|lease|come\s+back|go\s+back)\w{0,3}\s+(?:(?:with|from|at"
            r"|on|to)\s+)?(?:you|u|your|y'?all|them|this\s+(?:company|airline|store|app|service|bank"
            r"|place))(?!\w)"
        ),
        anchors=("never",),
        not_within=(r"never\s+(?:ever\s+)?again\s+(?:will\s+(?:this|it)|should|happen|occur)",),
        message="The customer says they will never buy from the company again.",
        examples=(
            "never shopping here again",
            "Never flying Southwest again. #neverflywn",
            "Won't let me change my flight. Never again.",
            "I will never use your service",
            "i'll never order from @somebrand again",
        ),
        near_misses=(
            "I have never used another device for playback",
            "I hope this never happens again",
            "I never ordered one, can you check?",
            "never again will this be a problem, the fix is live",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.churn.lost_customer",
        label=L.THREAT_CHURN,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:you|u|y'?all)(?:'?ve)?(?:\s{0,3}(?:have|just|officially|guys"
            r"|all)){0,2}\s{0,3}(?:lost|lose|losing)\s{0,3}(?:a|an|another|one|me|my|this|your"
            r"|one\s+more)\s{0,3}(?:(?:new|lo(?:yal|ng\s?time)|g(?:ood|reat)|valued|paying|as\s+a"
            r"|for\s+a)\s{0,3}){0,2}(?:customer|client|subscriber"
            r"|member|business|passenger|flyer|user)s?(?!\w)"
            r"|(?<!\w)(?:you'?re|you\s+are|ur|you\s+will|you'?ll)\s+(?:about\s+to\s+|going\s+to\s+"
            r"|gonna\s+)?(?:lose|losing)\s+(?:a|me\s+as\s+a|my)\s+(?:\w+\s+)?(?:customer|business)"
            r"|(?<!\w)(?:no\s+longer|not\s+(?:going\s+to\s+be|gonna\s+be))\s+(?:a|your)\s+(?:\w+\s+)?"
            r"customer|(?:don'?t|do\s+not)\s+want\s+to\s+be\s+(?:a|your)\s+customer\s+(?:any\s*more"
            r"|any\s+longer)"
        ),
        anchors=("lost", "lose", "losing", "longer", "customer", "youlost"),
        message="The customer says the company has lost them as a customer.",
        examples=(
            "you just lost a customer",
            "You have officially lost me as a customer.",
            "#youlostanewcustomer",
            "please close my account, I don't want to be a customer anymore",
            "you're about to lose a loyal customer",
        ),
        near_misses=(
            "you lost my package, can you check?",
            "did you lose my order?",
            "I'm a new customer, how do I log in?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.churn.done_with_you",
        label=L.THREAT_CHURN,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:i'?m|i\s+am|im|we'?re|we\s+are)\s+(?:so\s+|totally\s+|officially\s+"
            r"|absolutely\s+|completely\s+|just\s+|really\s+|seriously\s+|fucking\s+|fkn\s+|finally\s+)?"
            r"(?:done|finished|through)\s+with(?:\s+(?:you|u|y'?all|you\s+guys|your\s+(?:company"
            r"|service|services|app|product|products|airline|bank|store|business|crap|bs|nonsense"
            r"|brand)|this\s+(?:company|service|airline|bank|app|store|place|crap|bs|nonsense|brand)"
            r"|amazon|spotify|comcast|xfinity|uber|verizon|sprint)(?!\w)|\s{5,}(?=[\w.,!\n]|$))"
            r"|(?<!\w)(?:you'?re|you\s+are|ur)\s+dead\s+to\s+me"
            r"|(?<!\w)(?:this|that)(?:'s|\s+is|\s+was|\s+will\s+be)\s+(?:my|the)\s+(?:very\s+)?last\s+"
            r"(?:time|order|flight|purchase|trip|ride|booking|visit)(?:\s+(?:i|we)\s+\w+)?\s+(?:with|from"
            r"|at|on|through)\s+(?:you|u|your|y'?all|them|this)"
            r"|(?<!\w)(?:i'?m|i\s+am|we'?re)\s+boycott\w{0,3}"
        ),
        anchors=("done", "finished", "through", "dead", "last", "boycott", "boycotting"),
        negatable=True,
        message="The customer says they are finished with the company.",
        examples=(
            "I'm done with you",
            "I'm so done with Amazon!",
            "you're dead to me",
            "This is the last time I order from you",
        ),
        near_misses=(
            "All done with Jerry S. on your chat line, thanks",
            "I'm done with the setup, what next?",
            "the last time I ordered from you it came early",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.churn.reason_to_stay",
        label=L.THREAT_CHURN,
        speakers=CUSTOMER,
        phrases=(
            "(give|tell) me (one|a) [good] reason (not to|to not|why i shouldn't|why i should not) "
            "(cancel|leave|switch|quit|go)",
            "consider (my|the|this) (account|subscription|membership|policy|contract|service) "
            "(cancelled|canceled|closed|terminated)",
            "(that's|thats|that is|this is) why i (cancelled|canceled|left|switched)",
        ),
        message="The customer signals they are about to leave or have just left.",
        examples=(
            "Tell me a good reason to not cancel my account?",
            "Consider the policy cancelled.",
            "That's why I cancelled my service.",
        ),
        near_misses=(
            "is there a reason my order was cancelled?",
            "my subscription was cancelled by mistake, please restore it",
        ),
        source="common support language",
    ),
)

# --- threat.public ---------------------------------------------------------------------

_BAD_REVIEW = (
    r"(?:(?:0|1|one|zero|no|minus\s+\w+|negative|a\s+single|half\s+a)\s{0,2}-?\s{0,2}stars?"
    r"(?:\s+(?:review|rating))?|(?:bad|negative|terrible|scathing|horrible|awful|horrid|poor|brutal"
    r"|nasty|damning|low|lousy|scorching|1\s{0,2}-?\s{0,2}star|one\s{0,2}-?\s{0,2}star)\s+(?:\w+\s+)?"
    r"(?:reviews?|ratings?|feedback))"
)
_OUTLET = (
    r"(?:the\s+)?(?:press|media|news|local\s+news|newspapers?|papers|tv|television|reporters?"
    r"|journalists?|news\s+(?:station|channel|outlets?)|watchdog|bbc|cnn|fox(?:\s+news)?|abc|nbc"
    r"|cbs|tmz|buzzfeed|daily\s+mail|the\s+sun|consumer\s+reports|channel\s+\d+"
    r"|social\s+media|twitter|facebook|fb|instagram|reddit|tiktok|youtube|the\s+internet"
    r"|the\s+whole\s+world|watchdog\s+(?:show|programme|program))"
)

PUBLIC: tuple[Rule, ...] = (
    Rule(
        id="en.threat.public.bad_review",
        label=L.THREAT_PUBLIC,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:leav|writ|wrote|post|giv|gave|put|submit|add|drop|left|rat|do|doing|did"
            r"|review)\w{0,4}(?:\s+\w+){0,3}?\s+" + _BAD_REVIEW + r"(?!\w)"
            r"|(?<!\w)(?:leav|writ|wrote|post|put|submit|drop|left)\w{0,4}\s+(?:\w+\s+){0,3}?"
            r"reviews?\s+(?:on|at|to|for)\s+(?:yelp|google|trustpilot|tripadvisor|facebook|amazon"
            r"|every\w{0,10}|all\s+\w+|glassdoor|the\s+bbb)"
            r"|(?<!\w)(?:give|rate)\s+(?:(?:you|it|this|them)\s+)?(?:zero|0|negative|no|minus)\s+stars?\s+"
            r"if\s+i\s+could"
        ),
        anchors=_words(
            "leave leaving write writing wrote post posting give giving gave put submit add"
            " drop dropping left rate rated rating do doing did review"
        ),
        negatable=True,
        message="The customer threatens a bad public review.",
        examples=(
            "leaving a 1-star review",
            "I'll be writing a scathing review on Yelp",
            "Gave you zero stars on the app store",
            "would rate negative stars if i could",
            "I will leave reviews on every site I can find",
        ),
        near_misses=(
            "there is at least one review on the Google Play store noting the same issue",
            "5 stars, love the new update!",
            "I'd love to leave a review, where do I do that?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.public.post_everywhere",
        label=L.THREAT_PUBLIC,
        speakers=CUSTOMER,
        pattern=(
            rf"(?<!\w){INTENT}\s+(?:post|shar|put|plaster|blast|spread|broadcast|tweet|publish"
            r"|upload|screenshot|expos|air|advertis|shout)\w{0,4}\s+(?:this|it|that|these|them|you"
            r"|the\s+\w+|my\s+(?:story|experience|video|photos?|pictures?|screenshots?|receipts?)"
            r"|about\s+(?:this|it|you|your\s+\w+|my\s+experience|how\s+\w+))(?:\s+\w+){0,3}?\s+"
            r"(?:everywhere|all\s+over|online|far\s+and\s+wide|(?:on|to|across|with)\s+(?:social"
            r"|facebook|fb|instagram|insta|ig|twitter|reddit|tiktok|youtube|yelp|linkedin|every"
            r"|all|my\s+(?:blog|channel|page|followers|friends|story|\d+)|the\s+(?:press|media|news"
            r"|internet|world)|everyone|anyone))"
            r"|(?<!\w)(?:post|share|put|plaster|blast|spread)\w{0,3}\s+(?:this|it)\s+everywhere(?!\w)"
        ),
        anchors=_words(
            "post posting share sharing put putting plaster blast spread broadcast tweet"
            " tweeting publish upload screenshot expose air advertise shout"
        ),
        negatable=True,
        message="The customer threatens to publicise the complaint online.",
        examples=(
            "I'll post this everywhere",
            "I'm going to share my experience on every platform",
            "Gonna post the screenshots on Reddit",
            "I will be sharing this with all my followers",
        ),
        near_misses=(
            "I saw your post about the sale",
            "I'll post a screenshot here in a sec",
            "can I share my playlist with my friends?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.public.press",
        label=L.THREAT_PUBLIC,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:go|goes|going|gone|went|tak(?:e|ing)\s+(?:this|it|my\s+story|the\s+story)"
            r"|took\s+(?:this|it)|contact(?:ing)?|call(?:ing)?|tell(?:ing)?|alert(?:ing)?|tip(?:ping)?"
            r"\s+off|reach(?:ing)?\s+out\s+to|email(?:ing)?|writ(?:e|ing)\s+to|send(?:ing)?\s+(?:this|it)"
            r"\s+to|forward(?:ing)?\s+(?:this|it)\s+to|escalat(?:e|ing)\s+(?:this|it)\s+to)\s+(?:to\s+)?"
            r"(?:the\s+press|(?:the\s+)?(?:media|local\s+news|newspapers?|reporters?|journalists?"
            r"|news\s+(?:station|channel|outlets?)|(?:consumer\s+)?watchdog|bbc|cnn|fox\s+news|nbc|cbs"
            r"|tmz|buzzfeed|daily\s+mail|channel\s+\d+))(?!\w)"
            r"|(?<!\w)(?:tak(?:e|ing)|bring(?:ing)?|took)\s+(?:this|it)\s+to\s+(?:social\s+media"
            r"|twitter|facebook|reddit|tiktok|youtube|instagram|the\s+internet)(?!\w)"
            r"|(?<!\w)go(?:ing)?\s+public\s+with\s+(?:this|it|my|the|your|what|how)(?!\w)"
        ),
        anchors=_words(
            "go goes going gone went take taking took contact contacting call calling tell"
            " telling alert alerting tip tipping reach reaching email emailing write writing"
            " send sending forward forwarding escalate escalating bring bringing"
        ),
        negatable=True,
        message="The customer threatens to go to the press or social media.",
        examples=(
            "I'm going to the press with this",
            "I'll be contacting the local news",
            "taking this to social media",
            "Time to go public with this.",
        ),
        near_misses=(
            "any news on the update?",
            "I watched it on the news last night",
            "I'm going to the papers shop to buy a card",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.threat.public.tell_everyone",
        label=L.THREAT_PUBLIC,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:tell|telling|warn|warning|let|letting|inform|informing|alert|alerting)\s+"
            r"(?:all\s+(?:of\s+)?|every\s+(?:one\s+of\s+)?|each\s+of\s+)?(?:my|our)\s+(?:\d+k?\s+)?"
            r"(?:followers|subscribers|audience|fans|readers|viewers|network|community)(?!\w)"
            r"|(?<!\w)(?:tell|telling|warn|warning)\s+(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:friends"
            r"|family|coworkers|colleagues|neighbou?rs|contacts)\s+(?:about\s+(?:this|you|your|how)"
            r"|not\s+to|to\s+(?:avoid|stay|never)|never|how\s+(?:bad|terrible|awful))"
            r"|(?<!\w)(?:warn|warning)\s+(?:every\s?(?:one|body)|people|ppl|others|the\s+world|other"
            r"\s+(?:customers|users|travell?ers|people|buyers|shoppers|parents)|fellow\s+\w+)(?!\w)"
            rf"|(?<!\w){INTENT}\s+(?:tell|let)\s+(?:every\s?(?:one|body)|the\s+world|anyone\s+who"
            r"(?:'ll|\s+will)\s+listen)(?:\s+(?:i|we)\s+know)?(?:\s+know)?\s+(?:about|how|what|that"
            r"|never|not)"
            r"|(?<!\w)(?:go(?:es|ing)?|gone|went|mak(?:e|ing)\s+(?:this|it))\s+viral(?!\w)"
            r"|(?<!\w)(?:name\s+and\s+shame|expos(?:e|ing)\s+(?:you|this|your|them|the\s+(?:truth"
            r"|scam)))(?!\w)"
        ),
        anchors=_words(
            "tell telling warn warning let letting inform informing alert alerting go goes"
            " going gone went make making name expose exposing viral"
        ),
        negatable=True,
        message="The customer threatens to spread the complaint to other people.",
        examples=(
            "telling all my followers about this",
            "I will warn ppl of your scam",
            "Hope this goes viral",
            "I'm going to tell everyone I know about how you treat customers",
        ),
        near_misses=(
            "I'll let my wife know when it arrives",
            "I'll tell my friends to try the new playlist, it's great",
            "thanks for the warning about the outage",
        ),
        source="taxonomy.md",
    ),
)

RULES: tuple[Rule, ...] = (*VIOLENCE, *LEGAL, *CHURN, *PUBLIC)

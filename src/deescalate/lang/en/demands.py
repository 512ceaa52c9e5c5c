"""Demands: a manager, a refund, immediacy.

Customer-side. Each rule looks for the writer asking for (or insisting on) the
thing, not for the thing mentioned: "my manager asked me to order this",
"how long does a refund take?" and "I'll send the screenshot ASAP" are not demands.
"""

from __future__ import annotations

from deescalate.labels import Label
from deescalate.lang.en._shared import CUSTOMER
from deescalate.rules import Rule

L = Label


def _words(text: str) -> tuple[str, ...]:
    """Anchor words written as one space-separated string."""
    return tuple(text.split())


# The start of a clause: the message start, sentence punctuation, or the run of spaces
# a blanked @handle leaves behind ("@AmazonHelp refund me" folds to "           refund me").
CLAUSE_START = r"(?<!\w)(?<=(?:^|[.!?,;:\n\-(]|\s\s)\s{0,20})"

# --- demand.manager --------------------------------------------------------------------

_SENIOR = (
    r"(?:(?:real|actual|senior|store|floor|shift|duty|general|area|regional|head|higher)\s+)?"
    r"(?:managers?|supervisors?|superiors?|boss|team\s+(?:lead|leader)|higher[\s\-]?ups?"
    r"|management|person\s+in\s+charge|someone\s+in\s+charge|somebody\s+in\s+charge)"
)

MANAGER: tuple[Rule, ...] = (
    Rule(
        id="en.demand.manager.speak_to",
        label=L.DEMAND_MANAGER,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:speak|talk|chat|get\s+through|be\s+(?:put\s+through|transferred|connected"
            r"|escalated))\s+(?:to|with)\s+(?:(?:a|an|your|the|ur|some|another|one\s+of\s+your"
            rf"|whoever\s+is\s+your)\s+)?{_SENIOR}(?!\w)"
            r"(?!\s{1,5}(?:about\s+(?:my\s+)?(?:career|job|promotion|salary|schedule|shift)))"
        ),
        anchors=_words(
            "manager managers supervisor supervisors superior superiors boss lead leader"
            " higher management charge"
        ),
        negatable=True,
        message="The customer asks to speak to a manager or supervisor.",
        examples=(
            "I want to speak to a supervisor",
            "Let me talk to your manager.",
            "can I speak with someone in charge please",
            "I demand to be transferred to a supervisor",
        ),
        near_misses=(
            "my manager asked me to order this",
            "I spoke to a supervisor yesterday and she was lovely",
            "I don't need to talk to a manager, just fix it",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.demand.manager.get_me",
        label=L.DEMAND_MANAGER,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:get|give|put|bring|fetch|find|transfer|connect|escalate|pass|send)\s+me\s+"
            r"(?:(?:to|through\s+to|over\s+to|on\s+to)\s+)?(?:(?:a|an|your|the|ur|some)\s+)?"
            rf"{_SENIOR}(?!\w)"
            r"|(?<!\w)(?:want|need|demand|require|request|requesting|insist\s+on|like)\s+(?:(?:to\s+"
            r"(?:see|get|have)|speaking\s+to|talking\s+to)\s+)?(?:(?:your|ur|the|a|an|some)\s+)?"
            rf"{_SENIOR}(?!\w)(?!'?s?\s{{1,5}}(?:and|&|for\s+(?:my|our)|position|job|role|account"
            r"|at\s+work|who|friend|said|asked|software|tools?|system|app|skills|experience"
            r"|training|course|degree))"
            r"|(?<!\w)(?:get|have)\s+(?:a|your|the|ur)\s+(?:manager|supervisor|boss)\s+(?:(?:to\s+)?"
            r"(?:call|contact|email|ring|phone)|on\s+the\s+(?:phone|line)|over\s+here|out\s+here)"
        ),
        anchors=_words(
            "manager managers supervisor supervisors superior superiors boss lead leader"
            " higher management charge"
        ),
        negatable=True,
        message="The customer demands a manager or supervisor.",
        examples=(
            "get me your manager",
            "I want a supervisor NOW",
            "transfer me to a supervisor please",
            "I need someone in charge",
            "Have your manager call me today",
        ),
        near_misses=(
            "i need a manager and A&R for my music",
            "my manager wants the invoice",
            "my boss wants a copy of the receipt",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.demand.manager.who_is",
        label=L.DEMAND_MANAGER,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:who|where|what)(?:'?s|\s+is)\s+(?:(?:your|ur)\s+(?:manager|supervisor|boss"
            r"|superior)(?:'?s)?(?:\s+(?:name|number|email|contact|phone))?(?!\w)(?!\s{1,5}of\s)"
            r"|the\s+(?:manager|supervisor)\s+(?:here|on\s+duty|in\s+charge|today|tonight)(?!\w))"
        ),
        anchors=("manager", "supervisor", "boss", "superior"),
        message="The customer asks who the agent's manager is.",
        examples=("Who is your supervisor?", "what's your manager's name"),
        near_misses=(
            "I showed it Who's The Boss and it worked",
            "who is the manager of this playlist?",
            "what is the account manager feature?",
        ),
        source="common support language",
    ),
    Rule(
        id="en.demand.manager.higher_up",
        label=L.DEMAND_MANAGER,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:someone|somebody|anyone|anybody|a\s+person|people)\s+(?:higher\s+up"
            r"|(?:more\s+)?senior|above\s+you|with\s+(?:more\s+|actual\s+|real\s+)?authority"
            r"|(?:who|that)\s+(?:can|could|is\s+able\s+to)\s+(?:actually\s+)?make\s+(?:a\s+|the\s+)?"
            r"decisions?"
            r"|(?:at|from|in)\s+(?:corporate|corp|head\s+office|hq|headquarters|management|the\s+top))"
            r"(?!\w)"
            r"|(?<!\w)(?:a|the|your|ur)\s+higher[\s\-]?ups?(?!\w)"
            r"|(?<!\w)(?:corporate|management|head\s+office|executives?|senior\s+management)\s+"
            r"(?:involved|to\s+(?:contact|call|reach\s+out|step\s+in|look\s+at\s+this))"
            r"|(?<!\w)go(?:ing)?\s+over\s+(?:your|ur|his|her|their)\s+heads?(?!\w)"
            r"|(?<!\w)(?:email|emailing|write|writing|contact|contacting|tweet|tweeting|cc|cc'?ing"
            r"|message|messaging|call|calling)\s+(?:to\s+)?(?:your|the|ur)\s+(?:ceo|president"
            r"|executive\s+team|board|head\s+office|corporate\s+office)(?!\w)"
        ),
        anchors=_words(
            "higher senior above authority decision decisions corporate corp head heads hq"
            " headquarters management top executive executives ceo president board"
        ),
        negatable=True,
        message="The customer asks for someone more senior.",
        examples=(
            "I want someone at corporate who can make decisions.",
            "Need corporate involved.",
            "Refusing to transfer calls to a higher up",
            "I'll be emailing your CEO",
            "I'll go over your head if I have to",
        ),
        near_misses=(
            "I hope your CEO learns from this",
            "someone higher on the waitlist got the seat",
            "I'm behind a corporate proxy",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.demand.manager.escalate",
        label=L.DEMAND_MANAGER,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:please|pls|plz|kindly|can\s+you|could\s+you|can'?t\s+you|will\s+you"
            r"|would\s+you|you\s+(?:need|have|ought)\s+to|need\s+(?:you\s+)?to|want\s+(?:you\s+)?to"
            r"|i'?d\s+like\s+(?:you\s+)?to|how\s+(?:do|can|should)\s+i|i'?ll|i\s+will|i'?m\s+going\s+to"
            r"|i\s+want\s+to|let\s+me|time\s+to|gonna|must)\s+(?:\w+\s+)?escalat(?:e|ing)(?!\w)"
            r"|(?<!\w)(?:needs?|has|have|wants?|deserves?)\s+to\s+be\s+escalated(?!\w)"
            r"|(?<!\w)(?:want|need|demand)\s+(?:this|it|my\s+\w+)\s+escalated(?!\w)"
            rf"|{CLAUSE_START}escalate\s+(?:this|it|my\s+\w+|the\s+(?:issue|matter|case|complaint))"
            r"(?!\w)"
        ),
        anchors=("escalate", "escalating", "escalated"),
        negatable=True,
        message="The customer asks for the case to be escalated.",
        examples=(
            "Please escalate.",
            "Can't you escalate this?",
            "This needs to be escalated beyond your call centre",
            "How do I escalate a complaint?",
        ),
        near_misses=(
            "all I got was assurance that the matter is escalated",
            "it's been escalated and they ignore me",
            "I don't want to escalate this, just tell me the status",
        ),
        source="taxonomy.md",
    ),
)

# --- demand.refund ---------------------------------------------------------------------

_MONEY_BACK = (
    r"(?:(?:(?:a|an|my|the|our|some|this|that|every|all)\s+)?(?:(?:full|complete"
    r"|immediate|prompt|partial|total|proper|fair|huge|big|massive|whole|100%)\s+)?(?:refunds?"
    r"|reimbursements?"
    r"|compensation|cash\s+back|credit\s+back)|(?:my|our)\s+money(?:\s+back)?"
    r"|(?:the|a|some|all\s+(?:of\s+)?(?:my|our|the))\s+money\s+back|money\s+back"
    r"|every\s+(?:penny|cent)\s+back)"
)

REFUND: tuple[Rule, ...] = (
    Rule(
        id="en.demand.refund.want",
        label=L.DEMAND_REFUND,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:want|wanted|need|demand|demanding|expect|expecting|deserve|require"
            r"|insist\s+on|would\s+like|'?d\s+like|appreciate|am\s+owed|'?m\s+owed|am\s+entitled\s+to"
            r"|'?m\s+entitled\s+to|am\s+due|'?m\s+due|requesting|looking\s+for)\s+(?:(?:to\s+(?:get"
            r"|receive|have|be\s+given)|back)\s+)?" + _MONEY_BACK + r"(?!\w)"
            r"|(?<!\w)(?:want|need|expect|demand|deserve|would\s+like|'?d\s+like)\s+to\s+be\s+"
            r"(?:fully\s+)?(?:refunded|reimbursed|compensated|paid\s+back|credited)(?!\w)"
            r"|(?<!\w)(?:i'?d\s+like\s+to|i\s+would\s+like\s+to|i\s+want\s+to|i\s+need\s+to|i'?m"
            r"|i\s+am)\s+(?:request(?:ing)?|claim(?:ing)?|ask(?:ing)?\s+for)\s+"
            + _MONEY_BACK
            + r"(?!\w)"
            r"|(?<!\w)(?:trying|want|need|like)\s+to\s+get\s+(?:a|my|the|our)\s+(?:full\s+)?refund(?!\w)"
            r"|(?<!\w)(?:i|we)\s+(?:need|want|would\s+like|'?d\s+like)\s+to\s+refund\s+(?:a|my|the|this"
            r"|our|it)(?!\w)"
        ),
        anchors=_words(
            "refund refunds refunded reimbursement reimbursements reimbursed compensation"
            " compensated cash credit credited money penny cent paid"
        ),
        negatable=True,
        not_within=(
            r"(?:how|where|when|can|could|do|does|will|would|is|why)\s+(?:\w+\s+){0,4}?(?:want|need"
            r"|like|request|get)\s+(?:to\s+get\s+)?(?:a\s+)?refund\w{0,3}\s+(?:take|work|be\s+processed"
            r"|show|appear|look)",
        ),
        message="The customer asks for their money back.",
        examples=(
            "I want a full refund",
            "I WANT MY MONEY!",
            "I expect compensation for this",
            "I would like to be refunded",
            "I'm requesting a refund for the duplicate charge",
            "i want my money back",
        ),
        near_misses=(
            "how long does a refund take?",
            "I don't want compensation from you, just a fix",
            "I got my refund, thank you!",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.demand.refund.give_back",
        label=L.DEMAND_REFUND,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:give|send|return|pay|hand|refund|credit|put)\s+(?:(?:me|us)\s+)?(?:back\s+)?"
            r"(?:my|our|all\s+(?:of\s+)?(?:my|our|the)|all|every)\s+(?:\w+\s+)?(?:money|cash|funds"
            r"|refund|deposit|monies|penny|cent|\$\s?\d[\d.,]{0,9}|\d[\d.,]{0,9}\s?(?:dollars|bucks"
            r"|pounds|euros))(?:\s+back)?(?!\w)"
            r"|(?<!\w)(?:give|send|pay)\s+(?:me|us)\s+(?:a\s+|my\s+|the\s+)?(?:full\s+)?(?:refund"
            r"|money\s+back|reimbursement|compensation)(?!\w)"
        ),
        anchors=_words("give send return pay hand refund credit put"),
        negatable=True,
        not_within=(
            r"(?:wouldn'?t|won'?t|refused?\s+to|refusing\s+to|didn'?t|did\s+not|never|couldn'?t"
            r"|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:give|send|return|pay|refund|credit)",
            r"(?:will|would|can|could|did|do|does|when|if)\s+(?:you|they|u|he|she|it)\s+(?:\w+\s+)?"
            r"(?:give|send|return|pay|refund|credit)\s+(?:me\s+)?(?:my|the)\s+\w+(?:\s+\w+)?\s*\?",
        ),
        message="The customer tells the company to give their money back.",
        examples=(
            "give me my money back",
            "Refund my money.",
            "Return all monies into my account asap",
            "just send me a refund",
        ),
        near_misses=(
            "they wouldn't refund my $75",
            "can I pay my bill online?",
            "I'll send my receipt over DM",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.demand.refund.refund_me",
        label=L.DEMAND_REFUND,
        speakers=CUSTOMER,
        pattern=(
            r"(?:(?<!\w)(?:please|pls|plz|kindly|just|so|now|either|immediately|urgently|you\s+(?:need"
            r"|have|ought)\s+to|you\s+(?:must|should|better)|i\s+(?:want|need)\s+you\s+to)\s+"
            rf"|{CLAUSE_START})refund\s+(?:me|us|my|this|the\s+(?:cost|difference|fee|charge|amount"
            r"|full|money|price|balance|order|ticket|subscription|payment)|it|all|every|our|what|what'?s)"
            r"(?!\w)"
            rf"|{CLAUSE_START}refunds?(?:\s+(?:now|asap|immediately|please|pls|plz|required|needed"
            r"|expected|due|owed|demanded))?\s{0,3}!"
            r"|(?<!\w)refunds?\s+(?:required|needed|expected|demanded|owed)(?!\w)"
            r"|#(?:refund|compensation|moneyback|givemymoneyback|iwantmymoneyback|wantmymoneyback"
            r"|givemeback)\w{0,12}"
        ),
        anchors=_words(
            "refund refunds compensation moneyback givemymoneyback iwantmymoneyback"
            " wantmymoneyback givemeback"
        ),
        negatable=True,
        message="The customer orders a refund.",
        examples=(
            "Refund me now!",
            "@brand please refund the cost of the inedible food",
            "Waste of money. REFUND!",
            "Ring doorbell is down again. Refund required.",
            "Either refund my money or provide the service I paid for",
            "forgot half my order again #compensation",
        ),
        near_misses=(
            "how do I get a refund?",
            "they refused to refund me",
            "the refund policy says 30 days",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.demand.refund.owed",
        label=L.DEMAND_REFUND,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:you|u|y'?all)\s+(?:guys\s+)?(?:still\s+)?owe\s+me\s+(?:(?:a|an|my|the)\s+)?"
            r"(?:refund|money|\$|£|€|\d|compensation|reimbursement|for|back|\w+\s+(?:months?|dollars"
            r"|bucks|pounds|euros))"
            r"|(?<!\w)(?:i'?m|i\s+am)\s+(?:owed|due|entitled\s+to)\s+(?:(?:a|my|the|some)\s+)?(?:full\s+)?"
            r"(?:refund|compensation|reimbursement|money|\$|£|€|\d)"
        ),
        anchors=("owe", "owed", "due", "entitled"),
        negatable=True,
        message="The customer says the company owes them money.",
        examples=(
            "You owe me 4 months at $14.99 per month.",
            "I'm entitled to a full refund under your own terms",
            "u owe me $50",
        ),
        near_misses=(
            "you owe me an apology",
            "I'm due for an upgrade, what are my options?",
        ),
        source="common support language",
    ),
)

# --- demand.urgency --------------------------------------------------------------------

_NOW = (
    r"(?:immediately|right\s+away|straight\s+away|right\s+now|asap|a\.s\.a\.p|urgently|at\s+once"
    r"|this\s+(?:instant|minute|second)|without\s+(?:further\s+)?delay|today|tonight"
    r"|as\s+soon\s+as\s+possible|by\s+(?:today|tonight|tomorrow|end\s+of\s+(?:the\s+)?day|eod"
    r"|close\s+of\s+business|cob|noon|this\s+(?:afternoon|evening))|within\s+the\s+(?:next\s+)?hour)"
)
_ACT = (
    r"(?:fix|sort|resolve|refund|process|cancel|send|call|contact|respond|reply|answer|get|give"
    r"|return|stop|remove|deliver|ship|look\s+into|address|escalate|deal\s+with|handle|restore"
    r"|reactivate|unlock|reinstate|credit|replace|reverse|change|help|do\s+something"
    r"|dm|email|reconnect|release|unblock|pay|solve|repair|activate|unfreeze|correct|investigate)"
)

URGENCY: tuple[Rule, ...] = (
    Rule(
        id="en.demand.urgency.asap",
        label=L.DEMAND_URGENCY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:humanly\s+)?possible|urgent(?:ly)?(?!\s{1,5}care)"
            r"|pronto|time\s+is\s+of\s+the\s+essence|(?:this|it)\s+(?:can'?t|cannot|won'?t)\s+wait"
            r"|(?:this|it)(?:'s|\s+is)\s+(?:an\s+)?emergency|hurry(?:\s+(?:it\s+)?up)?"
            r"|(?:i'?m|i\s+am)\s+in\s+a\s+(?:hurry|rush))(?!\w)"
        ),
        anchors=_words("asap soon urgent urgently pronto essence wait emergency hurry rush"),
        negatable=True,
        not_within=(
            r"(?:i'?ll|i\s+will|i\s+shall|i'?m\s+going\s+to|i\s+am\s+going\s+to|i\s+can|i'?d|i\s+would"
            r"|will|i'?m\s+gonna|let\s+you\s+know|get\s+back\s+to\s+you|hope|hoping|hopefully)"
            r"[^.!?\n]{0,50}(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:humanly\s+)?possible|urgently)",
            r"(?:no|not|nothing|isn'?t|wasn'?t)\s+(?:\w+\s+){0,2}?(?:urgent|hurry|rush|emergency)",
            r"in\s+(?:my|a|the|such\s+a|no|his|her|their|our|your)\s+hurry",
        ),
        message="The customer insists that it is urgent.",
        examples=(
            "Fix this ASAP",
            "This is urgent!!",
            "I need the software update urgently",
            "please do something about this asap",
            "this can't wait until Monday",
        ),
        near_misses=(
            "no rush, take your time",
            "I'll send the screenshot ASAP",
            "it's not so urgent as I can stream from my phone",
            "I had to go to urgent care last night",
            "in my hurry I forgot my card at the desk",
            "hope it gets sorted out asap, thanks",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.demand.urgency.do_it_now",
        label=L.DEMAND_URGENCY,
        speakers=CUSTOMER,
        pattern=(
            r"(?:(?<!\w)(?:please|pls|plz|kindly|just|so|now|guys|y'?all|you\s+(?:need|have"
            r"|ought|got)\s+to|you\s+(?:must|should|better|gotta)|i\s+(?:want|need|expect)\s+you\s+to)"
            rf"\s+|{CLAUSE_START}){_ACT}(?!\w)[^.!?:\n]{{0,40}}?(?<!\w)(?:{_NOW}|now)(?!\w)"
            r"|(?<!\w)(?:i|we)\s+(?:need|want|expect|demand|require)(?!\s{1,3}to\s{1,3}(?!(?:talk|speak"
            r"|hear|get|have|know|receive|be)\b))\s+[^.!?:\n]{0,50}?(?<!\w)"
            rf"{_NOW}(?!\w)"
            r"|(?<!\w)(?:help|answer|response|reply|fix|action|assistance|refund|attention|callback"
            r"|resolution|solution|update)\s+(?:is\s+)?(?:needed|required|wanted|expected|asap)\s+"
            r"(?:now|asap|immediately|urgently|today|right\s+now|right\s+away)(?!\w)"
            r"|(?<!\w)(?<=(?:^|[.!?\n]|\s\s)\s{0,5})(?:now|immediately|right\s+now)\s{0,3}!"
        ),
        anchors=_words(
            "immediately away now asap urgently once instant minute second delay today"
            " tonight soon tomorrow day eod business cob noon afternoon evening hour"
        ),
        negatable=True,
        not_within=(
            r"(?:i'?ll|i\s+will|i\s+shall|i'?m\s+going\s+to|i\s+can|will|let\s+you\s+know|get\s+back"
            r"\s+to\s+you|i'?m\s+gonna)[^.!?\n]{0,50}(?:asap|as\s+soon\s+as\s+possible|right\s+away"
            r"|straight\s+away|immediately|today|tonight|now)",
        ),
        message="The customer insists on immediate action.",
        examples=(
            "fix this right now",
            "I need this today",
            "Please get back to me immediately, this is of the utmost importance",
            "Sort this now!",
            "I want my money back immediately",
            "Help needed now!",
            "you need to get him back on the platform ASAP",
        ),
        near_misses=(
            "it immediately closes when I open it",
            "right now it's playing fine on my laptop",
            "I'll update the app right away, thanks",
            "I'm on my desktop right now",
            "it's working now!",
        ),
        source="taxonomy.md",
    ),
)

RULES: tuple[Rule, ...] = (*MANAGER, *REFUND, *URGENCY)

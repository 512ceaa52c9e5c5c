"""Emotion: anger and distress.

``emotion.anger`` is the writer's own anger or frustration, or a strong negative
judgement of the situation, the service or the product ("this app is useless" is
anger; "you are useless" is an insult, see ``hostility.py``). Feelings the writer
attributes to someone else ("I understand how frustrating this is", "you seem
upset") are not the writer's anger, so the rules either need a first-person or
impersonal subject or are cancelled by the empathy frame around them.

``emotion.distress`` is vulnerability that needs care: money hardship, fear,
helplessness, tears, bereavement, illness, unsafe or stranded situations.
"""

from __future__ import annotations

from deescalate.labels import Label, Severity
from deescalate.lang.en._shared import BOTH, CUSTOMER
from deescalate.rules import Rule, phrase_fragment

L = Label
_F = phrase_fragment

# --- Shared fragments -----------------------------------------------------------------

# Laughter or joking in the message: "wtf lol", "I'm crying 😂" are not anger or distress.
LAUGHTER = r"(?<!\w)(?:lol+|lmf?ao+|rofl|haha\w{0,20}|hehe\w{0,20}|jk|j/k)(?!\w)|😂|🤣|😆|😹"

# Nouns of contempt for a person; with a demonstrative or intensifier they voice anger.
_CONTEMPT_NOUNS = (
    "asshole",
    "assholes",
    "arsehole",
    "arseholes",
    "bigot",
    "bigots",
    "scumbag",
    "scumbags",
    "sociopath",
    "sociopaths",
    "douchebag",
    "douchebags",
    "douche",
    "douches",
    "shithead",
    "shitheads",
    "asshat",
    "asshats",
    "motherfucker",
    "motherfuckers",
    "bastard",
    "bastards",
    "prick",
    "pricks",
    "dickhead",
    "dickheads",
    "wanker",
    "wankers",
    "twat",
    "twats",
    "hypocrite",
    "hypocrites",
    "scum",
    "piece of shit",
    "pieces of shit",
)

# The start of a sentence: nothing but spaces (handles and links are blanked) since the
# message start or sentence punctuation. A variable-length look-behind, so it stays bounded.
START = r"(?<![\w,'\-&]\s{0,100})"


def _opening(first: str) -> str:
    """A sentence start (``START``) right before one of the words ``first``.

    The cheap look-ahead comes first, so the look-behind only runs where a word fits.
    """
    return rf"(?<!\w)(?=(?:{first})(?!\w)){START}"


_COME_ON = r"oh|come|c'?mon"
# Sentence openers that stand for the subject: "So angry.", "Honestly furious".
_OPENERS = r"feeling|getting|so|sooo?|now|honestly|seriously|really|very|beyond"
# A first-person subject before a feeling word: "I'm", "I am", "I feel", "makes me".
_SUBJECT = (
    r"(?:(?<!\w)(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|i\s+have\s+been|we're|we\s+are"
    r"|we\s+were|i\s+(?:feel|felt|get|got|grow)|i'?m\s+(?:feeling|getting|becoming)"
    r"|(?:makes?|made|making|gets?|getting)\s+me|leaves\s+me|left\s+me"
    r"|ima(?=\s{1,3}(?:bit|little|tad)))"
    rf"|{_opening(_OPENERS)}(?:{_OPENERS}))"
)
# Up to two adverbs between the subject and the feeling: "I'm really very angry".
_ADVERB = (
    r"(?:\s+(?:so|very|really|extremely|super|beyond|absolutely|incredibly|pretty|bloody"
    r"|fucking|f\w{0,5}ing|totally|completely|seriously|honestly|just|quite|getting|becoming"
    r"|rather|increasingly|utterly|genuinely|properly|understandably|now|a\s+(?:bit|little|tad)"
    r"|more\s+than|kinda|kind\s+of|sooo?|hella|mega|highly|deeply|thoroughly|bit|tad|little))"
)
# Frames that attribute a feeling to someone else or sympathise with it.
EMPATHY_FRAME = (
    r"(?:understand|imagine|appreciate|know|see|realise|realize|sorry|apologi[sz]e|sympathi[sz]e"
    r"|hear|hate\s+that|can\s+tell|get\s+(?:it|that|why))[^.!?\n]{0,50}"
    r"(?:angry|mad|annoy\w{0,4}|frustrat\w{0,5}|irritat\w{0,5}|upset\w{0,3}|pissed|furious"
    r"|disgust\w{0,3}|aggravat\w{0,5}|exasperat\w{0,5}|infuriat\w{0,5}|fed\s+up|sick\s+of)"
    r"(?:\s+(?:off|up))?"
)
_OTHER_VERB = (
    r"(?:\s+(?:seem(?:ed|s)?|sound(?:ed|s)?|look(?:ed|s)?|feel|felt|get|got|must|might|may"
    r"|be(?:ing)?|are|were|is|was|so|very|really|understandably|clearly|obviously|rightly"
    r"|probably|quite|a\s+(?:bit|little)|getting))"
)
# Someone other than the writer has the feeling: "you seem upset", "they were furious".
OTHERS_FEEL = (
    r"(?<!\w)(?:you|u|you'?re|ur|you\s+are|you\s+were|you\s+must\s+be|they|they'?re|they\s+are"
    r"|he|she|he'?s|she'?s|customers?|people|everyone|nobody|no\s+one|anyone|someone)"
    rf"{_OTHER_VERB}?{_OTHER_VERB}?{_OTHER_VERB}?"
    r"\s+(?:angry|mad|annoyed|frustrated|irritated|upset|pissed|furious|disgusted"
    r"|aggravated|exasperated|livid|fuming|outraged|irate|fed\s+up)(?:\s+(?:off|up))?"
)
# Frustration adjectives a situation can be.
_IRKSOME = _F(
    "annoying",
    "frustrating",
    "irritating",
    "aggravating",
    "infuriating",
    "exasperating",
    "maddening",
)

# Words that stand for a product, service or company in a complaint.
_THING = (
    r"(?:service|customer\s+service|support|customer\s+support|company|experience|app|update"
    r"|airline|bank|provider|isp|carrier|network|business|store|shop|delivery|courier|brand"
    r"|product|website|site|system|internet|wifi|wi-fi|connection|phone|router|restaurant"
    r"|flight|hotel|management|staff|team|communication|treatment|response|policy|software"
    r"|version|game|platform|broadband|plan|subscription|account|order|package|parcel)"
)
# Damning words for a product or service: "this app is useless", "the update is garbage".
_DAMNING = (
    r"(?:useless|garbage|trash|rubbish|crap|crapp?y|shit|shitty|pathetic|atrocious|abysmal"
    r"|appalling|disgraceful|a\s+(?:scam|nightmare|disgrace|shambles|rip\W?off|farce"
    r"|clown\s+show|circus)|an\s+(?:absolute|utter|total|complete)\s+"
    r"(?:joke|scam|nightmare|disgrace|shambles|mess|disaster|farce)|beyond\s+a\s+joke"
    r"|(?:a\s+)?(?:complete|total|utter|absolute)\s+(?:joke|scam|garbage|trash|rubbish|crap"
    r"|shambles|mess|disaster|farce|nightmare))"
)
# "This is a joke" is anger; "that was a joke" is a joke.
_JOKE = r"(?:a\s+(?:bad\s+|sick\s+|fucking\s+|bloody\s+)?joke)"
_IS = (
    r"(?:'s|'re|\s+(?:is|are|was|were|has\s+been|have\s+been|is\s+now|keeps?\s+being"
    r"|is\s+getting|remains?))"
)
_IS_NOW = r"(?:'s|'re|\s+(?:is|are|has\s+been|have\s+been|is\s+now|keeps?\s+being|is\s+becoming))"
_INTENSE = (
    r"(?:\s+(?:so|really|absolutely|completely|totally|utterly|just|fucking|bloody"
    r"|literally|honestly|now|still|beyond|actually|pretty|quite))"
)
_BAD = r"(?:terrible|horrible|horrendous|awful|dreadful|shocking|lousy|woeful|diabolical)"

_FUCK = r"(?:f(?:u{1,2}|[*#@%]{1,3})c{0,2}k{1,2}|fck|fuk|fk)"

RULES: tuple[Rule, ...] = (
    # --- emotion.anger -----------------------------------------------------------------
    Rule(
        id="en.emotion.anger.judgement",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        phrases=(
            "ridiculous",
            "unacceptable",
            "outrageous",
            "(an|absolute|total|complete) outrage",
            "disgraceful",
            "a disgrace",
            "appalling",
            "atrocious",
            "inexcusable",
            "unforgivable",
            "shameful",
            "shame on (you|u|them|you guys|your company)",
            "pathetic",
            "infuriating",
            "maddening",
            "indefensible",
            "beyond a joke",
            "daylight robbery",
            "absolutely shocking",
            "utterly shocking",
            "piss poor",
            "a complete shambles",
            "(absolute|complete|total|utter) shambles",
        ),
        negatable=True,
        not_within=(
            r"ridiculous(?:ly)?\s+(?:good|cheap|fast|easy|low|amazing|awesome|cute|funny|fun|"
            r"great|beautiful|delicious|quick|comfortable|tasty|nice|lovely)",
        ),
        message="A strong negative judgement of the situation or the service.",
        examples=(
            "This is ridiculous, I've been waiting since Monday",
            "Totally unacceptable.",
            "absolutely disgraceful service from @Airline tonight",
            "The way I was treated is outrageous",
            "Shame on you, @Bank",
            "Three weeks for a refund is beyond a joke",
            "this is r i d i c u l o u s",
        ),
        near_misses=(
            "this is not ridiculous at all",
            "The new price is ridiculously cheap, love it",
            "Nothing unacceptable about that, thanks for checking",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.furious",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        phrases=(
            "furious",
            "livid",
            "fuming",
            "seething",
            "enraged",
            "infuriated",
            "incensed",
            "irate",
            "outraged",
            "apoplectic",
            "(blood|blood's|blood is) (boiling|boils|boil)",
            "makes my blood boil",
            "pissed off",
            "(piss|pisses|pissed|pissing) me off",
            "#pissed",
            "#angry",
            "#furious",
            "#annoyed",
            "#frustrated",
            "#fuming",
            "#rage",
            "#livid",
        ),
        negatable=True,
        not_within=(
            r"fast\s*(?:and|&|n'?|\+)\s*(?:the\s+)?furious",
            r"furious\s+\d",
            EMPATHY_FRAME,
            OTHERS_FEEL,
        ),
        severity=Severity.HIGH,
        message="The writer says they are furious, an intense anger.",
        examples=(
            "Furious!! My parcel was left in the rain 😡",
            "fuming right now, the delivery never showed up",
            "So pissed off with this airline",
            "It really pisses me off that nobody answers",
            "absolutely livid #fuming",
            "my blood is boiling",
        ),
        near_misses=(
            "Is Fast & Furious 9 available on your service?",
            "I'm not furious, just confused about the bill",
            "I understand why you're furious, let me fix this now",
            "you sound pissed off, want me to call you?",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.i_am_angry",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            rf"{_SUBJECT}{_ADVERB}?{_ADVERB}?\s+"
            r"(?:angry|mad|annoyed|frustrated|irritated|pissed|upset|aggravated|exasperated"
            r"|disgusted|raging|cross|irked|peeved|vexed|sick\s+and\s+tired)"
            r"(?!\w)(?!\s{1,3}(?:max|scientist|props|respect|love|good|hungry|excited|busy))"
        ),
        anchors=(
            "angry",
            "mad",
            "annoyed",
            "frustrated",
            "irritated",
            "pissed",
            "upset",
            "aggravated",
            "exasperated",
            "disgusted",
            "raging",
            "cross",
            "irked",
            "peeved",
            "vexed",
            "tired",
        ),
        negatable=True,
        not_within=(
            r"(?:i'?m|i\s+am|we're|feeling|so)\s+(?:\w+\s+)?cross(?!\s{0,3}(?:with|about|at|that)\b)",
            EMPATHY_FRAME,
            r"(?:(?<!\w)(?:we|i)(?:'?re|'?m|\s+are|\s+am|\s+were|\s+was|\s+feel)\s+(?:\w+\s+){0,2})?"
            r"(?:upset|sad|saddened|disappointed|frustrated|annoyed|angry)\s+to\s+(?:hear|learn"
            r"|see|read)",
            r"(?:don'?t|didn'?t|doesn'?t|never)\s+(?:mean\s+to\s+)?(?:get|make|made|be)\s+"
            r"(?:me\s+|you\s+)?(?:so\s+)?(?:angry|mad|upset)",
            r"(?:before|if|when|whenever|in\s+case)\s+i\s+(?:get|got|am)\s+(?:\w+\s+)?"
            r"(?:angry|mad|upset)",
        ),
        message="The writer says they are angry, annoyed or frustrated.",
        examples=(
            "I'm so angry right now",
            "I am extremely frustrated with your service",
            "im really annoyed, this is the second time",
            "This makes me so mad",
            "So pissed. My order is wrong again",
            "@AcmeHelp so annoyed rn",
            "I'm getting really frustrated",
            "We are very upset with how this was handled",
            "I'm sick and tired of calling you",
            "I'm a bit annoyed to be honest",
        ),
        near_misses=(
            "I'm not angry, just want it sorted",
            "I understand you're frustrated and I'm here to help",
            "Sorry if you were upset by the delay",
            "I'm mad excited for the new album",
            "I'm done, thanks for your help!",
            "I'm cross-checking the order number now",
            "Don't get mad, but I think I ordered the wrong size",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.fed_up",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        phrases=(
            "fed up",
            "sick of",
            "sick and tired",
            "tired of (this|it|that|waiting|being|dealing|getting|having|your|the|these|those|"
            "you|calling|chasing|asking|paying|explaining|hearing|excuses|trying)",
            "(i've|i have|we've|we have|i|we|i've just|i have just|i've really) had enough",
            "(i|we) have had enough",
            "have had it with",
            "i've had it with",
            "had it up to here",
            "enough is enough",
            "(the|this is the) (last|final) straw",
            "(lost|losing) (my|all|all my) patience",
            "(my|all) patience (is|has) (worn|wearing|running) (thin|out)",
            "run out of patience",
            "ran out of patience",
            "at the end of my tether",
            "(i'm|i am|we're|we are|so|just|honestly|officially|completely|totally|absolutely) "
            "done with (this|you|your|these|those|y'all|ya'll|u)",
            "(i'm|i am|im) (so|just|completely|totally|officially) over (it|this|you|your)",
        ),
        negatable=True,
        not_within=(
            r"(?:never|not|n'?t)\s+(?:\w+\s+){0,2}(?:get|getting|got|be|being|been)\s+"
            r"(?:\w+\s+)?(?:sick|tired)\s+of",
            r"enough\s+(?:for|to|of\s+(?:the|your)\s+(?:good|great))",
            r"done\s+with\s+(?:it|this|that)\s*(?:now|yet|already|\?)",
            r"done\s+with\s+(?:the|my)\s+(?:setup|order|form|steps|update|install\w{0,20}|payment"
            r"|survey|call|chat|process|verification|reset|upgrade|download|transfer)",
            EMPATHY_FRAME,
            OTHERS_FEEL,
        ),
        message="The writer is fed up: their patience has run out.",
        examples=(
            "I'm fed up with these outages",
            "Sick of this. Fix it",
            "sick and tired of the excuses",
            "I'm tired of waiting for a callback",
            "I've had enough of your service",
            "This is the last straw",
            "I'm losing my patience with you guys",
            "Honestly done with this company",
            "I'm done with you people",
            "f e d  u p",
        ),
        near_misses=(
            "I fed the cat before the engineer came",
            "I'll never get sick of this playlist",
            "I'm tired, can we finish this tomorrow?",
            "Thanks, I'm done with the setup now",
            "Is that enough for the upgrade?",
            "You've had enough chances to register, the offer is closed",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.hate",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?:(?<!\w)(?:i|we|i\s+(?:just|really|absolutely|fucking|seriously|honestly|so|do"
            r"|truly|literally|genuinely|now|already|officially|still)"
            r"|we\s+(?:all|just|really|absolutely|do|now|both))\s+"
            + _F("hate", "despise", "loathe", "detest")
            + r"(?!\s{1,3}(?:to|that\s+(?:i|you)|it\s+when\s+(?:you\s+)?(?:guys\s+)?(?:make|do)\s+"
            r"(?:me|it)\s+(?:happy|smile)))(?!\w)"
            r"|(?<!\w)(?:can'?t|cannot|could\s+not|couldn'?t)\s+stand\s+"
            r"(?:it|this|that|you|your|the|when|how|waiting|these|those|them|him|her|people"
            r"|being|dealing|another|any\s+more|anymore)(?!\w)"
            r"|(?<!\w)(?:hate|hating|hated)\s+(?:you|u|ya|y'all|this\s+(?:company|app|airline"
            r"|service|update|bank|place)|your\s+(?:company|service|app|airline|bank|guts))(?!\w)"
            r"|(?<!\w)i\s+(?:hate|despise|loathe)\s+(?:it|this|that|everything)(?!\w)"
            rf"|{_opening('i|hate|despise')}(?:i\s+)?(?:hate|despise)\s+(?:it\s+)?when(?!\w))"
        ),
        anchors=("hate", "hating", "hated", "despise", "loathe", "detest", "stand"),
        negatable=True,
        not_within=(
            r"(?:would|'d|i'?d|wouldn'?t|love\s+to|love\s+and)\s+(?:\w+\s+)?(?:hate|hating)"
            r"|love[-/]hat",
            r"hate\s+(?:speech|crime|mail|group|campaign|watch|list)",
            r"(?:i|we)\s+(?:\w+\s+)?hate\s+(?:to|that\s+i\s+love|how\s+much\s+i\s+love"
            r"|(?:it|that)\s+(?:i|you)\s+(?:have\s+to|had\s+to|must|need\s+to))",
            r"(?:can'?t|cannot|couldn'?t|could\s+not)\s+stand\s+(?:\w+\s+){0,2}(?:up|upright|on\s+(?:its|it|the|my)|straight|outside|next"
            r"|against|there|in\s+(?:line|the\s+queue))",
            r"hate\s+(?:to\s+)?(?:see|hear)\s+(?:you|that|this)",
            EMPATHY_FRAME,
        ),
        message="The writer says they hate something or can't stand it.",
        examples=(
            "I hate this app so much",
            "I really hate when the page just reloads and loses my basket",
            "i hate u @AcmeHelp",
            "I can't stand waiting on hold for an hour",
            "We despise the new layout",
            "I hate it. Bring back the old version",
        ),
        near_misses=(
            "I hate to bother you, but my order hasn't arrived",
            "I'd hate to lose my playlists, can you back them up?",
            "I don't hate it, just takes getting used to",
            "Can't stand the box up, it's too tall",
            "I hate that I love this song so much",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.worst",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:worst|shittiest|crappiest|crappest)\s+(?:(?!day|week|year|night|morning"
            r"|weekend|luck|feeling|nightmare|fear)[\w-]{1,20}\s+)?(?:ever|of\s+all\s+time)(?!\w)"
            rf"|(?<!\w)(?:worst|shittiest|crappiest|crappest)\.?\s+(?:[\w'-]{{1,20}}\s+)?{_THING}"
            r"(?:\.?\s+(?:ever|of\s+all\s+time|in\s+(?:the\s+)?(?:world|history|country|uk|us"
            r"|business)|i'?ve\s+(?:ever\s+)?(?:had|seen|experienced|dealt|used|encountered)"
            r"|on\s+(?:earth|the\s+planet)))?(?!\w)"
            r"|(?<!\w)(?:you(?:\s+guys|\s+people|\s+all)?|y'?all|ya'?ll|you'?re|ur|u\s+r|u\s+are"
            rf"|(?:this|that|your|ur|the)\s+(?:[\w'-]{{1,20}}\s+)?{_THING})"
            r"(?:'?s|'?re|\s+(?:are|is|was|were|have\s+been|has\s+been))\s+"
            r"(?:(?:by\s+far|literally|honestly|actually|seriously|truly|officially|absolutely"
            r"|just|really|hands\s+down|without\s+(?:a\s+)?doubt)\s+)?the\s+(?:absolute\s+"
            r"|very\s+)?worst(?!\s{1,3}(?:case|part|bit|thing|possible|time|moment|day|scenario"
            r"|of\s+it))(?!\w)"
        ),
        anchors=("worst", "shittiest", "crappiest", "crappest"),
        negatable=True,
        not_within=(
            r"worst\s+(?:case|part|bit|thing|possible|time|moment|day|scenario)",
            r"(?:not|isn'?t|wasn'?t|aren'?t|far\s+from)\s+(?:\w+\s+)?the\s+worst",
            r"worst\s+(?:of\s+)?(?:it|all)\s+is",
            r"at\s+(?:the\s+)?worst",
            r"(?:hits|songs?|albums?|tracks?|movies?|films?|jokes?|puns?)\s+(?:\w+\s+)?"
            r"(?:of\s+)?(?:all\s+time)",
        ),
        message="The writer calls the service, product or company the worst.",
        examples=(
            "Worst customer service ever",
            "@AcmeAir you are the worst airline I've ever flown with",
            "worst. service. ever.",
            "worst experience I've ever had with a bank",
            "You guys are the worst.",
            "This update is the absolute worst!",
            "Shittiest company in the UK",
        ),
        near_misses=(
            "In the worst case I can pick it up on Monday",
            "Not the worst, the replacement arrived quickly",
            "The worst part is over, it works now",
            "at worst it will be a day late, no problem",
            "I had the worst day ever, can you help me cheer up with a playlist?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.product_damning",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:this|that|it|your|ur|the|these|those|my|our)"
            rf"(?:\s+[\w-]{{1,25}}){{0,2}}{_IS}{_INTENSE}?{_INTENSE}?\s+{_DAMNING}(?!\w)"
            r"|(?<!\w)(?:this|your|ur|the|these|those|it)"
            rf"(?:\s+[\w-]{{1,25}}){{0,2}}{_IS_NOW}{_INTENSE}?{_INTENSE}?\s+{_JOKE}(?!\w)"
            rf"|(?<!\w)(?:{_BAD}|useless|pathetic|appalling|abysmal|atrocious|shocking|shitty"
            r"|crappy|crap|rubbish|garbage|trash|disgusting|disgraceful|poor|rude|incompetent"
            rf"|non[\s-]?existent|lousy)\s+(?:customer\s+)?(?:service|support|customer\s+care"
            r"|communication|treatment|experience|company|app|update)(?!\w)"
            r"|(?<!\w)what\s+an?\s+(?:(?:absolute|total|complete|utter|fucking|bloody)\s+)?"
            r"(?:joke|disgrace|shambles|farce|scam|rip\W?off|waste\s+of\s+(?:time|money))(?!\w)"
        ),
        anchors=(
            "useless",
            "garbage",
            "trash",
            "rubbish",
            "crap",
            "crappy",
            "shit",
            "shitty",
            "pathetic",
            "atrocious",
            "abysmal",
            "appalling",
            "disgraceful",
            "joke",
            "scam",
            "nightmare",
            "disgrace",
            "shambles",
            "rip",
            "ripoff",
            "farce",
            "clown",
            "mess",
            "disaster",
            "circus",
            "terrible",
            "horrible",
            "horrendous",
            "awful",
            "dreadful",
            "shocking",
            "lousy",
            "woeful",
            "diabolical",
            "disgusting",
            "poor",
            "rude",
            "incompetent",
            "nonexistent",
            "existent",
            "waste",
        ),
        negatable=True,
        not_within=(
            r"(?:is|are|was|were)\s+(?:this|that|it|these|those)\b[^.!?]{0,40}\?",
            r"(?:if|whether|wonder\w{0,3})\s+(?:this|that|it|the\s+\w+|your\s+\w+)"
            r"(?:'s|\s+is|\s+was|\s+are)\s+(?:\w+\s+){0,3}(?:scam|useless|garbage|rubbish|trash"
            r"|crap|joke|nightmare|shambles|rip\W?off)",
            r"(?:not|never|isn'?t|wasn'?t|aren'?t|hardly)\s+(?:\w+\s+){0,2}"
            r"(?:useless|garbage|trash|rubbish|a\s+(?:joke|scam|nightmare|mess|disaster))",
            r"(?:the|this|that|your|my|our)\s+(?:\w+\s+)?(?:joke|scam|nightmare|mess|disaster)"
            r"\s+(?:is|was|are)",
            r"(?:poor|bad)\s+(?:signal|reception|connection|coverage|internet|wifi)",
            r"(?:trash|garbage|rubbish)\s+(?:can|bin|bag|collection|day|pickup|truck|folder)",
            r"(?:\bmy|\bthe|\ba)\s+(?:\w+\s+)?(?:was|is)\s+a\s+mess\s+(?:after|from|because)",
            r"(?:(?:sorry|apologi\w{1,5}|apologies)\s+(?:\w+\s+){0,3}(?:for|about)\s+(?:the|this|"
            r"our|any|that)\s+(?:\w+\s+){0,3}(?:poor|rude|terrible|horrible|awful|shocking|bad)\s+"
            r"(?:customer\s+)?(?:service|support|customer\s+care|communication|treatment"
            r"|experience))",
        ),
        message="The writer damns the product or the service itself.",
        examples=(
            "This app is useless",
            "the new update is absolute garbage",
            "Your website is a joke",
            "terrible customer service from start to finish",
            "What a joke. Three hours and no reply",
            "honestly the service has been atrocious",
            "what an absolute shambles",
        ),
        near_misses=(
            "Is this app useless without wifi?",
            "The app is not useless, I just can't find the settings",
            "Sorry for the poor service you received, I've refunded the fee",
            "Bad signal in my area since yesterday, can you check?",
            "When is trash collection on my street?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.annoying",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:so|really|very|super|extremely|incredibly|beyond|seriously|bloody"
            r"|fucking|absolutely|quite|pretty|getting|most|more\s+than|such\s+an?|how|very"
            r"|unbelievably|insanely|ridiculously|massively|hugely|immensely|utterly)\s+"
            rf"(?:{_IRKSOME})(?!\w)"
            r"|(?<!\w)(?:this|it|that|which)(?:'s|\s+is|\s+was|\s+has\s+been|\s+gets|\s+is\s+getting"
            r"|\s+are|\s+were)\s+(?:so\s+|really\s+|very\s+|just\s+|beyond\s+|getting\s+)?"
            rf"(?:{_IRKSOME})(?!\w)"
            rf"|{_opening(_IRKSOME)}(?:{_IRKSOME})\s{{0,5}}(?:[.!?]|$)"
        ),
        anchors=(
            "annoying",
            "frustrating",
            "irritating",
            "aggravating",
            "infuriating",
            "exasperating",
            "maddening",
            "annoyin",
        ),
        negatable=True,
        not_within=(
            EMPATHY_FRAME,
            r"(?:that'?s|that\s+is|this\s+is|how)\s+(?:so\s+|really\s+|very\s+)?"
            rf"(?:{_IRKSOME})[\s.,!\u2013\u2014-]{{0,4}}(?:i'?m|we're|i\s+am|we\s+are|so|really)"
            r"\s+sorry",
            r"(?:must|can|could|may|might|would)\s+(?:be|have\s+been)\s+"
            r"(?:so\s+|very\s+|really\s+|incredibly\s+|extremely\s+)?"
            rf"(?:{_IRKSOME})",
            r"(?:was|is|were)\s+(?:a\s+bit\s+|a\s+little\s+)?(?:annoying|frustrating)\s+"
            r"(?:at\s+first|before)\b[^.!?]{0,40}(?:but|now|until)",
        ),
        message="The writer finds the situation annoying or frustrating.",
        examples=(
            "This is so frustrating",
            "So annoying. The app logs me out every day",
            "it's really irritating having to re-enter my card",
            "Frustrating!",
            "the buffering is beyond infuriating",
        ),
        near_misses=(
            "I know how frustrating this is, I'll sort it out now",
            "That must be so annoying, let me check your account",
            "It was a bit frustrating at first but now it works great",
            "This isn't annoying at all, just curious",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.exclamation",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            rf"(?<!\w)(?:what|why|who|how|where|when)\s+(?:in\s+)?(?:the\s+(?:hell|heck|{_FUCK}"
            r"|frick|fudge|actual\s+fuck|fucking\s+hell|devil)|tf)(?!\w)"
            r"|(?<!\w)(?:wtf|wth|wtaf|ffs|fml|stfu)(?!\w)"
            rf"|(?<!\w)the\s+(?:{_FUCK}|hell)\s{{0,3}}\?"
            r"|(?<!\w)for\s+(?:god|christ|fuck|f\*+k|pete|heaven|goodness|crying\s+out\s+loud)"
            r"'?s?\s+sakes?(?!\w)"
            r"|(?<!\w)(?:fucking|bloody|effing)\s+hell(?!\w)"
            r"|(?<!\w)(?:god\s{0,3})?dam+(?:n|m)?\s{0,3}it(?!\w)|(?<!\w)god\s{0,3}dam+n?it(?!\w)"
            r"|(?<!\w)(?:oh\s+)?hell\s+(?:no|nah|naw)(?!\w)"
            r"|(?<!\w)(?:ar+g+h+|gr{3,}|gah+)(?!\w)"
        ),
        anchors=(
            "hell",
            "heck",
            "fuck",
            "frick",
            "fudge",
            "devil",
            "wtf",
            "wth",
            "wtaf",
            "ffs",
            "fml",
            "stfu",
            "sake",
            "sakes",
            "damn",
            "dammit",
            "damnit",
            "goddamn",
            "goddammit",
            "goddamnit",
            "damit",
            "dam",
            "godamn",
            "godamnit",
            "tf",
            "fck",
            "fuk",
            "fk",
            "argh",
            "arghh",
            "aargh",
            "grrr",
            "gah",
            "gahh",
        ),
        not_if_message_has=(LAUGHTER,),
        not_within=(
            r"what\s+the\s+(?:hell|heck)\s+(?:is|are)\s+(?:a|an)\s+\w+",
            r"(?:hell|heck)\s+(?:yes|yeah|yea)",
            r"dam+n?\s{0,3}it\s+(?:if|was|is|looks|tastes|sounds|feels)\b",
        ),
        message="An angry exclamation: a curse of exasperation.",
        examples=(
            "What the hell is going on with my account?",
            "wtf is this charge??",
            "why tf does my internet keep dropping",
            "For god's sake, just refund me",
            "damn it, the app crashed again",
            "Argh. Logged out AGAIN",
            "oh hell no, I'm not paying that",
        ),
        near_misses=(
            "wtf lol that was fast, thanks",
            "Hell yes, it works now!",
            "What the heck is a PIN unblock key? Never heard of it",
            "Damn it looks good, thanks for the quick delivery",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.rhetorical",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)how\s+dare\s+(?:you|u|they|he|she|y'?all|anyone|someone|the|your|this)(?!\w)"
            r"|(?<!\w)(?:are|r)\s+(?:you|u)\s+(?:guys\s+|people\s+)?(?:fucking\s+|actually\s+)?"
            r"(?:kidding|joking|serious|for\s+real)(?:\s+me)?\s{0,3}(?:\?\s{0,3}!|!\s{0,3}\?|\?\?)"
            r"|(?<!\w)(?:are|r)\s+(?:you|u)\s+(?:guys\s+|people\s+)?(?:fucking\s+)?kidding\s+me(?!\w)"
            r"|(?<!\w)you(?:'?ve|\s+have)?\s+(?:got|gotta)\s+(?:to\s+)?be\s+(?:fucking\s+)?"
            r"(?:kidding|joking)(?!\w)"
            r"|(?<!\w)you\s+must\s+be\s+(?:joking|kidding)(?!\w)"
            r"|(?<!\w)give\s+me\s+a\s+break(?!\w)"
            r"|(?<!\w)what(?:'?s|\s+is)\s+wrong\s+with\s+(?:y'?all|your\s+company|these\s+people"
            r"|this\s+company|you\s+people|you\s+guys)(?!\w)"
            r"|(?<!\w)how\s+(?:hard|difficult)\s+(?:is\s+it|can\s+it\s+(?:possibly\s+)?be)\s+to(?!\w)"
            r"|(?<!\w)why\s+is\s+it\s+so\s+(?:hard|difficult)(?!\w)"
            r"|(?<!\w)(?:is\s+it|is\s+that)\s+(?:really\s+)?too\s+much\s+to\s+ask(?!\w)"
            r"|(?<!\w)you\s+(?:guys\s+)?had\s+one\s+job(?!\w)"
            r"|(?<!\w)the\s+(?:nerve|audacity|gall|cheek)\s+(?:of|to|on)(?!\w)"
            r"|(?<!\w)(?:have|has|had)\s+the\s+(?:nerve|audacity|gall|cheek)\s+to(?!\w)"
            r"|(?<!\w)what(?:'?s|\s+is)\s+your\s+(?:problem|issue|deal)\s{0,3}\?"
            rf"|{_opening('oh|seriously')}(?:oh\s+)?seriously\s{{0,40}}(?:\?|!\?)"
            rf"|{_opening(_COME_ON)}(?:oh\s+)?(?:come\s+on|c'?mon)(?:\s+(?:guys|man|now|people|y'?all|seriously"
            r"|really))?\s{0,40}(?:[.!?,#]|$)"
            r"|(?<!\w)(?:oh|guys|really)\s+(?:come\s+on|c'?mon)(?!\w)"
            r"|(?<!\w)(?:get|getting)\s+(?:it|your\s+(?:act|shit|sh\*t|stuff))\s+together(?!\w)"
        ),
        anchors=(
            "dare",
            "kidding",
            "joking",
            "serious",
            "real",
            "gotta",
            "got",
            "must",
            "break",
            "wrong",
            "hard",
            "difficult",
            "much",
            "job",
            "seriously",
            "come",
            "cmon",
            "c'mon",
            "nerve",
            "audacity",
            "gall",
            "cheek",
            "problem",
            "issue",
            "deal",
            "together",
        ),
        not_if_message_has=(LAUGHTER,),
        not_within=(
            r"(?:i'?m|i\s+am|we're|am\s+i)\s+(?:\w+\s+)?(?:kidding|joking)",
            r"how\s+(?:hard|difficult)\s+is\s+it\s+to\s+(?:install|set\s+up|learn|use|get\s+used)",
            r"(?:get|getting)\s+it\s+(?:all\s+)?together\s+(?:for|by|in\s+time|before)",
        ),
        message="An outraged or exasperated question.",
        examples=(
            "How dare you charge me twice",
            "Are you kidding me?!",
            "You've got to be kidding",
            "what is wrong with you people",
            "How hard is it to deliver a parcel to the right address?",
            "Seriously? Third time this week",
            "Come on @AcmeAir. Get it together.",
            "Is it too much to ask for a working app?",
            "The audacity of charging me for your mistake",
        ),
        near_misses=(
            "Hello, what is wrong with my order status?",
            "How hard is it to set up the new router? I'm not techy",
            "Seriously, thank you so much",
            "What time does the new show come on?",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.curse_at",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            rf"(?<!\w)(?:{_FUCK}|f|eff|screw)\s+(?:you|u|ya|off|this|that|these|those|them"
            r"|him|her|your|ur|y'?all|ya'?ll|everything|everyone|it\s+all|my\s+life|the\s+lot"
            r"|it(?=\s{0,3}[,.!]))(?![\w-])"
            r"|(?<!\w)(?:go|get)\s+to\s+hell(?!\w)|(?<!\w)to\s+hell\s+with(?!\w)"
            r"|(?<!\w)(?:piss|bugger|sod|naff|eff)\s+off(?!\w)|(?<!\w)get\s+lost(?!\w)"
            rf"|(?<!\w)shut\s+(?:the\s+{_FUCK}|tf|the\s+hell)\s+up(?!\w)"
            r"|(?<!\w)up\s+yours(?!\w)"
            r"|(?<!\w)(?:stick|shove)\s+(?:it|them|that|this|your\s+[\w-]{1,20})\s+up\s+your\s+"
            r"(?:ass|arse|backside|butt)(?!\w)"
            r"|(?<!\w)get\s+(?:the\s+(?:hell|fuck)\s+)?out\s+of\s+here\s+with\s+"
            r"(?:this|that|your|these|those)(?!\w)"
        ),
        anchors=(
            "fuck",
            "fck",
            "fuk",
            "fk",
            "f",
            "eff",
            "screw",
            "hell",
            "piss",
            "shut",
            "yours",
            "stick",
            "shove",
            "here",
            "bugger",
            "sod",
            "naff",
            "lost",
        ),
        not_if_message_has=(LAUGHTER,),
        not_within=(
            r"screw\s+(?:it|this|that|them|those|these)\s+(?:in|into|on|onto|back|off"
            r"|up|down|tight|together|out)",
            r"f\s+(?:this|that|these|those|it)\b",
            r"f\s+(?:off|you|u)\s+(?:\d|the\s+(?:shelf|list|price))",
            r"fuck\s+(?:it|this),?\s+(?:i'?m|let'?s)\s+(?:buying|going|getting|treating|doing)\s+"
            r"(?:it|myself|premium|one|in)",
        ),
        severity=Severity.HIGH,
        message="The writer curses at someone or something in anger.",
        examples=(
            "fuck you and your useless app",
            "F*ck this company",
            "Screw this, I'm going elsewhere",
            "Go to hell, @AcmeBank",
            "piss off with your automated replies",
            "fuck off",
        ),
        near_misses=(
            "Screw it back in and restart the router, it works now",
            "Does the F off-peak fare include seat reservations?",
            "Hell yes it works, thank you",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.curse_at_name",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        view="raw",
        pattern=(
            r"(?<![\w@])(?:[Ff](?:[Uu]|\*{1,3})[Cc]?[Kk]|FUCK)[ \t]+"
            r"(?:@\w|\[NAME\]|(?!(?:I|It|Its|Yes|Yeah|Yea|Me|Off|You|Ya|That|This|Everything|Them"
            r"|My|Your|Him|Her|Those|These|Everyone)\b)[A-Z][a-z]{2,20}\b)"
            r"|(?<![\w@])(?:[Ss]crew|SCREW)[ \t]+@\w"
        ),
        anchors=("fuck", "fck", "fuk", "screw", "f"),
        not_if_message_has=(LAUGHTER,),
        severity=Severity.HIGH,
        message="The writer curses at a company or a person by name.",
        examples=("Fuck @AcmeTelecom, worst ISP in the country", "screw @AcmeBank honestly"),
        near_misses=(
            "Screw Holes on the back panel are stripped, can I get a new one?",
            "Fuck Yeah it finally works",
            "What the f**k\nReference 4521.",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.contempt",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:that|this|these|those|what\s+an?|such\s+an?|pure|total|complete|absolute"
            r"|utter|bloody|fucking|typical|lying)\s+"
            r"(?:(?:fucking|bloody|lying|useless|arrogant|entitled|fascist|racist|greedy|pathetic)\s+)?"
            + _F(*_CONTEMPT_NOUNS)
            + r"(?![\w-])"
        ),
        anchors=tuple(word.split()[0] for word in _CONTEMPT_NOUNS),
        not_if_message_has=(LAUGHTER,),
        severity=Severity.MEDIUM,
        message="The writer names someone with contempt (\u201cthat bigot\u201d).",
        examples=(
            "That fascist bigot!",
            "Pure asshole.",
            "I immediately block these shitheads",
            "What a hypocrite, he said the opposite last week",
            "such a lying bastard",
        ),
        near_misses=(
            "That bastard file was corrupted, lol",
            "He called me a hypocrite once and we laughed about it haha",
            "The asshole in the photo caption is a typo for ash hole",
            "a piece of the shipment is missing",
            "the needle prick hurt less than I expected",
        ),
        source="GoEmotions dev split (anger at third parties)",
    ),
    Rule(
        id="en.emotion.anger.profane_intensifier",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:fucking|fuckin|fuckn|fking|fkin|f\*+(?:ing|in|king|kin)|f\*+cking|effing"
            r"|eff(?:ing|in)|mother\s*fucking|goddamn(?:ed)?|god\s+damn(?:ed)?|frigging|friggin)"
            r"(?!\s{1,3}(?:love|loved|loving|lovely|awesome|amazing|great|good|brilliant"
            r"|beautiful|cool|hilarious|funny|fun|perfect|best|yes|yeah|finally|favou?rite|genius"
            r"|legend|legendary|excited|happy|glad|wish|delicious|gorgeous|cute|incredible"
            r"|fantastic|helpful|thank|thanks|proud|nice|epic|sick|dope|lit|right|well|class"
            r"|stoked|pumped|hyped|adorable|stunning|wonderful|banger|banging|slaps|fire"
            r"|excellent|superb|ace|quick|fast|easy|cheap|rad|bomb|magic|magical|sweet|bad\s*ass"
            r"|badass|relieved|grateful|blessed|obsessed|addicted|vibing|jamming|dancing|gem"
            r"|masterpiece|talented|deep|around|up|said|hell\s+yes|lol)\b)(?!\w)"
            r"|(?<!\w)(?:piece|pieces)\s+of\s+(?:shit|crap|junk|garbage|trash|sh\*t)(?!\w)"
            r"|(?<!\w)(?:shit\s*show|clusterfuck|cluster\s+fuck)(?!\w)"
            r"|(?<!\w)(?:done|did|do|does|doing|told|tell|said|say|know|knows|care|cares|given|gave"
            r"|got|get|getting|fixed)\s+(?:us\s+|me\s+|you\s+)?(?:fuck|fuckin|sweet\s+fuck)\s+all"
            r"(?!\w)"
            r"|(?<!\w)(?:you|u|y'?all|they|you\s+guys|you\s+people|someone|somebody)\s+"
            r"(?:really\s+|totally\s+|completely\s+|royally\s+|just\s+)?(?:fucked|screwed)\s+"
            r"(?:up|it\s+up|me\s+over|us\s+over|me|us)(?!\w)"
            rf"|{_opening('well|oh|ah|aw|fuck|fck')}(?:(?:well|oh|ah|aw)\W{{0,5}})?(?:fuck|fck)"
            r"(?:ing\s+hell)?\s{0,3}(?:[.!]|$)"
        ),
        anchors=(
            "fucking",
            "fuckin",
            "fuckn",
            "fking",
            "fkin",
            "f",
            "effing",
            "effin",
            "motherfucking",
            "mother",
            "goddamn",
            "goddamned",
            "god",
            "frigging",
            "friggin",
            "piece",
            "pieces",
            "shit",
            "shitshow",
            "clusterfuck",
            "cluster",
            "fucked",
            "screwed",
            "fuck",
            "fck",
        ),
        not_if_message_has=(LAUGHTER,),
        not_within=(
            r"(?:i|we)\s+(?:\w+\s+)?(?:fucking|fuckin|effing|frigging|friggin)\s+(?:\w+\s+)?"
            r"(?:love|adore|loved)",
            r"(?:so|too|how|this|that)\s+(?:\w+\s+)?(?:fucking|fuckin|effing)\s+(?:\w+\s+)?"
            r"(?:good|great|cool|amazing|awesome|funny|beautiful|cute)",
        ),
        severity=Severity.MEDIUM,
        message="Angry profanity: a curse word used to vent about the problem.",
        examples=(
            "fix your fucking internet",
            "the app froze AGAIN, every f***ing time",
            "i just want my goddamn refund",
            "this phone is a piece of shit",
            "What a shitshow this delivery has been",
            "They've done fuck all to fix it",
            "you royally screwed me over",
            "Well.... fuck.",
        ),
        near_misses=(
            "this playlist is fucking amazing lol",
            "I fucking love the new update",
            "Fucking finally, it works! Thank you",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.scam",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:this|that|it|you|u|your\s+\w+|the\s+\w+|this\s+\w+|you\s+guys|you\s+people"
            r"|they)(?:'s|'?re|\s+is|\s+are|\s+was|\s+were)\s+(?:just\s+|literally\s+)?"
            r"(?:an?\s+|such\s+an?\s+|(?:an?\s+)?(?:total|complete|absolute|utter|fucking|bloody)\s+)?"
            r"(?:scam|scammers|con\s+artists|rip\W?off|ripoff|robbery|theft|thieves|crooks|frauds"
            r"|daylight\s+robbery|extortion|a\s+racket)(?!\w)"
            r"|(?<!\w)(?:you|u|y'?all|they|you\s+guys|you\s+people)\s+(?:just\s+)?(?:robbed|scammed"
            r"|ripped\s+(?:me|us)\s+off|stole|conned|swindled)(?!\w)"
        ),
        anchors=(
            "scam",
            "scammers",
            "con",
            "rip",
            "ripoff",
            "robbery",
            "theft",
            "thieves",
            "crooks",
            "frauds",
            "extortion",
            "racket",
            "robbed",
            "scammed",
            "ripped",
            "stole",
            "conned",
            "swindled",
        ),
        negatable=True,
        not_within=(
            r"(?:is|was|are|were)\s+(?:this|that|it|these|those|they|the\s+\w+)\s+"
            r"(?:\w+\s+){0,3}(?:a\s+)?(?:scam|fraud|legit\w{0,20}|real|genuine)",
            r"(?:report|reporting|reported|received|got|is\s+this|possible|potential|phishing)"
            r"\s+(?:\w+\s+){0,3}(?:scam|fraud)",
            r"(?:someone|somebody|a\s+thief|a\s+hacker|hackers|fraudsters)\s+(?:\w+\s+){0,2}stole",
            r"(?:if|whether|wonder\w{0,3}|think|thought|suspect\w{0,2})\s+(?:this|that|it)"
            r"(?:'s|\s+is|\s+was)\s+(?:just\s+)?(?:a\s+)?(?:scam|fraud|con)",
        ),
        severity=Severity.MEDIUM,
        message="The writer angrily calls the company a scam or a thief.",
        examples=(
            "This is a scam, you charged me for nothing",
            "your company is a total rip off",
            "You guys are thieves",
            "You robbed me of £40",
            "That's daylight robbery",
        ),
        near_misses=(
            "Is this text a scam? It says my parcel is held",
            "I think I received a phishing scam email, who do I report it to?",
            "Someone stole my card, please block it",
            "Can someone tell me if this is a scam?",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.rude",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:so|extremely|incredibly|really|very|how|beyond|unbelievably|absolutely"
            r"|totally|downright|utterly|plain|just|super|bloody|fucking|outright|blatantly)\s+rude"
            r"(?!\w)"
            r"|(?<!\w)rude\s+(?:af|as\s+(?:hell|fuck))(?!\w)"
            r"|(?<!\w)(?:was|were|is|are|been|being|got)\s+(?:\w+\s+)?rude\s+(?:and|&|to\s+me"
            r"|to\s+us|with\s+me)(?!\w)"
            r"|(?<!\w)rude\s+(?:and|&)\s+(?:\w+\s+)?(?:unhelpful|arrogant|dismissive|disrespectful"
            r"|condescending|useless|aggressive|incompetent|obnoxious)(?!\w)"
            r"|(?<!\w)rude\s+(?:staff|agent|rep|representative|driver|employee|employees|cs|manager"
            r"|cashier|woman|man|guy|lady|people|person|worker|workers|staff\s+member|customer"
            r"\s+service|operator|advisor|adviser|crew|flight\s+attendant|receptionist)(?!\w)"
        ),
        anchors=("rude",),
        negatable=True,
        not_within=(
            r"(?:to\s+be|to\s+sound|to\s+seem|sound|seem|seemed|sounded|came\s+across\s+as"
            r"|come\s+across\s+as)\s+(?:\w+\s+)?rude",
            r"(?<!\w)(?:i|i'?m|i\s+was|i'?ve\s+been|i\s+am|we\s+were|of\s+me|myself)\s+"
            r"(?:\w+\s+){0,2}rude",
            r"rude\s+of\s+me",
            EMPATHY_FRAME,
        ),
        message="The writer angrily says they were treated rudely.",
        examples=(
            "The driver was so rude to my mum",
            "rude staff and a 40 minute queue",
            "Your agent was rude and dismissive",
            "That's rude af",
            "How rude :/",
        ),
        near_misses=(
            "Sorry if I was rude earlier, long day",
            "I don't mean to be rude but is there an update?",
            "Not rude at all, the driver was lovely",
            "I'm sorry the agent was rude to you, I'll pass this on",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.sucks",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            rf"(?<!\w)(?:(?:your|ur|this|the|their|these)\s+(?:[\w-]{{1,20}}\s+)?{_THING}s?"
            r"|you(?:\s+guys|\s+people|\s+all)?|y'?all|this)\s+(?:really\s+|totally\s+|fucking\s+"
            r"|just\s+|still\s+|absolutely\s+|seriously\s+|so\s+)?(?:sucks?|blows)(?!\w)"
            r"|(?<!\w)sucks?\s+(?:ass|balls|big\s+time)(?!\w)"
        ),
        anchors=("sucks", "suck", "blows"),
        negatable=True,
        not_within=(
            r"(?:it|that)\s+(?:\w+\s+)?sucks?\s+(?:that\s+)?(?:you|u)\b",
            r"(?:vacuum|hoover|fan|pump|filter|drain)\s+(?:\w+\s+)?(?:sucks?|blows)",
        ),
        message="The writer says the product or the service sucks.",
        examples=(
            "your service sucks!",
            "This app really sucks since the update",
            "battery life sucks ass",
            "You guys suck",
        ),
        near_misses=(
            "The vacuum sucks up everything, love it",
            "It doesn't suck, I just expected more storage",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.bullshit",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:this|that|it|thats|its|this\s+is|that\s+is|that'?s|it'?s|it\s+is)\s+"
            r"(?:just\s+|such\s+|complete\s+|total\s+|absolute\s+|utter\s+|some\s+|pure\s+"
            r"|fucking\s+|a\s+load\s+of\s+|a\s+bunch\s+of\s+|a\s+crock\s+of\s+)?"
            r"(?:bullshit|bs|bollocks|horseshit|bullcrap|bull|crap|shite|bullshite)(?!\w)"
            r"|(?<!\w)(?:such|what|this|pure|complete|total|absolute|utter)\s+(?:bullshit|bollocks"
            r"|horseshit|bullcrap)(?!\w)"
            r"|(?<!\w)(?:a\s+)?(?:load|bunch|pile|crock|full)\s+of\s+(?:crap|bullshit|rubbish|shite|shit"
            r"|bollocks|nonsense|bs|lies)(?!\w)"
            r"|(?<!\w)(?:bullshit|bs|bollocks)\s+(?:response|answer|excuse|excuses|reply|policy"
            r"|reason|service|charge|fee|fees|explanation|story|lies)(?!\w)"
        ),
        anchors=(
            "bullshit",
            "bs",
            "bollocks",
            "horseshit",
            "bullcrap",
            "bull",
            "crap",
            "shite",
            "bullshite",
            "load",
            "bunch",
            "pile",
            "crock",
            "full",
        ),
        negatable=True,
        not_within=(
            r"(?:bs|bull)\s+(?:degree|in\s+\w+|from|program|course)",
            r"(?:load|bunch|pile)\s+of\s+(?:crap|rubbish)\s+(?:to\s+(?:the\s+)?(?:tip|dump|bin)"
            r"|collected|removed|in\s+(?:my|the)\s+(?:garage|garden|yard|loft))",
            r"(?<!\w)bull\s+(?:market|run|terrier|dog|ring|fight)",
        ),
        message="The writer calls the situation or the answer bullshit.",
        examples=(
            "this is bullshit",
            "That's a load of crap and you know it",
            "well thats some bullshit",
            "Spare me the bullshit excuses",
            "What a load of rubbish",
        ),
        near_misses=(
            "Does the bs degree count for the student discount?",
            "Not bullshit at all, it really works",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.defiance",
        label=L.EMOTION_ANGER,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:don'?t|do\s+not|dont)\s+(?:you\s+)?(?:dare\s+)?tell\s+me\s+(?:to\s+)?"
            r"(?:calm\s+down|relax|chill|be\s+patient|what\s+to\s+do|how\s+to\s+feel|to\s+wait"
            r"|wait|take\s+it\s+easy|to\s+calm\s+down)(?!\w)"
            r"|(?<!\w)(?:don'?t|do\s+not|dont)\s+(?:you\s+)?dare(?!\w)"
            r"|(?<!\w)who\s+do\s+you\s+think\s+you\s+are(?!\w)"
            r"|(?<!\w)(?:just\s+)?do\s+your\s+(?:damn\s+|fucking\s+|bloody\s+|freaking\s+|effing\s+)?"
            r"job(?!\w)(?!\s{1,3}(?:well|so\s+well|great|brilliantly))"
            r"|(?<!\w)(?:are|r)\s+(?:you|u)\s+(?:even\s+)?(?:listening|reading)\s{0,3}\?"
            r"|(?<!\w)(?:taking|take)\s+the\s+(?:piss|mick|mickey|michael)(?!\w)"
            r"|(?<!\w)i\s+(?:demand|want)\s+(?:some\s+)?answers(?!\w)"
        ),
        anchors=(
            "tell",
            "dare",
            "think",
            "job",
            "listening",
            "reading",
            "piss",
            "mick",
            "mickey",
            "michael",
            "answers",
        ),
        message="The writer angrily pushes back at the agent.",
        examples=(
            "Don't tell me to calm down",
            "dont tell me to be patient, it's been a month",
            "Do your job and refund me",
            "Are you even listening?",
            "This is taking the piss now",
            "I want answers",
        ),
        near_misses=(
            "You do your job so well, thank you!",
            "Can you tell me how to reset it?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.displeased",
        label=L.EMOTION_ANGER,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:not|less\s+than|far\s+from|hardly)\s+(?:at\s+all\s+|very\s+|remotely\s+"
            r"|too\s+|overly\s+|best\s+)?(?:impressed|pleased|amused)(?!\w)"
            r"|(?<!\w)(?:very|highly|extremely|really|so|thoroughly|completely|totally|most)\s+"
            r"(?:unimpressed|unhappy|displeased|dissatisfied)(?!\w)"
            r"|(?<!\w)(?:unimpressed|displeased)(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we're|we\s+are|i\s+was|we\s+were|i'?ve\s+been)\s+"
            r"(?:(?:so|very|really|extremely|just|quite|pretty|honestly|still|now)\s+)?"
            r"(?:not\s+(?:at\s+all\s+|very\s+|too\s+)?happy|unhappy|dissatisfied)"
            r"(?!\w)(?!\s{1,3}(?:to\s+(?:help|hear|say|see|report|wait|pay)|birthday|holidays))"
            r"|(?<!\w)(?:epic|massive|huge|big)\s+fail(?!\w)"
        ),
        anchors=(
            "impressed",
            "pleased",
            "amused",
            "unimpressed",
            "unhappy",
            "displeased",
            "dissatisfied",
            "happy",
            "fail",
        ),
        not_within=(
            r"(?:not|never)\s+(?:\w+\s+)?(?:unhappy|dissatisfied|displeased|unimpressed)",
            r"(?:if|unless|in\s+case)\s+(?:\w+\s+){0,3}(?:not\s+happy|unhappy|dissatisfied)",
            r"happy\s+(?:with|for)\s+(?:either|both|whatever|any)",
            r"(?:was|were|i\s+was)\s+(?:\w+\s+)?not\s+(?:impressed|happy)\s+(?:at\s+first|before"
            r"|initially)",
            r"(?:fail|failed|failing)\s+(?:to|safe)",
        ),
        severity=Severity.LOW,
        message="The writer says they are displeased with the service.",
        examples=(
            "Not impressed, @AcmeAir. Four hours late",
            "I'm not happy about this at all",
            "very unhappy with the repair",
            "Order botched again, epic fail",
        ),
        near_misses=(
            "I was not impressed at first but the new version is great",
            "Either option works, I'm happy with both",
            "I'm not unhappy with the phone, just curious about the update",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.hashtag",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        pattern=r"#(?:[a-z0-9_]{0,30}(?:sucks|fail|fails)|epicfail|worst\w{0,20}|rage)(?!\w)",
        message="An angry hashtag such as #fail or #acmesucks.",
        examples=("no internet again #acmesucks", "Order botched. #fail #neveragain"),
        near_misses=("#failsafe mode is on", "loving the new #playlist"),
        source="common support language",
    ),
    Rule(
        id="en.emotion.anger.emoji",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        phrases=("😡", "🤬", "💢", "😠", "👿", "🖕"),
        message="An angry face emoji.",
        examples=(
            "still no refund 😡",
            "my parcel is lost again 🤬🤬",
            "🖕🖕🖕",
        ),
        near_misses=("thanks so much 😊", "it works now 🙌"),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.anger.emoji_huff",
        label=L.EMOTION_ANGER,
        speakers=BOTH,
        phrases=("😤",),
        # The face with steam from the nose also means pride or determination.
        not_if_message_has=(
            r"(?<!\w)(?:thank|thanks|thx|love|lets\s+go|let's\s+go|proud|finally|yes|win|won)"
            r"(?!\w)|💕|❤|😍|🥰|💪|🔥|🙌|🎉|🏆",
        ),
        severity=Severity.LOW,
        message="A huffing face emoji, usually frustration.",
        examples=("On hold for an hour 😤", "Fix this mess 😤😤"),
        near_misses=("Thank you 😤💕", "finally got tickets 😤🔥"),
        source="taxonomy.md",
    ),
    # --- emotion.distress --------------------------------------------------------------
    Rule(
        id="en.emotion.distress.afford",
        label=L.EMOTION_DISTRESS,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:can'?t|cannot|can\s+not|could\s+not|couldn'?t|unable\s+to|not\s+able\s+to"
            r"|struggling\s+to|struggle\s+to|barely|won'?t\s+be\s+able\s+to)\s+"
            r"(?:even\s+|really\s+|possibly\s+|just\s+)?afford(?!\w)"
            r"(?!\s{1,3}(?:not\s+to|to\s+(?:wait|miss|waste|lose\s+(?:time|any\s+more\s+time)"
            r"|delay|be\s+late|have\s+(?:another|any\s+more)\s+(?:delay|outage))))"
            r"|(?<!\w)(?:make|making)\s+ends\s+meet(?!\w)"
            r"|(?<!\w)(?:living|live)\s+(?:from\s+)?pay\s*check\s+to\s+pay\s*check(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we're|we\s+are)\s+(?:\w+\s+)?(?:broke|skint|penniless"
            r"|unemployed|on\s+benefits|on\s+a\s+fixed\s+income|in\s+debt|behind\s+on\s+(?:rent"
            r"|my\s+bills|bills|payments))(?!\w)"
            r"|(?<!\w)(?:took|taken|take|taking|lost|losing|stole|stolen|was|is|that'?s|charged"
            r"|cost|costs|wiped\s+out|drained|emptied)\s+(?:\w+\s+)?(?:all|the\s+last\s+of)\s+"
            r"(?:of\s+)?(?:my|our)\s+money(?!\w)"
            r"|(?<!\w)(?:no|not\s+any)\s+money\s+(?:left|for\s+(?:food|rent|bills)|to\s+(?:eat|pay))"
            r"|(?<!\w)(?:can'?t|cannot|couldn'?t)\s+(?:pay|cover|make)\s+(?:my|our|the)\s+"
            r"(?:rent|bills|mortgage|electric\w{0,20}|gas\s+bill|heating|groceries)"
            r"|(?<!\w)(?:can'?t|cannot|couldn'?t)\s+(?:feed|buy\s+food\s+for)\s+(?:my|our)\s+"
            r"(?:kids|children|family|baby)(?!\w)"
        ),
        anchors=(
            "afford",
            "ends",
            "paycheck",
            "check",
            "broke",
            "skint",
            "penniless",
            "unemployed",
            "benefits",
            "income",
            "debt",
            "behind",
            "money",
            "rent",
            "bills",
            "mortgage",
            "feed",
            "food",
            "pay",
        ),
        not_within=(
            r"(?<!\w)(?:you|they|people|who|he|she|u|customers|those\s+who|anyone)\s+(?:who\s+)?"
            r"(?:\w+\s+)?(?:can'?t|cannot|couldn'?t)\s+afford",
            r"(?:if|unless)\s+(?:you|they|people)\b[^.!?]{0,20}afford",
            r"money\s+(?:left|back)\s+(?:in|on)\s+(?:my|the)\s+(?:account|card|balance|wallet)\s+"
            r"(?:is|shows|says)",
        ),
        message="The writer is in financial hardship and may not be able to pay.",
        examples=(
            "I can't afford this fee",
            "I genuinely cannot afford another £60 charge",
            "We're struggling to make ends meet as it is",
            "That was all my money for the week",
            "I'm unemployed and you took £200 out of my account",
            "I can't pay my rent because of your mistake",
            "can't feed my kids until this is sorted",
        ),
        near_misses=(
            "I can't afford to wait two weeks, can it come sooner?",
            "If you can't afford premium there's a free tier",
            "Can I afford the upgrade if I switch plans?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.distress.helpless",
        label=L.EMOTION_DISTRESS,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:i'?m|i\s+am|we're|we\s+are|getting|feeling|so|really)\s+"
            r"(?:\w+\s+)?(?:desperate|helpless|hopeless)(?!\w)"
            r"|(?<!\w)desperate(?:ly)?\s+(?:for\s+help|need|needing|trying|waiting|in\s+need)(?!\w)"
            r"|(?<!\w)(?:i|we)\s+desperately(?!\w)"
            r"|(?<!\w)(?:i|we)\s+(?:don'?t|do\s+not|dont)\s+know\s+what\s+(?:else\s+)?(?:to|i\s+"
            r"(?:can|should)|we\s+(?:can|should))\s+do(?!\w)(?!\s{1,3}(?:with|about\s+the\s+\w+\s+"
            r"(?:setting|option)|first|next|in\s+(?:the\s+)?app))"
            r"|(?<!\w)(?:don'?t|do\s+not)\s+know\s+where\s+(?:else\s+)?to\s+(?:turn|go)(?!\w)"
            r"|(?<!\w)(?:nowhere|no\s+one|nobody)\s+(?:else\s+)?to\s+turn(?!\w)"
            r"|(?<!\w)at\s+(?:my|our)\s+wits'?\s+end(?!\w)"
            r"|(?<!\w)at\s+the\s+end\s+of\s+my\s+(?:rope|tether)(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am)\s+begging(?:\s+you)?(?!\w)|(?<!\w)i\s+beg\s+(?:you|of\s+you)(?!\w)"
            r"|(?<!\w)please,?\s+i'?m\s+begging(?!\w)"
            r"|(?<!\w)(?:i\s+have|i'?ve\s+got|we\s+have)\s+no\s+(?:other\s+)?(?:options?|choice"
            r"|one\s+else|idea\s+what\s+to\s+do)\s+(?:left|anymore|any\s+more)(?!\w)"
        ),
        anchors=(
            "desperate",
            "desperately",
            "helpless",
            "hopeless",
            "know",
            "turn",
            "wits",
            "rope",
            "tether",
            "begging",
            "beg",
            "options",
            "option",
            "choice",
            "one",
            "idea",
        ),
        not_within=(
            r"(?:not|never|ain'?t|isn'?t)\s+(?:that\s+)?desperate",
            r"desperate\s+housewives",
            r"hopeless(?:ly)?\s+(?:romantic|devoted|in\s+love)",
            r"(?:don'?t|do\s+not)\s+know\s+what\s+to\s+do\s+with\s+(?:all|my|myself|so\s+much)",
        ),
        message="The writer feels desperate or helpless.",
        examples=(
            "I'm desperate, I need my phone working for work tomorrow",
            "I don't know what else to do",
            "i dont know what to do anymore, nobody will help",
            "I'm at my wits' end with this",
            "Please, I'm begging you, just reconnect the power",
            "We desperately need the wheelchair that was lost",
        ),
        near_misses=(
            "I don't know what to do with all these free credits haha",
            "Not that desperate for the new phone, I can wait",
            "Which of the two settings should I pick?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.distress.fear",
        label=L.EMOTION_DISTRESS,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|we're|we\s+are|we\s+were|i\s+feel"
            r"|feeling|i\s+(?:got|get))(?:\s+(?:so|very|really|extremely|super|absolutely|truly"
            r"|incredibly|honestly|genuinely|just|quite|pretty|literally|getting|a\s+bit|a\s+little"
            r"|now|completely|utterly|totally|bloody|fucking|beyond|seriously))?\s+"
            r"(?:scared|terrified|frightened|petrified|panicking|panicked|distraught|devastated"
            r"|heartbroken|beside\s+myself|worried\s+sick|freaking\s+out|in\s+(?:a\s+)?panic"
            r"|so\s+stressed|really\s+stressed|stressed\s+out|in\s+bits|a\s+(?:nervous\s+)?wreck"
            r"|shaking|traumati[sz]ed|really\s+worried|so\s+worried|very\s+worried|anxious|afraid"
            r"\s+(?:for|of)|overwhelmed|not\s+safe|unsafe|in\s+danger)(?!\w)"
            r"|(?<!\w)scared\s+(?:to\s+death|for\s+my|for\s+our)(?!\w)"
            r"|(?<!\w)(?:i|we)\s+(?:don'?t|do\s+not)\s+feel\s+safe(?!\w)"
            r"|(?<!\w)(?:panic|anxiety)\s+attacks?(?!\w)"
            r"|(?<!\w)losing\s+sleep(?!\w)"
        ),
        anchors=(
            "scared",
            "terrified",
            "frightened",
            "petrified",
            "panicking",
            "panicked",
            "distraught",
            "devastated",
            "heartbroken",
            "beside",
            "worried",
            "freaking",
            "panic",
            "stressed",
            "bits",
            "wreck",
            "shaking",
            "traumatised",
            "traumatized",
            "anxious",
            "afraid",
            "overwhelmed",
            "safe",
            "unsafe",
            "danger",
            "anxiety",
            "sleep",
        ),
        negatable=True,
        not_if_message_has=(LAUGHTER,),
        not_within=(
            r"(?:i'?m|i\s+am)\s+(?:\w+\s+)?afraid\s+(?:i|we|that|so|not|it|this|there)",
            r"(?:can'?t|cannot)\s+sleep\s+(?:mode|timer|setting|function)",
            r"sleep\s+(?:timer|mode)",
        ),
        message="The writer is scared, panicking or overwhelmed.",
        examples=(
            "I'm scared someone has access to my bank account",
            "I'm absolutely terrified, my card was used in another country",
            "we are stressed out, the movers come tomorrow and the boxes never arrived",
            "I'm worried sick, my daughter's flight was diverted and I can't reach her",
            "I don't feel safe with that driver",
            "I'm losing sleep over this",
        ),
        near_misses=(
            "I'm not scared of a little rain, leave it at the door",
            "I'm afraid I won't be home, can you deliver on Friday?",
            "lol I was so scared the song would be removed 😂",
            "How do I set the sleep timer?",
        ),
        source="common support language",
    ),
    Rule(
        id="en.emotion.distress.tears",
        label=L.EMOTION_DISTRESS,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:in|to|into|near|close\s+to|on\s+the\s+verge\s+of|holding\s+back)\s+tears(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|im|i'?ve\s+been|i\s+was|been|we're|literally|now|was|"
            r"just)\s+(?:\w+\s+)?(?:crying|sobbing|bawling|weeping)(?!\w)"
            r"|(?<!\w)(?:i|we)\s+(?:\w+\s+)?(?:cried|sobbed|broke\s+down)(?!\w)"
            r"|(?<!\w)crying\s+my\s+eyes\s+out(?!\w)"
            r"|(?<!\w)(?:made|making|makes)\s+me\s+(?:want\s+to\s+)?cry(?!\w)"
        ),
        anchors=(
            "tears",
            "crying",
            "sobbing",
            "bawling",
            "weeping",
            "cried",
            "sobbed",
            "broke",
            "cry",
        ),
        negatable=True,
        not_if_message_has=(LAUGHTER, r"😭\s*😭\s*😭", r"tears\s+of\s+joy", r"happy\s+tears"),
        not_within=(
            r"(?:song|album|track|playlist|lyrics?|music|episode|movie|film|video|ad|advert"
            r"|commercial|listen\w{0,20}|cover|concert|performance|voice)\b[^.!?\n]{0,60}"
            r"(?:tears|cry\w{0,20}|cried|sobb\w{0,20})",
            r"(?:tears|cry\w{0,20}|cried|sobb\w{0,20})[^.!?\n]{0,60}"
            r"(?:song|album|track|playlist|lyrics|music|episode|movie|film|video|beautiful)",
            r"(?:broke|broken)\s+down\s+(?:on|at|in|by|near|outside)",
            r"(?:car|bus|train|van|truck|lorry)\s+(?:\w+\s+)?broke\s+down",
        ),
        message="The writer is in tears.",
        examples=(
            "I'm in tears, my wedding dress hasn't arrived",
            "I've been crying all morning over this",
            "I literally cried on the phone to your agent",
            "this is making me want to cry",
        ),
        near_misses=(
            "I'm crying 😂 the chatbot called me dude",
            "This song always makes me cry, so beautiful",
            "The bus broke down on the way, I'll be late",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.distress.hardship",
        label=L.EMOTION_DISTRESS,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:my|our)\s+(?:\w+\s+)?(?:kids|children|child|baby|babies|newborn|toddler"
            r"|family|son|daughter|mother|mom|mum|father|dad|grandmother|grandma|nan|gran"
            r"|grandfather|grandpa|wife|husband|partner)\s+(?:\w+\s+){0,3}(?:no|without)\s+"
            r"(?:any\s+)?(?:heat|heating|food|water|hot\s+water|power|electricity|medicine"
            r"|medication|formula|nappies|diapers|a\s+home|a\s+roof|shelter|a\s+bed)(?!\w)"
            r"|(?<!\w)(?:no|without)\s+(?:any\s+)?(?:heat|heating)\s+(?:or\s+\w+\s+)?"
            r"(?:in|for|and|since|during|with|at|all)\s+(?:\w+\s+){0,3}"
            r"(?:winter|freezing|cold|snow|days?|weeks?|nights?|kids|children|baby|degrees|below"
            r"|house|home|flat|apartment)(?!\w)"
            r"|(?<!\w)(?:freezing|cold)\b[^.!?\n]{0,40}(?:no|without)\s+(?:heat|heating)(?!\w)"
            r"|(?<!\w)(?:lose|losing|lost)\s+(?:my|our)\s+(?:home|house|flat|apartment|job)(?!\w)"
            r"|(?<!\w)(?:evicted|eviction|homeless|facing\s+eviction)(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we're|we\s+are|i\s+was|we\s+were|left|leaving|been|got)\s+"
            r"(?:\w+\s+)?stranded(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we're|we\s+are)\s+(?:\w+\s+)?stuck\s+(?:at|in)\s+(?:the\s+)?"
            r"(?:airport|station)\s+(?:\w+\s+){0,4}(?:alone|with\s+(?:my|a|two|three|\d)\s+\w+"
            r"|overnight|all\s+night|no\s+\w+)"
        ),
        anchors=(
            "heat",
            "heating",
            "food",
            "water",
            "power",
            "electricity",
            "medicine",
            "medication",
            "formula",
            "nappies",
            "diapers",
            "home",
            "roof",
            "shelter",
            "bed",
            "freezing",
            "cold",
            "lose",
            "losing",
            "lost",
            "evicted",
            "eviction",
            "homeless",
            "stranded",
            "stuck",
        ),
        not_within=(
            r"(?:lost|losing)\s+my\s+(?:home|house)\s+(?:key|keys|screen|button|page|address)",
            r"no\s+heat\s+(?:in|on|to)\s+(?:the|my|this|it)\s+(?:salsa|sauce|burrito|bowl|food|"
            r"chicken|dish|meal|wings)",
            r"(?:stranded|stuck)\s+(?:in|at)\s+(?:the\s+)?(?:app|menu|screen|loading|login)",
        ),
        message="The writer or their family lacks basic needs or faces losing their home.",
        examples=(
            "my kids have no heat and it's freezing",
            "We've been without heating for 5 days in this cold",
            "I'm going to lose my job if this isn't fixed",
            "we're facing eviction because the payment bounced",
            "I'm stranded at Heathrow with no hotel",
            "My elderly mother has been without water since Tuesday",
        ),
        near_misses=(
            "There's no heat in the salsa at all lol",
            "I lost my home screen widget after the update",
            "Our kids love the new family plan",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.emotion.distress.health_and_loss",
        label=L.EMOTION_DISTRESS,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:my|our)\s+(?:\w+\s+)?(?:kids?|children|child|baby|son|daughter|mother"
            r"|mom|mum|father|dad|grandmother|grandma|nan|gran|grandfather|grandpa|wife"
            r"|husband|partner|brother|sister|fianc\w{1,2}|friend|dog|cat)\s+(?:just\s+|recently\s+"
            r"|sadly\s+|suddenly\s+)?(?:died|passed\s+away|passed(?=\s{0,3}(?:[.!,;]|$))|passed\s+"
            r"(?:last|yesterday|recently|this\s+(?:week|month|year|morning)|earlier)|is\s+dying|was\s+killed|has\s+"
            r"cancer|is\s+in\s+(?:the\s+)?hospital|is\s+in\s+(?:the\s+)?icu|is\s+(?:very\s+|"
            r"seriously\s+|terminally\s+)?ill|had\s+a\s+(?:stroke|heart\s+attack)|is\s+disabled"
            r"|is\s+in\s+a\s+wheelchair)(?!\w)"
            r"|(?<!\w)(?:passed\s+away|bereavement|bereaved)(?!\w)"
            r"|(?<!\w)(?:(?:my|our|his|her|their)\s+(?:\w+'?s\s+)?|(?:to|for|at|attend|attending"
            r"|arrange|arranging|after|before)\s+(?:a|the|my|his|her)\s+(?:\w+'?s\s+)?)funeral(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|i\s+have\s+been|my\s+\w+\s+(?:is|was"
            r"|has\s+been))\s+(?:\w+\s+)?(?:terminally\s+ill|on\s+dialysis|in\s+hospice"
            r"|hospitali[sz]ed|(?:going\s+through|having|on|starting|in)\s+chemo(?:therapy)?)(?!\w)"
            r"|(?<!\w)(?:i\s+have|i'?ve\s+got|my\s+\w+\s+has)\s+(?:\w+\s+)?(?:terminal\s+)?cancer"
            r"(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|been|currently|still)\s+(?:\w+\s+)?in\s+"
            r"(?:the\s+)?(?:hospital|icu|emergency\s+room)(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we're|we\s+are)\s+(?:(?:\w+|legally|registered|severely)\s+)?"
            r"(?:disabled|legally\s+blind|registered\s+blind|visually\s+impaired|partially\s+sighted"
            r"|deaf|hard\s+of\s+hearing|housebound|elderly|in\s+a\s+wheelchair|pregnant"
            r"|chronically\s+ill|immunocompromised)(?!\w)"
            r"|(?<!\w)(?:i'?m\s+an?|i\s+am\s+an?|ima|we're|we\s+are)\s+(?:\w+\s+)?"
            r"(?:single\s+(?:mom|mum|mother|parent|dad|father)s?|pensioners?|carers?|widow(?:er)?s?"
            r"|amputee|wheelchair\s+users?)(?!\w)"
            r"|(?<!\w)(?:without|no|need|needs|lost|missing|ran\s+out\s+of|run\s+out\s+of|out\s+of"
            r"|waiting\s+for)\s+(?:my|our|his|her)\s+(?:\w+\s+)?(?:insulin|medication|meds"
            r"|medicine|inhaler|oxygen|wheelchair|epi\W?pen|hearing\s+aids?)(?!\w)"
        ),
        anchors=(
            "died",
            "passed",
            "dying",
            "killed",
            "cancer",
            "hospital",
            "icu",
            "ill",
            "stroke",
            "heart",
            "disabled",
            "wheelchair",
            "bereavement",
            "bereaved",
            "funeral",
            "terminally",
            "terminal",
            "chemo",
            "chemotherapy",
            "dialysis",
            "hospitalised",
            "hospitalized",
            "hospice",
            "emergency",
            "blind",
            "deaf",
            "housebound",
            "single",
            "pensioner",
            "elderly",
            "pregnant",
            "carer",
            "chronically",
            "immunocompromised",
            "insulin",
            "medication",
            "meds",
            "medicine",
            "inhaler",
            "oxygen",
            "epipen",
            "epi",
            "hearing",
            "impaired",
            "sighted",
        ),
        not_within=(
            r"(?:phone|battery|laptop|screen|car|app|account|order|package|parcel|router|tv|"
            r"console|controller|headphones)\s+(?:just\s+|has\s+|completely\s+)?(?:died|passed)",
            r"passed\s+(?:the|my|on|it|through|to|by|a|an)\b",
            r"(?:dog|cat)\s+(?:just\s+)?passed\s+(?:the|me|by|out)",
            r"icu\s+(?:code|error)",
        ),
        message="The writer mentions bereavement, illness or a disability that calls for care.",
        examples=(
            "My father passed away last month and I need to close his account",
            "my wife is in hospital and I can't get through to anyone",
            "I'm disabled and can't get to the post office",
            "I'm a single mum and you cut off my internet",
            "we've run out of her insulin and the parcel is lost",
        ),
        near_misses=(
            "My phone just died, can I call back later?",
            "My son passed the driving test, can he be added to the policy?",
            "I passed the verification step but the app froze",
        ),
        source="common support language",
    ),
)

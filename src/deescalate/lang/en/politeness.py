"""Politeness strategies (Danescu-Niculescu-Mizil et al. 2013), for either speaker.

The markers of "A computational approach to politeness" (ACL 2013), written as
rules over the folded view. Many strategies are about the first word of a
sentence ("Please do X", "So why...", "I need..."), so the patterns share
:data:`SENTENCE_START`, a lookbehind for the start of the message or of a
sentence. Handles are blanked to spaces in the folded view, so a tweet that
opens "@AppleSupport hi" still starts with "hi".
"""

from __future__ import annotations

from deescalate.labels import Label
from deescalate.lang.en._shared import BOTH
from deescalate.rules import Rule

L = Label
SOURCE = "Danescu-Niculescu-Mizil et al. 2013"

# The body of a lookbehind for "a sentence starts here": the start of the message
# (after blanked handles, bullets, quotes or a colon), sentence punctuation followed by
# whitespace (not "libfoo.so", not "e.g. so"), or a line break.
_START_BODY = (
    r"^[\s:,;>*_\"'(\-]{0,100}"
    r"|(?<!\b(?:e\.g|i\.e|vs|cf|etc))[.!?][\"')\]*_]{0,3}\s{1,20}"
    r"|\n[\s>*_\"'(\-]{0,20}"
)
SENTENCE_START = rf"(?<=(?:{_START_BODY}))"
"""Zero-width: the next character opens the message or a sentence."""
NOT_SENTENCE_START = rf"(?<!(?:{_START_BODY}))"
"""Zero-width: the next character does not open the message or a sentence."""


def sentence_start_before(words: str) -> str:
    """Zero-width: a sentence starts here, with one of ``words`` (a regex alternation).

    The lookahead on the words comes first, so the sentence-start lookbehind only
    runs where one of the words is: several times faster on long messages.
    """
    return rf"(?<!\w)(?=(?:{words})\b){SENTENCE_START}"


def opening(words: str) -> str:
    """A pattern for one of ``words`` (a regex alternation) opening a sentence."""
    return rf"{sentence_start_before(words)}(?:{words})"


# "please" and its chat spellings, as a word.
_PLEASE = r"(?:please|pls|plz|plse|pleasee)"
# Hedging verbs after "I": "I think", "I'd guess", "I don't believe".
_HEDGE_VERBS = (
    "think",
    "guess",
    "believe",
    "suppose",
    "assume",
    "suspect",
    "reckon",
    "imagine",
    "presume",
)

# Direct questions: a wh-word first or second in its sentence ("Why...", "So what...").
_LEAD = (
    "so|and|but|or|then|ok|okay|well|also|now|just|exactly|again|hmm|um|uh|wait|anyway"
    "|seriously|honestly"
)
_WH = "what|why|who|whom|whose|how"
# What follows a wh-word that opens a question even without a question mark.
_QUESTION_VERBS = (
    r"is|are|was|were|do|does|did|can|could|would|will|should|shall|has|have|had|am"
    r"|the\s{1,3}hell|on\s{1,3}earth|else|exactly|kind|sort|type|about|many|much|long|often"
    r"|big|far|happened|makes?"
)

# Before a modal, a word that turns "would you" from a request into a challenge:
# "why would you", "why on earth would you", "how come you", "how could you".
_CHALLENGE_BEFORE = (
    r"(?:\b(?:why|how\s{1,3}come)(?:\s{1,3}(?:in\s{1,3}the\s{1,3}world|on\s{1,3}earth"
    r"|the\s{1,3}hell))?\s{1,3}"
    r"|\bhow\s{1,3}(?=could\b))"
)
# Who a modal request is put to: "could you", "would someone".
_ADDRESSEE = r"(?:(?:please|pls)\s{1,3})?(?:you|u|ya|someone|somebody|anyone|anybody)\b"

# Praise words of a compliment ("a great question", "nice work").
_PRAISE = (
    "great|good|nice|excellent|interesting|fair|valid|awesome|fantastic|brilliant|helpful"
    "|insightful|thoughtful"
)

RULES: tuple[Rule, ...] = (
    # --- please ---------------------------------------------------------------------------
    Rule(
        id="en.politeness.please.mid_sentence",
        label=L.POLITENESS_PLEASE,
        speakers=BOTH,
        pattern=rf"(?<!\w)(?={_PLEASE}\b){NOT_SENTENCE_START}{_PLEASE}(?!\w)",
        anchors=("please", "pls", "plz", "plse", "pleasee"),
        not_within=(
            r"\b(?:eager|hard|easy|impossible|trying|try|tries|aim|aims|aiming|want|wants"
            r"|wanted|hoping|hope)\s+to\s+please\b",
            r"\b(?:can'?t|cannot|could\s?n'?t|never)\s+please\s+(?:every|all|them|him|her)",
        ),
        message="The writer softens a request with 'please' inside the sentence.",
        examples=(
            "Could you please send me the invoice again?",
            "Can you check my order status pls",
            "I've attached the receipt, please find it below.",
            "Hi team, please reset my password.",
        ),
        near_misses=(
            "Please send me the invoice again.",
            "I was very pleased with the service.",
            "You can't please everyone, I know.",
            "My manager is hard to please.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.please_start.bare",
        label=L.POLITENESS_PLEASE_START,
        speakers=BOTH,
        pattern=rf"{opening(_PLEASE)}(?!\w)",
        anchors=("please", "pls", "plz", "plse", "pleasee"),
        message="A sentence opens with a bare 'Please do X', which reads as a command.",
        examples=(
            "Please send me the invoice again.",
            "My order is late. Please check it.",
            "@AcmeHelp pls fix the app",
            "Please find attached the signed form.",
        ),
        near_misses=(
            "Could you please send me the invoice again?",
            "Hi, please call me back.",
            "I was pleased with the result.",
        ),
        source=SOURCE,
    ),
    # --- hedges ---------------------------------------------------------------------------
    Rule(
        id="en.politeness.hedge.i_think",
        label=L.POLITENESS_HEDGE,
        speakers=BOTH,
        phrases=(
            "(i|i don't|i do not|i didn't|i did not|i would|i'd) (" + "|".join(_HEDGE_VERBS) + ")",
            "(i'm|i am|i was) (guessing|assuming|thinking|wondering|hoping)",
            "i wonder*",
            "i feel (like|that)",
        ),
        message="The writer hedges with 'I think' or a similar verb, softening the claim.",
        examples=(
            "I think the charge was applied twice.",
            "i guess the parcel got lost",
            "I don't believe that setting exists in version 2.",
            "I'm assuming you restarted the router?",
            "I was wondering if you could take another look.",
        ),
        near_misses=(
            "The thinking behind this policy is clear.",
            "I feel terrible about this.",
            "Did you think about restarting it?",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.hedge.maybe",
        label=L.POLITENESS_HEDGE,
        speakers=BOTH,
        phrases=(
            "maybe",
            "perhaps",
            "possibly",
            "probably",
            "presumably",
            "apparently",
            "arguably",
            "might",
            "mayb",
            "may be",
            "could be",
            "likely",
        ),
        message="The writer hedges with 'maybe', 'perhaps', 'might' or a similar word.",
        examples=(
            "Maybe the update broke something?",
            "Perhaps you could add an example.",
            "It might be a caching problem.",
            "The order has probably shipped already.",
        ),
        near_misses=(
            "The update broke the app.",
            "It is definitely a caching problem.",
            "Is it possible to change the address?",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.hedge.seems",
        label=L.POLITENESS_HEDGE,
        speakers=BOTH,
        phrases=(
            "(it|this|that|there|which) (seems|seemed|appears|appeared)",
            "(seems|seem|seemed|appears|appear) (to|like|that)",
            "(it|this|that) looks like",
            "sounds like",
        ),
        message="The writer hedges with 'it seems' or 'it looks like' instead of asserting.",
        examples=(
            "It seems the payment didn't go through.",
            "This looks like a bug in the exporter.",
            "The file appears to be corrupted.",
            "Sounds like a network issue.",
        ),
        near_misses=(
            "The payment didn't go through.",
            "It looks good now.",
            "The seams on the jacket are torn.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.hedge.suggest",
        label=L.POLITENESS_HEDGE,
        speakers=BOTH,
        phrases=(
            "(i|i would|i'd) (suggest|recommend|propose)",
            "my suggestion",
            "(you|u) (might|may) want to",
            "i would say",
            "i'd say",
        ),
        message="The writer offers advice as a suggestion rather than an order.",
        examples=(
            "I suggest restarting the app first.",
            "I'd recommend clearing the cache.",
            "You may want to check the spam folder.",
            "My suggestion would be to use the export tool.",
        ),
        near_misses=(
            "Restart the app first.",
            "Any suggestions are welcome.",
            "The recommended settings are below.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.hedge.uncertain",
        label=L.POLITENESS_HEDGE,
        speakers=BOTH,
        phrases=(
            "not (sure|certain)",
            "unsure",
            "if i (understand|understood|read|remember|recall) [(you|this|that|it)]"
            " (correctly|right)",
            "as far as i (know|can tell|understand)",
            "correct me if i'm wrong",
            "unless i'm (mistaken|missing something)",
            "(afaik|afaict|iirc|imo|imho)",
            "in my (opinion|view|experience)",
            "to my knowledge",
        ),
        message="The writer admits uncertainty or marks a claim as their own view.",
        examples=(
            "I'm not sure the refund went through.",
            "If I understand correctly, the plan renews monthly?",
            "AFAIK the store closes at six.",
            "In my opinion the old version was faster.",
        ),
        near_misses=(
            "Make sure the refund goes through.",
            "I understand the plan renews monthly.",
            "I know the store closes at six.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.hedge.downtoner",
        label=L.POLITENESS_HEDGE,
        speakers=BOTH,
        pattern=(
            r"(?<!\w)(?:somewhat|slightly|more\s{1,3}or\s{1,3}less|a\s{1,3}(?:tiny\s{1,3})?bit"
            r"|a\s{1,3}little(?=\s{1,3}(?:bit|more|less|too|unclear|confus\w{0,4}|vague|hard"
            r"|difficult|tricky|odd|strange|late|slow|lost|concerned|worried|disappointed"
            r"|surprised|\w{1,20}ly|\w{1,20}er)\b)"
            # "kind of"/"sort of" as a softener, not as "what kind of", "this sort of".
            r"|(?<!\b(?:what|which|this|that|these|those|any|some|the|a|an|one|same|every|no"
            r"|each|its|my|your|our|their|his|her|other|another|what's|whatever|a\s{1,3}new"
            r"|right|wrong|different|similar|certain|particular|specific)\s{1,3})"
            r"(?:kind|sort)\s{1,3}of)(?!\w)"
        ),
        anchors=("somewhat", "slightly", "more", "bit", "little", "kind", "sort"),
        message="The writer softens a claim or request ('a bit', 'somewhat', 'kind of').",
        examples=(
            "The instructions are a bit unclear to me.",
            "It is somewhat slower since the update.",
            "I'm kind of lost with the setup.",
            "Could you explain a little more?",
        ),
        near_misses=(
            "What kind of router do you have?",
            "A little girl found my wallet.",
            "This sort of thing happens every week.",
            "I need more or fewer seats, not the same.",
        ),
        source=SOURCE,
    ),
    # --- deference ------------------------------------------------------------------------
    Rule(
        id="en.politeness.deference.positive_start",
        label=L.POLITENESS_DEFERENCE,
        speakers=BOTH,
        pattern=(
            opening(
                "great|good|nice|interesting|cool|excellent|awesome|fantastic|brilliant|wonderful"
            )
            + r"\b"
            r"(?!\s{1,3}(?:morning|afternoon|evening|day|night|luck|grief|heavens?|god|lord"
            r"|britain|try)\b)"
        ),
        anchors=(
            "great",
            "good",
            "nice",
            "interesting",
            "cool",
            "excellent",
            "awesome",
            "fantastic",
            "brilliant",
            "wonderful",
        ),
        message="A sentence opens with a positive word ('Great', 'Nice', 'Interesting').",
        examples=(
            "Great question! The answer depends on your plan.",
            "Interesting. Have you tried the beta?",
            "Thanks. Good idea about the export.",
            "Nice, that worked.",
        ),
        near_misses=(
            "Good morning, my order is late.",
            "It is a good plan.",
            "Nice try, but no.",
            "Good luck with that.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.deference.compliment",
        label=L.POLITENESS_DEFERENCE,
        speakers=BOTH,
        pattern=(
            rf"(?<!\w)(?=(?:an?|really|very|truly|quite|such|{_PRAISE})\b)"
            # after "that's", "you did", "what", "such", "for the", or at a sentence start
            r"(?:(?<=\b(?:(?:that|this|it)(?:'?s|\s{1,3}(?:is|was))|(?:you|u)(?:'ve|\s{1,3}(?:did"
            r"|do|made|make|have|asked|ask|raised?|gave|give))|what|such"
            r"|for(?:\s{1,3}(?:the|this|that|your|all|such))?)\s{1,3})"
            rf"|{SENTENCE_START})"
            r"(?:(?:really|quite|such)\s{1,3})?(?:an?\s{1,3})?(?:(?:really|very|truly)\s{1,3})?"
            rf"(?:{_PRAISE})\s{{1,3}}(?:question|point|observation|work|job|catch|idea"
            r"|suggestion|explanation|answer|find|write\s?up|tip|advice)s?\b"
        ),
        anchors=(
            "great",
            "good",
            "nice",
            "excellent",
            "interesting",
            "fair",
            "valid",
            "awesome",
            "fantastic",
            "brilliant",
            "helpful",
            "insightful",
            "thoughtful",
        ),
        negatable=True,
        message="The writer compliments the other person's question, point or work.",
        examples=(
            "That's a great question.",
            "You did a nice job on the migration, thanks.",
            "Thanks for the helpful explanation!",
            "What an interesting idea.",
        ),
        near_misses=(
            "That's not a good idea.",
            "I could not find a good answer anywhere.",
            "Another good question might be whether it scales.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.deference.well_done",
        label=L.POLITENESS_DEFERENCE,
        speakers=BOTH,
        pattern=(
            opening("well|nicely|beautifully") + r"\s{1,3}done\b"
            r"|\bkudos\b"
        ),
        anchors=("done", "kudos"),
        message="The writer praises the other person's work ('Well done', 'Kudos').",
        examples=(
            "Well done, the new page loads much faster.",
            "Kudos to the team for the quick fix.",
        ),
        near_misses=(
            "I like my steak well done.",
            "The props for the play arrived.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.deference.you_are_right",
        label=L.POLITENESS_DEFERENCE,
        speakers=BOTH,
        phrases=(
            "(you're|you are|u r|ur) [(absolutely|completely|quite|totally|perfectly|so)] right",
            "fair enough",
            "good point*",
            "i stand corrected",
            "(i|we) [(fully|totally|completely|absolutely)] agree with (you|that|this|your)",
        ),
        negatable=True,
        not_within=(
            r"(?:you're|you\s{1,3}are|u\s{1,3}r|ur)\s{1,3}right\s{1,3}(?:here|there"
            r"|now|away|next|behind|about\s{1,3}(?:to|on))\b",
        ),
        message="The writer concedes a point to the other person ('you're right', 'fair enough').",
        examples=(
            "You're right, the charge is on my other card.",
            "Fair enough, I'll wait until Monday.",
            "Good point about the export format.",
            "I agree with you, the old layout was clearer.",
        ),
        near_misses=(
            "You're not right about the fee.",
            "You're right there in the photo.",
            "Turn right at the lights.",
            "I agree to the terms.",
        ),
        source=SOURCE,
    ),
    # --- greeting -------------------------------------------------------------------------
    Rule(
        id="en.politeness.greeting.hello",
        label=L.POLITENESS_GREETING,
        speakers=BOTH,
        pattern=(
            opening("hi|hello|hey|hiya|heya|howdy|greetings|hallo|helo")
            + r"(?![\w\-])(?!\s{0,3}\?)"
        ),
        anchors=("hi", "hello", "hey", "hiya", "heya", "howdy", "greetings", "hallo", "helo"),
        message="The writer opens with a greeting.",
        examples=(
            "Hi, my order has not arrived.",
            "@AcmeHelp hello there! Quick question about billing.",
            "hey guys, is the site down?",
            "Thanks for that.\nHi again, one more thing.",
        ),
        near_misses=(
            "This is a high priority ticket.",
            "Hello? Is anyone there?",
            "The hi-fi arrived broken.",
            "They said hi to me at the shop.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.greeting.salutation",
        label=L.POLITENESS_GREETING,
        speakers=BOTH,
        pattern=(
            sentence_start_before("good|morning|evening|dear")
            + r"(?:good\s{1,3}(?:morning|afternoon|evening|day)|morning|evening"
            r"|dear\s{1,3}(?:sir|madam|team|all|support|colleagues?|friends?|customer|mr|mrs|ms"
            r"|dr))\b"
        ),
        anchors=("good", "morning", "evening", "dear"),
        message="The writer opens with 'Good morning' or 'Dear ...'.",
        examples=(
            "Good morning, I have a question about my bill.",
            "Dear Sir or Madam, I am writing about order 123.",
            "Morning! The app crashes on start.",
        ),
        near_misses=(
            "I called this morning about my bill.",
            "Have a good day.",
            "Oh dear, the app crashed again.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.greeting.welcome",
        label=L.POLITENESS_GREETING,
        speakers=BOTH,
        pattern=opening("welcome") + r"(?:\s{1,3}(?:to|on|back|aboard))?\b",
        anchors=("welcome",),
        message="The writer welcomes the other person.",
        examples=(
            "Welcome to the forum! Could you add more details?",
            "Welcome back. Your order is ready.",
        ),
        near_misses=(
            "You're welcome.",
            "Feedback is always welcome.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.greeting.how_are_you",
        label=L.POLITENESS_GREETING,
        speakers=BOTH,
        phrases=(
            "how (are|r) (you|u) [doing] [today]",
            "how's it going",
            "hope (you're|you are|ur|u r) (well|doing well|good|keeping well)",
            "hope this (finds|reaches) you well",
            "hope (you're|you are) having a (good|great|nice|lovely) (day|week|weekend)",
        ),
        not_within=(
            r"how\s{1,3}(?:are|r)\s{1,3}(?:you|u)(?:\s{1,3}doing)?\s{1,3}(?!(?:today|doing)\b)\w",
        ),
        message="The writer asks after the other person or wishes them well.",
        examples=(
            "Hi, how are you? My card was declined.",
            "Hope you're well. I need help with an order.",
            "How are you doing today?",
            "I hope this finds you well.",
        ),
        near_misses=(
            "How are you handling the refunds?",
            "How are you going to fix this?",
            "I hope you fix this soon.",
        ),
        source=SOURCE,
    ),
    # --- counterfactual and indicative modals ---------------------------------------------
    Rule(
        id="en.politeness.counterfactual.could_you",
        label=L.POLITENESS_COUNTERFACTUAL,
        speakers=BOTH,
        phrases=(
            "(could|would) [(please|pls)] (you|u|ya)",
            "(could|would) (someone|somebody|anyone|anybody)",
            "would it be (possible|ok|okay|alright|all right)",
            "if (you|u) (could|would)",
        ),
        # "Why would you...", "How could you...": a challenge, not a request.
        not_within=(_CHALLENGE_BEFORE + r"(?:could|would)\s{1,3}" + _ADDRESSEE,),
        message="The writer asks with a counterfactual modal ('Could you', 'Would you').",
        examples=(
            "Could you check my order status?",
            "Would you mind resending the code?",
            "If you could send the logs, that would help.",
            "Would it be possible to change the delivery date?",
        ),
        near_misses=(
            "Couldn't you just read the ticket?",
            "Can you check my order status?",
            "You could have told me earlier.",
            "Why would you do that?",
            "How could you lose my parcel twice?",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.indicative.can_you",
        label=L.POLITENESS_INDICATIVE,
        speakers=BOTH,
        phrases=(
            "(can|will) [(please|pls)] (you|u|ya)",
            "(can|will) (someone|somebody|anyone|anybody)",
        ),
        # "Why can you...", "How can you say that?": a challenge, not a request.
        not_within=(
            _CHALLENGE_BEFORE + r"(?:can|will)\s{1,3}" + _ADDRESSEE,
            r"\bhow\s{1,3}can\s{1,3}(?:you|u)\s{1,3}(?:possibly\s{1,3})?(?:say|claim|expect"
            r"|justify|call|think|believe|blame|accuse)\b",
        ),
        message="The writer asks with an indicative modal ('Can you', 'Will you').",
        examples=(
            "Can you check my order status?",
            "will u send the code again",
            "Can someone help me with the export?",
        ),
        near_misses=(
            "Can't you just read the ticket?",
            "Could you check my order status?",
            "You can change it in settings.",
            "How can you say that with a straight face?",
        ),
        source=SOURCE,
    ),
    # --- direct question ------------------------------------------------------------------
    Rule(
        id="en.politeness.direct_question.wh_start",
        label=L.POLITENESS_DIRECT_QUESTION,
        speakers=BOTH,
        pattern=(
            sentence_start_before(f"{_LEAD}|{_WH}") + rf"(?:(?:{_LEAD})[\s,]{{1,3}})?"
            r"(?!how(?:'?s|\s{1,3}is)\s{1,3}it\s{1,3}going)"
            r"(?!how\s{1,3}(?:are|r)\s{1,3}(?:you|u)(?:\s{1,3}doing)?(?:\s{1,3}today)?"
            r"\s{0,3}(?:[?!.,]|$))"
            r"(?!how\s{1,3}(?:have\s{1,3}you\s{1,3}been|do\s{1,3}you\s{1,3}do)\b)"
            r"(?:why|how\s{1,3}come|(?:what|who|how)(?:'?s|'re|'d)"
            rf"|(?:{_WH})\b(?:(?=\s{{1,3}}(?:{_QUESTION_VERBS})\b)"
            r"|(?=[^.!?\n]{0,100}+[^.!?\n]{0,100}+[^.!?\n]{0,100}+\?)))\b"
        ),
        anchors=("what", "whats", "why", "who", "whos", "whom", "whose", "how", "hows"),
        message="A question opens with 'what', 'why', 'who' or 'how', asking directly.",
        examples=(
            "Why did you cancel my order?",
            "What is the status of my refund?",
            "So how do I reset it?",
            "why is my package still not here",
            "Thanks. Who approved this change?",
        ),
        near_misses=(
            "How are you? My card was declined.",
            "What I need is a refund.",
            "Can you tell me what the status is?",
            "Hi, how's it going?",
        ),
        source=SOURCE,
    ),
    # --- direct start ---------------------------------------------------------------------
    Rule(
        id="en.politeness.direct_start.conjunction",
        label=L.POLITENESS_DIRECT_START,
        speakers=BOTH,
        pattern=(
            opening("so|then|and|but|or") + r"\b"
            r"(?!\s{1,3}(?:sorry|much|many|glad|happy|far|thankful|grateful|pleased|excited)\b)"
            r"(?![\-/])"
        ),
        anchors=("so", "then", "and", "but", "or"),
        message="A sentence opens with 'So', 'Then', 'And', 'But' or 'Or', which reads as blunt.",
        examples=(
            "So what happens to my money now?",
            "I paid twice. And nobody answered my email.",
            "Then why did you charge me?",
            "but the app still crashes",
        ),
        near_misses=(
            "I'm so tired of waiting.",
            "So sorry for the trouble!",
            "Load libfoo.so and restart.",
        ),
        source=SOURCE,
    ),
    # --- first and second person starts ---------------------------------------------------
    Rule(
        id="en.politeness.first_person_start.i_my",
        label=L.POLITENESS_FIRST_PERSON_START,
        speakers=BOTH,
        pattern=opening("i|my|mine|myself") + r"(?![\w.\-/])",
        anchors=("i", "my", "mine", "myself"),
        message="A sentence opens with 'I' or 'My', centring the writer.",
        examples=(
            "I need a replacement charger.",
            "Thanks. My order number is 4411.",
            "i want to change my plan",
            "I'm having trouble logging in.",
        ),
        near_misses=(
            "Could I get a replacement charger?",
            "Thanks for checking my order.",
            "I.e. the second option.",
        ),
        source=SOURCE,
    ),
    Rule(
        id="en.politeness.second_person_start.you_your",
        label=L.POLITENESS_SECOND_PERSON_START,
        speakers=BOTH,
        pattern=opening("you|your|yours|yourself|yourselves|u|ur") + r"(?![\w.\-/])",
        anchors=("you", "your", "yours", "yourself", "yourselves", "u", "ur"),
        message="A sentence opens with 'You' or 'Your', pointing at the reader.",
        examples=(
            "You need to fix this today.",
            "Your app keeps crashing.",
            "Thanks. You're right about the fee.",
            "u charged me twice",
        ),
        near_misses=(
            "Thank you for your help.",
            "Could you check your records?",
            "Have you tried restarting?",
        ),
        source=SOURCE,
    ),
)

"""English substitutions: how the rewriter rewrites each agent-side trigger.

Language data apart from the engine (:mod:`deescalate.rewrite`), registered in
``deescalate.rewrite.REGISTRY``; the classifier's :class:`~deescalate.lang.LanguagePack`
is not touched. The advice comes from the seed documents: say what you *can* do
("What I can do is..."), take ownership, do not blame, explain a policy instead of
hiding behind it, and acknowledge feelings specifically instead of with a formula.

Substitutions are tried in order, the first that fits wins, so specific ones come
before general ones. Every replacement is written so that it does not itself read
as a trigger (a test classifies each one), and whatever only the caller knows is a
fact (``{offer}``, ``{reason}``, ``{when}``, ``{next_step}``, ``{team}``, ``{issue}``):
a slot in the text until it is given.

Patterns match the folded view of one sentence (lower case, straight apostrophes);
a group named ``edit`` is the part that is replaced.
"""

from __future__ import annotations

from deescalate.labels import Label
from deescalate.rewrite import RewritePack, Substitution

__all__ = ["ADVICE", "PACK", "SUBSTITUTIONS"]

L = Label

# --- The small grammar the scopes need -----------------------------------------------------

# Kept at the start of a sentence: a greeting with an optional name, "sorry", "thanks".
_OPEN_ITEM = (
    r"(?:(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?"
    r"(?:\s+[\w'.\-]{1,30}){0,2}"
    r"|(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry"
    r"|sorry|apologies|my\s+apologies|our\s+apologies|thanks|thank\s+you|ok|okay|alright"
    r"|sir|ma'?am|madam|again|look|listen|well|honestly))"
    r"(?:\s{0,5}[,!]\s{0,5}|\s{1,5}but\s{1,5}))"
)
OPENER = _OPEN_ITEM + "(?:" + _OPEN_ITEM + ")?"
# Between the opener and the trigger, replaced with it: "but", "unfortunately",
# "I'm afraid", "please", "you need to".
SOFTENER = (
    r"(?:(?:but|and|so|however|although|no)[\s,]+)?"
    r"(?:(?:unfortunately|sadly|regrettably|honestly|currently|right\s+now|at\s+the\s+moment"
    r"|at\s+this\s+time)[\s,]+)?"
    r"(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+afraid\s+(?:that\s+)?)?"
    r"(?:(?:that|this|it)(?:'s|\s+is|\s+was|'ll\s+be|\s+will\s+be|\s+would\s+be)\s+"
    r"(?:just\s+|simply\s+|really\s+|way\s+)?)?"
    r"(?:there(?:'s|\s+is)\s+)?"
    r"(?:(?:please|just|now)\s+)?"
    r"(?:(?:you\s+(?:really\s+)?(?:need|have)\s+to|i\s+(?:need|want)\s+you\s+to|(?:can|could|would)\s+you"
    r"(?:\s+please)?|try\s+to)\s+)?"
    r"(?:(?:please|just)\s+)?"
)
# After a trigger that stands alone: "right now", "with this request", ", sir".
_TAIL_ITEM = (
    r"(?:\s{0,5},?\s{0,5}(?:please|sir|ma'?am|madam|sorry|unfortunately|sadly|i'?m\s+(?:afraid|sorry))"
    r"|\s+(?:at\s+(?:all|me|us|the\s+moment|this\s+(?:time|point|stage)|present)|right\s+now"
    r"|for\s+(?:you|now)|about\s+(?:it|that|this)"
    r"|with\s+(?:it|(?:this|that|your)(?:\s+(?:request|issue|matter|query|one))?)"
    r"|on\s+(?:it|(?:this|that)(?:\s+(?:request|issue|matter|query|one))?)"
    r"|here|any\s+(?:further|more)|further|either|do\s+(?:that|this|it)|to\s+(?:me|us)"
    r"|before\s+(?:we\s+(?:continue|go\s+on|proceed)|(?:i|we)\s+can\s+(?:help|assist|continue)"
    r"(?:\s+you)?)|so\s+(?:that\s+)?(?:i|we)\s+can\s+(?:help|assist)(?:\s+you)?"
    r"|request|issue|matter|query))"
)
TAIL = f"(?:{_TAIL_ITEM})?(?:{_TAIL_ITEM})?(?:{_TAIL_ITEM})?\\s{{0,5}}"
# Between a leading or trailing trigger and the rest of its sentence.
# The deflecting words both ownership rewrites replace ("not my department", "someone else").
_NOT_MINE = (
    r"\bnot\s+(?:really\s+)?(?:my|our)\s+(?:problem|department|dept|job|area|concern"
    r"|responsibility)\b|\bnone\s+of\s+(?:my|our)\s+(?:business|concern)\b"
    r"|\b(?:i|we)\s+(?:just|only)\s+work\s+here\b|\bsomeone\s+else\b|\bsomebody\s+else\b"
    r"|\b(?:another|a\s+different|the\s+other)\s+(?:department|team)\b"
)
SEPARATOR = (
    r"\s{0,5}[,;:]\s{0,5}(?:(?:and|so|but|because)\s{1,5})?|\s{1,5}[\-–—]{1,3}\s{1,5}"
    r"|\s{1,5}(?:and|so)\s{1,5}"
)

CLAUSE_STARTERS = frozenset(
    {"i", "we", "you", "it", "this", "that", "there", "they", "he", "she", "your", "our",
     "my", "the", "these", "those", "please", "let", "here", "what", "if", "as", "a", "an",
     "once", "when", "all", "any", "some", "no", "yes"}
)  # fmt: skip
NOT_NAMES = frozenset(
    {"I", "OK", "Ok", "Okay", "Sir", "Madam", "Ma'am", "Hi", "Hello", "Hey", "Sorry",
     "Thanks", "Please", "Dear"}
)  # fmt: skip
# Words that may open a sentence without being a name; any other capitalised word at the
# start of a sentence ("Sarah, ...", "Billing ...") is treated as a detail to keep.
COMMON_WORDS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "this", "that", "these", "those", "there",
     "here", "my", "your", "our", "their", "his", "her", "its", "a", "an", "the", "some",
     "any", "no", "none", "all", "each", "every", "both", "either", "neither", "nothing",
     "everything", "something", "anything", "everyone", "nobody", "someone", "somebody",
     "everybody", "and", "but", "so", "or", "if", "as", "like", "for", "with", "at", "per",
     "due", "under", "according", "because", "since", "when", "while", "although", "though",
     "once", "after", "before", "until", "unless", "by", "from", "in", "on", "to", "of",
     "about", "unfortunately", "sadly", "regrettably", "fortunately", "obviously", "clearly",
     "honestly", "actually", "just", "only", "simply", "really", "truly", "please", "sorry",
     "thanks", "thank", "well", "ok", "okay", "yes", "look", "listen", "again", "now", "then",
     "also", "still", "currently", "hi", "hello", "hey", "dear", "good", "sir", "madam",
     "apologies", "calm", "relax", "take", "keep", "lower", "stop", "quit", "don", "do",
     "does", "did", "is", "are", "was", "were", "be", "been", "have", "has", "had", "can",
     "cannot", "could", "would", "should", "will", "won", "shall", "may", "might", "must",
     "need", "let", "get", "pull", "cool", "chill", "read", "check", "try", "call", "contact",
     "see", "go", "make", "tell", "ask", "understand", "know", "hear", "feel", "settle",
     "simmer", "shout", "yell", "rules", "rule", "policy", "policies", "company", "store",
     "user", "system", "what", "why", "how", "which", "who", "where", "things", "mission",
     "way", "impossible", "not", "never", "nope", "sure", "right", "wrong", "first", "next",
     "last", "afraid", "out", "beyond", "above", "regarding"}
)  # fmt: skip
# Words that open a dependent clause: a lead or tail edit never leaves one standing alone as
# a sentence ("If it arrives late, just relax." must not become "If it arrives late.").
SUBORDINATORS = frozenset(
    {"if", "when", "whenever", "unless", "until", "till", "once", "because", "since",
     "although", "though", "while", "whilst", "whereas", "whether", "after", "before", "even"}
)  # fmt: skip
KEPT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
     "thousand", "million", "half", "dozen", "today", "tomorrow", "yesterday", "tonight",
     "morning", "afternoon", "evening", "weekend"}
)  # fmt: skip

# --- Shared replacement texts ---------------------------------------------------------------

WHAT_I_CAN_DO = "What I can do is {offer}"
ACKNOWLEDGE = "I can see this has been really frustrating"
MATTERS = "I can see why this matters to you"
OWNERSHIP = "Let me make sure this gets to the right place and follow it through"
EXPLAIN_POLICY = "This policy is in place because {reason}, and what I can do is {offer}"

# The cant_help rules that are a bare refusal ("I can't help you", "there's nothing I can
# do"): their clause says nothing but "no", so it can become what you can do.
_FLAT_REFUSALS = (
    "en.trigger.cant_help.cant_help_you",
    "en.trigger.cant_help.nothing_i_can_do",
    "en.trigger.cant_help.not_something",
)

_BOSS = (
    r"(?P<boss>\b(?:my|our|a|the|your)\s+(?:line\s+|store\s+|shift\s+|floor\s+|general\s+)?"
    r"(?:manager|supervisor|boss|superiors?|team\s+lead(?:er)?|higher[\s\-]ups?|management))"
)

SUBSTITUTIONS: tuple[Substitution, ...] = (
    # === trigger.cant_help =====================================================================
    Substitution(
        id="en.rewrite.cant_help.outside_what_we_handle",
        label=L.TRIGGER_CANT_HELP,
        pattern=(
            r"\b(?:help|assist)(?:\s+you)?(?:\s+(?:any\s+)?further)?\s+(?:with|on)\s+"
            r"(?P<thing>(?:this|that|your|the)\s+(?:particular\s+|specific\s+)?(?:request|issue"
            r"|matter|query|question|problem|enquiry|inquiry|case))\b"
        ),
        scope="alone",
        replacement="{thing} is outside what we can handle here, but what I can do is {offer}",
        reason="Keeps the fact that this request cannot be handled, in neutral words, and says "
        "what you can do instead.",
        examples=(
            (
                "Hey there, unfortunately, we are not able to assist with this request.",
                "Hey there, this request is outside what we can handle here, but what I can do "
                "is {offer}.",
            ),
            (
                "I can't help you with this issue.",
                "This issue is outside what we can handle here, but what I can do is {offer}.",
            ),
        ),
        source="seeds/000 (“Use Positive Language”; “Clear communication helps prevent "
        "misunderstandings”)",
    ),
    Substitution(
        id="en.rewrite.cant_help.what_i_can_do",
        label=L.TRIGGER_CANT_HELP,
        scope="alone",
        replacement=WHAT_I_CAN_DO,
        reason="A flat refusal closes the conversation; saying what you can do keeps it open.",
        examples=(
            ("I can't help you.", "What I can do is {offer}."),
            ("Sorry, I can't do that.", "Sorry, what I can do is {offer}."),
            ("I'm afraid there is nothing I can do about it, sorry.", "What I can do is {offer}."),
        ),
        source="seeds/000 (“Instead of saying ‘I can't do that,’ try ‘What I can do is…’”)",
    ),
    Substitution(
        id="en.rewrite.cant_help.what_i_can_do_lead",
        label=L.TRIGGER_CANT_HELP,
        rules=_FLAT_REFUSALS,
        scope="lead",
        replacement=WHAT_I_CAN_DO + ". ",
        reason="A flat refusal closes the conversation; the clause becomes what you can do, "
        "and the rest of the sentence stays.",
        examples=(
            (
                "I can't help you, the order has already shipped.",
                "What I can do is {offer}. The order has already shipped.",
            ),
            (
                "There's nothing we can do, you should have read the terms.",
                "What I can do is {offer}. Next time, please make sure you've read the terms.",
            ),
        ),
        source="seeds/000 (“Instead of saying ‘I can't do that,’ try ‘What I can do is…’”)",
    ),
    Substitution(
        id="en.rewrite.cant_help.what_i_can_do_tail",
        label=L.TRIGGER_CANT_HELP,
        rules=_FLAT_REFUSALS,
        scope="tail",
        replacement=". " + WHAT_I_CAN_DO,
        reason="A flat refusal closes the conversation; the clause becomes what you can do, "
        "and the rest of the sentence stays.",
        examples=(
            (
                "The parcel has left our warehouse, so there's nothing more we can do.",
                "The parcel has left our warehouse. What I can do is {offer}.",
            ),
            (
                "I know it's frustrating, but there isn't much we can do.",
                "I know it's frustrating. What I can do is {offer}.",
            ),
        ),
        source="seeds/000 (“Instead of saying ‘I can't do that,’ try ‘What I can do is…’”)",
    ),
    Substitution(
        id="en.rewrite.cant_help.add_alternative",
        label=L.TRIGGER_CANT_HELP,
        scope="after",
        replacement="What I can do instead is {offer}",
        reason="The refusal stands, but it now comes with an alternative instead of a dead end; "
        "it stays listed as unresolved, for a person to reword.",
        examples=(
            (
                "We cannot refund this order because it was opened.",
                "We cannot refund this order because it was opened. What I can do instead is "
                "{offer}.",
            ),
        ),
        source="seeds/000 (“offer alternatives or escalate the issue to someone who can assist”)",
    ),
    # === trigger.we_dont =======================================================================
    Substitution(
        id="en.rewrite.we_dont.what_i_can_do",
        label=L.TRIGGER_WE_DONT,
        scope="alone",
        replacement=WHAT_I_CAN_DO,
        reason="'We don't do that' sounds inflexible; say what you can do instead.",
        examples=(
            ("We don't do that.", "What I can do is {offer}."),
            ("Hi, that's not something we do.", "Hi, what I can do is {offer}."),
        ),
        source="seeds/000 (“We don't do that” can sound inflexible)",
    ),
    Substitution(
        id="en.rewrite.we_dont.what_i_can_do_instead",
        label=L.TRIGGER_WE_DONT,
        pattern=(
            r"\bwe\s+(?:just\s+|simply\s+|generally\s+|usually\s+|currently\s+)?(?:don'?t|do\s+not"
            r"|no\s+longer)\s+(?:do|offer|provide|give|accept|take|issue|allow|sell|carry|stock|ship"
            r"|support|make)\s+(?:cash\s+|partial\s+|full\s+|any\s+)?(?:refunds?|exchanges?|returns?"
            r"|credits?|exceptions?|price\s+match\w{0,5}|that|this|it|those|these)\b"
        ),
        scope="alone",
        replacement=WHAT_I_CAN_DO,
        reason="'We don't offer that' shuts the request down; say what you can do instead.",
        examples=(("We do not offer refunds.", "What I can do is {offer}."),),
        source="seeds/000",
    ),
    # === trigger.manager_check =================================================================
    Substitution(
        id="en.rewrite.manager_check.get_an_answer",
        label=L.TRIGGER_MANAGER_CHECK,
        rules=("en.trigger.manager_check.check_with_manager",),
        pattern=_BOSS,
        scope="sentence",
        replacement="I'll get an answer from {boss} and come back to you by {when}",
        reason="A commitment with a time reassures; 'I'll have to check' sounds powerless.",
        examples=(
            (
                "I'll have to check with my manager.",
                "I'll get an answer from my manager and come back to you by {when}.",
            ),
            (
                "Let me ask my supervisor if that's allowed.",
                "I'll get an answer from my supervisor and come back to you by {when}.",
            ),
            (
                "Only a supervisor can do that.",
                "I'll get an answer from a supervisor and come back to you by {when}.",
            ),
        ),
        source="seeds/000 (“reassure the customer that you will follow up promptly”)",
    ),
    Substitution(
        id="en.rewrite.manager_check.get_an_answer_inline",
        label=L.TRIGGER_MANAGER_CHECK,
        rules=("en.trigger.manager_check.check_with_manager",),
        pattern=(
            r"(?P<edit>\b(?:(?:i|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:have|need)\s+to\s+"
            r"|let\s+me\s+|i\s+(?:must|should)\s+)?(?:check|clear|confirm|ask|consult|speak|talk"
            r"|verify|discuss|run)\s+(?:(?:this|that|it)\s+)?(?:(?:with|by|to|past)\s+)?"
            + _BOSS
            + r")"
        ),
        replacement="I'll get an answer from {boss} and come back to you by {when}",
        reason="A commitment with a time reassures; 'I'll have to check' sounds powerless.",
        examples=(
            (
                "I'll have to check with my manager about order 1234.",
                "I'll get an answer from my manager and come back to you by {when} about order "
                "1234.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.manager_check.get_approval",
        label=L.TRIGGER_MANAGER_CHECK,
        pattern=(
            r"^(?P<edit>(?:(?:sorry|unfortunately)[\s,]+)?(?:but\s+)?(?:(?:i|we)\s+(?:don'?t|do\s+not)"
            r"\s+have\s+(?:the\s+)?(?:authority|authori[sz]ation|permission|power|clearance)"
            r"|(?:i'?m|i\s+am|we'?re|we\s+are)\s+not\s+(?:authori[sz]ed|permitted))\s+to\s+"
            r"(?P<act>[a-z][^,;:]{0,100}))$"
        ),
        scope="alone",
        replacement="I'll get approval to {act} and come back to you by {when}",
        reason="Says what you will do about it, and when, instead of what you are not allowed "
        "to do.",
        examples=(
            (
                "I don't have the authority to issue a refund.",
                "I'll get approval to issue a refund and come back to you by {when}.",
            ),
            (
                "I'm not authorized to give refunds.",
                "I'll get approval to give refunds and come back to you by {when}.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.manager_check.right_person",
        label=L.TRIGGER_MANAGER_CHECK,
        pattern=(
            r"(?:\b(?:that|this|it)(?:\s+(?:decision|one|call|request|refund))?(?:'s|\s+is|\s+was)\s+"
            r"(?:way\s+|well\s+|a\s+bit\s+)?)?\b(?:above\s+my\s+pay\s*grade|(?:not\s+)?up\s+to\s+me"
            r"|(?:not\s+)?(?:my|our)\s+(?:call|decision))\b"
        ),
        scope="alone",
        replacement="I'll get an answer from the right person and come back to you by {when}",
        reason="Takes ownership of getting the answer instead of saying it is not your call.",
        examples=(
            (
                "That's above my pay grade.",
                "I'll get an answer from the right person and come back to you by {when}.",
            ),
            (
                "That decision is above my pay grade, sorry.",
                "I'll get an answer from the right person and come back to you by {when}.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.manager_check.what_i_can_do",
        label=L.TRIGGER_MANAGER_CHECK,
        rules=("en.trigger.manager_check.not_allowed",),
        scope="alone",
        replacement=WHAT_I_CAN_DO,
        reason="'I'm not allowed' sounds powerless; say what you can do instead.",
        examples=(
            ("I'm not allowed to do that.", "What I can do is {offer}."),
            ("My hands are tied.", "What I can do is {offer}."),
        ),
        source="seeds/000",
    ),
    # === trigger.blame ==========================================================================
    Substitution(
        id="en.rewrite.blame.next_time_new_sentence",
        label=L.TRIGGER_BLAME,
        rules=("en.trigger.blame.should_have",),
        pattern=(
            r"\b(?:is|was|are|were|am|has|have|had|do|does|did|can|could|will|would|shall|must"
            r"|may|might|[a-z]+n't|(?:it|that|there|what|he|she|i|we|they|you)'[a-z]{1,2})\b"
            r"[^,;:]{0,100}?(?P<edit>(?<![.!?…\s])\s{0,3}[,;]\s{0,3}you\s+(?:really\s+|probably\s+"
            r"|definitely\s+|clearly\s+|just\s+)?(?:should(?:'?ve|\s+have|\s+of)|ought\s+to"
            r"\s+have))\s+(?!been\b)[a-z]"
        ),
        replacement=". Next time, please make sure you've",
        reason="Looks forward ('next time') instead of blaming the customer, as a sentence of its "
        "own after the clause before it.",
        examples=(
            (
                "The refund was declined, you should have read the terms.",
                "The refund was declined. Next time, please make sure you've read the terms.",
            ),
        ),
        source="seeds/000 (“Focus on the present situation and how you can resolve it”)",
    ),
    Substitution(
        id="en.rewrite.blame.next_time",
        label=L.TRIGGER_BLAME,
        rules=("en.trigger.blame.should_have",),
        pattern=(
            r"(?P<edit>\byou\s+(?:really\s+|probably\s+|definitely\s+|clearly\s+|just\s+)?"
            r"(?:should(?:'?ve|\s+have|\s+of)|ought\s+to\s+have))\s+(?!been\b)[a-z]"
        ),
        replacement="next time, please make sure you've",
        reason="Looks forward ('next time') instead of blaming the customer for what happened.",
        examples=(
            (
                "You should have read the terms before buying.",
                "Next time, please make sure you've read the terms before buying.",
            ),
        ),
        source="seeds/000 (“Focus on the present situation and how you can resolve it”)",
    ),
    Substitution(
        id="en.rewrite.blame.move_on",
        label=L.TRIGGER_BLAME,
        scope="sentence",
        replacement="Let's focus on putting this right",
        reason="Blame makes the customer defensive; drop it and turn to the fix.",
        examples=(
            (
                "It's your fault for entering the wrong address.",
                "Let's focus on putting this right.",
            ),
            (
                "You should have been more careful with your password.",
                "Let's focus on putting this right.",
            ),
        ),
        source="seeds/000 (“Blaming the customer can lead to defensiveness”)",
    ),
    # === trigger.policy_wall ===================================================================
    Substitution(
        id="en.rewrite.policy_wall.explain",
        label=L.TRIGGER_POLICY_WALL,
        scope="alone",
        replacement=EXPLAIN_POLICY,
        reason="'This is our policy' is a wall; give the reason and say what you can do.",
        examples=(
            (
                "This is our policy.",
                "This policy is in place because {reason}, and what I can do is {offer}.",
            ),
            (
                "Rules are rules.",
                "This policy is in place because {reason}, and what I can do is {offer}.",
            ),
        ),
        source="seeds/000 (“‘This is our policy’ can sound rigid”)",
    ),
    Substitution(
        id="en.rewrite.policy_wall.because_lead",
        label=L.TRIGGER_POLICY_WALL,
        pattern=(
            r"(?P<edit>\b(?:(?:as\s+)?per|due\s+to|because\s+of|under|according\s+to"
            r"|in\s+line\s+with|in\s+accordance\s+with)\s+(?:our|the|company|store)\s+"
            r"(?:[a-z]+\s+)?polic(?:y|ies)(?:,\s{0,5}|\s{1,5}))(?=[a-z])"
        ),
        replacement="because {reason}, ",
        reason="Explains the reason behind the policy instead of hiding behind it.",
        examples=(
            (
                "Per our policy, refunds take 5 days.",
                "Because {reason}, refunds take 5 days.",
            ),
        ),
        source="seeds/000 (“explain the reasoning behind policies while showing empathy”)",
    ),
    Substitution(
        id="en.rewrite.policy_wall.because_states",
        label=L.TRIGGER_POLICY_WALL,
        pattern=(
            r"(?P<edit>(?:\b(?:our|the)\s+(?:[a-z]+\s+)?|\b(?:company|store|corporate)\s+)policy\s+"
            r"(?:clearly\s+)?(?:states|says"
            r"|requires|stipulates|dictates|is)\s+that\s+)(?=[a-z])"
        ),
        replacement="because {reason}, ",
        reason="Explains the reason behind the policy instead of hiding behind it.",
        examples=(
            (
                "Our policy states that items must be returned unopened.",
                "Because {reason}, items must be returned unopened.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.policy_wall.because_tail",
        label=L.TRIGGER_POLICY_WALL,
        pattern=(
            r"(?P<edit>(?:\s{0,5}[,;]\s{0,5}|\s{1,5}[\-–—]{1,3}\s{1,5}|\s{1,5})(?:(?:as|because|since)\s+)?(?:(?:this|that|it)"
            r"(?:'s|\s+is)\s+(?:just\s+|simply\s+|strictly\s+)?(?:our|the|company|store)\s+"
            r"(?:[a-z]+\s+)?policy|(?:(?:as\s+)?per|due\s+to|because\s+of|under|according\s+to)\s+"
            r"(?:our|the|company|store)\s+(?:[a-z]+\s+)?polic(?:y|ies)))$"
        ),
        replacement=" because {reason}",
        reason="Explains the reason behind the policy instead of hiding behind it.",
        examples=(
            (
                "Refunds take 5 days, as per our policy.",
                "Refunds take 5 days because {reason}.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.policy_wall.explain_lead",
        label=L.TRIGGER_POLICY_WALL,
        rules=("en.trigger.policy_wall.our_policy", "en.trigger.policy_wall.rules_are_rules"),
        scope="lead",
        replacement="this policy is in place because {reason}. ",
        reason="'This is our policy' is a wall; give the reason behind it.",
        examples=(
            (
                "That's our policy, so I can't refund it.",
                "This policy is in place because {reason}. What I can do is {offer}.",
            ),
            (
                "Unfortunately that's our policy, there's nothing I can do.",
                "This policy is in place because {reason}. What I can do is {offer}.",
            ),
        ),
        source="seeds/000",
    ),
    # === trigger.hollow_empathy =================================================================
    Substitution(
        id="en.rewrite.hollow_empathy.specific_issue",
        label=L.TRIGGER_HOLLOW_EMPATHY,
        scope="alone",
        requires=("issue",),
        replacement="I can see how frustrating {issue} has been, and {next_step}",
        reason="A generic 'I understand' sounds hollow; name the problem and say what happens "
        "next.",
        examples=(
            (
                "I understand how you feel.",
                "I can see how frustrating the delay with your order has been, and I've asked "
                "the courier to redeliver today.",
                {
                    "issue": "the delay with your order",
                    "next_step": "I've asked the courier to redeliver today",
                },
            ),
        ),
        source="seeds/000 (“can come off as insincere if not followed by actionable steps”)",
    ),
    Substitution(
        id="en.rewrite.hollow_empathy.next_step",
        label=L.TRIGGER_HOLLOW_EMPATHY,
        scope="alone",
        replacement="I can see how frustrating this has been, and {next_step}",
        reason="A generic 'I understand' sounds hollow; acknowledge specifically and say what "
        "happens next.",
        examples=(
            (
                "I understand how you feel.",
                "I can see how frustrating this has been, and {next_step}.",
            ),
            ("We understand.", "I can see how frustrating this has been, and {next_step}."),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.hollow_empathy.sorry_it_was_frustrating",
        label=L.TRIGGER_HOLLOW_EMPATHY,
        pattern=(
            r"(?P<edit>\b(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?(?:(?:really|so|truly|very)\s+)?sorry"
            r"\s+(?:that\s+)?you\s+feel\s+(?:this|that)\s+way)(?=\s{0,5}(?:[,;.!]|and\b|but\b|$))"
        ),
        replacement="I'm sorry this has been so frustrating",
        reason="'Sorry you feel this way' puts the problem on the customer's feelings; own it.",
        examples=(
            (
                "We're sorry you feel this way, Maggie.",
                "I'm sorry this has been so frustrating, Maggie.",
            ),
        ),
        source="seeds/000 (“express genuine concern”)",
    ),
    Substitution(
        id="en.rewrite.hollow_empathy.acknowledge_inline",
        label=L.TRIGGER_HOLLOW_EMPATHY,
        pattern=(
            r"(?P<edit>\b(?:i|we)\s+(?:do\s+|totally\s+|completely\s+|fully\s+|really\s+|truly\s+"
            r"|absolutely\s+|certainly\s+|definitely\s+|can\s+)?(?:understand|know|hear|get)\s+"
            r"(?:how\s+you(?:'re|\s+are)?\s+(?:feel|feeling)|your\s+(?:frustration|concerns?"
            r"|disappointment|annoyance|feelings?)|(?:what|where)\s+you'?re\s+coming\s+from"
            r"|how\s+(?:frustrating|upsetting|annoying|disappointing|stressful)\s+(?:this|that|it)"
            r"\s+(?:is|must\s+be|has\s+been))|\b(?:i|we)\s+(?:totally\s+|completely\s+|fully\s+"
            r"|really\s+|truly\s+|do\s+)?understand)(?=\s{0,5}(?:[,;.!]|and\b|but\b|$))"
        ),
        replacement="I can see how frustrating this has been",
        reason="A generic 'I understand' sounds hollow; a specific acknowledgement does not.",
        examples=(
            (
                "I understand your frustration and apologize again for the delay.",
                "I can see how frustrating this has been and apologize again for the delay.",
            ),
        ),
        source="seeds/001 (“I can imagine how frustrating this must be for you”)",
    ),
    # === trigger.calm_down ======================================================================
    Substitution(
        id="en.rewrite.calm_down.acknowledge_issue",
        label=L.TRIGGER_CALM_DOWN,
        scope="alone",
        requires=("issue",),
        replacement="I can see {issue} has been really frustrating",
        reason="'Calm down' dismisses how the customer feels; acknowledge it instead.",
        examples=(
            (
                "Please calm down.",
                "I can see the wait has been really frustrating.",
                {"issue": "the wait"},
            ),
        ),
        source="seeds/000 (“Calm down” can come off as dismissive)",
    ),
    Substitution(
        id="en.rewrite.calm_down.acknowledge",
        label=L.TRIGGER_CALM_DOWN,
        scope="alone",
        replacement=ACKNOWLEDGE,
        reason="'Calm down' dismisses how the customer feels; acknowledge it instead.",
        examples=(
            ("Please calm down.", "I can see this has been really frustrating."),
            ("Sir, you need to calm down.", "Sir, I can see this has been really frustrating."),
            ("There's no need to shout.", "I can see this has been really frustrating."),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.calm_down.acknowledge_lead",
        label=L.TRIGGER_CALM_DOWN,
        scope="lead",
        replacement=ACKNOWLEDGE + ". ",
        reason="'Calm down' dismisses how the customer feels; acknowledge it instead.",
        examples=(
            (
                "Calm down, we will get to your ticket.",
                "I can see this has been really frustrating. We will get to your ticket.",
            ),
            (
                "Please calm down so I can look at your account.",
                "I can see this has been really frustrating. I can look at your account.",
            ),
            (
                "Calm down, that's our policy.",
                "I can see this has been really frustrating. This policy is in place because "
                "{reason}, and what I can do is {offer}.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.calm_down.drop_tail",
        label=L.TRIGGER_CALM_DOWN,
        scope="tail",
        replacement="",
        safe_to_autofix=True,
        reason="Telling the customer to relax dismisses how they feel; the rest of the "
        "sentence stands on its own.",
        examples=(("We'll get it to you today, just relax.", "We'll get it to you today."),),
        source="seeds/000",
    ),
    # === trigger.not_my_problem ================================================================
    Substitution(
        id="en.rewrite.not_my_problem.take_it_up_with",
        label=L.TRIGGER_NOT_MY_PROBLEM,
        pattern=(
            r"^(?:(?:sorry|unfortunately)[\s,]+)?(?:but\s+)?you(?:'ll|\s+will|'d|\s+would)?\s+"
            r"(?:\w+\s+){0,2}?take\s+(?:it|this|that)\s+up\s+with\s+(?P<who>[a-z][^,;:]{0,60})$"
        ),
        scope="alone",
        replacement="{who} can sort this out, and I'm happy to help you reach them",
        reason="Points the customer to who can help and offers to help, instead of sending "
        "them away.",
        examples=(
            (
                "You need to take it up with the airline.",
                "The airline can sort this out, and I'm happy to help you reach them.",
            ),
        ),
        source="seeds/000 (“Always take ownership of the issue”)",
    ),
    Substitution(
        id="en.rewrite.not_my_problem.sorry_it_happened",
        label=L.TRIGGER_NOT_MY_PROBLEM,
        pattern=(
            r"^(?:(?:it|that|this)(?:'s|\s+is|\s+was)|(?:it|that|this)\s+(?:isn'?t|wasn'?t))\s+(?:not\s+)?"
            r"(?:really\s+)?(?:my|our)\s+fault\s+(?:that\s+)?(?P<what>[a-z][^,;:]{0,100})$"
        ),
        scope="alone",
        replacement="I'm sorry {what}, and I'll follow this through with you",
        reason="Owns the problem instead of saying whose fault it is not.",
        examples=(
            (
                "It's not our fault the courier lost it.",
                "I'm sorry the courier lost it, and I'll follow this through with you.",
            ),
        ),
        source="seeds/000 (“Always take ownership of the issue”)",
    ),
    Substitution(
        id="en.rewrite.not_my_problem.ownership_team",
        label=L.TRIGGER_NOT_MY_PROBLEM,
        pattern=_NOT_MINE,
        scope="sentence",
        requires=("team",),
        replacement="Let me get this to {team} and follow it through",
        reason="Takes ownership instead of deflecting: the customer hears who will handle it.",
        examples=(
            (
                "Sorry, billing is not my department.",
                "Sorry, let me get this to our billing team and follow it through.",
                {"team": "our billing team"},
            ),
        ),
        source="seeds/000 (“That's not my problem” can make the customer feel undervalued)",
    ),
    Substitution(
        id="en.rewrite.not_my_problem.ownership",
        label=L.TRIGGER_NOT_MY_PROBLEM,
        pattern=_NOT_MINE,
        scope="sentence",
        replacement=OWNERSHIP,
        reason="Takes ownership instead of deflecting responsibility.",
        examples=(
            (
                "That's not my problem.",
                "Let me make sure this gets to the right place and follow it through.",
            ),
            (
                "Sorry, billing is not my department.",
                "Sorry, let me make sure this gets to the right place and follow it through.",
            ),
            (
                "You'll have to call someone else about that.",
                "Let me make sure this gets to the right place and follow it through.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.not_my_problem.ownership_alone",
        label=L.TRIGGER_NOT_MY_PROBLEM,
        scope="alone",
        replacement=OWNERSHIP,
        reason="Takes ownership instead of deflecting responsibility.",
        examples=(
            (
                "That's out of my hands.",
                "Let me make sure this gets to the right place and follow it through.",
            ),
        ),
        source="seeds/000",
    ),
    # === trigger.contradiction =================================================================
    Substitution(
        id="en.rewrite.contradiction.clarify",
        label=L.TRIGGER_CONTRADICTION,
        pattern=(
            r"(?P<edit>\byou(?:'re|\s+are|'ve|\s+have|\s+must\s+have|\s+may\s+have|\s+might\s+have)?"
            r"\s+(?:(?:simply|just|clearly|completely|totally|quite)\s+)?(?:(?:wrong|mistaken"
            r"|incorrect|confused)\s+about|misunderstood|misread|misheard))\s+(?:the|our|my|this"
            r"|that|your|what|how|when|which)\b"
        ),
        replacement="let me clarify",
        reason="Offers to clarify instead of telling the customer they are wrong.",
        examples=(
            ("You are mistaken about the price.", "Let me clarify the price."),
            ("You must have misunderstood the offer.", "Let me clarify the offer."),
        ),
        source="seeds/000 (“You're wrong” leads to a breakdown in communication)",
    ),
    Substitution(
        id="en.rewrite.contradiction.unreasonable",
        label=L.TRIGGER_CONTRADICTION,
        pattern=r"\bbeing\s+(?:unreasonable|ridiculous|irrational|silly|absurd)\b",
        scope="alone",
        replacement="I can see this matters a lot to you",
        reason="Calling the customer unreasonable escalates; acknowledge what matters to them.",
        examples=(("You're being unreasonable.", "I can see this matters a lot to you."),),
        source="seeds/000 (“You're being unreasonable” can alienate the customer)",
    ),
    Substitution(
        id="en.rewrite.contradiction.walk_through",
        label=L.TRIGGER_CONTRADICTION,
        scope="alone",
        replacement="Let me walk you through what I'm seeing on my side",
        reason="Shares what you see instead of telling the customer they are wrong.",
        examples=(
            ("You're wrong.", "Let me walk you through what I'm seeing on my side."),
            ("That isn't what happened.", "Let me walk you through what I'm seeing on my side."),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.contradiction.from_what_i_see",
        label=L.TRIGGER_CONTRADICTION,
        scope="lead",
        replacement="from what I can see, ",
        reason="Keeps the facts but drops the flat contradiction.",
        examples=(
            (
                "You're wrong, the order shipped on time.",
                "From what I can see, the order shipped on time.",
            ),
            (
                "That is incorrect; the item was delivered.",
                "From what I can see, the item was delivered.",
            ),
        ),
        source="seeds/000",
    ),
    Substitution(
        id="en.rewrite.contradiction.drop_tail",
        label=L.TRIGGER_CONTRADICTION,
        scope="tail",
        replacement="",
        safe_to_autofix=True,
        reason="The facts stand on their own; the flat contradiction only adds heat.",
        examples=(("The order shipped on time, you're wrong.", "The order shipped on time."),),
        source="seeds/000",
    ),
    # === trigger.condescension ==================================================================
    Substitution(
        id="en.rewrite.condescension.drop_as_i_said",
        label=L.TRIGGER_CONDESCENSION,
        rules=("en.trigger.condescension.as_i_said",),
        pattern=(
            r"(?P<edit>\b(?:as|like)\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|previously\s+"
            r"|clearly\s+|just\s+)?(?:said|stated|told\s+you|mentioned|explained|advised"
            r"|informed\s+you|pointed\s+out)(?:\s+(?:before|earlier|already|previously|above"
            r"|in\s+my\s+last\s+(?:message|reply|tweet)))?)\b"
        ),
        replacement="",
        safe_to_autofix=True,
        reason="Reminding the customer they were already told talks down to them; the "
        "information is enough.",
        examples=(
            (
                "Like I said before, your refund was processed on 12/03.",
                "Your refund was processed on 12/03.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.condescension.drop_reminder",
        label=L.TRIGGER_CONDESCENSION,
        rules=("en.trigger.condescension.as_i_said",),
        replacement="",
        safe_to_autofix=True,
        reason="Reminding the customer they were already told talks down to them; the "
        "information is enough.",
        examples=(
            ("For the third time, your order is not lost.", "Your order is not lost."),
            ("As previously advised, we cannot reship.", "We cannot reship."),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.condescension.drop_obviously",
        label=L.TRIGGER_CONDESCENSION,
        rules=("en.trigger.condescension.obviously",),
        replacement="",
        safe_to_autofix=True,
        reason="'Obviously' implies the customer should have known.",
        examples=(
            (
                "Obviously, you need to restart the router first.",
                "You need to restart the router first.",
            ),
            ("The code was obviously expired.", "The code was expired."),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.condescension.drop_preamble",
        label=L.TRIGGER_CONDESCENSION,
        pattern=(
            r"(?P<edit>\bwith\s+(?:all\s+)?due\s+respect\b|\bno\s+offen[cs]e,?\s+but\b"
            r"|\byou\s+(?:need|have)\s+to\s+understand\s+(?:that\b|something\b)?"
            r"|\b(?:sweetie|sweetheart|sweety|darling)\b)"
        ),
        replacement="",
        safe_to_autofix=True,
        reason="The preamble talks down to the customer; the rest says what is needed.",
        examples=(
            ("With all due respect, that's not how it works.", "That's not how it works."),
            ("You need to understand that we are busy.", "We are busy."),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.condescension.go_over",
        label=L.TRIGGER_CONDESCENSION,
        pattern=r"\bcalm\s+yourself\b",
        scope="alone",
        replacement=ACKNOWLEDGE,
        reason="'Calm yourself' talks down to the customer; acknowledge how they feel.",
        examples=(("Calm yourself, please.", "I can see this has been really frustrating."),),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.condescension.go_through_together",
        label=L.TRIGGER_CONDESCENSION,
        pattern=(
            r"^(?:please\s+)?(?:re-?read|read|check)\s+(?P<thing>(?:the|my|our)\s+(?:previous\s+"
            r"|last\s+)?(?:instructions|email|message|reply|tweet|terms))\s+(?:again|more\s+carefully"
            r"|carefully|properly)(?:\s+(?:more\s+carefully|carefully|properly))?$"
        ),
        scope="alone",
        replacement="Let's go through {thing} together",
        reason="Offers to go through it together instead of telling the customer to read again.",
        examples=(
            (
                "Read the instructions again more carefully.",
                "Let's go through the instructions together.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.condescension.walk_through_how",
        label=L.TRIGGER_CONDESCENSION,
        pattern=(
            r"^(?:(?:it|this|that)(?:'s|\s+is)|it\s+isn'?t)\s+(?:really\s+)?(?:not\s+)?(?:that|so)\s+"
            r"(?:hard|difficult|complicated)\s+to\s+(?P<act>[a-z][^,;:]{0,100})$"
        ),
        scope="alone",
        replacement="Let me walk you through how to {act}",
        reason="Offers help with the task instead of saying it is easy.",
        examples=(
            (
                "It's not that hard to reset your password.",
                "Let me walk you through how to reset your password.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.condescension.walk_through",
        label=L.TRIGGER_CONDESCENSION,
        scope="alone",
        replacement="Let me walk you through it step by step",
        reason="Offers to help the customer through it instead of talking down to them.",
        examples=(
            ("It's not rocket science.", "Let me walk you through it step by step."),
            ("You're not listening to me.", "Let me walk you through it step by step."),
        ),
        source="taxonomy.md",
    ),
    # === trigger.minimizing ====================================================================
    Substitution(
        id="en.rewrite.minimizing.drop_only",
        label=L.TRIGGER_MINIMIZING,
        rules=("en.trigger.minimizing.only_just",),
        pattern=r"(?P<edit>\b(?:only|just|merely|simply)\b)",
        replacement="",
        safe_to_autofix=True,
        reason="'Only' and 'just' shrink the customer's problem; the facts are enough.",
        examples=(
            ("It's only a few dollars.", "It's a few dollars."),
            ("It's only been two days.", "It's been two days."),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.minimizing.drop_at_least",
        label=L.TRIGGER_MINIMIZING,
        rules=("en.trigger.minimizing.at_least",),
        pattern=r"(?P<edit>\bat\s+least\b)",
        replacement="",
        safe_to_autofix=True,
        reason="'At least' points to a silver lining, which shrinks the customer's problem.",
        examples=(("At least it arrived in the end.", "It arrived in the end."),),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.minimizing.matters",
        label=L.TRIGGER_MINIMIZING,
        scope="alone",
        replacement=MATTERS,
        reason="Telling the customer it is no big deal dismisses them; acknowledge that it "
        "matters.",
        examples=(
            ("It's not a big deal.", "I can see why this matters to you."),
            ("You're overreacting.", "I can see why this matters to you."),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.minimizing.matters_lead",
        label=L.TRIGGER_MINIMIZING,
        scope="lead",
        replacement=MATTERS + ". ",
        reason="Telling the customer it is no big deal dismisses them; acknowledge that it "
        "matters.",
        examples=(
            (
                "It's not a big deal, we'll send another one.",
                "I can see why this matters to you. We'll send another one.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.minimizing.drop_tail",
        label=L.TRIGGER_MINIMIZING,
        scope="tail",
        replacement="",
        safe_to_autofix=True,
        reason="The rest of the sentence stands on its own; shrinking the problem only adds heat.",
        examples=(("We'll send another one, it's not a big deal.", "We'll send another one."),),
        source="taxonomy.md",
    ),
    # === trigger.negative_language =============================================================
    Substitution(
        id="en.rewrite.negative_language.drop_unfortunately",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        rules=("en.trigger.negative_language.unfortunately",),
        replacement="",
        safe_to_autofix=True,
        reason="'Unfortunately' frames the answer negatively before it starts; the facts "
        "stay the same without it.",
        examples=(
            ("Unfortunately, that item is out of stock.", "That item is out of stock."),
            ("The item is unfortunately out of stock.", "The item is out of stock."),
            ("Hi Sam, sadly we don't have an update yet.", "Hi Sam, we don't have an update yet."),
        ),
        source="seeds/000 (“Use Positive Language”)",
    ),
    Substitution(
        id="en.rewrite.negative_language.what_i_can_do",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        scope="alone",
        replacement=WHAT_I_CAN_DO,
        reason="'That's impossible' is a dead end; say what you can do instead.",
        examples=(
            ("That's impossible.", "What I can do is {offer}."),
            ("Sorry, that is not possible.", "Sorry, what I can do is {offer}."),
        ),
        source="seeds/000 (“Instead of saying ‘I can't do that,’ try ‘What I can do is…’”)",
    ),
    Substitution(
        id="en.rewrite.negative_language.no_way_to",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        pattern=(
            r"(?P<edit>\b(?:there(?:'s|\s+is)\s+no\s+way|(?:it|this|that)(?:'s|\s+is)\s+(?:not\s+possible"
            r"|impossible)|(?:it|this|that)\s+isn'?t\s+possible))\s+(?:to|for)\b"
        ),
        replacement="there isn't a way",
        safe_to_autofix=True,
        reason="'No way' and 'impossible' sound final; 'there isn't a way' says the same more "
        "gently.",
        examples=(
            (
                "There's no way to recover deleted files.",
                "There isn't a way to recover deleted files.",
            ),
            (
                "Hi John, currently it isn't possible to hide the list.",
                "Hi John, currently there isn't a way to hide the list.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.negative_language.would_not_be_possible",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        pattern=(
            r"(?P<edit>\b(?:it|this|that)\s+(?:would\s+not|wouldn'?t)\s+be\s+possible)"
            r"\s+(?:to|for)\b"
        ),
        replacement="there wouldn't be a way",
        safe_to_autofix=True,
        reason="'Not possible' sounds final; 'there wouldn't be a way' says the same more gently.",
        examples=(
            (
                "It would not be possible for someone else to use it.",
                "There wouldn't be a way for someone else to use it.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.negative_language.will_not_be_possible",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        pattern=(
            r"(?P<edit>\b(?:it|this|that)\s+(?:will\s+not|won'?t)\s+be\s+possible)\s+(?:to|for)\b"
        ),
        replacement="there won't be a way",
        safe_to_autofix=True,
        reason="'Not possible' sounds final; 'there won't be a way' says the same more gently.",
        examples=(
            (
                "It won't be possible to change the date.",
                "There won't be a way to change the date.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.negative_language.are_not_available",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        pattern=(
            r"\b(?P<edit>are\s+not\s+possible|aren'?t\s+possible)(?=\s{1,5}(?:after|before|for|on"
            r"|once|until|beyond|outside|with|without|in|at)\b|\s{0,5}(?:[,;.!]|$))"
        ),
        replacement="aren't available",
        reason="'Not possible' sounds final; 'not available' says what it means more gently.",
        examples=(
            (
                "Refunds are not possible after 30 days.",
                "Refunds aren't available after 30 days.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.negative_language.is_not_available",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        pattern=(
            r"(?<!\b(?:it|this|that)\s)\b(?P<edit>is\s+not\s+possible|isn'?t\s+possible)"
            r"(?=\s{1,5}(?:after|before|for|on|once|until|beyond|outside|with|without|in|at)\b"
            r"|\s{0,5}(?:[,;.!]|$))"
        ),
        replacement="isn't available",
        reason="'Not possible' sounds final; 'not available' says what it means more gently.",
        examples=(
            (
                "A refund is not possible after 30 days.",
                "A refund isn't available after 30 days.",
            ),
        ),
        source="taxonomy.md",
    ),
    Substitution(
        id="en.rewrite.negative_language.not_available_yet",
        label=L.TRIGGER_NEGATIVE_LANGUAGE,
        pattern=(
            r"(?P<edit>\b(?:it|this|that)(?:'s|\s+is)\s+not\s+possible|\b(?:it|this|that)\s+isn'?t"
            r"\s+possible)(?=\s{1,5}(?:at\s+the\s+moment|right\s+now|yet|at\s+this\s+(?:time|stage)"
            r"|for\s+now|currently)\s{0,5}(?:[,;.!]|but\b|$))"
        ),
        replacement="that isn't available",
        reason="'Not possible' sounds final; 'not available at the moment' is what it means.",
        examples=(
            (
                "It's not possible at the moment, but we'll pass on the suggestion.",
                "That isn't available at the moment, but we'll pass on the suggestion.",
            ),
        ),
        source="taxonomy.md",
    ),
)

ADVICE: dict[Label, str] = {
    L.TRIGGER_CALM_DOWN: (
        "Replace the request to calm down with an acknowledgement of what the customer is "
        "going through."
    ),
    L.TRIGGER_NOT_MY_PROBLEM: (
        "Take ownership: say who will handle it and that you will follow it through."
    ),
    L.TRIGGER_CONTRADICTION: (
        "Share what you see on your side instead of telling the customer they are wrong."
    ),
    L.TRIGGER_CANT_HELP: "Say what you can do instead (pass offer=...).",
    L.TRIGGER_WE_DONT: "Say what you can offer alongside what you do not (pass offer=...).",
    L.TRIGGER_MANAGER_CHECK: (
        "Commit to getting the answer yourself, with a time (pass when=...)."
    ),
    L.TRIGGER_BLAME: "Drop the blame, keep the facts, and turn to what happens next.",
    L.TRIGGER_POLICY_WALL: (
        "Give the reason for the policy and what you can do (pass reason=... and offer=...)."
    ),
    L.TRIGGER_HOLLOW_EMPATHY: (
        "Name what the customer is going through and the next step you will take "
        "(pass next_step=...)."
    ),
    L.TRIGGER_CONDESCENSION: "Drop the words that talk down; keep the information.",
    L.TRIGGER_MINIMIZING: "Acknowledge that it matters to the customer instead of shrinking it.",
    L.TRIGGER_NEGATIVE_LANGUAGE: "Reword it around what can be done.",
}

PACK = RewritePack(
    code="en",
    version="1.0.0",
    substitutions=SUBSTITUTIONS,
    opener=OPENER,
    softener=SOFTENER,
    tail=TAIL,
    separator=SEPARATOR,
    clause_starters=CLAUSE_STARTERS,
    not_names=NOT_NAMES,
    common_words=COMMON_WORDS,
    kept_words=KEPT_WORDS,
    subordinators=SUBORDINATORS,
    advice=ADVICE,
)

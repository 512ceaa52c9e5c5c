"""Grievances: repeated contact or unresolved history, and waiting or lateness.

Customer-side. The rules look for the complaint, not the words: "I'll call again
tomorrow if needed", "try again" and "I can wait" are not grievances; "still not
fixed", "third time I've called" and "on hold for 2 hours" are.
"""

from __future__ import annotations

from deescalate.labels import Label
from deescalate.lang.en._shared import CUSTOMER
from deescalate.rules import Rule

L = Label


def _words(text: str) -> tuple[str, ...]:
    """Anchor words written as one space-separated string."""
    return tuple(text.split())


_NUMBER = (
    r"(?:\d{1,3}(?:[\-/]\d{1,3}|\.\d)?\+?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|forty[\s\-]five|fifty|ninety|several|many|a\s+few|a\s+couple"
    r"(?:\s+of)?|half\s+an?)"
)
_APPROX = (
    r"(?:(?:over|almost|nearly|more\s+than|about|like|at\s+least|close\s+to|an\s+extra|another"
    r"|around|roughly|literally|going\s+on)\s+)?"
)
_SHORT_UNIT = r"(?:min(?:ute)?s?|hours?|hrs?|h)"
_UNIT = r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|wks?|months?|years?)"
_LONG_UNIT = r"(?:hours?|hrs?|days?|weeks?|wks?|months?|years?)"
# The start of a clause: the message start, sentence punctuation, or the run of spaces
# a blanked @handle leaves behind.
CLAUSE_START = r"(?<!\w)(?<=(?:^|[.!?,;:\n\-(]|\s\s)\s{0,20})"

# --- grievance.repeat ------------------------------------------------------------------

_CONTACT = (
    r"(?:called|calling|contacted|contacting|emailed|emailing|messaged|messaging|tweeted|tweeting"
    r"|dm'?e?d|spoken|spoke\s+(?:to|with)|chatted|phoned|rang|written|wrote|reached\s+out|complained"
    r"|asked|told|explained|sent|reported|requested|been\s+(?:on\s+the\s+phone|transferred"
    r"|disconnected|hung\s+up\s+on|told|through\s+this)|transferred|hung\s+up\s+on|gone\s+through"
    r"|went\s+through|submitted|filed|raised|opened|logged|visited|been\s+to)"
)

REPEAT: tuple[Rule, ...] = (
    Rule(
        id="en.grievance.repeat.nth_time",
        label=L.GRIEVANCE_REPEAT,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th"
            r"|ninth|9th|tenth|10th|umpteenth|nth|millionth|hundredth|100th|\d{1,2}(?:st|nd|rd|th))"
            r"\s+time(?:\s+(?:in\s+a\s+row|this\s+(?:week|month|year|morning|day)|today|now))?(?!\w)"
            r"(?!\s{1,5}(?:customer|buyer|user|caller|visitor|shopper|flyer|guest|ordering\s+and"
            r"|lucky|charm|around\s+(?:and|it)\s+(?:was|is)\s+(?:great|perfect|fine)))"
        ),
        anchors=_words(
            "second 2nd third 3rd fourth 4th fifth 5th sixth 6th seventh 7th eighth 8th ninth"
            " 9th tenth 10th umpteenth nth millionth hundredth 100th time"
        ),
        message="The customer says this has happened, or they have asked, several times.",
        examples=(
            "this is the third time I've called",
            "For at least the third time this year, I will miss the meeting",
            "This is the second time my offline playlists have disappeared",
            "delivered to the wrong address for the 4th time",
        ),
        near_misses=(
            "this is my first time ordering",
            "second time customer here, love the app",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.repeat.n_times",
        label=L.GRIEVANCE_REPEAT,
        speakers=CUSTOMER,
        pattern=(
            rf"(?<!\w){_CONTACT}(?!\w)(?:\s+[\w'.&]+){{0,7}}?\s+(?:(?:{_NUMBER}|so\s+many|countless"
            r"|multiple|numerous|a\s+(?:dozen|million|hundred|bunch\s+of)|like\s+\d{1,3})\s+(?:more\s+)?"
            r"(?:different\s+)?(?:times|calls|emails|messages|tweets|dms|chats|agents|reps"
            r"|representatives|tickets|cases|occasions|attempts)|(?<!charged\s)(?<!billed\s)twice"
            r"|thrice)(?!\w)"
            r"|(?<!\w)(?:\d{1,2}|two|three|four|five|six|several|multiple)\s+different\s+(?:people"
            r"|agents|reps|representatives|answers|stories|departments|excuses)(?!\w)"
        ),
        anchors=_words(
            "times calls emails messages tweets dms chats agents reps representatives tickets"
            " cases occasions attempts twice thrice different"
        ),
        message="The customer says they have contacted the company several times.",
        examples=(
            "I have called 4 times to fix nothing!",
            "Already contacted 3-4 times in the last month",
            "HELP ME IVE TWEETED U LIKE 10 TIMES",
            "I've emailed support twice and got no answer",
            "3 different people have given 3 different answers",
        ),
        near_misses=(
            "I called to ask about my bill, thanks for the help",
            "you charged me twice",
            "I'll call again tomorrow if needed",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.repeat.already_told",
        label=L.GRIEVANCE_REPEAT,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:i|we)(?:'ve|\s+have|\s+had|'d)?\s+already\s+(?:told|explained|said"
            r"|called|contacted|emailed|messaged|dm'?e?d|spoken|spoke|talked|reported|complained|gave"
            r"|given|provided|answered|been\s+through|went\s+through|gone\s+through)(?!\w)"
            r"|(?:(?<!\w)(?:i|we)(?:'ve|\s+have|\s+had|'d)?\s+|" + CLAUSE_START + r")already\s+"
            r"(?:told\s+(?:you|u|y'?all|them)|explained\s+(?:this|that|it)|did\s+(?:that|this"
            r"|it|all|everything|those|these)|done\s+(?:that|this|it|all|everything|those|these)"
            r"|tried\s+(?:that|this|it|all|everything|every|those|these|both|uninstall|reinstall"
            r"|restart|resett|clear|log|sign|updat|the\s+\w+)|sent\s+(?:this|that|it)\s+(?:twice"
            r"|before|already))"
            r"|(?<!\w)(?:done|tried)\s+(?:that|this|it|all\s+(?:of\s+)?(?:that|this|those|these)"
            r"|those|these|everything)\s+already(?!\w)"
            r"|(?<!\w)as\s+i\s+(?:already\s+|have\s+already\s+|'ve\s+already\s+)?(?:said|told\s+you"
            r"|explained|mentioned|stated|wrote)(?:\s+(?:before|earlier|already|previously|twice|in\s+my"
            r"\s+(?:last|previous|first)\s+\w+))?"
            r"|(?<!\w)how\s+many\s+(?:more\s+)?times\s+(?:do|does|have|must|will|should|am|did|are"
            r"|can|is)(?!\w)"
            r"|(?<!\w)(?:i'?m|i\s+am|we'?re)\s+(?:so\s+|really\s+)?(?:sick|tired)(?:\s+and\s+tired)?"
            r"\s+of\s+(?:repeating|explaining|calling|chasing|contacting|telling|asking|being\s+(?:passed"
            r"|transferred|bounced|told))"
            r"|(?<!\w)(?:you|u|they|y'?all|you\s+guys|people|agents|reps|everyone|support|staff"
            r"|your\s+\w+)\s+(?:keep|keeps|kept)\s+(?:telling|asking|saying|sending|giving)\s+(?:me|us)"
            r"(?:\s+the\s+same)?(?!\w)"
            r"|(?<!\w)(?:(?:the\s+)?run[\s\-]?around|bounced\s+around|passed\s+around|transferred\s+around"
            r"|going\s+(?:around\s+)?in\s+circles|over\s+and\s+over(?:\s+again)?|again\s+and\s+again)"
            r"(?!\w)"
        ),
        anchors=_words(
            "already done tried said told explained mentioned stated wrote many sick tired"
            " keep keeps kept run runaround bounced passed transferred circles over again"
        ),
        negatable=True,
        message="The customer says they have already explained or tried this.",
        examples=(
            "I already explained this",
            "I've already tried that and it still doesn't work",
            "As I said before, the order number is in my DM",
            "How many times do I have to tell you?",
            "you keep telling me the same thing",
            "Why do we always get a runaround",
        ),
        near_misses=(
            "I already have an account, how do I log in?",
            "it already works, thanks!",
            "Tried again and finally got it to take",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.repeat.still_broken",
        label=L.GRIEVANCE_REPEAT,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)still\s+(?:(?:not|isn'?t|isnt|doesn'?t|doesnt|don'?t|dont|won'?t|wont|can'?t|cant"
            r"|cannot|haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|aren'?t|arent|wasn'?t|unable\s+to"
            r"|not\s+able\s+to)(?:\s+(?:been|even|get|got|be|quite|really|fully|properly|seem\s+to))?"
            r"\s+(?:\w+\s+)?(?:working|work|works|fixed|fix|resolved|solved|sorted|load|loading|play"
            r"|playing|open|opening|connect|connecting|sync|syncing|log\s+in|login|sign\s+in|access"
            r"|use|using|find|see|show|showing|download|install|update|going|go|right|corrected"
            r"|functioning|function|addressed|back|restored|able|available|possible|there|changed)"
            r"|broken|down|doing\s+(?:it|this|that)|no\s+(?:fix|solution|resolution|change|luck|dice"
            r"|joy|improvement|progress|help|answer|service|internet|signal|power|wifi|connection)"
            r"|nothing|the\s+same(?:\s+(?:issue|problem|thing|error|result))?|same\s+(?:issue|problem"
            r"|thing|error|result)|having\s+(?:the\s+same|this|that|these|issues|problems|trouble"
            r"|the\s+(?:issue|problem))|getting\s+(?:the\s+same|this|that|an?\s+error|errors)"
            r"|happening|happens|occurring|crashing|crashes|freezing|an?\s+(?:issue|problem)"
            r"|experiencing|charging|being\s+charged|unresolved|persists?|persisting|an?\s+ongoing"
            r"|skipping|cutting\s+out|buffering|jumping|pending|stuck|locked\s+out|messed\s+up)(?!\w)"
        ),
        anchors=("still", "stil"),
        not_within=(
            r"(?:if|whether|in\s+case|when)\s+(?:you'?re|you\s+are|u\s+r|it'?s|it\s+is|it|you|they"
            r"|they'?re)\s+still[^.!?\n]{0,40}",
        ),
        message="The customer says the problem is still not resolved.",
        examples=(
            "still not fixed",
            "Reinstalled the app and it still doesn't work",
            "@brand still not working",
            "I've already tried this, and still nothing.",
            "songs are still jumping after the update",
            "It seems this technical issue still hasn't been fixed.",
        ),
        near_misses=(
            "is it still available?",
            "I still love you guys",
            "I'm still not sure how to add a playlist",
            "still on version 8.4, should I update?",
            "Let us know if you're still having issues",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.repeat.again",
        label=L.GRIEVANCE_REPEAT,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:down|broken|broke|crashed|crashing|crashes|happen(?:ed|ing|s)?|messed\s+up"
            r"|screwed\s+up|wrong|late|delayed|cancell?ed|failed|failing|missing|charged|overcharged"
            r"|double\s+charged|billed|out|not\s+working|stopped\s+working|gone|disappeared|vanished"
            r"|lost|frozen|freezing|logged\s+(?:me\s+)?out|glitch(?:ing|ed)?|buggy|bugged|skipping"
            r"|same\s+(?:thing|issue|problem|error|story|excuse|response|answer|reply)|did\s+it"
            r"|doing\s+it|at\s+it|this\s+crap|this\s+shit|this\s+nonsense|not\s+this|here\s+we\s+go"
            r"|reset|deleted|removed|wiped|dropped|disconnected|forgot|forgotten)(?:\s{1,3}\w+)?,?"
            r"\s{1,3}(?:yet\s+)?again(?!\w)"
            r"|(?<!\w)yet\s+again(?!\w)"
            r"|" + CLAUSE_START + r"once\s+again(?!\w)(?![^.!?\n]{0,40}?(?:thank|set\s+the\s+bar"
            r"|great|amazing|love|awesome|best|excellent|nailed|proves?|proved|you\s+rock"
            r"|outstanding|brilliant|fantastic|wonderful|impressed|perfect|happy|lovely|a\s+pleasure))"
            r"|(?<!\w)(?<=(?:^|[.!?\n])\s{0,25})again\s{0,3}(?:[!?.\n]|$)"
            r"|(?<!\w)(?:it|this|that)\s+(?:keeps|kept)\s+(?:happening|on\s+happening)(?!\w)"
        ),
        anchors=_words(
            "again down broken broke crashed crashing crashes happen happened happening"
            " happens keeps kept"
        ),
        not_within=(
            r"(?:if|when|in\s+case|should|whenever|hope\w{0,6}"
            r"|make\s+sure|so\s+(?:it|this)\s+(?:doesn'?t|never|won'?t)|never|don'?t\s+want)\s"
            r"[\w\s']{0,40}again",
            r"(?:will|would|should|can|could|might|may)\s+(?:i|we|it|this|they|you)\s[\w\s']{0,30}again",
            r"(?:working|works|running|online|up|fine|ok|okay|good|normal|normally|back|thank\w{0,3}"
            r"|thanks)\s+(?:\w+\s+)?again",
        ),
        message="The customer says the problem has happened again.",
        examples=(
            "Internet down, again. 7th time this month",
            "app order messed up AGAIN.",
            "You did it again!",
            "Once again they marked a package delivered when it clearly wasn't.",
            "charged me yet again for a cancelled plan",
            "Again?!",
        ),
        near_misses=(
            "I'll call again tomorrow if needed",
            "tried logging in again and it works fine again, thanks",
            "I'll let you know if it happens again",
            "thanks again for the help!",
            "will I be charged again next month?",
            "Once again you set the bar for what an airline should be",
            "Hopefully it won't happen again!",
            "up and running again",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.repeat.nobody_replied",
        label=L.GRIEVANCE_REPEAT,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:no\s?(?:one|body)|no-one|nobody)\s+(?:(?:has|have|had|ever|even|will|is)\s+)?"
            r"(?:(?:ever|even|bothered\s+to|seems\s+to|seemed\s+to)\s+)?(?:got(?:ten)?\s+back"
            r"|gets?\s+back|came|come|replied|responded|responds|respond|reply|called(?:\s+me)?\s+back"
            r"|calls?\s+(?:me\s+)?back|contacted|answered|answers?|helped|helps?|help|followed\s+up"
            r"|follows?\s+up|bothered|fixed|fixes|resolved|knows\s+(?:where|what|why|how|anything"
            r"|when|who)|cares|care|listens|listened"
            r"|(?:can|could|will|would|was\s+able\s+to|is\s+able\s+to)\s+(?:\w+\s+)?(?:help|answer"
            r"|fix|tell|explain|give|resolve|sort|figure|assist))(?!\w)"
            r"|(?<!\w)(?:never|didn'?t|did\s+not|haven'?t|hasn'?t|has\s+not|have\s+not|still\s+not"
            r"|still\s+haven'?t|still\s+hasn'?t)\s+(?:ever\s+|even\s+)?(?:got(?:ten)?\s+back|heard\s+back"
            r"|heard\s+anything|replied|responded|followed\s+up|called\s+(?:me\s+)?back|returned\s+my"
            r"\s+(?:calls?|emails?|messages?)|gotten\s+a\s+(?:reply|response|call))(?!\w)"
            r"|(?<!\w)(?:(?:i|we)\s+(?:was|were|have\s+been|'ve\s+been)|you|they|u)\s+promised(?!\w)"
            r"(?<!(?:n't|not)\s{1,3}(?:you|they|u)\s{1,3}promised)"
            r"|(?<!\w)(?:broken|empty|false)\s+promises(?!\w)"
            r"|(?<!\w)(?:i|we)\s+(?:was|were|have\s+been|'ve\s+been|got)\s+told\s+(?:\w+\s+){0,5}?"
            r"(?:would|will|was\s+going\s+to|'d)\s+(?:be\s+)?(?:fixed|resolved|sorted|refunded|credited"
            r"|here|arrive|delivered|called|contacted|get|hear|receive|back)(?!\w)"
        ),
        anchors=_words(
            "back came come replied reply responded respond responds called call calls"
            " contacted answered answer answers helped help helps followed follows bothered"
            " fixed fix fixes resolved resolve knows cares care listens listened tell explain"
            " give sort figure assist heard returned gotten promised promises told"
        ),
        message="The customer says nobody followed up on an earlier contact.",
        examples=(
            "nobody got back to me",
            "no one can answer the question",
            "Your company NEVER REPLIED AND NEVER FOLLOWED UP",
            "I was promised a callback on Monday",
            "I was told it would be fixed by Friday",
        ),
        near_misses=(
            "nobody was in there when I checked",
            "someone got back to me already, all sorted",
            "no one can beat your prices!",
        ),
        source="taxonomy.md",
    ),
)

# --- grievance.delay -------------------------------------------------------------------

DELAY: tuple[Rule, ...] = (
    Rule(
        id="en.grievance.delay.on_hold",
        label=L.GRIEVANCE_DELAY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:on\s+hold|in\s+(?:the\s+)?(?:queue|line)|been\s+waiting|waited|waiting"
            r"|(?:had|have|has|made\s+(?:me|us)|make\s+(?:me|us))\s+to\s+wait|holding|stuck|sat"
            r"|sitting|hung)(?:\s+\w+){0,3}?\s+(?:for\s+)?"
            + _APPROX
            + _NUMBER
            + r"\s{0,2}\+?\s{0,2}"
            + _UNIT
            + r"(?!\w)(?!\s{1,3}(?:away|drive|from|out|ahead|early))"
            r"|(?<!\w)"
            + _NUMBER
            + r"\s{0,2}\+?\s{0,2}"
            + _SHORT_UNIT
            + r"\s+(?:on\s+hold|in\s+(?:the\s+)?"
            r"queue|of\s+(?:waiting|being\s+on\s+hold|hold)|waiting|wait|hold\s+time)(?!\w)"
            r"(?!\s{1,3}(?:was|is)\s{1,3}(?:\w+\s+)?(?:faster|quick|quicker|short|shorter|fine|great"
            r"|nothing|not\s+bad|ok|okay|reasonable|better))"
            r"|(?<!\w)(?:i|we)(?:'ve|\s+have|'m|\s+am|\s+was|\s+were|'re|\s+are)?(?:\s+(?:been|got(?:ten)?"
            r"|just|now|currently|still|put|kept|left)){1,3}\s+on\s+hold(?!\w)"
            r"|(?<!\w)on\s+hold\s+(?:forever|for\s+(?:ages|ever|so\s+long|hours|days|an\s+eternity)"
            r"|all\s+day|again)(?!\w)"
        ),
        anchors=(
            "hold",
            "holding",
            "queue",
            "line",
            "waiting",
            "waited",
            "wait",
            "stuck",
            "sat",
            "sitting",
            "hung",
        ),
        negatable=True,
        message="The customer complains about a long wait.",
        examples=(
            "I've been on hold for 2 hours",
            "30 mins on hold to talk to someone about my policy",
            "been waiting for over 45 minutes for a driver",
            "I have been waiting for four hours to talk to someone from support",
            "I was put on hold and then disconnected",
        ),
        near_misses=(
            "I can wait",
            "my account is on hold, how do I fix it?",
            "please hold on a minute while I find the number",
            "wait 10 minutes and try again?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.delay.still_waiting",
        label=L.GRIEVANCE_DELAY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)still\s+waiting(?!\w)(?!\s{1,5}(?:to\s+(?:hear|see)\s+(?:if|whether)|for"
            r"\s+(?:the\s+)?(?:new|next)\s+(?:album|season|episode|release)))"
            r"|(?<!\w)been\s+waiting\s+(?:for\s+)?(?:ages|weeks|days|months|hours|so\s+long|a\s+(?:long"
            r"\s+)?(?:while|time)|too\s+long|forever|an?\s+(?:eternity|age)|since|all\s+day|awhile"
            r"|long\s+enough)(?!\w)"
            r"|(?<!\w)still\s+(?:haven'?t|havent|have\s+not|not|never|hasn'?t|hasnt|has\s+not|didn'?t"
            r"|no)\s+(?:(?:been|even|yet)\s+)?(?:received|receive|got|gotten|get|heard|seen|arrived"
            r"|delivered|shipped|dispatched|here|refunded|credited|processed|come|came|shown\s+up"
            r"|reply|replies|response|responses|answer|word|update|updates|news|refund|package|parcel"
            r"|delivery|order|call\s?back|email|confirmation|tracking|money|credit|follow[\s\-]?up"
            r"|contact|eta|sign)(?!\w)"
            r"|(?<!\w)(?:can'?t|cannot|can\s+not)\s+wait\s+(?:any\s*longer|anymore|much\s+longer"
            r"|forever)(?!\w)"
            r"|(?<!\w)how\s+(?:much\s+longer|long\s+(?:am\s+i|are\s+we|do\s+i\s+have|must\s+i|should\s+i"
            r"\s+have|is\s+it\s+going|will\s+i\s+have|will\s+it\s+take\s+to\s+get\s+a\s+(?:reply"
            r"|response|answer))\s+(?:supposed\s+)?(?:to\s+)?(?:wait|be\s+waiting|take))(?!\w)"
        ),
        anchors=("still", "stil", "been", "wait", "long", "much"),
        negatable=True,
        message="The customer says they are still waiting.",
        examples=(
            "still waiting",
            "Still waiting for my refund!",
            "I still haven't received my order",
            "still no response from your team",
            "how much longer do I have to wait?",
        ),
        near_misses=(
            "I can wait",
            "still waiting to see if the update fixes it, will let you know",
            "can't wait to try the new feature!",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.delay.where_is",
        label=L.GRIEVANCE_DELAY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)where(?:'?s|\s+is|\s+are|\s+the\s+(?:hell|heck|fuck)\s+is|\s+tf\s+is)\s+(?:my|our"
            r"|the)\s+(?:\w+\s+)?(?:order|package|parcel|delivery|refund|money|item|stuff|food"
            r"|driver|bags?|luggage|suitcase|shipment|replacement|credit|reimbursement|tech"
            r"|technician|engineer|ride|pizza|meal|check|cheque|card|tickets?)s?(?!\w)"
        ),
        anchors=("where", "wheres"),
        message="The customer asks where an overdue order or payment is.",
        examples=(
            "where is my package",
            "Where's my refund??",
            "Where the hell is my order?",
        ),
        near_misses=(
            "where is the nearest store?",
            "where can I find my order number?",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.delay.late",
        label=L.GRIEVANCE_DELAY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)" + _APPROX + _NUMBER + r"\s{0,2}" + _UNIT + r"\s+(?:late|overdue|behind"
            r"|delayed|past\s+(?:due|the\s+(?:delivery|due|expected|promised|estimated)))(?!\w)"
            r"|(?<!\w)(?:order|package|parcel|delivery|flight|train|bus|refund|shipment|driver"
            r"|technician|engineer|food|pizza|ride|replacement|it)\s+(?:is|was|are|were|has\s+been"
            r"|'s|have\s+been|keeps\s+getting|got)\s+(?:(?:so|very|really|super|extremely|always"
            r"|again|still|now|already)\s+)?(?:late|delayed|overdue|postponed)(?!\w)(?!\s{0,3}\?)"
            r"|(?<!\w)delayed\s+(?:again|for|by|over|more\s+than|another)\s+"
            + _APPROX
            + _NUMBER
            + r"\s{0,2}"
            + _UNIT
            + r"(?!\w)"
            r"|(?<!\w)(?:took|taking|has\s+taken|it'?s\s+taken|have\s+taken)\s+(?:(?:me|us|you|them"
            r"|u)\s+)?(?:over\s+|more"
            r"\s+than\s+|almost\s+|nearly\s+|another\s+)?"
            + _NUMBER
            + r"\s{0,2}"
            + _LONG_UNIT
            + r"\s+(?:to|for|and|now|already|since|without|just)(?!\w)"
            r"|(?<!\w)(?:days|weeks|hours|months)\s+(?:late|overdue|behind\s+schedule)(?!\w)"
            r"|(?<!\w)(?:long|huge|massive|endless|constant|ridiculous|terrible|awful|horrible|another"
            r"|yet\s+another|more|these|multiple|repeated|continuous|never[\s\-]ending|nonstop"
            r"|\d{1,3}[\s\-]?(?:hours?|hrs?|min(?:ute)?s?))\s+delays?(?!\w)"
        ),
        anchors=_words("late overdue behind delayed past postponed took taking taken delay delays"),
        negatable=True,
        message="The customer says something is late.",
        examples=(
            "my order is two weeks late",
            "the flight was delayed over 3 hours",
            "Over 1 week late",
            "the huge delays at the airport are a joke",
            "Train announcer even announced it 45 mins late.",
        ),
        near_misses=(
            "is flight 301 delayed?",
            "I'll be 10 minutes late to the pickup, sorry",
            "your shop has been great for 3 years now",
        ),
        source="taxonomy.md",
        not_within=(
            r"(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+might|i\s+may|i'?m|i\s+am|we'?ll|we'?re)\s+(?:be\s+)?"
            r"(?:running\s+)?(?:\w+\s+)?(?:\d{1,3}|a\s+few|five|ten|fifteen|twenty)\s{0,2}"
            r"(?:min(?:ute)?s?|hours?|hrs?)\s+late",
            r"(?:been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:great|good|amazing|a\s+customer|a\s+member"
            r"|with\s+you|loyal|happy|using|working|fine|perfect)\s[^.!?\n]{0,60}",
        ),
    ),
    Rule(
        id="en.grievance.delay.not_arrived",
        label=L.GRIEVANCE_DELAY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:(?:haven'?t|havent|have\s+not|hasn'?t|hasnt|has\s+not|never|not\s+yet)\s+"
            r"(?:(?:even|yet|ever)\s+)?(?:received|got(?:ten)?)|(?:didn'?t|didnt|did\s+not|yet\s+to)\s+"
            r"(?:(?:even|yet|ever)\s+)?(?:receive|get))\s+(?:my|our|the|a|any|an)\s+(?:\w+\s+){0,2}?"
            r"(?:order|package|parcel|delivery"
            r"|item|refund|money|replacement|card|tickets?|product|shipment|reimbursement|credit"
            r"|deposit|food|stuff|purchase|response|reply|answer|callback|call\s+back|bags?|luggage"
            r"|compensation|voucher|check|cheque)s?(?!\w)"
            r"|(?<!\w)(?:order|package|parcel|delivery|item|refund|money|replacement|card|shipment"
            r"|food|purchase|stuff|bags?|luggage|tech(?:nician)?|engineer|driver|credit|pizza|it)\s+"
            r"(?:still\s+)?(?:has(?:n'?t|\s+not)|have(?:n'?t|\s+not)|did(?:n'?t|\s+not)|never"
            r"|is(?:n'?t|\s+not)|was(?:n'?t|\s+not))\s+(?:(?:yet|even|still)\s+)?(?:arrived?|shown\s+up"
            r"|show\s+up|turned\s+up|come|came|here|been\s+(?:delivered|shipped|processed|refunded"
            r"|credited|dispatched|sent|received)|shipped|dispatched|delivered|left|showed\s+up)(?!\w)"
            r"|(?<!\w)(?:never|not)\s+(?:arrived|showed\s+up|turned\s+up|been\s+delivered)(?!\w)"
        ),
        anchors=_words(
            "received receive got gotten get arrived arrive shown show showed turned come"
            " came here been shipped dispatched delivered left"
        ),
        message="The customer says an order, refund or visit has not arrived.",
        examples=(
            "I never received my order",
            "my package hasn't arrived yet",
            "the refund has not been processed",
            "the technician never showed up",
        ),
        near_misses=(
            "I haven't received any errors since the update",
            "my order arrived on time, thanks",
            "I never got to try the trial, can I get one?",
            "I will never ever get a credit card",
        ),
        source="taxonomy.md",
    ),
    Rule(
        id="en.grievance.delay.taking_forever",
        label=L.GRIEVANCE_DELAY,
        speakers=CUSTOMER,
        pattern=(
            r"(?<!\w)(?:taking|takes|took|taken|wait(?:ing|ed)?|been\s+waiting)\s+(?:(?:so|way\s+too|too"
            r"|this|that|such\s+a)\s+)?(?:long|forever|ages|an\s+eternity|for\s+ever|an\s+age)(?!\w)"
            r"(?!\s{1,5}(?:to\s+load\s+(?:the\s+)?(?:first|initial)))"
            r"|(?<!\w)(?:(?:such\s+a|very|really|so|extremely|ridiculously|insanely|crazy)\s+long"
            r"|ridiculous|insane|crazy|terrible|awful|horrendous|unacceptable)\s+(?:wait|waiting|hold)"
            r"(?:\s+times?)?(?!\w)"
            r"|(?<!\w)(?:wait|hold)\s+times?\s+(?:are|is|was|were)\s+(?:\w+\s+)?(?:ridiculous|insane"
            r"|crazy|terrible|awful|horrendous|unacceptable|absurd|outrageous|long|so\s+long)(?!\w)"
            r"|(?<!\w)(?:it'?s|it\s+has|it\s+had|has|have|i'?ve|we'?ve)\s+been\s+"
            + _APPROX
            + _NUMBER
            + r"\s{0,2}"
            + _LONG_UNIT
            + r"(?:\s+now)?(?:(?:\s{0,3},)?\s{1,3}(?:and|now|since|already"
            r"|without|still|&|but)(?!\w)|(?=\s{0,3}(?:[.!?\n]|$)))"
            r"|(?<!\w)"
            + _APPROX
            + _NUMBER
            + r"\s{0,2}"
            + _LONG_UNIT
            + r"\s+(?:later|on|now)(?:\s+and"
            r"|\s*,)?\s+(?:still|no|nothing|yet)(?!\w)"
            r"|(?<!\w)(?:for|since)\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:a|an|one|two"
            r"|three|four|five|\d{1,2}|several|a\s+few)\s+(?:days?|weeks?|months?)\s+now(?!\w)"
        ),
        anchors=_words(
            "long forever ages age eternity ever wait waiting hold hour hours hr hrs day days"
            " week weeks wk wks month months year years"
        ),
        not_within=(r"sorry[^.!?\n]{0,30}(?:took|taking|taken)[^.!?\n]{0,30}",),
        negatable=True,
        message="The customer complains that something is taking too long.",
        examples=(
            "this is taking forever",
            "why does it take so long? been waiting ages",
            "why is it taking so long?",
            "it's been 4/5 days now and I still haven't received it",
            "the wait times are ridiculous",
            "It's been 2 weeks and nothing has changed",
            "6 days later and still not able to share the song",
            "I've been locked out for over a week now",
        ),
        near_misses=(
            "it didn't take long at all, thanks!",
            "sorry this took so long, here is the version number",
            "I've been a customer for 3 years and love it",
            "how long does shipping take?",
        ),
        source="taxonomy.md",
    ),
)

RULES: tuple[Rule, ...] = (*REPEAT, *DELAY)

"""The second opinion: a few patterns for what a linear model over words misses most, direct threats,
dehumanising statements about groups, self-harm encouragement, sexual harassment and harassment aimed
at "you". They read normalized text (normalize.py) and score 1.0 for the categories they match.

Text that asks *about* such language (history, moderation, fiction, law: "why did propaganda call
Jews rats?", "is 'I will kill you' a threat?") is left to the other backends: DISCUSSION vetoes them
in the sentences it is in.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from interceptors.toxicity_blocker.context import SENTENCE_END

_W = r"(?:[\w']+[\s,]+)"  # one word and the space after it
YOU = (
    r"(?:you|u|ya|yourself|your\s+(?:\w+\s+)?(?:kids?|children|family|wife|husband|son|daughter|mother|"
    r"mum|mom|baby|sister|brother|dad|father|parents|throat|head|face|house|car|home))"
)
HARM = (
    r"(?:kill|murder|stab|shoot|strangle|choke|beat|hurt|cut|burn|gut|slit|rape|smash|bury|torture|"
    r"drown|hang|lynch|shank|slaughter|butcher|cripple|maim|punch|kick|break|end|destroy|find|get)"
)
I_WILL = (
    r"\b(?:i|we)\s*(?:'ll|will|shall|'m going to|am going to|'m gonna|am gonna|gonna|'d love to|"
    r"want to|wanna|swear i'll|promise i'll|will make sure|'ll make sure|can't wait to)\b"
)
GROUP = (
    r"(?:immigrants?|migrants?|foreigners|refugees|muslims?|jews|jewish people|blacks|black people|"
    r"whites|white people|gays|gay people|homosexuals|trans people|trannies|transgender people|women|"
    r"females|mexicans|latinos|gypsies|roma|asians|chinese(?: people)?|disabled people|cripples|arabs|"
    r"lesbians|africans|catholics|christians|pakistanis|indians|hindus|sikhs|israelis|palestinians|"
    r"poles|romanians|nigerians|somalis|albanians|syrians|afghans|turks|kurds|koreans|japanese|"
    r"iraqis|iranians|haitians|jamaicans|tamils|bangladeshis|eritreans|ethiopians|sudanese|moroccans|"
    r"algerians|egyptians|yemenis|uyghurs|yazidis|copts|punjabis|slovaks|czechs|bosnians|serbs|"
    r"bulgarians|lithuanians|ukrainians|russians|venezuelans|colombians|brazilians|filipinos|"
    r"vietnamese|buddhists|mormons|atheists|bisexuals|asylum seekers|illegals|schizophrenics|nepalis|"
    r"zimbabweans|indonesians|lebanese|ghanaians|kenyans|congolese|ugandans|bengalis|sri lankans|"
    r"\b(?!(?:how|many|some|most|few|more|other|million|thousand|hundred|of|ordinary)\b)[a-z]+ people)"
)
DEHUMAN = (
    r"(?:vermin|rats?|cockroach(?:es)?|parasites?|animals|(?:a )?disease|filth|filthy|subhuman|"
    r"sub-human|(?:a )?plague|savages|maggots|(?:a )?cancer|insects|leeches|apes|monkeys|pigs|dogs|"
    r"scum|trash|garbage|inferior|less than human|not (?:even )?human|(?:a )?virus|"
    r"infest(?:ed|ing|ation)|(?:breed|spread)(?:ing|s)? like|locusts|swarm|degenerates?|a blight|"
    r"like (?:rats|mice|termites|flies|rabbits|locusts|a virus|a plague))"
)
ELIMINATE = (
    r"(?:exterminat\w*|wiped out|wipe (?:them )?out|gass?(?:ed)?|deport(?:ed)?|get rid of|rid of|"
    r"cleans(?:e|ed|ing)|round(?:ed)? up|camps|eradicat\w*|purg\w*|kick(?:ed)? \w+ out|"
    r"kill(?:ed)? (?:all|every|them)|shot|hanged|lynch\w*|sterili[sz]\w*|wiped off)"
)
INSULT = (
    r"(?:idiot|moron|loser|failure|clown|waste of (?:space|oxygen|air|skin)|joke|freak|creep|imbecile|"
    r"disgrace|slob|pig|nobody|piece of (?:shit|garbage|trash|crap)|excuse for a (?:human|person|man|"
    r"woman)\w*|retard|scum|trash|parasite|dumbass|dimwit|cretin|bitch|cunt|twat|prick|dickhead|asshole|"
    r"embarrassment|waste|halfwit|buffoon|loser)"
)
# "i'll beat you at chess", "gonna hunt you down in rust": a game, not a threat
NOT_A_GAME = (
    r"(?!\s+(?:at|in) (?:a |the |our |this |next )?(?:game of |round of )?(?:chess|poker|cards|darts|pool|"
    r"snooker|tennis|golf|squash|badminton|ping pong|table tennis|scrabble|monopoly|mario ?kart|smash|"
    r"fifa|fortnite|minecraft|rust|valorant|league|overwatch|apex|warzone|call of duty|cod|halo|"
    r"rocket league|tekken|street fighter|mortal kombat|trivia|pub quiz|quiz|karaoke|bowling|ranked|"
    r"1v1|rematch|arm ?wrestling|uno|catan|mahjong|wordle|sudoku)\b)"
)
BODY = r"(?:mouth|tits|boobs|breasts|ass|butt|body|legs|curves|thighs|pussy|dick|cock|lips|nipples|chest)"

# a call on others to hurt someone: "somebody should torch that mosque", "someone needs to put a bullet
# in that judge", "everyone at the rally should find this man and make him pay"
SOMEONE_SHOULD = (
    r"\b(?:someone|somebody|anyone|everyone|whoever|one of you|you lot|lads)\b[^.?!\n]{0,40}?"
    r"\b(?:should|ought to|needs? to|has to|must|go and)"
)
TARGET = (
    r"(?:him|her|them|(?:that|this|the|those|these) (?:\w+ )?(?:judge|councillor|mp|journalist|reporter|man|"
    r"woman|guy|bloke|imam|priest|rabbi|vicar|teacher|cop|copper|politician|minister|mayor|landlord|"
    r"neighbou?r|referee|ref|witness|snitch|grass|traitor|mosque|synagogue|church|temple|family|prick|"
    r"bastard|bitch|nonce|paedo|creep|scumbag|clinic)s?)"
)
CALLED_HARM = (
    rf"(?:kill|murder|stab|shoot|strangle|hang|lynch|torch|burn|firebomb|petrol bomb|bury|beat|shank|knife|"
    rf"kneecap|batter|bash|glass|acid)\s+{TARGET}|run {TARGET} off the road|put (?:a bullet|a brick|a knife|"
    rf"a blade) (?:in|through|into)|put {TARGET} in the ground|finish (?:the job|him off|her off|them off)|"
    rf"make {TARGET} pay|pay {TARGET} a (?:little )?visit|"
    rf"put {TARGET} in (?:hospital|a wheelchair|the ground)"
)

PATTERNS: dict[str, list[str]] = {
    "threat": [
        rf"{I_WILL}\s+{_W}{{0,4}}?{HARM}\w*\s+{_W}{{0,2}}?{YOU}\b{NOT_A_GAME}",
        rf"{I_WILL}\s+{_W}{{0,3}}?(?:put|send|leave) {YOU} (?:in|to) (?:the |a )?(?:hospital|grave|ground|"
        r"morgue|body bag|wheelchair)",
        r"\b(?:i|we) know where (?:you|your \w+) (?:live|work|sleep|go|goes|park)",
        r"\bi (?:have|got) your (?:home )?address\b",
        r"find where you live",
        r"\bwatch your back\b",
        r"sleep with one eye open",
        r"\byou(?:'re| are) (?:a )?dead(?: man| woman| meat)?\b(?! ?(?:tired|wrong|right|serious|set|certain|"
        r"sure|keen|on\b|lucky|good|funny|cute|easy|cheap|quiet|last|centre|center|straight|against|beat|cool|"
        r"proud|nervous|excited|jealous|chuffed))",
        r"(?:better hope|pray) (?:we|i) never meet",
        r"you won't (?:walk away|live|survive|see)",
        r"won't be safe",
        r"something (?:bad )?(?:is going to|will|could|might|would) happen to (?:you|your)",
        r"(?:be a|be such a|would be a) (?:shame|pity) if\b"
        r"(?!\s+(?:it|the weather) (?:rain|snow|pour|drizzl)\w*|"
        r"(?:we|i) (?:missed|miss|(?:couldn't|can't|didn't|don't) (?:make it|go|come|get there))\b)",
        r"you'll regret",
        r"\bend up in (?:a|the) (?:ditch|hospital|"
        r"morgue|body bag|grave)",
        r"in an ambulance",
        r"bullet in your",
        r"coming for (?:you|your)",
        rf"hunt (?:you|u) down{NOT_A_GAME}",
        r"(?:never|nobody will ever) find (?:the|your) body",
        r"make (?:you|u) disappear",
        r"break every bone",
        r"burn your (?:house|home|car)",
        r"with you inside",
        r"(?:never|won't) (?:walk|talk|see) again",
        r"slashed",
        r"(?:got|have) planned for (?:you|your)",
        r"\byou(?:'re| are) next\b(?! (?:in|to|up|on|for|at|after))",
        r"(?:keep|and|or)\b.{0,150}\bwhat happens to (?:you|your (?:face|kids?|children|family|wife|husband|"
        r"daughter|son|mother|baby))\b",
        r"(?:easy|could|someone|i'll|we'll|i will|we will)\b.{0,150}\bfollow (?:you|your \w+) home",
        r"(?:friends|boys|lads|guys|people) (?:who )?(?:would love to |will |could )?(?:pay|paying) "
        r"(?:you|your \w+(?: \w+)?) a (?:little )?visit",
        r"(?:knife|gun|blade) (?:at|to|against) your (?:throat|head|neck)",
        r"you won't live to",
        r"you(?:'ll| will) beg\b",
        r"(?:i|we) know where (?:you|your \w+(?: \w+)?) (?:\w+ )?(?:to|at)",
        rf"{SOMEONE_SHOULD}\s+{_W}{{0,4}}?(?:{CALLED_HARM})",
    ],
    "identity_attack": [
        rf"\b{GROUP}\b(?:[\s,]+{_W}{{0,5}}?|[\s,]+)(?:are|is|were|spread|breed|multiply)\b\s*{_W}{{0,4}}?{DEHUMAN}",
        rf"\b{GROUP}\b\s+{_W}{{0,6}}?{ELIMINATE}",
        rf"{ELIMINATE}\s+{_W}{{0,6}}?{GROUP}\b",
        rf"\b{GROUP}\b\s+{_W}{{0,3}}?(?:don't|do not|doesn't) deserve",
        rf"(?:without|no more|free of|rid of) (?:any |all |the )?{GROUP}\b",
        r"genetically inferior",
        rf"never trust (?:a |any )?{GROUP}",
        rf"only good (?:one of the )?{GROUP}",
        r"is a dead one",
        rf"\b{GROUP}\b\s+(?:are|is) (?:a |an )?(?:ruining|destroying|invading|infesting)",
        rf"{GROUP} (?:should|must) (?:be|all be) \w+ (?:up|out|away)",
        r"should be a crime",
        rf"the {GROUP} infested",
        rf"(?:all|every last one of the|every single one of those) {GROUP}",
        rf"{GROUP} (?:have|has) no place",
        rf"(?:can't|cannot) trust (?:any )?{GROUP}",
        rf"(?:i'd|i would|i will|i'll|we'd|we) never (?:hire|trust|rent to|serve) {GROUP}",
        rf"{GROUP}\b.{{0,150}}\bin their (?:blood|genes|dna|nature)",
        rf"\b{GROUP}\b (?:are|is) (?:all |just |nothing but |born )?(?:\w+ )?(?:criminals|liars|thieves|"
        r"rapists|terrorists|animals|scum|breeders)",
        rf"\b{GROUP}\b (?:shouldn't|should not|mustn't) be allowed to (?:breed|vote|live|exist|have kids)",
        r"(?:back|out) where they crawled from|sent back where they came from",
        rf"(?:send|ship|throw|kick|put|pack|load|fly|tow) (?:the |all |every )?(?:the |of the )?{GROUP} "
        r"(?:back|out|home|on (?:the |a )?(?:next )?(?:boats?|planes?|flights?|trains?))",
        rf"(?:^|[.!?,;:]\s*|\b(?:should|must|(?<!used )to|let's|lets|just|and|please)\s+)"
        rf"(?:ban|bar|expel|exclude|evict|kick|purge|segregate|sack|fire)\s+(?:all |the |every |any )?"
        rf"{GROUP}\s+(?:from|out of)\b",
        rf"\b{GROUP}\b[^.?!;\n]{{0,30}}?\b(?:should|must|need to|needs to|ought to|have to|has to)\s+"
        r"(?:all\s+|just\s+|simply\s+)?(?:be\s+|all be\s+|get\s+)?(?:(?:sent|shipped|kicked|thrown|driven|"
        r"kept|locked|rounded|screened|cleaned|cleared|packed|booted|chased|fenced|walled|weeded|bred) "
        r"(?:back|out|off|away|home|up|down)|deported|banned|barred|expelled|sterili[sz]ed|interned|purged|"
        r"exterminated|gassed|hanged|lynched|segregated|culled|eradicated|put down|(?:put|locked|held|kept) "
        r"(?:in|into) (?:camps|cages|ghettos)|lose the right)\b",
        # contempt stated as a finding: "statistically they're more violent", "the lowest iq in europe"
        rf"\b{GROUP}\b (?:are|is) (?:all |just |simply |naturally |statistically |genetically |basically |"
        r"clearly |obviously )*(?:more violent|less intelligent|less evolved|less civili[sz]ed|a (?:lower|"
        r"lesser) (?:class|grade|form|kind|breed|type) of|a different breed)",
        rf"\b{GROUP}\b (?:have|has) (?:the )?(?:lowest|lower|low) iqs?\b",
        # told to leave, or not welcome, for who they are: "go back to your own country", "your kind
        # aren't welcome", "people like you don't belong here"
        r"\b(?:go|get|fly|swim|crawl|piss off|clear off|sod off) (?:back )?(?:home )?to (?:your|ur) own "
        r"(?:country|countries|kind|people)\b",
        r"\b(?:go|get|fly|swim|crawl) back (?:to )?where (?:you|u|ya) (?:came|come) from\b"
        r"(?!,? (?:and|then)\b)",
        r"\b(?:(?:your|ur) (?:kind|sort|lot|people|type)|people like (?:you|u|them))\s+(?:are |is )?"
        r"(?:not|aren't|arent|isn't|don't|dont|do not|doesn't|will never|never) (?:welcome|wanted|belong)\b",
    ],
    "self_harm": [
        r"\b(?:kill|hang|shoot|off|drown|cut) yourself\b",
        r"\bkys\b",
        r"slit your wrists",
        r"(?:drink|swallow) (?:some |the )?(?:bleach|poison|the whole bottle|all (?:your|the|of your) pills)",
        r"\bjump (?:off|from) (?:a|the|that) (?:bridge|building|cliff|roof|balcony)",
        r"(?<!n't )(?<!not )(?<!dont )(?<!never )(?:go|just|please|should|better|and) "
        r"(?!(?:don'?t|dont|do not|never|not|won'?t)\b)(?:\w+ )?(?:die|drop dead|end it|end your life)\b",
        r"(?:nobody|no one|noone) (?:would|will) (?:even )?(?:care|miss you|notice|mind)(?: if you)?",
        r"walk off a short pier",
        r"favou?r if you (?:overdosed|died|disappeared|killed yourself|were gone)",
        r"better off (?:without you|if you were dead|dead)",
        r"(?:better|happier|cleaner) (?:place )?"
        r"(?:without you|if you were (?:dead|gone)|once you(?:'re| are) gone)",
        r"take all (?:your|the) pills",
        r"(?:stopped|stop|quit) breathing",
        r"end it (?:all|already)",
        r"you were dead",
        r"favou?r and (?:die|end|kill|disappear|go)",
        r"(?:have|had) (?:slit|cut|hanged|killed)",
        r"\b(?:off|end|neck|unalive) yourself\b",
        r"starve yourself (?:some )?more",
        r"(?:^|[.!?,;]\s*|just |go |and |please |should |now )(?:end|take) your (?:own |miserable |pathetic |"
        r"worthless |sad |stupid )*life\b",
        r"(?:don't|do not|doesn't) deserve to (?:live|be alive|exist)",
        r"(?:better off|belong|should be) six feet under",
        r"(?:just|try|about|consider\w*) not waking up",
        r"(?:go|just|please|should|now) overdose\b",
        r"\brope\b.{0,150}\buse it\b|\buse (?:the|a|that) rope\b",
        r"(?:tall|high) (?:bridge|building|roof|cliff)\b.{0,150}\buse it\b",
        r"cut deeper next time",
        r"(?:you|should|could|do is|just) disappear (?:forever|for good)",
        r"finish what you started on your (?:wrists|arms)",
        r"bullet in your (?:own )?(?:head|brain|skull|mouth)",
        r"(?:step|jump) in front of (?:a|the) (?:train|bus)",
        r"stop existing",
        r"(?:cry|care|miss you) at your funeral",
        r"shed a tear if you",
        r"(?:party|celebrate|happier|relieved)\b.{0,150}\bif you killed yourself",
        r"(?:i|we) hope you (?:die|end|kill)",
    ],
    "sexual": [
        r"\bsend (?:me )?(?:your )?(?:nudes|naked|nude)",
        rf"(?:show|send|give) me (?:your|ur) {BODY}",
        rf"(?:see|grab|touch|lick|feel|squeeze|suck|bite|spank) (?:your|ur) {BODY}",
        r"(?:see|picture|imagine|imagining|want) (?:you|u) naked",
        r"you naked",
        r"\bnaked\b.{0,150}\b(?:me|my)\b",
        r"(?:take|get) (?:your|ur|off your) (?:top|clothes|shirt|bra|panties|pants) off",
        r"clothes off",
        rf"(?:picture|pic|photo)s? of (?:your|ur) {BODY}",
        r"(?:sleep|have sex|hook up) with me",
        r"(?:spread|open) your legs",
        r"sit on my (?:lap|face|dick|cock)",
        r"bend (?:you|u) over",
        r"you (?:know you )?want (?:it|me)\b",
        r"\b(?:rape|raping)\b(?! (?:survivor|victim|crisis|kit|case|trial|charge|allegation)s?\b)"
        r"(?<!survivor of rape)(?<!victims of rape)(?<!survivors of rape)(?<!victim of rape)",
        r"how much for a night",
        r"owe me sex",
        r"touch (?:you|u)\b",
        rf"\bnice {BODY}\b",
        r"suck my",
        r"\b(?:such a|you(?:'re| are)?)\s+(?:\w+\s+){0,2}?(?:slut|whore)s?\b",
        r"stop saying no",
        r"under (?:that|your) (?:skirt|dress)",
        r"what a real man feels like",
        r"come to my (?:room|bed|place|hotel)\b.{0,150}(?:tonight|don't tell)",
        r"don't tell anyone",
        rf"(?:your|ur) {BODY}\b.{{0,150}}\b(?:for me|tighter|touch|grab)",
        r"be a good girl and",
        r"send (?:me )?something (?:spicy|sexy|naughty|dirty)",
        r"watch(?:ing)? you bend over|bend over for me",
        r"moan(?:ing)? my name",
        r"(?:what i'd|what i would|things i'd) do to (?:your|ur|you)",
        r"feel (?:you|u) up",
        r"(?<!-)\b(?:whore|slut)s?\b(?!-)",
    ],
    "insult": [
        rf"\byou(?:'re| are|r)?\s+(?:\w+\s+){{0,4}}?{INSULT}s?\b",
        rf"\b(?:what|such) an? (?:\w+\s+){{0,3}}?{INSULT}\b",
        rf"\b(?:you|ya) (?:\w+\s+){{0,2}}?{INSULT}\b",
        r"\byou(?:'re| are| look)? (?:so |such an? |too )?(?:ugly|stupid|dumb|worthless|pathetic|useless|"
        r"disgusting|fat|brainless|hideous)\b",
        r"\b(?:shut up|shut your (?:mouth|face|trap)|fuck off|get lost|crawl back|go away)\b",
        r"(?:nobody|no one) (?:likes|loves|wants|cares about|will ever love) (?:you|someone)",
        r"(?:everyone|everybody) (?:hates|laughs at|thinks you)",
        r"(?:why|how) are you (?:even )?alive",
        r"(?:make|making) your life (?:a )?(?:living )?hell",
        r"too (?:dumb|stupid|ugly) to",
        r"deserve oxygen",
        r"nobody cares what you",
        r"go back to your (?:little )?hole",
        r"(?:ashamed|embarrassed) of (?:you|the)",
        r"(?:keep|going to keep) messaging you",
        r"(?:you|your face|your voice|looking at you) makes? me (?:sick|puke|vomit)",
        r"you(?:'re| are) too (?:\w+ )?(?:dumb|stupid|ugly|fat) to",
        r"no(?: ?one|body) asked (?:you|for your)",
        r"(?:the )?reason everyone (?:leaves|left|hates)",
        r"laughs? at you behind your back",
    ],
}

# Asking about abusive language rather than using it: history, moderation, law, fiction.
DISCUSSION = re.compile(
    r"\b(?:propaganda|moderat\w+|hate speech|community (?:rule|guideline)s?|content policy|guidelines|"
    r"slurs?|dehumanis\w+|dehumaniz\w+|law|legal|genocide|holocaust|nazis?|novel|story|screenplay|"
    r"villain|scene|chapter|character|plot|thriller|poem|real threat|trash talk|examples? of|"
    r"recognise|recognize|detect|what counts|considered|hotline|support a friend|get help|rules?|"
    r"how (?:do|can|should) (?:we|i) report|comments?|wrote|warning label|code of conduct|eugenics|"
    r"historians?|historical|history of)\b"
)

# Reporting what someone else said in order to get help or to moderate it ("a user dmed another
# 'i'll find you', credible threat or salt?", "my brother keeps getting told to kys online, how do i
# support him"): a reporting frame and a request for help or a ruling. The patterns stand aside; the
# linear model still reads the whole text.
REPORTING = re.compile(
    r"\b(?:a user|users?|someone|somebody|a member|members|people|a player|a streamer|a poster|"
    r"he|she|they|my (?:\w+ )?(?:ex|friend|brother|sister|son|daughter|kid|child|colleague|coworker|"
    r"boss|partner)|(?:a|an|one|my|our) (?:\w+ )?(?:pupil|student|colleague|coworker|co-worker|neighbou?r|"
    r"stranger|customer|client|commenter|caller|parent|teacher|manager|landlord|tenant|classmate|troll|"
    r"driver|passenger|patient)s?|"
    r"i was|i keep|i got|i've been|i have been)\b[^.?!\n]{0,60}?\b(?:(?:said|says|wrote|writes|posted|"
    r"posts|posting|dm'?e?d|messaged|texted|sent|told|telling|getting told|got|received|keeps? saying|"
    r"used to (?:say|tell me|call me)|"
    r"left (?:a |an |me |us )?(?:note|message|comment|voicemail|letter|review)s?)\b|left\s+['\"\u2018\u201c])"
)
ASKING_WORDS = re.compile(
    r"\b(?:how (?:do|can|should|would) (?:i|we)|ban or warn|escalat\w*|polic(?:y|ies)|credible|"
    r"violation|annotat\w*|label\w*|support (?:him|her|them)|reach out|see someone|therapy|report(?:ed)?|"
    r"is (?:that|it|this) (?!(?:clear|understood|it|now|so)\b)(?:a |an )?\w+|covered by|what should i do|"
    r"still (?:this )?(?:frightened|scared)|"
    r"(?:should|do|can|shall) (?:i|we) (?:call|ring|phone|contact|tell|go to|report|involve))\b"
)
ASKING = re.compile(r"\?|" + ASKING_WORDS.pattern)
# A question that demands assent to what was just said ("'i will find you.' understood?", "'...', got
# it?", "you hear me, dave?"): it asks nothing about a quote, so it excuses none. Only where it stands
# on its own: at the start, after a sentence end, a comma, a colon or a dash, or after a quote that
# ends a sentence ("'...!' clear?"); "how is 'i will kill you' understood?" still asks about the quote.
_GAP = r"[\s\u00ad\u200b-\u200d\u2060\ufeff]*"
TAG_QUESTION = re.compile(
    r"(?:^|(?<=[.!?,;:(\-\u2013\u2014\u2026])|(?<=[.!?,\u2026]['\"\u2019\u201d]))"
    + _GAP
    + r"(?:(?:is that|is it|are we|am i) (?:clear|understood)|do i make myself clear|clear enough|understood|"
    r"understand|clear|got (?:it|that|me)|get it|gotcha|savvy|(?:you|ya|u) hear me|hear me|capisce|"
    r"capiche|comprende|comprendo)(?:,"
    + _GAP
    + r"[a-z]+)?"
    + _GAP
    + r"[.\u2026!]*[?\u2048\u2049][?!\u2048\u2049\s\u00ad\u200b-\u200d\u2060\ufeff]*"
)


def _without_tags(text: str, normalized: str | None = None) -> str:
    """`text` with the tag questions of `normalized` (the same text before its quotes were blanked, if
    they were) blanked out, every other character where it was."""
    out = list(text)
    for m in TAG_QUESTION.finditer(normalized if normalized is not None else text):
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def reported(normalized: str) -> bool:
    """Abuse told about, to get help with it or a ruling on it."""
    return bool(REPORTING.search(normalized) and ASKING.search(_without_tags(normalized)))


# Quoting abuse in order to ask about it ("should 'kys' be flagged in our chat filter?", "a post said
# 'go kill yourself'; how do we help?"): the quoted words are left out when what surrounds them reports
# or asks. The rest of the text is still matched, and the linear model still reads all of it.
_IN = r"(?:[^'\n]|(?<=[a-z])'(?=[a-z]))"
QUOTED = re.compile(
    rf"(?<![a-z])(?:'{_IN}{{2,160}}?'|\"[^\"\n]{{2,160}}\"|\u2018[^\u2019\n]{{2,160}}\u2019|"
    r"\u201c[^\u201d\n]{2,160}\u201d)(?![a-z])"
)
REPORTED_WORDS = re.compile(
    r"\b(?:posts?|posted|comments?|(?<!my )messages?|messaged|said|saying|says|called|used to (?:say|call)|"
    r"wrote|written|typed|texted|texts|flag\w*|filter\w*|report\w*|means|meaning|does\b[^.?!\n]{0,80}?\bmean|"
    r"phrases?|(?<!my )words?|slang|ban(?:s|ned|ning|nable)?|"
    r"block\w*|chat|translate|spell\w*|shouted|yelled|screamed|ask(?:s|ed|ing)|explain\w*)\b"
)
REPORTED = re.compile(r"\?|" + REPORTED_WORDS.pattern)

# A question about what was done to a group in the past ("how were Armenians deported in 1915?",
# "why did the authorities expel the Jews?"): history, not a call to do it; only the identity-attack
# patterns stand aside for it.
HISTORY_QUESTION = re.compile(
    r"^(?:how|why|when|where|what|who)\b[^.?!]{0,60}\b(?:were|was|did|had)\b|\bin (?:the )?1\d{3}s?\b"
)

# Speaking against a removal ("our charity fights forced sterilisation of disabled women", "a vigil
# against the deportation of refugees"): it is not called for; the identity-attack patterns read the
# text without it.
OPPOSED = re.compile(
    r"\b(?:against|fights?|fighting|fought|oppos\w*|condemn\w*|protest\w*|resist\w*|end(?:ing)?|"
    r"stop(?:ping)?|halt|survivors? of|victims? of|apolog\w* for|compensation for|inquiry into|ban on)\s+"
    r"(?:the |all |any |a |further )?(?:(?:forced|mass|compulsory|coerced|unlawful|illegal|planned|"
    r"threatened|proposed|cruel) )*(?:sterili[sz]ations?|deportations?|expulsions?|exterminations?|"
    r"(?:ethnic )?cleansing|round-?ups?|purges?|internment|segregation|evictions?)\b"
)

COMPILED = {c: re.compile("|".join(f"(?:{p})" for p in ps)) for c, ps in PATTERNS.items()}
CATEGORIES = tuple(COMPILED)
# Most texts name no group: the patterns that need one are only tried when one is named (the same
# matches, in less time: each of them would otherwise scan the long list of groups at every word).
_NAMES_A_GROUP = re.compile(GROUP)
_ANY = {
    c: re.compile("|".join(f"(?:{p})" for p in ps if GROUP not in p) or "(?!)") for c, ps in PATTERNS.items()
}
_GROUPED = {
    c: re.compile("|".join(f"(?:{p})" for p in ps if GROUP in p) or "(?!)") for c, ps in PATTERNS.items()
}


def _search(category: str, text: str, names_a_group: bool) -> bool:
    return bool(_ANY[category].search(text) or (names_a_group and _GROUPED[category].search(text)))


# Punctuation that ends a sentence right before a quote, with or without a space ("how are you?'i
# will kill you'"): the quote starts a sentence of its own.
_ENDS_BEFORE_QUOTE = re.compile(r"[.!?\u2026][\s\u200b-\u200d\u2060\ufeff]{0,40}$")


def _sentences(normalized: str, quotes: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(start, end) of the text's sentences: split at context.SENTENCE_END except inside a quote (a
    quote's own "." or "?" does not end the sentence it is in; its closing mark and the space after
    it do), and before a quote that follows a sentence's final punctuation."""
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
    q = 0
    for m in SENTENCE_END.finditer(normalized):
        while q < len(quotes) and quotes[q].end() < m.end():
            q += 1
        if q < len(quotes) and quotes[q].start() < m.start() and m.end() <= quotes[q].end():
            continue  # inside the quote
        cuts.append((m.start(), m.end()))
    for quote in quotes:
        if _ENDS_BEFORE_QUOTE.search(normalized, max(0, quote.start() - 41), quote.start()):
            cuts.append((quote.start(), quote.start()))
    cuts.sort()
    bounds, start = [], 0
    for end, next_start in cuts:
        if end > start:
            bounds.append((start, end))
        start = max(start, next_start)
    return [*bounds, (start, len(normalized))]


def unquoted(normalized: str) -> str:
    """The text without the abuse it quotes in order to report it or ask about it: a quote is left out
    when its own sentence or the next one reports or asks ("should 'kys' be flagged?", "'i'll find
    you.' is that a threat?"), or the one before reports or asks in words ("a user messaged me. 'i
    will find you.'"), or the whole text reports abuse to get help (reported). A bare question
    before a quote is not about it: "how are you? 'i will kill you, dave.'" is a threat."""
    quotes = list(QUOTED.finditer(normalized))
    if not quotes:
        return normalized
    # the quotes blanked out, so what asks or reports is looked for in the words around them; a tag
    # question is blanked too: a sentence made only of one ("understood?") is no neighbour
    rest = _without_tags(QUOTED.sub(lambda m: "\0" * len(m.group()), normalized), normalized)
    if not (REPORTED.search(rest) or ASKING.search(rest)):
        return normalized
    if reported(normalized):  # abuse told about to get help with it: every quote in it is what was said
        return QUOTED.sub(" ", normalized)
    sentences = _sentences(normalized, quotes)
    # each sentence is searched once, however many quotes it holds or neighbours (linear in the text)
    asks = [bool(REPORTED.search(rest, a, b) or ASKING.search(rest, a, b)) for a, b in sentences]
    in_words = [
        bool(REPORTED_WORDS.search(rest, a, b) or ASKING_WORDS.search(rest, a, b)) for a, b in sentences
    ]
    # a sentence of white space only (a blank line) is no neighbour
    said = [k for k, (a, b) in enumerate(sentences) if rest[a:b].strip()]
    starts = [a for a, _ in sentences]
    out, last = [], 0
    for quote in quotes:
        k = bisect_right(starts, quote.start()) - 1
        at = bisect_right(said, k)  # said[at] is the first sentence with words after k
        after = said[at] if at < len(said) else None
        before = said[at - 1] if at > 0 and said[at - 1] != k else (said[at - 2] if at > 1 else None)
        if asks[k] or (after is not None and asks[after]) or (before is not None and in_words[before]):
            out += [normalized[last : quote.start()], " "]
            last = quote.end()
    return "".join([*out, normalized[last:]])


def matches(normalized: str) -> dict[str, float]:
    """Categories whose patterns match (1.0), {} for abuse reported to get help or none matched. A
    discussion word (a story, moderation, the law) excuses the sentences it is in, not a threat said
    in a sentence of its own: "I moderate a forum and review reported messages. I will kill you
    tonight." is a threat."""
    if reported(normalized):
        return {}
    text = unquoted(normalized)
    if not DISCUSSION.search(normalized):
        return _matched(text)
    found: dict[str, float] = {}
    for sentence in SENTENCE_END.split(text):
        if sentence.strip() and not DISCUSSION.search(sentence):
            found |= _matched(sentence)
    return found


def _matched(text: str) -> dict[str, float]:
    grouped = bool(_NAMES_A_GROUP.search(text))
    found = {c: 1.0 for c in CATEGORIES if _search(c, text, grouped)}
    if "identity_attack" in found and (
        HISTORY_QUESTION.search(text)
        or (OPPOSED.search(text) and not COMPILED["identity_attack"].search(OPPOSED.sub(" ", text)))
    ):
        del found["identity_attack"]
    return found

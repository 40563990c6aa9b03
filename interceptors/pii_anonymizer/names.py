"""Names beyond spaCy's model: name lists, capitalisation, and a second pass over the request.

* `NameListRecognizer` finds runs of capitalized (or ALL-CAPS) words that read as a person's name
  from Faker's name lists and English word frequencies: "Karoliina", "JOHN SMITH", "OSCAR, JOHNNY".
* `LowercaseNameRecognizer` finds names written in lower case, as people type them in chat ("hi
  priya", "ask kwame", "my name is dagny sorbo"): a known name after a cue, a first name followed by
  a surname, or a name English does not know as a word at all.
* `is_false_name` drops spaCy's guesses made only of ordinary words ("Consult Note", "q.d.").
* `propagate` is the second pass: every other mention of a found value, and of each name's parts,
  anywhere in the request is masked too ("Maria Fernandes" ... "Fernandes" ... "fernandes"), so one
  detection protects every mention.
"""

from __future__ import annotations

import bisect
import functools

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer import lexicon
from interceptors.pii_anonymizer.places import is_town
from interceptors.pii_anonymizer.spans import overlap_test
from interceptors.pii_anonymizer.structure import STAMP, result

# A word's letters, apostrophes inside ("O'Brien") but not a possessive's ("Stig's idea")
_LETTERS = r"(?:[\p{L}\p{M}]|['’](?![sS]\b)){0,64}"
# Capitalized words, with initials, particles ("Annabel de Bruijn") and "LAST, First" or a CSV's
# "First,Last".
_CAP_RUN = regex.compile(
    rf"(?<![\w@.])(\p{{Lu}}{_LETTERS}(?:-\p{{Lu}}[\p{{L}}\p{{M}}'’]{{1,64}})?)"
    r"((?:(?:,?[ \t]{1,40}|,)(?:\p{Lu}\.[ \t]{1,40})?(?:(?:de|van|von|der|den|da|di|du|le|la|ter|ten|del"
    r"|dos)[ \t]{1,40})?"
    rf"\p{{Lu}}{_LETTERS}(?:-\p{{Lu}}[\p{{L}}\p{{M}}'’]{{1,64}})?){{0,3}})(?![\w@])"
)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n\"“(]\s{0,40}|\n\s{0,40}[-*•]\s{0,40})$")


# What follows a person who is the subject at the start of a sentence: "Caleb is off sick",
# "Marcel kept texting me", "Walfried's mum called", "Sophie & Philip are late"
_SUBJECT_AFTER = regex.compile(
    r"['’]s\b|[ \t]{0,40}[&/+][ \t]{0,40}\p{Lu}|[ \t]{1,40}(?:is|isn't|was|wasn't|has|hasn't|had|will"
    r"|won't|said|says|"
    r"kept|keeps|can|can't|could|would|should|did|didn't|does|doesn't|just|already|wants|wanted|thinks|"
    r"thought|told|asked|called|texted|rang|sent|replied|wrote|reckons|says|and[ \t]{1,40}\p{Lu})\b"
)


def _name_score(words: list[str], sentence_start: bool, subject: bool = False) -> float:
    """0 when the words do not read as a person's name. `sentence_start`: the first word of a
    sentence, where a capital says nothing, unless what follows is said of a person (`subject`)."""
    given = words[0] if not words[0].isupper() else words[-1]  # "GOGOL Justyna": the surname first
    if (
        2 <= len(words) <= 3
        and lexicon.is_first_name(given)
        and lexicon.zipf(given) < 4.0
        and not any(lexicon.is_common(w) for w in words)
    ):
        return 0.7  # a distinctive first name and a surname English knows a little ("Józef Gogol")
    if not words or any(lexicon.is_ordinary(w) for w in words) or all(map(lexicon.is_foreign_word, words)):
        return 0.0
    if len(words) == 1:
        w = words[0]
        if len(w) < 3 or w.isupper() or not lexicon.is_first_name(w):
            return 0.0
        limit = 4.8 if not sentence_start else 4.3 if subject else 3.5  # "Grace is needed": a word
        return 0.6 if lexicon.zipf(w) < limit else 0.0
    first_known = lexicon.is_first_name(words[0]) or lexicon.is_first_name(words[-1])
    if first_known and all(lexicon.is_known_name(w) or lexicon.is_name_like(w) or len(w) <= 2 for w in words):
        return 0.75
    if len(words) <= 3 and all(
        len(w) > 2
        and lexicon.is_name_like(w)
        and not lexicon.is_known_name(w)
        or lexicon.is_known_name(w)
        and lexicon.zipf(w) < 4.0
        for w in words
    ):
        return 0.6  # names no list has: "Adebayo Puskas", "Haruto Einaudi"
    return 0.0


class NameListRecognizer(EntityRecognizer):
    """Capitalized word runs that read as names, judged with Faker's name lists."""

    def __init__(self, language: str = "en"):
        super().__init__(
            supported_entities=["PERSON"], name="NameListRecognizer", supported_language=language
        )

    def load(self) -> None:
        lexicon.names()
        lexicon.foreign_zipf("warm")  # loads the word lists of other languages once, at start-up

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        out = []
        for m in _CAP_RUN.finditer(text):
            for start, end in _name_runs(text, m.start(), m.end()):
                words = _WORDS.findall(text, start, end)
                if all(w.isupper() for w in words):  # ALL CAPS: judged as Title Case; alone a heading
                    if len(words) < 2 and _shouted(words[0], text, start, end):
                        out.append(result(self, "PERSON", start, end, 0.55))
                        continue
                    if len(words) < 2 or _caps_heading(words):
                        continue
                    words = [w.capitalize() for w in words]
                at_start = _SENTENCE_START.search(text, max(0, start - 4), start) is not None
                subject = at_start and _SUBJECT_AFTER.match(text, end) is not None
                score = _name_score(words, at_start, subject) or (
                    0.55 if len(words) == 1 and _unknown_person(words[0], text, end) else 0.0
                )
                if score:
                    out.append(result(self, "PERSON", start, end, score))
        return out + _partners(text, out, self)


# "ADRIAN!!! happy birthday", "hi FENELLA,": a first name alone in capitals, called out
_SHOUT_AFTER = regex.compile(r"[ \t]{0,40}(?:!|,|\?|[\p{So}])")
_SHOUT_BEFORE = regex.compile(
    r"(?i:\b(?:hi|hey|hello|dear|thanks|thank[ \t]{1,40}you|love[ \t]{1,40}you|happy[ \t]{1,40}birthday)"
    r"[ \t,]{0,40})$"
)


def _shouted(word: str, text: str, start: int, end: int) -> bool:
    return (
        len(word) >= 3
        and lexicon.is_first_name(word)
        and lexicon.zipf(word) < 3.5
        and (
            _SHOUT_AFTER.match(text, end) is not None or _SHOUT_BEFORE.search(text, max(0, start - 20), start)
        )
    )


# What is said only of a person, after a word English does not know: "Lubna is off sick today",
# "Wladyslawa's mum called", "Moinul said"
_PERSON_AFTER = regex.compile(
    r"['’]s[ \t]{1,40}(?:mum|mom|dad|wife|husband|son|daughter|sister|brother|kids?|parents|boyfriend|"
    r"girlfriend|partner|birthday|bday|idea|number|phone|mobile|address|email|house|place|flat|desk)\b"
    r"|[ \t]{1,40}(?:said|says|kept|told|asked|texted|rang|replied|wrote|reckons|thinks|wants|wanted|"
    r"is[ \t]{1,40}(?:off|on[ \t]{1,40}holiday|coming|going|running|bringing|driving|back|sick|ill|away|late|"
    r"not[ \t]{1,40}coming))\b"
)


def _unknown_person(word: str, text: str, end: int) -> bool:
    """A capitalized word no list and no dictionary knows, followed by what only a person does."""
    return (
        len(word) >= 3
        and not word.isupper()
        and lexicon.zipf(word) < 2.5
        and not lexicon.is_ordinary(word)
        and not lexicon.is_foreign_word(word)
        and _PERSON_AFTER.match(text, end) is not None
    )


# "Yuto & Laura", "Heloísa/Ottoline", "Jean and Oluwaseun": the other one of two people named together;
# "Csenge (Georgiadis)": a surname in brackets
_PARTNER_AFTER = regex.compile(
    rf"[ \t]{{0,40}}(?:(?:&|/|\+|and)[ \t]{{0,40}}|\()"
    rf"(?P<v>\p{{Lu}}{_LETTERS})(?![\w@])"
)
_PARTNER_BEFORE = regex.compile(
    rf"(?<![\w@.])(?P<v>\p{{Lu}}{_LETTERS})[ \t]{{0,40}}(?:&|/|\+|and)"
    rf"[ \t]{{0,40}}$"
)


def _partners(text: str, found: list, recognizer) -> list:
    out = []
    for f in found:
        for m in (
            _PARTNER_AFTER.match(text, f.end),
            _PARTNER_BEFORE.search(text, max(0, f.start - 40), f.start),
        ):
            if m is None or any(g.start <= m.start("v") < g.end for g in found):
                continue
            w = m["v"]
            if len(w) >= 2 and not lexicon.is_common(w) and not w.isupper() and lexicon.zipf(w) < 5.0:
                out.append(result(recognizer, "PERSON", m.start("v"), m.end("v"), 0.55))
    return out


_PARTICLES = lexicon.word_set("de del della di da das do dos du la le les van von der den ter bin al el y e")


def _caps_heading(words: list[str]) -> bool:
    """A form's heading in capitals, in English or another language ("SOLICITUD GENERAL", "DATOS DEL
    SOLICITANTE", "DICHIARAZIONE SOSTITUTIVA"): common words only, one of them in no name list, and
    no first name among them ("ANNA KOWALSKA" is a name)."""
    low = [w.lower() for w in words]
    return (
        all(lexicon.foreign_zipf(w) >= 3.0 or lexicon.zipf(w) >= 3.5 for w in low)
        and any(not lexicon.is_known_name(w) for w in low)
        and not any(w not in _PARTICLES and lexicon.is_first_name(w) and lexicon.zipf(w) < 5.0 for w in low)
    )


_WORDS = regex.compile(rf"\p{{Lu}}{_LETTERS}(?:-\p{{Lu}}[\p{{L}}\p{{M}}'’]{{1,64}})?")


def _name_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run of capitalized words at the ones that cannot be part of a name (ordinary words,
    short abbreviations like "MC" or "Ct"), so "Ulysses Ogrady MC" gives "Ulysses Ogrady"."""
    runs, cur = [], None
    found = list(_WORDS.finditer(text, start, end))
    for k, m in enumerate(found):
        w = m.group()
        if len(w) == 1 and cur and text.startswith(".", m.end()) or len(w) == 1 and cur:
            continue  # an initial inside a name: "Mehrudin M Thaler", "John F. Kennedy"
        breaks = lexicon.is_ordinary(w) or (len(w) <= 2 and not lexicon.is_known_name(w))
        if breaks and w.isupper() and len(w) > 2 and not lexicon.is_common(w) and k + 1 < len(found):
            breaks = not lexicon.is_first_name(found[k + 1].group())  # "GOGOL Justyna": surname first
        if breaks and cur and len(w) > 2 and not lexicon.is_common(w):
            before = text[cur[0] : cur[1]]  # "Józef Gogol": a surname English knows a little
            breaks = not (" " not in before and lexicon.is_first_name(before) and lexicon.zipf(before) < 4.0)
        if breaks or w in lexicon.PNR_CODES:
            if cur:
                runs.append(cur)
            cur = None
        elif cur and "," in text[cur[1] : m.start()] and text[cur[0] : cur[1]].count(" ") > 0:
            runs.append(cur)  # a comma ends a name unless it is "LAST, FIRST"
            cur = (m.start(), m.end())
        else:
            cur = (cur[0], m.end()) if cur else (m.start(), m.end())
    if cur:
        runs.append(cur)
    return runs


# Lower-case names. How common a name is as an English word decides how much evidence it needs:
# "karoliina" is a name wherever it stands, "jessica" after "thanks", "will" or "mark" never alone.
_LOW_WORD = regex.compile(
    r"(?<![\w@./#-])\p{Ll}[\p{Ll}\p{M}'’]{1,64}(?:-\p{Ll}[\p{Ll}\p{M}]{1,64})?(?!"
    r"[\w@]|\.\w)"
)
_INTRO = regex.compile(
    r"(?:\b(?:my[ \t]{1,40}name[ \t]{1,40}is|my[ \t]{1,40}name's|name's|i[ \t]{1,40}am|i'm|im|this"
    r"[ \t]{1,40}is|"
    r"it's|its|it[ \t]{1,40}is|call[ \t]{1,40}me|calls[ \t]{1,40}me|signed|from|called|named|she's"
    r"[ \t]{1,40}called|"
    r"he's[ \t]{1,40}called)[ \t]{1,40})$",
    regex.IGNORECASE,
)
_SENTENCE = regex.compile(
    r"(?:^|[.!?:]|\n)[ \t]{0,40}(?:(?:ok|okay|so|and|but|also|btw|omg|lol|lmao|haha|fyi|yeah|yep|yes|no"
    r"|wait|oh|"
    r"ugh|hmm|well|anyway|tbh|apparently|guys)[ \t.,!]{0,40})?[ \t.,]{0,40}$",
    regex.IGNORECASE,
)
_GREETING = regex.compile(
    r"(?:(?:^|[^\w])(?:hi|hello|hey|heya|hiya|dear|thanks|thank[ \t]{1,40}you|thx|ty|cheers|"
    r"bye|morning|evening|welcome|sorry|ok|okay|yes|yeah|no|sure|congrats|lol|lmao|haha|omg|dm|ily|"
    r"love|miss|@)[ \t,]{0,40})$",
    regex.IGNORECASE,
)
_VERB = regex.compile(
    r"(?:\b(?:ask|asked|tell|told|call|called|ping|pinged|email|emailed|text|texted|"
    r"message|messaged|cc|remind|reminded|meet|met|with|and|or|to|from|for|by|via|"
    r"said|says|saw|see|thank|thanked|sister|brother|wife|husband|son|daughter|bring|invite|invited|"
    r"friend|boss|manager|colleague|mom|mum|dad|uncle|aunt|cousin|named|called)[ \t]{1,40})$",
    regex.IGNORECASE,
)
_AFTER_NAME = regex.compile(
    r"(?:[ \t]{0,40}(?:[,.!?;:)]|$|\n|[\p{So}\p{Sk}])|[ \t]{1,40}(?:said|says|is|was|will|has|had|and|from|"
    r"at|in|on|asked|wants|called|told|can|could|would|should|to|about|if|that|"
    r"who|re|today|tomorrow|yesterday|tonight|now|later|again|too|also|please|"
    r"pls|know|knows|here|there|you|you're|youre|ur|u)\b)",
    regex.MULTILINE,
)
_VERB_AFTER = regex.compile(
    r"[ \t]{1,40}(?:is|was|has|had|will|said|says|asked|wants|called|told|can|could|"
    r"would|should|and[ \t]{1,40}i|just|already|added|sent|texted|thinks|reckons)\b"
)
# A person is meant on both sides: told or thanked before, speaking or told after
STRONG_BEFORE = regex.compile(
    r"(?:\b(?:tell|ask|thank|thanks|text|ping|remind|my[ \t]{1,40}(?:friend|mate|son|daughter|wife|husband|"
    r"boss|brother|sister|mum|mom|dad|cousin|uncle|aunt|colleague|neighbour|neighbor|partner|"
    r"boyfriend|girlfriend|flatmate|roommate))[ \t]{1,40})$",
    regex.IGNORECASE,
)
_STRONG_AFTER = regex.compile(
    r"[ \t]{1,40}(?:said|says|is|was|will|to|i|that|added|adds|thinks|wants|told|asked|reckons|sent|texted|"
    r"if|whether|at)\b"
    r"|[ \t]{0,40}[,!?](?![\w])"
)
# What only a person does, right after a word at the start of a sentence: "june said the wedding is in
# june", "rob reckons", "btw jo has a new number", "mark is gonna be late"; or who is asked about:
# "whos bo again".
_PERSON_PREDICATE = regex.compile(
    r"[ \t]{1,40}(?:said|says|reckons|reckoned|texted|replied|wrote|mentioned|messaged|rang|"
    r"has[ \t]{1,40}(?:a|his|her|their)[ \t]{1,40}new|is[ \t]{1,40}(?:gonna|going[ \t]{1,40}to|coming"
    r"|bringing|driving|"
    r"running[ \t]{1,40}late|off[ \t]{1,40}sick|on[ \t]{1,40}holiday|back[ \t]{1,40}from)|thinks"
    r"[ \t]{1,40}(?:we|i|you|it|that)|"
    r"told[ \t]{1,40}(?:me|us|him|her|them)|asked[ \t]{1,40}(?:me|us|him|her|them|if|whether|about))\b"
)
# "me and bill 🎂", "you and zé are"; a name greeted with a wave ("ronald 👋"); a nickname given
# ("everyone calls me tiff", "goes by ser")
_ME_AND = regex.compile(r"(?:\b(?:me|you|him|her|us|them)[ \t]{1,40}and[ \t]{1,40})$", regex.IGNORECASE)
_AND_AFTER = regex.compile(
    r"[ \t]{0,40}(?:$|\n|[,.!?)]|[^\w\s])|[ \t]{1,40}(?:are|were|went|will|have|had|got"
    r"|both)\b",
    regex.MULTILINE,
)
_WAVE = regex.compile(r"[ \t]{0,40}[👋🙋]")
_NICKNAMED = regex.compile(
    r"(?:\b(?:calls?[ \t]{1,40}me|known[ \t]{1,40}as|goes[ \t]{1,40}by)"
    r"[ \t]{1,40})$",
    regex.IGNORECASE,
)
_ALONE_AFTER = regex.compile(r"[ \t]{0,40}(?:$|\n|[,.!?)]|[^\w\s])", regex.MULTILINE)
# "whos got chads number": a name with a possessive s and no apostrophe, before what a person has
_POSSESSED = regex.compile(
    r"[ \t]{1,40}(?:number|phone|mobile|cell|address|email|e-mail|contact|details|place|house)\b"
)
# "hes kellers cousin": a surname with a possessive s before a relative
_POSSESSED_KIN = regex.compile(
    r"[ \t]{1,40}(?:cousin|brother|sister|bro|sis|mom|mum|dad|parents|bf|gf|boyfriend|girlfriend|wife"
    r"|husband|"
    r"son|daughter|aunt|auntie|uncle|nan|gran|grandma|grandpa|ex|stepdad|stepmom|stepmum)\b"
)
# "megan: omg", repeated: a transcript's speaker typed in lower case, with no time stamp
_LOW_SPEAKER = regex.compile(
    r"^[ \t]{0,40}(?P<v>\p{Ll}[\p{Ll}\p{M}'’]{2,14})[ \t]{0,40}:"
    r"[ \t]",
    regex.MULTILINE,
)
_NOT_SPEAKERS = lexicon.word_set("edit eta fyi tldr tl ps nb pps btw imo imho lol update ans")
_WHO = regex.compile(r"(?:\b(?:who's|whos|who[ \t]{1,40}is|who[ \t]{1,40}was)[ \t]{1,40})$", regex.IGNORECASE)
_WHO_AFTER = regex.compile(r"[ \t]{1,40}again\b|[ \t]{0,40}\?")
# "ok. is lsa comming 👀", "wait is jojo going": asked whether someone comes
_IS = regex.compile(
    r"(?:\b(?:is|isnt|isn't|was|wasnt)[ \t]{1,40})$",
    regex.IGNORECASE | regex.MULTILINE,
)
_IS_AFTER = regex.compile(
    r"[ \t]{1,40}(?:coming|comming|cumming|going|goin|gonna[ \t]{1,40}come|invited|still[ \t]{1,40}coming)\b"
)
# Who these words are is said by the word itself, not a name: "ask mum if", "tell dad to".
_KIN = lexicon.word_set(
    """mum mom mam mama mamma papa dad daddy nan nana gran granny grandma grandpa grandad nanna sis
    bro babe hun hon boss everyone someone somebody anyone anybody people guys him her them me you
    us everybody nobody teacher doc"""
)
_STRONG_BELOW = 5.5  # "tell bill i said", not "tell you what" ("you" is no first name anyway)
# Thresholds on the English Zipf frequency (7 "the", 4 "jessica", 2 "hektor", 0 unknown)
_ALONE_BELOW = 2.5  # a known name this rare in English is a name wherever it stands
_INTRO_BELOW = 5.0  # "my name is jessica" (not "i am sure": "sure" is not a name)
_GREETING_BELOW = 4.6  # "thanks jessica", not "thanks grace" or "ok will"
_VERB_BELOW = 4.3  # "ask kwame", "tell marcus and oliver"
_PAIR_FIRST_BELOW = 4.5  # "hektor bergqvist", "jessica smith"
_SURNAME_BELOW = 5.0


def _low_surname(word: str) -> bool:
    if "-" in word:  # "boulay-delannoy", "marsden-cooke"
        parts = [p for p in word.split("-") if p]
        return (
            bool(parts)
            and any(_low_surname(p) for p in parts)
            and all(_low_surname(p) or len(p) > 2 and not lexicon.is_common(p) for p in parts)
        )
    return len(word) > 2 and (
        lexicon.is_known_name(word)
        and lexicon.zipf(word) < _SURNAME_BELOW
        or lexicon.zipf(word) < 2.5
        and not lexicon.is_ordinary(word)
    )


def _told_about(text: str, word: str, before: str, end: int) -> bool:
    """A person is meant on both sides of `word`: told or asked before and speaking after ("tell
    bill i said thanks", "ask zé if"), a person's doing after the start of a sentence ("june said",
    "btw jo has a new number"), or asked about ("whos bo again")."""
    if lexicon.zipf(word) >= _STRONG_BELOW:
        return False
    named = lexicon.is_first_name(word) or lexicon.is_known_name(word)
    if not named and (lexicon.is_common(word) or lexicon.zipf(word) >= 4.0):
        return False
    return bool(
        STRONG_BEFORE.search(before)
        and _STRONG_AFTER.match(text, end)
        or _ME_AND.search(before)
        and _AND_AFTER.match(text, end)
        or _SENTENCE.search(before)
        and _WAVE.match(text, end)
        or _NICKNAMED.search(before)
        and _ALONE_AFTER.match(text, end)
        or _SENTENCE.search(before)
        and _PERSON_PREDICATE.match(text, end)
        or _WHO.search(before)
        and _WHO_AFTER.match(text, end)
        or _IS.search(before)
        and _IS_AFTER.match(text, end)
    )


class LowercaseNameRecognizer(EntityRecognizer):
    """Names typed in lower case, judged by Faker's name lists, English word frequencies and the
    words before them."""

    def __init__(self, language: str = "en"):
        super().__init__(
            supported_entities=["PERSON"], name="LowercaseNameRecognizer", supported_language=language
        )

    def load(self) -> None:
        lexicon.names()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or not any(c.islower() for c in text):
            return []
        out, words = [], list(_LOW_WORD.finditer(text))
        i = 0
        while i < len(words):
            m = words[i]
            w = m.group()
            before = text[max(0, m.start() - 30) : m.start()]
            if w.endswith("s") and len(w) >= 4 and _POSSESSED.match(text, m.end()):
                stem = w[:-1]
                if lexicon.is_first_name(stem) and lexicon.zipf(stem) < _STRONG_BELOW and stem not in _KIN:
                    out.append(result(self, "PERSON", m.start(), m.end() - 1, 0.6))
                    i += 1
                    continue
            if w.endswith("s") and len(w) >= 5 and _POSSESSED_KIN.match(text, m.end()):
                stem = w[:-1]
                if stem not in _KIN and not lexicon.is_common(stem) and _low_surname(stem):
                    out.append(result(self, "PERSON", m.start(), m.end() - 1, 0.6))
                    i += 1
                    continue
            if len(w) < 3 or w in _KIN:
                # "btw bo has a new number", "ask zé if he still has the van": short names only
                # where a person is told about on both sides
                if w not in _KIN and _told_about(text, w, before, m.end()):
                    out.append(result(self, "PERSON", m.start(), m.end(), 0.6))
                i += 1
                continue
            if not lexicon.is_first_name(w) and not (
                lexicon.is_known_name(w) and lexicon.zipf(w) < _ALONE_BELOW
            ):
                # a word English does not know, where only a name can stand: "she's called weiwei",
                # "hi nii,", "thanks dede and", "ok. weiwei is coming", "ask oyelaran about it"
                unknown = lexicon.zipf(w) < 3.0 and not lexicon.is_common(w)
                if (
                    _told_about(text, w, before, m.end())
                    or unknown
                    and (
                        len(w) >= 4
                        and _INTRO.search(before)
                        or (_GREETING.search(before) or _VERB.search(before))
                        and _AFTER_NAME.match(text, m.end())
                        or _SENTENCE.search(before)
                        and _VERB_AFTER.match(text, m.end())
                    )
                ):
                    end = m.end()
                    nxt = words[i + 1] if i + 1 < len(words) else None
                    if nxt is not None and text[end : nxt.start()] == " " and _low_surname(nxt.group()):
                        end, i = nxt.end(), i + 1
                    out.append(result(self, "PERSON", m.start(), end, 0.7))
                i += 1
                continue
            z = lexicon.zipf(w)
            nxt = words[i + 1] if i + 1 < len(words) else None
            pair = (
                nxt is not None
                and text[m.end() : nxt.start()] in (" ", "\t")
                and _low_surname(nxt.group())
                and z < _PAIR_FIRST_BELOW
            )
            score = 0.0
            if z < _ALONE_BELOW:
                score = 0.6
            elif _INTRO.search(before) and z < _INTRO_BELOW:
                score = 0.8
            elif pair:
                score = 0.65
            elif _GREETING.search(before) and z < _GREETING_BELOW and _AFTER_NAME.match(text, m.end()):
                score = 0.7
            elif _VERB.search(before) and z < _VERB_BELOW and _AFTER_NAME.match(text, m.end()):
                score = 0.6
            elif _SENTENCE.search(before) and z < _VERB_BELOW and _VERB_AFTER.match(text, m.end()):
                score = 0.6  # "ok. piotr is coming too"
            elif z < _STRONG_BELOW and _told_about(text, w, before, m.end()):
                score = 0.6  # "tell bill i said thanks", "june said the wedding is in june"
            if not score:
                i += 1
                continue
            end = m.end()
            if nxt is not None and text[m.end() : nxt.start()] in (" ", "\t") and _low_surname(nxt.group()):
                end = nxt.end()
                i += 1
            out.append(result(self, "PERSON", m.start(), end, score))
            i += 1
        return (
            out
            + self._speakers(text)
            + _handles(text, self)
            + _system_lines(text, self)
            + _titled(text, self)
        )

    def _speakers(self, text: str) -> list[RecognizerResult]:
        """Speakers in lower case that speak at least twice, in a transcript of two or more."""
        found = list(_LOW_SPEAKER.finditer(text))
        counts: dict[str, int] = {}
        for m in found:
            counts[m["v"]] = counts.get(m["v"], 0) + 1
        if len(counts) < 2:
            return []
        return [
            result(self, "PERSON", m.start("v"), m.end("v"), 0.65)
            for m in found
            if counts[m["v"]] >= 2
            and m["v"] not in _NOT_SPEAKERS
            and not lexicon.is_common(m["v"])
            and not lexicon.is_field_name(m["v"])
            and lexicon.zipf(m["v"]) < 4.5
        ]


# Who an address block or a contact line belongs to: the line above it, or what a separator sets
# before it on its line ("MARINALVA ROSENKRANZ | 296 Kingsway", "- Araba de Brzeczyszczykiewicz —").
_CONTACT = frozenset({"STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"})
_OWNER = regex.compile(
    r"(?:^|(?<=\n))[ \t]{0,40}(?:[-*•>][ \t]{1,40})?(?P<v>(?:\p{Lu}[\p{L}\p{M}'’]{0,64}(?:-\p{L}"
    r"[\p{L}\p{M}'’]{0,64})?,?[ \t]{1,40}"
    r"|(?i:de|da|do|dos|del|la|le|van|von|der|den|ter|bin|al|el)[ \t]{1,40}){1,5}?"
    r"\p{Lu}[\p{L}\p{M}'’]{0,64}(?:-\p{L}[\p{L}\p{M}'’]{0,64})?)"
    r"(?P<sep>[ \t]{0,40}(?:[|—–]|[ \t]-|\t)[ \t]{0,40}|[ \t]{0,40}\r?\n[ \t]{0,40})$"
)


_PARTICLE_WORD = regex.compile(r"(?i:de|da|do|dos|del|la|le|van|von|der|den|ter|bin|al|el)")


def owners(text: str, findings: list, make) -> list:
    """Add the name standing right before an address or a contact detail (`findings` sorted,
    non-overlapping, with start/end/entity; `make(start, end)` builds a PERSON finding). Lines and
    overlaps are found by bisection: thousands of contacts, each compared with every finding and its
    line read from its start, took time quadratic in the text."""
    newlines = [m.start() for m in _NEWLINE.finditer(text)]

    def newline_before(pos: int) -> int:
        k = bisect.bisect_left(newlines, pos)
        return newlines[k - 1] if k else -1

    out = [f for f in findings if f.start < f.end]
    starts, ends = [f.start for f in out], [f.end for f in out]
    for f in findings:
        if f.entity not in _CONTACT:
            continue
        line_start = newline_before(max(f.start - 1, 0))
        window_start = line_start + 1
        if not _NOT_SPACE.search(text, line_start + 1, f.start):  # the contact starts its line: look one up
            window_start = newline_before(max(line_start, 0)) + 1
        m = _OWNER.match(text, window_start, f.start)  # the name starts the window's line
        if m is None:
            continue
        words = [w for w in lexicon.words(m.group("v")) if not _PARTICLE_WORD.fullmatch(w)]
        if (
            not words
            or len(words) < 2
            and not lexicon.is_name_like(words[0])
            or any(lexicon.is_common(w) for w in words)
        ):
            continue
        start, end = m.span("v")
        i, j = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)  # those it overlaps
        if all(start <= o.start and o.end <= end and o.entity == "PERSON" for o in out[i:j]):
            out[i:j], starts[i:j], ends[i:j] = [make(start, end)], [start], [end]
    return out


_NEWLINE = regex.compile(r"\n")
_NOT_SPACE = regex.compile(r"\S")


_SPACY_NAMES = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}


def line_parts(span) -> list:
    """A spaCy entity split at its line breaks ("Justyna\n- Józef Gogol" is two names): one span
    over two lines would hide, in Presidio's overlap resolution, what other recognizers found
    inside it."""
    if "\n" not in span.text:
        return [span]
    from spacy.tokens import Span

    parts, start = [], span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or "\n" in span.doc[i].text:
            if i > start:
                parts.append(Span(span.doc, start, i, label=span.label_))
            start = i + 1
    return parts


def trim_entity(span):
    """A spaCy entity without the heading words and punctuation at its edges, or None when what is
    left is no name (see is_false_name)."""
    entity = _SPACY_NAMES.get(span.label_)
    if entity is None:
        return span
    start, end = span.start, span.end
    doc = span.doc

    def edge(token) -> bool:
        return token.is_punct or token.is_space or token.lower_.strip(".") in lexicon.HEADINGS

    while start < end and edge(doc[start]):
        start += 1
    while end > start and edge(doc[end - 1]):
        end -= 1
    if start == end:
        return None
    trimmed = span
    if (start, end) != (span.start, span.end):
        from spacy.tokens import Span

        trimmed = Span(doc, start, end, label=span.label_)
    return None if is_false_name(trimmed.text, entity) else trimmed


@functools.lru_cache(maxsize=65536)  # asked twice per spaCy entity, and names recur across texts
def is_false_name(text: str, entity: str) -> bool:
    """A spaCy PERSON or LOCATION made only of words that are not names: clinical abbreviations,
    note headings, common English words that no name list has."""
    low = text.lower().strip()
    if lexicon.is_clinical(low) or lexicon.is_clinical(low.replace(".", "")):
        return True
    words = lexicon.words(text) or [text]
    if entity == "PERSON":
        if any(w in lexicon.PNR_CODES for w in words):
            return True
        plain = [
            lexicon.is_ordinary(w) or lexicon.is_foreign_word(w) or lexicon.is_field_name(w) for w in words
        ]
        # "agradecerle su apoyo durante el año": a sentence of another language, not a name
        return all(plain) or len(words) >= 3 and sum(plain) * 3 >= len(words) * 2
    if all(lexicon.is_clinical(w.lower().strip(".")) or w.lower() in lexicon.HEADINGS for w in words):
        return True
    # "Mitgliedschaft zum Zeitpunkt", "Fahrzeug": another language's words, and no town we know
    return all(lexicon.is_foreign_word(w) or lexicon.is_field_name(w) for w in words) and not is_town(text)


PROPAGATED = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "ID_NUMBER",
        "US_SSN",
        "CREDIT_CARD",
        "IBAN_CODE",
        "STREET_ADDRESS",
    }
)


def name_parts(value: str) -> list[str]:
    """The parts of a name that identify on their own: not initials, titles or ordinary words."""
    return [w for w in lexicon.words(value) if len(w) > 2 and not lexicon.is_ordinary(w)]


# A name part this common in English ("Brown", "Will") is matched only when capitalized.
_ANY_CASE_BELOW = 4.95


class Mentions:
    """Every whole-word mention of some values (value -> entity) and of their name parts, found with
    `str.find` on the lower-cased text: a fresh request brings fresh values, and compiling them into
    one pattern cost more than the search. A one-word name that is also a common word ("Brown",
    "Will") counts only capitalized or in capitals."""

    def __init__(self, values: dict[str, str]):
        self.entity_of: dict[str, str] = {}
        for value, entity in sorted(values.items()):
            if len(value) < 3:
                continue
            self.entity_of.setdefault(value.lower(), entity)
            if entity == "PERSON":
                for part in name_parts(value):
                    self.entity_of.setdefault(part.lower(), entity)
        self.cased = {
            v
            for v, e in self.entity_of.items()
            if e == "PERSON" and " " not in v and lexicon.zipf(v) >= _ANY_CASE_BELOW
        }
        # A found name's initials, standing alone in capitals: "Nurse: Mia MacCann" then "R deltoid
        # MM" in the vaccine table; "J. Hughes ... | JH" in a sign-in sheet.
        self.initials = {
            i
            for value, entity in values.items()
            if entity == "PERSON" and (i := initials(value)) and i not in lexicon.ABBREVIATIONS
        }

    def __bool__(self) -> bool:
        return bool(self.entity_of or self.initials)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity), longest first where mentions overlap, left to right."""
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer: compare in place
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        found = []
        for value, entity in self.entity_of.items():
            at = low.find(value)
            while at >= 0:
                end = at + len(value)
                if (
                    (at == 0 or not _word_char(text[at - 1]))
                    and (end == len(text) or not _word_char(text[end]))
                    and (value not in self.cased or text[at:end] in (value.capitalize(), value.upper()))
                ):
                    found.append((at, end, entity))
                at = low.find(value, at + 1)
        for ini in self.initials:
            at = text.find(ini)
            while at >= 0:
                end = at + len(ini)
                if (at == 0 or not _word_char(text[at - 1])) and (
                    end == len(text) or not _word_char(text[end])
                ):
                    found.append((at, end, "PERSON"))
                at = text.find(ini, at + 1)
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        out: list[tuple[int, int, str]] = []
        for m in found:
            if not out or m[0] >= out[-1][1]:
                out.append(m)
        return out


def initials(name: str) -> str | None:
    """The capital initials of a name of two or three words ("Mia MacCann" -> "MM", "J. Hughes" ->
    "JH", "DEBRA BARKER" -> "DB"), or None."""
    parts = [w for w in lexicon.words(name) if w[0].isalpha()]
    if not 2 <= len(parts) <= 3 or not all(w[0].isupper() for w in parts):
        return None
    return "".join(w[0] for w in parts)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_NEXT_WORD = regex.compile(
    r"[ \t]{1,40}(\p{Lu}[\p{L}\p{M}'’]{1,64}(?:-\p{Lu}[\p{L}\p{M}'’]{1,64})?)(?!"
    r"[\w@])"
)


def _with_surname(text: str, end: int) -> int:
    """Where a mention of a known name ends: with the capitalized word right after it, when that is
    no common word ("Lehel" found, then "Lehel Braithwaite")."""
    m = _NEXT_WORD.match(text, end)
    return m.end() if m and not lexicon.is_common(m.group(1)) else end


def propagate(
    texts: list[str], findings: list[list], known: dict[str, str] | None = None, make=None
) -> list[list]:
    """Add a finding for every other mention of a found value (and of a name's parts) in any of the
    texts. `known` adds values found earlier in the conversation (value -> entity). `make(start,
    end, entity)` builds a finding like the others."""
    values = dict(known or {})
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.entity in PROPAGATED:
                values.setdefault(text[f.start : f.end], f.entity)
    mentions = Mentions(values)
    if not mentions:
        return findings
    out = []
    for text, found in zip(texts, findings, strict=True):
        overlaps = overlap_test((f.start, f.end) for f in found)
        extra = [
            make(start, _with_surname(text, end) if entity == "PERSON" else end, entity)
            for start, end, entity in mentions.find(text)
            if not overlaps(start, end)
        ]
        out.append(sorted([*found, *extra], key=lambda f: f.start) if extra else found)
    return out


# "stephanie_jenkins: sure", "@zulfiqar.reed": a user name made of a first name and a surname
_HANDLE = regex.compile(
    r"(?<![\w./-])@?(?P<a>\p{L}[\p{L}\p{M}]{1,64})[_.](?P<b>\p{L}[\p{L}\p{M}]{1,64})\d{0,4}(?![\w@/-]|\.\w)"
)


def _handles(text: str, recognizer) -> list:
    out: list[RecognizerResult] = []
    if "_" not in text and "." not in text:
        return out
    for m in _HANDLE.finditer(text):
        a, b = m["a"].lower(), m["b"].lower()
        if any(lexicon.is_common(w) or w in _KIN for w in (a, b)):
            continue
        if (lexicon.is_first_name(a) and _low_surname(b)) or (_low_surname(a) and lexicon.is_first_name(b)):
            out.append(result(recognizer, "PERSON", m.start("a"), m.end(), 0.6))
    return out


# A messaging app's own lines: "gert kloosterman added marianne", "Ana Lima left"
_SYS_WORD = r"\p{L}[\p{L}\p{M}'’.-]{0,64}"
_SYS_SEP = r"(?:[ \t]{1,40}|,[ \t]{0,40}|[ \t]{1,40}and[ \t]{1,40})"
_SYSTEM_LINE = regex.compile(
    rf"^(?:[ \t]{{0,40}}{STAMP})?[ \t]{{0,40}}(?P<a>{_SYS_WORD}(?:[ \t]{{1,40}}{_SYS_WORD}){{0,3}})"
    rf"[ \t]{{1,40}}"
    rf"(?:(?P<two>added|removed)[ \t]{{1,40}}(?P<b>{_SYS_WORD}(?:{_SYS_SEP}{_SYS_WORD}){{0,8}})"
    r"|left|joined(?:[ \t]{1,40}using[ \t]{1,40}this[ \t]{1,40}group's[ \t]{1,40}invite[ \t]{1,40}link)?"
    r"|changed[ \t]{1,40}(?:the[ \t]{1,40}(?:subject|group[ \t]{1,40}(?:name|description))|this"
    r"[ \t]{1,40}group's[ \t]{1,40}icon)"
    r"\b[^\n]*"
    r"|created[ \t]{1,40}group\b[^\n]*)[ \t]{0,40}$",
    regex.MULTILINE,
)
_SYSTEM_GATE = regex.compile(r"\b(?:added|removed|left|joined|changed|created)\b")


def _system_lines(text: str, recognizer) -> list:
    out: list[RecognizerResult] = []
    if not _SYSTEM_GATE.search(text):
        return out
    for m in _SYSTEM_LINE.finditer(text):
        for group in ("a", "b"):
            if m[group] is None:
                continue
            for w in regex.finditer(r"[\p{L}][\p{L}\p{M}'’.-]{0,64}", m[group]):
                word = w.group()
                if word.lower() in ("and", "you") or word.lower() in _KIN or lexicon.is_common(word):
                    continue
                a = m.start(group) + w.start()
                out.append(result(recognizer, "PERSON", a, a + len(word), 0.6))
    return out


# "miss harrell gave us homework", "ask mr waters": a title and a surname, in lower case
_LOW_TITLE = regex.compile(
    r"(?i:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam)\.?)[ \t]{1,40}"
    r"(?P<v>\p{Ll}[\p{Ll}\p{M}'’]{1,64}(?:-\p{Ll}[\p{Ll}\p{M}'’]{1,64})?)"
    r"(?![\w@])"
)


def _titled(text: str, recognizer) -> list:
    return [
        result(recognizer, "PERSON", m.start("v"), m.end("v"), 0.6)
        for m in _LOW_TITLE.finditer(text)
        if m["v"] not in _KIN
        and not lexicon.is_common(m["v"])
        and (_low_surname(m["v"]) or lexicon.zipf(m["v"]) < 3.0)
        and not is_town(m["v"])
    ]

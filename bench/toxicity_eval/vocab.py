"""Slot values shared by every template, written for this project. `{slot}` in a template takes one
of these at random (seeded); a slot may resolve to "" so the same template comes with and without
profanity."""

from __future__ import annotations

SLOTS: dict[str, tuple[str, ...]] = {
    "group": ("immigrants", "Muslims", "Jews", "Black people", "gay people", "trans people", "women",
              "Mexicans", "refugees", "Gypsies", "Asians", "disabled people", "Arabs", "lesbians",
              "Africans", "Catholics", "Roma", "Pakistanis", "Chinese people", "Hindus"),
    "vermin": ("rats", "vermin", "cockroaches", "parasites", "animals", "a disease", "filth",
               "subhuman", "a plague", "savages", "maggots", "a cancer", "insects", "leeches"),
    "kin": ("kids", "children", "daughter", "son", "wife", "mother", "little sister", "husband",
            "family", "baby"),
    "place": ("school", "office", "house", "gym", "flat", "work", "church", "daycare"),
    "when": ("tonight", "tomorrow", "this weekend", "after work", "when you least expect it", "soon",
             "on Friday", "one of these nights"),
    "harm": ("hurt", "kill", "stab", "shoot", "strangle", "beat", "cut", "burn", "murder", "gut"),
    "insult": ("idiot", "moron", "loser", "failure", "clown", "waste of space", "joke", "freak",
               "parasite", "nobody", "creep", "imbecile"),
    "prof": ("", "", "fucking ", "goddamn ", "bloody "),
    "tail": ("", "", ", you piece of shit", ", bitch", ", asshole", ", you prick", ", dickhead"),
    "name": ("Sarah", "Tom", "Priya", "Marcus", "Olga", "Kevin", "Aisha", "Diego", "Hannah", "Jamal",
             "Mei", "Lukas"),
    "body": ("tits", "ass", "body", "legs", "mouth", "boobs", "curves", "thighs"),
    "proc": ("nginx", "java", "postgres", "chrome", "python", "zombie", "node", "docker", "celery"),
    "author": ("Dickens", "Cockburn", "Hancock", "Sexton", "Butts", "Weiner", "Dick Francis",
               "Cummings", "Shittu", "Kuntz", "Fuchs", "Hoare", "Bastard", "Glasscock", "Kock",
               "Slutsky", "Gay", "Wang"),
    "place_name": ("Scunthorpe", "Penistone", "Middlesex", "Essex", "Sussex", "Shitterton",
                   "Fucking (now Fugging) in Austria", "Twatt in Orkney", "Lickey End", "Bitche in Lorraine"),
    "drug": ("paracetamol", "ibuprofen", "lithium", "insulin", "warfarin", "sertraline"),
    "animal": ("rats", "cockroaches", "maggots", "leeches", "parasites", "termites", "wasps", "mice"),
    "event": ("the Rwandan genocide", "the Holocaust", "the Armenian genocide", "Srebrenica",
              "the Cambodian killing fields", "the Nanking massacre", "the partition of India"),
}

# Words that obfuscated rows spell differently (leetspeak, inserted symbols, spaced letters).
OBFUSCATABLE = frozenset({
    "kill", "die", "dead", "death", "murder", "stab", "shoot", "rape", "hurt", "slit", "hang", "burn",
    "fuck", "fucking", "shit", "bitch", "cunt", "slut", "whore", "dick", "cock", "pussy", "ass", "asshole",
    "idiot", "moron", "loser", "retard", "rats", "vermin", "scum", "trash", "filth", "yourself", "suicide",
    "naked", "sex", "nudes", "tits", "boobs", "cut", "strangle", "gut", "bastard", "prick", "dickhead",
    "stupid", "worthless", "pathetic", "ugly", "disgusting", "subhuman", "exterminated", "wiped",
})

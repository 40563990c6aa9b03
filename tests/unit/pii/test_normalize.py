"""Undoing tricks that hide PII, and mapping spans found in the result back onto the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interceptors.pii_anonymizer.normalize import _PROSE, normalize


def original_of(text: str, found: str) -> str:
    """The original characters behind the first `found` in the normalized text."""
    n = normalize(text)
    i = n.text.index(found)
    a, b = n.to_original(i, i + len(found))
    return text[a:b]


# --- 1. invisible characters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jo\u200bhn Sm\u00adith", "John Smith"),
        ("J\u200co\u200dh\u2060n\ufeff", "John"),
        ("jo\x00hn\x1b@\x7fexample\x9b.com", "john@example.com"),
        ("\u202eJohn\u202c \u2066Smith\u2069", "John Smith"),
        ("\u200e\u200fAda\u034f", "Ada"),
        ("555\u180e-0100", "555-0100"),
    ],
)
def test_invisible_characters_are_removed(text, expected):
    n = normalize(text)
    assert n.text == expected and n.changed


def test_line_breaks_and_tabs_stay():
    text = "Dear John,\r\n\tthe report is attached.\n"
    n = normalize(text)
    assert n.text is text and not n.changed


def test_controls_that_act_as_whitespace_become_a_space_so_words_stay_apart():
    assert normalize("John\x0bSmith\x0cand\x85Ada\x1fLovelace").text == "John Smith and Ada Lovelace"


def test_tag_characters_are_read_as_the_ascii_they_hide():
    hidden = "".join(chr(0xE0000 + ord(c)) for c in "ada@x.org")
    assert normalize(f"see {hidden}").text == "see ada@x.org"
    assert original_of(f"see {hidden}", "ada@x.org") == hidden


# --- 2. compatibility forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "john@example.com"),
        ("ＪＯＨＮ ＳＭＩＴＨ", "JOHN SMITH"),
        ("call ０２０ ７９４６ ０９５８", "call 020 7946 0958"),
        ("ﬁle ﬂoor ﬃx", "file floor ffix"),
        ("① ② ⑽", "1 2 (10)"),
        ("𝐉𝐨𝐡𝐧 𝕊𝕞𝕚𝕥𝕙", "John Smith"),
    ],
)
def test_compatibility_forms_are_folded(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn An",
        "Władysława Szymańska",
        "Zoë Ångström",
        "Ærøskøbing",
        "François Müller-Lüdenscheid",
        "Σωκράτης Παππάς",
        "Иван Петров",
        "山田太郎",
        "김민준",
        "محمد",
    ],
)
def test_ordinary_letters_with_diacritics_and_other_scripts_stay(text):
    n = normalize(text)
    assert n.text is text and not n.changed


def test_an_expansion_maps_back_to_its_one_original_character():
    n = normalize("ﬁle")
    assert n.text == "file"
    assert n.to_original(0, 1) == n.to_original(1, 2) == n.to_original(0, 2) == (0, 1)
    assert n.to_original(1, 4) == (0, 3)  # starts inside the expansion: widened to the whole ligature


def test_decomposed_letters_are_composed_and_map_back_to_letter_and_mark():
    text = "Jose\u0301 Nguye\u0302\u0303n"
    n = normalize(text)
    assert n.text == "José Nguyễn"
    assert n.to_original(3, 4) == (3, 5)
    assert original_of(text, "Nguyễn") == "Nguye\u0302\u0303n"


def test_a_mark_hidden_behind_an_invisible_character_is_still_composed():
    n = normalize("Jose\u200b\u0301")
    assert n.text == "José" and n.to_original(3, 4) == (3, 6)


def test_a_mark_that_composes_with_nothing_stays():
    assert normalize("\u0301x q\u0301").text == "\u0301x q\u0301"


# --- 3. obfuscated e-mail addresses --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "john [at] example [dot] com",
        "john(at)example(dot)com",
        "john at example dot com",
        "john AT example DOT com",
        "john {at} example {dot} com",
        "john <at> example <dot> com",
        "john @ example . com",
        "john [ at ] example [.] com",
        "john[@]example[.]com",
        "john (at) example.com",
        "john@example dot com",
        "ｊｏｈｎ［ａｔ］ｅｘａｍｐｌｅ［ｄｏｔ］ｃｏｍ",
        "jo\u200bhn [a\u00adt] example [dot] com",
    ],
)
def test_obfuscated_addresses_are_joined(text):
    assert normalize(f"Write to {text} today.").text == "Write to john@example.com today."


def test_subdomains_and_digit_labels_are_kept():
    assert normalize("a.b+c [at] mail.corp-1 [dot] co [dot] uk").text == "a.b+c@mail.corp-1.co.uk"
    assert normalize("wang(at)163(dot)com").text == "wang@163.com"


def test_a_joined_address_maps_back_to_the_whole_obfuscated_text():
    assert (
        original_of("mail john [at] example [dot] com now", "john@example.com")
        == "john [at] example [dot] com"
    )
    assert original_of("mail john [at] example [dot] com now", "@") == " [at] "
    assert original_of("mail john [at] example [dot] com now", "example.com") == "example [dot] com"


@pytest.mark.parametrize(
    "text",
    [
        "look at the example",
        "meet at 5 dot com stocks",
        "look at google.com",
        "look at the dot com bubble",
        "we laughed at him dot dot dot",
        "Email me @ home. Then call.",
        "Tom at example.org wrote back",
        "shares at 10.5 dot com",
        "at the end [dot] com",
        "prices at amazon",
        "john@example.com",
        "see [at] least one",
        "a [at] b",
        "x [at] y [dot] z",
        "john at example dot c0m",
        "Look at google.com (.com domains are popular)",
    ],
)
def test_prose_and_plain_addresses_are_left_alone(text):
    n = normalize(text)
    assert n.text == text and not n.changed


def test_two_addresses_in_a_row_are_both_joined():
    assert normalize("a [at] b [dot] cc, d(at)e(dot)ff").text == "a@b.cc, d@e.ff"


_NAME = st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True).filter(lambda w: w not in {"at", "dot"})
_AT_MARKS = st.sampled_from([" [at] ", "[at]", "(at)", " {AT} ", "<at>", " @ ", "@ ", " at ", " AT "])
_DOT_MARKS = st.sampled_from([" [dot] ", "[.]", "(dot)", " DOT ", " dot ", " . ", "."])


@given(
    _NAME,
    _AT_MARKS,
    st.lists(st.tuples(_NAME, _DOT_MARKS), min_size=1, max_size=3),
    st.from_regex(r"[a-z]{2,6}", fullmatch=True).filter(lambda w: w not in {"at", "dot"}),
)
@settings(max_examples=300, deadline=None)
def test_any_obfuscation_maps_back_exactly(local, at, labels, tld):
    domain = "".join(f"{label}{dot}" for label, dot in labels) + tld
    text = f"Mail {local}{at}{domain} now."
    plain = f"{local}@{'.'.join(label for label, _ in labels)}.{tld}"
    # A bare-word `at` needs a spelled-out dot after the first labels (`x.y dot z`) and no everyday words.
    first_spelled = next((dot for _, dot in labels if dot != "."), " . ")
    prose_like = at.strip().lower() == "at" and (
        first_spelled == " . " or _PROSE.intersection([w for w, _ in labels] + [tld])
    )
    n = normalize(text)
    if prose_like:
        return  # left alone on purpose (see the prose tests), or nothing to join
    assert n.text == f"Mail {plain} now."
    assert original_of(text, plain) == f"{local}{at}{domain}"


# --- 4. look-alike letters -----------------------------------------------------------------------


def test_cyrillic_look_alikes_in_a_latin_word_become_latin():
    text = "Jоhn Smіth, jоhn@exаmple.com"  # о, і and а are Cyrillic
    n = normalize(text)
    assert n.text == "John Smith, john@example.com"
    assert n.to_original(0, 4) == (0, 4)


@pytest.mark.parametrize("text", ["Москва", "Москваx", "Ωmega", "Паспорт ABC", "ΑΒΓ"])
def test_words_of_one_script_or_with_real_non_latin_letters_stay(text):
    assert normalize(text).text == text


# --- 5. spaces -----------------------------------------------------------------------------------


def test_unicode_spaces_become_plain_spaces_in_place():
    text = "John\u00a0Smith\u2003lives\u202fin\u205fRome\u3000now\u1680."
    n = normalize(text)
    assert n.text == "John Smith lives in Rome now ."
    assert n.to_original(5, 10) == (5, 10)


# --- offsets -------------------------------------------------------------------------------------


def test_a_removed_character_is_replaced_only_with_what_surrounds_it():
    n = normalize("Jo\u200bhn\u200b Smith")
    assert n.text == "John Smith"
    assert n.to_original(0, 2) == (0, 2)  # ends right before the removed character: does not swallow it
    assert n.to_original(0, 4) == (0, 5)  # covers both sides: "Jo\u200bhn" is replaced whole
    assert n.to_original(2, 4) == (3, 5)
    assert n.to_original(5, 10) == (7, 12)


def test_empty_spans_sit_after_the_character_before_them():
    n = normalize("\u200bJo\u200bhn")
    assert [n.to_original(i, i) for i in range(5)] == [(0, 0), (2, 2), (3, 3), (5, 5), (6, 6)]


def test_spans_outside_the_text_are_refused():
    with pytest.raises(ValueError):
        normalize("Jo\u200bhn").to_original(2, 5)
    with pytest.raises(ValueError):
        normalize("John").to_original(3, 2)


def test_the_fast_path_returns_the_text_itself_without_maps():
    text = "Please summarise the quarterly report for the board. " * 40
    n = normalize(text)
    assert n.text is text and not n.changed and n._layers == ()
    assert n.to_original(10, 30) == (10, 30)


# Original characters with what each becomes; no `a`, `t`, `@` or brackets, so no address can form.
_PIECES = {
    "b": "b",
    "x": "x",
    "Z": "Z",
    "9": "9",
    " ": " ",
    "-": "-",
    "\n": "\n",
    "\u200b": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\xad": "",
    "\x00": "",
    "\u202e": "",
    "\u2066": "",
    "ｊ": "j",
    "Ｊ": "J",
    "１": "1",
    "，": ",",
    "\xa0": " ",
    "\u3000": " ",
    "\x0b": " ",
    "ﬁ": "fi",
    "ﬃ": "ffi",
    "㎏": "kg",
    "①": "1",
    "™": "TM",
    "⑽": "(10)",
}


@given(st.lists(st.sampled_from(sorted(_PIECES)), max_size=16))
@settings(max_examples=300, deadline=None)
def test_every_span_maps_back_to_the_characters_that_produced_it(pieces):
    original = "".join(pieces)
    n = normalize(original)
    assert n.text == "".join(_PIECES[p] for p in pieces)
    source, bounds = [], {0}  # original span of each normalized character; piece boundaries
    for k, p in enumerate(pieces):
        source += [(k, k + 1)] * len(_PIECES[p])
        bounds.add(len(source))
    for i in range(len(n.text) + 1):
        for j in range(i, len(n.text) + 1):
            a, b = n.to_original(i, j)
            if i == j:
                assert a == b == (source[i - 1][1] if i else 0)
                continue
            assert (a, b) == (source[i][0], source[j - 1][1])
            again = normalize(original[a:b]).text
            # Whole pieces come back exactly; a span cutting an expansion is widened to whole pieces.
            assert again == n.text[i:j] if {i, j} <= bounds else n.text[i:j] in again


@given(
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from("\t\n\r"), max_size=200)
)
@settings(max_examples=300)
def test_plain_text_without_markers_is_the_identity(text):
    n = normalize(text)
    # markers: an at or a bracket (e-mails), a pipe (boxed forms), digits (affiliation marks)
    if not set(text) & set("@[({<aA|0123456789"):
        assert not n.changed
    if not n.changed:
        assert n.text is text
        assert all(
            n.to_original(i, j) == (i, j)
            for i in range(0, len(text) + 1, 7)
            for j in range(i, len(text) + 1, 5)
        )


_ANYTHING = st.lists(
    st.one_of(
        st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Zs", "Cf", "Cc"]),
        st.sampled_from(
            [
                "ｊ",
                "ﬁ",
                "\u0301",
                "\u0308",
                "о",
                "а",
                "e",
                " [at] ",
                " at ",
                " dot ",
                "(dot)",
                "@",
                ".",
                "com",
                "example",
                "\u200b",
                "\xa0",
            ]
        ),
    ),
    max_size=30,
).map("".join)


@given(_ANYTHING)
@settings(max_examples=500, deadline=None)
def test_maps_are_ordered_inside_the_text_and_the_fast_path_agrees_with_the_full_one(text):
    n = normalize(text)
    assert normalize(text + "\u200b").text == n.text  # the invisible suffix forces the full path
    assert normalize(n.text).text == n.text
    spans = [n.to_original(i, i + 1) for i in range(len(n.text))]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(a1 <= a2 and b1 <= b2 for (a1, b1), (a2, b2) in zip(spans, spans[1:], strict=False))

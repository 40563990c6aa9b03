"""Restoring tokens: whole, and from a stream split in every possible way."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interceptors.pii_anonymizer.tokens import StreamRestorer, restore

VALUES = {
    "PERSON_1": "Ada Lovelace",
    "PERSON_12": "Alan Turing",
    "EMAIL_ADDRESS_1": "ada@x.org",
    "PHONE_NUMBER_2": "+44 20 7946 0958",
}


def stream(chunks: list[str], values=VALUES) -> str:
    r = StreamRestorer(values)
    return "".join(r.feed(c) for c in chunks) + r.flush()


def test_tokens_are_restored_in_brackets_bare_and_in_any_case():
    text = "[PERSON_1] met person_12 and [email_address_1]; call PHONE_NUMBER_2."
    assert restore(text, VALUES) == ("Ada Lovelace met Alan Turing and ada@x.org; call +44 20 7946 0958.")


def test_unknown_or_glued_tokens_are_left_alone():
    assert (
        restore("[PERSON_3] xPERSON_1 PERSON_1x PERSON_1_2", VALUES)
        == "[PERSON_3] xPERSON_1 PERSON_1x PERSON_1_2"
    )


def test_a_token_split_across_many_chunks_comes_out_whole():
    chunks = ["Hello [", "PER", "SON", "_", "1", "] and [PERSON_1", "2]!"]
    assert stream(chunks) == "Hello Ada Lovelace and Alan Turing!"


def test_only_a_possible_token_prefix_is_held_back():
    r = StreamRestorer(VALUES)
    assert r.feed("Dear [PER") == "Dear "
    assert r.feed("SON_1], how") == "Ada Lovelace, how"
    assert r.feed(" are you") == " are you"
    assert r.feed(" Pe") == " "  # could still become PERSON_1
    assert r.feed("ter") == "Peter"
    assert r.flush() == ""


def test_nothing_is_held_without_tokens():
    r = StreamRestorer({})
    assert r.feed("[PERSON_") == "[PERSON_"


_PIECES = st.sampled_from(
    [
        "[PERSON_1]",
        "PERSON_1",
        "person_12",
        "[PERSON_12]",
        "[EMAIL_ADDRESS_1]",
        "PHONE_NUMBER_2",
        "[",
        "]",
        "_",
        "1",
        "2",
        "P",
        "x",
        " ",
        "PERSON_",
        ".",
        "[person_1",
        "Ada",
        "\n",
        "é",
    ]
)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=25), cuts=st.lists(st.integers(0, 400), max_size=12))
def test_restoring_a_stream_equals_restoring_the_whole_for_every_split(pieces, cuts):
    text = "".join(pieces)
    points = sorted({c % (len(text) + 1) for c in cuts})
    chunks = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    assert stream(chunks) == restore(text, VALUES)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="[]_PERSONperson12 x", max_size=40))
def test_character_by_character_streaming_equals_whole(text):
    assert stream(list(text)) == restore(text, VALUES)

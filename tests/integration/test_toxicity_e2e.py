"""The toxicity blocker through the gateway with the openai client: abusive prompts never reach the
model, abusive answers are cut mid-stream, per category (the default `layered` backend), benign
prompts that use the same words pass, flag and shadow modes, audit records without text."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import openai
import pytest

from interceptors.toxicity_blocker.settings import DEFAULT_MESSAGE, LABELS
from tests.conftest import API_KEY, ROOT, e2e_settings

TOXIC = "Shut up, you worthless piece of garbage."
BENIGN = "Can you help me write a polite email to my landlord about the broken heater?"
# One of each kind, none of them in the labelled set, most without a swear word.
BY_CATEGORY = {
    "threat": "We will find your kids at their school and make them disappear.",
    "identity_attack": "People like that are vermin and the town should be purged of them.",
    "insult": "You are a worthless id1ot and a stupid moron.",
    "self_harm": "Nobody would even notice if you were gone, so go and end it.",
    "sexual": "Send me photos of your body tonight or else.",
}
# The issue's examples of what the old default let through (written without profanity).
ISSUE_EXAMPLES = {
    "threat": "We know which school your kids go to. It would be a shame if something happened on the "
    "way home.",
    "identity_attack": "Those people are rats and the city should be cleansed of them.",
    "self_harm": "Nobody would care if you stopped breathing tonight.",
}
# The same words in harmless senses.
HARMLESS = [
    "How do I kill a zombie process in Linux?",
    "Can you recommend a novel by Charles Dickens?",
    "What did Cockburn write about Iraq?",
    "Why did Nazi propaganda call Jews rats?",
    "My doctor wants to check for testicular cancer; what happens at the appointment?",
    "In my crime novel the butler stabs the heir in the library. Is that too obvious?",
    "My sister told me she wants to end her life. How can I help her tonight?",
    "Is it dangerous to take two doses of ibuprofen by mistake?",
    "A stranger wrote 'go kill yourself' under my son's video. How do we report it?",
    "Send the minutes to Ms Hancock and Mr Glasscock, please.",
    "Call me on 0161 496 0018 when you get here.",
]


def user(text: str) -> dict:
    return {"role": "user", "content": text}


def audit_lines(stack) -> list[dict]:
    log = (stack.log_dir / "toxicity.log").read_text(errors="replace")
    return [json.loads(line[line.index("{") :]) for line in log.splitlines() if "toxicity_violation" in line]


@pytest.mark.parametrize("stream", [False, True])
def test_a_toxic_prompt_is_blocked_and_the_model_never_sees_it(client, model_bodies, stream):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="guarded", messages=[user(TOXIC)], stream=stream)
    assert err.value.status_code == 400
    body = err.value.body
    assert body["code"] == "content_blocked"
    assert body["message"] == (
        "Your message was blocked because it appears to contain insults or harassment. Please rephrase it."
    )
    assert body["display_message"] == body["message"]
    assert model_bodies() == []


@pytest.mark.parametrize("category", sorted(BY_CATEGORY))
def test_each_kind_of_abuse_is_blocked_and_named_without_its_text(client, stack, model_bodies, category):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="guarded", messages=[user(BY_CATEGORY[category])])
    body = err.value.body
    assert body["code"] == "content_blocked"  # the category's name, nothing of the text
    assert body["display_message"] == DEFAULT_MESSAGE.replace("{category}", LABELS[category])
    assert model_bodies() == []
    record = audit_lines(stack)[-1]
    assert record["category"] == category and category in record["categories"]
    assert record["scores"][category] >= 0.5 and BY_CATEGORY[category] not in json.dumps(record)


@pytest.mark.parametrize("category", sorted(ISSUE_EXAMPLES))
def test_the_issues_examples_are_blocked_through_the_gateway(client, model_bodies, category):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="guarded", messages=[user(ISSUE_EXAMPLES[category])])
    assert err.value.body["display_message"] == DEFAULT_MESSAGE.replace("{category}", LABELS[category])
    assert model_bodies() == []


@pytest.mark.parametrize("category", sorted(BY_CATEGORY))
def test_each_kind_of_abuse_in_a_streamed_answer_is_cut_before_it(client, category):
    opening = "Here is the summary you asked for. "
    stream = client.chat.completions.create(
        model="guarded-answers", stream=True, messages=[user(opening + BY_CATEGORY[category] + " The end.")]
    )
    text, finish = "", None
    with pytest.raises(openai.APIError) as err:
        for chunk in stream:
            for choice in chunk.choices:
                text += choice.delta.content or ""
                finish = choice.finish_reason or finish
    assert finish == "content_filter" and text == opening
    assert LABELS[category] in str(err.value.body or err.value)


@pytest.mark.parametrize("text", HARMLESS)
def test_the_same_words_in_harmless_senses_pass_as_prompts_and_answers(client, text):
    assert (
        client.chat.completions.create(model="guarded", messages=[user(text)]).choices[0].message.content
        == text
    )
    stream = client.chat.completions.create(model="guarded-answers", stream=True, messages=[user(text)])
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == text


# A benign paragraph of 60 words: before long texts were also read a few sentences at a time, any
# abuse the patterns do not know passed after it (the models read the paragraph's words with it)
PARAGRAPH = (
    "Thanks for the notes from Tuesday. I went through the budget sheet again and the numbers for the "
    "second quarter look fine, although the travel line is a little higher than we planned. Could you "
    "check whether the conference fees were counted twice? Also, the team offsite is now booked for the "
    "twelfth, and the venue needs the final headcount by Friday. "
)
BURIED = {
    "threat": "Your car's brakes might not work when you least expect it. Just saying.",
    "identity_attack": "Gypsies spread like wasps and must be stopped.",
}


@pytest.mark.parametrize("category", sorted(BURIED))
def test_abuse_after_a_long_benign_paragraph_is_blocked(client, model_bodies, category):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="guarded", messages=[user(PARAGRAPH + BURIED[category])])
    assert err.value.body["display_message"] == DEFAULT_MESSAGE.replace("{category}", LABELS[category])
    assert model_bodies() == []


@pytest.mark.parametrize(
    "text",
    [
        # a discussion word anywhere in the prompt used to excuse the whole of it
        "I help moderate a community forum and review the reported messages every day. "
        "I will kill you tonight.",
        # any "?" in the prompt used to leave its quotes out, as if it asked about them
        "How are you? 'I will kill you, Dave.'",
        # "understood?" demands assent; it used to count as asking about the quote
        "'I will kill you, Dave.' Understood?",
    ],
    ids=["moderation-preamble", "bare-question", "tag-question"],
)
def test_a_threat_the_words_around_it_used_to_excuse_is_blocked(client, model_bodies, text):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="guarded", messages=[user(text)])
    assert err.value.body["message"] == DEFAULT_MESSAGE.replace("{category}", LABELS["threat"])
    assert model_bodies() == []


def test_a_quoted_threat_asked_about_passes(client):
    # no reporting frame: only the question after the quote leaves it out
    text = "'I will find you, Dave.' Is that a threat or a joke?"
    assert (
        client.chat.completions.create(model="guarded", messages=[user(text)]).choices[0].message.content
        == text
    )


def test_a_long_benign_prompt_passes(client):
    text = PARAGRAPH + " ".join(HARMLESS[:4])
    assert (
        client.chat.completions.create(model="guarded", messages=[user(text)]).choices[0].message.content
        == text
    )


def test_a_benign_prompt_passes_unchanged(client, model_bodies):
    reply = client.chat.completions.create(model="guarded", messages=[user(BENIGN)])
    assert reply.choices[0].message.content == BENIGN
    assert model_bodies()[0]["messages"] == [user(BENIGN)]


@pytest.mark.parametrize("text", ["go on", "Stop.", "fix line 5", "this is useless, try again"])
def test_a_short_instruction_to_the_assistant_passes(client, model_bodies, text):
    history = [
        user("Write a limerick about a lighthouse keeper."),
        {"role": "assistant", "content": "A keeper who lived by the sea..."},
        user(text),
    ]
    client.chat.completions.create(model="guarded", messages=history)  # not a 400
    assert model_bodies()[0]["messages"][-1] == user(text)  # the model got the instruction


def test_steering_words_said_by_the_model_are_judged_as_any_answer(client):
    # "Go on." to someone who wants to hurt themselves: only a prompt's instruction is exempt
    reply = client.chat.completions.create(model="guarded-answers", messages=[user("go on")])
    assert reply.choices[0].finish_reason == "content_filter"
    assert reply.choices[0].message.content == ""


def test_earlier_turns_are_not_rechecked_unless_configured(client, model_bodies):
    history = [user(TOXIC), {"role": "assistant", "content": "Let's keep it civil."}, user(BENIGN)]
    reply = client.chat.completions.create(model="guarded", messages=history)
    assert reply.choices[0].message.content == BENIGN
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="guarded-all-turns", messages=history)
    assert err.value.body["message"] == "Please keep it civil."  # the configured message


def test_a_toxic_streamed_answer_is_cut_with_content_filter(client):
    opening = "Here is the summary you asked for. "
    stream = client.chat.completions.create(
        model="guarded-answers",
        stream=True,
        messages=[user(opening + "You are a stupid worthless idiot and a pathetic loser. The rest is fine.")],
    )
    text, finish = "", None
    with pytest.raises(openai.APIError) as err:
        for chunk in stream:
            for choice in chunk.choices:
                text += choice.delta.content or ""
                finish = choice.finish_reason or finish
    assert finish == "content_filter"
    assert text == opening  # what came before the abusive sentence, nothing of it or after it
    assert "content_filtered" in str(err.value.body or err.value)


def test_a_clean_streamed_answer_flows_whole_and_in_pieces(client):
    long = "This is a calm sentence about gardening. " * 6
    stream = client.chat.completions.create(model="guarded-answers", stream=True, messages=[user(long)])
    pieces, finish = [], None
    for chunk in stream:
        for choice in chunk.choices:
            pieces += [choice.delta.content] if choice.delta.content else []
            finish = choice.finish_reason or finish
    assert "".join(pieces) == long and finish == "stop"
    assert len(pieces) > 3  # released sentence by sentence, not held to the end


def test_a_toxic_answer_without_streaming_comes_back_empty_with_content_filter(client):
    reply = client.chat.completions.create(model="guarded-answers", messages=[user("Fuck off, you moron.")])
    assert reply.choices[0].finish_reason == "content_filter"
    assert not reply.choices[0].message.content


def test_flag_mode_lets_it_through_with_a_header_and_an_audit_record(client, stack, model_bodies):
    raw = client.chat.completions.with_raw_response.create(model="guarded-flag", messages=[user(TOXIC)])
    # The echo model repeats the prompt, so its answer is flagged too.
    assert raw.headers.get("x-toxicity-flagged") == "prompt, answer"
    assert raw.parse().choices[0].message.content == TOXIC
    assert len(model_bodies()) == 1
    record = audit_lines(stack)[-2]
    assert record["direction"] == "prompt" and record["action"] == "flag"
    assert record["project"] == "proj-a" and record["model"] == "guarded-flag"
    assert record["category"] == "insult" and record["scores"]["insult"] >= 0.5
    assert len(record["text_sha256"]) == 16
    assert record["key_id"] and API_KEY not in json.dumps(record)


def test_the_flag_header_reaches_the_client_when_the_blocker_is_not_the_first_hop(client):
    raw = client.chat.completions.with_raw_response.create(
        model="guarded-flag-second", messages=[user(TOXIC)]
    )
    # The no-op SDK interceptor in front drops its upstream's headers; the gateway carries them.
    assert raw.headers.get("x-toxicity-flagged") == "prompt, answer"


def test_shadow_mode_only_records(client, stack, model_bodies):
    before = len(audit_lines(stack))
    raw = client.chat.completions.with_raw_response.create(model="guarded-shadow", messages=[user(TOXIC)])
    assert "x-toxicity-flagged" not in raw.headers
    assert raw.parse().choices[0].message.content == TOXIC
    records = audit_lines(stack)[before:]
    assert [r["action"] for r in records] == ["shadow", "shadow"]  # the prompt, then the echoed answer


def test_the_audit_log_never_holds_the_text(client, stack):
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="guarded", messages=[user(TOXIC)])
    log = (stack.log_dir / "toxicity.log").read_text(errors="replace")
    assert "toxicity_violation" in log
    assert "garbage" not in log and "worthless" not in log


def with_chain_entry(settings, name: str, configuration: dict) -> None:
    """A model behind one more blocker chain entry, in the live settings file (undone after the test)."""
    config = e2e_settings()
    entry = {
        **config["interceptors"]["tox"],
        "defaults": {"custom_fields": {"interceptor_configuration": configuration}},
    }
    config["interceptors"][name] = entry
    config["models"][name] = {**config["models"]["guarded-answers"], "interceptors": [name]}
    settings.write_text(json.dumps(config))


def test_an_unknown_category_in_the_chain_config_is_a_clear_400(client, settings):
    with_chain_entry(settings, "tox-obscene", {"thresholds": {"obscene": 0.5}})
    err = eventually_error(client, "tox-obscene")
    assert err.body["code"] == "invalid_configuration"
    assert "obscene" in err.body["message"] and "self_harm" in err.body["message"]


def test_a_chain_entry_thresholds_are_merged_over_the_defaults(client, settings):
    # Threats (and the catch-all toxicity head) switched off for this entry; the other categories keep
    # the backend's thresholds.
    with_chain_entry(settings, "tox-no-threat", {"thresholds": {"threat": 2.0, "toxicity": 2.0}})
    text = "We know where you live, watch your back."
    reply = eventually_reply(client, "tox-no-threat", text)
    assert reply.choices[0].message.content == text
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="tox-no-threat", messages=[user(BY_CATEGORY["self_harm"])])


def eventually_error(client, model: str, attempts: int = 40) -> openai.APIStatusError:
    import time

    for _ in range(attempts):
        try:
            client.chat.completions.create(model=model, messages=[user(BENIGN)])
        except openai.NotFoundError:
            time.sleep(0.1)  # the gateway has not read the new settings yet
        except openai.APIStatusError as exc:
            return exc
    raise AssertionError(f"{model} never refused the request")


def eventually_reply(client, model: str, text: str, attempts: int = 40):
    import time

    for _ in range(attempts):
        try:
            return client.chat.completions.create(model=model, messages=[user(text)])
        except openai.NotFoundError:
            time.sleep(0.1)
    raise AssertionError(f"{model} never appeared")


def test_a_missing_detoxify_checkpoint_stops_the_service_with_instructions(tmp_path):
    env = {
        **os.environ,
        "TOXICITY_BACKEND": "detoxify",
        "TOXICITY_DETOXIFY_CHECKPOINT": str(tmp_path / "missing.ckpt"),
        "PORT": "0",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "interceptors.toxicity_blocker.app"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "detoxify checkpoint not found" in proc.stderr
    assert "TOXICITY_DETOXIFY_CHECKPOINT" in proc.stderr and "never downloads" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_prompt_over_the_size_limit_is_refused_never_passed_unchecked(client, model_bodies):
    # the blocker's time is linear in the text; a request has at most TOXICITY_MAX_CHARS (200,000)
    text = ("This is a perfectly ordinary sentence about the weather. " * 3600)[:200_001]
    with pytest.raises(openai.APIStatusError) as err:
        client.chat.completions.create(model="guarded", messages=[user(text)])
    assert err.value.status_code == 413
    body = err.value.body
    assert body["code"] == "toxicity_too_large" and "200000 characters" in body["message"]
    assert "weather" not in json.dumps(body)
    assert model_bodies() == []

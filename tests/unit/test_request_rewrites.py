"""How the gateway rewrites bodies on interceptor hops and the final hop."""

from gateway.chain import _fill_defaults, _with_interceptor_config

CFG = {"custom_fields": {"interceptor_configuration": {"level": "strict"}, "other": 2}, "temperature": 0.1}


def test_interceptor_defaults_fill_absent_fields_including_its_configuration():
    body, changed = _with_interceptor_config({"messages": []}, CFG)
    assert changed and body == {
        "messages": [],
        "temperature": 0.1,
        "custom_fields": {"interceptor_configuration": {"level": "strict"}, "other": 2},
    }


def test_a_clients_interceptor_configuration_is_replaced_by_the_chain_entrys():
    body, _ = _with_interceptor_config(
        {"custom_fields": {"interceptor_configuration": {"level": "off"}, "mine": 1}}, CFG
    )
    assert body["custom_fields"] == {"interceptor_configuration": {"level": "strict"}, "mine": 1, "other": 2}


def test_a_clients_interceptor_configuration_is_removed_when_the_entry_has_none():
    body, changed = _with_interceptor_config(
        {"custom_fields": {"interceptor_configuration": {"level": "off"}}}, {}
    )
    assert changed and "custom_fields" not in body


def test_an_untouched_body_is_forwarded_as_is():
    body = {"messages": [], "custom_fields": {"x": 1}}
    assert _with_interceptor_config(body, {}) == (body, False)


def test_model_defaults_never_override_request_values():
    assert _fill_defaults({"temperature": 1}, {"temperature": 0, "seed": 3}) == (
        {"temperature": 1, "seed": 3},
        True,
    )

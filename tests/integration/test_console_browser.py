"""The console in a real browser: Debian's headless chromium driven by Playwright (`make test`
installs chromium as it does redis-server; Playwright never downloads a browser here).

CONSOLE_SCREENSHOTS=docs saves the screenshots of each view to docs/console-*.png (the README's);
otherwise they go to the test's temporary directory.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
import pytest

from tests.conftest import ADMIN_KEY, API_KEY, SECURED_KEY, TEAMMATE_KEY, eventually

pytestmark = pytest.mark.slow
playwright_api = pytest.importorskip("playwright.sync_api")
ROOT = Path(__file__).resolve().parents[2]
PROMPT = "Hi, I am John Smith, my email is john.smith@example.com."


def _chromium() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail(
            "chromium is not installed: run `make test` (it installs Debian's chromium) or set CHROMIUM"
        )
    return found


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=_chromium(),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, gateway):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=gateway)
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    context.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    where = os.environ.get("CONSOLE_SCREENSHOTS")
    return (ROOT / where) if where else tmp_path


@pytest.fixture
def console_file(stack) -> Path:
    path = Path(stack.base_env["GATEWAY_CONSOLE_FILE"])
    yield path
    path.unlink(missing_ok=True)
    assert eventually(
        lambda: not any(
            d["edited"]
            for d in httpx.get(
                f"{stack.gateway_url}/console/api/chains", headers={"Api-Key": ADMIN_KEY}
            ).json()["deployments"]
        )
    )


def login(page, key: str = ADMIN_KEY) -> None:
    page.goto("/console")
    page.fill("#login-key", key)
    page.click("#login-form button")


def chain_of(page, deployment: str) -> list[str]:
    return page.locator(f'.deployment[data-deployment="{deployment}"] .node.interceptor').evaluate_all(
        "nodes => nodes.map(n => n.dataset.name)"
    )


def _echo(gateway: str, model: str, text: str) -> str:
    r = httpx.post(
        f"{gateway}/openai/deployments/{model}/chat/completions",
        headers={"Api-Key": API_KEY},
        json={"messages": [{"role": "user", "content": text}]},
        timeout=30,
    )
    return r.json()["choices"][0]["message"]["content"]


def test_non_admin_keys_are_refused(page):
    login(page, API_KEY)
    error = page.locator("#login-error")
    playwright_api.expect(error).to_contain_text("admin role")
    assert page.locator("#tabs").is_hidden()
    assert page.evaluate("sessionStorage.length") == 0


def test_login_shows_the_default_chain_and_no_keys(page, shots):
    login(page)
    card = page.locator('.deployment[data-deployment="private-cached"]')
    playwright_api.expect(card).to_be_visible()
    assert chain_of(page, "private-cached") == ["tox", "pii", "cache"]
    assert card.locator(".node.model .name").inner_text().strip().endswith("private-cached")
    # Health is drawn for each service; the global chain is empty in these settings.
    assert card.locator(".node.interceptor .dot.ok").count() == 3
    html = page.content()
    assert not any(k in html for k in (ADMIN_KEY, API_KEY, SECURED_KEY, TEAMMATE_KEY))
    assert "upstream-secret-a" not in html
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "console-chains.png"))


def test_reorder_and_the_next_request_follows(page, gateway, console_file, shots):
    assert _echo(gateway, "tagged", "hello") == "hello [A] [B]"
    login(page)
    card = page.locator('.deployment[data-deployment="tagged"]')
    card.scroll_into_view_if_needed()
    card.locator('.node[data-name="tag-a"] button[data-act="right"]').click()
    assert chain_of(page, "tagged") == ["tag-b", "tag-a"]
    # A service that does not answer is marked in the flow (added to the draft, then undone).
    card.locator("select.add-select").select_option("unreachable")
    card.locator("button.add").click()
    playwright_api.expect(card.locator('.node.down[data-name="unreachable"]')).to_contain_text("unreachable")
    card.screenshot(path=str(shots / "console-edit.png"))
    card.locator('.node[data-name="unreachable"] button[data-act="remove"]').click()
    assert chain_of(page, "tagged") == ["tag-b", "tag-a"]
    card.locator("button.save").click()
    playwright_api.expect(page.locator('.deployment[data-deployment="tagged"] .tag.warn')).to_be_visible()
    assert chain_of(page, "tagged") == ["tag-b", "tag-a"]
    assert _echo(gateway, "tagged", "hello") == "hello [B] [A]"
    page.click('#tabs button[data-view="audit"]')
    row = page.locator("#audit-table tbody tr").first
    playwright_api.expect(row).to_contain_text("tag-b → tag-a")
    assert ADMIN_KEY not in page.content()


def test_an_invalid_edit_is_refused_with_the_loaders_message(page, gateway, console_file, shots):
    login(page)
    card = page.locator('.deployment[data-deployment="tagged"]')
    card.scroll_into_view_if_needed()
    card.locator("input.text-chain").fill("tag-a, no-such-interceptor")
    card.locator("button.save-text").click()
    error = card.locator("p.error")
    playwright_api.expect(error).to_contain_text("undefined interceptor(s) ['no-such-interceptor']")
    playwright_api.expect(error).to_contain_text("422")
    card.screenshot(path=str(shots / "console-invalid-edit.png"))
    assert not console_file.exists()
    assert _echo(gateway, "tagged", "hello") == "hello [A] [B]"


def test_playground_shows_the_tokens_the_model_received(page, shots):
    login(page)
    page.click('#tabs button[data-view="playground"]')
    page.select_option("#play-model", "private-chain")
    page.fill("#play-conversation", "console-demo")
    page.fill("#play-prompt", PROMPT)
    page.click("#play-send")
    playwright_api.expect(page.locator("#play-hops[data-done]")).to_be_attached()
    model = page.locator('.hop-card.model[data-hop="private-chain"]')
    received = model.locator("pre.received").inner_text()
    assert "[PERSON_1]" in received and "[EMAIL_ADDRESS_1]" in received and "John" not in received
    pii = page.locator('.hop-card[data-hop="pii"]')
    assert pii.locator("pre.was-answered").inner_text() == received  # before restoring
    assert pii.locator("pre.answered").inner_text() == PROMPT  # after
    assert page.locator("#play-answer").inner_text() == PROMPT
    page.screenshot(path=str(shots / "console-playground.png"), full_page=True)


def test_live_view_draws_each_models_charts(page, gateway, shots):
    login(page)
    page.click('#tabs button[data-view="live"]')
    for i in range(4):
        _echo(gateway, "cached", f"live question {i % 2}")
        _echo(gateway, "demo", "live question")
    card = page.locator('.live-model[data-model="cached"]')
    playwright_api.expect(card).to_be_visible(timeout=20_000)
    playwright_api.expect(card.locator("h3")).to_contain_text("requests")
    assert card.locator(".chart svg").count() == 5
    # A few refreshes, with traffic in between, for the screenshot's lines.
    for i in range(3):
        _echo(gateway, "cached", f"live question {i}")
        page.wait_for_timeout(3_100)
    page.screenshot(path=str(shots / "console-live.png"), full_page=True)

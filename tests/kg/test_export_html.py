"""The HTML page: self-contained, and working in a real headless Chromium.

The browser test needs the Debian packages ``chromium`` and ``chromium-driver``
and the PyPI package ``selenium``; when one is missing it fails and says which.
"""

import shutil
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_projection import sample_store

from kg.exports import export
from kg.projection import from_store

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1400,900",
)  # fmt: skip


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "graph.html"
    export("html", from_store(sample_store()), out)
    return out


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_page_fetches_nothing(page):
    html = page.read_text(encoding="utf-8")
    assert "vis-network" in html and "@license" in html  # the library, with its licence header
    parser = Tags()
    parser.feed(html)
    assert [t for t, _ in parser.tags if t == "script"] == ["script"] * 3
    fetching = [(t, a) for t, a in parser.tags if {"src", "href"} & set(a) or t == "link"]
    assert fetching == []


def test_page_title_says_what_is_shown(tmp_path):
    out = tmp_path / "ego.html"
    export("html", from_store(sample_store()).ego("Halcyon Capital", hops=1), out)
    assert "<title>Halcyon Capital and what lies within 1 fact of it</title>" in out.read_text()


def test_names_cannot_break_out_of_the_page(tmp_path):
    import networkx as nx

    from kg.exports.html import render
    from kg.projection import Projection

    graph = nx.MultiDiGraph()
    graph.add_node("x", name="</script><script>alert(1)</script>", type="Company", aliases=[])
    html = render(Projection(graph, (), (), ()))
    assert "alert(1)</script>" not in html


def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("the browser test needs selenium: pip install selenium")
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.fail("the browser test needs Chromium: apt-get install -y chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='kg-chromium-')}")
    return webdriver.Chrome(service=Service(driver), options=options)


def wait_for(driver, script, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"the page never satisfied: {script}")


def test_page_in_headless_chromium(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser()
    try:
        driver.get(page.as_uri())
        wait_for(driver, "return document.body.dataset.ready === 'true'")
        assert driver.execute_script("return [kg.shownNodes(), kg.shownEdges()]") == [6, 5]

        search = driver.find_element(By.ID, "search")
        search.send_keys("the vela maker", Keys.ENTER)  # an alias finds the entity
        panel = driver.find_element(By.ID, "panel")
        assert panel.find_element(By.TAG_NAME, "h2").text == "Vela Labs"
        selected = driver.execute_script("return kg.selected()")
        assert selected == ["https://w3id.org/aikg/entity/vela-labs"]
        facts = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#facts a")]
        assert "Vela Labs develops Vela-2" in facts and len(facts) == 3
        search.clear()
        search.send_keys("Nobody Corp", Keys.ENTER)
        assert driver.find_element(By.ID, "search-message").text == "no entity matches"

        driver.execute_script("kg.network.fit({animation: false})")
        edge = driver.execute_script(
            "return kg.edgeId('Northwind Cloud', 'rents-capacity-to', 'Vela Labs')"
        )
        point = driver.execute_script(f"return kg.edgeOnScreen('{edge}')")
        body = driver.find_element(By.TAG_NAME, "body")
        origin = body.rect
        ActionChains(driver).move_to_element_with_offset(
            body, int(point["x"] - origin["width"] / 2), int(point["y"] - origin["height"] / 2)
        ).click().perform()
        evidence = wait_for(
            driver, "var e = document.getElementById('evidence'); return e && e.innerText"
        )
        assert "Northwind Cloud rents GPUs to Vela Labs." in evidence
        assert "reportedly uses Northwind Cloud servers" in evidence
        assert "2026-01-05" in evidence and "reported" in evidence

        driver.find_element(By.CSS_SELECTOR, "input[data-relation='owns']").click()
        assert driver.execute_script("return kg.shownEdges()") == 3
        driver.find_element(By.CSS_SELECTOR, "input[data-relation='owns']").click()
        driver.execute_script(
            "var f = document.getElementById('date-from'); f.value = '2026-02-01';"
            "f.dispatchEvent(new Event('change'));"
        )
        # the stake reported only in January drops out; the undated fact stays
        assert driver.execute_script("return kg.shownEdges()") == 4
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "export-html.png"))
    finally:
        driver.quit()

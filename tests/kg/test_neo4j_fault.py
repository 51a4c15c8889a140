"""A server killed (SIGKILL) in the middle of a load: start it again, load again, and
the graph equals the one a clean load gives, nothing duplicated, nothing lost.

Run on its own with: python -m pytest tests/kg/test_neo4j_fault.py -q
"""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from neo4j import GraphDatabase

from kg.config import Settings
from kg.neo4j import server_status
from kg.neo4j.testing import article_rows, claim_rows, entity_rows, session_server
from kg.stores.neo4j_load import load_rows, wipe
from kg.stores.neo4j_store import connection, graph_snapshot
from ontology.errors import KGError

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

CLAIMS = 3000
BATCH = 150


def test_kill_in_the_middle_of_a_load_then_load_again(neo4j_settings: Settings) -> None:
    entities, articles = entity_rows(300), article_rows(30)
    claims = claim_rows(CLAIMS, entities, articles, seed=21)
    uri, user, password = connection(neo4j_settings)
    # Short retries: after the kill the loader should give up soon, not retry for 30 s.
    driver = GraphDatabase.driver(uri, auth=(user, password), max_transaction_retry_time=2.0)
    try:
        wipe(driver)
        load_rows(driver, entities, articles, claims, batch_size=BATCH)
        clean = graph_snapshot(driver)
        wipe(driver)
    finally:
        driver.close()

    home = neo4j_settings.neo4j_home
    pid = server_status(home).pid
    assert pid is not None
    driver = GraphDatabase.driver(uri, auth=(user, password), max_transaction_retry_time=2.0)
    done = {"claims": 0}
    a_third_in = threading.Event()
    failure: list[BaseException] = []

    def progress(stage: str, count: int) -> None:
        if stage == "claims":
            done["claims"] += count
            if done["claims"] >= CLAIMS // 3:
                a_third_in.set()

    def load() -> None:
        try:
            load_rows(driver, entities, articles, claims, batch_size=BATCH, progress=progress)
        except BaseException as exc:  # recorded and checked below
            failure.append(exc)

    loader = threading.Thread(target=load)
    loader.start()
    assert a_third_in.wait(timeout=300), "the load never got a third of the way"
    time.sleep(0.05)  # into the next batch's transaction
    os.kill(pid, signal.SIGKILL)
    loader.join(timeout=300)
    driver.close()
    assert not loader.is_alive()
    assert failure and isinstance(failure[0], KGError), failure
    assert "run the load again" in str(failure[0])

    deadline = time.monotonic() + 60
    while server_status(home).running and time.monotonic() < deadline:
        time.sleep(0.2)
    restarted = session_server()
    assert restarted.pid != pid

    driver = GraphDatabase.driver(uri, auth=(user, password))
    try:
        rerun = load_rows(driver, entities, articles, claims, batch_size=BATCH)
        assert 0 < rerun.claims_new < CLAIMS  # some batches had committed, some had not
        assert graph_snapshot(driver) == clean
    finally:
        driver.close()

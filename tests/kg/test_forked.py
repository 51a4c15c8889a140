"""The forked helper of the bulk CSV writer: results come back, failures are errors."""

from __future__ import annotations

import os

import pytest

from kg.stores.forked import in_child
from ontology.errors import StoreError


def test_the_child_computes_in_another_process_and_hands_back_its_result() -> None:
    parent = os.getpid()
    wait = in_child(lambda: (os.getpid(), sorted({"rook", "quarry"})))
    child, names = wait()
    assert child != parent and names == ["quarry", "rook"]


def test_an_error_in_the_child_is_a_store_error_with_its_message() -> None:
    def fail() -> None:
        raise ValueError("made-up failure in the child")

    with pytest.raises(StoreError, match="made-up failure in the child"):
        in_child(fail)()

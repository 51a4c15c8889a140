"""The LLM extractor against a stub OpenAI-style server on 127.0.0.1.

The stub only replays canned answers and records what it was sent; every
assertion is about what LLMExtractor did with them. No real model is reachable.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from ingest.extract import get_extractor
from ingest.extract.llm import LLMExtractor
from ingest.extract.llm_prompt import system_prompt
from ingest.models import Document
from ontology import STATUSES, ExtractionError, entity_classes, relations

TEXT = (
    "Nimbus Cloud signs compute deal with Acme Labs\n"
    "\n"
    "Acme Labs will train its next models on servers rented from Nimbus Cloud, "
    "the companies said on Monday.  The deal runs for five years.\n"
    "Orbit Capital holds a 27% stake in Acme Labs.\n"
    "Acme Labs said it has \u201cno plans\u201d to change suppliers."
)
RENT_SENTENCE = (
    "Acme Labs will train its next models on servers rented from Nimbus Cloud, "
    "the companies said on Monday."
)
STAKE_SENTENCE = "Orbit Capital holds a 27% stake in Acme Labs."
MISSING = object()
DOC = Document(source="tests/acme.txt", text=TEXT, published=date(2026, 3, 2))


def rent_claim(**changes: Any) -> dict[str, Any]:
    claim = {
        "subject": "Nimbus Cloud",
        "predicate": "rents-capacity-to",
        "object": "Acme Labs",
        "status": "asserted",
        "confidence": 0.9,
        "sentence": RENT_SENTENCE,
        "stake": None,
        "share": None,
        "subject_type": "CloudProvider",
        "object_type": "AILab",
    }
    return {**claim, **changes}


def stake_claim(**changes: Any) -> dict[str, Any]:
    claim = {
        "subject": "Orbit Capital",
        "predicate": "owns",
        "object": "Acme Labs",
        "status": "asserted",
        "confidence": 0.8,
        "sentence": STAKE_SENTENCE,
        "stake": True,
        "share": 0.27,
        "subject_type": "Investor",
        "object_type": "AILab",
    }
    return {**claim, **changes}


def chat(content: str) -> tuple[int, str]:
    """An OpenAI-style chat completion whose message is ``content``."""
    body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
    return 200, json.dumps(body)


def answer(*claims: dict[str, Any]) -> tuple[int, str]:
    return chat(json.dumps({"claims": list(claims)}))


class Stub:
    """Replays queued (status, body) replies and records each request it gets."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, str]] = []
        self.requests: list[dict[str, Any]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                stub.requests.append(
                    {
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": json.loads(self.rfile.read(length)),
                    }
                )
                status, body = stub.replies.pop(0) if stub.replies else (500, "no reply queued")
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        # a short poll interval makes shutdown() at teardown quick
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)

    def extractor(self, **options: Any) -> LLMExtractor:
        return LLMExtractor(self.base_url, model="stub-model", api_key="secret", **options)


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[Stub]:
    for name in ("KG_LLM_BASE_URL", "KG_LLM_MODEL", "KG_LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)  # the stub must be reached directly
    server = Stub()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()
    server.thread.join()


# ---------------------------------------------------------------- valid answers


def test_valid_answer_becomes_claims_with_the_documents_evidence(stub: Stub) -> None:
    stub.replies.append(answer(rent_claim(), stake_claim()))
    extraction = stub.extractor().extract(DOC)

    rent, stake = extraction.claims
    assert (rent.subject, rent.predicate, rent.object) == (
        "Nimbus Cloud",
        "rents-capacity-to",
        "Acme Labs",
    )
    assert rent.sentence == RENT_SENTENCE
    assert rent.sentence_index == 1  # the title line is sentence 0
    assert (stake.stake, stake.share, stake.sentence_index) == (True, 0.27, 3)
    for claim in extraction.claims:
        assert (claim.source, claim.published, claim.extractor) == (
            "tests/acme.txt",
            date(2026, 3, 2),
            "llm",
        )
    types = {entity.name: entity.type for entity in extraction.entities}
    assert types == {
        "Nimbus Cloud": "CloudProvider",
        "Acme Labs": "AILab",
        "Orbit Capital": "Investor",
    }


def test_request_carries_model_temperature_json_mode_and_the_ontology(stub: Stub) -> None:
    stub.replies.append(answer())
    assert stub.extractor().extract(DOC).claims == ()

    (request,) = stub.requests
    body = request["body"]
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer secret"
    assert body["model"] == "stub-model"
    assert body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    for rel in relations().values():
        assert (f"- {rel.name}: " in system["content"]) is rel.extracted
    assert TEXT in user["content"]


def test_settings_fall_back_to_the_environment(stub: Stub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_LLM_BASE_URL", stub.base_url + "/")
    monkeypatch.setenv("KG_LLM_MODEL", "env-model")
    monkeypatch.setenv("KG_LLM_API_KEY", "env-key")
    stub.replies.append(answer(rent_claim()))

    extraction = get_extractor("llm").extract(DOC)

    assert len(extraction.claims) == 1
    (request,) = stub.requests
    assert request["body"]["model"] == "env-model"
    assert request["headers"]["Authorization"] == "Bearer env-key"


def test_sloppy_but_meaningful_fields_are_normalised(stub: Stub) -> None:
    clipped = "Acme Labs  will train its next models on servers rented from Nimbus Cloud"
    stub.replies.append(
        chat(
            "```json\n"
            + json.dumps(
                {
                    "claims": [
                        rent_claim(
                            predicate="RENTS_CAPACITY_TO",
                            status="Planned",
                            sentence=clipped,
                            stake=True,
                            share=0.5,
                            object_type="ailab",
                        ),
                        stake_claim(share=27),
                    ]
                }
            )
            + "\n```"
        )
    )
    rent, stake = stub.extractor().extract(DOC).claims
    assert (rent.predicate, rent.status, rent.object_type) == (
        "rents-capacity-to",
        "planned",
        "AILab",
    )
    assert rent.sentence == RENT_SENTENCE  # widened to the whole article sentence
    assert (rent.stake, rent.share) == (None, None)  # stake and share only apply to owns
    assert stake.share == 0.27


def test_curly_quotes_in_the_article_still_match(stub: Stub) -> None:
    said = 'Acme Labs said it has "no plans" to change suppliers.'
    stub.replies.append(answer(rent_claim(status="denied", sentence=said)))
    (claim,) = stub.extractor().extract(DOC).claims
    assert claim.sentence == "Acme Labs said it has \u201cno plans\u201d to change suppliers."
    assert claim.sentence_index == 4


# ---------------------------------------------------------------- bad answers


def test_invalid_json_is_an_error_naming_the_document(stub: Stub) -> None:
    stub.replies.append(chat('{"claims": [{"subject": "Nimbus Cloud",'))
    with pytest.raises(
        ExtractionError, match=r"tests/acme\.txt: the LLM answered with invalid JSON"
    ):
        stub.extractor().extract(DOC)


def test_json_without_a_claims_list_is_an_error(stub: Stub) -> None:
    stub.replies.append(chat(json.dumps({"triples": []})))
    with pytest.raises(ExtractionError, match=r'tests/acme\.txt: .*"claims" list'):
        stub.extractor().extract(DOC)


def test_a_wrong_relation_is_dropped_and_the_valid_claims_kept(
    stub: Stub, caplog: pytest.LogCaptureFixture
) -> None:
    stub.replies.append(answer(rent_claim(predicate="supplies-compute-to"), stake_claim()))
    with caplog.at_level(logging.WARNING, logger="ingest.extract.llm"):
        extraction = stub.extractor().extract(DOC)
    assert [claim.predicate for claim in extraction.claims] == ["owns"]
    assert "tests/acme.txt: dropped claim 1" in caplog.text
    assert "unknown relation 'supplies-compute-to'" in caplog.text


def test_strict_mode_turns_one_bad_claim_into_an_error(stub: Stub) -> None:
    stub.replies.append(answer(rent_claim(predicate="supplies-compute-to"), stake_claim()))
    with pytest.raises(
        ExtractionError, match=r"tests/acme\.txt: 1 of the 2 claims .*supplies-compute-to"
    ):
        stub.extractor(strict=True).extract(DOC)


def test_derived_relations_cannot_be_extracted(stub: Stub) -> None:
    stub.replies.append(answer(stake_claim(predicate="controls")))
    with pytest.raises(ExtractionError, match="'controls' is derived"):
        stub.extractor().extract(DOC)


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ({"status": MISSING}, "status: Field required"),
        ({"sentence": "Nimbus Cloud bought Acme Labs outright."}, "sentence is not in the article"),
        ({"object": "nimbus cloud"}, "same entity"),
        ({"subject_type": "Spaceship"}, "unknown entity class 'Spaceship'"),
        ({"confidence": 3}, "confidence"),
    ],
)
def test_when_every_claim_is_bad_the_answer_is_an_error(
    stub: Stub, bad: dict[str, Any], problem: str
) -> None:
    claim = {key: value for key, value in rent_claim(**bad).items() if value is not MISSING}
    stub.replies.append(answer(claim))
    with pytest.raises(ExtractionError) as raised:
        stub.extractor().extract(DOC)
    assert str(raised.value).startswith("tests/acme.txt: 1 of the 1 claims")
    assert problem in str(raised.value)


def test_an_answer_that_is_not_a_chat_completion_is_an_error(stub: Stub) -> None:
    stub.replies.append((200, json.dumps({"result": "ok"})))
    with pytest.raises(ExtractionError, match=r"did not answer with a chat completion"):
        stub.extractor().extract(DOC)


# ---------------------------------------------------------------- transport


def test_a_server_that_rejects_response_format_is_asked_again_without_it(stub: Stub) -> None:
    stub.replies += [
        (400, '{"error": "unknown field response_format"}'),
        answer(rent_claim()),
        answer(),
    ]
    extractor = stub.extractor()

    assert len(extractor.extract(DOC).claims) == 1
    extractor.extract(DOC)

    first, retry, later = (request["body"] for request in stub.requests)
    assert first["response_format"] == {"type": "json_object"}
    assert "response_format" not in retry and "response_format" not in later  # remembered


def test_a_server_error_names_the_url(stub: Stub) -> None:
    stub.replies.append((500, '{"error": "model crashed"}'))
    with pytest.raises(ExtractionError) as raised:
        stub.extractor().extract(DOC)
    message = str(raised.value)
    assert f"{stub.base_url}/chat/completions answered HTTP 500" in message
    assert "model crashed" in message and "server's log" in message


def test_a_rejected_key_points_at_the_key_variable(stub: Stub) -> None:
    stub.replies.append((401, '{"error": "bad key"}'))
    with pytest.raises(ExtractionError, match=r"HTTP 401.*check KG_LLM_API_KEY"):
        stub.extractor().extract(DOC)


def test_a_refused_connection_names_the_url_and_what_to_check() -> None:
    with socket.socket() as unused:  # bound but not listening: connecting is refused
        unused.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{unused.getsockname()[1]}/v1"
        with pytest.raises(ExtractionError) as raised:
            LLMExtractor(url, timeout=5).extract(DOC)
    message = str(raised.value)
    assert f"cannot reach the LLM server at {url}/chat/completions" in message
    assert "running" in message and "KG_LLM_BASE_URL" in message


def test_without_a_base_url_extract_says_which_variable_to_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KG_LLM_BASE_URL", raising=False)
    extractor = LLMExtractor()  # constructing needs nothing
    with pytest.raises(ExtractionError, match="set KG_LLM_BASE_URL"):
        extractor.extract(DOC)


# ---------------------------------------------------------------- prompt


def test_the_prompt_is_built_from_the_ontology() -> None:
    prompt = system_prompt()
    for rel in relations().values():
        if rel.extracted:
            assert f"- {rel.name}: {rel.description}" in prompt
    for name in entity_classes():
        assert f"- {name}" in prompt
    for status in STATUSES:
        assert f"- {status}: " in prompt
    assert "subject = the provider" in prompt and "subject = the old name" in prompt

"""An optional extractor that asks an OpenAI-compatible chat model for the claims.

It talks to any server that speaks ``POST <base>/chat/completions`` (llama.cpp,
vLLM, Ollama, a hosted API) with ``temperature`` 0, asking for a JSON object and
retrying without ``response_format`` when the server rejects that field. Settings
come from the constructor, else from ``KG_LLM_BASE_URL`` (e.g.
``http://127.0.0.1:8080/v1``), ``KG_LLM_MODEL`` and ``KG_LLM_API_KEY``; nothing is
needed to construct one, so ``get_extractor("llm")`` always works and the first
``extract`` says what is missing.

A model's answer is never trusted as is:

- An answer that is not JSON, or not ``{"claims": [...]}``, is an ExtractionError
  naming the article: there is nothing to salvage.
- Each claim is checked on its own (``LLMClaim``: known relation, known status and
  classes, required fields, and a sentence that occurs in the article). By default
  a bad claim is dropped with a logged warning and the good ones are kept, because
  one stray claim should not cost an article its other facts. When *every* claim
  is bad the model is not following the format at all, so that is an error too.
  ``strict=True`` turns any bad claim into an error.

Example:
    >>> extractor = LLMExtractor("http://127.0.0.1:8080/v1", model="qwen2.5-7b-instruct")
    >>> extraction = extractor.extract(document)  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import os
import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

import httpx
from pydantic import ValidationError

from ingest.extract.base import Extraction
from ingest.extract.llm_prompt import LLMClaim, LLMResponse, build_messages, claim_items
from ingest.models import Claim, Document, Entity
from ontology import ExtractionError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 120.0  # seconds: a local model on a CPU can take a minute per article
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n\s*")


class LLMExtractor:
    """Claims from an OpenAI-compatible chat model; see the module docstring.

    Args:
        base_url: the API root, ending in ``/v1`` for most servers; else ``KG_LLM_BASE_URL``.
        model: the model name the server knows; else ``KG_LLM_MODEL`` (omitted if unset).
        api_key: sent as a bearer token; else ``KG_LLM_API_KEY`` (local servers need none).
        timeout: seconds to wait for one answer.
        strict: raise on any invalid claim instead of dropping it.
    """

    name = "llm"

    def __init__(
        self,
        base_url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        strict: bool = False,
    ) -> None:
        self.base_url = (base_url or os.environ.get("KG_LLM_BASE_URL") or "").rstrip("/") or None
        self.model = model or os.environ.get("KG_LLM_MODEL") or None
        self._api_key = api_key or os.environ.get("KG_LLM_API_KEY") or None
        self.timeout = timeout
        self.strict = strict
        self._json_mode = True  # cleared once a server is seen to reject response_format

    @property
    def url(self) -> str:
        """The chat-completions endpoint; an ExtractionError if no server is configured."""
        if not self.base_url:
            raise ExtractionError(
                "no LLM server is configured: set KG_LLM_BASE_URL "
                "(e.g. http://127.0.0.1:8080/v1) or pass base_url, or use the 'rules' extractor"
            )
        return f"{self.base_url}/chat/completions"

    def extract(self, document: Document) -> Extraction:
        """Ask the model for the claims of one article and keep those that validate."""
        content = self._complete(build_messages(document), document.source)
        locator = _Locator(document.text)
        items = claim_items(content, document.source)
        response = _validated(items, locator, document.source, self.strict)
        claims: dict[tuple[object, ...], Claim] = {}
        for item in response.claims:
            sentence, index = locator.find(item.sentence) or (item.sentence, None)
            claim = Claim(
                **item.model_dump(exclude={"sentence"}),
                source=document.source,
                sentence=sentence,
                sentence_index=index,
                published=document.published,
                extractor=self.name,
            )
            claims.setdefault(
                (claim.subject, claim.predicate, claim.object, claim.status, index), claim
            )
        return Extraction(claims=tuple(claims.values()), entities=_typed_entities(claims.values()))

    def _complete(self, messages: list[dict[str, str]], source: str) -> str:
        url = self.url
        body: dict[str, Any] = {"messages": messages, "temperature": 0}
        if self.model:
            body["model"] = self.model
        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        with httpx.Client(timeout=self.timeout, headers=headers) as client:
            if self._json_mode:
                json_body = {**body, "response_format": {"type": "json_object"}}
                response = self._send(client, url, json_body, source)
                if response.status_code in (400, 422):  # the usual answer to an unknown field
                    log.info(
                        "%s rejected response_format (HTTP %s); retrying without it",
                        url,
                        response.status_code,
                    )
                    response = self._send(client, url, body, source)
                    self._json_mode = not response.is_success
            else:
                response = self._send(client, url, body, source)
        _raise_for_status(response, url, source)
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as err:
            raise ExtractionError(
                f"{source}: the LLM server at {url} did not answer with a chat completion "
                f"({type(err).__name__}: {err}); check that it serves the OpenAI chat API"
            ) from err
        if not isinstance(content, str):
            raise ExtractionError(f"{source}: the LLM server at {url} sent no message content")
        return content

    def _send(
        self, client: httpx.Client, url: str, body: dict[str, Any], source: str
    ) -> httpx.Response:
        try:
            return client.post(url, json=body)
        except httpx.TimeoutException as err:
            raise ExtractionError(
                f"{source}: the LLM server at {url} did not answer within {self.timeout:g} s; "
                "check that it is not overloaded, or pass a larger timeout"
            ) from err
        except httpx.HTTPError as err:
            raise ExtractionError(
                f"{source}: cannot reach the LLM server at {url} ({err}); check that it is "
                "running and that KG_LLM_BASE_URL points at it, /v1 included"
            ) from err


def _raise_for_status(response: httpx.Response, url: str, source: str) -> None:
    if response.is_success:
        return
    code = response.status_code
    if code in (401, 403):
        hint = "check KG_LLM_API_KEY"
    elif code == 404:
        hint = "check KG_LLM_BASE_URL (usually ending in /v1) and KG_LLM_MODEL"
    else:
        hint = "check KG_LLM_MODEL and the server's log"
    raise ExtractionError(
        f"{source}: the LLM server at {url} answered HTTP {code}: {response.text[:200]!r}; {hint}"
    )


def _validated(items: list[Any], locator: _Locator, source: str, strict: bool) -> LLMResponse:
    """The claims that pass ``LLMClaim`` and whose sentence occurs in the article."""
    valid: list[LLMClaim] = []
    problems: list[str] = []
    for number, item in enumerate(items, 1):
        try:
            claim = LLMClaim.model_validate(item)
        except ValidationError as err:
            details = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'claim'}: {e['msg']}" for e in err.errors()
            )
            problems.append(f"claim {number}: {details}")
            continue
        if locator.find(claim.sentence) is None:
            problems.append(
                f"claim {number}: its sentence is not in the article: {claim.sentence!r}"
            )
            continue
        valid.append(claim)
    if problems and (strict or not valid):
        raise ExtractionError(
            f"{source}: {len(problems)} of the {len(items)} claims the LLM returned are "
            f"invalid: {' | '.join(problems)}"
        )
    for problem in problems:
        log.warning("%s: dropped %s", source, problem)
    return LLMResponse(claims=valid)


class _Locator:
    """Finds a model's sentence in the article, forgiving whitespace and curly quotes.

    Returns the whole article sentence around the match (so a clipped quote still
    yields full evidence, in the article's own characters) and its index among
    the article's sentences, split at sentence ends and line breaks.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        self.offsets: list[int] = []  # position in ``text`` of each normalised character
        for at, char in enumerate(text):
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char.translate(_QUOTES))
            self.offsets.append(at)
        self.normalised = "".join(chars)
        self.starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]

    def find(self, sentence: str) -> tuple[str, int] | None:
        """``(article sentence, its index)`` containing ``sentence``, or None."""
        needle = " ".join(sentence.split()).translate(_QUOTES)
        at = self.normalised.find(needle) if needle else -1
        if at < 0:
            return None
        start, last = self.offsets[at], self.offsets[at + len(needle) - 1]
        first_index = bisect_right(self.starts, start) - 1
        last_index = bisect_right(self.starts, last) - 1
        end = self.starts[last_index + 1] if last_index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[first_index] : end].strip(), first_index


def _typed_entities(claims: Iterable[Claim]) -> tuple[Entity, ...]:
    """One Entity per name the model typed, with the first type it gave."""
    types: dict[str, str] = {}
    for claim in claims:
        for name, type_ in ((claim.subject, claim.subject_type), (claim.object, claim.object_type)):
            if type_ and name not in types:
                types[name] = type_
    return tuple(Entity(name=name, type=type_) for name, type_ in types.items())

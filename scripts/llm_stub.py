"""A deterministic, offline stand-in for the parts of the OpenAI API the memory server uses.

The Agent Memory Server sends embedding and chat requests through LiteLLM to
``OPENAI_API_BASE``; pointing that at this stub lets the server run on loopback with no
network and no API key, and makes every search result repeatable.

- ``POST /v1/embeddings``: a hashed bag of words, L2-normalised, so texts that share words
  are close in cosine distance. Honours ``encoding_format=base64`` (what the server asks for)
  and ``dimensions``.
- ``POST /v1/chat/completions``: echoes the gist of the last user message (see ``_reply``).
- ``GET /v1/models``: lists the model names the server uses by default.

Standard library only, so any ``python3`` can run it::

    python scripts/llm_stub.py --port 8765
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import math
import re
import struct
import sys
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_DIMENSIONS = 1536
EMBEDDING_MODEL = "text-embedding-3-small"
_MAX_REPLY_CHARS = 500

_WORD = re.compile(r"[a-z0-9]+")
# Words that carry no topic; leaving them in would make every English sentence look alike.
_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "i",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "so",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "you",
        "your",
    }
)
# "Label:" at the start of a line, e.g. "Original query:", "assistant:", "2:".
_LABEL = re.compile(r"^[\w ()-]{1,40}:\s*")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without stopwords, with a crude plural strip ("cats" -> "cat")."""
    out = []
    for word in _WORD.findall(text.lower()):
        if word in _STOPWORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out


def _bucket(token: str, dimensions: int) -> tuple[int, float]:
    digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    # A sign bit per token keeps hash collisions from adding up to a spurious similarity.
    sign = 1.0 if value >> 63 else -1.0
    return value % dimensions, sign


def embed(text: str, dimensions: int = DEFAULT_DIMENSIONS) -> list[float]:
    """Return the unit-length embedding of ``text`` (same text, same vector, on every run)."""
    vector = [0.0] * dimensions
    words = tokens(text) or [""]  # an empty text still needs a unit vector
    for word in words:
        index, sign = _bucket(word, dimensions)
        vector[index] += sign
    norm = math.sqrt(sum(v * v for v in vector))
    if norm == 0.0:  # every word cancelled out; fall back to the first word's bucket alone
        index, sign = _bucket(words[0], dimensions)
        vector[index] = sign
        norm = 1.0
    return [v / norm for v in vector]


def _as_texts(raw: Any) -> list[str]:
    # OpenAI accepts a string, a list of strings, or token arrays; the stub only needs text.
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list):
        if raw and all(isinstance(item, int) for item in raw):
            return [" ".join(map(str, raw))]
        return [item if isinstance(item, str) else " ".join(map(str, item)) for item in raw]
    raise ValueError("'input' must be a string or a list")


def embeddings_response(body: dict[str, Any]) -> dict[str, Any]:
    """Build an OpenAI ``/embeddings`` response for a request body."""
    texts = _as_texts(body.get("input"))
    dimensions = int(body.get("dimensions") or DEFAULT_DIMENSIONS)
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, text in enumerate(texts):
        vector = embed(text, dimensions)
        encoded: Any = vector
        if as_base64:
            packed = struct.pack(f"<{len(vector)}f", *vector)
            encoded = base64.b64encode(packed).decode("ascii")
        data.append({"object": "embedding", "index": index, "embedding": encoded})
    used = sum(len(text.split()) for text in texts)
    return {
        "object": "list",
        "data": data,
        "model": body.get("model") or EMBEDDING_MODEL,
        "usage": {"prompt_tokens": used, "total_tokens": used},
    }


def _reply(prompt: str) -> str:
    # The server's prompts end in a cue such as "Optimized query:" or "New summary:" right after
    # the text they are about, so the last line with content is the most useful thing to echo:
    # the original query for query optimisation, the newest message for summaries.
    for line in reversed(prompt.strip().splitlines()):
        content = _LABEL.sub("", line.strip(), count=1).strip()
        if content:
            return content[:_MAX_REPLY_CHARS]
    return "OK"


def _message_text(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, list):  # multi-part content: keep the text parts
        return "\n".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return str(content or "")


def chat_response(body: dict[str, Any]) -> dict[str, Any]:
    """Build an OpenAI ``/chat/completions`` response for a request body."""
    messages = body.get("messages") or []
    user_texts = [_message_text(m) for m in messages if m.get("role") == "user"]
    prompt = user_texts[-1] if user_texts else ""
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_object":
        # Extraction prompts want JSON; "found nothing" is a valid answer to all of them.
        content = json.dumps({"memories": [], "topics": [], "entities": []})
    else:
        content = _reply(prompt)
    prompt_tokens = sum(len(_message_text(m).split()) for m in messages)
    completion_tokens = len(content.split())
    digest = hashlib.sha256(json.dumps(messages, sort_keys=True).encode("utf-8")).hexdigest()
    return {
        "id": f"chatcmpl-stub-{digest[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model") or "gpt-5-mini",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def models_response() -> dict[str, Any]:
    """Build an OpenAI ``/models`` listing."""
    names = [EMBEDDING_MODEL, "gpt-5", "gpt-5-mini"]
    return {
        "object": "list",
        "data": [{"id": n, "object": "model", "created": 0, "owned_by": "stub"} for n in names],
    }


class StubHandler(BaseHTTPRequestHandler):
    """Routes the few OpenAI endpoints the memory server calls."""

    protocol_version = "HTTP/1.1"  # keep-alive, as LiteLLM's HTTP client expects

    def do_GET(self) -> None:
        """Serve ``/v1/models``."""
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            self._send(HTTPStatus.OK, models_response())
        else:
            self._send_error(HTTPStatus.NOT_FOUND, f"no route {self.path}")

    def do_POST(self) -> None:
        """Serve ``/v1/embeddings`` and ``/v1/chat/completions``."""
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ValueError("the request body must be a JSON object")
        except ValueError as exc:
            self._send_error(HTTPStatus.BAD_REQUEST, f"invalid JSON body: {exc}")
            return
        path = self.path.rstrip("/")
        try:
            if path in ("/v1/embeddings", "/embeddings"):
                self._send(HTTPStatus.OK, embeddings_response(body))
            elif path in ("/v1/chat/completions", "/chat/completions"):
                self._send(HTTPStatus.OK, chat_response(body))
            else:
                self._send_error(HTTPStatus.NOT_FOUND, f"no route {self.path}")
        except (ValueError, TypeError, AttributeError) as exc:
            self._send_error(HTTPStatus.BAD_REQUEST, str(exc))

    def _send(self, status: HTTPStatus, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, status: HTTPStatus, message: str) -> None:
        kind = "invalid_request_error" if status == HTTPStatus.BAD_REQUEST else "not_found"
        self._send(status, {"error": {"message": message, "type": kind}})

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: one line per request would drown the server logs we care about."""


def make_server(port: int, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """Bind the stub (port 0 picks a free one); the caller runs ``serve_forever``."""
    server = ThreadingHTTPServer((host, port), StubHandler)
    server.daemon_threads = True
    return server


def main(argv: list[str] | None = None) -> int:
    """Run the stub until interrupted."""
    parser = argparse.ArgumentParser(description="Deterministic OpenAI-compatible stub.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    try:
        server = make_server(args.port, args.host)
    except OSError as exc:
        print(f"llm_stub: cannot bind {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    with server, contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The HTTP request of an operation (no I/O): URL, query string, headers, body, timeout.

Built here rather than by an httpx client's ``build_request``: that parses and merges the
URL three times over and made up more than half of the client's own time per call. The
request goes straight to the client's transport (retries, connection pools, or a user's
own httpx client, which sends it with everything of its own).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

import httpx

if TYPE_CHECKING:
    from ._options import CallOptions

__all__ = ["RequestFactory"]


def _query_value(value: Any) -> str:
    # As httpx writes query values: booleans in lower case, everything else as text.
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def query_string(params: Mapping[str, Any]) -> str:
    """``a=1&b=x%20y``, a list repeating its key (``memory_ids=a&memory_ids=b``)."""
    pairs = [
        (key, _query_value(item))
        for key, value in params.items()
        for item in (value if isinstance(value, list | tuple) else (value,))
    ]
    return urlencode(pairs, quote_via=quote)


class RequestFactory:
    """Builds the requests of one client: its base URL, headers and timeout."""

    def __init__(self, base_url: str, headers: Mapping[str, str], timeout: httpx.Timeout) -> None:
        self._base_url = base_url.rstrip("/")
        self._headers = httpx.Headers(headers)
        self._json_headers = httpx.Headers({**headers, "Content-Type": "application/json"})
        self._timeout = timeout.as_dict()

    @property
    def headers(self) -> dict[str, str]:
        """The headers every request carries (a copy)."""
        return dict(self._headers.items())

    def build(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any],
        content: bytes | None,
        options: CallOptions | None = None,
    ) -> httpx.Request:
        """The request; ``options`` (the running call's, see ``_options``) add query
        parameters and headers over the operation's and the client's, and set the timeout."""
        headers = self._json_headers if content is not None else self._headers
        timeout = self._timeout
        if options is not None:
            if options.query:
                params = {**params, **options.query}
            if options.headers:
                headers = httpx.Headers(headers)
                headers.update(options.headers)  # by name, case-insensitively
            if options.timeout is not None:
                timeout = options.timeout
        url = self._base_url + path
        if params:
            url += "?" + query_string(params)
        return httpx.Request(
            method,
            url,
            headers=headers,
            content=content,
            # A fresh dict per request: the transports note their attempts in it.
            extensions={"timeout": timeout},
        )

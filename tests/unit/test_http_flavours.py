"""Which user clients ``http_client=`` takes (httpx's and httpx2's), and how httpx2's
timeouts, errors and encoded bodies are carried over to what the SDK speaks (httpx)."""

from __future__ import annotations

import gzip
import json

import httpx
import httpx2
import pytest

from agent_memory_client import MemoryAPIClient, MemoryValidationError, SyncMemoryAPIClient
from agent_memory_client._http import _as_httpx_error, as_timeout, flavour_of

BASE_URL = "http://memory.test"


def test_each_client_takes_an_httpx_or_httpx2_client_of_its_own_kind() -> None:
    assert flavour_of(httpx.AsyncClient(), "AsyncClient").module is httpx
    assert flavour_of(httpx2.AsyncClient(), "AsyncClient").module is httpx2
    assert flavour_of(httpx2.Client(), "Client").module is httpx2
    assert flavour_of(httpx.Client(), "Client").native


@pytest.mark.parametrize(
    ("make", "given", "kind"),
    [
        (MemoryAPIClient, httpx2.Client, "AsyncClient"),
        (MemoryAPIClient, httpx.Client, "AsyncClient"),
        (SyncMemoryAPIClient, httpx2.AsyncClient, "Client"),
        (SyncMemoryAPIClient, httpx.AsyncClient, "Client"),
    ],
)
def test_a_client_of_the_other_kind_is_refused_at_once(
    make: type[MemoryAPIClient] | type[SyncMemoryAPIClient], given: type[object], kind: str
) -> None:
    wanted = f"must be an httpx.{kind} or an httpx2.{kind}, got httpx"
    with pytest.raises(MemoryValidationError, match=wanted):
        make(base_url=BASE_URL, http_client=given())  # type: ignore[arg-type]


def test_something_that_is_no_client_is_refused() -> None:
    with pytest.raises(MemoryValidationError, match=r"got builtins\.object"):
        SyncMemoryAPIClient(base_url=BASE_URL, http_client=object())  # type: ignore[arg-type]


def test_httpx2_timeouts_become_the_clients_timeout() -> None:
    given = httpx2.Timeout(5.0, connect=1.0)
    assert as_timeout(given) == httpx.Timeout(5.0, connect=1.0)
    client = SyncMemoryAPIClient(base_url=BASE_URL, timeout=given)
    assert client.timeout == httpx.Timeout(5.0, connect=1.0)
    from_http = SyncMemoryAPIClient(base_url=BASE_URL, http_client=httpx2.Client(timeout=7.0))
    assert from_http.timeout == httpx.Timeout(7.0)


def test_a_timeout_of_another_type_is_refused() -> None:
    with pytest.raises(MemoryValidationError, match="timeout must be"):
        SyncMemoryAPIClient(base_url=BASE_URL, timeout="soon")  # type: ignore[arg-type]


def test_every_httpx2_request_error_becomes_the_httpx_error_of_its_name() -> None:
    request = httpx.Request("GET", BASE_URL)
    errors = [
        cls
        for name, cls in vars(httpx2).items()
        if isinstance(cls, type) and issubclass(cls, httpx2.RequestError) and hasattr(httpx, name)
    ]
    assert len(errors) > 10
    for cls in errors:
        mapped = _as_httpx_error(cls("boom"), request)
        assert type(mapped) is getattr(httpx, cls.__name__)
        assert str(mapped) == "boom"
        assert mapped.request is request


def test_an_error_class_httpx_lacks_maps_to_its_nearest_base() -> None:
    class StalledStream(httpx2.ReadTimeout):
        pass

    request = httpx.Request("GET", BASE_URL)
    assert type(_as_httpx_error(StalledStream("slow"), request)) is httpx.ReadTimeout
    assert type(_as_httpx_error(httpx2.SSEError("bad event"), request)) is httpx.TransportError


def test_a_compressed_answer_through_httpx2_is_decoded_once() -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        body = gzip.compress(json.dumps({"now": 42}).encode())
        return httpx2.Response(200, headers={"Content-Encoding": "gzip"}, content=body)

    with httpx2.Client(transport=httpx2.MockTransport(answer)) as http:
        client = SyncMemoryAPIClient(base_url=BASE_URL, http_client=http)
        assert client.health_check().now == 42

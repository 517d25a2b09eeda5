"""Responses that break or stall after their headers: a response cut mid-body, and a body
that stops for longer than the client's timeout. For a request that is safe to repeat the
client sends it again and the call succeeds."""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

import pytest

from .clients import Client, Scope
from .http_proxy import HttpFaultProxy
from .operations import BY_NAME, Op

MakeClient = Callable[..., Client]

READS = [BY_NAME["get_working_memory"], BY_NAME["search_long_term_memory"]]


@pytest.mark.parametrize("close", ["rst", "fin"])
@pytest.mark.parametrize("op", READS, ids=lambda op: op.name)
async def test_response_cut_mid_body_is_retried(
    op: Op, close: str, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    client = make_client(base_url=proxy.url)
    prepared = await op.prepare(client, scope)
    method, path = op.request(scope, prepared)
    before = proxy.count(method, path)
    proxy.cut_body(method, path, after=10, reset=close == "rst")

    await op.call(client, scope, prepared)

    assert proxy.count(method, path) == before + 2, proxy.describe()


async def test_get_after_a_cut_body_returns_the_whole_session(
    proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    op = BY_NAME["get_working_memory"]
    client = make_client(base_url=proxy.url)
    prepared = await op.prepare(client, scope)
    proxy.cut_body(*op.request(scope, prepared), after=40, reset=False)

    memory = await client.get_working_memory(scope.session, **scope.kw)

    assert memory.to_dict()["data"] == {"kept": 1}
    assert [m.content for m in memory.messages] == ["hello there"]


@pytest.mark.parametrize("op", READS, ids=lambda op: op.name)
async def test_body_stalled_past_the_timeout_is_retried(
    op: Op, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    """Headers and 10 body bytes arrive, then nothing for 3 s; the timeout is 0.5 s."""
    client = make_client(base_url=proxy.url, timeout=0.5)
    prepared = await op.prepare(client, scope)
    method, path = op.request(scope, prepared)
    before = proxy.count(method, path)
    proxy.stall_body(method, path, 3.0, after=10)
    started = monotonic()

    await op.call(client, scope, prepared)

    assert monotonic() - started < 2.0
    assert proxy.count(method, path) == before + 2, proxy.describe()


@pytest.mark.parametrize("op", READS, ids=lambda op: op.name)
async def test_headers_stalled_past_the_timeout_are_retried(
    op: Op, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    """For comparison: nothing at all for 3 s (timeout 0.5 s), then a retry that works."""
    client = make_client(base_url=proxy.url, timeout=0.5)
    prepared = await op.prepare(client, scope)
    method, path = op.request(scope, prepared)
    before = proxy.count(method, path)
    proxy.stall_headers(method, path, 3.0)
    started = monotonic()

    await op.call(client, scope, prepared)

    assert monotonic() - started < 2.0
    assert proxy.count(method, path) == before + 2, proxy.describe()

# Generated from tests/integration/_async/test_data_safety.py by scripts/unasync.py: do not edit.
"""Data safety against the real server: whose data a call reads and writes, and the token.

Server 0.15.2 matches user ids, namespaces and session ids through a RediSearch TAG index,
which compares case-insensitively and reads ``|`` as "or"; a working-memory read that
misses its key falls back to that index, and every long-term search filters through it. A
client bound to ``alice`` must still never see or change what ``Alice``, ``x|Alice`` or a
``Team`` namespace owns. Each test describes the target behaviour. Written once for the
async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from agent_memory_client import (
    MemoryAuthenticationError,
    MemoryClientError,
    MemoryNotFoundError,
    MemoryValidationError,
    RetryPolicy,
    SyncMemoryAPIClient,
    ToolCallResult,
)
from agent_memory_client.tools import (
    ALL_TOOL_NAMES,
    get_all_memory_tool_schemas,
    get_all_memory_tool_schemas_anthropic,
    get_all_memory_tool_schemas_responses,
)
from agent_memory_client.tools.definitions import lookup
from agent_memory_client.types import WorkingMemoryResponse

from .support import state, store, unique, wait_searchable

Connect = Callable[..., SyncMemoryAPIClient]
FAST_RETRIES = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.01)
RESULT_KEYS = {"success", "function_name", "result", "error", "formatted_response"}


@pytest.fixture(autouse=True)
def _no_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MEMORY_API_KEY", "DEFAULT_USER_ID", "DEFAULT_NAMESPACE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def connect(server_url: str) -> Iterator[Connect]:
    """Clients of the open server built from keyword settings, closed when the test ends."""
    opened: list[SyncMemoryAPIClient] = []

    def make(**settings: Any) -> SyncMemoryAPIClient:
        settings.setdefault("base_url", server_url)
        opened.append(SyncMemoryAPIClient(**settings))
        return opened[-1]

    yield make
    for client in opened:
        client.close()


@pytest.fixture
def connect_auth(auth_server: tuple[str, str]) -> Iterator[Connect]:
    """Clients of the token-auth server (no token unless given), closed when the test ends."""
    opened: list[SyncMemoryAPIClient] = []

    def make(**settings: Any) -> SyncMemoryAPIClient:
        opened.append(
            SyncMemoryAPIClient(base_url=auth_server[0], retry_policy=FAST_RETRIES, **settings)
        )
        return opened[-1]

    yield make
    for client in opened:
        client.close()


def tool_call(name: str, **arguments: Any) -> dict[str, Any]:
    """A Chat Completions tool call as the OpenAI API sends it."""
    return {
        "id": f"call_{uuid.uuid4().hex[:8]}",
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


def dumped(memory: WorkingMemoryResponse) -> str:
    return json.dumps(state(memory), default=str)


def data_of(memory: WorkingMemoryResponse) -> Any:
    return state(memory).get("data")


# -- 1. working memory of a look-alike scope ----------------------------------------------

# (victim's scope, attacker's scope): the server resolves the attacker's read of a session
# the attacker does not have to the victim's session.
VARIANTS = ["user_id-case", "namespace-case", "user_id-pipe"]


def scopes(variant: str) -> tuple[dict[str, str], dict[str, str]]:
    tag = unique("")
    if variant == "user_id-case":
        return {"user_id": f"Alice{tag}"}, {"user_id": f"alice{tag}"}
    if variant == "namespace-case":
        user = f"bob{tag}"
        return {"user_id": user, "namespace": f"Team{tag}"}, {
            "user_id": user,
            "namespace": f"team{tag}",
        }
    assert variant == "user_id-pipe"
    return {"user_id": f"Alice{tag}"}, {"user_id": f"x|Alice{tag}"}


@dataclass
class Victim:
    client: SyncMemoryAPIClient
    scope: dict[str, str]
    session: str
    texts: list[str]


def plant_session(connect: Connect, scope: dict[str, str]) -> Victim:
    """The victim's session: data owner=victim, one message and a summary of its own."""
    client = connect(**scope)
    session = unique("session")
    texts = [f"victim message {unique('m')}", f"victim summary {unique('c')}"]
    client.set_working_memory(
        session,
        {
            "data": {"owner": "victim"},
            "messages": [{"role": "user", "content": texts[0]}],
            "context": texts[1],
        },
    )
    return Victim(client=client, scope=scope, session=session, texts=texts)


def assert_scope(memory: WorkingMemoryResponse, scope: dict[str, str]) -> None:
    got = state(memory)
    assert got.get("user_id") == scope["user_id"]
    assert got.get("namespace") == scope.get("namespace")


def _append_messages(client: SyncMemoryAPIClient, session: str, marker: str) -> None:
    client.append_messages_to_working_memory(session, [{"role": "user", "content": marker}])


def _update_data(client: SyncMemoryAPIClient, session: str, marker: str) -> None:
    client.update_working_memory_data(session, {"owner": marker})


def _set_data(client: SyncMemoryAPIClient, session: str, marker: str) -> None:
    client.set_working_memory_data(session, {"owner": marker})


def _add_memories(client: SyncMemoryAPIClient, session: str, marker: str) -> None:
    client.add_memories_to_working_memory(session, [{"text": f"User is {marker}"}])


def _tool_update_data(client: SyncMemoryAPIClient, session: str, marker: str) -> None:
    call = tool_call("update_working_memory_data", data={"owner": marker})
    result = client.resolve_tool_call(call, session_id=session)
    assert result["success"], result["error"]


def _tool_set_working_memory(client: SyncMemoryAPIClient, session: str, marker: str) -> None:
    call = tool_call("set_working_memory", data={"owner": marker})
    result = client.resolve_tool_call(call, session_id=session)
    assert result["success"], result["error"]


# Each writes ``marker`` into the session it is given, as the attacker's client.
WRITES: dict[str, Callable[[SyncMemoryAPIClient, str, str], Any]] = {
    "append_messages_to_working_memory": _append_messages,
    "update_working_memory_data": _update_data,
    "set_working_memory_data": _set_data,
    "add_memories_to_working_memory": _add_memories,
    "tool:update_working_memory_data": _tool_update_data,
    "tool:set_working_memory": _tool_set_working_memory,
}


@pytest.mark.parametrize("operation", sorted(WRITES))
@pytest.mark.parametrize("variant", VARIANTS)
def test_a_helper_never_writes_into_a_look_alike_scopes_session(
    connect: Connect, variant: str, operation: str
) -> None:
    victim_scope, attacker_scope = scopes(variant)
    victim = plant_session(connect, victim_scope)
    attacker = connect(**attacker_scope)
    marker = unique("attacker")

    WRITES[operation](attacker, victim.session, marker)

    # The victim's session is as the victim left it. (Today the helper read it, changed it
    # and wrote it back with the user_id/namespace of that response: the victim's.)
    theirs = victim.client.get_working_memory(victim.session)
    assert_scope(theirs, victim_scope)
    assert data_of(theirs) == {"owner": "victim"}
    assert marker not in dumped(theirs)
    # The attacker's call worked on the attacker's own session, with none of the victim's.
    mine = attacker.get_working_memory(victim.session)
    assert_scope(mine, attacker_scope)
    assert marker in dumped(mine)
    for text in victim.texts:
        assert text not in dumped(mine)


@pytest.mark.parametrize("variant", VARIANTS)
def test_reading_a_session_only_a_look_alike_scope_has_is_not_found(
    connect: Connect, variant: str
) -> None:
    victim_scope, attacker_scope = scopes(variant)
    victim = plant_session(connect, victim_scope)
    attacker = connect(**attacker_scope)

    with pytest.raises(MemoryNotFoundError):  # today: the victim's session
        attacker.get_working_memory(victim.session)


@pytest.mark.parametrize("variant", VARIANTS)
def test_get_or_create_makes_a_session_of_ones_own(connect: Connect, variant: str) -> None:
    victim_scope, attacker_scope = scopes(variant)
    victim = plant_session(connect, victim_scope)
    attacker = connect(**attacker_scope)

    created, memory = attacker.get_or_create_working_memory(victim.session)

    # Today: (False, the victim's session).
    assert created, f"read the session of {state(memory).get('user_id')!r}"
    assert_scope(memory, attacker_scope)
    for text in victim.texts:
        assert text not in dumped(memory)


# Beyond the brief, same family: the server builds the session key by joining namespace,
# user id and session id with ":" (working_memory:<ns>:<user>:<session>), so scopes that
# contain ":" name another scope's key, and a plain set_working_memory replaces its session.
def colon_scopes(kind: str) -> tuple[dict[str, str], dict[str, str], str, str]:
    """(victim scope, attacker scope, victim's session id, the attacker's session id)."""
    tag = unique("")
    session = unique("session")
    if kind == "user_id":
        victim = {"user_id": f"carol{tag}", "namespace": f"team{tag}"}
        return victim, {"user_id": f"team{tag}:carol{tag}"}, session, session
    assert kind == "session_id"
    victim = {"user_id": f"dave{tag}"}
    return victim, {}, session, f"dave{tag}:{session}"


@pytest.mark.parametrize("kind", ["user_id", "session_id"])
def test_a_scope_with_a_colon_never_replaces_another_scopes_session(
    connect: Connect, kind: str
) -> None:
    victim_scope, attacker_scope, session, attacker_session = colon_scopes(kind)
    victim = connect(**victim_scope)
    attacker = connect(**attacker_scope)
    victim.set_working_memory(session, {"data": {"owner": "victim"}})

    # Refusing such ids is one way to get there; storing them apart is another.
    with contextlib.suppress(MemoryValidationError):
        attacker.set_working_memory(attacker_session, {"data": {"owner": "attacker"}})

    theirs = victim.get_working_memory(session)
    assert_scope(theirs, victim_scope)
    assert data_of(theirs) == {"owner": "victim"}


# -- 2. long-term memory of a look-alike user ----------------------------------------------


@dataclass
class Planted:
    owner: str
    ids: list[str]
    texts: list[str]
    query: str


def plant_memories(connect: Connect, owner: str) -> Planted:
    """Two searchable memories of ``owner``."""
    client = connect(user_id=owner)
    word = unique("secret")
    texts = [f"User's bank PIN is {word}", f"User's safe code is {word}"]
    ids = store(client, [{"text": text} for text in texts], user_id=owner)
    return Planted(owner=owner, ids=ids, texts=texts, query=f"bank PIN safe code {word}")


def look_alike(kind: str, tag: str) -> str:
    return {"lowercase": f"victim{tag}", "pipe": f"x|Victim{tag}"}[kind]


@pytest.mark.parametrize("how", ["client-default", "per-call"])
@pytest.mark.parametrize("searcher", ["lowercase", "pipe"])
def test_a_search_never_returns_a_look_alike_users_memories(
    connect: Connect, searcher: str, how: str
) -> None:
    tag = unique("")
    planted = plant_memories(connect, f"Victim{tag}")
    user = look_alike(searcher, tag)

    if how == "client-default":
        page = connect(user_id=user).search_long_term_memory(planted.query, limit=50)
    else:
        page = connect().search_long_term_memory(planted.query, user_id=user, limit=50)

    assert [m.text for m in page.memories if m.id in planted.ids] == []
    assert {m.user_id for m in page.memories} <= {user}


@pytest.mark.parametrize("searcher", ["lowercase", "pipe"])
def test_a_prompt_never_carries_a_look_alike_users_memories(
    connect: Connect, searcher: str
) -> None:
    tag = unique("")
    planted = plant_memories(connect, f"Victim{tag}")
    client = connect(user_id=look_alike(searcher, tag))

    result = client.memory_prompt(planted.query, long_term_search={"limit": 10})

    prompt = "\n".join(message["content"] for message in result.messages)
    for text in planted.texts:
        assert text not in prompt
    assert [m.text for m in result.long_term_memories if m.id in planted.ids] == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_prompt_never_carries_a_look_alike_scopes_session(connect: Connect, variant: str) -> None:
    victim_scope, attacker_scope = scopes(variant)
    victim = plant_session(connect, victim_scope)
    client = connect(**attacker_scope)

    result = client.memory_prompt("what did I say?", session={"session_id": victim.session})

    prompt = "\n".join(message["content"] for message in result.messages)
    for text in victim.texts:
        assert text not in prompt


OWNERS = {"other-user": "bob{}", "look-alike": "Alice{}"}


def plant_foreign(connect: Connect, owner_kind: str) -> tuple[SyncMemoryAPIClient, Any]:
    """A memory of someone else; returns (alice's client, the memory as stored)."""
    tag = unique("")
    owner = OWNERS[owner_kind].format(tag)
    owner_client = connect(user_id=owner)
    created = owner_client.create_long_term_memories([{"text": f"{owner} likes tea"}])
    memory_id = created.memories[0].id
    wait_searchable(owner_client, [memory_id], user_id=owner)
    return connect(user_id=f"alice{tag}"), owner_client.get_long_term_memory(memory_id)


@pytest.mark.parametrize("owner_kind", sorted(OWNERS))
def test_reading_another_users_memory_by_id_is_not_found(connect: Connect, owner_kind: str) -> None:
    alice, theirs = plant_foreign(connect, owner_kind)

    with pytest.raises(MemoryNotFoundError):  # today: the record, whoever owns it
        alice.get_long_term_memory(theirs.id)


@pytest.mark.parametrize("owner_kind", sorted(OWNERS))
def test_editing_another_users_memory_is_not_found_and_changes_nothing(
    connect: Connect, owner_kind: str
) -> None:
    alice, theirs = plant_foreign(connect, owner_kind)

    with pytest.raises(MemoryNotFoundError):
        alice.edit_memory(theirs.id, {"text": "Alice was here"})

    after = connect().get_long_term_memory(theirs.id)
    assert (after.text, after.user_id) == (theirs.text, theirs.user_id)


@pytest.mark.parametrize("owner_kind", sorted(OWNERS))
def test_deleting_another_users_memory_is_not_found_and_deletes_nothing(
    connect: Connect, owner_kind: str
) -> None:
    alice, theirs = plant_foreign(connect, owner_kind)

    with pytest.raises(MemoryNotFoundError):  # today: "ok, deleted 1 memories"
        alice.delete_long_term_memories([theirs.id])

    after = connect().get_long_term_memory(theirs.id)
    assert after.text == theirs.text


# -- 3. the token ---------------------------------------------------------------------------

# How a token may arrive around its text: read from a file, pasted with spaces.
PADDED = {"trailing-newline": "{}\n", "trailing-crlf": "{}\r\n", "spaces": "  {} \t"}


def padded_client(url: str, token: str, setting: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    if setting == "env":
        monkeypatch.setenv("MEMORY_API_KEY", token)
        return SyncMemoryAPIClient(base_url=url, retry_policy=FAST_RETRIES)
    options: dict[str, Any] = {setting: token}
    return SyncMemoryAPIClient(base_url=url, retry_policy=FAST_RETRIES, **options)


@pytest.mark.parametrize("setting", ["api_key", "bearer_token", "env"])
@pytest.mark.parametrize("padding", sorted(PADDED))
def test_a_token_with_surrounding_whitespace_authenticates(
    auth_server: tuple[str, str], monkeypatch: pytest.MonkeyPatch, padding: str, setting: str
) -> None:
    url, token = auth_server
    client: SyncMemoryAPIClient = padded_client(
        url, PADDED[padding].format(token), setting, monkeypatch
    )
    with client:
        # Today: MemoryConnectionError "LocalProtocolError: Illegal header value
        # b'Bearer <the token>\n'", token included.
        views = client.list_summary_views()
        page = client.search_long_term_memory("tea", user_id=unique("user"), limit=1)
    assert isinstance(views, list)
    assert page.memories == []


def formatted(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


FROM = {"as-given": "{}", "from-a-file": "{}\n"}


@pytest.mark.parametrize("source", sorted(FROM))
def test_a_rejected_token_never_shows_in_the_error(connect_auth: Connect, source: str) -> None:
    wrong = unique("wrongtoken")
    client = connect_auth(api_key=FROM[source].format(wrong))
    with pytest.raises(MemoryClientError) as failure:
        client.list_summary_views()
    error = failure.value
    for text in (str(error), repr(error), formatted(error)):
        assert wrong not in text
    assert isinstance(error, MemoryAuthenticationError)


@pytest.mark.parametrize("source", sorted(FROM))
def test_the_token_never_reaches_the_logs(
    auth_server: tuple[str, str],
    connect_auth: Connect,
    caplog: pytest.LogCaptureFixture,
    source: str,
) -> None:
    _, token = auth_server
    wrong = unique("wrongtoken")
    for name in ("httpx", "httpcore", "agent_memory_client"):
        caplog.set_level(logging.DEBUG, logger=name)

    # An authenticated call, and a call the server answers with 401.
    for secret in (token, wrong):
        client = connect_auth(api_key=FROM[source].format(secret))
        with contextlib.suppress(MemoryClientError):
            client.list_summary_views()
        client.close()

    logged = caplog.text + "\n".join(record.getMessage() for record in caplog.records)
    assert caplog.records  # the loggers were listening
    assert token not in logged
    assert wrong not in logged


@pytest.mark.parametrize("valid", [True, False], ids=["valid-token", "wrong-token"])
@pytest.mark.parametrize("source", sorted(FROM))
def test_tool_results_never_carry_the_token(
    auth_server: tuple[str, str], source: str, valid: bool
) -> None:
    url, token = auth_server
    secret = token if valid else unique("wrongtoken")
    calls = [
        tool_call("search_long_term_memory", query="tea"),
        tool_call("get_or_create_working_memory"),
        tool_call("get_long_term_memory", memory_id="01JABCDEFGHJKMNPQRSTVWXYZ0"),
    ]
    with SyncMemoryAPIClient(
        base_url=url,
        api_key=FROM[source].format(secret),
        user_id=unique("user"),
        session_id=unique("session"),
        retry_policy=FAST_RETRIES,
    ) as client:
        results = [client.resolve_tool_call(call) for call in calls]

    assert secret not in json.dumps(results)
    assert [r["success"] for r in results[:2]] == [valid, valid]


# -- 9. read-your-writes ----------------------------------------------------------------------

ATTEMPTS = 10


def test_a_created_memory_can_be_read_by_id_at_once(connect: Connect) -> None:
    user = unique("user")
    client = connect(user_id=user)
    missed = []
    for attempt in range(ATTEMPTS):
        created = client.create_long_term_memories([{"text": f"User fact {attempt}"}])
        memory_id = created.memories[0].id
        try:
            memory = client.get_long_term_memory(memory_id)
        except MemoryNotFoundError:
            missed.append(attempt)
        else:
            assert memory.id == memory_id
    # Today the server acknowledges before it stores: 404 every time.
    assert missed == [], f"not found right after create in {len(missed)} of {ATTEMPTS}"


@pytest.mark.parametrize(
    "search_mode",
    [pytest.param("keyword", marks=pytest.mark.requires_feature("search_mode")), "semantic"],
)
def test_a_created_memory_is_found_by_a_search_at_once(connect: Connect, search_mode: Any) -> None:
    # A keyword search answers fastest, so today it misses every time; a semantic search
    # first embeds the query, and on a small index the new memory sometimes wins that race.
    user = unique("user")
    client = connect(user_id=user)
    missed = []
    for attempt in range(ATTEMPTS):
        text = f"User collects {unique('stamp')} stamps, fact {attempt}"
        created = client.create_long_term_memories([{"text": text}])
        memory_id = created.memories[0].id
        page = client.search_long_term_memory(text, user_id=user, limit=10, search_mode=search_mode)
        if memory_id not in [m.id for m in page.memories]:
            missed.append(attempt)
    assert missed == [], f"not searchable right after create in {len(missed)} of {ATTEMPTS}"


# -- 10. every tool resolves ---------------------------------------------------------------


# Valid arguments for each tool, given the id of a memory of the caller's.
VALID_ARGUMENTS: dict[str, Callable[[str], dict[str, Any]]] = {
    "eagerly_create_long_term_memory": lambda _: {"memories": [{"text": "User likes tea"}]},
    "lazily_create_long_term_memory": lambda _: {"text": "User likes coffee"},
    "search_long_term_memory": lambda _: {"query": "tea"},
    "edit_memory": lambda memory_id: {"memory_id": memory_id, "text": "User likes green tea"},
    "delete_memory": lambda memory_id: {"memory_ids": [memory_id]},
    "set_working_memory": lambda _: {"data": {"trip": "Italy"}, "context": "planning a trip"},
    "get_or_create_working_memory": lambda _: {},
    "get_long_term_memory": lambda memory_id: {"memory_id": memory_id},
    "update_working_memory_data": lambda _: {"data": {"trip": "Italy"}},
    "get_current_datetime": lambda _: {},
}


def canonical(name: str) -> str:
    found = lookup(name)
    assert found is not None, f"{name} has no definition"
    return found[0].name


def test_every_tool_definition_has_valid_arguments_here() -> None:
    assert {canonical(name) for name in ALL_TOOL_NAMES} == set(VALID_ARGUMENTS)


def resolve_checked(client: SyncMemoryAPIClient, name: str, tools: Any = None) -> ToolCallResult:
    user = client.user_id
    assert user is not None
    [memory_id] = store(client, [{"text": "User likes tea"}], user_id=user)
    call = tool_call(name, **VALID_ARGUMENTS[canonical(name)](memory_id))
    deprecated = (found := lookup(name)) is not None and found[1]
    if deprecated:
        with pytest.warns(DeprecationWarning, match="deprecated"):
            result = client.resolve_tool_call(call, tools=tools)
    else:
        result = client.resolve_tool_call(call, tools=tools)
    assert isinstance(result, dict)
    assert set(result) == RESULT_KEYS
    assert isinstance(result["success"], bool)
    assert json.loads(json.dumps(result)) == result
    return result


@pytest.mark.parametrize("name", sorted(ALL_TOOL_NAMES))
def test_every_tool_name_resolves_to_a_result(connect: Connect, name: str) -> None:
    client = connect(user_id=unique("user"), namespace=unique("ns"), session_id=unique("s"))
    resolve_checked(client, name)


SCHEMAS = {
    "openai": get_all_memory_tool_schemas,
    "anthropic": get_all_memory_tool_schemas_anthropic,
    "responses": get_all_memory_tool_schemas_responses,
}


@pytest.mark.parametrize("schema_format", sorted(SCHEMAS))
def test_every_advertised_tool_resolves_to_a_result(connect: Connect, schema_format: str) -> None:
    tools = SCHEMAS[schema_format]()
    for name in tools.names():
        client = connect(user_id=unique("user"), namespace=unique("ns"), session_id=unique("s"))
        resolve_checked(client, name, tools=tools)

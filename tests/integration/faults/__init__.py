"""Fault-injection tests: what users of both clients see when the network, the server or
its Redis misbehave.

Run them alone with ``.venv/bin/python -m pytest tests/integration/faults`` (about 45 s on
two cores). They start their own stack (see ``servers.py``) whatever MEMORY_TEST_SERVER_URL
says, because they kill the server and break its Redis.

Pieces, each usable on its own:

- ``http_proxy.HttpFaultProxy``: HTTP/1.1 proxy in front of the server; resets before or
  after forwarding, cut or stalled responses, refused connections, request counts.
- ``redis_proxy.RedisProxy``: RESP proxy between the server and Redis; error replies,
  dropped connections or held commands, by command name (and a substring of the args).
- ``servers.KillableServer``: SIGKILL the server and start it again on its port (~1 s).
- ``fake_server.FakeServer``: scripted 429 / 5xx answers on a real socket.
- ``clients.Client``: the async or sync client, awaited the same way in every test;
  ``operations.ALL``: every server operation, with its setup and its request.

Fixtures are in ``conftest.py``. Tests describe the target behaviour; see each module's
docstring for what it checks and why.
"""

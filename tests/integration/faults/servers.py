"""The fault suite's own server stack: Redis, the LLM stub, a Redis proxy, and a memory
server (``REDIS_URL`` = the proxy) that tests may SIGKILL and start again on the same port.

Built from ``scripts/memory_stack.py``'s pieces, so the server runs with exactly the
settings of the shared stack. A restart takes about a second rather than the 6-7 s of a
cold boot: standby processes run the server's imports ahead of time and wait for SIGUSR1,
then run the same ``agent-memory api`` command line (through the CLI's own entry point).
Redis is never restarted, so it keeps every key across server restarts.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from memory_stack import (
    _SERVER_TIMEOUT,
    _Child,
    _http_ready,
    _PortTakenError,
    _server_env,
    _signal_group,
    _site_packages,
    _start_redis,
    _start_server,
    _start_stub,
    _Supervisor,
    _tail,
    _wait_ready,
    _warm_up,
    ensure_server_env,
)

from .redis_proxy import RedisProxy

__all__ = ["FaultStack", "KillableServer", "running_fault_stack"]

# Runs in the server venv's Python. SIGUSR1 is blocked before anything else, so a signal
# sent early waits (the default action would kill the process); it is only sent once the
# "standby ready" line is in the log anyway.
_STANDBY = """
import signal, sys
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})
from agent_memory_server.cli import cli
import agent_memory_server.main
print("standby ready", flush=True)
signal.sigwait({signal.SIGUSR1})
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})
print("standby started", flush=True)
sys.argv = ["agent-memory", *sys.argv[1:]]
sys.exit(cli())
"""
_STANDBY_TIMEOUT = 60.0
# Processes kept waiting: tests that restart back to back each find one whose imports are done.
STANDBYS = 2


class KillableServer:
    """A memory server process that can be SIGKILLed and started again on its port.

    ``kill()`` and ``restart()`` must be called from the main thread: the stack's child
    processes get SIGTERM when the thread that started them exits (PR_SET_PDEATHSIG).
    """

    def __init__(
        self,
        sup: _Supervisor,
        python: Path,
        env: dict[str, str],
        cwd: Path,
        url: str,
        first: subprocess.Popen[bytes],
    ) -> None:
        self._sup = sup
        self._first = first
        self._python = python
        self._env = env
        self._cwd = cwd
        self.url = url
        self.port = int(url.rsplit(":", 1)[1])
        self._generation = 1
        self._active: _Child | None = None  # None: the first process, started by memory_stack
        self._standbys: deque[_Child] = deque()
        self.alive = True

    def _check_thread(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("kill() and restart() must run in the main thread")

    def prepare_standbys(self, count: int = STANDBYS) -> None:
        """Have ``count`` processes run their imports ahead of time, so that ``restart()``
        is quick even when tests restart the server back to back."""
        self._check_thread()
        self._standbys = deque(c for c in self._standbys if c.proc.poll() is None)
        while len(self._standbys) < count:
            self._generation += 1
            argv = [str(self._python), "-c", _STANDBY, *self._api_args()]
            self._standbys.append(
                self._sup.spawn(
                    f"fault-server-{self._generation}", argv, env=self._env, cwd=self._cwd
                )
            )

    def _api_args(self) -> list[str]:
        return ["api", "--host", "127.0.0.1", "--port", str(self.port), "--task-backend", "asyncio"]

    def kill(self) -> None:
        """SIGKILL the server process and wait until it is gone (its port is closed)."""
        self._check_thread()
        proc = self._active.proc if self._active is not None else self._first
        _signal_group(proc, signal.SIGKILL)
        proc.wait(timeout=10.0)
        self.alive = False

    def restart(self, timeout: float = _SERVER_TIMEOUT) -> float:
        """Start the server again on the same port; returns the seconds it took."""
        self._check_thread()
        if self.alive:
            raise RuntimeError("restart() needs a kill() first")
        started = time.monotonic()
        self.prepare_standbys()
        standby = self._standbys.popleft()  # the oldest: its imports are the furthest along
        self._wait_for_line(standby, "standby ready", _STANDBY_TIMEOUT)
        os.kill(standby.proc.pid, signal.SIGUSR1)
        with httpx.Client(trust_env=False, timeout=2.0) as http:

            def ready(port: int) -> bool:
                return _http_ready(http, f"http://127.0.0.1:{port}/v1/health")

            try:
                _wait_ready(standby, ready, self.port, timeout)
            except _PortTakenError:
                raise RuntimeError(
                    f"port {self.port} was taken by another process while the server was down"
                ) from None
        self._active = standby
        self.alive = True
        seconds = time.monotonic() - started
        self.prepare_standbys()
        return seconds

    @staticmethod
    def _wait_for_line(child: _Child, line: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(OSError):
                if line in child.log_path.read_text(errors="replace"):
                    return
            code = child.proc.poll()
            if code is not None:
                raise RuntimeError(
                    f"{child.name} exited with {code}; {child.log_path}:\n{_tail(child.log_path)}"
                )
            if time.monotonic() > deadline:
                raise RuntimeError(f"{child.name}: no {line!r} after {timeout:.0f} s")
            time.sleep(0.05)

    def log_text(self) -> str:
        """Everything the server processes wrote so far (all generations)."""
        texts = []
        for path in sorted(self._sup.log_dir.glob("fault-server*.log")):
            with contextlib.suppress(OSError):
                texts.append(path.read_text(errors="replace"))
        return "\n".join(texts)


@dataclass
class FaultStack:
    server: KillableServer
    redis: RedisProxy
    redis_url: str  # Redis itself, not the proxy
    log_dir: Path


@contextlib.contextmanager
def running_fault_stack(log_dir: Path) -> Iterator[FaultStack]:
    """Start Redis, the stub, the Redis proxy and the killable server; stop them after."""
    python = ensure_server_env()
    site = _site_packages(python)
    with contextlib.ExitStack() as resources:
        work = Path(
            resources.enter_context(
                tempfile.TemporaryDirectory(prefix="fault-stack-", ignore_cleanup_errors=True)
            )
        )
        sup = resources.enter_context(_Supervisor(log_dir))
        redis_dir = work / "redis"
        redis_dir.mkdir()
        with httpx.Client(trust_env=False, timeout=5.0) as http:
            redis_port = _start_redis(sup, site, redis_dir)
            proxy = resources.enter_context(RedisProxy(redis_port))
            stub_url = f"http://127.0.0.1:{_start_stub(sup, http)}/v1"
            env = _server_env(site, proxy.url, stub_url, auth=False)
            cwd = work / "server"
            url = _start_server(sup, http, "fault-server", python, env, cwd)
            _warm_up(sup, http, "fault-server", url)
        # memory_stack may have tried more than one port: the last attempt is the server.
        first = [c for c in sup._children if c.name == "fault-server"][-1].proc
        server = KillableServer(sup, python, env, cwd, url, first)
        server.prepare_standbys()
        yield FaultStack(
            server=server,
            redis=proxy,
            redis_url=f"redis://127.0.0.1:{redis_port}",
            log_dir=log_dir,
        )

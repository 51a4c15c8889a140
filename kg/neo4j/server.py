"""Start, stop and inspect the project's own Neo4j server.

The server is Neo4j Community run straight from the jars Maven fetched, through
its own entry point (``org.neo4j.server.CommunityEntryPoint``), in the
background, on loopback only, with authentication on. Everything lives under one
folder (``settings.neo4j_home``)::

    lib/<version>/   jars (kg.neo4j.jars)     conf/neo4j.conf   written on each start
    data/  logs/  run/  plugins/  import/     password          chmod 600
    server.json      pid, port and version of the running server

A started server is detached from the process that started it (it outlives
``kg neo4j start``); ``stop`` sends SIGTERM, which Neo4j handles as a clean
shutdown, and waits for the process to go.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from kg.neo4j.class_cache import archive_flags, keep_archive
from kg.neo4j.jars import NEO4J_VERSION, fetch_jars
from kg.neo4j.runtime import find_java
from ontology.errors import StoreError, StoreUnavailableError

DEFAULT_PORT = 7687
USER = "neo4j"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
CONF_TEMPLATE = Path(__file__).with_name("neo4j.conf.txt")
# The flags the stock neo4j.conf lists under server.jvm.additional (the entry
# point does not read that setting: the launcher script normally passes them).
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)


class ServerError(StoreError):
    """The project's Neo4j server could not be started or stopped."""


@dataclass(frozen=True)
class ServerInfo:
    """What ``kg neo4j status`` shows; ``pid`` is None when the server is not running."""

    home: Path
    version: str
    port: int
    pid: int | None
    heap: str = "2g"
    pagecache: str = "1g"

    @property
    def running(self) -> bool:
        return self.pid is not None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def user(self) -> str:
        return USER

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "neo4j.log"


def read_password(home: Path) -> str:
    """The generated password of the project's server; raises when it was never started."""
    try:
        return (home / "password").read_text().strip()
    except FileNotFoundError:
        raise StoreUnavailableError(
            f"no password file at {home / 'password'}: start the project's server with "
            "`kg neo4j start`, or point NEO4J_URI and NEO4J_PASSWORD at another Neo4j"
        ) from None


def server_status(home: Path) -> ServerInfo:
    """The server's port and version, and its pid when the process is alive."""
    home = home.expanduser().resolve()
    state = _read_state(home)
    pid, port = state.get("pid"), state.get("port")
    alive = isinstance(pid, int) and _is_our_server(pid, home)
    return ServerInfo(
        home=home,
        version=str(state.get("version", NEO4J_VERSION)),
        port=port if isinstance(port, int) else DEFAULT_PORT,
        pid=pid if alive and isinstance(pid, int) else None,
        heap=str(state.get("heap", "2g")),
        pagecache=str(state.get("pagecache", "1g")),
    )


def start_server(
    home: Path,
    port: int | None = None,
    *,
    heap: str = "2g",
    pagecache: str = "1g",
    timeout: float = 300.0,
) -> ServerInfo:
    """Start the server in the background and wait until Bolt answers with the password.

    Fetches the jars on first use. A server already running from ``home`` is
    returned as it is (when ``port`` is None or its own port).
    """
    home = home.expanduser().resolve()
    current = server_status(home)
    if current.running:
        if port is not None and port != current.port:
            raise ServerError(
                f"the project's Neo4j already runs on port {current.port} (pid {current.pid}); "
                "stop it with `kg neo4j stop` before starting it on another port"
            )
        return current
    port = port if port is not None else current.port
    _check_port_free(port)
    java = find_java()
    lib = fetch_jars(home).resolve()  # one real path, so the class archive matches
    for sub in ("conf", "data", "logs", "run", "plugins", "import"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    _write_conf(home, port, pagecache)
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    password = _ensure_password(home, java, lib, env)
    console = home / "logs" / "console.log"
    class_flags, class_dump = archive_flags(lib, "server", java)
    # plugins/* on the class path too, as Neo4j's own launcher has it: a plugin's
    # kernel extensions (APOC's configuration, for one) are found only there.
    command = [
        str(java), f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, *class_flags,
        "-cp", f"{lib}/*:{home / 'plugins'}/*", ENTRY_POINT,
        f"--home-dir={home}", f"--config-dir={home / 'conf'}",
    ]  # fmt: skip
    pid = _spawn_detached(command, console, env)
    state = {
        "pid": pid,
        "port": port,
        "version": NEO4J_VERSION,
        "heap": heap,
        "pagecache": pagecache,
        "class_dump": str(class_dump) if class_dump else None,
    }
    _write_state(home, state)
    info = ServerInfo(home, NEO4J_VERSION, port, pid, heap, pagecache)
    _wait_for_bolt(info, password, timeout)
    return info


def stop_server(home: Path, timeout: float = 120.0) -> ServerInfo | None:
    """Shut the server down cleanly (SIGTERM, then wait); returns what was stopped, or None."""
    home = home.expanduser().resolve()
    info = server_status(home)
    if info.pid is None:
        return None
    os.kill(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _is_our_server(info.pid, home):
        if time.monotonic() > deadline:
            raise ServerError(
                f"Neo4j (pid {info.pid}) did not stop within {timeout:.0f} s; see {info.log_file}, "
                f"or end it with `kill -9 {info.pid}` (the next start recovers from its logs)"
            )
        time.sleep(0.1)
    # A server started without a class archive wrote one as it exited.
    dump = _read_state(home).get("class_dump")
    keep_archive(Path(dump) if isinstance(dump, str) else None, complete=True)
    return info


def log_tail(home: Path, lines: int = 20) -> str:
    """The last lines of the server's logs, for error messages."""
    parts: list[str] = []
    for name in ("neo4j.log", "console.log"):
        path = home / "logs" / name
        if path.exists():
            text = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {path} ---\n" + "\n".join(text))
    return "\n".join(parts) or f"(no logs under {home / 'logs'})"


def _check_port_free(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise ServerError(
                f"port {port} on 127.0.0.1 is taken ({exc.strerror}); stop what uses it "
                "or start on another port with `kg neo4j start --port N`"
            ) from None


def _write_conf(home: Path, port: int, pagecache: str) -> None:
    text = CONF_TEMPLATE.read_text().format(
        port=port,
        data=home / "data",
        logs=home / "logs",
        run=home / "run",
        plugins=home / "plugins",
        import_dir=home / "import",
        pagecache=pagecache,
    )
    (home / "conf" / "neo4j.conf").write_text(text)


def _ensure_password(home: Path, java: Path, lib: Path, env: dict[str, str]) -> str:
    """Generate the password before the first start; Neo4j reads it when it creates its users."""
    password_file = home / "password"
    first_start = not (home / "data" / "databases" / "system").exists()
    if not first_start:
        if not password_file.exists():
            raise ServerError(
                f"Neo4j's data in {home / 'data'} exists but its password file {password_file} "
                "is gone; remove the data folder to start afresh with a new password"
            )
        return read_password(home)
    if not password_file.exists():
        fd = os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            # A leading "-" would make the admin tool read the password as an option.
            out.write("p" + secrets.token_urlsafe(24) + "\n")
    password_file.chmod(0o600)
    password = read_password(home)
    # The password goes on the admin tool's command line: it takes no other input,
    # and it runs for about two seconds as the same user that can read the file.
    done = subprocess.run(
        [str(java), "-cp", f"{lib}/*", ADMIN_TOOL, "dbms", "set-initial-password", password],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )  # fmt: skip
    if done.returncode != 0:
        raise ServerError(
            f"could not set the initial Neo4j password (exit {done.returncode}): "
            f"{done.stderr.strip()[-800:]}"
        )
    return password


def _spawn_detached(command: list[str], log: Path, env: dict[str, str]) -> int:
    """Run ``command`` in its own session, orphaned so that init reaps it; returns its pid."""
    launcher = 'log="$1"; shift; "$@" >"$log" 2>&1 </dev/null & echo $!'
    done = subprocess.run(
        ["/bin/sh", "-c", launcher, "sh", str(log), *command],
        capture_output=True, text=True, env=env, check=True, start_new_session=True,
    )  # fmt: skip
    return int(done.stdout.strip())


def _wait_for_bolt(info: ServerInfo, password: str, timeout: float) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

    assert info.pid is not None
    deadline = time.monotonic() + timeout
    while True:
        if not _is_our_server(info.pid, info.home):
            raise ServerError(
                f"Neo4j exited while starting; its last log lines:\n{log_tail(info.home)}"
            )
        try:
            with GraphDatabase.driver(info.uri, auth=(USER, password)) as driver:
                driver.verify_connectivity()
            return
        except AuthError as exc:
            raise ServerError(
                f"Neo4j started but refused the password in {info.password_file} ({exc.message}); "
                f"stop it and remove {info.data_dir} to start afresh with a new password"
            ) from exc
        except (ServiceUnavailable, Neo4jError, OSError):
            pass
        if time.monotonic() > deadline:
            raise ServerError(
                f"Neo4j (pid {info.pid}) did not answer on {info.uri} within {timeout:.0f} s; "
                f"its last log lines:\n{log_tail(info.home)}"
            )
        time.sleep(0.1)


def _is_our_server(pid: int, home: Path) -> bool:
    """Alive (not a zombie) and really the server of ``home``, not a reused pid."""
    proc = Path("/proc") / str(pid)
    try:
        cmdline = (proc / "cmdline").read_bytes().split(b"\0")
        status = (proc / "status").read_text()
    except OSError:
        return False
    if "\nState:\tZ" in status:
        return False
    return ENTRY_POINT.encode() in cmdline and f"--home-dir={home}".encode() in cmdline


def _read_state(home: Path) -> dict[str, object]:
    with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
        loaded = json.loads((home / "server.json").read_text())
        if isinstance(loaded, dict):
            return loaded
    return {}


def _write_state(home: Path, state: dict[str, object]) -> None:
    (home / "server.json").write_text(json.dumps(state) + "\n")

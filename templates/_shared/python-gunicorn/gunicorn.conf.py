"""gunicorn settings; gunicorn reads ./gunicorn.conf.py on its own.

Every value can be overridden on the command line or with GUNICORN_CMD_ARGS.
"""

import json
import os
import time
from datetime import UTC, datetime
from typing import Any

from dotenv import load_dotenv
from gunicorn.glogging import Logger

# .env is read here too, so PORT and WEB_CONCURRENCY may come from it; values
# already in the environment win.
load_dotenv(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".env"))

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
# Processes x threads serve requests at once; WEB_CONCURRENCY is the usual knob.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A worker stuck this long is restarted; on SIGTERM, requests in flight get
# graceful_timeout seconds to finish before the workers are stopped.
timeout = 30
graceful_timeout = 20
keepalive = 5
# The longest request line gunicorn accepts (the default is 4094 bytes).
limit_request_line = 8190
accesslog = "-"
errorlog = "-"


class JsonAccessLogger(Logger):
    """One JSON object per request instead of the Apache-style line."""

    def access(self, resp, req, environ, request_time):  # type: ignore[no-untyped-def]
        if not self.access_log_enabled:
            return
        status = str(resp.status or "").split(" ", 1)[0]
        # The id the app answered with (X-Request-Id), to match a client's report.
        request_id = next(
            (v for k, v in resp.headers if k.lower() == "x-request-id"), None
        )
        entry = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "status": int(status) if status.isdigit() else status,
            "duration_ms": round(request_time.total_seconds() * 1000, 2),
            "request_id": request_id,
            "bytes": getattr(resp, "sent", None),
            "remote": environ.get("REMOTE_ADDR"),
            "user_agent": environ.get("HTTP_USER_AGENT"),
        }
        self.access_log.info(json.dumps(entry, ensure_ascii=False))


logger_class = JsonAccessLogger

# A body the app refused unread (a 413) is read off the socket after the
# response, up to this much: gunicorn drains only 64 KiB itself and then closes,
# and closing a socket with unread data resets it, which can make a client that
# is still sending lose the 413 it was answered with.
DRAIN_MAX_BYTES = 16 * 1024 * 1024
DRAIN_MAX_SECONDS = 5


def post_request(worker: Any, req: Any, environ: Any, resp: Any) -> None:
    body = getattr(req, "body", None)
    if body is None:
        return
    drained, deadline = 0, time.monotonic() + DRAIN_MAX_SECONDS
    while drained < DRAIN_MAX_BYTES and time.monotonic() < deadline:
        chunk = body.read(64 * 1024)
        if not chunk:
            return
        drained += len(chunk)

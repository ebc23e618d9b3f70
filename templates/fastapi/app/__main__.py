"""`python -m app`: serve the API with uvicorn, on the port the settings name."""

import uvicorn

from .config import settings


def main() -> None:
    uvicorn.run(
        "app.main:app",
        # All interfaces: in a container, the port is published from outside.
        host="0.0.0.0",
        port=settings.port,
        workers=settings.web_concurrency,
        # app/middleware.py logs every request as JSON instead.
        access_log=False,
        timeout_keep_alive=5,
        # On SIGTERM, requests in flight get this long to finish.
        timeout_graceful_shutdown=20,
        log_level=settings.log_level.lower(),
    )


if __name__ == "__main__":
    main()

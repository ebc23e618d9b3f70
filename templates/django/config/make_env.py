"""Write .env from .env.example with a random DJANGO_SECRET_KEY, unless .env exists.

The install command runs it (python -m config.make_env), so every checkout has
a key of its own for local runs. Production sets DJANGO_SECRET_KEY in its
environment instead; .env stays out of git and out of the image.
"""

import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
KEY = "DJANGO_SECRET_KEY="


def main() -> None:
    env_file = BASE_DIR / ".env"
    if env_file.exists():
        print(".env exists; left as it is")
        return
    example = BASE_DIR / ".env.example"
    lines = example.read_text(encoding="utf-8").splitlines() if example.exists() else []
    line = KEY + secrets.token_urlsafe(50)
    if any(old.startswith(KEY) for old in lines):
        lines = [line if old.startswith(KEY) else old for old in lines]
    else:
        lines.append(line)
    env_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env_file.chmod(0o600)
    print("wrote .env with a new DJANGO_SECRET_KEY")


if __name__ == "__main__":
    main()

"""Settings, from the environment and .env (values in the environment win)."""

from pydantic_settings import BaseSettings, SettingsConfigDict

from .db_config import DEFAULT_DATABASE_URL, PROJECT_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=PROJECT_DIR / ".env", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    port: int = 8000
    # uvicorn worker processes (the usual name for it on hosting platforms).
    web_concurrency: int = 1
    # Larger request bodies are refused with a JSON 413.
    max_body_bytes: int = 1024 * 1024
    log_level: str = "INFO"


settings = Settings()

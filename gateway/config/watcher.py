"""Keep the settings current: poll the files and swap in a new Config when a valid edit lands."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from gateway.config.loader import ConfigError, load_config
from gateway.config.models import Config

_log = logging.getLogger(__name__)


class ConfigWatcher:
    """Holds the current Config. A broken edit is logged and the last good config stays in force."""

    def __init__(
        self, paths: Sequence[str | Path], poll_seconds: float = 1.0, console: str | Path | None = None
    ):
        self.paths = [Path(p) for p in paths]
        self.console = Path(console) if console else None  # the console's own file, merged last
        self.poll_seconds = poll_seconds
        self.current: Config = self.load()  # fail fast at start-up
        self._stamp = self._stamps()
        self._task: asyncio.Task | None = None

    def _stamps(self) -> tuple:
        out: list[tuple[int, int, int] | None] = []
        for p in [*self.paths, *([self.console] if self.console else [])]:
            try:
                st = os.stat(p)
                out.append((st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError:
                out.append(None)
        return tuple(out)

    def reload_if_changed(self) -> bool:
        stamp = self._stamps()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            self.current = self.load()
        except ConfigError as exc:
            _log.error("settings reload failed, keeping the last good settings: %s", exc)
            return False
        _log.info("settings reloaded from %s", ", ".join(map(str, self.paths)))
        return True

    def load(self) -> Config:
        return load_config(self.paths, console=self.console)

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            self.reload_if_changed()

    def start(self) -> None:
        if self._task is None and self.poll_seconds > 0:
            self._task = asyncio.get_running_loop().create_task(self._poll())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

"""`llm-gateway serve` runs the gateway; `llm-gateway check-config` validates settings files."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from gateway.config import ConfigError, load_config
from gateway.settings import GatewaySettings
from interceptors.common import contract


def check_config(paths: list[str]) -> int:
    settings = GatewaySettings.from_env()
    files = paths or [str(p) for p in settings.config_files]
    shown = files + ([f"{settings.console_file} (console)"] if settings.console_file else [])
    try:
        config = load_config(files, console=settings.console_file)
    except ConfigError as exc:
        print(f"settings are NOT valid ({', '.join(shown)}):\n{exc}", file=sys.stderr)
        return 1
    print(f"settings are valid ({', '.join(shown)})")
    for section in ("models", "applications"):
        for name in getattr(config, section):
            chain = " -> ".join([*config.chain(name), name]) if config.chain(name) else name
            print(f"  {section[:-1]} {name}: client -> {chain}")
    print(f"  keys: {len(config.keys)}, roles: {', '.join(sorted(config.roles)) or '-'}")
    return 0


def serve() -> int:
    import uvicorn

    from gateway.app import create_app

    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    settings = GatewaySettings.from_env()
    try:
        app = create_app(settings)
    except ConfigError as exc:
        print(f"cannot start: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        access_log=False,
        log_level=os.environ.get("LOG_LEVEL", "info").lower(),
        loop="auto",
        http="auto",
        timeout_graceful_shutdown=30,
        timeout_keep_alive=contract.SERVER_KEEPALIVE_SECONDS,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="llm-gateway")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("serve", help="run the gateway (settings from GATEWAY_* env vars)")
    check = sub.add_parser("check-config", help="validate settings and print each model's chain")
    check.add_argument("files", nargs="*", help="settings files (default: GATEWAY_CONFIG)")
    args = parser.parse_args(argv)
    if args.command == "check-config":
        return check_config(args.files)
    return serve()


if __name__ == "__main__":
    sys.exit(main())

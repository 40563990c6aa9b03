"""`python -m interceptors.pii_anonymizer erase --project P [--conversation C]`: right to erasure.

Deletes the token <-> value mappings of one conversation, or of every conversation of a project,
from the vault named by REDIS_URL and PII_VAULT_KEY.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from interceptors.pii_anonymizer.settings import AnonymizerSettings
from interceptors.pii_anonymizer.vault import create_vault


async def erase(project: str, conversation: str | None) -> int:
    settings = AnonymizerSettings.from_env()
    if not settings.redis_url:
        print(
            "REDIS_URL is not set: an in-memory vault lives only inside the running service.", file=sys.stderr
        )
        return 2
    vault = create_vault(settings.redis_url, settings.vault_key, settings.vault_ttl_seconds)
    try:
        n = await vault.erase(project, conversation)
    finally:
        await vault.close()
    print(f"erased {n} conversation(s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m interceptors.pii_anonymizer")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("erase", help="forget the mappings of a project or one conversation")
    cmd.add_argument("--project", required=True)
    cmd.add_argument("--conversation", help="one conversation id (default: all of the project)")
    args = parser.parse_args(argv)
    return asyncio.run(erase(args.project, args.conversation))


if __name__ == "__main__":
    sys.exit(main())

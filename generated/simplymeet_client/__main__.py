"""`python -m simplymeet_client` (and the `simplymeet` script): the command line; needs the `cli` extra."""

import sys


def main() -> None:
    try:
        from simplymeet_runtime import cli
    except ImportError as exc:  # click/rich missing
        sys.exit(f"simplymeet: the command line needs: pip install 'simplymeet-client[cli]' ({exc})")
    from .resources import SimplyMeet

    cli.main(SimplyMeet)


if __name__ == "__main__":
    main()

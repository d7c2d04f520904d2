"""`python -m simplymeet_client`: the command line (as the `simplymeet` script); needs the `cli` extra."""

from simplymeet_runtime.command import main

if __name__ == "__main__":
    main()

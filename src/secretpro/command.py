"""The ``secretpro`` command's entry point (``[project.scripts]``).

``secretpro guard`` is built alone (``secretpro.guard_command``): importing every other command
(the rules, the register, the mail relay) took a quarter of its start-up. Every other command goes
through ``secretpro.cli``.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point: no traceback ever reaches the user."""
    try:
        if sys.argv[1:2] == ["guard"]:
            from secretpro.guard_command import guard_app

            guard_app()(args=sys.argv[2:], prog_name="secretpro guard")
        else:
            from secretpro.cli import app

            app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()

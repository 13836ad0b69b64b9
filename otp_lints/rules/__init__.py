"""Rule modules, one per group. Importing this package registers every rule."""

from otp_lints.rules import messages, state

__all__ = ["messages", "state"]

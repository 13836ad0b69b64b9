"""Rule modules, one per group. Importing this package registers every rule."""

from otp_lints.rules import crash, hygiene, messages, state, supervision, testing, waits

__all__ = ["crash", "hygiene", "messages", "state", "supervision", "testing", "waits"]

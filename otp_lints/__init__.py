"""otp-lints: Erlang/OTP discipline for Python concurrency code."""

__version__ = "0.1.0"

"""OTP4xx: unbounded waits (`:infinity` timeouts)."""

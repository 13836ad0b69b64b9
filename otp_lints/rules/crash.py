"""OTP5xx: let it crash."""

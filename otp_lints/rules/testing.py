"""OTP6xx: test quality."""

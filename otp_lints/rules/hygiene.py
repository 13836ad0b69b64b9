"""OTP7xx: suppression hygiene."""

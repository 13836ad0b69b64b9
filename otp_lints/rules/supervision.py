"""OTP3xx: supervision (unsupervised spawning)."""

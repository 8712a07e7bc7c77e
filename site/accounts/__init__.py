"""Staff sign-in: lockout after repeated failures (django-axes), throttled password resets,
and a second factor (TOTP codes, django-otp) for the roles that publish or hold the keys."""

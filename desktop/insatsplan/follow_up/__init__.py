"""Follow-up: measurements judged against levels (status, trend), without Qt."""

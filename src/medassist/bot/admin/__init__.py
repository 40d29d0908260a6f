"""The admin desk: authenticated, audited views of the conversation store (web at /admin, and the
`medassist admin` commands)."""

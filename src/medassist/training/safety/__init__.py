"""Training and measuring the learned emergency triage head (`medassist safety train|eval`)."""

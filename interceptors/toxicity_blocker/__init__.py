"""The toxicity blocker: abusive prompts refused, abusive answers stopped mid-stream."""

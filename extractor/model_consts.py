"""Constants shared by the training model and the run-time model."""

#: Theme label for sentences that are about no theme in particular.
NO_THEME = "__none__"

package main

import (
	"log/slog"

	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/index"
)

// openDemand wires the demand log into the engine: it returns the hooks the engine calls after each turn and on
// erasure, and a function that closes the log. (Placeholder until the demand log lands.)
func openDemand(e env, c config, cat *content.Catalogue, ix *index.Index, log *slog.Logger) (bot.Hooks, func() error, error) {
	return bot.Hooks{}, func() error { return nil }, nil
}

package main

import (
	"context"
	"log/slog"
	"net/http"
)

// adapter is a chat platform adapter that switched on because its configuration is present.
type adapter struct {
	name   string
	routes map[string]http.Handler         // ServeMux pattern -> handler, mounted by serve
	run    func(ctx context.Context) error // background work until ctx is done (e.g. Slack Socket Mode); may be nil
	close  func() error                    // may be nil
	ready  func() error                    // nil, or why the adapter is not ready (for /readyz)
}

// adapterFactory returns the adapter when its configuration is present, or nil when it is not configured.
// It must not depend on the platform being reachable: start-up never waits for Slack or Discord.
type adapterFactory func(ctx context.Context, e env, sys *system, log *slog.Logger) (*adapter, error)

// adapterFactories lists the platform adapters serve can run beside the web chat.
func adapterFactories() []adapterFactory {
	return []adapterFactory{slackAdapter, discordAdapter}
}

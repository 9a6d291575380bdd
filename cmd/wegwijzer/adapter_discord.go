package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	discordadapter "github.com/wegwijzer/wegwijzer/adapters/discord"
)

// discordAdapter switches the Discord adapter on when DISCORD_PUBLIC_KEY is set: the application's public key
// (64 hex digits) that verifies requests to POST /discord/interactions. DISCORD_BOT_TOKEN is not needed to answer
// interactions; it is accepted for later use and never logged. Nothing here contacts Discord.
func discordAdapter(ctx context.Context, e env, sys *system, log *slog.Logger) (*adapter, error) {
	keyHex := envOr(e, "DISCORD_PUBLIC_KEY", "")
	if keyHex == "" {
		if envOr(e, "DISCORD_BOT_TOKEN", "") != "" {
			return nil, errors.New("discord: DISCORD_BOT_TOKEN is set but DISCORD_PUBLIC_KEY is not; the interactions endpoint needs the application's public key (Developer Portal, General Information)")
		}
		return nil, nil
	}
	key, err := discordadapter.ParsePublicKey(keyHex)
	if err != nil {
		return nil, fmt.Errorf("%w; set DISCORD_PUBLIC_KEY to the application's public key (Developer Portal, General Information)", err)
	}
	a, err := discordadapter.New(sys.engine, sys.cat, discordadapter.Options{PublicKey: key, Log: log})
	if err != nil {
		return nil, err
	}
	log.Info("discord adapter configured", "transports", "interactions on /discord/interactions")
	return &adapter{name: "discord", routes: a.Routes()}, nil
}

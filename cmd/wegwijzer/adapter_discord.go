package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"

	discordadapter "github.com/wegwijzer/wegwijzer/adapters/discord"
)

// discordAdapter switches Discord on by its credentials: DISCORD_PUBLIC_KEY (the application's public key, 64 hex
// digits) answers interactions on POST /discord/interactions; DISCORD_BOT_TOKEN opens a gateway session that
// answers mentions and direct messages in threads. Either or both may be set. DISCORD_API_URL replaces Discord's
// REST base (the gateway address is asked of {DISCORD_API_URL}gateway/bot); DISCORD_SHARD_ID and
// DISCORD_SHARD_COUNT split the guilds over replicas; DISCORD_MESSAGE_CONTENT=1 asks for the privileged
// message-content intent. Start-up never waits for Discord; /readyz reports the gateway's state.
func discordAdapter(ctx context.Context, e env, sys *system, log *slog.Logger) (*adapter, error) {
	keyHex, token := envOr(e, "DISCORD_PUBLIC_KEY", ""), envOr(e, "DISCORD_BOT_TOKEN", "")
	if keyHex == "" && token == "" {
		return nil, nil
	}
	a := &adapter{name: "discord"}
	if keyHex != "" {
		key, err := discordadapter.ParsePublicKey(keyHex)
		if err != nil {
			return nil, fmt.Errorf("%w; set DISCORD_PUBLIC_KEY to the application's public key (Developer Portal, General Information)", err)
		}
		in, err := discordadapter.New(sys.engine, sys.cat, discordadapter.Options{PublicKey: key, Log: log, Seen: sys.store.MarkSeen})
		if err != nil {
			return nil, err
		}
		a.routes = in.Routes()
		log.Info("discord interactions configured", "path", "/discord/interactions")
	}
	if token == "" {
		return a, nil
	}
	opts := discordadapter.GatewayOptions{Token: token, APIURL: envOr(e, "DISCORD_API_URL", discordadapter.DefaultAPIURL), Log: log}
	var err error
	if opts.ShardID, err = intEnv(e, "DISCORD_SHARD_ID"); err != nil {
		return nil, err
	}
	if opts.ShardCount, err = intEnv(e, "DISCORD_SHARD_COUNT"); err != nil {
		return nil, err
	}
	if opts.MessageContent, err = boolEnv(e, "DISCORD_MESSAGE_CONTENT"); err != nil {
		return nil, err
	}
	g, err := discordadapter.NewGateway(sys.engine, sys.cat, sys.store, opts)
	if err != nil {
		return nil, err
	}
	a.run = func(ctx context.Context) error {
		g.Open(ctx)
		<-ctx.Done()
		return nil
	}
	a.close = g.Close
	a.ready = func() error {
		if !g.Ready() {
			return errors.New("the Discord gateway session is not connected")
		}
		return nil
	}
	log.Info("discord gateway configured", "api", opts.APIURL, "shard", opts.ShardID, "shards", max(opts.ShardCount, 1), "message_content", opts.MessageContent)
	return a, nil
}

// intEnv reads a whole number from the environment; unset is 0.
func intEnv(e env, key string) (int, error) {
	v := envOr(e, key, "")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s=%q is not a whole number of 0 or more", key, v)
	}
	return n, nil
}

// boolEnv reads 1/true/yes or 0/false/no from the environment; unset is false.
func boolEnv(e env, key string) (bool, error) {
	switch v := envOr(e, key, ""); v {
	case "", "0", "false", "no":
		return false, nil
	case "1", "true", "yes":
		return true, nil
	default:
		return false, fmt.Errorf("%s=%q: want 1 or 0", key, v)
	}
}

package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"log/slog"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

func TestDiscordFactory(t *testing.T) {
	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	cat, _ := testsys.Search(t)
	sys := &system{cat: cat, engine: testsys.Engine(t, bot.Options{}), store: testsys.Store(t)}
	key := hex.EncodeToString(pub)
	tests := []struct {
		name    string
		env     map[string]string
		on      bool
		routes  bool // the interactions endpoint is mounted
		gateway bool // a gateway session runs
		wantErr string
	}{
		{"not configured", nil, false, false, false, ""},
		{"token only: gateway", map[string]string{"DISCORD_BOT_TOKEN": "abc"}, true, false, true, ""},
		{"key that is not hex", map[string]string{"DISCORD_PUBLIC_KEY": "xyz"}, false, false, false, "DISCORD_PUBLIC_KEY"},
		{"key only: interactions", map[string]string{"DISCORD_PUBLIC_KEY": key}, true, true, false, ""},
		{"both", map[string]string{"DISCORD_PUBLIC_KEY": key, "DISCORD_BOT_TOKEN": "abc"}, true, true, true, ""},
		{"shard out of range", map[string]string{"DISCORD_BOT_TOKEN": "abc", "DISCORD_SHARD_ID": "2", "DISCORD_SHARD_COUNT": "2"}, false, false, false, "shard 2 of 2"},
		{"shard not a number", map[string]string{"DISCORD_BOT_TOKEN": "abc", "DISCORD_SHARD_COUNT": "two"}, false, false, false, "DISCORD_SHARD_COUNT"},
		{"message content not a switch", map[string]string{"DISCORD_BOT_TOKEN": "abc", "DISCORD_MESSAGE_CONTENT": "maybe"}, false, false, false, "DISCORD_MESSAGE_CONTENT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := env{getenv: func(k string) string { return tt.env[k] }}
			a, err := discordAdapter(context.Background(), e, sys, slog.New(slog.DiscardHandler))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (a != nil) != tt.on {
				t.Fatalf("adapter on = %v, want %v", a != nil, tt.on)
			}
			if a == nil {
				return
			}
			if (a.routes["POST /discord/interactions"] != nil) != tt.routes {
				t.Errorf("routes %v, want the interactions endpoint: %v", a.routes, tt.routes)
			}
			if (a.run != nil && a.ready != nil) != tt.gateway {
				t.Errorf("gateway on = %v, want %v", a.run != nil, tt.gateway)
			}
			if a.ready != nil && a.ready() == nil {
				t.Error("a gateway that never connected reports ready")
			}
		})
	}
}

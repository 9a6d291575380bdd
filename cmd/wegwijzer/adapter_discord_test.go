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
	sys := &system{cat: cat, engine: testsys.Engine(t, bot.Options{})}
	tests := []struct {
		name    string
		env     map[string]string
		on      bool
		wantErr string
	}{
		{"not configured", nil, false, ""},
		{"token without key", map[string]string{"DISCORD_BOT_TOKEN": "abc"}, false, "DISCORD_PUBLIC_KEY is not"},
		{"key that is not hex", map[string]string{"DISCORD_PUBLIC_KEY": "xyz"}, false, "DISCORD_PUBLIC_KEY"},
		{"valid key", map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)}, true, ""},
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
			if a != nil && a.routes["POST /discord/interactions"] == nil {
				t.Errorf("routes %v lack POST /discord/interactions", a.routes)
			}
		})
	}
}

package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer/internal/discordfake"
)

func status(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestServeDiscordGateway: with DISCORD_BOT_TOKEN set, serve opens a gateway session at the address Discord's
// REST API gives, answers a direct message, and /readyz follows the session's state.
func TestServeDiscordGateway(t *testing.T) {
	fake := discordfake.New("serve-token", "100000000000000001")
	defer fake.Close()
	base, _ := startServe(t, map[string]string{"DISCORD_BOT_TOKEN": "serve-token", "DISCORD_API_URL": fake.APIURL()})
	eventually(t, "/readyz is 200 with the gateway connected", func() bool { return status(t, base+"/readyz") == 200 })
	fake.Dispatch("MESSAGE_CREATE", map[string]any{"id": "600000000000000010", "channel_id": "400000000000000004",
		"type": 0, "content": "subsidie voor een elektrische bestelbus", "timestamp": time.Now().UTC().Format(time.RFC3339),
		"author": map[string]any{"id": "500000000000000005", "username": "ondernemer", "bot": false}, "mentions": []any{}})
	eventually(t, "the direct message is answered", func() bool { return len(fake.Posts()) == 1 })
	if c, _ := fake.Posts()[0].Body["content"].(string); !strings.Contains(strings.ToLower(c), "seba") && !strings.Contains(c, "http") {
		t.Errorf("reply %q does not look like an answer with offers", c)
	}
	fake.Close() // Discord goes away: the session cannot reconnect
	eventually(t, "/readyz is 503 without the gateway", func() bool { return status(t, base+"/readyz") == 503 })
}

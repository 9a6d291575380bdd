package discord

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// TestMalformedInteractions sends signed interactions with fields missing, null or of the wrong type: each gets a
// 400 that says what is wrong, or an answer; none crashes the handler or reaches the dialogue without a user.
func TestMalformedInteractions(t *testing.T) {
	h := newHarness(t)
	del := func(keys ...string) func(map[string]any) {
		return func(v map[string]any) {
			for _, k := range keys {
				delete(v, k)
			}
		}
	}
	set := func(k string, x any) func(map[string]any) { return func(v map[string]any) { v[k] = x } }
	tests := []struct {
		name string
		body []byte
		want int
	}{
		{"empty body", []byte(""), http.StatusBadRequest},
		{"a JSON array", []byte("[]"), http.StatusBadRequest},
		{"JSON null", []byte("null"), http.StatusBadRequest},
		{"type as text", fixture(t, "ping", set("type", "1")), http.StatusBadRequest},
		{"no type", fixture(t, "ping", del("type")), http.StatusBadRequest},
		{"command without data", fixture(t, "command", del("data")), http.StatusBadRequest},
		{"command with data null", fixture(t, "command", set("data", nil)), http.StatusBadRequest},
		{"command with data as text", fixture(t, "command", set("data", "x")), http.StatusBadRequest},
		{"command without member or user", fixture(t, "command", del("member", "user")), http.StatusBadRequest},
		{"command with member null", fixture(t, "command", set("member", nil), del("user")), http.StatusBadRequest},
		{"command with a member without user", fixture(t, "command", set("member", map[string]any{}), del("user")), http.StatusBadRequest},
		{"command without id", fixture(t, "command", del("id")), http.StatusBadRequest},
		{"command without options", fixture(t, "command", func(v map[string]any) { delete(v["data"].(map[string]any), "options") }), http.StatusOK},
		{"command with the question as a number", fixture(t, "command", func(v map[string]any) {
			v["data"].(map[string]any)["options"].([]any)[0].(map[string]any)["value"] = 5
		}), http.StatusOK},
		{"button without custom_id", fixture(t, "component", func(v map[string]any) { delete(v["data"].(map[string]any), "custom_id") }), http.StatusBadRequest},
		{"button with an unknown custom_id", fixture(t, "component", withCustomID("zzz:nope")), http.StatusOK},
		{"select menu", fixture(t, "component", func(v map[string]any) { v["data"].(map[string]any)["component_type"] = 3 }), http.StatusBadRequest},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Each case is another interaction: a replayed id is refused before anything else is read.
			body := bytes.Replace(tt.body, []byte(`"id":"123000000000000000`), []byte(fmt.Sprintf(`"id":"9%02d000000000000000`, i)), 1)
			status, out := h.post(t, body, h.signed(body))
			if status != tt.want {
				t.Fatalf("status %d, want %d: %s", status, tt.want, out)
			}
			if status != http.StatusOK && !strings.Contains(string(out), "discord:") {
				t.Errorf("refusal %q does not say what is wrong", out)
			}
		})
	}
}

package slack

import (
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type manifest struct {
	Features struct {
		BotUser struct {
			DisplayName string `yaml:"display_name"`
		} `yaml:"bot_user"`
		AppHome struct {
			MessagesTab bool `yaml:"messages_tab_enabled"`
			ReadOnly    bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		SlashCommands []struct {
			Command string `yaml:"command"`
			URL     string `yaml:"url"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			Enabled    bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		SocketMode bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// TestManifestsMatchTheAdapter checks that the app manifests ask for exactly what the adapter handles: the
// events it reads, the scopes those need, the command, interactivity, and (for HTTP) its endpoints.
func TestManifestsMatchTheAdapter(t *testing.T) {
	routes := (&Adapter{}).Routes()
	for _, tt := range []struct {
		file   string
		socket bool
	}{{"manifest.yaml", true}, {"manifest-events-api.yaml", false}} {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			var m manifest
			dec := yaml.NewDecoder(strings.NewReader(string(b)))
			if err := dec.Decode(&m); err != nil {
				t.Fatalf("%s: %v", tt.file, err)
			}
			for _, scope := range []string{"app_mentions:read", "chat:write", "commands", "im:history", "channels:history", "groups:history"} {
				if !slices.Contains(m.OAuth.Scopes.Bot, scope) {
					t.Errorf("bot scope %s missing", scope)
				}
			}
			for _, ev := range []string{"app_mention", "message.im", "message.channels", "message.groups"} {
				if !slices.Contains(m.Settings.Events.BotEvents, ev) {
					t.Errorf("event %s not subscribed", ev)
				}
			}
			if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/wegwijzer" {
				t.Errorf("slash commands %v, want /wegwijzer", m.Features.SlashCommands)
			}
			if !m.Settings.Interactivity.Enabled {
				t.Error("interactivity off: buttons would not work")
			}
			if !m.Features.AppHome.MessagesTab || m.Features.AppHome.ReadOnly {
				t.Error("the messages tab must be open for direct messages")
			}
			if m.Settings.SocketMode != tt.socket {
				t.Errorf("socket_mode_enabled = %v, want %v", m.Settings.SocketMode, tt.socket)
			}
			if tt.socket {
				return
			}
			for _, u := range []string{m.Settings.Events.RequestURL, m.Settings.Interactivity.RequestURL, m.Features.SlashCommands[0].URL} {
				i := strings.Index(u, "/slack/")
				if i < 0 || !strings.HasPrefix(u, "https://") || routes["POST "+u[i:]] == nil {
					t.Errorf("request URL %q is not an HTTPS URL of an adapter endpoint", u)
				}
			}
		})
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	slackadapter "github.com/wegwijzer/wegwijzer/adapters/slack"
)

const slackTestSecret = "0123456789abcdef0123456789abcdef"

func slackEnv(vars map[string]string) env {
	return env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
		getenv: func(k string) string { return vars[k] }}
}

func TestSlackAdapterSwitchesOnWithItsVariables(t *testing.T) {
	tests := []struct {
		name    string
		vars    map[string]string
		off     bool
		wantErr string
		routes  int
	}{
		{name: "no Slack variables", vars: map[string]string{}, off: true},
		{name: "Events API", vars: map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, routes: 3},
		{name: "Socket Mode", vars: map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, routes: 0},
		{name: "both", vars: map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_SIGNING_SECRET": "s"}, routes: 3},
		{name: "no bot token", vars: map[string]string{"SLACK_SIGNING_SECRET": "s"}, wantErr: "SLACK_BOT_TOKEN"},
		{name: "bot token only", vars: map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, wantErr: "SLACK_APP_TOKEN"},
		{name: "tokens swapped", vars: map[string]string{"SLACK_BOT_TOKEN": "xapp-1", "SLACK_APP_TOKEN": "xoxb-1"}, wantErr: "xoxb"},
		{name: "app token of the wrong kind", vars: map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxp-1"}, wantErr: "xapp"},
	}
	sys, err := openSystem(slackEnv(nil), config{dataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := slackAdapter(t.Context(), slackEnv(tt.vars), sys, sys.log)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.off {
				if a != nil {
					t.Fatal("adapter on without configuration")
				}
				return
			}
			if a == nil || a.run == nil || a.close == nil {
				t.Fatalf("adapter = %+v, want one with run and close", a)
			}
			defer a.close()
			if len(a.routes) != tt.routes {
				t.Errorf("%d routes, want %d", len(a.routes), tt.routes)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer that the server's logger and the test may use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs serve in-process with the variables and returns its base URL; the server stops at the test's end.
func startServe(t *testing.T, vars map[string]string) (string, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	vars["WEGWIJZER_DATA"] = t.TempDir()
	vars["WEGWIJZER_ADDR"] = "127.0.0.1:0"
	e := env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: logs, getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, e, nil) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop")
		}
	})
	urlRE := regexp.MustCompile(`url=(http://\S+)/`)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := urlRE.FindStringSubmatch(logs.String()); m != nil {
			return m[1], logs
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, logs)
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not log its url:\n%s", logs)
	return "", nil
}

func postSigned(t *testing.T, u, secret string, body []byte, sign bool) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if sign {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", slackadapter.SignatureHeader(secret, ts, body))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestServeRunsSlackBesideTheWebChat starts serve with the Slack variables and a fake Slack Web API: a signed
// mention is acknowledged and answered in its thread, an unsigned one is refused, and the web chat still works.
func TestServeRunsSlackBesideTheWebChat(t *testing.T) {
	var mu sync.Mutex
	var posted []url.Values
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/auth.test":
			json.NewEncoder(w).Encode(map[string]any{"ok": true, "team_id": "T0ZWOLLE1", "user_id": "U0BOTUSER", "bot_id": "B0BOTID01"})
		case "/api/chat.postMessage":
			mu.Lock()
			posted = append(posted, r.Form)
			mu.Unlock()
			json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": r.Form.Get("channel"), "ts": "1715000001.000100"})
		default:
			json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": "unknown_method"})
		}
	}))
	defer fake.Close()
	base, logs := startServe(t, map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": slackTestSecret, "SLACK_API_URL": fake.URL + "/api/",
	})
	mention := []byte(`{"token":"x","team_id":"T0ZWOLLE1","api_app_id":"A0WEGWIJZR","type":"event_callback","event_id":"Ev0SERVE01","event_time":1715000000,` +
		`"event":{"type":"app_mention","user":"U0ASKER01","text":"<@U0BOTUSER> subsidie voor een elektrische bestelbus","ts":"1715000000.000100","channel":"C0VRAGEN1","event_ts":"1715000000.000100"},` +
		`"authorizations":[{"team_id":"T0ZWOLLE1","user_id":"U0BOTUSER","is_bot":true}]}`)

	if resp := postSigned(t, base+"/slack/events", slackTestSecret, mention, false); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("unsigned event: status %d, want 401", resp.StatusCode)
	}
	if resp := postSigned(t, base+"/slack/events", slackTestSecret, mention, true); resp.StatusCode != http.StatusOK {
		t.Fatalf("signed event: status %d, want 200", resp.StatusCode)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		n := len(posted)
		mu.Unlock()
		if n > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(posted) != 1 || posted[0].Get("thread_ts") != "1715000000.000100" || posted[0].Get("blocks") == "" {
		t.Fatalf("replies posted to Slack: %v, want one with blocks in the thread\n%s", posted, logs)
	}
	resp, err := http.Post(base+"/api/chat", "application/json", strings.NewReader(`{"text":"subsidie voor een elektrische bestelbus"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("web chat beside Slack: status %d", resp.StatusCode)
	}
}

// TestServeStartsWhileSlackIsUnreachable: serve comes up, its Slack endpoints verify and acknowledge, and it logs
// that Slack cannot be reached.
func TestServeStartsWhileSlackIsUnreachable(t *testing.T) {
	base, logs := startServe(t, map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-test", "SLACK_SIGNING_SECRET": slackTestSecret,
		"SLACK_API_URL": "http://127.0.0.1:1/api/",
	})
	resp := postSigned(t, base+"/slack/events", slackTestSecret, []byte(`{"type":"url_verification","challenge":"abc123"}`), true)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "abc123") {
		t.Errorf("url_verification: %d %s", resp.StatusCode, body)
	}
	r, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusOK {
		t.Errorf("/healthz = %d", r.StatusCode)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(logs.String(), "not reachable") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), "not reachable") {
		t.Errorf("serve did not log that Slack is unreachable:\n%s", logs)
	}
}

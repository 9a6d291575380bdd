package slack

import (
	"context"
	"strings"
	"testing"
	"time"
)

// socketEnvelope fills the events_api envelope fixture.
func socketEnvelope(t *testing.T, id, attempt, reason string) []byte {
	t.Helper()
	r := strings.NewReplacer("{{ENVELOPE_ID}}", id, "{{RETRY_ATTEMPT}}", attempt, "{{RETRY_REASON}}", reason)
	return []byte(r.Replace(string(mustRead(t, "socket_events_api.json"))))
}

// waitHandled waits until the adapter has dispatched n Socket Mode requests, and then for their work.
func waitHandled(t *testing.T, h *harness, n int64) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for h.a.socketHandled.Load() < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d Socket Mode requests dispatched, want %d", h.a.socketHandled.Load(), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
	h.a.idle()
}

func TestSocketModeRedeliveryGivesOneReply(t *testing.T) {
	h := newHarness(t, nil, func(o *Options) { o.AppToken = "xapp-1-A0WEGWIJZR-test"; o.SigningSecret = "" })
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { h.a.Run(ctx); close(stopped) }()
	t.Cleanup(func() { cancel(); <-stopped })

	h.fake.waitConnection(t)
	h.fake.send(t, socketEnvelope(t, "env-1", "0", ""))
	h.fake.waitAck(t, "env-1")
	waitHandled(t, h, 1)
	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("got %d replies, want 1", len(posts))
	}
	if posts[0].Form.Get("thread_ts") != "1715000300.000700" {
		t.Errorf("reply in thread %q, want 1715000300.000700", posts[0].Form.Get("thread_ts"))
	}

	// Slack refreshes the connection and delivers the event again, as it does when it missed the ack.
	h.fake.send(t, mustRead(t, "socket_disconnect.json"))
	h.fake.waitConnection(t)
	h.fake.send(t, socketEnvelope(t, "env-2", "1", "timeout"))
	h.fake.waitAck(t, "env-2")
	waitHandled(t, h, 2)
	if n := len(h.fake.attempts("chat.postMessage")); n != 1 {
		t.Errorf("got %d replies after the redelivery, want 1", n)
	}
	if n := len(h.fake.attempts("apps.connections.open")); n != 2 {
		t.Errorf("apps.connections.open called %d times, want 2 (connect, reconnect)", n)
	}

	t.Run("slash command over Socket Mode", func(t *testing.T) {
		env := strings.NewReplacer("{{ENVELOPE_ID}}", "env-3", "{{RESPONSE_URL}}", h.fake.responseURL()).
			Replace(string(mustRead(t, "socket_slash_commands.json")))
		h.fake.send(t, []byte(env))
		h.fake.waitAck(t, "env-3")
		waitHandled(t, h, 3)
		eph := h.fake.delivered("chat.postEphemeral")
		if len(eph) != 1 || eph[0].Form.Get("user") != "U0ASKER05" {
			t.Fatalf("ephemeral answers %v, want one to U0ASKER05", eph)
		}
	})
	t.Run("unknown request types are acknowledged too", func(t *testing.T) {
		h.fake.send(t, []byte(`{"envelope_id":"env-4","type":"events_api","payload":{"type":"event_callback","team_id":"T0ZWOLLE1","event_id":"Ev0UNKNOWN1","event":{"type":"reaction_added","user":"U0ASKER01","reaction":"thumbsup","item":{"type":"message","channel":"C0VRAGEN1","ts":"1715000300.000700"},"event_ts":"1715000400.000100"}},"accepts_response_payload":false,"retry_attempt":0,"retry_reason":""}`))
		h.fake.waitAck(t, "env-4")
	})
}

func TestSocketModeReconnectsWhenRunContextGivesUp(t *testing.T) {
	h := newHarness(t, nil, func(o *Options) { o.AppToken = "xapp-1-A0WEGWIJZR-test"; o.SigningSecret = "" })
	// invalid_auth makes slack-go's RunContext return; the adapter's loop must try again later.
	h.fake.failWith("apps.connections.open", "invalid_auth", "invalid_auth")
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { h.a.Run(ctx); close(stopped) }()
	t.Cleanup(func() { cancel(); <-stopped })

	h.fake.waitConnection(t)
	if n := len(h.fake.attempts("apps.connections.open")); n != 3 {
		t.Errorf("apps.connections.open called %d times, want 3 (two refusals, then a connection)", n)
	}
	var backoffs []time.Duration
	for _, d := range h.waits() {
		if d >= time.Second {
			backoffs = append(backoffs, d)
		}
	}
	if len(backoffs) < 2 || backoffs[1] <= backoffs[0] {
		t.Errorf("waits between attempts %v, want a growing backoff", backoffs)
	}
}

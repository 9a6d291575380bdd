package slack

import (
	"context"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// TestMalformedRequestsAreRefusedOrIgnored sends signed requests in shapes Slack documents but the bot does not
// answer (edits, deletions, reactions, other interactions), and broken ones (fields missing or of the wrong type):
// each gets 200 (Slack must not retry) or a 400 for a body that is not what the endpoint takes, and none reaches
// the dialogue or posts anything.
func TestMalformedRequestsAreRefusedOrIgnored(t *testing.T) {
	var turns atomic.Int32
	count := turnerFunc(func(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
		turns.Add(1)
		return &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: "x"}, nil
	})
	envelope := func(event string) string {
		return `{"type":"event_callback","team_id":"T0ZWOLLE1","event_id":"Ev1","event_time":1715000400,"event":` + event + `}`
	}
	form := func(v url.Values) string { return v.Encode() }
	tests := []struct {
		name, path, body string
		want             int
	}{
		{"events: not JSON", "/slack/events", "{", http.StatusBadRequest},
		{"events: a JSON array", "/slack/events", "[]", http.StatusBadRequest},
		{"events: an unknown envelope type", "/slack/events", `{"type":"something_new"}`, http.StatusOK},
		{"events: event null", "/slack/events", envelope("null"), http.StatusOK},
		{"events: event as text", "/slack/events", envelope(`"x"`), http.StatusOK},
		{"events: event type as a number", "/slack/events", envelope(`{"type":5}`), http.StatusOK},
		{"events: a reaction", "/slack/events", envelope(`{"type":"reaction_added","user":"U0ASKER01","reaction":"thumbsup","item":{"type":"message","channel":"C0VRAGEN1","ts":"1715000000.000100"}}`), http.StatusOK},
		{"events: an edited direct message", "/slack/events", envelope(`{"type":"message","subtype":"message_changed","channel":"D0DM00001","channel_type":"im","ts":"1715000300.000100","message":{"type":"message","user":"U0ASKER01","text":"subsidie zonnepanelen","ts":"1715000200.000100","edited":{"user":"U0ASKER01","ts":"1715000300.000000"}},"previous_message":{"type":"message","user":"U0ASKER01","text":"subsidie","ts":"1715000200.000100"}}`), http.StatusOK},
		{"events: a deleted direct message", "/slack/events", envelope(`{"type":"message","subtype":"message_deleted","channel":"D0DM00001","channel_type":"im","ts":"1715000300.000100","deleted_ts":"1715000200.000100","hidden":true}`), http.StatusOK},
		{"events: a mention without user", "/slack/events", envelope(`{"type":"app_mention","text":"<@U0WEGWIJZ> subsidie","channel":"C0VRAGEN1","ts":"1715000300.000100"}`), http.StatusOK},
		{"events: a mention without channel", "/slack/events", envelope(`{"type":"app_mention","user":"U0ASKER01","text":"<@U0WEGWIJZ> subsidie","ts":"1715000300.000100"}`), http.StatusOK},
		{"events: a direct message with text as a number", "/slack/events", envelope(`{"type":"message","channel":"D0DM00001","channel_type":"im","user":"U0ASKER01","text":5,"ts":"1715000300.000100"}`), http.StatusOK},
		{"interactive: no payload", "/slack/interactive", form(url.Values{}), http.StatusBadRequest},
		{"interactive: payload not JSON", "/slack/interactive", form(url.Values{"payload": {"{"}}), http.StatusBadRequest},
		{"interactive: an empty payload", "/slack/interactive", form(url.Values{"payload": {"{}"}}), http.StatusOK},
		{"interactive: a view submission", "/slack/interactive", form(url.Values{"payload": {`{"type":"view_submission","user":{"id":"U0ASKER01"},"team":{"id":"T0ZWOLLE1"},"view":{"id":"V1"}}`}}), http.StatusOK},
		{"interactive: a message shortcut", "/slack/interactive", form(url.Values{"payload": {`{"type":"message_action","callback_id":"x","user":{"id":"U0ASKER01"},"team":{"id":"T0ZWOLLE1"},"channel":{"id":"C0VRAGEN1"},"message":{"ts":"1715000000.000100","text":"hoi"}}`}}), http.StatusOK},
		{"interactive: block actions without actions", "/slack/interactive", form(url.Values{"payload": {`{"type":"block_actions","user":{"id":"U0ASKER01"},"team":{"id":"T0ZWOLLE1"},"channel":{"id":"C0VRAGEN1"},"container":{"message_ts":"1715000000.000100"},"actions":[]}`}}), http.StatusOK},
		{"interactive: a button value that is not ours", "/slack/interactive", form(url.Values{"payload": {`{"type":"block_actions","user":{"id":"U0ASKER01"},"team":{"id":"T0ZWOLLE1"},"channel":{"id":"C0VRAGEN1"},"container":{"message_ts":"1715000000.000100"},"actions":[{"action_id":"wegwijzer.option.0","block_id":"b","value":"%%%garbage"}]}`}}), http.StatusOK},
		{"interactive: a button of another channel's conversation", "/slack/interactive", form(url.Values{"payload": {`{"type":"block_actions","user":{"id":"U0ASKER01"},"team":{"id":"T0ZWOLLE1"},"channel":{"id":"C0VRAGEN1"},"container":{"message_ts":"1715000000.000100"},"actions":[{"action_id":"wegwijzer.option.0","block_id":"b","value":"{\"c\":\"slack:T0OTHER01:C0OTHER01:1\",\"o\":\"theme:verduurzaming\"}"}]}`}}), http.StatusOK},
		{"commands: without trigger_id", "/slack/commands", form(url.Values{"team_id": {"T0ZWOLLE1"}, "channel_id": {"C0VRAGEN1"}, "user_id": {"U0ASKER03"}, "command": {"/wegwijzer"}, "text": {"subsidie"}}), http.StatusOK},
		{"commands: without user", "/slack/commands", form(url.Values{"team_id": {"T0ZWOLLE1"}, "channel_id": {"C0VRAGEN1"}, "trigger_id": {"1.2.3"}, "command": {"/wegwijzer"}, "text": {"subsidie"}}), http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			turns.Store(0)
			h := newHarness(t, count)
			rec := h.send(tt.path, []byte(tt.body))
			h.a.idle()
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if n := turns.Load(); n != 0 {
				t.Errorf("%d turns, want none", n)
			}
			for _, method := range []string{"chat.postMessage", "chat.postEphemeral", "chat.update"} {
				if n := len(h.fake.attempts(method)); n != 0 {
					t.Errorf("%d calls of %s, want none", n, method)
				}
			}
		})
	}
}

package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/web"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

// httpPost sends body to path as JSON and returns the status and the decoded reply (nil when there is none).
func httpPost(t *testing.T, url, body string) (int, *wegwijzer.Reply, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r wegwijzer.Reply
	if json.Unmarshal(raw, &r) != nil || r.Kind == "" {
		return resp.StatusCode, nil, string(raw)
	}
	return resp.StatusCode, &r, string(raw)
}

// TestConversationIDsCannotBeForged: a conversation id the server did not issue (one chosen by the client, or a
// real one with its MAC changed) neither continues that conversation nor reads a community manager's answer to
// it; the visitor gets a new conversation that says it started again. Before, any id the client sent was used.
func TestConversationIDsCannotBeForged(t *testing.T) {
	c, i := testsys.Search(t)
	st := testsys.Store(t)
	srv := httptest.NewServer(web.New(bot.New(c, i, st, nil, bot.Options{}), nil, web.Options{}))
	t.Cleanup(srv.Close)
	ctx := context.Background()

	// Visitor A asks for a person; a manager answers from the dashboard.
	code, a, raw := httpPost(t, srv.URL+"/api/chat", `{"text":"Kan iemand mij bellen?"}`)
	if code != 200 || a == nil || a.Conversation == "" {
		t.Fatalf("first turn: %d %s", code, raw)
	}
	first, err := st.Load(ctx, a.Conversation)
	if err != nil {
		t.Fatalf("A's conversation %q: %v", a.Conversation, err)
	}
	first.HandoffReplies = append(first.HandoffReplies, wegwijzer.HandoffReply{Time: time.Now(), Text: "Ik bel je morgen om tien uur."})
	if err := st.Save(ctx, first, time.Hour); err != nil {
		t.Fatal(err)
	}
	last := a.Conversation[len(a.Conversation)-1:]
	changed := a.Conversation[:len(a.Conversation)-1] + map[bool]string{true: "1", false: "0"}[last == "0"]

	for _, tt := range []struct{ name, id string }{
		{"another visitor's id with a changed MAC", changed},
		{"another visitor's id without its MAC", a.Conversation[:max(strings.LastIndex(a.Conversation, "-"), 1)]},
		{"an id that is not one at all", "<script>"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"conversation": tt.id})
			if code, _, raw := httpPost(t, srv.URL+"/api/chat/updates", string(body)); code != 400 || strings.Contains(raw, "tien uur") {
				t.Errorf("updates: %d %s, want 400 without the manager's answer", code, raw)
			}
			body, _ = json.Marshal(map[string]string{"conversation": tt.id, "text": "Ik zoek subsidie voor een elektrische bestelbus"})
			code, r, raw := httpPost(t, srv.URL+"/api/chat", string(body))
			if code != 200 || r == nil {
				t.Fatalf("chat: %d %s, want 200", code, raw)
			}
			if r.Conversation == tt.id || r.Conversation == a.Conversation || !strings.HasPrefix(r.Text, "Ik kon ons eerdere gesprek niet terugvinden") {
				t.Errorf("chat went on in %q (sent %q, A's is %q): %q; want a new conversation with a note", r.Conversation, tt.id, a.Conversation, r.Text)
			}
			if strings.Contains(raw, "tien uur") {
				t.Errorf("chat showed A's manager answer: %s", raw)
			}
			// The new id is a real one: it continues, without the note.
			body, _ = json.Marshal(map[string]string{"conversation": r.Conversation, "text": "Hoe vraag ik dat aan?"})
			if code, next, raw := httpPost(t, srv.URL+"/api/chat", string(body)); code != 200 || next == nil || next.Conversation != r.Conversation || strings.Contains(next.Text, "eerdere gesprek") {
				t.Errorf("the issued id does not continue: %d %s", code, raw)
			}
		})
	}
	// An id the client names itself is a conversation of its own: it goes on under that name, and reaches neither
	// A's conversation nor one of another platform whose id it copies.
	other := &wegwijzer.Conversation{ID: "discord:1:2:3"}
	other.HandoffReplies = []wegwijzer.HandoffReply{{Time: time.Now(), Text: "Discord: ik bel je vrijdag."}}
	if err := st.Save(ctx, other, time.Hour); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"abc", "discord:1:2:3"} {
		t.Run("own id "+id, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"conversation": id})
			if code, _, raw := httpPost(t, srv.URL+"/api/chat/updates", string(body)); code != 204 {
				t.Errorf("updates: %d %s, want 204 (nothing for this new conversation)", code, raw)
			}
			for i, text := range []string{"Ik zoek subsidie voor een elektrische bestelbus", "Hoe vraag ik dat aan?"} {
				body, _ := json.Marshal(map[string]string{"conversation": id, "text": text})
				code, r, raw := httpPost(t, srv.URL+"/api/chat", string(body))
				if code != 200 || r == nil || r.Conversation != id || strings.Contains(r.Text, "eerdere gesprek") ||
					strings.Contains(raw, "tien uur") || strings.Contains(raw, "vrijdag") {
					t.Fatalf("turn %d: %d %s, want conversation %q without a note or another's answers", i+1, code, raw, id)
				}
			}
		})
	}
	if cv, err := st.Load(ctx, "discord:1:2:3"); err != nil || cv.Messages != 0 {
		t.Errorf("the Discord conversation: %v, %d messages, want 0 (the web client's own id never reached it)", err, cv.Messages)
	}
	if cv, err := st.Load(ctx, a.Conversation); err != nil || cv.Messages != first.Messages {
		t.Errorf("A's conversation: %v, %d messages, want %d (nobody else continued it)", err, cv.Messages, first.Messages)
	}
	// A, with the id the server issued, still gets the manager's answer.
	body, _ := json.Marshal(map[string]string{"conversation": a.Conversation})
	if code, _, raw := httpPost(t, srv.URL+"/api/chat/updates", string(body)); code != 200 || !strings.Contains(raw, "tien uur") {
		t.Errorf("A's updates: %d %s, want the manager's answer", code, raw)
	}
}

// TestConversationIDsHoldAcrossReplicas: replicas with the same keys accept each other's ids, also those signed
// under the key before a rotation; a replica with another key does not.
func TestConversationIDsHoldAcrossReplicas(t *testing.T) {
	c, i := testsys.Search(t)
	st := testsys.Store(t)
	engine := bot.New(c, i, st, nil, bot.Options{})
	server := func(keys ...string) *httptest.Server {
		var ks [][]byte
		for _, k := range keys {
			ks = append(ks, []byte(k))
		}
		s := httptest.NewServer(web.New(engine, nil, web.Options{ConversationKeys: ks}))
		t.Cleanup(s.Close)
		return s
	}
	old, rotated, other := server("old key"), server("new key", "old key"), server("another key")
	_, r, raw := httpPost(t, old.URL+"/api/chat", `{"text":"subsidie voor een elektrische bestelbus"}`)
	if r == nil {
		t.Fatalf("first turn: %s", raw)
	}
	body, _ := json.Marshal(map[string]string{"conversation": r.Conversation, "text": "Hoe vraag ik dat aan?"})
	if _, next, raw := httpPost(t, rotated.URL+"/api/chat", string(body)); next == nil || next.Conversation != r.Conversation {
		t.Errorf("after a rotation: %s, want conversation %q", raw, r.Conversation)
	}
	if _, next, raw := httpPost(t, other.URL+"/api/chat", string(body)); next == nil || next.Conversation == r.Conversation {
		t.Errorf("under another key: %s, want a new conversation", raw)
	}
}

package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/internal/ratelimit"
)

// fakeTurner answers every turn, and refuses option "bad" as the engine does an unknown option value.
type fakeTurner struct{ turns int }

func (f *fakeTurner) Handle(_ context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	f.turns++
	r := &wegwijzer.Reply{Conversation: m.Conversation, Kind: wegwijzer.ReplyInfo, Text: "ok"}
	if m.Option == "bad" {
		return r, wegwijzer.Errorf(wegwijzer.EINVALID, "unknown option value %q", m.Option)
	}
	return r, nil
}

func post(h http.Handler, contentType, body string, mod func(*http.Request)) *httptest.ResponseRecorder {
	r := httptest.NewRequest("POST", "/api/chat", strings.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	r.RemoteAddr = "203.0.113.7:4000"
	if mod != nil {
		mod(r)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestChatBodiesAreStrict(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		want                    int
	}{
		{"one object", "application/json", `{"text":"hallo"}`, 200},
		{"with charset", "application/json; charset=utf-8", `{"text":"hallo"}`, 200},
		{"trailing object", "application/json", `{"text":"hallo"}{"text":"nog een"}`, 400},
		{"trailing garbage", "application/json", `{"text":"hallo"} x`, 400},
		{"array", "application/json", `[{"text":"hallo"}]`, 400},
		{"unknown field", "application/json", `{"text":"hallo","admin":true}`, 400},
		{"text/plain", "text/plain", `{"text":"hallo"}`, 415},
		{"no content type", "", `{"text":"hallo"}`, 415},
		{"form", "application/x-www-form-urlencoded", `text=hallo`, 415},
		{"unknown option value", "application/json", `{"option":"bad"}`, 400},
		{"trailing whitespace is fine", "application/json", "{\"text\":\"hallo\"}\n\n", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := New(&fakeTurner{}, slog.New(slog.DiscardHandler), Options{})
			w := post(h, tt.contentType, tt.body, nil)
			if w.Code != tt.want {
				t.Errorf("status %d (%s), want %d", w.Code, w.Body.String(), tt.want)
			}
		})
	}
}

func TestChatRateLimits(t *testing.T) {
	now := time.Unix(0, 0)
	clock := func() time.Time { return now }
	trusted, _ := ratelimit.ParseProxies("10.0.0.1")
	turner := &fakeTurner{}
	h := New(turner, slog.New(slog.DiscardHandler), Options{
		ClientIP:         func(r *http.Request) string { return ratelimit.ClientIP(r, trusted) },
		Turns:            ratelimit.New(ratelimit.Limit{N: 5, Period: time.Minute}, clock),
		NewConversations: ratelimit.New(ratelimit.Limit{N: 2, Period: time.Minute}, clock),
	})
	visitor := h.visitors.issue()
	withCookie := func(r *http.Request) { r.AddCookie(&http.Cookie{Name: userCookie, Value: visitor}) }
	c1 := h.ids.issue()
	turn := `{"conversation":"` + c1 + `","text":"hallo"}`
	// New conversations: two, then 429 with a Retry-After.
	for i := range 2 {
		if w := post(h, "application/json", `{"text":"hallo"}`, nil); w.Code != 200 {
			t.Fatalf("new conversation %d: %d", i+1, w.Code)
		}
	}
	w := post(h, "application/json", `{"text":"hallo"}`, nil)
	if w.Code != 429 || w.Header().Get("Retry-After") != "30" {
		t.Fatalf("third new conversation: %d, Retry-After %q, want 429 and 30", w.Code, w.Header().Get("Retry-After"))
	}
	// Turns of a known conversation from a known visitor go on until the turn limit.
	for i := range 2 {
		if w := post(h, "application/json", turn, withCookie); w.Code != 200 {
			t.Fatalf("turn %d: %d", i+1, w.Code)
		}
	}
	if w := post(h, "application/json", turn, withCookie); w.Code != 429 {
		t.Fatalf("sixth turn: %d, want 429", w.Code)
	}
	// A forged X-Forwarded-For from an untrusted peer does not pick another bucket; from the trusted proxy it does.
	forged := func(r *http.Request) { withCookie(r); r.Header.Set("X-Forwarded-For", "198.51.100.9") }
	if w := post(h, "application/json", turn, forged); w.Code != 429 {
		t.Errorf("forged header: %d, want 429", w.Code)
	}
	viaProxy := func(r *http.Request) { forged(r); r.RemoteAddr = "10.0.0.1:5555" }
	if w := post(h, "application/json", turn, viaProxy); w.Code != 200 {
		t.Errorf("behind the trusted proxy: %d, want 200", w.Code)
	}
	if turner.turns != 5 {
		t.Errorf("the engine ran %d turns, want 5 (refused requests never reach it)", turner.turns)
	}
	now = now.Add(time.Minute)
	if w := post(h, "application/json", `{"text":"hallo"}`, nil); w.Code != 200 {
		t.Errorf("after a minute: %d, want 200", w.Code)
	}
}

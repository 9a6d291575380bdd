package web

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// updatingTurner has a manager's answer waiting for conversation answered, fails for down, and has nothing for any
// other.
type updatingTurner struct {
	fakeTurner
	answered, down string
}

func (u *updatingTurner) Updates(_ context.Context, conversation string) (*wegwijzer.Reply, error) {
	switch conversation {
	case u.answered:
		return &wegwijzer.Reply{Conversation: conversation, Kind: wegwijzer.ReplyInfo, Text: "Bericht van de community manager:\nIk bel je."}, nil
	case u.down:
		return nil, errors.New("store down")
	}
	return nil, nil
}

func TestUpdates(t *testing.T) {
	u := &updatingTurner{}
	h := New(u, slog.New(slog.DiscardHandler), Options{})
	u.answered, u.down = h.ids.issue(), h.ids.issue()
	quiet := h.ids.issue()
	tests := []struct {
		name, body string
		want       int
		says       string
	}{
		{"an answer waits", `{"conversation":"` + u.answered + `"}`, 200, "Ik bel je."},
		{"nothing new", `{"conversation":"` + quiet + `"}`, 204, ""},
		{"store down", `{"conversation":"` + u.down + `"}`, 503, "not available"},
		{"no conversation", `{}`, 400, "conversation"},
		{"bad conversation id", `{"conversation":"<script>"}`, 400, "conversation"},
		{"an issued-form id the server did not issue", `{"conversation":"w-9f8d3bf0075432dca929745f0a1b2c3d-00000000000000000000000000000000"}`, 400, "unknown conversation"},
		{"a client's own id is a conversation of its own", `{"conversation":"c-answered"}`, 204, ""},
		{"text belongs to /api/chat", `{"conversation":"` + u.answered + `","text":"hallo"}`, 400, "/api/chat"},
		{"unknown field", `{"conversation":"` + u.answered + `","since":"2026"}`, 400, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := post(h, "application/json", tt.body, func(r *http.Request) { r.URL.Path = "/api/chat/updates" })
			if w.Code != tt.want || !strings.Contains(w.Body.String(), tt.says) {
				t.Errorf("status %d %q, want %d with %q", w.Code, w.Body.String(), tt.want, tt.says)
			}
		})
	}
}

// TestNoUpdatesWithoutAnUpdater: a Turner that cannot give updates gets no updates endpoint.
func TestNoUpdatesWithoutAnUpdater(t *testing.T) {
	h := New(&fakeTurner{}, slog.New(slog.DiscardHandler), Options{})
	r := httptest.NewRequest("POST", "/api/chat/updates", strings.NewReader(`{"conversation":"c1"}`))
	r.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusNotFound {
		t.Errorf("status %d, want 404", w.Code)
	}
}

// TestWrongMethodIsRefusedInJSON: a GET, PUT or DELETE on the API gets 405 with the methods it takes, in JSON as
// every other answer of the API (it was a plain-text "Method Not Allowed").
func TestWrongMethodIsRefusedInJSON(t *testing.T) {
	h := New(&updatingTurner{}, slog.New(slog.DiscardHandler), Options{})
	for _, path := range []string{"/api/chat", "/api/chat/updates"} {
		for _, method := range []string{"GET", "PUT", "DELETE", "PATCH"} {
			t.Run(method+" "+path, func(t *testing.T) {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(method, path, strings.NewReader(`{"text":"hallo"}`)))
				if w.Code != http.StatusMethodNotAllowed || !strings.Contains(w.Header().Get("Allow"), "POST") ||
					!strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") || !strings.Contains(w.Body.String(), `"error":"`+method+` is not supported here`) {
					t.Errorf("%d, Allow %q, %q %s; want 405 with Allow POST and a JSON error", w.Code, w.Header().Get("Allow"), w.Header().Get("Content-Type"), w.Body)
				}
			})
		}
	}
}

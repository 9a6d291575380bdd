package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestParseOrigins(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"", nil, false},
		{"https://www.kvk.nl", []string{"https://www.kvk.nl"}, false},
		{"https://A.example, http://localhost:3000 https://a.example/", []string{"https://a.example", "http://localhost:3000"}, false},
		{"www.kvk.nl", nil, true},
		{"https://*.kvk.nl", nil, true},
		{"https://kvk.nl/chat", nil, true},
		{"ftp://kvk.nl", nil, true},
		{"https://kvk.nl; script-src *", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseOrigins(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// communityTurner remembers the community of the last turn.
type communityTurner struct{ community string }

func (c *communityTurner) Handle(_ context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	c.community = m.Community
	return &wegwijzer.Reply{Conversation: "c1", Kind: wegwijzer.ReplyInfo, Text: "ok"}, nil
}

func TestCrossOriginRequests(t *testing.T) {
	allowed := "https://www.ondernemerszwolle.example"
	tests := []struct {
		name, method, origin, body string
		wantStatus                 int
		wantAllowOrigin            string
		wantCommunity              string
	}{
		{"no origin (curl)", "POST", "", `{"text":"hallo"}`, 200, "", "zwolle"},
		{"same origin", "POST", "http://wegwijzer.example", `{"text":"hallo"}`, 200, "", "zwolle"},
		{"allowed origin", "POST", allowed, `{"text":"hallo"}`, 200, allowed, "zwolle"},
		{"other origin", "POST", "https://evil.example", `{"text":"hallo"}`, 403, "", ""},
		{"preflight from the allowed origin", "OPTIONS", allowed, "", 204, allowed, ""},
		{"preflight from another origin", "OPTIONS", "https://evil.example", "", 403, "", ""},
		{"a known community", "POST", allowed, `{"text":"hallo","community":"breda"}`, 200, allowed, "breda"},
		{"an unknown community", "POST", allowed, `{"text":"hallo","community":"nergens"}`, 400, allowed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			turner := &communityTurner{}
			h := New(turner, slog.New(slog.DiscardHandler), Options{Community: "zwolle", Communities: []string{"breda"}, AllowedOrigins: []string{allowed}})
			r := httptest.NewRequest(tt.method, "http://wegwijzer.example/api/chat", strings.NewReader(tt.body))
			r.Header.Set("Content-Type", "application/json")
			if tt.origin != "" {
				r.Header.Set("Origin", tt.origin)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tt.wantStatus {
				t.Errorf("status %d (%s), want %d", w.Code, w.Body.String(), tt.wantStatus)
			}
			if got := w.Header().Get("Access-Control-Allow-Origin"); got != tt.wantAllowOrigin {
				t.Errorf("Access-Control-Allow-Origin %q, want %q", got, tt.wantAllowOrigin)
			}
			if turner.community != tt.wantCommunity {
				t.Errorf("the turn ran in community %q, want %q", turner.community, tt.wantCommunity)
			}
		})
	}
}

func get(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
	if w.Code != 200 {
		t.Fatalf("GET %s: %d", target, w.Code)
	}
	return w
}

func TestPageTakesTheWidgetsSettings(t *testing.T) {
	h := New(&fakeTurner{}, nil, Options{Communities: []string{"zwolle"}, AllowedOrigins: []string{"https://a.example", "http://localhost:3000"}})
	tests := []struct {
		name, query string
		want, not   []string
	}{
		{"defaults", "", []string{`<html lang="nl">`, `data-community=""`, `data-color=""`, `<body>`, `href="/privacy"`}, []string{"embed"}},
		{"English in the widget", "?lang=en&embed=1&community=zwolle&color=%230b5",
			[]string{`<html lang="en">`, `data-community="zwolle"`, `data-color="#0b5"`, `class="embed"`, "Your question", `href="/privacy#en"`}, nil},
		{"unknown values fall back", `?lang=fr&community=nergens&color=red"><script>`,
			[]string{`<html lang="nl">`, `data-community=""`, `data-color=""`}, []string{"<script>", "nergens"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(t, h, "/"+tt.query)
			body := w.Body.String()
			for _, s := range tt.want {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks %q", s)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(body, s) {
					t.Errorf("page has %q", s)
				}
			}
			csp := w.Header().Get("Content-Security-Policy")
			if !strings.Contains(csp, "frame-ancestors 'self' https://a.example http://localhost:3000") || !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
		})
	}
	// Without allowed origins only the page's own site may frame it.
	w := get(t, New(&fakeTurner{}, nil, Options{}), "/")
	if csp := w.Header().Get("Content-Security-Policy"); !strings.HasSuffix(csp, "frame-ancestors 'self'") {
		t.Errorf("default Content-Security-Policy %q", csp)
	}
}

func TestWidgetScriptAndPrivacyPage(t *testing.T) {
	h := New(&fakeTurner{}, nil, Options{})
	w := get(t, h, "/widget.js")
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/javascript") {
		t.Errorf("widget.js Content-Type %q", ct)
	}
	if !strings.Contains(w.Body.String(), "attachShadow") {
		t.Errorf("widget.js is not the widget")
	}
	p := get(t, h, "/privacy").Body.String()
	for _, s := range []string{"24 uur", "90 dagen", "vergeet mij", `id="en"`, "forget me"} {
		if !strings.Contains(p, s) {
			t.Errorf("privacy page lacks %q", s)
		}
	}
}

func TestCookieInTheWidget(t *testing.T) {
	tests := []struct {
		name     string
		origins  []string
		https    bool
		wantSite http.SameSite
		wantPart bool
	}{
		{"no embedding", nil, true, http.SameSiteStrictMode, false},
		{"embedding over https", []string{"https://a.example"}, true, http.SameSiteNoneMode, true},
		{"embedding over http (development)", []string{"http://localhost:3000"}, false, http.SameSiteStrictMode, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := New(&fakeTurner{}, nil, Options{AllowedOrigins: tt.origins})
			w := post(h, "application/json", `{"text":"hallo"}`, func(r *http.Request) {
				if tt.https {
					r.Header.Set("X-Forwarded-Proto", "https")
				}
			})
			cs := w.Result().Cookies()
			if len(cs) != 1 {
				t.Fatalf("%d cookies, want 1", len(cs))
			}
			if c := cs[0]; c.SameSite != tt.wantSite || c.Partitioned != tt.wantPart || !c.HttpOnly || c.Secure != tt.https {
				t.Errorf("cookie SameSite %v Partitioned %v HttpOnly %v Secure %v", c.SameSite, c.Partitioned, c.HttpOnly, c.Secure)
			}
		})
	}
}

package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

const testSecret = "e6b19c573432dcc6b075501d51b51bb8"

// mustCatalogue returns the built-in catalogue and its index, built once for all tests.
func mustCatalogue(tb testing.TB) (*content.Catalogue, *index.Index) {
	tb.Helper()
	return testsys.Search(tb)
}

// harness is an adapter wired to the real dialogue engine (built-in catalogue, embedded store) and to a fake
// Slack; its HTTP endpoints are mounted on a mux, and its clock and waits are under the test's control.
type harness struct {
	t      *testing.T
	fake   *fakeSlack
	a      *Adapter
	store  *boltstore.Store
	engine *bot.Engine
	mux    *http.ServeMux
	secret string

	mu     sync.Mutex
	now    time.Time // the verifier's clock
	sleeps []time.Duration
}

// newHarness returns a harness; turner nil means the real engine.
func newHarness(t *testing.T, turner Turner, configure ...func(*Options)) *harness {
	t.Helper()
	fake := newFakeSlack(t)
	cat, ix := mustCatalogue(t)
	st, err := boltstore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := &harness{t: t, fake: fake, store: st, secret: testSecret, now: time.Unix(1715000400, 0)}
	h.engine = bot.New(cat, ix, st, nil, bot.Options{})
	opts := Options{
		BotToken: "xoxb-0000000000-test", SigningSecret: testSecret, APIURL: fake.apiURL(),
		Now: h.clock, Log: testLogger(t),
	}
	for _, c := range configure {
		c(&opts)
	}
	h.secret = opts.SigningSecret
	if turner == nil {
		turner = h.engine
	}
	a, err := New(turner, st, cat, opts)
	if err != nil {
		t.Fatal(err)
	}
	a.sleep = func(ctx context.Context, d time.Duration) error {
		h.mu.Lock()
		h.sleeps = append(h.sleeps, d)
		h.mu.Unlock()
		return sleepCtx(ctx, time.Millisecond)
	}
	t.Cleanup(func() { a.Close() })
	h.a = a
	h.mux = http.NewServeMux()
	for pattern, handler := range a.Routes() {
		h.mux.Handle(pattern, handler)
	}
	return h
}

func (h *harness) clock() time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.now
}

// advanceStore moves the store's clock, so that leases and marks can expire.
func (h *harness) advanceStore(d time.Duration) {
	at := time.Now().Add(d)
	h.store.SetClock(func() time.Time { return at })
}

func (h *harness) waits() []time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]time.Duration(nil), h.sleeps...)
}

// send posts a body to an endpoint, signed as Slack signs it now; extra are header name/value pairs.
func (h *harness) send(path string, body []byte, extra ...string) *httptest.ResponseRecorder {
	h.t.Helper()
	ts := strconv.FormatInt(h.clock().Unix(), 10)
	return h.sendSigned(path, body, ts, SignatureHeader(h.secret, ts, body), extra...)
}

func (h *harness) sendSigned(path string, body []byte, ts, sig string, extra ...string) *httptest.ResponseRecorder {
	h.t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	if path == "/slack/events" {
		req.Header.Set("Content-Type", "application/json")
	} else {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if ts != "" {
		req.Header.Set("X-Slack-Request-Timestamp", ts)
	}
	if sig != "" {
		req.Header.Set("X-Slack-Signature", sig)
	}
	for i := 0; i+1 < len(extra); i += 2 {
		req.Header.Set(extra[i], extra[i+1])
	}
	rec := httptest.NewRecorder()
	h.mux.ServeHTTP(rec, req)
	return rec
}

// event sends an Events API fixture and waits until its work is done.
func (h *harness) event(name string, extra ...string) {
	h.t.Helper()
	rec := h.send("/slack/events", mustRead(h.t, name), extra...)
	if rec.Code != http.StatusOK {
		h.t.Fatalf("POST /slack/events %s: status %d, want 200 (%s)", name, rec.Code, rec.Body)
	}
	h.a.idle()
}

// command sends the /wegwijzer fixture with the text and waits until its work is done.
func (h *harness) command(text string) {
	h.t.Helper()
	form, err := url.ParseQuery(strings.TrimSpace(string(mustRead(h.t, "slash_command.txt"))))
	if err != nil {
		h.t.Fatal(err)
	}
	form.Set("text", text)
	form.Set("response_url", h.fake.responseURL())
	rec := h.send("/slack/commands", []byte(form.Encode()))
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		h.t.Fatalf("POST /slack/commands: status %d body %q, want 200 and an empty body", rec.Code, rec.Body)
	}
	h.a.idle()
}

// click presses a button of a posted message, with the block_actions payload Slack sends.
func (h *harness) click(fixture string, posted apiCall, b button, trigger string) *httptest.ResponseRecorder {
	h.t.Helper()
	raw := string(mustRead(h.t, fixture))
	repl := strings.NewReplacer("{{MESSAGE_TS}}", posted.TS, "{{TRIGGER}}", trigger, "{{RESPONSE_URL}}", h.fake.responseURL(),
		"{{ACTION_ID}}", b.ActionID, "{{BLOCK_ID}}", b.BlockID, "{{LABEL}}", jsonEscape(b.Text), "{{VALUE}}", jsonEscape(b.Value))
	var payload map[string]any
	if err := json.Unmarshal([]byte(repl.Replace(raw)), &payload); err != nil {
		h.t.Fatal(err)
	}
	if msg, ok := payload["message"].(map[string]any); ok {
		msg["blocks"] = blocksOf(h.t, posted)
	}
	js, _ := json.Marshal(payload)
	rec := h.send("/slack/interactive", []byte(url.Values{"payload": {string(js)}}.Encode()))
	if rec.Code != http.StatusOK {
		h.t.Fatalf("POST /slack/interactive: status %d", rec.Code)
	}
	h.a.idle()
	return rec
}

func jsonEscape(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// blocksOf returns the blocks of a posted message as JSON values.
func blocksOf(tb testing.TB, c apiCall) []any {
	tb.Helper()
	var blocks []any
	if c.JSON != nil {
		blocks, _ = c.JSON["blocks"].([]any)
		return blocks
	}
	if err := json.Unmarshal([]byte(c.Form.Get("blocks")), &blocks); err != nil {
		tb.Fatalf("%s: blocks: %v", c.Method, err)
	}
	return blocks
}

// button is a button found in posted blocks.
type button struct {
	BlockID, ActionID, Value, Text, URL string
}

func buttonsOf(tb testing.TB, c apiCall) []button {
	tb.Helper()
	var out []button
	for _, b := range blocksOf(tb, c) {
		bm := b.(map[string]any)
		var els []any
		if e, ok := bm["elements"].([]any); ok && bm["type"] == "actions" {
			els = e
		}
		if acc, ok := bm["accessory"]; ok {
			els = append(els, acc)
		}
		for _, e := range els {
			em := e.(map[string]any)
			if em["type"] != "button" {
				continue
			}
			text, _ := em["text"].(map[string]any)["text"].(string)
			bid, _ := bm["block_id"].(string)
			aid, _ := em["action_id"].(string)
			val, _ := em["value"].(string)
			u, _ := em["url"].(string)
			out = append(out, button{BlockID: bid, ActionID: aid, Value: val, Text: text, URL: u})
		}
	}
	return out
}

// textOf returns every text of a posted message: the notification text and the text of each block and element.
func textOf(tb testing.TB, c apiCall) string {
	tb.Helper()
	var b strings.Builder
	if c.JSON != nil {
		s, _ := c.JSON["text"].(string)
		b.WriteString(s + "\n")
	} else {
		b.WriteString(c.Form.Get("text") + "\n")
	}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, y := range x {
				if s, ok := y.(string); ok && k == "text" {
					b.WriteString(s + "\n")
				}
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(blocksOf(tb, c))
	return b.String()
}

// testLogger logs to the test's output while the test runs, and nowhere after it.
func testLogger(t *testing.T) *slog.Logger {
	w := &testWriter{t: t}
	t.Cleanup(func() { w.mu.Lock(); w.done = true; w.mu.Unlock() })
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct {
	mu   sync.Mutex
	t    *testing.T
	done bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(strings.TrimSpace(string(p)))
	}
	return len(p), nil
}

// turnerFunc is a Turner from a function, for tests that need a dialogue under their control.
type turnerFunc func(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error)

func (f turnerFunc) Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	return f(ctx, m)
}

var _ io.Writer = (*testWriter)(nil)

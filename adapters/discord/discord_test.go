package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

// harness is the adapter over the real engine and built-in catalogue, behind a real HTTP server, with a key pair
// that signs requests the way Discord does.
type harness struct {
	srv   *httptest.Server
	priv  ed25519.PrivateKey
	turns *countingTurner
}

// countingTurner counts the turns the engine really ran (not the redeliveries).
type countingTurner struct {
	next Turner
	mu   sync.Mutex
	seen []wegwijzer.Message
	last *wegwijzer.Reply // the reply of the last turn
	ran  int
}

func (c *countingTurner) Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	r, err := c.next.Handle(ctx, m)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen = append(c.seen, m)
	c.last = r
	if err == nil {
		c.ran++
	}
	return r, err
}

func newHarness(tb testing.TB) *harness {
	tb.Helper()
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		tb.Fatalf("load content: %v", err)
	}
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		tb.Fatalf("index: %v", err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	st, err := boltstore.Open(tb.TempDir())
	if err != nil {
		tb.Fatalf("store: %v", err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	turns := &countingTurner{next: bot.New(cat, ix, st, nil, bot.Options{})}
	a, err := New(turns, cat, Options{PublicKey: pub})
	if err != nil {
		tb.Fatal(err)
	}
	mux := http.NewServeMux()
	for pattern, h := range a.Routes() {
		mux.Handle(pattern, h)
	}
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return &harness{srv: srv, priv: priv, turns: turns}
}

// fixture reads testdata/<name>.json and applies edits to the decoded object before encoding it again.
func fixture(tb testing.TB, name string, edits ...func(map[string]any)) []byte {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(raw, &v); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	for _, e := range edits {
		e(v)
	}
	out, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func withQuestion(q string) func(map[string]any) {
	return func(v map[string]any) {
		v["data"].(map[string]any)["options"].([]any)[0].(map[string]any)["value"] = q
	}
}

func withID(id string) func(map[string]any) { return func(v map[string]any) { v["id"] = id } }

func withCustomID(c string) func(map[string]any) {
	return func(v map[string]any) { v["data"].(map[string]any)["custom_id"] = c }
}

func withType(t int) func(map[string]any) { return func(v map[string]any) { v["type"] = t } }

// post sends body signed with the harness key (sign false: unsigned) and returns the status and response body.
func (h *harness) post(tb testing.TB, body []byte, header http.Header) (int, []byte) {
	tb.Helper()
	req, err := http.NewRequest(http.MethodPost, h.srv.URL+"/discord/interactions", bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, vs := range header {
		req.Header[k] = vs
	}
	res, err := h.srv.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return res.StatusCode, out
}

func (h *harness) signed(body []byte) http.Header {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	sig := ed25519.Sign(h.priv, append([]byte(ts), body...))
	return http.Header{"X-Signature-Ed25519": {hex.EncodeToString(sig)}, "X-Signature-Timestamp": {ts}}
}

// response is the part of an interaction response the tests look at, decoded from the wire.
type response struct {
	Type int `json:"type"`
	Data struct {
		Content string `json:"content"`
		Embeds  []struct {
			Title string `json:"title"`
			URL   string `json:"url"`
		} `json:"embeds"`
		Flags           int `json:"flags"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
		Components []struct {
			Type       int `json:"type"`
			Components []struct {
				Type     int    `json:"type"`
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
	} `json:"data"`
}

func (r response) customIDs() []string {
	var ids []string
	for _, row := range r.Data.Components {
		for _, c := range row.Components {
			ids = append(ids, c.CustomID)
		}
	}
	return ids
}

// interact posts a signed interaction and decodes a 200 response.
func (h *harness) interact(tb testing.TB, body []byte) response {
	tb.Helper()
	status, out := h.post(tb, body, h.signed(body))
	if status != http.StatusOK {
		tb.Fatalf("status %d, want 200: %s", status, out)
	}
	var r response
	if err := json.Unmarshal(out, &r); err != nil {
		tb.Fatalf("response %s: %v", out, err)
	}
	return r
}

// checkMessage checks what every answer must be: within Discord's limits and unable to ping anyone.
func checkMessage(tb testing.TB, r response) {
	tb.Helper()
	if n := utf8.RuneCountInString(r.Data.Content); n == 0 || n > 2000 {
		tb.Errorf("content has %d characters, want 1..2000", n)
	}
	if r.Data.AllowedMentions == nil || r.Data.AllowedMentions.Parse == nil || len(r.Data.AllowedMentions.Parse) != 0 {
		tb.Errorf("allowed_mentions = %+v, want {\"parse\": []}", r.Data.AllowedMentions)
	}
	if len(r.Data.Components) > 5 {
		tb.Errorf("%d action rows, want at most 5", len(r.Data.Components))
	}
	for _, row := range r.Data.Components {
		if row.Type != 1 || len(row.Components) == 0 || len(row.Components) > 5 {
			tb.Errorf("action row %+v: want type 1 with 1..5 buttons", row)
		}
		for _, b := range row.Components {
			if b.Type != 2 || b.Label == "" || utf8.RuneCountInString(b.Label) > 80 || b.CustomID == "" || len(b.CustomID) > 100 {
				tb.Errorf("button %+v out of Discord's limits", b)
			}
		}
	}
}

func TestPing(t *testing.T) {
	h := newHarness(t)
	body := fixture(t, "ping")
	status, out := h.post(t, body, h.signed(body))
	if status != http.StatusOK || strings.TrimSpace(string(out)) != `{"type":1}` {
		t.Errorf("got %d %s, want 200 {\"type\":1}", status, out)
	}
}

func TestSignature(t *testing.T) {
	h := newHarness(t)
	body := fixture(t, "command")
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	tests := []struct {
		name   string
		body   []byte
		header http.Header
		want   int
	}{
		{"missing signature is refused", body, nil, http.StatusUnauthorized},
		{"missing timestamp is refused", body, http.Header{"X-Signature-Ed25519": h.signed(body)["X-Signature-Ed25519"]}, http.StatusUnauthorized},
		{"signature that is not hex is refused", body, http.Header{"X-Signature-Ed25519": {"zz"}, "X-Signature-Timestamp": {ts}}, http.StatusUnauthorized},
		{"signature by another key is refused", body, http.Header{
			"X-Signature-Ed25519":   {hex.EncodeToString(ed25519.Sign(otherKey, append([]byte(ts), body...)))},
			"X-Signature-Timestamp": {ts}}, http.StatusUnauthorized},
		{"signature over another body is refused", append([]byte(" "), body...), h.signed(body), http.StatusUnauthorized},
		{"signature with another timestamp is refused", body, http.Header{
			"X-Signature-Ed25519":   h.signed(body)["X-Signature-Ed25519"],
			"X-Signature-Timestamp": {"1"}}, http.StatusUnauthorized},
		{"valid signature is answered", body, h.signed(body), http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(h.turns.seen)
			status, out := h.post(t, tt.body, tt.header)
			if status != tt.want {
				t.Errorf("status %d, want %d: %s", status, tt.want, out)
			}
			if tt.want != http.StatusOK && len(h.turns.seen) != before {
				t.Errorf("a refused request ran a turn")
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	h := newHarness(t)
	body := bytes.Repeat([]byte(" "), MaxBody+1)
	status, _ := h.post(t, body, h.signed(body))
	if status != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", status)
	}
}

func TestUnsupportedTypes(t *testing.T) {
	h := newHarness(t)
	for name, body := range map[string][]byte{
		"autocomplete (4)":   fixture(t, "autocomplete"),
		"unknown type (99)":  fixture(t, "ping", withType(99)),
		"modal submit (5)":   fixture(t, "ping", withType(5)),
		"other command name": fixture(t, "command", func(v map[string]any) { v["data"].(map[string]any)["name"] = "anders" }),
		"not json":           []byte("{"),
	} {
		t.Run(name, func(t *testing.T) {
			status, out := h.post(t, body, h.signed(body))
			if status != http.StatusBadRequest || !strings.Contains(string(out), "discord:") {
				t.Errorf("got %d %q, want 400 with an error", status, out)
			}
		})
	}
}

func TestCommandAnswersWithOffers(t *testing.T) {
	h := newHarness(t)
	r := h.interact(t, fixture(t, "command"))
	checkMessage(t, r)
	if r.Type != 4 {
		t.Errorf("type %d, want 4 (CHANNEL_MESSAGE_WITH_SOURCE)", r.Type)
	}
	if !strings.Contains(r.Data.Content, "👉") {
		t.Errorf("content lacks the next step:\n%s", r.Data.Content)
	}
	if !slices.ContainsFunc(r.Data.Embeds, func(e struct {
		Title string `json:"title"`
		URL   string `json:"url"`
	}) bool {
		return strings.HasPrefix(e.Title, "WBSO") && e.URL == "https://www.rvo.nl/subsidies-financiering/wbso"
	}) {
		t.Errorf("embeds %+v, want a WBSO card with its link", r.Data.Embeds)
	}
	if r.Data.Flags&64 == 0 {
		t.Errorf("flags %d: want the answer ephemeral (64)", r.Data.Flags)
	}
	// The reply's options are its buttons (which ones the dialogue offers after an answer is bot's business).
	ids := r.customIDs()
	if len(h.turns.last.Options) == 0 {
		t.Errorf("the answer has no options to press")
	}
	for _, o := range h.turns.last.Options {
		if !slices.Contains(ids, o.Value) {
			t.Errorf("buttons %v, want %s (%q) among them", ids, o.Value, o.Label)
		}
	}
	m := h.turns.seen[0]
	if m.Conversation != "discord:1000000000000000001:1000000000000000002:1000000000000000003" ||
		m.User != "discord:1000000000000000003" || m.EventID != "1230000000000000002" || m.Platform != "discord" {
		t.Errorf("message %+v: wrong conversation, user, event id or platform", m)
	}
}

func TestDirectMessageHasNoGuild(t *testing.T) {
	h := newHarness(t)
	checkMessage(t, h.interact(t, fixture(t, "command_dm")))
	if got, want := h.turns.seen[0].Conversation, "discord::1000000000000000009:1000000000000000003"; got != want {
		t.Errorf("conversation %q, want %q", got, want)
	}
}

func TestBroadQuestionGivesButtonsThatContinue(t *testing.T) {
	h := newHarness(t)
	r := h.interact(t, fixture(t, "command", withQuestion("Ik wil mijn bedrijf verduurzamen"), withID("2000")))
	checkMessage(t, r)
	ids := r.customIDs()
	if len(ids) == 0 {
		t.Fatalf("no buttons for a broad question:\n%s", r.Data.Content)
	}
	// Press the buttons until the dialogue gives an answer with offers.
	for step := range 4 {
		press := ids[0]
		r = h.interact(t, fixture(t, "component", withCustomID(press), withID("30"+strconv.Itoa(step))))
		checkMessage(t, r)
		if r.Type != 7 {
			t.Errorf("type %d, want 7 (UPDATE_MESSAGE)", r.Type)
		}
		if got := h.turns.seen[len(h.turns.seen)-1].Option; got != press {
			t.Errorf("turn option %q, want the pressed %q", got, press)
		}
		if len(r.Data.Embeds) > 0 {
			return
		}
		if ids = r.customIDs(); len(ids) == 0 {
			t.Fatalf("step %d: neither offers nor buttons:\n%s", step, r.Data.Content)
		}
	}
	t.Errorf("no offers after pressing four buttons; last message:\n%s", r.Data.Content)
}

func TestReplayedInteractionIsRefused(t *testing.T) {
	h := newHarness(t)
	body := fixture(t, "command", withID("4000"))
	h.interact(t, body)
	// Discord sends an interaction once; the same id again is a captured request played back.
	if status, out := h.post(t, body, h.signed(body)); status != http.StatusConflict {
		t.Errorf("replay: %d %s, want 409", status, out)
	}
	if h.turns.ran != 1 {
		t.Errorf("%d turns ran, want 1", h.turns.ran)
	}
}

func TestOldRequestIsRefused(t *testing.T) {
	h := newHarness(t)
	signedAt := func(body []byte, at time.Time) http.Header {
		ts := strconv.FormatInt(at.Unix(), 10)
		sig := ed25519.Sign(h.priv, append([]byte(ts), body...))
		return http.Header{"X-Signature-Ed25519": {hex.EncodeToString(sig)}, "X-Signature-Timestamp": {ts}}
	}
	tests := []struct {
		name string
		at   time.Time
		want int
	}{
		{"six minutes old", time.Now().Add(-6 * time.Minute), http.StatusUnauthorized},
		{"a day old", time.Now().Add(-24 * time.Hour), http.StatusUnauthorized},
		{"six minutes ahead", time.Now().Add(6 * time.Minute), http.StatusUnauthorized},
		{"four minutes old", time.Now().Add(-4 * time.Minute), http.StatusOK},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := fixture(t, "command", withID("50"+strconv.Itoa(i)))
			before := h.turns.ran
			if status, out := h.post(t, body, signedAt(body, tt.at)); status != tt.want {
				t.Errorf("status %d %s, want %d", status, out, tt.want)
			}
			if tt.want != http.StatusOK && h.turns.ran != before {
				t.Error("a refused request ran a turn")
			}
		})
	}
}

func TestLongQuestion(t *testing.T) {
	h := newHarness(t)
	r := h.interact(t, fixture(t, "command", withQuestion(strings.Repeat("subsidie ", 40_000/9+1)[:40_000])))
	checkMessage(t, r)
	if r.Type != 4 {
		t.Errorf("type %d, want 4", r.Type)
	}
}

func TestMentionsDoNotPing(t *testing.T) {
	h := newHarness(t)
	body := fixture(t, "command", withQuestion("@everyone @here <@123> <@&456> subsidie voor zonnepanelen"))
	status, out := h.post(t, body, h.signed(body))
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, out)
	}
	if !bytes.Contains(out, []byte(`"allowed_mentions":{"parse":[]`)) {
		t.Errorf("response does not switch mentions off: %s", out)
	}
}

func TestCommunity(t *testing.T) {
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var bound *content.Community
	for i := range cat.Communities {
		if cat.Communities[i].Platform == Platform && cat.Communities[i].Workspace != "" {
			bound = &cat.Communities[i]
			break
		}
	}
	if bound == nil {
		t.Fatal("the built-in catalogue has no Discord community")
	}
	a, err := New(&countingTurner{}, cat, Options{PublicKey: make(ed25519.PublicKey, ed25519.PublicKeySize)})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := a.community(bound.Workspace, ""); got != bound.ID {
		t.Errorf("server %s: community %q, want %q", bound.Workspace, got, bound.ID)
	}
	want := ""
	if cat.Community(DefaultCommunity) != nil {
		want = DefaultCommunity
	}
	if got, _ := a.community("999", "1"); got != want {
		t.Errorf("unknown server: community %q, want %q", got, want)
	}
}

func TestParsePublicKey(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	if got, err := ParsePublicKey(hex.EncodeToString(pub)); err != nil || !bytes.Equal(got, pub) {
		t.Errorf("valid key: %x, %v", got, err)
	}
	for _, bad := range []string{"xyz", "abcd", hex.EncodeToString(pub) + "00"} {
		if _, err := ParsePublicKey(bad); err == nil {
			t.Errorf("ParsePublicKey(%q) accepted an invalid key", bad)
		}
	}
}

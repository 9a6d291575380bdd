package slack

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
)

// fakeSlack is a local stand-in for Slack that speaks its wire format: the Web API methods the adapter calls
// (form-encoded requests, {"ok": ...} answers, 429 with Retry-After), response_url hooks (JSON), and a Socket Mode
// websocket that sends hello and envelopes and records the acknowledgements. It checks posted messages against
// Block Kit's limits and answers invalid_blocks, as Slack does.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu      sync.Mutex
	calls   []apiCall
	limited map[string][]int    // method -> Retry-After seconds of the 429s still to answer
	errs    map[string][]string // method -> Slack errors still to answer (ok:false)
	nextTS  int
	opens   int // apps.connections.open calls

	wmu    sync.Mutex // one writer on the websocket
	conn   *websocket.Conn
	connCh chan *websocket.Conn
	acks   []string
	ackCh  chan string
}

// apiCall is one request the fake received.
type apiCall struct {
	Method string
	Form   url.Values     // Web API (form-encoded)
	JSON   map[string]any // response_url (JSON)
	Status int            // HTTP status answered
	Error  string         // Slack error answered ("" = ok)
	TS     string         // ts of a posted message
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, limited: map[string][]int{}, errs: map[string][]string{}, nextTS: 1715000001,
		connCh: make(chan *websocket.Conn, 8), ackCh: make(chan string, 64)}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", f.api)
	mux.HandleFunc("/hooks/", f.hook)
	mux.HandleFunc("/link/", f.socket)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		f.wmu.Lock()
		if f.conn != nil {
			f.conn.Close()
		}
		f.wmu.Unlock()
		f.srv.Close()
	})
	return f
}

func (f *fakeSlack) apiURL() string      { return f.srv.URL + "/api/" }
func (f *fakeSlack) responseURL() string { return f.srv.URL + "/hooks/commands/T0ZWOLLE1/1234/abcd" }

// rateLimit makes the next calls of method answer 429 with these Retry-After seconds.
func (f *fakeSlack) rateLimit(method string, retryAfter ...int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limited[method] = append(f.limited[method], retryAfter...)
}

// failWith makes the next calls of method answer {"ok": false, "error": e}.
func (f *fakeSlack) failWith(method string, errs ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errs[method] = append(f.errs[method], errs...)
}

// delivered returns the calls of method that Slack accepted.
func (f *fakeSlack) delivered(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method && c.Status == http.StatusOK && c.Error == "" {
			out = append(out, c)
		}
	}
	return out
}

// attempts returns every call of method, accepted or not.
func (f *fakeSlack) attempts(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeSlack) record(c apiCall) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, c)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeSlack) api(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if err := r.ParseForm(); err != nil {
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": "invalid_form_data"})
		return
	}
	token := r.Form.Get("token")
	if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		token = bearer
	}
	call := apiCall{Method: method, Form: r.Form, Status: http.StatusOK}
	wantPrefix := "xoxb-"
	if method == "apps.connections.open" {
		wantPrefix = "xapp-"
	}
	if !strings.HasPrefix(token, wantPrefix) {
		call.Error = "not_authed"
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": "not_authed"})
		return
	}
	f.mu.Lock()
	if q := f.limited[method]; len(q) > 0 {
		f.limited[method] = q[1:]
		f.mu.Unlock()
		call.Status, call.Error = http.StatusTooManyRequests, "ratelimited"
		f.record(call)
		w.Header().Set("Retry-After", strconv.Itoa(q[0]))
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"ok": false, "error": "ratelimited"})
		return
	}
	if q := f.errs[method]; len(q) > 0 {
		f.errs[method] = q[1:]
		f.mu.Unlock()
		call.Error = q[0]
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": q[0]})
		return
	}
	f.nextTS++
	ts := fmt.Sprintf("%d.000100", f.nextTS)
	f.mu.Unlock()

	switch method {
	case "chat.postMessage", "chat.update", "chat.postEphemeral":
		if err := checkMessage(r.Form.Get("text"), r.Form.Get("blocks")); err != nil {
			call.Error = "invalid_blocks"
			f.record(call)
			f.t.Errorf("fake Slack: %s refused: %v", method, err)
			writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": "invalid_blocks", "errors": []string{err.Error()}})
			return
		}
	}
	ch := r.Form.Get("channel")
	switch method {
	case "auth.test":
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "url": "https://ondernemersvragen-zwolle.slack.com/",
			"team": "Ondernemersvragen Zwolle", "user": "wegwijzer", "team_id": "T0ZWOLLE1", "user_id": "U0BOTUSER", "bot_id": "B0BOTID01"})
	case "chat.postMessage":
		call.TS = ts
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "channel": ch, "ts": ts, "message": map[string]any{
			"type": "message", "subtype": "bot_message", "text": r.Form.Get("text"), "ts": ts,
			"thread_ts": r.Form.Get("thread_ts"), "bot_id": "B0BOTID01", "user": "U0BOTUSER"}})
	case "chat.update":
		call.TS = r.Form.Get("ts")
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "channel": ch, "ts": r.Form.Get("ts"), "text": r.Form.Get("text")})
	case "chat.postEphemeral":
		call.TS = ts
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "message_ts": ts})
	case "apps.connections.open":
		f.mu.Lock()
		f.opens++
		n := f.opens
		f.mu.Unlock()
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": true,
			"url": fmt.Sprintf("ws://%s/link/?ticket=fake-%d&app_id=A0WEGWIJZR", r.Host, n)})
	default:
		call.Error = "unknown_method"
		f.record(call)
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

// hook is a response_url: JSON in, {"ok": true} out.
func (f *fakeSlack) hook(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"ok": false, "error": "invalid_json"})
		return
	}
	call := apiCall{Method: "response_url", JSON: body, Status: http.StatusOK}
	blocks, _ := json.Marshal(body["blocks"])
	text, _ := body["text"].(string)
	if body["blocks"] != nil {
		if err := checkMessage(text, string(blocks)); err != nil {
			f.t.Errorf("fake Slack: response_url refused: %v", err)
			call.Error = "invalid_blocks"
		}
	}
	f.record(call)
	writeJSON(w, http.StatusOK, map[string]any{"ok": call.Error == ""})
}

// checkMessage applies Block Kit's limits to a message, as Slack does before it accepts one.
func checkMessage(text, blocksJSON string) error {
	if utf8.RuneCountInString(text) > 40000 {
		return fmt.Errorf("text longer than 40,000 characters")
	}
	if blocksJSON == "" {
		if text == "" {
			return fmt.Errorf("no text and no blocks")
		}
		return nil
	}
	var blocks []struct {
		Type      string          `json:"type"`
		BlockID   string          `json:"block_id"`
		Text      *textObject     `json:"text"`
		Elements  []elementObject `json:"elements"`
		Accessory *elementObject  `json:"accessory"`
	}
	if err := json.Unmarshal([]byte(blocksJSON), &blocks); err != nil {
		return fmt.Errorf("blocks are not JSON: %v", err)
	}
	if len(blocks) > 50 {
		return fmt.Errorf("%d blocks, at most 50", len(blocks))
	}
	actionIDs := map[string]bool{}
	checkElement := func(e *elementObject) error {
		if e.Type != "button" {
			if e.Type == "mrkdwn" || e.Type == "plain_text" {
				if n := utf8.RuneCountInString(e.Text.S()); n == 0 || n > 3000 {
					return fmt.Errorf("context text of %d characters", n)
				}
			}
			return nil
		}
		if n := utf8.RuneCountInString(e.TextObj.S()); n == 0 || n > 75 {
			return fmt.Errorf("button text of %d characters", n)
		}
		if len(e.Value) > 2000 || len(e.URL) > 3000 || len(e.ActionID) > 255 {
			return fmt.Errorf("button value, url or action_id too long")
		}
		if actionIDs[e.ActionID] {
			return fmt.Errorf("duplicate action_id %q", e.ActionID)
		}
		actionIDs[e.ActionID] = true
		return nil
	}
	for i, b := range blocks {
		if len(b.BlockID) > 255 {
			return fmt.Errorf("block %d: block_id too long", i)
		}
		switch b.Type {
		case "section":
			if b.Text == nil {
				return fmt.Errorf("block %d: section without text", i)
			}
			if n := utf8.RuneCountInString(b.Text.Text); n == 0 || n > 3000 {
				return fmt.Errorf("block %d: section text of %d characters", i, n)
			}
			if b.Accessory != nil {
				if err := checkElement(b.Accessory); err != nil {
					return fmt.Errorf("block %d: %v", i, err)
				}
			}
		case "actions":
			if len(b.Elements) == 0 || len(b.Elements) > 25 {
				return fmt.Errorf("block %d: %d elements in an actions block", i, len(b.Elements))
			}
			for j := range b.Elements {
				if err := checkElement(&b.Elements[j]); err != nil {
					return fmt.Errorf("block %d: %v", i, err)
				}
			}
		case "context":
			if len(b.Elements) == 0 || len(b.Elements) > 10 {
				return fmt.Errorf("block %d: %d elements in a context block", i, len(b.Elements))
			}
			for j := range b.Elements {
				if err := checkElement(&b.Elements[j]); err != nil {
					return fmt.Errorf("block %d: %v", i, err)
				}
			}
		case "divider", "header":
		default:
			return fmt.Errorf("block %d: unexpected type %q", i, b.Type)
		}
	}
	return nil
}

type textObject struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

func (t *textObject) S() string {
	if t == nil {
		return ""
	}
	return t.Text
}

// elementObject is a block element: a button, or a text object inside a context block.
type elementObject struct {
	Type     string      `json:"type"`
	ActionID string      `json:"action_id"`
	Value    string      `json:"value"`
	URL      string      `json:"url"`
	TextObj  *textObject `json:"-"`
	Text     *textObject `json:"-"`
}

func (e *elementObject) UnmarshalJSON(b []byte) error {
	var raw struct {
		Type     string          `json:"type"`
		ActionID string          `json:"action_id"`
		Value    string          `json:"value"`
		URL      string          `json:"url"`
		Text     json.RawMessage `json:"text"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	e.Type, e.ActionID, e.Value, e.URL = raw.Type, raw.ActionID, raw.Value, raw.URL
	switch raw.Type {
	case "button":
		e.TextObj = &textObject{}
		return json.Unmarshal(raw.Text, e.TextObj)
	case "mrkdwn", "plain_text":
		var s string
		if err := json.Unmarshal(raw.Text, &s); err != nil {
			return err
		}
		e.Text = &textObject{Type: raw.Type, Text: s}
	}
	return nil
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// socket is the Socket Mode websocket: hello first, pings as Slack sends them, acks recorded.
func (f *fakeSlack) socket(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	f.wmu.Lock()
	if f.conn != nil {
		f.conn.Close()
	}
	f.conn = conn
	err = conn.WriteMessage(websocket.TextMessage, mustRead(f.t, "socket_hello.json"))
	f.wmu.Unlock()
	if err != nil {
		return
	}
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if conn.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second)) != nil {
					return
				}
			}
		}
	}()
	f.connCh <- conn
	defer close(done)
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if json.Unmarshal(data, &ack) == nil && ack.EnvelopeID != "" {
			f.mu.Lock()
			f.acks = append(f.acks, ack.EnvelopeID)
			f.mu.Unlock()
			f.ackCh <- ack.EnvelopeID
		}
	}
}

// waitConnection waits for the adapter to open the next Socket Mode connection.
func (f *fakeSlack) waitConnection(t testing.TB) *websocket.Conn {
	t.Helper()
	select {
	case c := <-f.connCh:
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("the adapter did not open a Socket Mode connection")
		return nil
	}
}

// send writes an envelope on the current Socket Mode connection.
func (f *fakeSlack) send(t testing.TB, data []byte) {
	t.Helper()
	f.wmu.Lock()
	defer f.wmu.Unlock()
	if f.conn == nil {
		t.Fatal("no Socket Mode connection")
	}
	if err := f.conn.WriteMessage(websocket.TextMessage, data); err != nil {
		t.Fatalf("send on the Socket Mode connection: %v", err)
	}
}

// waitAck waits for the acknowledgement of an envelope.
func (f *fakeSlack) waitAck(t testing.TB, id string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		f.mu.Lock()
		for _, a := range f.acks {
			if a == id {
				f.mu.Unlock()
				return
			}
		}
		f.mu.Unlock()
		select {
		case <-f.ackCh:
		case <-deadline:
			t.Fatalf("envelope %s was not acknowledged", id)
		}
	}
}

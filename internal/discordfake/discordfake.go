// Package discordfake is a stand-in for Discord in tests: its REST API (gateway/bot, messages, threads, channels,
// interaction callbacks) over HTTP and its gateway over a real websocket, speaking Discord's wire format (Hello,
// Identify, Heartbeat/ACK, READY, dispatches with sequence numbers, Resume with replay, RESUMED, INVALID_SESSION).
// Like Discord, it ends a session whose client closes the websocket with code 1000 or 1001, so a later Resume
// is refused.
package discordfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Server is a fake Discord. Create it with New; it is safe for concurrent use.
type Server struct {
	HTTP  *httptest.Server
	Token string // the bot token it accepts ("Bot " + Token)
	BotID string

	mu        sync.Mutex
	conn      *websocket.Conn
	connClose chan struct{}
	session   string // the current session id ("" = none)
	valid     bool   // the session can be resumed
	seq       int64
	events    []frame // dispatched in the current session, for replay on resume
	identify  []json.RawMessage
	resumes   int
	refused   int // resumes answered with INVALID_SESSION
	heartbeat int
	paths     []string
	posts     []Post
	threads   map[string]Thread // by thread id (= message id)
	callbacks []Callback
	nextID    int64
}

// Post is a message the bot sent.
type Post struct {
	Channel string
	Body    map[string]any
}

// Thread is a thread the bot started.
type Thread struct {
	ID, Parent, Name string
}

// Callback is an interaction response the bot sent.
type Callback struct {
	Interaction string
	Body        map[string]any
}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

// HeartbeatInterval is the interval the fake asks for in Hello, short so that tests see heartbeats.
const HeartbeatInterval = 500 * time.Millisecond

// New starts a fake Discord with the bot token and the bot's user id.
func New(token, botID string) *Server {
	s := &Server{Token: token, BotID: botID, threads: map[string]Thread{}, nextID: 900000000000000000}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway", s.gateway)
	mux.HandleFunc("GET /gateway/", s.gateway)
	mux.HandleFunc("GET /api/v10/gateway/bot", s.auth(s.gatewayBot))
	mux.HandleFunc("POST /api/v10/channels/{channel}/messages", s.auth(s.createMessage))
	mux.HandleFunc("POST /api/v10/channels/{channel}/messages/{message}/threads", s.auth(s.startThread))
	mux.HandleFunc("GET /api/v10/channels/{channel}", s.auth(s.getChannel))
	mux.HandleFunc("POST /api/v10/interactions/{id}/{token}/callback", s.callback)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.record(r.Method + " " + r.URL.Path)
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	})
	s.HTTP = httptest.NewServer(mux)
	return s
}

// APIURL is the REST base to configure (DISCORD_API_URL).
func (s *Server) APIURL() string { return s.HTTP.URL + "/api/v10/" }

// Close stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	if s.conn != nil {
		s.conn.Close()
	}
	s.mu.Unlock()
	s.HTTP.Close()
}

func (s *Server) record(p string) {
	s.mu.Lock()
	s.paths = append(s.paths, p)
	s.mu.Unlock()
}

func (s *Server) auth(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.record(r.Method + " " + r.URL.Path)
		if r.Header.Get("Authorization") != "Bot "+s.Token {
			writeError(w, http.StatusUnauthorized, 0, "401: Unauthorized")
			return
		}
		h(w, r)
	}
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) id() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

func (s *Server) gatewayBot(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]any{"url": "ws" + strings.TrimPrefix(s.HTTP.URL, "http") + "/gateway", "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
}

func (s *Server) createMessage(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	ch := r.PathValue("channel")
	s.mu.Lock()
	s.posts = append(s.posts, Post{Channel: ch, Body: body})
	s.mu.Unlock()
	writeJSON(w, map[string]any{"id": s.id(), "channel_id": ch, "type": 0, "content": body["content"],
		"author": map[string]any{"id": s.BotID, "username": "wegwijzer", "bot": true}, "timestamp": time.Now().UTC().Format(time.RFC3339)})
}

func (s *Server) startThread(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Name string `json:"name"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Name == "" || len([]rune(body.Name)) > 100 {
		writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
		return
	}
	msg, ch := r.PathValue("message"), r.PathValue("channel")
	s.mu.Lock()
	_, exists := s.threads[msg]
	if !exists {
		s.threads[msg] = Thread{ID: msg, Parent: ch, Name: body.Name}
	}
	s.mu.Unlock()
	if exists {
		writeError(w, http.StatusBadRequest, 160004, "A thread has already been created for this message")
		return
	}
	writeJSON(w, s.threadJSON(Thread{ID: msg, Parent: ch, Name: body.Name}))
}

func (s *Server) threadJSON(t Thread) map[string]any {
	return map[string]any{"id": t.ID, "type": 11, "parent_id": t.Parent, "name": t.Name, "owner_id": s.BotID,
		"thread_metadata": map[string]any{"archived": false, "auto_archive_duration": 1440}}
}

func (s *Server) getChannel(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	t, ok := s.threads[r.PathValue("channel")]
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusNotFound, 10003, "Unknown Channel")
		return
	}
	writeJSON(w, s.threadJSON(t))
}

func (s *Server) callback(w http.ResponseWriter, r *http.Request) {
	s.record(r.Method + " " + r.URL.Path)
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	s.mu.Lock()
	s.callbacks = append(s.callbacks, Callback{Interaction: r.PathValue("id"), Body: body})
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// Posts returns the messages the bot sent so far.
func (s *Server) Posts() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Post(nil), s.posts...)
}

// Threads returns the threads the bot started.
func (s *Server) Threads() []Thread {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Thread
	for _, t := range s.threads {
		out = append(out, t)
	}
	return out
}

// Callbacks returns the interaction responses the bot sent.
func (s *Server) Callbacks() []Callback {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Callback(nil), s.callbacks...)
}

// Paths returns the REST calls seen ("GET /api/v10/gateway/bot", ...).
func (s *Server) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.paths...)
}

// Identifies returns the Identify payloads received.
func (s *Server) Identifies() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.identify...)
}

// Stats returns the resumes asked for, those refused, and the heartbeats received.
func (s *Server) Stats() (resumes, refused, heartbeats int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes, s.refused, s.heartbeat
}

// Connected reports whether a client is connected and identified or resumed.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conn != nil && s.session != ""
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// gateway runs one websocket connection: Hello, then Identify or Resume, then heartbeats until it ends.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	s.record("GET /gateway?" + r.URL.RawQuery)
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	done := make(chan struct{})
	s.mu.Lock()
	if s.conn != nil {
		s.conn.Close()
	}
	s.conn, s.connClose = c, done
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if s.conn == c {
			s.conn = nil
		}
		s.mu.Unlock()
		close(done)
		c.Close()
	}()
	c.SetCloseHandler(func(code int, text string) error {
		if code == websocket.CloseNormalClosure || code == websocket.CloseGoingAway {
			s.mu.Lock()
			s.valid = false // Discord: closing with 1000 or 1001 ends the session
			s.mu.Unlock()
		}
		return nil
	})
	s.send(c, frame{Op: 10, D: mustJSON(map[string]any{"heartbeat_interval": HeartbeatInterval.Milliseconds()})})
	for {
		var f struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := c.ReadJSON(&f); err != nil {
			return
		}
		switch f.Op {
		case 1:
			s.mu.Lock()
			s.heartbeat++
			s.mu.Unlock()
			s.send(c, frame{Op: 11})
		case 2:
			s.onIdentify(c, f.D)
		case 6:
			s.onResume(c, f.D)
		}
	}
}

func (s *Server) onIdentify(c *websocket.Conn, d json.RawMessage) {
	var id struct {
		Token string `json:"token"`
		Shard []int  `json:"shard"`
	}
	_ = json.Unmarshal(d, &id)
	if id.Token != "Bot "+s.Token && id.Token != s.Token {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
		c.Close()
		return
	}
	s.mu.Lock()
	s.identify = append(s.identify, d)
	s.session = fmt.Sprintf("session-%d", len(s.identify))
	s.valid, s.seq, s.events = true, 0, nil
	s.mu.Unlock()
	shard := id.Shard
	if len(shard) != 2 {
		shard = []int{0, 1}
	}
	s.dispatch(c, "READY", map[string]any{"v": 10, "session_id": s.sessionID(), "resume_gateway_url": "ws" + strings.TrimPrefix(s.HTTP.URL, "http") + "/gateway",
		"user":   map[string]any{"id": s.BotID, "username": "wegwijzer", "discriminator": "0", "bot": true},
		"guilds": []any{}, "private_channels": []any{}, "shard": shard, "application": map[string]any{"id": s.BotID}})
}

func (s *Server) sessionID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.session
}

func (s *Server) onResume(c *websocket.Conn, d json.RawMessage) {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(d, &r)
	s.mu.Lock()
	s.resumes++
	ok := s.valid && r.SessionID == s.session && r.SessionID != ""
	var replay []frame
	if ok {
		for _, e := range s.events {
			if *e.S > r.Seq {
				replay = append(replay, e)
			}
		}
	} else {
		s.refused++
		s.session = ""
	}
	s.mu.Unlock()
	if !ok {
		s.send(c, frame{Op: 9, D: json.RawMessage("false")})
		return
	}
	for _, e := range replay {
		s.send(c, e)
	}
	s.dispatch(c, "RESUMED", map[string]any{})
}

func (s *Server) send(c *websocket.Conn, f frame) {
	if f.D == nil {
		f.D = json.RawMessage("null")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	_ = c.WriteJSON(f)
}

// dispatch sends an event with the next sequence number on c and keeps it for replay.
func (s *Server) dispatch(c *websocket.Conn, t string, d any) {
	s.mu.Lock()
	s.seq++
	seq := s.seq
	f := frame{Op: 0, T: t, S: &seq, D: mustJSON(d)}
	if t != "READY" && t != "RESUMED" {
		s.events = append(s.events, f)
	}
	s.mu.Unlock()
	if c != nil {
		s.send(c, f)
	}
}

// Dispatch sends an event (MESSAGE_CREATE, INTERACTION_CREATE ...) to the connected client, or only keeps it
// for replay when none is connected (as Discord does while a client is away).
func (s *Server) Dispatch(t string, d any) {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	s.dispatch(c, t, d)
}

// Redeliver sends the last dispatched event again with a new sequence number, as Discord may after a resume.
func (s *Server) Redeliver() {
	s.mu.Lock()
	if len(s.events) == 0 {
		s.mu.Unlock()
		return
	}
	last := s.events[len(s.events)-1]
	c := s.conn
	s.mu.Unlock()
	var d any
	_ = json.Unmarshal(last.D, &d)
	s.dispatch(c, last.T, d)
}

// Drop cuts the connection without a close frame, as a network failure does; the session stays resumable.
func (s *Server) Drop() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.mu.Unlock()
	if c != nil {
		c.UnderlyingConn().Close()
	}
}

// CloseWith closes the connection with a close frame and code (4000: unknown error, 4009: session timed out ...)
// and waits for the client's answer: a client that answers 1000 or 1001 ends its session.
func (s *Server) CloseWith(code int) {
	s.mu.Lock()
	c, done := s.conn, s.connClose
	s.mu.Unlock()
	if c == nil {
		return
	}
	s.mu.Lock()
	_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, "closed by the fake"))
	s.mu.Unlock()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
		c.Close()
	}
}

// Reconnect sends op 7: the client must reconnect and resume.
func (s *Server) Reconnect() {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		s.send(c, frame{Op: 7})
	}
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// Package web serves the web chat: a JSON API (POST /api/chat), a chat page at / and GET /widget.js, a script
// that puts the chat on another site in an iframe. The page talks to the same API that other clients and the
// tests use; everything it loads is embedded in the binary.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/internal/ratelimit"
)

//go:embed static
var static embed.FS

// MaxBody is the largest request body /api/chat accepts.
const MaxBody = 64 << 10

// Turner runs one turn of the dialogue; *bot.Engine is one.
type Turner interface {
	Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error)
}

// Updater gives what arrived for a conversation between turns: a community manager's answer to a hand-off.
// *bot.Engine is one; when the Turner is one too, the chat serves POST /api/chat/updates.
type Updater interface {
	Updates(ctx context.Context, conversation string) (*wegwijzer.Reply, error)
}

// Options configure the web chat. The zero value is the default: no rate limits, the client is the connection's
// peer.
type Options struct {
	Community string // community of web visitors ("" = the default)
	// ClientIP returns the client's address (behind trusted proxies); nil = the connection's peer.
	ClientIP func(*http.Request) string
	// Turns limits the turns per client address; NewConversations the conversations (and visitor ids) a client
	// address opens. nil = no limit.
	Turns, NewConversations *ratelimit.Limiter
	// Communities are the other community ids a page (?community=) or a request ("community") may name, for
	// the widget on a community's site; an unknown id is refused. nil = only Community.
	Communities []string
	// AllowedOrigins are the sites (scheme://host[:port], see ParseOrigins) that may embed the chat page in an
	// iframe and call /api/chat from their pages. nil = same origin only.
	AllowedOrigins []string
	// ConversationKeys sign the conversation ids the chat issues (the first) and verify them (all: the keys
	// before a rotation too). Every replica must have the same. nil = a random key for this handler alone.
	ConversationKeys [][]byte
	// VisitorKeys sign and verify the visitor ids of the wegwijzer_uid cookie the same way (keys of another
	// purpose than ConversationKeys). nil = a random key for this handler alone.
	VisitorKeys [][]byte
}

// Handler serves the chat page and API.
type Handler struct {
	turner Turner
	log    *slog.Logger
	opts   Options
	ids    ids
	// visitors issues and verifies the visitor ids of the cookie.
	visitors ids
	mux      *http.ServeMux
}

// New returns the web chat handler. Mount it at "/".
func New(t Turner, log *slog.Logger, opts Options) *Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &Handler{turner: t, log: log, opts: opts, ids: conversationIDs(opts.ConversationKeys),
		visitors: visitorIDs(opts.VisitorKeys), mux: http.NewServeMux()}
	h.mux.HandleFunc("POST /api/chat", h.chat)
	h.mux.HandleFunc("OPTIONS /api/chat", h.preflight)
	h.mux.HandleFunc("/api/chat", wrongMethod)
	if u, ok := t.(Updater); ok {
		h.mux.HandleFunc("POST /api/chat/updates", func(w http.ResponseWriter, r *http.Request) { h.updates(w, r, u) })
		h.mux.HandleFunc("OPTIONS /api/chat/updates", h.preflight)
		h.mux.HandleFunc("/api/chat/updates", wrongMethod)
	}
	h.mux.Handle("GET /static/", http.FileServerFS(static))
	h.mux.HandleFunc("GET /widget.js", h.widget)
	h.mux.HandleFunc("GET /privacy", h.privacy)
	h.mux.HandleFunc("GET /{$}", h.page)
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// ChatRequest is the body of POST /api/chat.
type ChatRequest struct {
	Conversation string `json:"conversation"`
	Text         string `json:"text"`
	Option       string `json:"option"`
	// Community is the community of the site the widget is on ("" = the server's default); it must be one the
	// server knows (Options.Communities).
	Community string `json:"community,omitempty"`
}

type errorBody struct {
	Error string `json:"error"`
}

const userCookie = "wegwijzer_uid"

func (h *Handler) chat(w http.ResponseWriter, r *http.Request) {
	if !h.cors(w, r) {
		return
	}
	client := h.clientIP(r)
	if !h.allow(w, r, h.opts.Turns, "turns", client) {
		return
	}
	req, status, msg := decodeChat(w, r)
	if status != 0 {
		writeJSON(w, status, errorBody{msg})
		return
	}
	known := h.ids.valid(req.Conversation)
	own := !known && ownID(req.Conversation)
	if !(known || own) || !h.hasUser(r) {
		// A new conversation, or a new visitor id: each could count as another entrepreneur in the statistics.
		if !h.allow(w, r, h.opts.NewConversations, "new conversations", client) {
			return
		}
	}
	if strings.TrimSpace(req.Text) == "" && req.Option == "" {
		writeJSON(w, http.StatusBadRequest, errorBody{"text or option is required"})
		return
	}
	// Only an id this server issued continues a conversation. Any other (made up, forged, or from before ids
	// were signed) starts a new one, and the reply says so when the person thought they were continuing.
	conversation, lost := req.Conversation, false
	switch {
	case own:
		conversation = ownConversation(req.Conversation)
	case !known:
		conversation, lost = h.ids.issue(), req.Conversation != ""
	}
	community := h.opts.Community
	if req.Community != "" {
		if !h.knownCommunity(req.Community) {
			writeJSON(w, http.StatusBadRequest, errorBody{"unknown community " + req.Community})
			return
		}
		community = req.Community
	}
	reply, err := h.turner.Handle(r.Context(), wegwijzer.Message{
		Conversation: conversation, User: h.user(w, r), Community: community, Platform: "web",
		Text: req.Text, Option: req.Option,
	})
	if lost {
		reply, err = restarted(conversation, reply, err)
	}
	if own && reply != nil {
		reply.Conversation = req.Conversation // the client's own name for it
	}
	switch {
	case err == nil || errors.Is(err, wegwijzer.ErrDuplicate):
		writeJSON(w, http.StatusOK, reply)
	case wegwijzer.ErrorCode(err) == wegwijzer.EINVALID:
		writeJSON(w, http.StatusBadRequest, errorBody{wegwijzer.ErrorMessage(err)})
	default:
		writeJSON(w, http.StatusServiceUnavailable, reply)
	}
}

// updates answers POST /api/chat/updates, {"conversation"}: 200 with a reply (kind info) holding what a community
// manager answered since the person's last turn, or 204 when nothing came. The chat asks while a hand-off waits.
func (h *Handler) updates(w http.ResponseWriter, r *http.Request, u Updater) {
	if !h.cors(w, r) {
		return
	}
	if !h.allow(w, r, h.opts.Turns, "turns", h.clientIP(r)) {
		return
	}
	req, status, msg := decodeChat(w, r)
	switch {
	case status != 0:
		writeJSON(w, status, errorBody{msg})
		return
	case !h.ids.valid(req.Conversation) && !ownID(req.Conversation):
		writeJSON(w, http.StatusBadRequest, errorBody{"unknown conversation: use the id a reply of /api/chat gave"})
		return
	case req.Text != "" || req.Option != "":
		writeJSON(w, http.StatusBadRequest, errorBody{"updates take a conversation only: send text and options to /api/chat"})
		return
	}
	conversation := req.Conversation
	if !h.ids.valid(conversation) {
		conversation = ownConversation(conversation)
	}
	reply, err := u.Updates(r.Context(), conversation)
	if reply != nil && conversation != req.Conversation {
		reply.Conversation = req.Conversation
	}
	switch {
	case err != nil:
		h.log.ErrorContext(r.Context(), "web: updates failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, errorBody{"updates are not available now: try again later"})
	case reply == nil:
		w.WriteHeader(http.StatusNoContent)
	default:
		writeJSON(w, http.StatusOK, reply)
	}
}

// decodeChat reads the body strictly: JSON (by its content type), one object with known fields only, nothing
// after it. On a refusal it returns the status and a message for the client.
func decodeChat(w http.ResponseWriter, r *http.Request) (ChatRequest, int, string) {
	var req ChatRequest
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return req, http.StatusUnsupportedMediaType, "the body must be JSON (Content-Type: application/json)"
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	tooBig := func(err error) bool { var e *http.MaxBytesError; return errors.As(err, &e) }
	if err := dec.Decode(&req); err != nil {
		if tooBig(err) {
			return req, http.StatusRequestEntityTooLarge, "request body too large (at most 64 KiB)"
		}
		return req, http.StatusBadRequest, "invalid JSON: " + err.Error()
	}
	// One object and nothing after it: a second value (or trailing garbage) is refused, not ignored.
	if err := dec.Decode(&struct{}{}); err != io.EOF {
		if tooBig(err) {
			return req, http.StatusRequestEntityTooLarge, "request body too large (at most 64 KiB)"
		}
		return req, http.StatusBadRequest, "invalid JSON: the body must be exactly one object"
	}
	return req, 0, ""
}

func (h *Handler) clientIP(r *http.Request) string {
	if h.opts.ClientIP != nil {
		return h.opts.ClientIP(r)
	}
	return ratelimit.ClientIP(r, nil)
}

// allow applies a rate limit; when it refuses, it answers 429 with Retry-After and logs the first refusal.
func (h *Handler) allow(w http.ResponseWriter, r *http.Request, l *ratelimit.Limiter, what, client string) bool {
	d := l.Allow(client)
	if d.OK {
		return true
	}
	if d.FirstRefusal {
		h.log.WarnContext(r.Context(), "web: rate limit hit", "limit", what, "client", ratelimit.Coarse(client), "retry_after", d.RetryAfterSeconds())
	}
	w.Header().Set("Retry-After", d.RetryAfterSeconds())
	writeJSON(w, http.StatusTooManyRequests, errorBody{"too many requests: try again in " + d.RetryAfterSeconds() + " s"})
	return false
}

// hasUser reports whether the request carries a visitor id the server issued.
func (h *Handler) hasUser(r *http.Request) bool {
	c, err := r.Cookie(userCookie)
	return err == nil && h.visitors.valid(c.Value)
}

// user returns the visitor's id from the cookie, issuing one (Set-Cookie) on first contact or when the cookie
// holds an id the server did not issue; such a value is never used. It identifies a browser, not a person, and
// lets "vergeet mij" erase everything asked from it.
func (h *Handler) user(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(userCookie); err == nil && h.visitors.valid(c.Value) {
		return "web:" + c.Value
	}
	id := h.visitors.issue()
	secure := r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
	c := &http.Cookie{Name: userCookie, Value: id, Path: "/", HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode, MaxAge: 90 * 24 * 3600}
	if secure && len(h.opts.AllowedOrigins) > 0 {
		// In the widget's iframe on another site a SameSite=Strict cookie is never sent, and every turn would be
		// a new visitor. A partitioned cookie is sent there, and only there: each embedding site gets its own.
		// Cross-site requests stay refused by the JSON content type (a preflight) and the origin check.
		c.SameSite, c.Partitioned = http.SameSiteNoneMode, true
	}
	http.SetCookie(w, c)
	return "web:" + id
}

// wrongMethod answers a request to the API with another method than POST: 405, in JSON as every other answer of
// the API, with the methods it takes.
func wrongMethod(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "OPTIONS, POST")
	writeJSON(w, http.StatusMethodNotAllowed, errorBody{r.Method + " is not supported here: send POST with a JSON body"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

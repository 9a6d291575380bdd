// Package web serves the web chat: a JSON API (POST /api/chat) and a plain chat page at /. The page talks to the
// same API that other clients and the tests use.
package web

import (
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

//go:embed static
var static embed.FS

// MaxBody is the largest request body /api/chat accepts.
const MaxBody = 64 << 10

// Turner runs one turn of the dialogue; *bot.Engine is one.
type Turner interface {
	Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error)
}

// Options configure the web chat.
type Options struct {
	Community string // community of web visitors ("" = the default)
}

// Handler serves the chat page and API.
type Handler struct {
	turner Turner
	log    *slog.Logger
	opts   Options
	mux    *http.ServeMux
}

// New returns the web chat handler. Mount it at "/".
func New(t Turner, log *slog.Logger, opts Options) *Handler {
	h := &Handler{turner: t, log: log, opts: opts, mux: http.NewServeMux()}
	h.mux.HandleFunc("POST /api/chat", h.chat)
	h.mux.Handle("GET /static/", http.FileServerFS(static))
	h.mux.HandleFunc("GET /{$}", h.page)
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeFileFS(w, r, static, "static/index.html")
}

// ChatRequest is the body of POST /api/chat.
type ChatRequest struct {
	Conversation string `json:"conversation"`
	Text         string `json:"text"`
	Option       string `json:"option"`
}

type errorBody struct {
	Error string `json:"error"`
}

var conversationID = regexp.MustCompile(`^[A-Za-z0-9_.:-]{1,128}$`)

const userCookie = "wegwijzer_uid"

func (h *Handler) chat(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var req ChatRequest
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{"request body too large (at most 64 KiB)"})
			return
		}
		writeJSON(w, http.StatusBadRequest, errorBody{"invalid JSON: " + err.Error()})
		return
	}
	if _, err := io.Copy(io.Discard, r.Body); err != nil {
		writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{"request body too large (at most 64 KiB)"})
		return
	}
	if strings.TrimSpace(req.Text) == "" && req.Option == "" {
		writeJSON(w, http.StatusBadRequest, errorBody{"text or option is required"})
		return
	}
	if req.Conversation != "" && !conversationID.MatchString(req.Conversation) {
		writeJSON(w, http.StatusBadRequest, errorBody{"conversation must be 1-128 letters, digits or . _ : -"})
		return
	}
	reply, err := h.turner.Handle(r.Context(), wegwijzer.Message{
		Conversation: req.Conversation, User: h.user(w, r), Community: h.opts.Community, Platform: "web",
		Text: req.Text, Option: req.Option,
	})
	status := http.StatusOK
	if err != nil && !errors.Is(err, wegwijzer.ErrDuplicate) {
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, reply)
}

// user returns the visitor's random id from a cookie, setting one on first contact. It identifies a browser,
// not a person, and lets "vergeet mij" erase everything asked from it.
func (h *Handler) user(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(userCookie); err == nil && conversationID.MatchString(c.Value) {
		return "web:" + c.Value
	}
	var b [16]byte
	_, _ = rand.Read(b[:])
	id := hex.EncodeToString(b[:])
	secure := r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
	http.SetCookie(w, &http.Cookie{Name: userCookie, Value: id, Path: "/", HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode, MaxAge: 90 * 24 * 3600})
	return "web:" + id
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

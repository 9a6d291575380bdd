// Package dashboard is the web page for community managers: the questions of their own community that got no
// good answer (grouped, with a form to link them to an offer) and the requests to talk to a person (with their
// state). It never runs without authentication: every request needs a login and token from configuration, and a
// manager sees only their own community.
package dashboard

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"html/template"
	"log/slog"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/internal/ratelimit"
)

//go:embed templates/*.html
var templates embed.FS

// All is the login that may see every community (an operator or the regional coordinator).
const All = "*"

// Options configure the dashboard.
type Options struct {
	// Tokens maps a login (a community id, or All) to its secret token. Empty: the dashboard refuses everything.
	Tokens          map[string]string
	Window          time.Duration // questions of this period are shown; 0 = 30 days
	ConversationTTL time.Duration // as the engine's, for working out abandoned questions; 0 = 24 h
	Now             func() time.Time
	// Link, when set, teaches the running index a new link at once (otherwise it is used from the next start).
	Link func(question, offerID string) error
	// Logins limits the wrong logins per client address; while it refuses, every login attempt from that
	// address gets 429. nil = no limit.
	Logins *ratelimit.Limiter
	// ClientIP returns the client's address (behind trusted proxies); nil = the connection's peer.
	ClientIP func(*http.Request) string
}

// Handler serves /dashboard/.
type Handler struct {
	log    wegwijzer.DemandLog
	review wegwijzer.ReviewStore
	cat    *content.Catalogue
	slog   *slog.Logger
	opts   Options
	tpl    *template.Template
	mux    *http.ServeMux
}

// New returns the dashboard handler; mount it at "/dashboard/".
func New(log wegwijzer.DemandLog, review wegwijzer.ReviewStore, cat *content.Catalogue, logger *slog.Logger, opts Options) *Handler {
	if opts.Window <= 0 {
		opts.Window = 30 * 24 * time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h := &Handler{log: log, review: review, cat: cat, slog: logger, opts: opts, mux: http.NewServeMux()}
	h.tpl = template.Must(template.New("").Funcs(template.FuncMap{
		"day": func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") },
		"reasons": func(m map[demand.Reason]int) string {
			var parts []string
			for _, r := range []demand.Reason{demand.ReasonNoMatch, demand.ReasonNotHelped, demand.ReasonLowScore, demand.ReasonHandoff, demand.ReasonAbandoned} {
				if m[r] > 0 {
					parts = append(parts, reasonLabels[r]+" "+strconv.Itoa(m[r]))
				}
			}
			return strings.Join(parts, ", ")
		},
	}).ParseFS(templates, "templates/*.html"))
	h.mux.HandleFunc("GET /dashboard/{$}", h.home)
	h.mux.HandleFunc("GET /dashboard/c/{community}", h.community)
	h.mux.HandleFunc("POST /dashboard/c/{community}/link", h.link)
	h.mux.HandleFunc("POST /dashboard/c/{community}/handoff", h.handoff)
	return h
}

// notices are the confirmations a redirect may show (?ok=...): fixed texts, never text from the query string.
var notices = map[string]string{
	"gekoppeld": "gekoppeld", string(wegwijzer.HandoffOpen): "open", string(wegwijzer.HandoffTaken): "opgepakt",
	string(wegwijzer.HandoffDone): "afgehandeld",
}

var reasonLabels = map[demand.Reason]string{
	demand.ReasonNoMatch: "geen match", demand.ReasonNotHelped: "niet geholpen", demand.ReasonLowScore: "zwak antwoord",
	demand.ReasonHandoff: "wil een mens", demand.ReasonAbandoned: "afgehaakt",
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
	w.Header().Set("X-Frame-Options", "DENY")
	if len(h.opts.Tokens) == 0 {
		http.Error(w, "the dashboard is off: set WEGWIJZER_DASHBOARD_TOKENS", http.StatusForbidden)
		return
	}
	client := h.clientIP(r)
	if _, _, tried := r.BasicAuth(); tried {
		if d := h.opts.Logins.Peek(client); !d.OK {
			w.Header().Set("Retry-After", d.RetryAfterSeconds())
			http.Error(w, "too many wrong logins: try again later", http.StatusTooManyRequests)
			return
		}
	}
	login, ok := h.authenticate(r)
	if !ok {
		if _, _, tried := r.BasicAuth(); tried {
			d := h.opts.Logins.Allow(client)
			h.slog.WarnContext(r.Context(), "dashboard: wrong login", "client", ratelimit.Coarse(client), "limited", !d.OK)
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="Wegwijzer dashboard", charset="UTF-8"`)
		http.Error(w, "log in with your community id and token", http.StatusUnauthorized)
		return
	}
	h.mux.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), loginKey{}, login)))
}

type loginKey struct{}

func loginOf(r *http.Request) string { s, _ := r.Context().Value(loginKey{}).(string); return s }

// authenticate checks Basic credentials against the configured tokens in constant time.
func (h *Handler) authenticate(r *http.Request) (string, bool) {
	user, pass, ok := r.BasicAuth()
	if !ok {
		return "", false
	}
	want, known := h.opts.Tokens[user]
	if !known {
		want = strings.Repeat("x", 32) // compare anyway: the time does not tell whether the login exists
	}
	match := subtle.ConstantTimeCompare([]byte(pass), []byte(want)) == 1
	return user, known && match
}

// own returns the community of the request's path when the login may see it, and otherwise answers 403.
func (h *Handler) own(w http.ResponseWriter, r *http.Request) (string, bool) {
	id := r.PathValue("community")
	if !h.allowed(r, id) {
		http.Error(w, "this is not your community", http.StatusForbidden)
		return "", false
	}
	return id, true
}

func (h *Handler) allowed(r *http.Request, community string) bool {
	login := loginOf(r)
	return login == All || login == community
}

func (h *Handler) clientIP(r *http.Request) string {
	if h.opts.ClientIP != nil {
		return h.opts.ClientIP(r)
	}
	return ratelimit.ClientIP(r, nil)
}

// formPeriod is how long a form token is issued; a form is accepted with the token of this period or the one
// before, so a token works for one to two periods and a token that leaked stops working soon.
const formPeriod = time.Hour

// csrf is the form token of a login in the current period: forms posted from elsewhere (with the browser's
// stored Basic credentials) do not know it, and it changes every formPeriod.
func (h *Handler) csrf(login string) string { return h.csrfAt(login, h.opts.Now()) }

func (h *Handler) csrfAt(login string, t time.Time) string {
	m := hmac.New(sha256.New, []byte(h.opts.Tokens[login]))
	m.Write([]byte("wegwijzer-dashboard-form:" + login + ":" + strconv.FormatInt(t.Unix()/int64(formPeriod.Seconds()), 10)))
	return hex.EncodeToString(m.Sum(nil))
}

func (h *Handler) checkForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return false
	}
	got, login, now := []byte(r.PostForm.Get("csrf")), loginOf(r), h.opts.Now()
	if !hmac.Equal(got, []byte(h.csrfAt(login, now))) && !hmac.Equal(got, []byte(h.csrfAt(login, now.Add(-formPeriod)))) {
		http.Error(w, "the form is out of date or comes from another site: reload the page", http.StatusForbidden)
		return false
	}
	return true
}

func (h *Handler) questions(ctx context.Context) ([]wegwijzer.DemandEvent, error) {
	now := h.opts.Now()
	return demand.Questions(ctx, h.log, now.Add(-h.opts.Window), time.Time{}, demand.ReadOptions{ConversationTTL: h.opts.ConversationTTL, Now: now})
}

type communityRow struct {
	ID, Name string
	Review   int
	Open     int
}

func (h *Handler) home(w http.ResponseWriter, r *http.Request) {
	qs, err := h.questions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	states, err := h.review.HandoffStates(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	ids := demand.Communities(qs)
	for _, c := range h.cat.Communities {
		if !slices.Contains(ids, c.ID) {
			ids = append(ids, c.ID)
		}
	}
	sort.Strings(ids)
	var rows []communityRow
	for _, id := range ids {
		if !h.allowed(r, id) {
			continue
		}
		open := 0
		for _, ho := range demand.Handoffs(qs, id, states) {
			if ho.State == wegwijzer.HandoffOpen {
				open++
			}
		}
		rows = append(rows, communityRow{ID: id, Name: h.communityName(id), Review: len(demand.Review(qs, id, nil, demand.ReviewOptions{})), Open: open})
	}
	h.render(w, "home.html", map[string]any{"Login": loginOf(r), "Communities": rows, "Days": int(h.opts.Window.Hours() / 24)})
}

func (h *Handler) communityName(id string) string {
	if c := h.cat.Community(id); c != nil {
		return c.Name
	}
	return id
}

func (h *Handler) community(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	qs, err := h.questions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	links, err := h.review.Links(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	states, err := h.review.HandoffStates(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	items := demand.Review(qs, id, links, demand.ReviewOptions{})
	if len(items) > 50 {
		items = items[:50]
	}
	h.render(w, "community.html", map[string]any{
		"ID": id, "Name": h.communityName(id), "Items": items, "Handoffs": demand.Handoffs(qs, id, states),
		"CSRF": h.csrf(loginOf(r)), "Days": int(h.opts.Window.Hours() / 24), "Notice": notices[r.URL.Query().Get("ok")],
	})
}

func (h *Handler) link(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	if !h.checkForm(w, r) {
		return
	}
	itemID, offerID := r.PostForm.Get("item"), strings.TrimSpace(r.PostForm.Get("offer"))
	if h.cat.Offer(offerID) == nil {
		http.Error(w, "unknown offer id: see the catalogue (wegwijzer search) for offer ids", http.StatusBadRequest)
		return
	}
	qs, err := h.questions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	for _, it := range demand.Review(qs, id, nil, demand.ReviewOptions{}) {
		if it.ID != itemID {
			continue
		}
		link := it.Link(offerID, h.opts.Now())
		if err := h.review.SaveLink(r.Context(), link); err != nil {
			h.fail(w, err)
			return
		}
		if h.opts.Link != nil {
			for _, q := range link.Questions {
				if err := h.opts.Link(q, offerID); err != nil {
					h.slog.Warn("dashboard: link not taught to the running index", "offer", offerID, "err", err)
				}
			}
		}
		http.Redirect(w, r, "/dashboard/c/"+id+"?ok=gekoppeld", http.StatusSeeOther)
		return
	}
	http.Error(w, "no such review item in this community", http.StatusNotFound)
}

func (h *Handler) handoff(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	if !h.checkForm(w, r) {
		return
	}
	state := wegwijzer.HandoffState(r.PostForm.Get("state"))
	if state != wegwijzer.HandoffOpen && state != wegwijzer.HandoffTaken && state != wegwijzer.HandoffDone {
		http.Error(w, "state must be open, taken or done", http.StatusBadRequest)
		return
	}
	qs, err := h.questions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	event := r.PostForm.Get("event")
	for _, ho := range demand.Handoffs(qs, id, nil) {
		if ho.EventID == event {
			if err := h.review.SetHandoff(r.Context(), event, state); err != nil {
				h.fail(w, err)
				return
			}
			http.Redirect(w, r, "/dashboard/c/"+id+"?ok="+string(state), http.StatusSeeOther)
			return
		}
	}
	http.Error(w, "no such hand-off in this community", http.StatusNotFound)
}

func (h *Handler) render(w http.ResponseWriter, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := h.tpl.ExecuteTemplate(w, name, data); err != nil {
		h.slog.Error("dashboard: render", "template", name, "err", err)
	}
}

func (h *Handler) fail(w http.ResponseWriter, err error) {
	h.slog.Error("dashboard: demand log", "err", err)
	http.Error(w, "the demand log cannot be read right now; try again in a minute", http.StatusServiceUnavailable)
}

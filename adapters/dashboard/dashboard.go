// Package dashboard is the web page for community managers and policy analysts. A manager sees the questions of
// their own community that got no good answer (grouped, with a form to link them to an offer) and the requests to
// talk to a person; an analyst sees only the aggregated reports of the demand package, with its k, rounding and
// suppression. It never runs without authentication: people sign in with a one-time invite (a session cookie
// follows), or, as before, with Basic credentials from configuration.
package dashboard

import (
	"context"
	"embed"
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
	// Tokens maps a Basic-auth login (a community id: a manager of it, or All: an admin) to its secret token.
	Tokens map[string]string
	// Accounts keeps invites and sessions; nil = Basic auth only. With neither, the dashboard refuses everything.
	Accounts Accounts
	// SessionTTL is how long a sign-in lasts; 0 = 12 hours.
	SessionTTL time.Duration
	// SecureCookie marks the session cookie Secure also when TLS ends at a proxy (it is always set under TLS).
	SecureCookie bool
	// K is the minimum group of the analyst pages; 0 = the demand package's default.
	K               int
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
	// Desk follows a hand-off to its conversation for the way to reach the person (kept there only); nil = the
	// inbox shows the summary without it.
	Desk HandoffDesk
}

// HandoffDesk reads what a hand-off's conversation keeps; *demand.Desk implements it.
type HandoffDesk interface {
	// Contact returns how the person wants to be reached ("" = they left nothing), or an error with code
	// ENOTFOUND when the conversation is gone (erased, expired) or not of the community.
	Contact(ctx context.Context, ref, community string) (string, error)
	// Reply posts an answer into a web-chat conversation, shown on the person's next turn; EINVALID for
	// other platforms and for an empty or too long text, ENOTFOUND as for Contact.
	Reply(ctx context.Context, ref, community, text string) error
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
	if opts.SessionTTL <= 0 {
		opts.SessionTTL = 12 * time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h := &Handler{log: log, review: review, cat: cat, slog: logger, opts: opts, mux: http.NewServeMux()}
	h.tpl = template.Must(template.New("").Funcs(template.FuncMap{
		"day":   func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") },
		"pct":   func(f float64) string { return strconv.FormatFloat(f*100, 'f', 1, 64) + "%" },
		"place": h.placeName,
		"theme": h.themeName,
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
	h.mux.HandleFunc("POST /dashboard/logout", h.logout)
	h.mountAnalyst()
	h.mux.HandleFunc("GET /dashboard/c/{community}", h.community)
	h.mux.HandleFunc("POST /dashboard/c/{community}/link", h.link)
	h.mux.HandleFunc("POST /dashboard/c/{community}/unlink", h.unlink)
	h.mux.HandleFunc("POST /dashboard/c/{community}/handoff", h.handoff)
	h.mux.HandleFunc("POST /dashboard/c/{community}/reply", h.reply)
	return h
}

// notices are the confirmations a redirect may show (?ok=...): fixed texts, never text from the query string.
var notices = map[string]string{
	"gekoppeld": "gekoppeld", "ontkoppeld": "koppeling ongedaan gemaakt", string(wegwijzer.HandoffOpen): "open", string(wegwijzer.HandoffTaken): "opgepakt",
	string(wegwijzer.HandoffDone): "afgehandeld", "beantwoord": "antwoord verstuurd; de ondernemer ziet het bij het volgende bericht",
}

var reasonLabels = map[demand.Reason]string{
	demand.ReasonNoMatch: "geen match", demand.ReasonNotHelped: "niet geholpen", demand.ReasonLowScore: "zwak antwoord",
	demand.ReasonHandoff: "wil een mens", demand.ReasonAbandoned: "afgehaakt",
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'")
	w.Header().Set("X-Frame-Options", "DENY")
	w.Header().Set("Referrer-Policy", "no-referrer") // the login link's token must not leave in a Referer
	if len(h.opts.Tokens) == 0 && h.opts.Accounts == nil {
		http.Error(w, "the dashboard is off: configure invites (the store) or WEGWIJZER_DASHBOARD_TOKENS", http.StatusForbidden)
		return
	}
	if r.URL.Path == "/dashboard/login" {
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			h.loginPage(w, r)
		case http.MethodPost:
			h.login(w, r)
		default:
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		}
		return
	}
	client := h.clientIP(r)
	if _, _, basic := r.BasicAuth(); basic && h.limited(w, client) {
		return
	}
	p, ok, tried, err := h.authenticate(r)
	if err != nil {
		h.fail(w, err)
		return
	}
	if !ok {
		if _, _, basic := r.BasicAuth(); basic {
			h.wrongLogin(r.Context(), client, "basic")
		}
		if len(h.opts.Tokens) > 0 && !tried {
			w.Header().Set("WWW-Authenticate", `Basic realm="Wegwijzer dashboard", charset="UTF-8"`)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		h.render(w, "login.html", map[string]any{})
		return
	}
	h.mux.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), principalKey{}, p)))
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
	return principalOf(r).seesCommunity(community)
}

func (h *Handler) clientIP(r *http.Request) string {
	if h.opts.ClientIP != nil {
		return h.opts.ClientIP(r)
	}
	return ratelimit.ClientIP(r, nil)
}

func (h *Handler) questions(ctx context.Context) ([]wegwijzer.DemandEvent, error) {
	now := h.opts.Now()
	return demand.Questions(ctx, h.log, now.Add(-h.opts.Window), time.Time{}, demand.ReadOptions{ConversationTTL: h.opts.ConversationTTL, Now: now})
}

// handoffQuestions returns the questions of the window and the states of their hand-offs.
func (h *Handler) handoffQuestions(ctx context.Context) ([]wegwijzer.DemandEvent, map[string]wegwijzer.HandoffState, error) {
	qs, err := h.questions(ctx)
	if err != nil {
		return nil, nil, err
	}
	states, err := h.review.HandoffStates(ctx)
	if err != nil {
		return nil, nil, err
	}
	return qs, states, nil
}

type communityRow struct {
	ID, Name string
	Review   int
	Open     int
}

func (h *Handler) home(w http.ResponseWriter, r *http.Request) {
	if p := principalOf(r); p.Role == RoleAnalyst {
		http.Redirect(w, r, "/dashboard/analyst/", http.StatusSeeOther)
		return
	}
	qs, states, err := h.handoffQuestions(r.Context())
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
	h.render(w, "home.html", map[string]any{"Login": principalOf(r).Name, "CSRF": h.csrf(r), "Analyst": principalOf(r).seesAggregates(), "Communities": rows, "Days": int(h.opts.Window.Hours() / 24)})
}

func (h *Handler) communityName(id string) string {
	if c := h.cat.Community(id); c != nil {
		return c.Name
	}
	return id
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

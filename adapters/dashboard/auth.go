package dashboard

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer/internal/ratelimit"
)

// tokenShape is what NewSecret returns: 43 characters of URL-safe base64.
var tokenShape = regexp.MustCompile(`^[A-Za-z0-9_-]{43}$`)

// cookieName is the session cookie. It holds a random id; the store holds only its hash.
const cookieName = "wegwijzer_dashboard"

// principal is who a request comes from: a signed-in person or a legacy Basic-auth login.
type principal struct {
	Name      string
	Role      Role
	Community string // for a manager
	secret    string // keys the form tokens: the session id or the Basic token, never shown
}

type principalKey struct{}

func principalOf(r *http.Request) principal {
	p, _ := r.Context().Value(principalKey{}).(principal)
	return p
}

// seesCommunity reports whether the principal may see a community's questions and hand-offs.
func (p principal) seesCommunity(id string) bool {
	switch p.Role {
	case RoleAdmin:
		return true
	case RoleManager:
		return p.Community == id
	}
	return false
}

// seesAggregates reports whether the principal may open the analyst pages.
func (p principal) seesAggregates() bool { return p.Role == RoleAdmin || p.Role == RoleAnalyst }

// authenticate finds the principal of a request: a live session cookie, else Basic credentials from
// Options.Tokens. tried says whether the request carried credentials at all (for the wrong-login limit).
func (h *Handler) authenticate(r *http.Request) (p principal, ok, tried bool, err error) {
	if c, cerr := r.Cookie(cookieName); cerr == nil && c.Value != "" && h.opts.Accounts != nil {
		s, err := h.opts.Accounts.Session(r.Context(), Hash(c.Value), h.opts.Now())
		if err == nil {
			return principal{Name: s.Name, Role: s.Role, Community: s.Community, secret: c.Value}, true, true, nil
		}
		if !errors.Is(err, ErrNotFound) {
			return principal{}, false, true, err
		}
		// An expired or revoked session is not a guess: no count against the limit, just sign in again.
	}
	user, pass, basic := r.BasicAuth()
	if !basic {
		return principal{}, false, false, nil
	}
	want, known := h.opts.Tokens[user]
	if !known {
		want = strings.Repeat("x", 32) // compare anyway: the time does not tell whether the login exists
	}
	if subtle.ConstantTimeCompare([]byte(pass), []byte(want)) != 1 || !known {
		return principal{}, false, true, nil
	}
	if user == All {
		return principal{Name: user, Role: RoleAdmin, secret: pass}, true, true, nil
	}
	return principal{Name: user, Role: RoleManager, Community: user, secret: pass}, true, true, nil
}

// limited answers 429 when the client has made too many wrong logins.
func (h *Handler) limited(w http.ResponseWriter, client string) bool {
	if d := h.opts.Logins.Peek(client); !d.OK {
		w.Header().Set("Retry-After", d.RetryAfterSeconds())
		http.Error(w, "te veel verkeerde inlogpogingen: probeer het later opnieuw", http.StatusTooManyRequests)
		return true
	}
	return false
}

func (h *Handler) wrongLogin(ctx context.Context, client, how string) {
	d := h.opts.Logins.Allow(client)
	h.slog.WarnContext(ctx, "dashboard: wrong login", "how", how, "client", ratelimit.Coarse(client), "limited", !d.OK)
}

// loginPage shows the invite's confirm button. The GET does not burn the token: mail scanners and chat link
// previews open links, and would otherwise use the invite before the person does.
func (h *Handler) loginPage(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if !tokenShape.MatchString(token) {
		token = "" // only what NewSecret makes goes back onto the page
	}
	h.render(w, "login.html", map[string]any{"Token": token})
}

// login burns the invite and starts a session.
func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	client := h.clientIP(r)
	if h.limited(w, client) {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "ongeldig formulier", http.StatusBadRequest)
		return
	}
	if h.opts.Accounts == nil {
		http.Error(w, "inloggen met een uitnodiging staat uit", http.StatusForbidden)
		return
	}
	now := h.opts.Now()
	inv, err := h.opts.Accounts.Redeem(r.Context(), Hash(r.PostForm.Get("token")), now)
	if errors.Is(err, ErrNotFound) {
		h.wrongLogin(r.Context(), client, "invite")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		h.render(w, "login.html", map[string]any{"Failed": true})
		return
	}
	if err != nil {
		h.fail(w, err)
		return
	}
	id := NewSecret()
	s := Session{IDHash: Hash(id), Name: inv.Name, Role: inv.Role, Community: inv.Community, Created: now.UTC(), Expires: now.Add(h.opts.SessionTTL).UTC()}
	if err := h.opts.Accounts.AddSession(r.Context(), s); err != nil {
		h.fail(w, err)
		return
	}
	h.slog.InfoContext(r.Context(), "dashboard: signed in", "session", s.Ref(), "role", s.Role, "community", s.Community)
	http.SetCookie(w, h.cookie(r, id, int(h.opts.SessionTTL.Seconds())))
	http.Redirect(w, r, "/dashboard/", http.StatusSeeOther)
}

// logout ends the session of the cookie.
func (h *Handler) logout(w http.ResponseWriter, r *http.Request) {
	if !h.checkForm(w, r) {
		return
	}
	if c, err := r.Cookie(cookieName); err == nil && h.opts.Accounts != nil {
		if s, err := h.opts.Accounts.Session(r.Context(), Hash(c.Value), h.opts.Now()); err == nil {
			if _, err := h.opts.Accounts.Revoke(r.Context(), s.Ref()); err != nil {
				h.fail(w, err)
				return
			}
		}
	}
	http.SetCookie(w, h.cookie(r, "", -1))
	http.Redirect(w, r, "/dashboard/login", http.StatusSeeOther)
}

func (h *Handler) cookie(r *http.Request, value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: cookieName, Value: value, Path: "/dashboard/", MaxAge: maxAge, HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: h.opts.SecureCookie || r.TLS != nil}
}

// formPeriod is how long a form token is issued; a form is accepted with the token of this period or the one
// before, so a token works for one to two periods and a token that leaked stops working soon.
const formPeriod = time.Hour

// csrf is the form token of the request's principal in the current period: forms posted from elsewhere do not
// know it, and it changes every formPeriod.
func (h *Handler) csrf(r *http.Request) string { return h.csrfAt(principalOf(r), h.opts.Now()) }

func (h *Handler) csrfAt(p principal, t time.Time) string {
	m := hmac.New(sha256.New, []byte(p.secret))
	m.Write([]byte("wegwijzer-dashboard-form:" + p.Name + ":" + strconv.FormatInt(t.Unix()/int64(formPeriod.Seconds()), 10)))
	return hex.EncodeToString(m.Sum(nil))
}

func (h *Handler) checkForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "ongeldig formulier", http.StatusBadRequest)
		return false
	}
	got, p, now := []byte(r.PostForm.Get("csrf")), principalOf(r), h.opts.Now()
	if !hmac.Equal(got, []byte(h.csrfAt(p, now))) && !hmac.Equal(got, []byte(h.csrfAt(p, now.Add(-formPeriod)))) {
		http.Error(w, "het formulier is verlopen of komt van een andere site: laad de pagina opnieuw", http.StatusForbidden)
		return false
	}
	return true
}

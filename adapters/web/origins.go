package web

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// ParseOrigins reads a list of allowed origins ("https://www.kvk.nl, https://ondernemersplein.example"), separated
// by commas or spaces. Each must be a scheme and a host (with an optional port) and nothing else; "" is the empty
// list (same origin only).
func ParseOrigins(s string) ([]string, error) {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
			(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(u.Host, "*;'\"") {
			return nil, fmt.Errorf("origin %q: want scheme://host[:port], for example https://www.example.nl", f)
		}
		o := strings.ToLower(u.Scheme + "://" + u.Host)
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out, nil
}

// allowedOrigin reports whether a cross-origin page may call the API: its origin is in Options.AllowedOrigins.
func (h *Handler) allowedOrigin(origin string) bool {
	return origin != "" && slices.Contains(h.opts.AllowedOrigins, strings.ToLower(origin))
}

// sameOrigin reports whether the Origin header names the host the request was sent to. Browsers send Origin on
// every POST from a script; a request without one (curl, other clients) is not a cross-origin browser request.
func sameOrigin(r *http.Request, origin string) bool {
	u, err := url.Parse(origin)
	return err == nil && strings.EqualFold(u.Host, r.Host)
}

// cors answers the browser for a cross-origin request to the API. It reports false (and has answered 403) when
// the request comes from a page whose origin is not allowed.
func (h *Handler) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	w.Header().Add("Vary", "Origin")
	if origin == "" || sameOrigin(r, origin) {
		return true
	}
	if !h.allowedOrigin(origin) {
		writeJSON(w, http.StatusForbidden, errorBody{"origin " + origin + " may not use this chat (see WEGWIJZER_ALLOWED_ORIGINS)"})
		return false
	}
	w.Header().Set("Access-Control-Allow-Origin", origin)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
	return true
}

// preflight answers OPTIONS /api/chat: POST with a JSON body from an allowed origin.
func (h *Handler) preflight(w http.ResponseWriter, r *http.Request) {
	if !h.cors(w, r) {
		return
	}
	w.Header().Set("Access-Control-Allow-Methods", "POST")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
	w.Header().Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
}

// frameAncestors is the CSP directive that lets the allowed origins show the chat page in an iframe.
func (h *Handler) frameAncestors() string {
	return strings.Join(append([]string{"frame-ancestors 'self'"}, h.opts.AllowedOrigins...), " ")
}

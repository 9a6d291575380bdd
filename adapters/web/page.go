package web

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"regexp"
	"slices"
)

// pages are the HTML templates; they live outside static/ so that /static/ serves only the assets.
//
//go:embed pages
var pageFS embed.FS

var pages = template.Must(template.ParseFS(pageFS, "pages/*.html"))

// pageText is the fixed text of the chat page in one language; the script has its own few strings.
type pageText struct {
	Title, Heading, Intro, Label, Placeholder, Send, Privacy, PrivacyLink, Commands string
}

var pageTexts = map[string]pageText{
	"nl": {
		Title:       "Wegwijzer: de weg naar hulp voor je bedrijf",
		Heading:     "Wegwijzer",
		Intro:       "Stel je vraag over je bedrijf. Ik zoek de regelingen, regels en hulp die passen, en wie je kunt bellen.",
		Label:       "Je vraag",
		Placeholder: "Bijvoorbeeld: subsidie voor een elektrische bestelbus",
		Send:        "Vraag",
		Privacy:     "Ik bewaar je vragen zonder naam of contactgegevens, om de hulp aan ondernemers te verbeteren.",
		PrivacyLink: "Wat ik bewaar",
		Commands:    "Typ help, opnieuw, privacy, vergeet mij of mens.",
	},
	"en": {
		Title:       "Wegwijzer: the way to support for your business",
		Heading:     "Wegwijzer",
		Intro:       "Ask your question about your business. I look for the schemes, rules and support that fit, and who to call.",
		Label:       "Your question",
		Placeholder: "For example: grant for an electric van",
		Send:        "Ask",
		Privacy:     "I keep your questions without your name or contact details, to improve support for entrepreneurs.",
		PrivacyLink: "What I keep",
		Commands:    "Type help, restart, privacy, forget me or human.",
	},
}

// pageData fills pages/index.html.
type pageData struct {
	Lang      string
	T         pageText
	Community string // community id the page sends with every turn ("" = the server's default)
	Color     string // the embedding site's colour, #rgb or #rrggbb ("" = Wegwijzer's own)
	Embed     bool   // shown in the widget's iframe: no page header
}

var colour = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// page serves the chat. Its query string carries what the widget passes on: lang (nl, en), community (an id
// this server knows), color (#rgb or #rrggbb) and embed=1. Unknown values fall back to the defaults.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := pageData{Lang: "nl", Embed: q.Get("embed") == "1"}
	if q.Get("lang") == "en" {
		d.Lang = "en"
	}
	d.T = pageTexts[d.Lang]
	if c := q.Get("community"); h.knownCommunity(c) {
		d.Community = c
	}
	if c := q.Get("color"); colour.MatchString(c) {
		d.Color = c
	}
	h.render(w, r, "index.html", d)
}

// privacy serves what the web chat keeps, in Dutch and English.
func (h *Handler) privacy(w http.ResponseWriter, r *http.Request) {
	h.render(w, r, "privacy.html", nil)
}

func (h *Handler) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, name, data); err != nil {
		h.log.ErrorContext(r.Context(), "web: render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	// Everything the page uses comes from this server: no third-party requests, no inline script or style.
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "+
		"connect-src 'self'; form-action 'self'; base-uri 'none'; "+h.frameAncestors())
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(b.Bytes())
}

// knownCommunity reports whether a page or a request may name the community id c.
func (h *Handler) knownCommunity(c string) bool {
	return c != "" && (c == h.opts.Community || slices.Contains(h.opts.Communities, c))
}

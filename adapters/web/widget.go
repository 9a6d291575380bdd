package web

import (
	"net/http"
)

// widget serves the embed script. Any site may load it; only the allowed origins may show the chat it opens
// (frame-ancestors on the page), so the script itself is public and cacheable.
func (h *Handler) widget(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// Pages that isolate themselves (Cross-Origin-Embedder-Policy) may load it too.
	w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
	http.ServeFileFS(w, r, static, "static/widget.js")
}

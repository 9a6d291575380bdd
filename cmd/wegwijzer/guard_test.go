package main

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestReadGuard(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		ok   bool
	}{
		{"defaults", nil, true},
		{"limits and proxies", map[string]string{"WEGWIJZER_RATE_TURNS": "100/1m", "WEGWIJZER_RATE_CONVERSATIONS": "off",
			"WEGWIJZER_RATE_LOGINS": "5/15m", "WEGWIJZER_TRUSTED_PROXIES": "10.0.0.0/8, 192.168.1.5"}, true},
		{"a limit without a period", map[string]string{"WEGWIJZER_RATE_TURNS": "100"}, false},
		{"a proxy that is no address", map[string]string{"WEGWIJZER_TRUSTED_PROXIES": "proxy.example"}, false},
		{"a short metrics token", map[string]string{"WEGWIJZER_METRICS_TOKEN": "short"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readGuard(env{getenv: func(k string) string { return tt.vars[k] }})
			if (err == nil) != tt.ok {
				t.Errorf("readGuard: %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func TestMetricsAreNeverOpenToAnyone(t *testing.T) {
	metrics := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("figures")) })
	get := func(mux *http.ServeMux, auth string) int {
		r := httptest.NewRequest("GET", "/metrics", nil)
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		return w.Code
	}
	log := slog.New(slog.DiscardHandler)
	t.Run("neither token nor address: not on the main address", func(t *testing.T) {
		main := http.NewServeMux()
		if own := (&guard{}).metrics(main, metrics, log); own != nil || get(main, "") != 404 {
			t.Error("metrics served without a token or an address of their own")
		}
	})
	t.Run("token", func(t *testing.T) {
		main := http.NewServeMux()
		(&guard{metricsToken: "0123456789abcdef"}).metrics(main, metrics, log)
		if get(main, "") != 401 || get(main, "Bearer wrong") != 401 || get(main, "Bearer 0123456789abcdef") != 200 {
			t.Error("the token does not guard /metrics")
		}
	})
	t.Run("own address", func(t *testing.T) {
		main := http.NewServeMux()
		own := (&guard{metricsAt: "127.0.0.1:0"}).metrics(main, metrics, log)
		if own == nil || get(own, "") != 200 || get(main, "") != 404 {
			t.Error("metrics are not on their own address only")
		}
	})
}

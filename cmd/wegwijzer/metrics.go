package main

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// metrics are the service's Prometheus metrics, on a registry of their own (no global state).
type metrics struct {
	reg      *prometheus.Registry
	turns    *prometheus.CounterVec
	feedback *prometheus.CounterVec
	requests *prometheus.HistogramVec
}

func newMetrics(offers int) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		turns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "wegwijzer_turns_total", Help: "Dialogue turns, by reply kind and platform.",
		}, []string{"kind", "platform"}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "wegwijzer_feedback_total", Help: "Answers rated by the entrepreneur, by rating.",
		}, []string{"helped"}),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "wegwijzer_http_request_duration_seconds", Help: "HTTP request duration, by route and status.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"route", "status"}),
	}
	catalogue := prometheus.NewGauge(prometheus.GaugeOpts{Name: "wegwijzer_catalogue_offers", Help: "Offers in the loaded catalogue."})
	catalogue.Set(float64(offers))
	m.reg.MustRegister(m.turns, m.feedback, m.requests, catalogue,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observe wraps the engine's turn hook so that every turn is counted.
func (m *metrics) observe(h bot.Hooks) bot.Hooks {
	next := h.Turn
	h.Turn = func(ctx context.Context, t wegwijzer.TurnRecord) {
		if t.Reply != nil {
			m.turns.WithLabelValues(string(t.Reply.Kind), t.Message.Platform).Inc()
		}
		if t.Feedback != "" {
			m.feedback.WithLabelValues(t.Feedback).Inc()
		}
		if next != nil {
			next(ctx, t)
		}
	}
	return h
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// instrument records the duration of each request by its route pattern (never by raw path: no ids in labels).
func (m *metrics) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, strconv.Itoa(sw.status)).Observe(time.Since(start).Seconds())
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
